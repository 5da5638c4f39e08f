# dataclasses, enum and typing at runtime: an order-processing model.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import typing
from typing import Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, NamedTuple, TypedDict, Any


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()}#{self.value}"


print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__.keys())
print(Color.RED.describe(), Color.RED.name, Color.RED.value, type(Color.RED))
print(f"{Color.RED}", "{}".format(Color.BLUE), format(Color.GREEN, ""))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)


class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(Prio.LOW, repr(Prio.HIGH), Prio.MID + 1, Prio.HIGH > Prio.LOW, sorted([Prio.HIGH, Prio.LOW]))
print(f"{Prio.MID}", f"{Prio.MID:>5}", str(Prio.MID), int(Prio.HIGH), Prio(2).name)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, Perm.R in Perm.RW, bool(Perm(0)))
print(repr(Perm(0)), list(Perm), (Perm.R | Perm.W | Perm.X).value, ~Perm.R)
print([m.name for m in Perm.RW], Perm.RW & Perm.W)


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


print(Mode.A | Mode.C, repr(Mode.A | 8), Mode.B | 1, int(Mode.C), Mode(3))


class Status(str, Enum):
    OPEN = "open"
    DONE = "done"


print(Status.OPEN, repr(Status.DONE), Status.OPEN == "open", Status("done"), f"{Status.OPEN}")
print(Status.OPEN.upper(), isinstance(Status.OPEN, str))


try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Planet(Enum):
    EARTH = (5.976e24, 6.37814e6)
    MARS = (6.421e23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for pl in Planet:
    print(pl.name, round(pl.gravity, 3), pl.value)


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_index = self.price * self.qty


@dataclass(frozen=True)
class Address:
    city: str
    zip: str = "00000"


@dataclass
class Customer:
    name: str
    address: Address
    _: KW_ONLY
    vip: bool = False
    discount: InitVar[float] = 0.0
    rate: float = field(init=False, default=1.0)

    def __post_init__(self, discount):
        self.rate = 1.0 - discount


@dataclass
class Order:
    customer: Customer
    items: List[Item] = field(default_factory=list)
    status: Status = Status.OPEN

    def total(self) -> float:
        return round(sum(i.price * i.qty for i in self.items) * self.customer.rate, 2)


items = [Item("pen", 1.5, 10), Item("book", 12.0), Item("lamp", 30.0, tags=["home"]), Item("cup", 4.0, 3)]
print(sorted(items))
print(items[0] < items[1], items[1] == Item("book", 12.0), items[2])
addr = Address("Paris", "75001")
print(addr, hash(addr) == hash(Address("Paris", "75001")))
try:
    addr.city = "Lyon"
except dataclasses.FrozenInstanceError as e:
    print("frozen:", type(e).__name__, e)
cust = Customer("Ann", addr, vip=True, discount=0.1)
print(cust)
order = Order(cust, items)
print(order.total())
print(asdict(order)["customer"])
print(astuple(addr), replace(addr, zip="69000"), [f.name for f in fields(Item)])
print(dataclasses.is_dataclass(order), dataclasses.is_dataclass(Order), dataclasses.is_dataclass(3))
try:
    Customer("Bob", addr, True)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
print(Item.__annotations__)
Point3 = dataclasses.make_dataclass("Point3", [("x", int), ("y", int, field(default=0))])
print(Point3(1), Point3.__name__)

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__)


def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> str:
    return name * times


print(greet.__annotations__)
print(typing.get_type_hints(greet))
print(Optional[int], Union[int, str], List[Dict[str, int]], Tuple[int, ...], Callable[[int], str])
print(int | str, list[int], dict[str, list[int]], typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], Any)


class Emp(NamedTuple):
    name: str
    dept: str = "eng"


class Movie(TypedDict, total=False):
    title: str
    year: int


print(Emp("x"), Emp._field_defaults, Emp.__annotations__)
m: Movie = {"title": "Up"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__))
print(typing.cast(int, "x"), isinstance([], typing.Sequence), typing.TYPE_CHECKING)

from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError, make_dataclass, is_dataclass
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, NamedTuple, TypedDict, Literal, get_type_hints, TypeVar, Generic
import typing

@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, repr=False)
    _hidden: int = field(default=0, init=False)
    def total(self) -> int:
        return self.priority * 2
items = [Item(3, "c"), Item(1, "a", ["x"]), Item(2, "b")]
print(sorted(items), items[0] == Item(3, "zzz"), items[0] < items[1])
print(asdict(items[1]), astuple(items[1]), replace(items[0], name="new"), [f.name for f in fields(Item)])
print(Item.__annotations__ if False else list(Item.__annotations__), Item.__dataclass_fields__["tags"].default_factory)
@dataclass(frozen=True)
class P:
    x: float
    y: float = 0.0
    def dist(self): return (self.x ** 2 + self.y ** 2) ** 0.5
p = P(3, 4)
print(p, p.dist(), hash(p) == hash(P(3, 4)), {p, P(3, 4)})
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class WithPost:
    a: int
    b: int = 2
    scale: InitVar[int] = 1
    c: int = field(init=False)
    def __post_init__(self, scale):
        self.c = (self.a + self.b) * scale
print(WithPost(1), WithPost(1, 3, 10))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
D = make_dataclass("D", [("a", int), ("b", str, field(default="z"))])
print(D(1), is_dataclass(D), is_dataclass(D(1)), is_dataclass(int))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), repr(NoEq(2)))
@dataclass(slots=True, kw_only=True)
class Slotted:
    a: int
    b: int = 5
print(Slotted(a=1), Slotted.__slots__)
try:
    Slotted(1)
except TypeError as e:
    print("TypeError:", e)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def default(cls):
        return cls.GREEN
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color), Color.default().describe())
print(Color.RED.name, Color.RED.value, Color.__members__.keys(), Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(f"{Color.RED}", f"{Color.RED!r}", str(Color.BLUE), Color.RED == 1, Color.RED < Color.GREEN if False else "no order", hash(Color.RED) == hash(Color.RED))
class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = 10
print(Prio.LOW, Prio.MID, repr(Prio.HIGH), Prio.LOW < Prio.HIGH, Prio.MID + 1, sorted([Prio.HIGH, Prio.LOW]), f"{Prio.MID}", str(Prio.MID), Prio(10))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), ~Perm.R, rw & Perm.W)
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | 4), IP.A | 4, int(IP.B), IP(3))
class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, repr(S.Y), S.X == "x", S.Y.upper(), f"{S.Y}")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)
print(Planet.EARTH.mass, round(Planet.MARS.gravity, 3), Planet.EARTH.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))

class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
pt = Pt(3, -4)
print(pt, pt.norm(), pt._asdict(), pt._replace(y=1), Pt._fields, Pt._field_defaults, pt[0], pt == (3, -4), Pt._make([1, 2]))
from collections import namedtuple
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
e = Emp("ann", "eng")
print(e, e.salary, Emp.__doc__, repr(Emp._make(["b", "c", 1])))
try:
    Emp("a")
except TypeError as ex:
    print("TypeError:", ex)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, Movie.__annotations__ if False else sorted(Movie.__annotations__), type(m))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box[int](5).get(), Box.__parameters__, T, Optional[int], Union[int, str], List[int], Dict[str, Tuple[int, ...]], Callable[[int], str], Literal["a", 1])
print(int | str, int | None, Optional[int] == Union[int, None], typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
def annotated(a: int, b: "str" = "x", *args: float, **kw: Any) -> Optional[bool]:
    pass
print(annotated.__annotations__)
print(get_type_hints(annotated))
x: int = 5
print(__annotations__)

from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import dataclasses


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

    def describe(self):
        return f"{self.name.lower()}#{self.value}"


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: int = field(default=1, compare=False)

    def __post_init__(self):
        self.sort_key = (self.price, self.name)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def dist2(self):
        return self.x * self.x + self.y * self.y


@dataclass
class Account:
    owner: str
    _: KW_ONLY
    balance: int = 0
    limit: int = 100


@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 2

    def __post_init__(self, factor):
        self.value *= factor


@dataclass
class Node:
    label: str
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


def main():
    for c in Color:
        print(c, repr(c), c.describe())
    print(list(Color.__members__))
    print(Color(2), Color["BLUE"], Color.RED is Color(1))
    try:
        Color(7)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Color["PINK"]
    except KeyError as e:
        print("KeyError:", e)
    p = Perm.R | Perm.X
    print(p, repr(p), Perm.R in p, Perm.W in p, bool(Perm(0)))
    print(Perm.RW, list(Perm.RW), ~Perm.R)
    print(Level.MID > 3, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW, Level.MID]))
    print(int(Level.MID), f"{Level.MID}", str(Level.LOW), repr(Level.LOW))
    m = Mode.A | Mode.C
    print(m, repr(m), int(m), m & Mode.C, m ^ Mode.A)
    print(Mode(3), Mode.B | 8)
    print(len(Color), Color.GREEN.name, Color.GREEN.value)
    try:
        @unique
        class Dup(Enum):
            ONE = 1
            UNO = 1
    except ValueError as e:
        print("unique:", e)

    class Alias(Enum):
        ONE = 1
        UNO = 1
        TWO = 2
    print(list(Alias), Alias.UNO, Alias(1), list(Alias.__members__.items())[1])

    items = [Item("pear", 1.5, ["fruit"]), Item("apple", 1.5), Item("nut", 0.25, qty=40)]
    for it in sorted(items):
        print(it)
    print(items[0] == Item("pear", 1.5, ["fruit"], qty=9))
    print(asdict(items[0]))
    print(astuple(items[2]))
    print([f.name for f in fields(Item)])
    pt = Point(3, 4)
    print(pt, pt.dist2(), hash(pt) == hash(Point(3, 4)))
    try:
        pt.x = 10
    except FrozenInstanceError as e:
        print("frozen:", type(e).__name__, e)
    print(replace(pt, y=-1))
    a = Account("ann", balance=5)
    print(a)
    try:
        Account("bob", 5)
    except TypeError as e:
        print("TypeError:", e)
    print(Scaled(4), Scaled(4, 5))
    n = Node("root", [Node("a"), Node("b", meta={"k": 1})])
    print(asdict(n))
    print(dataclasses.is_dataclass(n), dataclasses.is_dataclass(Node), dataclasses.is_dataclass(1))
    try:
        Item()
    except TypeError as e:
        print("TypeError:", e)
    try:
        @dataclass
        class Bad:
            x: list = []
    except ValueError as e:
        print("ValueError:", e)
    print(Item.__eq__ is not object.__eq__, Point.__hash__ is not None)
    print(sorted(Perm.__members__), Perm(6))


main()

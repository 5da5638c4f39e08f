# abstract base classes, dataclasses, enum
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def twice(self):
        return 2 * self.area()
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).area(), Sq(3).twice(), isinstance(Sq(1), Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
from dataclasses import dataclass, field, asdict
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
q = Point(1, 0)
print(p, p == q, p.x, p.tags, asdict(Point(2, 3, ["a"])))
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
cards = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(cards), Card(2, "s") < Card(3, "a"), hash(Card(1, "x")) == hash(Card(1, "x")))
try:
    cards[0].rank = 5
except Exception as e:
    print(type(e).__name__, e)
from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), [c.name for c in Color], Color.RED is Color(1), Color.RED == 1, len(Color))
class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Prio.LOW, Prio.HIGH > Prio.MID, Prio.MID + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.HIGH))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)

from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional
import functools, itertools, collections

@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def __add__(self, o): return Point(self.x + o.x, self.y + o.y)
    @property
    def norm(self): return (self.x**2 + self.y**2) ** 0.5

items = [Item(3, "c"), Item(1, "a", ["x"]), Item(2, "b")]
print(sorted(items))
print(max(items), min(items).name)
p = Point(3, 4)
print(p, p.norm, p + Point(1), hash(p) == hash(Point(3, 4)))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(asdict(items[1]), astuple(p), replace(p, y=10))
print([f.name for f in fields(Item)])

@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    def add(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty
        return self
inv = Inventory().add("apple").add("pear", 3).add("apple", 2)
print(inv)
print(inv == Inventory({"apple": 3, "pear": 3}))

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False)

root = Node(1)
for v in range(2, 5):
    root.children.append(Node(v, parent=root))
print(root)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "z"
s = Slotted(1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print(e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(4))
print(repr(WithPost.__init__.__doc__)[:20] if WithPost.__init__.__doc__ else None)

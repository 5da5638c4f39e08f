from dataclasses import dataclass
from typing import NamedTuple, TypedDict, Protocol, Generic, TypeVar, Optional, Union, List, Dict, Callable, Any, Literal, get_type_hints, runtime_checkable
import inspect, typing

@dataclass
class Point:
    x: float
    y: float
@dataclass
class Circle:
    center: Point
    r: float
@dataclass
class Rect:
    tl: Point
    br: Point

class Color(NamedTuple):
    r: int
    g: int
    b: int = 0

def describe(shape):
    match shape:
        case Circle(Point(0, 0), r) if r > 10:
            return f"big origin circle r={r}"
        case Circle(center=Point(x=cx), r=r):
            return f"circle at x={cx} r={r}"
        case Rect(Point(x1, y1), Point(x2, y2)) if x1 == x2 or y1 == y2:
            return "degenerate rect"
        case Rect(tl=tl, br=br):
            return f"rect {abs(br.x - tl.x) * abs(br.y - tl.y)}"
        case Color(r=255, g=0, b=0) | Color(0, 255, 0):
            return "pure red or green"
        case Color(r, g, b):
            return f"color #{r:02x}{g:02x}{b:02x}"
        case [x, y, *rest] if not rest:
            return f"pair {x},{y}"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": t}:
            return f"mapping type={t}"
        case int() | float() as num if num < 0:
            return f"negative {num}"
        case int(n):
            return f"int {n}"
        case str() as s:
            return f"str {s!r}"
        case None:
            return "none"
        case _:
            return f"other {type(shape).__name__}"

for s in [Circle(Point(0, 0), 11), Circle(Point(2, 3), 1), Rect(Point(0, 0), Point(0, 5)), Rect(Point(0, 0), Point(2, 3)),
          Color(255, 0, 0), Color(0, 255), Color(18, 52, 86), [1, 2], (1, 2, 3, 4), [9], {"type": "user", "name": "bo", "age": 3, "z": 1},
          {"type": "x"}, -3.5, -2, 42, "hi", None, {1, 2}, b"xy", True]:
    print(describe(s))

def cmd(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["get", obj, *more] if more:
            return f"get {obj} and {len(more)} more"
        case ["get", obj]:
            return f"get {obj}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
for c in ["go north", "go up", "get lamp", "get a b c", "quit", "", "dance now"]:
    print(repr(c), "->", cmd(c))
print(Point.__match_args__, Color.__match_args__)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[str]().items)

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "X", "year": 1999}
print(m, Movie.__total__, sorted(Movie.__annotations__))

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))

def annotated(a: int, b: "str" = "x", *args: float, c: Optional[int] = None, **kw: Any) -> Dict[str, List[int]]:
    return {}
sig = inspect.signature(annotated)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(get_type_hints(annotated))
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], List[Dict[str, int]], Callable[[int, str], bool], Literal["a", 1], int | str, list[int | None])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(int | str))
b = sig.bind(1, "q", 2.0, 3.0, c=5, z=1)
print(b.arguments, b.args, b.kwargs)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
if (n := len("walrus")) > 3:
    print("walrus", n)
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 4], y)
print(f"{n=}, {data[1:3]=}, {3 * 4 = }, {n!r:>5}")

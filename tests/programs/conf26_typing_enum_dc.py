import typing, enum, inspect, dataclasses, abc
from typing import NamedTuple, TypedDict, Protocol, Generic, TypeVar, Optional, Union, List, Dict, Callable, Literal, Any, runtime_checkable
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); print(s.pop(), Stack[int], Stack.__parameters__, T, typing.get_args(Dict[str, int]), typing.get_origin(List[int]))
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return f"hi {self.name}"
e = Emp("x"); print(e, e.greet(), Emp._fields, Emp.__annotations__, e._replace(id=5), Emp._field_defaults)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}; print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
print(Optional[int], Union[int, str], Union[int, None], List[Dict[str, int]], Callable[[int], str], Literal["a", 1], Any, int | str, Optional[List[int]])
def fn(a: int, b: Optional[str] = None, *args: int, c: "List[int]" = [], **kw: Any) -> Dict[str, int]: ...
print(typing.get_type_hints(fn))
print(inspect.signature(fn), inspect.signature(lambda x, /, y=2, *, z: 0), inspect.signature(Emp))
sig = inspect.signature(fn)
for n, p in sig.parameters.items(): print(n, p.kind, p.default is inspect.Parameter.empty, p.annotation)
b = sig.bind(1, "s", 3, 4, c=[1], d=5); b.apply_defaults(); print(b.arguments)
print(inspect.isfunction(fn), inspect.isclass(F), inspect.ismethod(F().close), inspect.isgeneratorfunction(fn), inspect.getdoc(Emp.greet), inspect.getmembers(F, inspect.isfunction)[0][0])
class Color(enum.IntEnum):
    R = 1
    G = 2
print(str(Color.R), repr(Color.R), f"{Color.G}", Color.R + 1, Color.R == 1, format(Color.G, "03d"), sorted([Color.G, Color.R]))
class Shape(enum.Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
    @classmethod
    def _missing_(cls, v): return cls.CIRCLE if v == 99 else None
    def describe(self): return f"{self.name}={self.value}"
print(list(Shape), Shape.ALIAS, Shape(99), Shape.SQUARE.describe(), Shape.__members__.keys(), Shape.ALIAS is Shape.SQUARE)
try:
    @enum.unique
    class U(enum.Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Fl(enum.Flag):
    A = enum.auto(); B = enum.auto(); C = enum.auto()
    AB = A | B
print(Fl.A | Fl.C, Fl.AB, list(Fl), Fl(0), ~Fl.A, bool(Fl(0)), Fl.AB & Fl.B, repr(Fl.A | Fl.C))
class St(enum.StrEnum):
    X = enum.auto()
    Y = "why"
print(St.X, repr(St.Y), St.X.upper(), St("why"))
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius): self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.EARTH)
@dataclasses.dataclass
class Base:
    x: int
    y: int = 0
@dataclasses.dataclass
class Derived(Base):
    z: int = 5
print(Derived(1, 2, 3), Derived(1), [f.name for f in dataclasses.fields(Derived)], dataclasses.is_dataclass(Derived))
try:
    @dataclasses.dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
@dataclasses.dataclass(eq=False, repr=False)
class NoRepr:
    a: int
print(NoRepr(1) == NoRepr(1), "object at" in repr(NoRepr(1)))
@dataclasses.dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = dataclasses.field(default=None, hash=False, compare=False)
print(hash(H(1)) == hash(H(1)), H(1) == H(1, [2]))
try:
    @dataclasses.dataclass
    class Mut:
        a: list = []
except ValueError as e: print(e)
DC = dataclasses.make_dataclass("DC", [("p", int), ("q", str, dataclasses.field(default="d"))])
print(DC(1), DC.__name__)
@dataclasses.dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(0, 9), Ver(1)]), Ver(1) < Ver(1, 1), {Ver(1): "x"})
try: Ver(1).major = 3
except dataclasses.FrozenInstanceError as e: print(type(e).__name__, e)
@dataclasses.dataclass
class InitVarEx:
    a: int
    scale: dataclasses.InitVar[int] = 2
    def __post_init__(self, scale): self.a *= scale
print(InitVarEx(3), InitVarEx(3, 10))
@dataclasses.dataclass
class CV:
    n: typing.ClassVar[int] = 0
    a: int = 1
print(CV(), [f.name for f in dataclasses.fields(CV)])

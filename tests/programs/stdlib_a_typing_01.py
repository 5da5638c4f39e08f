# typing (1): reprs, subscription, get_origin/get_args, Generic, Protocol, NamedTuple, TypedDict, NewType, get_type_hints
import typing
from typing import (Any, List, Dict, Set, Tuple, Optional, Union, Callable, Iterable, Iterator,
                    Generator, Sequence, Mapping, TypeVar, Generic, NamedTuple, Protocol, cast,
                    overload, TYPE_CHECKING, Final, ClassVar, Literal, get_origin, get_args,
                    runtime_checkable, TypedDict, NewType, Type, FrozenSet, DefaultDict, Annotated)
print(List[int], Dict[str, List[int]], Set[Tuple[int, ...]], Optional[int], Union[int, str], Union[int, None, str])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Tuple[()], Tuple[int, str])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[float], Mapping[str, Any])
print(Any, List, Optional, Union, ClassVar[int], Final[str], Literal[1, "a", None], Type[int], FrozenSet[int])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]), Union[int] is int, Union[int, Union[str, float]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]) is Union, get_args(Callable[[int], str]), get_origin(Literal[1]), get_args(Optional[int]), get_origin(int))
print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), isinstance(3, Iterable), issubclass(list, Sequence), isinstance(len, Callable))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V", bound=int); C = TypeVar("C", covariant=True)
print(T, V, C, V.__bound__, T.__name__, List[T], Dict[K, T][str, int], List[T][int])
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(3); print(s.pop(), Stack[int], Stack.__parameters__, Stack[str].__origin__ is Stack, s.__orig_class__)
class Pair(Generic[K, V]): pass
print(Pair[str, int], Pair.__mro__)
try: Pair[int]
except TypeError as e: print(e)
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x ** 2 + self.y ** 2
p = Point(3, 4); print(p, p.norm(), Point(1), Point._fields, Point.__annotations__, isinstance(p, tuple))
P2 = NamedTuple("P2", [("a", int), ("b", str)]); print(P2(1, "x"), P2.__annotations__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))
class NotRT(Protocol):
    def x(self): ...
try: isinstance(3, NotRT)
except TypeError as e: print(e)
print(cast(int, "s"), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(2))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1); print(m, type(m), Movie.__required_keys__ == {"name", "year"})
UserId = NewType("UserId", int); print(UserId(5), UserId)
def g(a: "List[int]", b: Optional[str] = None) -> Dict[str, int]: pass
print(typing.get_type_hints(g))
print(Annotated[int, "meta"], get_args(Annotated[int, "m"]), List[int] | None, Optional[List["X"]])
class Cfg:
    limit: ClassVar[int] = 3
    name: Final = "x"
print(Cfg.limit, typing.get_type_hints(Cfg))
print(typing.Counter[str], typing.Deque[int], typing.DefaultDict[str, int], typing.AnyStr, typing.Text)
print(repr(typing.SupportsInt), isinstance(3, typing.SupportsInt), isinstance("s", typing.SupportsInt))
def h(x: List[int]) -> None: pass
print(h.__annotations__)

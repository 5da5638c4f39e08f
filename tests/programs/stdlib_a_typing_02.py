# typing (2): subclassing aliases, generic subclasses, forward refs, Literal/Union details, NamedTuple/TypedDict options
from typing import *
import typing
T = TypeVar("T")
class MyList(List[int]):
    pass
m = MyList([1, 2]); print(m, MyList.__mro__, MyList.__orig_bases__)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
class IntBox(Box[int]): pass
print(IntBox(3).v, IntBox.__orig_bases__, IntBox.__parameters__, Box.__parameters__)
class Node(Generic[T]):
    def __init__(self, v: T, nxt: "Optional[Node[T]]" = None): self.v, self.nxt = v, nxt
print(Node[int], typing.get_type_hints(Node.__init__))
def fn(x: int, *args: str, **kw: float) -> Tuple[int, ...]: return (x,)
print(fn.__annotations__, fn(1))
Vec = List[float]
def scale(s: float, v: Vec) -> Vec: return [s * x for x in v]
print(scale(2.0, [1.0, 2.0]), Vec)
Json = Union[Dict[str, "Json"], List["Json"], str, int, float, bool, None]
print(Json)
class Proto(Protocol[T]):
    def get(self) -> T: ...
class Impl:
    def get(self): return 1
print(Proto[int], issubclass(Impl, object))
try:
    Generic[int]
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
try: Optional[int, str]
except TypeError as e: print(e)
print(Literal[1, 1, 2], Literal[True, 1], Tuple[int, ...].__args__, Callable[[int], str].__args__)
print(typing.Union[int, str].__args__, Optional[int].__origin__, List[int].__origin__, List.__origin__, Dict.__origin__)
print(repr(Any), str(List[int]), List[int] == List[int], List[int] != List[str], {List[int]: 1}[List[int]])
print(type(List[int]).__name__, type(List).__name__, type(Union[int, str]).__name__)
print(Union[int, str] | float, int | Optional[str])
from typing import NamedTuple
class Emp(NamedTuple):
    name: str
    id: int = 3
    def __repr__(self): return f"<{self.name}>"
print(Emp("a"), Emp._field_defaults, Emp("b", 4)._replace(id=5)._asdict())
try:
    class E2(NamedTuple):
        a: int = 1
        b: int
except TypeError as e: print(e)
class TD(TypedDict, total=False):
    x: int
print(TD.__total__, TD.__optional_keys__, TD(x=1))
Alias = typing.Dict[str, T]
print(Alias[int], Alias.__parameters__)
print(typing.ClassVar, typing.Final, typing.NoReturn, typing.Never, typing.Self, typing.LiteralString)

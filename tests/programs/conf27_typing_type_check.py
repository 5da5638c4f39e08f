# typing's argument check as CPython 3.11's _type_check: values pass, tuples and misplaced
# special forms fail.
import typing
from typing import Any, ClassVar, Final, Generic, List, Optional, Union, TypeVar
T = TypeVar("T")
for expr in ["Union[1]", "Union[1, 2]", "Optional[3]", "List[3]", "Union[int, 'X']", "Union[()]",
             "Union[int, (1,)]", "Union[None]", "List[(1, 2)]", "Union[Final]", "Union[ClassVar[int]]",
             "List[Any]", "Union[Generic]", "List[ClassVar[int]]", "Optional[Final[int]]",
             "typing.Dict[str, T][int]", "typing.Callable[[int], 5]", "typing.Tuple[int, ...]",
             "typing.Type[3]", "Union[int, str] | None", "ClassVar[Final]"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)

class C(Generic[T]):
    x: ClassVar[int] = 1
    y: Final = 2
print(typing.get_type_hints(C), C[int], C[3])

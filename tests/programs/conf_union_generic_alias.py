# PEP 604 unions (int | None) and PEP 585 aliases (list[int]) in annotations and at runtime.
import typing
from collections import deque
from dataclasses import dataclass


def find(items: list[int], target: int) -> int | None:
    for i, x in enumerate(items):
        if x == target:
            return i
    return None


@dataclass
class Node:
    value: int
    children: list["Node"] | None = None
    tags: dict[str, int] | None = None


print(find([1, 2, 3], 2), find([1], 5))
print(find.__annotations__)
print(Node(1), Node.__annotations__["tags"])
u = int | str | None
print(u, type(u), u.__args__)
print(isinstance(3, u), isinstance(None, u), isinstance(2.5, u), issubclass(bool, int | str))
print(int | str == str | int, int | int, None | int, list[int] | None)
print(hash(int | str) == hash(str | int))
print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[int], type[int])
print(type(list[int]), list[int]([1, 2]), list[int].__origin__, dict[str, int].__args__)
print(deque[int], deque[int]([1, 2]))
print(typing.get_args(int | str), typing.get_origin(int | str), typing.get_origin(list[int]), typing.get_args(dict[str, int]))
print(typing.Optional[int] == (int | None), typing.Union[int, str] == (int | str))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError")


class MyList(list[int]):
    pass


print(MyList([3]), MyList.__mro__)
try:
    int | 3
except TypeError as e:
    print(e)

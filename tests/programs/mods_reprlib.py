# reprlib: Repr limits per type, fillvalue, recursive_repr.
import reprlib
from collections import deque
r = reprlib.Repr()
print(r.repr(list(range(20))), r.repr(tuple(range(3))), r.repr((1,)), r.repr(set(range(10))))
print(r.repr(frozenset()), r.repr(frozenset({3, 1, 2})), r.repr({i: str(i) for i in range(8)}))
print(r.repr("x" * 100), r.repr(2 ** 200), r.repr(deque(range(9))), r.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({"a": [1, 2, {"b": (3,) * 10}]}), reprlib.repr(set()), reprlib.repr({}))
r.maxlevel = 1
print(r.repr([1, [2, 3], []]), r.repr({1: {2: 3}}))
r.maxother = 10
class Long:
    def __repr__(self): return "L" * 50
class Bad:
    def __repr__(self): raise ValueError
print(r.repr(Long()), r.repr(3.14159265358979))
print(r.repr(Bad()).startswith("<Bad instance at 0x"))
r.fillvalue = "~~"
print(r.repr(list(range(10))), r.repr("abcdefghijklmnopqrstuvwxyz0123456789"))
print(reprlib.aRepr.maxlist, reprlib.aRepr.maxstring)
import array
print(reprlib.repr(array.array('i', range(10))), reprlib.repr(array.array('d')))
print(reprlib.repr([1, 'a', None, {2, 3}]))

class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r, %r)" % (self.v, self.children)
    @reprlib.recursive_repr("<loop>")
    def other(self):
        return "O" + self.other()
n = Node(1)
n.children.append(n)
n.children.append(Node(2))
print(repr(n), n.other(), Node.__repr__.__name__, Node.__repr__.__qualname__)


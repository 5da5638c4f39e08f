# Argument errors of built-in functions, types and methods, and how natives name themselves.
import collections
import itertools
import math

class A: pass

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)

attempt("init_subclass pos", lambda: A.__init_subclass__(1))
attempt("init_subclass kw", lambda: A.__init_subclass__(x=1))
attempt("object init_subclass kw", lambda: object.__init_subclass__(x=1))
try:
    class D(A, bogus=1):
        pass
except TypeError as e:
    print("class kw:", e)
class Plugin:
    def __init_subclass__(cls, name="?", **kw):
        super().__init_subclass__(**kw)
        cls.name = name
class P1(Plugin, name="one"): pass
print(P1.name)
try:
    class P2(Plugin, name="two", extra=3): pass
except TypeError as e:
    print("extra kw:", e)

print(A.__init_subclass__.__qualname__, A.__init_subclass__.__name__)
print(list.append.__qualname__, int.from_bytes.__qualname__, dict.fromkeys.__qualname__, A.__subclasshook__.__qualname__)
print(str.maketrans.__qualname__, int.__new__.__qualname__, len.__qualname__, [].append.__qualname__, {}.get.__qualname__, "".join.__qualname__)
print(math.sqrt.__qualname__, print.__qualname__, print, math.sqrt)
print(list.__len__, str.join, int.to_bytes, int.__format__, object.__reduce_ex__, dict.get, type.mro, object.__init__, list.__add__)
class L(list): pass
print(L.append.__qualname__, L().append.__qualname__, L.append)

calls = [
    "enumerate(1,2,3)", "enumerate([], 1, start=2)", "enumerate(x=1)", "enumerate()", "enumerate(iterable=[1], start='a')",
    "map(len)", "filter(None)", "reversed()", "reversed(1, 2)", "reversed(1)", "iter()", "iter(1,2,3)", "sorted()", "sorted([], 1)",
    "sorted([], key=1, x=2)", "zip([], 1)", "zip(1)", "map(len, 1)", "min(1, 2, key=3, x=4)", "max([], x=1)", "range(1.5)",
    "range(1,2,3,4)", "slice()", "bool(1,2)", "float(1,2)", "complex(1,2,3)", "bytes(1,2,3,4)", "bytearray(1,2,3,4)",
    "str(1,2,3,4)", "str(x=1)", "frozenset(1,2)", "set(x=1)", "frozenset(x=1)", "list(x=1)", "tuple([], x=1)", "dict(1, 2)",
    "type(1,2)", "property(1,2,3,4,5)", "sum([], 0, 1)", "pow(1)", "hash()", "len([], [])", "round()", "divmod()",
    "globals(1)", "locals(1)", "staticmethod()", "classmethod(1,2)", "print(x=1)", "int(x=1)", "int('1', base=100)",
    "itertools.product([1], x=1)", "itertools.zip_longest([1], x=1)", "math.prod([1], x=1)", "open()",
    "object.__new__()", "object.__new__(1)", "object.__new__(int)", "int.__new__()", "int.__new__(1)", "int.__new__(str)",
    "int.__new__(bool, 1)", "int.__new__(int, 5)", "tuple.__new__(list)", "tuple.__new__(tuple, [1])", "float.__new__(bool)",
    "float.__new__(float, '1.5')", "str.__new__(str, 5)", "type.__new__(1)", "BaseException.__new__(int)",
    "Exception.__new__(KeyError).args", "list.__new__(collections.UserList)", "dict.__new__(collections.OrderedDict)",
]
for c in calls:
    attempt(c, lambda: eval(c))

class Foo(dict): pass
class Bar(Foo):
    def __new__(cls):
        return super().__new__(cls)
class E(Exception): pass
for label, fn in [("object.__new__(Foo)", lambda: object.__new__(Foo)), ("object.__new__(Bar)", lambda: object.__new__(Bar)),
                  ("object.__new__(E)", lambda: object.__new__(E)), ("dict.__new__(Bar)", lambda: dict.__new__(Bar)),
                  ("Bar()", lambda: Bar()), ("E.__new__(E, 1).args", lambda: E.__new__(E, 1).args),
                  ("type(Foo.__new__(Foo))", lambda: type(Foo.__new__(Foo)).__name__),
                  ("object.__new__(collections.Counter)", lambda: object.__new__(collections.Counter))]:
    attempt(label, fn)

def f(a, b=1, *, c): pass
for call in ["f()", "f(1)", "f(1, 2, 3)", "f(1, c=1, d=2)", "f(1, a=2, c=3)", "f(c=1, b=2)"]:
    attempt(call, lambda: eval(call))
class M:
    def meth(self, x): pass
    @staticmethod
    def sm(): pass
    @classmethod
    def cm(cls, y): pass
for call in ["M().meth()", "M.meth()", "M().meth(1, 2)", "M.sm(1)", "M.cm()", "M().meth(y=1)"]:
    attempt(call, lambda: eval(call))

import sys, io, os, collections, functools, itertools, operator, copy, weakref, gc, abc, numbers, inspect, types, keyword, builtins, dis
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def __repr__(self): return f"{self.name}({self.area():.2f})"
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    name = "Sq"
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
print(Sq(2), isinstance(Sq(1), Shape), issubclass(int, numbers.Integral), isinstance(1.5, numbers.Rational), isinstance(Sq(1), collections.abc.Hashable))
class MyMap(collections.abc.Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({"a": 1, "b": 2}); print(dict(m), m.get("z", 0), "a" in m, list(m.items()), m == {"a": 1, "b": 2}, m.keys() & {"a"})
class MySeq(collections.abc.MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
s = MySeq(); s.extend([3, 1, 2]); s.append(5); s.reverse(); print(list(s), s.index(1), s.count(3), s.pop(), 2 in s, list(reversed(s)))
s += [9]; print(list(s))
a = [1, [2, 3], {"k": [4]}]; b = copy.copy(a); c = copy.deepcopy(a); a[1].append(99); a[2]["k"].append(5); print(b, c)
class Node:
    def __init__(self, v): self.v = v; self.next = None
    def __copy__(self): n = Node(self.v); print("copy called"); return n
    def __deepcopy__(self, memo): print("deepcopy called"); return Node(copy.deepcopy(self.v, memo))
n = Node([1]); print(copy.copy(n).v, copy.deepcopy(n).v is n.v)
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc)
d = {}; d["self"] = d; print(d, repr(cyc))
class R: pass
r = R(); wr = weakref.ref(r); print(wr() is r); del r; gc.collect(); print(wr())
wd = weakref.WeakValueDictionary(); obj = R(); wd["x"] = obj; print(len(wd)); del obj; gc.collect(); print(len(wd))
def f(a, b: int = 2, *args, c, d=4, **kw) -> str: "doc here"; return ""
sig = inspect.signature(f); print(sig, list(sig.parameters), sig.parameters["b"].default, sig.return_annotation, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(inspect.isfunction(f), inspect.isclass(R), inspect.getdoc(f), f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:4], f.__name__, f.__qualname__, f.__module__)
bound = sig.bind(1, c=3, e=5); bound.apply_defaults(); print(bound.arguments)
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), "print" in dir(builtins))
ns = types.SimpleNamespace(a=1, b="x"); ns.c = [1]; print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
mp = types.MappingProxyType({"a": 1}); print(mp["a"], dict(mp))
try: mp["b"] = 2
except TypeError as e: print(e)
def mk():
    def inner(): pass
    return inner
print(mk().__qualname__, mk.__code__.co_name, type(mk()).__name__, callable(mk), callable(1))
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.platform, type(sys.argv), sys.byteorder, sys.getrecursionlimit())
class Cls:
    x = 1
    def m(self): pass
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return "sm"
print(Cls.cm(), Cls().cm(), Cls.sm(), Cls().sm(), type(Cls.__dict__["cm"]).__name__, type(Cls.__dict__["sm"]).__name__, vars(Cls)["x"], sorted(k for k in vars(Cls) if not k.startswith("__")))
print(Cls().m.__func__ is Cls.m, Cls().m.__self__.__class__.__name__, getattr(Cls, "m").__name__)
o = Cls(); o.x = 5; print(o.x, Cls.x, o.__dict__, vars(o)); del o.x; print(o.x)
print(dir(o)[-4:], sorted(set(dir(o)) - set(dir(object)) - {"__doc__"}))
print(int.__mro__, bool.__bases__, type.__class__, object.__bases__, type(type), isinstance(type, object), issubclass(type, object))
print(sys.getsizeof(1) > 0, len(sys.modules) > 5, "sys" in sys.modules, __name__, __doc__, __builtins__ is not None)
print(os.getcwd() != "", os.sep, os.linesep == "\n", os.name, os.environ.get("NO_SUCH_VAR_X", "unset"), os.path.exists("/nonexistent"))
print(str.__doc__[:30], len.__doc__.splitlines()[0], int.__name__, int.__qualname__, int.__module__, R.__module__, R.__dict__.keys() >= {"__module__"})

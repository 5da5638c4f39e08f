import sys
# object model oddities
class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        cls.tag = kw.get("tag", name.lower())
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls.tag}>"
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack")

class Base(metaclass=Meta, tag="b"):
    def __init__(self, *a, **k):
        self.args = (a, k)
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix
class Child(Base, prefix="c_"):
    pass
print(Meta.registry, Child.tag, Child.prefix, Child(1, k=2).args, type(Child))
class Duck: quack = 1
print(isinstance(Duck(), Base), isinstance(3, Base))

class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.real, l.xy, getattr(l, "nope", "dflt"), hasattr(l, "xa"))
try: l.nope
except AttributeError as e: print("AE", e)

class Logged:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        print("set", name, v)
        object.__setattr__(self, name, v)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
lg = Logged(); lg.a = 5; print(lg.a); del lg.a
try: lg.a
except AttributeError as e: print("AE", e)

class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name; print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str); age = Typed(int)
    __slots__ = ("_name", "_age")
    def __init__(self, n, a): self.name = n; self.age = a
p = Person("Al", 3); print(p.name, p.age, Person.name.kind)
try: p.age = "x"
except TypeError as e: print(e)
try: p.other = 1
except AttributeError as e: print("AE", e)
print(hasattr(p, "__dict__"), Person.__slots__)

class S:
    __slots__ = ("a",)
s = S()
try: s.a
except AttributeError as e: print("AE", e)
class V:
    def __init__(self, *c): self.c = c
    def __add__(self, o):
        if isinstance(o, V): return V(*(a+b for a,b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return V(*(a+o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k): return V(*(a*k for a in self.c)) if isinstance(k,(int,float)) else NotImplemented
    def __rmul__(self, k): return self * k
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a*a for a in self.c) ** .5
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iter__(self): return iter(self.c)
    def __contains__(self, x): return x in self.c
    def __repr__(self): return f"V{self.c}"
    def __format__(self, spec): return "<" + ",".join(format(a, spec) for a in self.c) + ">"
    def __lt__(self, o): return abs(self) < abs(o)
    def __call__(self, *a): return sum(self.c) + sum(a)
    def __iadd__(self, o): print("iadd"); return self + o
v = V(1, 2); w = V(3, 4)
print(v + w, 1 + v, v + 1.5, 2 * v, v * 2, -v, abs(w), bool(V(0, 0)), len(v), v[1], list(v), 2 in v, v == V(1, 2), v != w)
print(f"{w:.2f}", format(v, "03d"), sorted([w, v]), max(v, w), v(10), v[::-1], {v, V(1,2)})
v += w; print(v)
try: v + "s"
except TypeError as e: print(e)
try: v * v
except TypeError as e: print(e)
try: v < 3
except TypeError as e: print(e)
try: v @ w
except TypeError as e: print(e)
try: v += "s"
except TypeError as e: print(e)
class N:
    def __index__(self): return 3
print([0,1,2,3,4][N()], bin(N()), range(10)[N()], "abcdef"[N():])
class Ctx:
    def __enter__(self): print("enter"); return "val"
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with Ctx() as c1, Ctx() as c2:
    print(c1, c2); raise KeyError("x")
print("after")
class Cmp:
    def __eq__(self, o): print("eq called"); return NotImplemented
print(Cmp() == Cmp(), Cmp() != 1)
print(object.__repr__(p)[:15], type(p).__mro__, Person.__qualname__, Child.__mro__)
print(super(Child, Child()).__init_subclass__)


# --- abc, copy, weakref, inspect, types ---
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

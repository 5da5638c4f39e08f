# Object model corners: slots, descriptors, attribute hooks, metaclasses, ABCs, super, dataclasses.
import abc, copy, functools, operator, dataclasses
from dataclasses import dataclass, field, FrozenInstanceError

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
s = Slotted(1)
try: s.z = 3
except AttributeError as e: print("AttributeError:", e)
try: print(s.y)
except AttributeError as e: print("AttributeError:", e)
print(hasattr(s, "__dict__"), Slotted.x, type(Slotted.x).__name__)
class Sub(Slotted): pass
sb = Sub(2); sb.z = 5; print(sb.z, sb.x)
try:
    class Conf:
        __slots__ = ("a",)
        a = 1
except ValueError as e: print("ValueError:", e)

class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name; self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj): print("deleting", self.name)
class P:
    age = Typed()
    def __init__(self): self._n = 0
    @property
    def n(self): return self._n
    @n.setter
    def n(self, v): self._n = v
    @n.deleter
    def n(self): print("del n"); del self._n
p = P(); p.age = 3; print(p.age, P.age.owner)
try: p.age = "x"
except TypeError as e: print(e)
del p.age
p.n = 4; del p.n
try: print(p.n)
except AttributeError as e: print("AttributeError:", e)
class RO:
    @property
    def v(self): return 1
try: RO().v = 2
except AttributeError as e: print("AttributeError:", e)
try: del RO().v
except AttributeError as e: print("AttributeError:", e)

class GA:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        return f"dyn:{name}"
g = GA(); print(g.real, g.other, getattr(g, "_x", "dflt"))
class GAB:
    def __getattribute__(self, name):
        if name == "secret": raise AttributeError(f"no {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback-" + name
print(GAB().secret, GAB().__class__.__name__)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class M(metaclass=Meta, flag=True):
    b = 1
    a = 2
    def f(self): pass
print(M.order, M.injected, type(M).__name__)
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class A1(Base, tag="a"): pass
class A2(A1): pass
print(Base.registry)
try:
    class A3(Base, bogus=1, tag="z"): pass
except TypeError as e: print("TypeError:", e)
class Box:
    def __class_getitem__(cls, item): return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], list[int], dict[str, list[int]], type(list[int]).__name__)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try: Shape()
except TypeError as e: print("TypeError:", e)
class Sq(Shape):
    def area(self): return 4
try: Sq()
except TypeError as e: print("TypeError:", e)
print(Shape.__abstractmethods__ == frozenset({"area", "name"}), isinstance(Sq, abc.ABCMeta))

class K:
    @classmethod
    def make(cls): return f"K.make({cls.__name__})"
    @staticmethod
    def st(): return "static"
class K2(K):
    @classmethod
    def make(cls): return "K2+" + super().make()
    @staticmethod
    def st(): return "K2+" + super(K2, K2).st()
print(K2.make(), K2().st())

@dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
    tags: tuple = field(default=(), compare=False, repr=False)
a, b = Pt(1, 2), Pt(1, 3)
print(a, a < b, sorted([b, a]), hash(a) == hash(Pt(1, 2, ("q",))))
try: a.x = 5
except FrozenInstanceError as e: print("FrozenInstanceError:", e)
@dataclass(slots=True, kw_only=True)
class Cfg:
    name: str
    level: int = 1
    items: list = field(default_factory=list)
c = Cfg(name="n"); print(c, Cfg.__slots__, dataclasses.asdict(c), dataclasses.astuple(c))
try: Cfg("n")
except TypeError as e: print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print("ValueError:", e)
print(dataclasses.replace(a, y=9), [f.name for f in dataclasses.fields(Pt)])
print(Pt.__match_args__, dataclasses.is_dataclass(a))

class MA(type): pass
class MB(type): pass
class WithA(metaclass=MA): pass
class WithB(metaclass=MB): pass
for make in [lambda: type("C", (WithA, WithB), {}), lambda: type("E", (int, str), {}), lambda: type("F", (bool,), {})]:
    try: make()
    except TypeError as e: print("TypeError:", e)
class Loud(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Loud.__new__", mcs.__name__, name, kw)
        return super().__new__(mcs, name, bases, ns)
class LA(metaclass=Loud): pass
X = type("X", (LA,), {})
Y = type.__new__(type, "Y", (LA,), {})
Z = type("Z", (WithB,), {"v": 1})
print(type(X).__name__, type(Y).__name__, type(Z).__name__, Z.v, type(type("W", (abc.ABC,), {})).__name__)

import abc
from functools import total_ordering

class Registry(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if kw.get("register", True):
            mcls.registry[name] = cls
        cls._kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst._created_by = "Registry"
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} via Registry>"
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = {"_order": []}
        return d

class Base(metaclass=Registry):
    pass
class Child(Base, register=False, extra=1):
    pass
print(sorted(Registry.registry), Child._kw, repr(Child), type(Child), Child()._created_by)

class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class CSV(Plugin, name="csv"): pass
class JSONThing(Plugin): pass
print(Plugin.plugins, CSV.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)

class Typed:
    def __init__(self, typ, default=None):
        self.typ = typ
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print(f"__set_name__({owner.__name__}, {name!r})")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name} must be {self.typ.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)

class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 33)
print(p.name, p.age, vars(p), type(Person.__dict__["age"]).__name__, Person.age.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def sides(self): ...
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def sides(self): return 4
class Half(Shape):
    def area(self): return 0
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(Square(1.5).describe(), Shape.__abstractmethods__ == frozenset({"area", "sides"}))
class Duck:
    def area(self): return 1
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), isinstance(1, Shape))

class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:] * 2
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.real, l.x_ab, getattr(l, "nope", "default"), hasattr(l, "zzz"))
try:
    l.zzz
except AttributeError as e:
    print("AttributeError:", e)

class Spy:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
s = Spy()
print(s.a)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
sl = Slotted(1)
try:
    sl.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    sl.y
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(sl, "__dict__"), Slotted.x, Slotted.__slots__)

class Temperature:
    def __init__(self): self._c = 0.0
    @property
    def celsius(self):
        """degrees C"""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        t = cls(); t.celsius = (f - 32) * 5 / 9; return t
    @staticmethod
    def valid(v): return v >= -273.15
t = Temperature.from_f(212)
print(t.celsius, t.fahrenheit, Temperature.valid(-300), Temperature.celsius.__doc__)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError:", e)

class A:
    def hello(self): return ["A"]
class B(A):
    def hello(self): return ["B"] + super().hello()
class C(A):
    def hello(self): return ["C"] + super().hello()
class D(B, C):
    def hello(self): return ["D"] + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class Vec:
    def __init__(self, *c): self.c = tuple(c)
    def __repr__(self): return f"Vec{self.c}"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return Vec(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Vec(*(a * k for a in self.c))
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return Vec(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __bool__(self): return any(self.c)
    def __iadd__(self, o):
        print("iadd"); return self + o
v = Vec(1, 2)
print(v + Vec(3, 4), v + 1, 1 + v, v * 3, 3 * v, v @ Vec(5, 6), -v, abs(Vec(3, 4)), sum([v, v], Vec(0, 0)))
print(v == Vec(1, 2), v != Vec(1, 2), len({v, Vec(1, 2)}), bool(Vec(0, 0)), list(v), v[-1])
v += 10
print(v)
for expr in ("v * 'a'", "v - v", "'a' + v", "v < v"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)

class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
class Rev:
    def __eq__(self, o):
        print("Rev.__eq__"); return NotImplemented
print(Rev() == Rev(), Rev() == 1)
class Num(int):
    def __add__(self, o): return Num(int(self) + o + 1000)
    def __radd__(self, o): return "radd"
print(1 + Num(1), Num(1) + 1, type(Num(5) * 2))

@total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
print(sorted(map(Version, ["1.10", "1.2", "1.2.1", "0.9"])), Version("2.0") >= Version("1.9"))
class Meta2(type):
    def __instancecheck__(cls, inst): return inst == 42
class Answer(metaclass=Meta2): pass
print(isinstance(42, Answer), isinstance(41, Answer))
print(type("Dyn", (A,), {"x": 1})().hello(), type("Dyn", (), {}).__qualname__)
class WithClassGetItem:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item}]"
print(WithClassGetItem[int], list[int], dict[str, list[int]])
class Callable:
    def __call__(self, *a, **k): return a, k
print(Callable()(1, x=2), callable(Callable()), callable(Callable))

class Registry(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        cls.tag = kw.get("tag", name.lower())
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__} via Registry>"

class Base(metaclass=Registry):
    def __init__(self, v=0):
        self.v = v
class Child(Base, tag="kid"):
    pass
print(sorted(Registry.registry), Child.tag, Base.tag)
c = Child(5)
print(c.v, type(Child), Child, isinstance(Child, Registry))

class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__
        Plugin.plugins.append(cls.plugin_name)
class A(Plugin): pass
class B(Plugin, name="bee"): pass
class C(B): pass
print(Plugin.plugins, C.plugin_name)
try:
    class D(Plugin, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)

class MyList:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(MyList[int], MyList["x"])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(list[int]([1, 2]), type(list[int]).__name__)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
pp = Person("ann", 30)
print(pp.name, pp.age, Person.name.public, vars(pp))
try:
    pp.age = "old"
except TypeError as e:
    print(e)

class NonData:
    def __get__(self, obj, owner):
        return "from descriptor"
class H:
    x = NonData()
h = H()
print(h.x)
h.__dict__["x"] = "from instance"
print(h.x, H.x)

class Meta2(type):
    def __prepare__(name, bases, **kw):
        print("prepare", name)
        return {"injected": 42}
    @property
    def desc(cls):
        return "meta-prop " + cls.__name__
class W(metaclass=Meta2):
    pass
print(W.injected, W.desc)
try:
    W().desc
except AttributeError as e:
    print("AttributeError:", e)

S = type("S", (object,), {"a": 1, "m": lambda self: self.a + 1})
print(S().m(), S.__name__, S.__bases__)
print(type(3), type("x"), type(None), type(type))

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, x): self.x = x
print(Conf(1).x, Conf(2).x, Conf(1) is Conf(3))

class Abstractish:
    def __new__(cls, *args):
        if cls is Abstractish:
            raise TypeError("can't instantiate base")
        return super().__new__(cls)
class Concrete(Abstractish):
    def __init__(self, a): self.a = a
print(Concrete(3).a)
try:
    Abstractish()
except TypeError as e:
    print(e)

from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "sq"
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print(e)
print(Sq(3).area(), isinstance(Sq(1), Shape))

class Ordered:
    def __init__(self): self.items = []
class Mixin1:
    def who(self): return "m1>" + super().who()
class Mixin2:
    def who(self): return "m2>" + super().who()
class Root:
    def who(self): return "root"
class Combo(Mixin1, Mixin2, Root): pass
print(Combo().who(), [k.__name__ for k in Combo.__mro__])
try:
    class Bad(Root, Mixin1, Root): pass
except TypeError as e:
    print(e)
class X1: pass
class Y1(X1): pass
try:
    class Z1(X1, Y1): pass
except TypeError as e:
    print(e)
print(callable(type.__call__), type.__name__)

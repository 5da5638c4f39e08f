# __slots__, __class__ assignment free, class attributes & descriptors
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x}, {self.y})"
p = P(1, 2)
p.x = 10
print(p, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
class P3(P):
    __slots__ = ("z",)
q = P3(1, 2)
q.z = 3
print(q, q.z)
class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __set_name__(self, owner, name):
        self.attr = name
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
pp = Person("Ann", 30)
print(pp.name, pp.age, Person.name.attr, type(Person.__dict__["age"]).__name__)
try:
    pp.age = "old"
except TypeError as e:
    print("TypeError:", e)
class Const:
    def __get__(self, obj, owner):
        return f"const via {owner.__name__} from {'instance' if obj is not None else 'class'}"
class Holder:
    c = Const()
print(Holder.c, Holder().c)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by_meta"] = True
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        print("  Meta.__call__ for", cls.__name__)
        return super().__call__(*a, **k)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
w = WithMeta(5)
print(w.v, WithMeta.created_by_meta, type(WithMeta).__name__, isinstance(WithMeta, type))
class InitSub:
    registry = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        InitSub.registry.append((cls.__name__, tag))
class S1(InitSub, tag="first"):
    pass
class S2(InitSub):
    pass
print(InitSub.registry)
class New:
    def __new__(cls, *args):
        print("  __new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.from_new = True
        return inst
    def __init__(self, a):
        print("  __init__", a)
        self.a = a
n = New(7)
print(n.from_new, n.a)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
print(type(5).__name__, type(type).__name__, type(int).__name__, type(None).__name__, type(print).__name__)
Dyn = type("Dyn", (P,), {"__slots__": (), "norm": lambda self: self.x + self.y})
print(Dyn(3, 4).norm(), Dyn.__name__, [c.__name__ for c in Dyn.__mro__])

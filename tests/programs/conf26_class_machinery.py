import functools, abc, enum
from collections import namedtuple, deque, OrderedDict, defaultdict, ChainMap, Counter
class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        cls.tag = kw.get("tag", "none")
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created = True
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls.tag}>"
class Base(metaclass=Meta, tag="base"):
    def __init_subclass__(cls, /, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
class Child(Base, flavor="sweet"):
    pass
print(Meta.registry, Child.flavor, Child().created, Child, type(Child))

class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Rec:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x, self.y = x, y
r = Rec(1, 2)
print(r.x, r.y, Rec.x.owner, vars(r))
try:
    r.x = "s"
except TypeError as e:
    print(e)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
try:
    Shape()
except TypeError as e:
    print(e)
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    @property
    def name(self): return "circle"
print(Circle(2).describe(), isinstance(Circle(1), Shape), issubclass(Circle, Shape))

@functools.total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), Version("2.0") >= Version("1.9"), max(vs))

@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
class Lazy:
    @functools.cached_property
    def value(self):
        print("computing"); return 42
l = Lazy(); print(l.value, l.value)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k) * 2
    return wrapper
@deco
def double_me(x):
    "Doc here."
    return x
print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))
p = functools.partial(int, base=2)
print(p("1010"), p, functools.partial(max, 5)(3))

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], list(Color), Color.RED.name, Color.RED.value)
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm.R in (Perm.R | Perm.W), int(Perm.W))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(list(Auto), Auto.A < Auto.B if False else Auto.A.value)
try:
    Color(9)
except ValueError as e:
    print(e)
class S(str, enum.Enum):
    X = "x"
print(S.X == "x", f"{S.X}", str(S.X), S.X.value)

P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields, p.x + p[1], P._make([3, 4]))
d = deque([1, 2, 3], maxlen=4); d.appendleft(0); d.append(4); d.rotate(1)
print(d, d.popleft(), d[1], len(d))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); od.popitem(last=False)
print(od, list(od.items()))
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dict(dd), dd["z"], len(dd))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], dict(cm), cm.new_child({"c": 4}))
c = Counter("hello world")
print(c.most_common(3), c["l"], c["zz"], (c + Counter("ll")).most_common(1), list(c.elements())[:5])
print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) | Counter(a=3, b=1), c.total())

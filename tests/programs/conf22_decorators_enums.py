import functools, enum, dataclasses, contextvars, time
from functools import singledispatch, singledispatchmethod, cached_property, partialmethod, wraps
def retry(times=3, exceptions=(ValueError,)):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        wrapper.attempts = times
        return wrapper
    return deco
calls = iter([ValueError("a"), ValueError("b"), "ok"])
@retry(times=3)
def flaky(x, *, scale=1):
    """Flaky op."""
    r = next(calls)
    if isinstance(r, Exception): raise r
    return r * x * scale
print(flaky(2, scale=2), flaky.__name__, flaky.__doc__, flaky.attempts, flaky.__wrapped__.__name__)
try:
    flaky(1)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)
def counted(cls):
    cls.count = 0
    orig = cls.__init__
    def __init__(self, *a, **k):
        cls.count += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@counted
class Thing:
    def __init__(self, n): self.n = n
Thing(1); Thing(2); print(Thing.count)
fns = [lambda: i for i in range(3)]; fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns], [f() for f in fns2])
def posonly(a, b, /, c, *, d=4, **kw): return (a, b, c, d, kw)
print(posonly(1, 2, 3), posonly(1, 2, c=3, d=5, a=9))
try: posonly(a=1, b=2, c=3)
except TypeError as e: print("TypeError:", e)
@singledispatch
def show(x): return f"object {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True), show.registry.keys() >= {int, list})
class Calc:
    @singledispatchmethod
    def add(self, x): raise NotImplementedError(type(x).__name__)
    @add.register
    def _(self, x: int): return x + 1
    @add.register
    def _(self, x: str): return x + "!"
print(Calc().add(1), Calc().add("a"))
try: Calc().add(1.5)
except NotImplementedError as e: print("NotImplementedError:", e)
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing area"); return 3.14159 * self.r ** 2
    def _scale(self, k): return self.r * k
    double = partialmethod(_scale, 2)
c = Circle(2); print(c.area, c.area, c.double(), "area" in vars(c))
class Shade(enum.Enum):
    LIGHT = 1
    DARK = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls[value.upper()]
        return None
    def describe(self): return f"{self.name.lower()}({self.value})"
    @property
    def opposite(self): return Shade.DARK if self is Shade.LIGHT else Shade.LIGHT
print(Shade("light"), Shade(2).describe(), Shade.LIGHT.opposite, Shade.__members__.keys())
try: Shade(5)
except ValueError as e: print("ValueError:", e)
class Color(enum.StrEnum):
    RED = enum.auto()
    GREEN = "g"
print(Color.RED, Color.RED == "red", f"{Color.GREEN}", repr(Color.RED), Color("g"))
class P(enum.IntFlag):
    R = 4; W = 2; X = 1
print(P.R | P.W, repr(P.R | P.X), P(7), P(0), int(P.R | 1), P.R in P(6), list(P(5)), ~P.R)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius): self.mass, self.radius = mass, radius
    @property
    def g(self): return 6.674e-11 * self.mass / self.radius ** 2
print([f"{p.name}:{p.g:.2f}" for p in Planet], Planet.MARS.value)
class Ord(enum.IntEnum):
    A = 1; B = 2
print(sorted([Ord.B, Ord.A]), Ord.A < 2, Ord.B.value, Ord(1).name, len(Ord), Ord.A + Ord.B)
@dataclasses.dataclass(slots=True, kw_only=True)
class Cfg:
    host: str = "localhost"
    port: int = 8080
    opts: dict = dataclasses.field(default_factory=dict)
cfg = Cfg(port=1); print(cfg, hasattr(cfg, "__dict__"), Cfg.__slots__)
try: Cfg("h")
except TypeError as e: print("TypeError:", e)
try:
    @dataclasses.dataclass
    class Bad:
        x: list = []
except ValueError as e: print("ValueError:", e)
@dataclasses.dataclass
class Node:
    val: int
    children: list["Node"] = dataclasses.field(default_factory=list)
    parent: "Node | None" = dataclasses.field(default=None, repr=False, compare=False)
root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root, dataclasses.asdict(root)["children"][1], root == Node(1, [Node(2), Node(3, [Node(4)])]))
@dataclasses.dataclass(unsafe_hash=True)
class HP:
    a: int
    b: int = dataclasses.field(hash=False)
print(hash(HP(1, 2)) == hash(HP(1, 3)), HP(1, 2) == HP(1, 3))
@dataclasses.dataclass
class InitVarDemo:
    x: int
    factor: dataclasses.InitVar[int] = 2
    y: int = dataclasses.field(init=False)
    def __post_init__(self, factor): self.y = self.x * factor
print(InitVarDemo(5), InitVarDemo(5, 10), dataclasses.is_dataclass(InitVarDemo), dataclasses.make_dataclass("Z", [("a", int), ("b", str, dataclasses.field(default="q"))])(1))
var = contextvars.ContextVar("var", default="default")
def show_var(): return var.get()
tok = var.set("set1"); ctx = contextvars.copy_context(); var.set("set2")
print(show_var(), ctx.run(show_var), ctx[var]); var.reset(tok); print(var.get())
@functools.lru_cache(maxsize=2)
def sq(x): print("compute", x); return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); print(sq.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 6)), sorted([1, 3, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

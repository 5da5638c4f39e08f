def describe(x):
    match x:
        case 0 | 1:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b, *rest]:
            return f"seq {a} {b} rest={rest}"
        case {"type": "point", "x": px, **others}:
            return f"point {px} {others}"
        case str() as s if len(s) > 3:
            return "long str " + s
        case (1, 2) | (2, 1):
            return "pair"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, y):
            return f"pt {x},{y}"
        case None:
            return "none"
        case _:
            return f"other {x!r}"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
for v in [0, -5, [1, 2, 3, 4], [1], {"type": "point", "x": 3, "c": 1}, "hello", "hi", (2, 1), Point(0, 7), Point(1, 2), None, 3.5]:
    print(describe(v))
if (n := len("walrus")) > 3:
    print("n =", n)
data = [1, 2, 3, 4]
first, *middle, last = data
print(first, middle, last, [*data, *"ab"], {**{"a": 1}, "b": 2}, (*range(3),))
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7))
try:
    f(a=1, d=2)
except TypeError as e:
    print(e)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter(); c(); c(); print(c(), c.__closure__[0].cell_contents)
G = 1
def g():
    global G
    G += 1
g(); print(G)
funcs = [lambda x, i=i: x + i for i in range(3)]
print([fn(10) for fn in funcs], [(lambda: i)() for i in range(2)])
class A:
    x = 1
    ys = [x * 2 for _ in range(2)] if False else None
    def m(self): return __class__
print(A().m(), A.__qualname__, A.m.__qualname__)
class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"Vec{self.c}"
    def __add__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __bool__(self): return any(self.c)
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __format__(self, spec): return "<" + ",".join(format(a, spec) for a in self.c) + ">"
    def __iter__(self): return iter(self.c)
    def __contains__(self, v): return v in self.c
    def __lt__(self, o): return abs(self) < abs(o)
print(Vec(1, 2) + Vec(3, 4), 2 * Vec(1, 2), sum([Vec(1, 1), Vec(2, 2)]), -Vec(1, 2), abs(Vec(3, 4)), f"{Vec(1, 2):.2f}", bool(Vec(0, 0)), 2 in Vec(1, 2), list(Vec(5, 6)), Vec(1)[0], len(Vec(1, 2, 3)), {Vec(1): 1}[Vec(1)], sorted([Vec(3), Vec(1)]), max(Vec(1, 9), Vec(5, 5)))
try:
    Vec(1) + 1
except TypeError as e:
    print(e)
try:
    Vec(1) < 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], range(10)[Idx()], bin(Idx()), hex(Idx()))
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); self._c = 0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")
t = Temp(); t.celsius = 100; print(t.celsius, t.fahrenheit, Temp.fahrenheit.__doc__); del t.celsius; print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
class Callable:
    def __call__(self, *a, **k): return a, k
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"): return lambda: name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
print(Dyn().get_foo())
try:
    Dyn().bar
except AttributeError as e:
    print(e)
class Base:
    def hello(self): return "base"
class Mid1(Base):
    def hello(self): return "m1>" + super().hello()
class Mid2(Base):
    def hello(self): return "m2>" + super().hello()
class Leaf(Mid1, Mid2):
    def hello(self): return "leaf>" + super().hello()
print(Leaf().hello(), [c.__name__ for c in Leaf.__mro__])
print(type("Dynamic", (Base,), {"x": 5})().hello(), isinstance(3, (str, int)), issubclass(bool, int))
class WithClassMethods:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls()
    @staticmethod
    def util(x): return x * 2
WithClassMethods.make(); print(WithClassMethods.count, WithClassMethods.util(4), WithClassMethods().util(5))
print(list[int], dict[str, list[int]], type(list[int]), tuple[int, ...])

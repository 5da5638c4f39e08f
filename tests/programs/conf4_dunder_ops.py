class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f"Vec({', '.join(map(repr, self.c))})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return Vec(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __iadd__(self, o):
        print("iadd")
        self.c = (self + o).c
        return self
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self): return Vec(*[-a for a in self.c])
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return Vec(*reversed(self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __len__(self): return len(self.c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.c[i])
        return self.c[i]
    def __setitem__(self, i, v): self.c[i] = v
    def __delitem__(self, i): del self.c[i]
    def __contains__(self, x): return x in self.c
    def __bool__(self): return any(self.c)
    def __iter__(self): return iter(self.c)
    def __format__(self, spec):
        if not spec:
            return str(self)
        return "<" + ", ".join(format(a, spec) for a in self.c) + ">"
    def __call__(self, *args, **kw):
        return ("called", args, sorted(kw.items()))
    __hash__ = None

v = Vec(1, 2, 3); w = Vec(10, 20, 30)
print(v + w, v + 1, 1 + v, v * 2, 3 * v, -v, +v, abs(Vec(3, 4)), ~v, v @ w)
v += w
print(v)
v += 1
print(v, len(v), v[0], v[-1], v[1:], v[::-1], v[::2])
v[0] = 100; del v[1]
print(v, 100 in v, 5 in v, bool(Vec(0, 0)), bool(v))
print(f"{v:8.2f}", format(v, "x"), f"{v}", "{:>5}".format(Vec(1)))
print(v(1, 2, z=3, a=4))
try:
    hash(v)
except TypeError as e:
    print("TypeError:", e)
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + v
except TypeError as e:
    print("TypeError:", e)
try:
    v - w
except TypeError as e:
    print("TypeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
print(list(v), sum(Vec(1, 2), 0), sorted(Vec(3, 1, 2)), [*Vec(7, 8)], dict(zip(Vec(1, 2), "ab")))

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), max(Countdown(3)), 2 in Countdown(5))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([*Seq()])))
try:
    len(Seq())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)

class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with Ctx("a") as x, Ctx("b") as y:
    print("body", x, y)
with Ctx("c", swallow=True):
    raise ValueError("swallowed")
try:
    with Ctx("d"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)

class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v + 1000
    def __float__(self): return 0.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
import math
n = Num(3)
print([10, 20, 30, 40][n], hex(n), bin(n), oct(n), int(n), float(n), complex(n), round(n), round(n, 2))
print(math.trunc(n), math.floor(n), math.ceil(n), "ab" * n, range(n), operator_index := n.__index__())
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
print(Cmp(1) > Cmp(2), Cmp(1) < Cmp(2))
print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c.v)[0].v)
class Eq:
    def __eq__(self, o): print("eq called"); return True
print(Eq() == 1, 1 == Eq(), Eq() != 2, [Eq()] == [3], Eq() in [1])
class RevOnly:
    def __rsub__(self, o): return f"rsub {o}"
    def __rpow__(self, o): return f"rpow {o}"
    def __rfloordiv__(self, o): return f"rfloordiv {o}"
print(5 - RevOnly(), 2 ** RevOnly(), 7 // RevOnly())
class Sub(int):
    def __radd__(self, o): return "Sub.radd"
print(1 + Sub(2), Sub(2) + 1)

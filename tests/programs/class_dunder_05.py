# operator overloading dunders on a Vector class
class Vector:
    def __init__(self, *comps):
        self.c = list(comps)
    def __repr__(self):
        return f"Vector({', '.join(map(repr, self.c))})"
    def __str__(self):
        return "<" + ", ".join(str(x) for x in self.c) + ">"
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __delitem__(self, i):
        del self.c[i]
    def __iter__(self):
        return iter(self.c)
    def __contains__(self, x):
        return x in self.c
    def __add__(self, o):
        if isinstance(o, Vector):
            return Vector(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return Vector(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print("  __radd__ called with", o)
        return self + o
    def __iadd__(self, o):
        print("  __iadd__ called")
        self.c = (self + o).c
        return self
    def __sub__(self, o):
        return self + (-o)
    def __neg__(self):
        return Vector(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vector(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*[a / k for a in self.c])
    def __eq__(self, o):
        return isinstance(o, Vector) and self.c == o.c
    def __hash__(self):
        return hash(tuple(self.c))
    def __bool__(self):
        return any(self.c)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __le__(self, o):
        return abs(self) <= abs(o)
    def __call__(self, i):
        return self.c[i] * 100
v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v, repr(w), len(v), v[0], v[-1], v[1:], list(v), 2 in v, 7 in v)
print(v + w, v - w, -v, +v, v * 2, 3 * v, v * w, v / 2, abs(Vector(3, 4)))
print(v + 10, 10 + v)
print(sum([v, w], Vector(0, 0, 0)))
print(sum([v, w]) if False else "sum with start 0 ->", sum([v, w]))
u = v
u += w
print(u, v, u is v)
v[0] = 100
print(v)
del v[0]
print(v, len(v))
print(Vector(1, 2) == Vector(1, 2), Vector(1, 2) != Vector(2, 1), Vector(1) == [1], bool(Vector(0, 0)), bool(Vector(0, 1)))
print({Vector(1, 2): "a"}[Vector(1, 2)], len({Vector(1, 2), Vector(1, 2), Vector(2, 1)}))
print(Vector(3, 4) < Vector(1, 1), Vector(1, 1) <= Vector(1, 1), Vector(5, 5) > Vector(1, 1), Vector(1, 1) >= Vector(2, 2))
print(sorted([Vector(3, 4), Vector(1, 0), Vector(2, 2)]), max(Vector(3, 4), Vector(0, 9)))
print(w(1), callable(w))
try:
    v + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    "str" + v
except TypeError as e:
    print("TypeError:", e)
try:
    v @ w
except TypeError as e:
    print("TypeError:", e)
a, b, c = w
print(a, b, c, [x * 2 for x in w], dict(zip("abc", w)))

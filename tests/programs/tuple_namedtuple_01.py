# collections.namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
print(p._fields, Point._fields, p._asdict())
q = p._replace(x=10)
print(q, p, q == Point(10, 4), q == (10, 4))
x, y = p
print(x + y, sum(p), max(p))
print(Point._make([7, 8]), Point(y=2, x=1))
Color = namedtuple("Color", "red green blue")
c = Color(255, 128, 0)
print(c, c.red, c._asdict(), Color._fields)
Person = namedtuple("Person", "name age city", defaults=["Unknown"])
print(Person("Ann", 30), Person("Bob", 25, "Rome"), Person._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
pts = [Point(3, 1), Point(1, 2), Point(2, 0), Point(1, 1)]
print(sorted(pts), sorted(pts, key=lambda p: p.y), min(pts), max(pts, key=lambda p: p.x + p.y))
print({p: i for i, p in enumerate(pts)}[Point(2, 0)])
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), isinstance(v, tuple), type(v).__name__, Vec.__mro__[1].__name__)
R = namedtuple("R", ["a", "b"], rename=True)
print(R(1, 2))
Bad = namedtuple("Bad", ["ok", "def", "ok"], rename=True)
print(Bad._fields)
print(Point.__name__, type(p).__name__, p.__class__.__name__, isinstance(p, Point))
print(p._asdict()["x"], dict(p._asdict()), p.count(3), p.index(4))

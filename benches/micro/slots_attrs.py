# Attribute-heavy classes with __slots__, properties and plain dict instances.
class S:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z
class D:
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
objs = [S(i, i + 1, i + 2) for i in range(1000)]
ds = [D(i) for i in range(1000)]
tot = 0
for rep in range(300):
    for o in objs:
        o.x = o.y + o.z
        tot += o.x
    for d in ds:
        d.x = d.x + 1
        tot += d.x
print(tot)

# properties for validation and computed attributes; inheritance of properties
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, v):
        if v <= 0:
            raise ValueError(f"width must be positive, got {v}")
        self._w = v
    @property
    def h(self):
        return self._h
    @h.setter
    def h(self, v):
        if v <= 0:
            raise ValueError(f"height must be positive, got {v}")
        self._h = v
    @property
    def area(self):
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
    def __repr__(self):
        return f"{type(self).__name__}({self.w}x{self.h})"
r = Rect(3, 4)
print(r, r.area, r.perimeter)
r.w = 10
print(r, r.area)
for bad in (0, -1):
    try:
        r.h = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    r.area = 5
except AttributeError as e:
    print("AttributeError:", e)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @Rect.w.setter
    def w(self, v):
        Rect.w.fset(self, v)
        Rect.h.fset(self, v)
sq = Square(5)
print(sq, sq.area)
sq.w = 7
print(sq, sq.area, sq.h)
class Celsius:
    def __init__(self):
        self._history = []
        self._t = 0
    def _get(self):
        return self._t
    def _set(self, v):
        self._history.append(v)
        self._t = v
    def _del(self):
        self._history.clear()
    temp = property(_get, _set, _del, "temperature")
c = Celsius()
c.temp = 20
c.temp = 25
print(c.temp, c._history, Celsius.temp.__doc__)
del c.temp
print(c._history, c.temp)
print(isinstance(Celsius.temp, property), Celsius.temp.fget.__name__, Rect.area.fset)
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        if not hasattr(self, "_v"):
            self.calls += 1
            self._v = 42
        return self._v
cc = Cached()
print(cc.value, cc.value, cc.calls)

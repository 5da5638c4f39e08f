# classmethod, staticmethod, property getter/setter/deleter
class Temperature:
    _instances = 0
    def __init__(self, celsius=0.0):
        self._c = celsius
        Temperature._instances += 1
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t
    @classmethod
    def instances(cls):
        return cls._instances
    @staticmethod
    def valid(c):
        return c >= -273.15
    def __repr__(self):
        return f"Temperature({self._c!r})"
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t, t.fahrenheit)
t.fahrenheit = 32
print(t)
t2 = Temperature.from_fahrenheit(212)
print(t2, type(t2).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t)
print(Temperature.valid(-300), t.valid(0), Temperature.instances(), t.instances())
try:
    t.fahrenheit = None
except TypeError as e:
    print("TypeError:", e)
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.value
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.__dict__["celsius"]).__name__, type(Temperature.__dict__["valid"]).__name__, type(Temperature.__dict__["instances"]).__name__)
class Sub(Temperature):
    @classmethod
    def make(cls):
        return cls(1)
s = Sub.make()
print(type(s).__name__, s.celsius, Sub.from_fahrenheit(50), type(Sub.from_fahrenheit(50)).__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def expensive(self):
        self.computed += 1
        return sum(range(1000))
lz = Lazy()
print(lz.expensive, lz.expensive, lz.computed)
class P:
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx, None, "doc for x")
p = P()
p.x = 5
print(p.x, P.x.__doc__)
import functools
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area)

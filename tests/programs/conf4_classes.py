import functools

class Animal:
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self._sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self._sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __str__(self):
        return f"<{self.name}>"

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
    def speak(self):
        return super().speak() + "!"

class Puppy(Dog):
    def speak(self):
        base = super(Dog, self).speak()
        return base.upper()

d = Dog("rex"); p = Puppy("bit")
print(d.speak(), p.speak(), repr(d), str(p), Animal.count)
print([d, p], (d,), {1: p})
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__, Animal.__subclasses__())
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(1, 2), Version(1, 0, 5), Version(2), Version(1, 2)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) <= Version(1), Version(2) > Version(1, 9), Version(1) >= Version(2))
print(len(set(vs)), Version(1, 2) in vs, Version(3) != Version(3))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)
print(Version(1) == 1)

class Temperature:
    def __init__(self, c):
        self._c = c
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
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius), Temperature.celsius.fget.__name__)

class Counter:
    instances = []
    def __init__(self, n):
        self.n = n
    @classmethod
    def make(cls, n):
        obj = cls(n)
        cls.instances.append(obj)
        return obj
    @staticmethod
    def helper(x, y=2):
        return x * y
    def __repr__(self):
        return f"Counter({self.n})"

class Sub(Counter):
    pass

print(Counter.make(1), Sub.make(2), Counter.instances, type(Sub.instances[1]).__name__)
print(Counter.helper(3), Sub().helper(4, 5) if False else Sub.helper(4, 5))
print(Counter.make.__self__ is Counter, Sub.make.__self__.__name__)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = Point(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError:", e)
print(Point.__slots__, p.x, p.y, hasattr(p, "x"))
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)

class Dynamic:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:] * 2
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
dy = Dynamic()
print(dy.real, dy.auto_ab, getattr(dy, "missing", "dflt"))
try:
    dy.missing
except AttributeError as e:
    print(e)

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return object.__getattribute__(self, name)
lg = Logged()
lg.a = 1; lg.b = [2]; del lg.a
print(lg.log, lg.secret, lg.b)

class Empty: pass
e = Empty()
try:
    e.nothing
except AttributeError as ex:
    print(ex)
try:
    Empty.nothing
except AttributeError as ex:
    print(ex)
try:
    Empty(1)
except TypeError as ex:
    print(ex)
try:
    Dog()
except TypeError as ex:
    print(ex)
try:
    Dog("a", "b")
except TypeError as ex:
    print(ex)
print(Empty.__name__, Empty.__qualname__, Empty.__module__)
def f():
    class Inner:
        def m(self): pass
    return Inner
print(f().__qualname__, f().m.__qualname__)
print(Dog.speak.__name__, type(d.speak).__name__)

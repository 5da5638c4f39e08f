# classes: attributes, methods, class vs instance attributes, __repr__/__str__
class Dog:
    species = "canis familiaris"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self, times=1):
        return " ".join(["Woof!"] * times)
    def birthday(self):
        self.age += 1
        return self
    def __repr__(self):
        return f"Dog({self.name!r}, {self.age})"
    def __str__(self):
        return f"{self.name} ({self.age} yrs)"
d1 = Dog("Rex", 3)
d2 = Dog("Fido", 5)
print(d1, d2, repr(d1), [d1, d2], str([d1]))
print(d1.bark(), d2.bark(3), Dog.bark(d1, 2))
print(d1.birthday().birthday().age, d1)
print(Dog.count, d1.count, d1.species, Dog.species)
d1.species = "custom"
print(d1.species, d2.species, Dog.species)
del d1.species
print(d1.species)
print(type(d1).__name__, type(d1) is Dog, isinstance(d1, Dog), isinstance(d1, object), Dog.__name__, Dog.__qualname__)
print(hasattr(d1, "name"), hasattr(d1, "nope"), getattr(d1, "age"), getattr(d1, "nope", "dflt"))
setattr(d1, "color", "brown")
print(d1.color, sorted(d1.__dict__), d1.__dict__["name"])
delattr(d1, "color")
print(hasattr(d1, "color"))
try:
    d1.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog("only name")
except TypeError as e:
    print("TypeError:", e)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [1, 2]
print(e.__dict__, vars(e) == e.__dict__, Empty.__bases__[0].__name__, Empty.__mro__[-1].__name__)
class WithClassAttrList:
    shared = []
    def add(self, v):
        self.shared.append(v)
a, b = WithClassAttrList(), WithClassAttrList()
a.add(1)
b.add(2)
print(WithClassAttrList.shared, a.shared is b.shared)
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def dist2(self, other=None):
        other = other or Point()
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
pts = [Point(3, 4), Point(), Point(-1, 1)]
print(pts, [p.dist2() for p in pts], pts[0].dist2(pts[2]))
print(sorted(pts, key=Point.dist2))
m = pts[0].dist2
print(m(), m.__self__ is pts[0], m.__name__)
print(Point.__init__.__name__, callable(Point), Point.__module__)

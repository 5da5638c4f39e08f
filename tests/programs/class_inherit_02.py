# inheritance, overriding, super(), isinstance/issubclass
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy
    def speak(self):
        return super().speak() + " (squeaky)"
    def intro(self):
        return super().intro() + f", my toy is {self.toy}"
class Cat(Animal):
    def speak(self):
        return "Meow"
zoo = [Animal("generic"), Dog("rex"), Puppy("bit", "ball"), Cat("tom")]
for a in zoo:
    print(repr(a), "|", a.intro())
print(isinstance(zoo[2], Dog), isinstance(zoo[2], Animal), isinstance(zoo[3], Dog), isinstance(zoo[1], (Cat, Puppy)), isinstance(zoo[1], (Cat, Dog)))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog), issubclass(Dog, (Cat, Animal)), issubclass(bool, object))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__, [c.__name__ for c in Animal.__subclasses__()])
class Base:
    greeting = "hello"
    def __init__(self):
        self.log = ["Base.__init__"]
    def who(self):
        return "Base"
class Derived(Base):
    greeting = "hi"
    def __init__(self):
        super().__init__()
        self.log.append("Derived.__init__")
    def who(self):
        return "Derived>" + super().who()
class MoreDerived(Derived):
    def who(self):
        return "MoreDerived>" + super().who()
md = MoreDerived()
print(md.log, md.who(), md.greeting, Base.greeting, super(Derived, md).who(), super(MoreDerived, md).greeting)
class NoInit(Base):
    pass
print(NoInit().log)
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for s in [Rect(2, 3), Square(4), Circle(1)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(type(Square(1)).__mro__[1].__name__, Square.__base__.__name__, object.__bases__)
class Counter:
    total = 0
    def inc(self):
        type(self).total += 1
class SubCounter(Counter):
    pass
Counter().inc(); SubCounter().inc(); SubCounter().inc()
print(Counter.total, SubCounter.total)

# __slots__ entries are member descriptors: their repr, type, attributes, the descriptor
# protocol called directly, AttributeError messages for unset slots, private-name mangling,
# inheritance, dataclass(slots=True) and __getattr__ fallback.
import dataclasses


class Point:
    __slots__ = ('y', 'x', '__secret')

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.__secret = x * y

    def secret(self):
        return self.__secret


print(Point.x)
print(type(Point.x).__name__)
print(Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__.__name__)
print([k for k in Point.__dict__ if not k.startswith('__') or k.startswith('_Point')])
p = Point(3, 4)
print(p.x, p.y, p.secret())
print(Point.x.__get__(p, Point), Point.y.__get__(p))
Point.x.__set__(p, 10)
print(p.x)
print(Point.x.__get__(None, Point) is Point.x)

q = Point.__new__(Point)
for name in ('x', 'y'):
    try:
        getattr(q, name)
    except AttributeError as e:
        print('AttributeError:', e)
print(hasattr(q, 'x'), getattr(q, 'x', 'default'))
try:
    del q.x
except AttributeError as e:
    print('del unset:', repr(str(e)))
q.x = 5
del q.x
print(hasattr(q, 'x'))
try:
    q.z = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point.x.__get__(42)
except TypeError as e:
    print('TypeError:', e)
try:
    Point.y.__set__('s', 1)
except TypeError as e:
    print('TypeError:', e)


class Base:
    __slots__ = ('a',)


class Child(Base):
    __slots__ = ('b',)


class Loose(Base):
    pass


c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, Child.a is Base.a, Child.b)
l = Loose()
l.a = 7
l.other = 8
print(l.a, l.other)


class Lazy:
    __slots__ = ('value',)

    def __getattr__(self, name):
        return f'<missing {name}>'


lz = Lazy()
print(lz.value, lz.other)
lz.value = 3
print(lz.value)


@dataclasses.dataclass(slots=True)
class Pair:
    left: int
    right: int = 0


pr = Pair(1)
print(pr, type(Pair.left).__name__, Pair.__slots__)
try:
    pr.extra = 1
except AttributeError as e:
    print('AttributeError:', e)

try:
    class Bad:
        __slots__ = ('ok', '1bad')
except TypeError as e:
    print('TypeError:', e)
try:
    class Clash:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError:', e)

# rich comparisons, functools.total_ordering, reflected operations, __hash__
import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.2.10", "1.2.9", "1.10", "1.2", "0.9.9", "1.2.9"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.0"), Version("1.0.1")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Version("1.0"))
print(len(set(vs)), Version("1.2.9") in vs, vs.index(Version("1.2")), vs.count(Version("1.2.9")))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
prices = [Money(199), Money(1250), Money(5)]
print(sum(prices), sum(prices, Money(0)), prices[0] * 3, 2 * prices[1], Money(1) + 99)
print(sorted(prices), Money(5) == Money(5), Money(5) == 5)
try:
    Money(1) * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  Rev({self.v}).__lt__")
        return self.v < o.v
    def __gt__(self, o):
        print(f"  Rev({self.v}).__gt__")
        return self.v > o.v
print(Rev(1) < Rev(2))
print(Rev(1) > Rev(2))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(5) > OnlyLt(3))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
try:
    object() < object()
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    None > 0
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", [] == (), None == 0, "a" != b"a", 1 == 1.0 == True)

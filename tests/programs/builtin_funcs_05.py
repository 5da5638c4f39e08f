# more builtins: sorted keys, min/max edge cases, round, abs on custom types, __index__, bool/len protocols
class Num:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Num(abs(self.v))
    def __index__(self):
        return self.v
    def __round__(self, n=None):
        return Num(round(self.v, n) if n is not None else round(self.v))
    def __repr__(self):
        return f"Num({self.v})"
    def __len__(self):
        return abs(int(self.v))
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
print(abs(Num(-3)), round(Num(2.567), 1), round(Num(2.5)), len(Num(-4)), int(Num(7.9)), float(Num(2)))
print(hex(Num(255)), bin(Num(5)), oct(Num(8)), [10, 20, 30][Num(1)], "abcdef"[Num(1):Num(4)], range(Num(3)))
print(max([1, 3, 2], key=lambda x: -x), min("hello", key=lambda c: (c != "l", c)))
print(max([], default="none"), min([5], default=0), max(2, 2.0), max(2.0, 2), max([[1], [1, 0]]))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max([], key=len)
except ValueError as e:
    print("ValueError:", e)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1]), sorted("BaCb", key=str.lower))
print(round(1.23456, 3), round(-1.23456, 1), round(1e-10, 5), round(123.456, -1), round(5, 2), round(-0.5))
print(pow(3, 2), pow(3, -2), pow(-3, 3), pow(3, 2, 5), pow(10, 20, 7), pow(2, 0.5))
print(divmod(7, -2), divmod(-7.5, 2), divmod(0, 3), divmod(10 ** 20 + 1, 10 ** 10))
print(sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum(range(1, 11)) / 10, sum([], 0.0))
print(list(zip(*[[1, 2, 3], [4, 5, 6], [7, 8, 9]])))
print(any(x is None for x in [1, None]), all(isinstance(x, int) for x in [1, True, 2]))
print(ord("A") + 1, chr(ord("a") + 25), [chr(c) for c in range(ord("a"), ord("f"))])
print(isinstance(Num(1), object), callable(Num), callable(Num(1)), type(Num(1)) is Num)
print(hash(1) == hash(1.0) == hash(True), hash((1, "a")) == hash((1, "a")), hash(frozenset([1])) == hash(frozenset([1])))
print(repr(range(0, 10, 2)), repr(reversed([1]))[:19], str(slice(2)))
print(bool(Num(0)), bool(Num(3)))
print(list(map(lambda n: n.v, sorted([Num(3), Num(1), Num(2)], key=lambda n: n.v))))
print(min(Num(5), Num(2), key=lambda n: n.v), max([Num(5), Num(9)], key=int))
print(format(Num(5).v, "03d"), "{:>5}".format(repr(Num(1))), "%s" % Num(2))

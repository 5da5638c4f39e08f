# Built-in error messages: wrong argument counts, unhashable and unsupported operands, bad indexing.
import math, itertools, collections, statistics, random
def f(a, b, *, c): pass
def g(x, /, y=1): pass
class C:
    def m(self, a): pass
    @staticmethod
    def s(): pass
tests = [
 lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2), lambda: f(1, 2, c=3, d=4), lambda: f(1, 2, c=3, a=1),
 lambda: g(x=1), lambda: g(), lambda: C().m(), lambda: C().m(1, 2), lambda: C.s(1), lambda: C.m(),
 lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: {[]: 1}, lambda: {set()}, lambda: hash({}),
 lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: None + 1, lambda: -"a", lambda: ~1.5, lambda: 1 < "a", lambda: [] < {},
 lambda: None[0], lambda: None(), lambda: (1)(), lambda: None.x, lambda: "abc".nope, lambda: [1].x,
 lambda: [1, 2][5], lambda: (1,)[1], lambda: "ab"[9], lambda: {"a": 1}["b"], lambda: {}[(1, 2)], lambda: [][0:1:0],
 lambda: int(None), lambda: int([1]), lambda: float(None), lambda: str(1, 2), lambda: list(1), lambda: iter(5), lambda: next([]),
 lambda: sum(["a"]), lambda: sum([[1]]), lambda: max([]), lambda: min(), lambda: sorted([1, "a"]), lambda: abs("x"), lambda: round("x"),
 lambda: "a" * "b", lambda: [1] * 1.5, lambda: "x".join([1]), lambda: ",".join(5), lambda: "a".split(1), lambda: "abc".index("z"), lambda: [1].index(2), lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: [1].remove(3),
 lambda: dict([(1, 2, 3)]), lambda: dict(1), lambda: tuple(1), lambda: setattr(1, "x", 2), lambda: object().x, lambda: type("X", (1,), {}), lambda: isinstance(1, 1), lambda: issubclass(1, int),
 lambda: chr(-1), lambda: ord("ab"), lambda: range(1.5), lambda: range(0, 10, 0), lambda: zip(1), lambda: map(1, [1]).__next__(), lambda: enumerate(1), lambda: getattr(1, 2),
 lambda: f"{1:>{'x'}}", lambda: print(sep=1), lambda: open(1.5), lambda: divmod("a", 1), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5),
 lambda: [x for x in 1], lambda: (lambda: (yield))().send(1), lambda: int.__add__("a", 1), lambda: object.__setattr__(1, "x", 1), lambda: super(int, "x"),
 lambda: frozenset([[1]]), lambda: {1: 2}.update(1), lambda: " ".join(["a", None]), lambda: bytes("a", "nope"), lambda: complex("x"), lambda: a_name_not_defined, lambda: [].sort(key=1), lambda: sorted([3, 1], reverse=None),
]
for i, t in enumerate(tests):
    try:
        r = t(); print(i, "OK", r)
    except Exception as e:
        print(i, type(e).__name__, e)
def h():
    print(unbound)
    unbound = 1
try: h()
except UnboundLocalError as e: print(e)
def outer():
    def inner(): return v
    r = inner
    v = 1; del v
    return inner()
try: outer()
except NameError as e: print(type(e).__name__, e)
class P:
    __slots__ = ("a",)
class Q:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, Q) and o.x == self.x
class R:
    def __len__(self): return -1
class S:
    def __len__(self): return "x"
class T:
    def __bool__(self): return 2
class U:
    def __iter__(self): return 5
class V:
    def __index__(self): return 1.5
class W:
    def __hash__(self): return "h"
more = [
 lambda: {Q(1)}, lambda: len(R()), lambda: len(S()), lambda: bool(T()), lambda: list(U()), lambda: [1][V()], lambda: hash(W()),
 lambda: P().__dict__, lambda: setattr(P(), "b", 1), lambda: Q(), lambda: Q(1, 2), lambda: Q(y=1), lambda: object(1), lambda: object.__new__(1),
 lambda: int("12", 1), lambda: int("z", 36) + int("9", 8), lambda: bin(1.5), lambda: hex("a"), lambda: "{:d}".format(1.5), lambda: "{:.2f}".format("x"), lambda: format([], "x"),
 lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.sample([1], 2),
 lambda: collections.Counter(a=1) + 1, lambda: collections.deque([], maxlen=-1), lambda: collections.namedtuple("N", "a a"), lambda: collections.namedtuple("N", "a")(1, 2),
 lambda: itertools.islice([1], -1), lambda: itertools.repeat(), lambda: next(itertools.chain()), lambda: math.factorial(1.5), lambda: math.gcd(1.5),
 lambda: (1, 2).append(3), lambda: "abc".append("d"), lambda: {}.add(1), lambda: frozenset().add(1), lambda: (1,).x, lambda: type.mro(),
 lambda: str.join(",", 1), lambda: list.append(1, 2), lambda: dict.fromkeys(1), lambda: [].extend(1), lambda: {}.setdefault(),
 lambda: sorted([1], key=lambda x, y: 0), lambda: (lambda a, b=1, *c, d, **e: 0)(), lambda: (lambda *, k: 0)(1),
 lambda: 1 .__add__(), lambda: "a" < 1, lambda: [1] < [None], lambda: {1: 2} < {3: 4}, lambda: (1, "a") < (1, 2), lambda: None < None,
 lambda: 3 @ 4, lambda: [] @ [], lambda: 1 << -1, lambda: 2 ** -1 % 3, lambda: 1 >> 1.0, lambda: 5 & 1.0, lambda: "a" | "b", lambda: {1} + {2},
 lambda: memoryview("a"), lambda: bytearray(-1), lambda: b"a".decode("nope"), lambda: "a".encode(errors=1), lambda: str(b"a", "utf-8", "bad", 1),
]
for i, t in enumerate(more):
    try:
        r = t(); print(i, "OK", r)
    except Exception as e:
        print(i, type(e).__name__, e)
for f in [lambda: list.append(), lambda: object.__repr__(), lambda: int.__neg__(), lambda: str.upper(), lambda: dict.keys(), lambda: type.mro(), lambda: float.__repr__(), lambda: str.join(), lambda: tuple.__len__(5), lambda: list.append(1, 2), lambda: str.upper(1), lambda: int.__neg__("x"), lambda: dict.keys([]), lambda: float.__repr__(True), lambda: list.__len__([1]), lambda: type.mro(1), lambda: type.__subclasses__(), lambda: list.__add__([1]), lambda: [].__add__(), lambda: tuple.__len__((1,), 2), lambda: dict.__setitem__({}, 1), lambda: (1).__eq__(), lambda: list.__eq__([], []), lambda: {}.__contains__(1), lambda: object.__eq__(1), lambda: object.__lt__(1, 2, 3)]:
    try: print(f())
    except TypeError as e: print("TypeError:", e)

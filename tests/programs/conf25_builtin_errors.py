# Built-in error messages: wrong argument counts, unhashable and unsupported operands, bad indexing.
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

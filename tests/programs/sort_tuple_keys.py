# Sorting by tuple keys: later items of the same simple type are ordered directly; mixed, NaN,
# big-int, user-defined and incomparable items go through the generic comparisons.
import random
random.seed(5)
xs = [(random.randint(0,3), random.choice(["a","b","ab",""]), random.random(), random.choice([1, 2.5, float("nan"), 3])) for _ in range(3000)]
ys = sorted(xs, key=lambda t: t[:2])
print(ys[:5], ys[-5:])
zs = sorted([(1, float("nan")), (1, 2.0), (1, 1.0), (0, 5.0), (1, "x" if False else 0.5)])
print(zs)
print(sorted([(1, "b", 2), (1, "b"), (1, "a", 9), (0,)]))
print(sorted([(2**70, "x"), (2**70, "a"), (1, "z")]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
class K:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return "K(%r)" % s.v
print(sorted([(1, K(3)), (1, K(1)), (0, K(9))]))

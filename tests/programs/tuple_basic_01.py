# tuples: creation, packing, methods, immutability, hashing, comparison
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t * 2, t + (4,), (1,), (), tuple(), tuple([5, 6]))
e = 1, "two", 3.0
print(e, type(e).__name__)
a, b, c = e
print(a, b, c)
print(t.count(2), t.index(3), (1, 2, 1, 1).count(1), ("a", "b").index("b"))
try:
    t[0] = 5
except TypeError as e1:
    print("TypeError:", e1)
try:
    t.index(99)
except ValueError as e2:
    print("ValueError:", e2)
try:
    t[5]
except IndexError as e3:
    print("IndexError:", e3)
m = ([1, 2], "x")
m[0].append(3)
print(m)
try:
    hash(m)
except TypeError as e4:
    print("TypeError:", e4)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") == (1, "a"), (1, 2) != (2, 1))
print(max([(1, "z"), (2, "a"), (2, "b")]), min((3, 1), (1, 3)), sorted([(2, 1), (1, 2), (1, 1)]))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0], (0, 0) in d)
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
print(tuple(x * x for x in range(4)), tuple("abc"), tuple({1: 2}), tuple(range(2, 8, 2)))
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u, nested[1][1][0])
print(len(((),)), ((),) == ((),), (1) == 1, (1,) == 1, type((1)).__name__)
x = (1, 2, 3)
x += (4,)
print(x, x == (1, 2, 3, 4))
print(1 in x, 5 not in x, list(x), list(reversed(x)), sum(x), any(x), all((1, 0)))
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(repr((1,)), repr(("a", ("b",))), str((None, True)))

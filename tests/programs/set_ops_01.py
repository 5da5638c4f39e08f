# set and frozenset operations (small ints only)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b), a.union([10], (11,)))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({9}), len(a), 3 in a, 9 not in a, min(a), max(b), sum(a))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([5, 7], {9})
print(s, len(s))
s.discard(7)
s.discard(100)
s.remove(9)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {1, 3, 5}, len(s))
c = a.copy()
c -= {1}
c |= {10}
c &= {2, 3, 10, 4}
c ^= {4, 99}
print(c, a)
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__, fs & {1, 5}, frozenset() == set())
print({fs: "frozen"}[frozenset({1, 2, 3})], hash(fs) == hash(frozenset({1, 2, 3})))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
print(set(range(10)), set([5, 5, 5]), set((3, 1, 2)), set("aaa") == {"a"}, set(), {0, 0.0, False})
print(sorted({x % 7 for x in range(50)}), {x // 3 for x in range(10)})
print({1, 2} == {2, 1}, {1} != {1, 2}, {100, 1, 50, 2}, {-1, -2, 3})
print(sorted(set([3, 3, 1, 2, 1])), list({8, 16, 24, 32, 40}), {7, 14, 21, 28, 35, 42, 49})
dup = [1, 5, 2, 1, 5, 9, 2]
seen = set()
uniq = []
for x in dup:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq, seen)
print(set.union({1}, {2}, {3}), set.intersection({1, 2, 3}, {2, 3}, {3}), frozenset({1, 2}).difference([2]))
s2 = {1, 2, 3}
s2.intersection_update({2, 3, 4})
print(s2)
s2.difference_update({3})
print(s2)
s2.symmetric_difference_update({2, 8})
print(s2)
s2.clear()
print(s2, bool(s2), repr(frozenset()))

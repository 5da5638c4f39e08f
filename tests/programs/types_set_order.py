import random
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
L = [1000, 2000, 3000, 4096, 8192]
x = 1000
rng = random.Random(5)
for trial in range(30):
    s = set()
    ops = []
    for i in range(rng.randint(1, 200)):
        v = rng.randint(-50, 300) * rng.choice([1, 1, 8, 64, 1024])
        if rng.random() < 0.7:
            s.add(v)
        else:
            s.discard(v)
    print(len(s), list(s)[:40])
    a = set(rng.sample(range(-100, 1000), rng.randint(0, 60)))
    b = set(rng.sample(range(-100, 1000), rng.randint(0, 60)))
    print(list(a | b)[:30], list(a & b), list(a - b)[:30], list(a ^ b)[:30])
    print(list(a.union(b, [5, 6])), list(a.intersection(b, range(500))), list(a.difference(b, [1, 2, 3]))[:20])
    c = a.copy(); c |= b; print(list(c)[:20])
    c = a.copy(); c &= b; print(list(c)[:20])
    c = a.copy(); c -= b; print(list(c)[:20])
    c = a.copy(); c ^= b; print(list(c)[:20])
    c = a.copy(); c.intersection_update(b, range(300)); print(list(c))
    c = a.copy(); c.difference_update(b, range(300)); print(list(c)[:20])
    c = a.copy(); c.symmetric_difference_update(list(b)); print(list(c)[:20])
    c = a.copy(); c.update({k: 1 for k in b}); print(list(c)[:20])
    d = {k: 1 for k in b}
    print(list(a - d.keys())[:20], list(d.keys() - a)[:20], list(d.keys() & a), list(a & d.keys()), list(d.keys() | a)[:20], list(d.keys() ^ a)[:20])
    print(list(frozenset(a) | b)[:20], type(frozenset(a) | b).__name__, type(b | frozenset(a)).__name__)
    p = a.copy()
    out = []
    while p and len(out) < 10:
        out.append(p.pop())
    print(out, list(p)[:10])
    print(a <= b, a < a | b, a >= a & b, a == set(a), a != b, a.isdisjoint(b), a.issubset(a | b), a.issuperset(list(a)[:3]))
print(frozenset({1, 2}) == {1, 2}, {frozenset({1}), frozenset({2})}, hash(frozenset({1, 2, 3})), hash(frozenset()))
print(hash(frozenset({(1, 2), (3, 4)})), hash(frozenset(range(100))))
t(lambda: set().pop())
t(lambda: {1}.remove(2))
t(lambda: {[]})
t(lambda: set([1]) < [1])
t(lambda: {1} | [2])
t(lambda: {1}.union([2], (3,)))
t(lambda: set(1))
t(lambda: set([1], [2]))
t(lambda: frozenset([1, 2]) & {2})
t(lambda: repr(set()) + repr(frozenset()) + repr({1}) + repr(frozenset([1])))
class S(set): pass
class F(frozenset): pass
t(lambda: (S([1, 2]), F([3]), S() | {1}, type(S() | {1}).__name__, F([1]) | {2}, type(F([1]) | {2}).__name__))
t(lambda: set() in {frozenset()})
t(lambda: {1, 2}.issubset(range(3)))
t(lambda: sorted({-5, 5, -10, 10}))
s = set(range(10))
for i in range(0, 10, 2): s.discard(i)
s.update(range(20, 30))
print(s)
s = set()
for i in range(100): s.add(i * 7919 % 1000)
for i in range(0, 100, 3): s.discard(i * 7919 % 1000)
print(list(s))

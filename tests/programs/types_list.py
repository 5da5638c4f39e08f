def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
base = list(range(10))
for sl in [slice(None), slice(2, 5), slice(None, None, -1), slice(1, 8, 2), slice(8, 1, -3), slice(-3, None), slice(None, -3), slice(100, 200), slice(-100, 3), slice(5, 2), slice(None, None, 3)]:
    l = base[:]
    t(lambda: (l[sl], tuple(l)[sl], 'abcdefghij'[sl], b'abcdefghij'[sl], range(10)[sl]))
    l = base[:]
    try:
        l[sl] = ['x', 'y']
        print(l)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    l = base[:]
    del l[sl]; print(l)
    l = base[:]
    n = len(range(10)[sl])
    l[sl] = range(100, 100 + n); print(l)
l = [1, 2, 3]
l[1:1] = [9, 9]; print(l)
l[:] = l; print(l)
l[1:3] = l; print(l)
l[::2] = l[1::2] + [0] if len(l) % 2 else l[1::2]; print(l)
t(lambda: l.__setitem__(slice(None, None, 2), [1]))
t(lambda: l.__setitem__(slice(0, 1), 5))
t(lambda: l.__setitem__(10, 5))
t(lambda: l.__delitem__(10))
t(lambda: l.__getitem__(10))
t(lambda: l.__getitem__('a'))
t(lambda: l.__getitem__(2**70))
t(lambda: l.__setitem__('a', 1))
l = [5, 3, 8, 1]
l.append(4); l.extend((7, 7)); l.insert(0, 0); l.insert(-1, 99); l.insert(100, 100); l.insert(-100, -100); print(l)
print(l.pop(), l.pop(0), l.pop(-3), l.index(99), l.index(7, 3), l.count(7), l.count(42))
t(lambda: l.index(42))
t(lambda: l.index(7, 0, 2))
t(lambda: l.index('x'))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].remove(2))
t(lambda: [1].index())
t(lambda: [1].append())
t(lambda: [1].append(1, 2))
t(lambda: [1].insert(1))
t(lambda: [1].extend(1))
t(lambda: [1].pop(1.5))
t(lambda: list(1))
t(lambda: list([1], [2]))
t(lambda: list(x=1))
l.remove(99); print(l)
l.reverse(); print(l)
c = l.copy(); l.clear(); print(l, c)
l = [3, 1, 2]
l += (4, 5); print(l)
l *= 2; print(l)
l2 = l; l2 *= 0; print(l, l2)
t(lambda: [1, 2] * 3)
t(lambda: 2 * [1])
t(lambda: [1] * -1)
t(lambda: [1] + (2,))
t(lambda: [1] + [2])
t(lambda: [1, 2] < [1, 3], )
t(lambda: [1, 2] < [1, 2, 0])
t(lambda: [1, 'a'] < [1, 2])
t(lambda: [1, 2] == [1, 2.0])
t(lambda: [1] == (1,))
t(lambda: [1] < (1,))
t(lambda: (1, 2) < (1, 2, 3))
t(lambda: () < ())
t(lambda: [[]] * 2)
t(lambda: repr([1, 'a', [2], (3,), {4: 5}, None, 1.5]))
a = [1]; a.append(a); print(a)
d = {}; d['x'] = d; print(d)
t(lambda: sorted([3, 1, 2], reverse=True))
t(lambda: sorted(['b', 'A', 'a'], key=str.lower))
t(lambda: sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
t(lambda: sorted([3, 'a']))
t(lambda: sorted([1, 2], key=1))
t(lambda: [3, 1].sort(1))
t(lambda: [3, 1].sort(reverse=None))
t(lambda: [3, 1].sort(cmp=1))
data = [(i % 5, -i) for i in range(30)]
t(lambda: sorted(data, key=lambda p: p[0]))
t(lambda: sorted(data, key=lambda p: p[0], reverse=True))
nan = float('nan')
t(lambda: sorted([3, nan, 1, 2, nan, 0, 5, -1]))
t(lambda: sorted([nan, 3, 1, 2]))
t(lambda: sorted([2.0, nan, 1.0, nan, 0.5] * 3))
import random
r = random.Random(7)
big = [r.randint(0, 1000) for _ in range(2000)]
print(sorted(big) == sorted(big, key=lambda x: x), sorted(big)[:10], sorted(big, reverse=True)[:10])
cnt = [0]
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        cnt[0] += 1
        return self.v < o.v
ks = [K(x) for x in big[:300]]
ks.sort()
print(cnt[0], [k.v for k in ks[:10]])
cnt[0] = 0
ks = [K(x % 7) for x in range(200)]
ks.sort()
print(cnt[0])
cnt[0] = 0
ks = [K(x) for x in list(range(100)) + list(range(50))]
ks.sort()
print(cnt[0])
t(lambda: list(reversed([1, 2, 3])))
it = reversed([1, 2, 3]); t(lambda: (it.__length_hint__(), next(it), it.__length_hint__()))
it = iter([1, 2, 3]); t(lambda: (it.__length_hint__(), next(it), it.__length_hint__()))
t(lambda: list.__hash__)
t(lambda: hash([]))
t(lambda: [].__sizeof__())
t(lambda: [1, 2, 3].index(3, -1))
t(lambda: [1, 2, 3].index(1, -10, 10))
t(lambda: [1, 2, 3].index(2, 2**70))
t(lambda: tuple([1, 2]).index(3))
t(lambda: (1, 2, 3).count(2))
t(lambda: (1, 2) + [3])
t(lambda: (1,) * 3)
t(lambda: ((1,) * 0) is ())
t(lambda: tuple(x for x in range(3)))
t(lambda: (1, 2, 3)[::-1])
t(lambda: (1, 2, 3)[5])
t(lambda: (1, 2, 3)['a'])
t(lambda: hash((1, 2, (3, 4))))
t(lambda: hash((1, [2])))
t(lambda: hash(()))
t(lambda: hash((1.5, -1, 'x' == 'x', None is None)))
t(lambda: tuple.__new__(tuple, [1]))
t(lambda: tuple(x=1))
t(lambda: tuple([1], [2]))
t(lambda: repr((1,)) + repr(()) + repr((1, (2,))))
class L(list): pass
t(lambda: (L([1, 2]), type(L([1]) + [2]).__name__, type(L([1])[:]).__name__, type(L([1]) * 2).__name__, L([3, 1]) == [3, 1]))
class T(tuple): pass
t(lambda: (T([1, 2]), type(T([1]) + (2,)).__name__, type(T([1])[:]).__name__, T((1,)) == (1,)))

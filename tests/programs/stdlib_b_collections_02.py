# collections/itertools subclassing, deque ops, groupby/tee details
from collections import deque, Counter, defaultdict, OrderedDict
class Q(deque):
    def __init__(self, items, tag):
        super().__init__(items, maxlen=3)
        self.tag = tag
    def push(self, x): self.append(x); return self
q = Q([1, 2], 't'); q.push(3).push(4); print(q, q.tag, len(q), q == deque([2, 3, 4]), isinstance(q, deque))
class C(Counter): pass
print(C('aab'), C('ab') + C('b'))
class DD(defaultdict):
    def __repr__(self): return 'DD!'
print(DD(int), defaultdict(lambda: 0, a=1)['b'])
from itertools import groupby, tee, islice, count, chain
g = groupby('aabbbc')
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, next(g2), list(g2))
a, b = tee(range(1000)); print(sum(a), sum(islice(b, 10)), next(b))
print(list(islice(chain.from_iterable(iter(lambda: [1, 2], None)), 5)))
print(deque(range(5))[-1], deque('abc').index('c', 1), list(reversed(deque([1, 2, 3]))))
d = deque([1, 2, 3]); d[1] = 9; del d[0]; print(d, d * 2, 2 * d)
e = deque(); e += 'ab'; e *= 2; print(e)

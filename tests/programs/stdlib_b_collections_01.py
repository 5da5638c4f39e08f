# collections: deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap, User*, abc
from collections import *
import collections, collections.abc as cabc
d = deque([1,2,3], maxlen=3); print(d, d.maxlen); d.append(4); print(d); d.appendleft(0); print(d)
d = deque(); print(d, bool(d), len(d))
d.extend(range(5)); d.extendleft('ab'); print(d, d[0], d[-1], d.count(2), d.index(3))
d.rotate(2); print(d); d.rotate(-3); print(d)
d.insert(2, 'x'); d.remove('x'); d.reverse(); print(d, d.pop(), d.popleft(), d)
print(d == deque(d), d != deque([1]), deque([1,2]) < deque([1,3]), d + deque([9]), d * 2)
d2 = d.copy(); d2 += [7]; print(d2, d)
print(2 in d, 99 in d, list(reversed(d)))
try: deque().pop()
except IndexError as e: print(e)
try: d.index(99)
except ValueError as e: print(e)
try: d.remove(99)
except ValueError as e: print(e)
try: d[10]
except IndexError as e: print(e)
try:
    for x in d: d.append(1)
except RuntimeError as e: print(e)
class MD(deque): pass
m = MD([1]); print(m, type(m.copy()))
print(repr(deque(maxlen=0)), deque('abc', 2))
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd.default_factory)
print(defaultdict(int, {'x': 1}), defaultdict(), dict(dd))
try: defaultdict()[1]
except KeyError as e: print('KeyError', e)
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], c.total())
print(sorted(c.elements())[:5], Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) + Counter(a=2, b=1))
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c.update('zz'); c.subtract({'a': 10}); print(c)
print(Counter(), Counter({'x': 0}) == Counter(), Counter('aab') == {'a': 2, 'b': 1})
P = namedtuple('Point', 'x y'); p = P(1, y=2); print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 1]); print(Q(5), Q._field_defaults, Q.__doc__, Q.a.__doc__)
R = namedtuple('R', 'a def _c a', rename=True); print(R._fields)
for bad in [('1x', 'a'), ('X', 'a def'), ('X', '_a'), ('X', 'a a')]:
    try: namedtuple(*bad)
    except ValueError as e: print(e)
try: P(1)
except TypeError as e: print(e)
try: p.x = 5
except AttributeError as e: print(e)
print(isinstance(p, tuple), P.__name__, P.__module__, type(p).__qualname__, hash(p) == hash((1, 2)))
x, y = p; print(x + y, p == (1, 2), P(1, 2) < P(2, 0))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.new_child(), cm.parents)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance({}, cabc.MutableMapping), isinstance(iter([]), cabc.Iterator), isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))
print(isinstance(len, cabc.Callable), isinstance((x for x in []), cabc.Generator), isinstance('s', cabc.Iterable), isinstance(5, cabc.Iterable), issubclass(list, cabc.MutableSequence), isinstance(set(), cabc.Set), isinstance(frozenset(), cabc.MutableSet))
class MyMap(cabc.Mapping):
    def __init__(s, d): s.d = d
    def __getitem__(s, k): return s.d[k]
    def __len__(s): return len(s.d)
    def __iter__(s): return iter(s.d)
mm = MyMap({'a': 1}); print(mm.get('a'), 'a' in mm, list(mm.items()), mm == {'a': 1}, isinstance(mm, cabc.Mapping))
try: cabc.Mapping()
except TypeError as e: print(e)
ud = UserDict(a=1); ud['b'] = 2; print(ud, len(ud), ud.data)
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul[0], ul + [4], len(ul))
print(collections.deque, cabc.Sequence, type(dd).__mro__)

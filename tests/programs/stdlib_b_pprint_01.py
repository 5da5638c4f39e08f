# pprint: width-based wrapping of dicts/lists/tuples/sets/str, compact, depth, collections, dataclasses
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass
d = {'name': 'x' * 30, 'items': list(range(30)), 'nested': {'a': [1, 2, {'b': 'c' * 40}], 'z': (1, 2)}, 'set': {3, 1, 2}}
pprint.pprint(d)
pprint.pprint(d, width=40)
pprint.pprint(d, compact=True, width=50)
print(pprint.pformat(list(range(50)), width=30, compact=True))
pprint.pprint([[1, 2, 3]] * 6, width=20)
pprint.pprint(('a' * 50, 'b' * 50), width=40)
pprint.pprint("this is a long string that should be split across lines " * 3, width=40)
pprint.pprint({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}})
pprint.pp({'b': 1, 'a': 2})
pprint.pprint(OrderedDict((str(i), i) for i in range(12)), width=40)
pprint.pprint(defaultdict(list, {i: [i] * 5 for i in range(6)}), width=40)
pprint.pprint(Counter('abracadabra' * 3), width=20)
pprint.pprint(deque(range(30)), width=40)
@dataclass
class P:
    x: int
    name: str
    tags: list
pprint.pprint(P(1, 'n' * 40, list(range(20))), width=40)
l = [1, 2]; l.append(l); print(pprint.isrecursive(l), pprint.isreadable([1, 2]), pprint.saferepr([1, {'b': 2, 'a': 1}]))
pprint.pprint({'k': frozenset(range(25))}, width=40)
pprint.pprint([b'abcdefgh' * 10], width=40)
pprint.pprint({1: 2}, depth=1); pprint.pprint([[[1]]], depth=2)
pprint.pprint(list(range(10)), indent=4, width=20)
pprint.pprint({(1, 'a'): None, (0, 'b'): None, 2: 'x'})

# copy/deepcopy of deque, namedtuple, OrderedDict, defaultdict, Counter, dataclass, enum
import copy
from collections import deque, namedtuple, OrderedDict, defaultdict, Counter
from dataclasses import dataclass
from enum import Enum
P = namedtuple('P', 'x y')
@dataclass
class D:
    a: list
class E(Enum):
    A = 1
for obj in [deque([1, [2]], maxlen=5), P(1, [2]), OrderedDict(a=[1]), defaultdict(list, a=[1]), Counter('aab'), D([1]), E.A]:
    c = copy.copy(obj); dc = copy.deepcopy(obj)
    print(type(c).__name__, c, dc, c == obj, dc == obj)

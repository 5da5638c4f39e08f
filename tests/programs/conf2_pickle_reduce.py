import pickle, copy
from collections import OrderedDict, Counter, defaultdict, deque, namedtuple
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from fractions import Fraction
import datetime
NT = namedtuple("NT", "a b")
@dataclass
class DC:
    x: int
    y: list = field(default_factory=list)
@dataclass(frozen=True)
class FDC:
    n: str
class Color(Enum):
    RED = 1
    BLUE = 2
class Lvl(IntEnum):
    LOW = 1
class MyList(list):
    def __init__(self, *a): super().__init__(*a); self.tag = "t"
class MyDict(dict): pass
class MyInt(int): pass
class MyStr(str): pass
class Slots:
    __slots__ = ("a", "b")
    def __init__(self, a): self.a = a
class Both:
    __slots__ = ("s", "__dict__")
    def __init__(self): self.s = 1; self.d = 2
class NewEx:
    def __new__(cls, *, k): o = super().__new__(cls); o.k = k; return o
    def __getnewargs_ex__(self): return (), {"k": self.k}
class CustomErr(Exception):
    pass
objs = [NT(1, [2]), DC(1, [2, 3]), FDC("z"), Color.BLUE, Lvl.LOW, MyList([1, 2]), MyDict(a=1), MyInt(7), MyStr("s"),
        OrderedDict(b=1, a=2), Counter("hello"), defaultdict(list, {"k": [1]}), deque([1, 2], maxlen=5), Fraction(3, 4),
        ValueError("bad", 2), CustomErr("c"), KeyError("k"), datetime.date(2020, 5, 17), datetime.timedelta(days=2, seconds=5),
        datetime.datetime(2021, 1, 2, 3, 4, 5), {1: {2: {3: ()}}}, [None] * 3, frozenset("ab")]
for proto in range(6):
    for o in objs:
        r = pickle.loads(pickle.dumps(o, proto))
        ok = (r == o) if not isinstance(o, BaseException) else (type(r) is type(o) and r.args == o.args)
        if not ok or type(r) is not type(o):
            print("MISMATCH", proto, repr(o), repr(r))
    s = pickle.loads(pickle.dumps(Slots(5), max(proto, 2))); print(proto, s.a, hasattr(s, "b"), end="; ")
    b = pickle.loads(pickle.dumps(Both(), max(proto, 2))); print(b.s, b.d, end="; ")
    n = pickle.loads(pickle.dumps(NewEx(k=proto), max(proto, 4))); print(n.k)
ml = pickle.loads(pickle.dumps(MyList([1]))); print(ml, ml.tag, type(ml).__name__)
for o in [NT(1, 2), DC(1), Color.RED, MyList([3]), MyInt(5), Counter("ab"), ValueError("v")]:
    print(pickle.dumps(o))
    print(pickle.dumps(o, 2))
    print(pickle.dumps(o, 0))
try: pickle.dumps(Slots(1), 1)
except TypeError as e: print("TE", e)
try: pickle.dumps((x for x in []))
except TypeError as e: print("TE", e)
c1 = copy.copy(NT(1, [2])); c2 = copy.deepcopy(NT(1, [2])); print(c1, c2, type(c2).__name__)
print(copy.deepcopy(DC(1, [1])), copy.copy(Color.RED), copy.deepcopy(MyList([1, [2]])), copy.deepcopy(Slots(3)).a, copy.deepcopy(Counter("aab")))
print(object().__reduce_ex__(2)[0].__name__, DC(1).__reduce_ex__(2)[1], NT(1, 2).__reduce_ex__(2)[:2][1], Slots(1).__getstate__(), DC(5).__getstate__())
print([1, 2].__reduce_ex__(2)[1:3], MyInt(4).__reduce_ex__(2)[1], ValueError(1).__reduce__(), (3).__reduce_ex__(2)[1] if False else "")
big = list(range(2500)) + ["s" * 70000]; r = pickle.loads(pickle.dumps(big)); print(r == big, len(pickle.dumps(big)), len(pickle.dumps(big, 2)))
print(len(pickle.dumps({str(i): i for i in range(3000)})), pickle.dumps(3.0, 0), pickle.dumps(-0.5, 1), pickle.dumps(2**70, 1), pickle.dumps("a\\b\nc\u20ac", 0))
for n in [0, 1, 2, 999, 1000, 1001, 2000, 2001]:
    l = list(range(n)); d = dict.fromkeys(range(n)); st = set(range(n))
    print(n, [len(pickle.dumps(x, p)) for x in (l, d, st, MyList(l), tuple(l), frozenset(st)) for p in (0, 1, 2, 4)])

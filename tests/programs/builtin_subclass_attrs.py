# Instances of Python subclasses of str, tuple, int, float, complex and bytes hold attributes
# in a trailing __dict__ slot (objmodel layout.rs trailing_dict), kept alive by the collector.
import copy, pickle, gc
from collections import namedtuple
class S(str):
    def shout(self): return self.upper() + getattr(self, "suffix", "")
class T(tuple): pass
class I(int): pass
class F(float): pass
class C(complex): pass
class B(bytes): pass
class Slotted(str):
    __slots__ = ()
objs = []
for k in range(2000):
    s = S("w%d" % k); s.suffix = "!" * (k % 3); s.n = [k]
    t = T((k, k + 1)); t.tag = "t%d" % k
    i = I(k * 10**20); i.meta = {"k": k}
    f = F(k / 2); f.unit = "m"
    c = C(k, 1); c.note = (k,)
    b = B(b"b%d" % k); b.enc = "ascii"
    objs.append((s, t, i, f, c, b))
    if k % 500 == 0: gc.collect()
gc.collect()
tot = 0
for s, t, i, f, c, b in objs:
    tot += len(s.shout()) + s.n[0] + t.tag.count("t") + i.meta["k"] + len(f.unit) + c.note[0] + len(b.enc)
print(tot)
s, t, i, f, c, b = objs[7]
print(s, s.shout(), vars(s), t, vars(t), i, vars(i), f, vars(f), c, vars(c), b, vars(b))
print(s == "w7", hash(s) == hash("w7"), t == (7, 8), i == 7 * 10**20, f == 3.5, b == b"b7")
del s.n
print(vars(s), hasattr(s, "n"))
s2 = copy.copy(s); s3 = copy.deepcopy(t)
print(s2, vars(s2), s3, vars(s3), type(s2).__name__)
for o in (s, t, i, f, b):
    p = pickle.loads(pickle.dumps(o))
    print(type(p).__name__, p, vars(p))
z = Slotted("q")
try:
    z.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    class TS(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)
P = namedtuple("P", "x y")
class Q(P):
    def norm(self): return self.x + self.y
q = Q(1, 2); q.extra = 5
print(q, q.norm(), q.extra, vars(q))
print(S("a") + "b", type(S("a") + "b").__name__, type(S("x" * 300) + "y").__name__)

import pickle
from collections import OrderedDict, namedtuple
class Pt:
    def __init__(self, x, y): self.x = x; self.y = y
    def __eq__(self, o): return type(o) is Pt and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"Pt({self.x}, {self.y})"
class WithState:
    def __init__(self): self.a = 1; self.cache = "big"
    def __getstate__(self): d = self.__dict__.copy(); del d["cache"]; return d
    def __setstate__(self, st): self.__dict__.update(st); self.cache = None
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
NT = namedtuple("NT", "p q")
vals = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31, 2**63, -2**100, 10**40, 1.5, -0.0, float("inf"),
        "", "abc", "é€😀" * 3, "x" * 300, b"", b"bytes", bytearray(b"ba"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, [3]]],
        {}, {"a": 1, 2: "b"}, set(), {1, 2, 3}, frozenset({4}), 3 + 4j, range(1, 10, 2), slice(1, 2), Pt(1, "two"), NT(1, 2), OrderedDict(a=1), list(range(1500))]
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    for v in vals:
        d = pickle.dumps(v, protocol=proto); r = pickle.loads(d)
        assert r == v or (v != v), (proto, v, r)
        assert type(r) is type(v), (proto, type(v), type(r))
print("roundtrip ok", pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
shared = [1, 2]; obj = [shared, shared, {"k": shared}]; r = pickle.loads(pickle.dumps(obj)); print(r, r[0] is r[1] is r[2]["k"])
rec = []; rec.append(rec); r = pickle.loads(pickle.dumps(rec)); print(r[0] is r)
w = pickle.loads(pickle.dumps(WithState())); print(w.__dict__)
s = pickle.loads(pickle.dumps(Slotted(), 2)); print(s.a, s.b)
for v in [None, 1, -5, 300, 2**40, "hi", b"b", (1, "a"), [1, 2], {"a": [1.5, None]}, True, {1, 2}, 10**30, Pt(1, 2), NT(3, 4)]:
    print(pickle.dumps(v))
    print(pickle.dumps(v, protocol=2), pickle.dumps(v, 0))
import io
f = io.BytesIO(); pickle.dump({"x": 1}, f); pickle.dump([2], f); f.seek(0); print(pickle.load(f), pickle.load(f))
try: pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e: print(type(e).__name__)
try: pickle.loads(b"garbage")
except pickle.UnpicklingError as e: print("UE", e)
def top(): return 1
print(pickle.loads(pickle.dumps(top)) is top, pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps(Pt)) is Pt)
print(pickle.dumps(top), pickle.dumps(Pt))

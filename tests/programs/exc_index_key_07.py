# IndexError / KeyError variants
tests = [
    lambda: [][0], lambda: [1][1], lambda: [1][-2], lambda: (1,)[3], lambda: "ab"[2], lambda: b"ab"[2],
    lambda: bytearray(b"x")[4], lambda: range(3)[3], lambda: [].pop(), lambda: [1].pop(3),
    lambda: [1, 2].insert(0, 1) or [][1], lambda: {}["x"], lambda: {}[1], lambda: {}[(1, 2)], lambda: {}[None],
    lambda: {"a": 1}.pop("b"), lambda: {}.popitem(), lambda: set().remove(5), lambda: frozenset().__getitem__,
]
for t in tests:
    try:
        r = t()
        print("ok", type(r).__name__)
    except (IndexError, KeyError) as e:
        print(type(e).__name__, "|", str(e), "|", repr(e))
    except AttributeError as e:
        print("AttributeError |", e)
def set_index(seq, i, v):
    seq[i] = v
for seq in ([1, 2], bytearray(b"ab")):
    try:
        set_index(seq, 5, 0)
    except IndexError as e:
        print("IndexError:", e)
try:
    del [1][5]
except IndexError as e:
    print("IndexError:", e)
from collections import OrderedDict, defaultdict, Counter, deque
try:
    OrderedDict()["k"]
except KeyError as e:
    print("OrderedDict KeyError:", e)
print(defaultdict(int)["k"], Counter()["k"])
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
class D(dict):
    def __missing__(self, k):
        return f"missing:{k}"
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)
k = KeyError("quote's")
print(str(k), repr(k))
print(str(KeyError("multi word key")), str(KeyError(3.5)), str(KeyError((1, 2))))

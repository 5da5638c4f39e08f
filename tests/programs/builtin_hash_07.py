# hashing of ints/tuples/floats/frozensets of ints (deterministic), dict/set behaviour with them
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 20, 123456789]:
    print(v, hash(v))
for v in [0.0, 0.5, 1.5, -2.25, 1e10, 1e100, 3.141592653589793, 1e-10]:
    print(v, hash(v))
for v in [(), (1,), (1, 2), (2, 1), (1, (2, 3)), (None,) if False else (0, 0), ((),), (1.5, -1)]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0), hash(frozenset()) , hash(frozenset({1, 2, 3})))
print(hash(None) == hash(None), hash(range(3)) == hash(range(3)))
s = {10 ** 20, 2 ** 64, 7, -7, 0}
print(sorted(s), len(s), 2 ** 64 in s, 7.0 in s)
d = {(i, i * i): i for i in range(5)}
print(d[(3, 9)], (4, 16) in d, len(d))
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return f"H{self.v}"
hs = {H(1): "a", H(4): "b", H(7): "c", H(1): "dup"}
print(hs, len(hs), hs[H(4)])
print(sorted({H(i) for i in range(6)}, key=lambda h: h.v))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

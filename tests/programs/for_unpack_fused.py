d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items(): print(k, v)
for i, (k, v) in enumerate(d.items(), start=10): print(i, k, v)
for a, b, c in zip("xyz", [1, 2, 3], (4.0, 5.0, 6.0)): print(a, b, c)
try:
    for a, b in zip([1, 2], [3]): print(a, b)
    for a, b in zip([1, 2], [3], strict=True): print(a, b)
except ValueError as e: print("ValueError", e)
try:
    for k, v in d.items():
        d["new"] = 1
except RuntimeError as e: print("RuntimeError", e)
try:
    for a, b, c in enumerate([1]): pass
except ValueError as e: print("ValueError", e)
try:
    for a, b in zip([1], [2], [3]): pass
except ValueError as e: print("ValueError", e)
it = enumerate("ab")
for i, c in it: print(i, c)
print(list(it))
def gen():
    yield 1; yield 2; raise KeyError("boom")
try:
    for i, x in enumerate(gen()): print(i, x)
except KeyError as e: print("KeyError", e)
for i, x in enumerate(range(3), 2**62 - 1): print(i, x)
print([(k, v) for k, v in sorted({3: "c", 1: "a"}.items())])
print({v: k for k, v in d.items()})
big = zip(*[range(3)] * 10)
for a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 in big: print(a0 + a9, end=" ")
print()

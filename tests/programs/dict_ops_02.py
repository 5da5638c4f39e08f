# dicts with various key types, nested dicts, inversion, grouping, merging
d = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset([1]): "fs"}
print(d)
print(d[1], d[True], d[1.0], d[(1, 2)], d[None], d[frozenset({1})])
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
tree = {"a": {"b": {"c": 1, "d": [1, 2]}, "e": 2}, "f": 3}
def walk(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            walk(v, path + "/" + k)
    else:
        print(path, "=", node)
walk(tree)
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
print(deep_merge(tree, {"a": {"b": {"c": 100, "z": 0}}, "g": 4}))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
print(sum(counts.values()), max(counts.values()), min(counts, key=counts.get))
sq = dict(map(lambda x: (x, x * x), range(5)))
print(sq, list(sq.items())[2], {k: v for k, v in sq.items() if v % 2 == 0})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, dict(a, **b), dict(a, y=0))
d2 = {}
d2[2] = "two"
d2[1] = "one"
d2[3] = "three"
del d2[2]
d2[2] = "TWO"
print(d2, list(d2.keys()))
print({i: str(i) for i in range(10, 0, -3)})
e = dict.fromkeys(["a", "b"], [])
e["a"].append(1)
print(e)
print(len({}), {} == dict(), dict({"a": 1}), {"a": 1}.items() == {("a", 1)}, {"a": 1}.keys() == {"a"})
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(80), len(memo), list(memo)[:5])

# collections.defaultdict
from collections import defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]:
    dd[k].append(v)
print(dd, dict(dd), dd["a"], dd["missing"], sorted(dd))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()), counts["zz"], len(counts))
s = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (1, 2)]:
    s[a].add(b)
    s[b].add(a)
print({k: sorted(v) for k, v in sorted(s.items())})
nested = defaultdict(lambda: defaultdict(int))
for city, product, qty in [("oslo", "apple", 3), ("oslo", "pear", 1), ("rome", "apple", 5), ("oslo", "apple", 2)]:
    nested[city][product] += qty
print({c: dict(p) for c, p in nested.items()})
def tree():
    return defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["d"] = 2
def to_dict(x):
    return {k: to_dict(v) for k, v in x.items()} if isinstance(x, defaultdict) else x
print(to_dict(t))
const = defaultdict(lambda: "N/A")
const["x"] = "set"
print(const["x"], const["y"], sorted(const.items()))
nf = defaultdict(None)
try:
    nf["k"]
except KeyError as e:
    print("KeyError:", e)
print(nf.default_factory, dd.default_factory.__name__, counts.default_factory())
print(isinstance(dd, dict), type(dd).__name__, dd.get("nothing"), "nothing" in dd)
graph = defaultdict(list)
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]
for u, v in edges:
    graph[u].append(v)
indeg = defaultdict(int)
for u, v in edges:
    indeg[v] += 1
order = []
ready = sorted(n for n in graph if indeg[n] == 0)
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in graph[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(order)
dd2 = defaultdict(int, {"x": 5})
dd2["y"] += 1
print(dd2, dd2.copy(), dd2 == {"x": 5, "y": 1})

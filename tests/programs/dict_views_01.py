# dict view objects and iteration semantics
d = dict(zip("abcde", range(5)))
k, v, i = d.keys(), d.values(), d.items()
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(k, v, i)
print(len(k), "c" in k, 3 in v, ("c", 2) in i, ("c", 3) in i)
print(sorted(k & {"a", "e", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted(i & {("a", 0), ("b", 5)}), k == {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}))
del d["c"]
print(k, v, i)
d["z"] = 26
print(list(k), list(v), list(i))
it = iter(d)
print(next(it), next(it))
print(list(it))
print(list(zip(d.keys(), d.values())) == list(d.items()))
print(sorted(d.items(), key=lambda kv: -kv[1]))
print(max(d.values()), sum(d.values()), min(d.items()))
print(dict(i), {b: a for a, b in i})
keys_list = list(d)
for key in keys_list:
    if d[key] % 2:
        del d[key]
print(d)
try:
    v[0]
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(k)), list(reversed(i)))
print(repr({}.keys()), repr({}.values()), repr({}.items()))
m = {x: x * x for x in range(6)}
total = 0
for key, val in m.items():
    total += key * val
print(total, [k2 for k2, v2 in m.items() if v2 > 5])

# dict methods, ordering, views
d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
d["d"] = 4
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["a"]
print(d)
d["a"] = 100
print(d)
print(d.pop("c"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("b", 0), d.setdefault("new", []), d)
d["new"].append(1)
print(d)
print(d.popitem(), d)
d.update({"x": 1, "b": -1})
d.update(y=2, z=3)
d.update([("w", 0)])
print(d)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict(zip("xy", (1, 2))))
c = d.copy()
c["x"] = 999
print(d["x"], c["x"], c == d, {1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2})
ks = d.keys()
vs = d.values()
its = d.items()
d["late"] = "added"
print(ks, len(vs), ("late", "added") in its, "late" in ks)
print(ks & {"x", "y", "q"} == {"x", "y"}, sorted(ks - {"x"}), sorted(ks | {"q"}))
print(d | {"extra": 1}, {"a": 1} | {"a": 2})
e = {"k": 1}
e |= {"m": 2}
print(e)
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in sorted(d.items()):
    print(f"{k}={v}", end=" ")
print()
print(list(reversed(d)), list(reversed(d.values()))[:3], list(reversed(d.items()))[:2])
d.clear()
print(d, len(d), bool(d), bool({0: 0}))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
nums = {}
for w in "the cat and the hat and the bat".split():
    nums[w] = nums.get(w, 0) + 1
print(nums, max(nums, key=nums.get), sorted(nums, key=lambda k: (-nums[k], k)))
try:
    for k in nums:
        nums[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)

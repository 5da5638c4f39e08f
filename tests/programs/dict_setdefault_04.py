# dict.setdefault / update / popitem / copy: results, insertion order, and keys whose __eq__
# or __hash__ run Python code (including code that changes the dict during the lookup).

d = {}
print(d.setdefault("a"), d.setdefault("a", 1), d.setdefault(1, []), d)
d.setdefault(1, []).append("x")
d.setdefault(2.0, "two")
print(d, d.setdefault(2, "int two"), len(d))
try:
    d.setdefault([], 1)
except TypeError as e:
    print(e)
try:
    d.setdefault()
except TypeError as e:
    print(e)


class Key:
    calls = []

    def __init__(self, name, h, hook=None):
        self.name, self.h, self.hook = name, h, hook

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.calls.append((self.name, getattr(other, "name", other)))
        if self.hook:
            hook, self.hook = self.hook, None
            hook()
        return isinstance(other, Key) and self.h == other.h

    def __repr__(self):
        return self.name


d = {Key("k1", 1): "v1", Key("k2", 2): "v2"}
print(d.setdefault(Key("k1b", 1), "new"), d.setdefault(Key("k3", 3), "v3"), d, Key.calls)

# __eq__ of a stored key that clears the dict while setdefault compares
d = {}
d[Key("stored", 7, hook=lambda: d.clear())] = "old"
print(d.setdefault(Key("probe", 7), "fresh"), d)
d = {}
d[Key("stored", 7, hook=lambda: d.clear())] = "old"
d[Key("probe", 7)] = "new"
print(d)

# __eq__ that inserts other keys while setdefault compares
d = {}
d[Key("s", 5, hook=lambda: d.update({i: i for i in range(20)}))] = "s"
print(d.setdefault(Key("p", 5), "p"), len(d))

# update: from dicts (overlapping keys keep their place), pairs, keywords, errors
d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30}, d=4)
d.update([("e", 5), ("a", 10)])
d.update(d)
print(d)
try:
    d.update([("x", 1, 2)])
except ValueError as e:
    print(e)
try:
    d.update(5)
except TypeError as e:
    print(e)


class Boom:
    def __hash__(self):
        raise RuntimeError("no hash")


try:
    {}.update({1: 1}, **{})
    d.update([(Boom(), 1)])
except RuntimeError as e:
    print(e, "a" in d)

# popitem: LIFO, skipping deleted entries; then reuse of the freed entries
d = dict.fromkeys(range(6))
del d[5]
del d[4]
print(d.popitem(), d.popitem(), d)
d[10] = 10
d[11] = 11
print(d, d.popitem(), d)
while d:
    d.popitem()
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
d["z"] = 1
print(d)

# copy and items snapshots
d = {i: str(i) for i in range(5)}
c = d.copy()
del d[0]
print(c, list(d.items()), list(c.keys()) == list(range(5)))

# __getattr__, __setattr__, __delattr__, __getattribute__, __eq__/__hash__ interplay
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(f"getattr {name}")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None
    def __setattr__(self, name, value):
        self._log.append(f"setattr {name}")
        self._fields[name] = value
    def __delattr__(self, name):
        self._log.append(f"delattr {name}")
        del self._fields[name]
r = Record(a=1, b=2)
print(r.a, r.b)
r.c = 3
print(r.c, r._fields)
del r.a
try:
    r.a
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "zzz", "default"), hasattr(r, "b"), hasattr(r, "zzz"))
print(r._log)
class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0
    def __getattr__(self, name):
        self.hits += 1
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.hits, p.count(1))
class Audited:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  access", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.value
au = Audited()
au.value = 5
print(au.method())
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k!r}: frozen")
f = Frozen(1)
try:
    f.x = 2
except AttributeError as e:
    print("AttributeError:", e)
print(f.x)
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
d = {Key("Hello"): 1}
print(d[Key("HELLO")], Key("a") in {Key("A")}, len({Key("x"), Key("X"), Key("y")}))
class Default:
    pass
a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"  {self.v}.__eq__({o.v})")
        return NotImplemented
print(Cmp(1) == Cmp(2))
print(Cmp(3) != Cmp(3))

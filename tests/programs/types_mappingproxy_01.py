# mappingproxy: type.__dict__, dict views' .mapping, read-only access
class A:
    x = 1
    def f(self):
        return 2

class B(A):
    y = 3

d = A.__dict__
print(type(d).__name__, type(d) is type(B.__dict__), d["x"], d.get("x"), d.get("nope"), d.get("nope", 7))
print("x" in d, "z" in d, "f" in d, A.__dict__["f"](A()))
print(sorted(k for k in B.__dict__ if not k.startswith("__")), sorted(k for k in vars(B) if not k.startswith("__")))
print(vars(A)["x"], vars(B) == B.__dict__, B.__dict__ == B.__dict__, A.__dict__ != B.__dict__)
print(sorted((k, v) for k, v in B.__dict__.items() if not k.startswith("__")))
print(sorted(k for k in A.__dict__.keys() if k in ("x", "f")), [v for v in B.__dict__.values() if v == 3])
try:
    A.__dict__["x"] = 5
except TypeError as e:
    print("TypeError", e)
try:
    A.__dict__["missing"]
except KeyError as e:
    print("KeyError", e)
c = B.__dict__.copy()
print(type(c).__name__, c["y"], len(c) == len(B.__dict__))
A.z = 10
print(A.__dict__["z"], "z" in d)
m = {"a": 1, "b": 2}.keys().mapping
print(type(m).__name__, m, repr(m), str(m), len(m), list(m), m["a"], m == {"a": 1, "b": 2}, {"a": 1, "b": 2} == m)
print({"k": 1}.items().mapping, {"k": 1}.values().mapping == {"k": 1}, m != {"a": 1})
print(dict(m), {**m, "c": 3}, m | {"c": 3}, {"z": 0} | m, list(reversed(m)))
MP = type(type.__dict__)
p = MP({"q": 1})
print(p, p.keys(), p.values(), p.items(), p.get("q"), list(iter(p)))
for bad in (lambda: MP([1, 2]), lambda: MP(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    p |= {}
except TypeError as e:
    print("TypeError", e)
print(type(int.__dict__).__name__, "bit_length" in int.__dict__, "__dict__" in type.__dict__)
print(isinstance(type.__dict__, dict), hasattr(A.__dict__, "__setitem__"))
class M(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.found = sorted(k for k, v in cls.__dict__.items() if callable(v) and not k.startswith("__"))
        return cls
class C(metaclass=M):
    def a(self): pass
    def b(self): pass
print(C.found)
for bad in (lambda: hash(A.__dict__), lambda: hash({}.keys()), lambda: hash({}.items()), lambda: MP()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(type(hash({}.values())).__name__)

# __slots__ on subclasses of built-ins: no dict for slots-only classes, CPython's TypeError
# for nonempty slots on int/bytes/tuple subtypes.
class L(list):
    __slots__ = ()
l = L([1])
try:
    l.x = 1
except AttributeError as e: print("AE", e)
class F(float):
    __slots__ = ("unit",)
f = F(2.5); f.unit = "kg"; print(f, f.unit)
try:
    f.other = 1
except AttributeError as e: print("AE", e)
class E(Exception):
    __slots__ = ()
e = E(); e.x = 5; print(e.x)
class TS(tuple):
    __slots__ = ()
ts = TS((1,))
try:
    ts.q = 1
except AttributeError as e: print("AE", e)
for base in (int, bytes, str):
    try:
        type("X", (base,), {"__slots__": ("a",)})
    except TypeError as e: print("TE", e)
print(type("Y", (int,), {"__slots__": ()})(3) + 1)

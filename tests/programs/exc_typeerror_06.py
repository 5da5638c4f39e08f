# TypeError messages for operators and calls
pairs = [(1, "a"), ("a", 1), (1.5, "x"), ([1], 1), ((1,), [1]), ({}, {}), (None, None), (b"x", "y"), ({1}, [1]), (1j, "c")]
for a, b in pairs:
    for op, fn in [("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y), ("/", lambda x, y: x / y), ("<", lambda x, y: x < y), ("&", lambda x, y: x & y)]:
        try:
            r = fn(a, b)
            print(f"{a!r} {op} {b!r} = {r!r}")
        except TypeError as e:
            print(f"{a!r} {op} {b!r}: {e}")
def f(a, b=1, *, c):
    pass
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {"c": 1}), ((1,), {"c": 1, "d": 2}), ((1,), {"a": 1, "c": 2})]:
    try:
        f(*args, **kwargs)
        print("ok", args, kwargs)
    except TypeError as e:
        print("TypeError:", e)
class C:
    def m(self, x):
        return x
try:
    C().m()
except TypeError as e:
    print("TypeError:", e)
try:
    C().m(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    C.m(1)
except TypeError as e:
    print("TypeError:", e)
try:
    C(1)
except TypeError as e:
    print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([], [])
except TypeError as e:
    print("TypeError:", e)
try:
    abs()
except TypeError as e:
    print("TypeError:", e)
try:
    [].append()
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError:", e)
try:
    x = 1
    x[0]
except TypeError as e:
    print("TypeError:", e)
try:
    x = 1
    x[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    for i in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
try:
    print(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    "{}".format(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, "1"])
except TypeError as e:
    print("TypeError:", e)
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError:", e)

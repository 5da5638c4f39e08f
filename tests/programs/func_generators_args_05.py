# arguments evaluation order and unpacking into calls
log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, k
print(f(v(1), v(2), *[v(3), v(4)], k1=v(5), **{"k2": v(6)}))
print(log)
log.clear()
d = {v("key1"): v("val1"), v("key2"): v("val2")}
print(log)
log.clear()
x = v(1) + v(2) * v(3)
print(x, log)
log.clear()
r = [v(i) for i in range(3)][v(1)]
print(r, log)
log.clear()
v(10) < v(20) < v(5) < v(30)
print(log)
log.clear()
a = {}
a[v("k")] = v("value")
print(log)
def kwargs_order(**kw):
    return list(kw)
print(kwargs_order(z=1, a=2, m=3), kwargs_order(**{"b": 1}, a=2))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(1, *(2, 3)), g(*[1, 2], 3), g(*range(3)), g(c=1, *(2, 3)))
print(g(*"123") if False else g(*map(int, "123")))
args = (4, 5)
kwargs = {"c": 6}
print(g(*args, **kwargs))
def h(first, *rest, last="L"):
    return first, rest, last
print(h(*"abc"), h(1, *[2, 3], 4, last=5))
print(print("inner print returns"), "outer")
print("a", "b", sep="")
print("x", "y", "z", sep=", ", end=".\n")
print()
print("no newline", end="")
print(" -> continued")
print(*[1, 2, 3], sep=" | ")
print(*"abc")
import sys
print("to stdout explicitly", file=sys.stdout)
print("flushed", flush=True)

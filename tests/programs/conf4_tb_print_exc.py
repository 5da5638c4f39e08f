# regen: full-stderr
def f(n):
    if n == 0:
        return [][0]
    return f(n - 1)
import functools
@functools.lru_cache
def g(a):
    return a.missing_attr
def h():
    g(3)
try:
    f(3)
except IndexError:
    import traceback
    traceback.print_exc()
print("after")
lst = [1, 2, 3]
d = dict(a=1)
val = lst[1] + d["a"] * lst[5]

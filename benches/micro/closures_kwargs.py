# Closures, nonlocal, kwargs/defaults/*args/**kwargs calls, functools.partial.
import functools
def make_adder(n):
    def add(x, y=1, *, z=0):
        return x + y + z + n
    return add
def counter():
    c = 0
    def inc(step=1):
        nonlocal c
        c += step
        return c
    return inc
def va(*args, **kw):
    return len(args) + len(kw)
add = make_adder(3)
inc = counter()
p = functools.partial(add, y=2)
tot = 0
for i in range(200000):
    tot += add(i) + add(i, 2) + add(i, y=3, z=1) + inc() + inc(step=2)
    tot += va(1, 2, a=3) + p(i)
print(tot)

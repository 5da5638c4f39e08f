# yield from delegation, return values, send/throw through delegation
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("  outer got result", r)
    yield "outer-final"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("done")
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]], 7])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(3), (x * x for x in range(3)))))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("  catcher handled", e)
def delegator():
    yield from catcher()
d = delegator()
next(d)
d.throw(ValueError("via delegation"))
d.close()
print("delegator closed")
def tree(n, depth=0):
    yield "  " * depth + str(n)
    if n > 1:
        yield from tree(n // 2, depth + 1)
        yield from tree(n - n // 2 - 1, depth + 1)
for line in tree(7):
    print(line)
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def gather(results):
    while True:
        r = yield from accumulate()
        results.append(r)
res = []
g = gather(res)
next(g)
for batch in ([1, 2, 3], [10, 20], [5]):
    for v in batch:
        g.send(v)
    g.send(None)
print(res)
def yf_return():
    r = yield from []
    return r
try:
    next(yf_return())
except StopIteration as e:
    print("empty yield from returns", e.value)
def gen_range(n):
    yield from range(n)
    return n
def wrap():
    n = yield from gen_range(3)
    yield f"range returned {n}"
print(list(wrap()))

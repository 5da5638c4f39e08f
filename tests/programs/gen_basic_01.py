# generators: yield, next, StopIteration, generator expressions, infinite gens
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def ret_value():
    yield 1
    return "done"
g = ret_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, naturals()))
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
print(take(6, squares(evens(naturals()))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
ge = (c.upper() for c in "gen")
print(next(ge), list(ge), list(ge))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in "a bb ccc".split()))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(20)])
print(next(iter([]), "default"), next(naturals(), "unused"))
def gen_with_state():
    total = 0
    for i in range(5):
        total += i
        yield total
print(list(gen_with_state()), list(enumerate(gen_with_state(), 1)))
lazy = (print("evaluating", x) or x for x in range(3))
print("created lazy")
print(list(lazy))
def chars(s):
    yield from s
print(list(chars("abc")), "".join(reversed(list(chars("xyz")))))
g2 = count_up(2)
print(iter(g2) is g2, hasattr(g2, "__next__"), hasattr(g2, "send"))

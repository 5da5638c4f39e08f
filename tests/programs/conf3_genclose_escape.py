# A generator the loop does not own exclusively must never be closed early.
def gen(tag, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print("  finally", tag)


print("named:")
g = gen("named")
for x in g:
    break
print("after break; next:", next(g))
g.close()

print("returned and stored:")
store = []


def make():
    g = gen("stored")
    store.append(g)
    return g


for x in make():
    break
print("after break; stored next:", next(store[0]))
store[0].close()

print("iter() wrapper:")
g2 = gen("iter")
for x in iter(g2):
    break
print("next:", next(g2))
g2.close()

print("generator expression over a named generator:")
g3 = gen("ge")
for x in (v * 2 for v in g3):
    break
print("next:", next(g3))
g3.close()

print("decorated (not a plain generator function):")
import functools

cache = {}


def memo(f):
    @functools.wraps(f)
    def w(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    return w


@memo
def mgen(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("  finally", tag)


for x in mgen("m"):
    break
print("cached next:", next(cache[("m",)]))
cache[("m",)].close()

print("generator stored by the generator body itself is fine (still unreachable):")
held = []


def selfish():
    try:
        yield 1
        yield 2
    finally:
        print("  finally selfish")


for x in selfish():
    held.append(x)
    break
print("held", held)
print("end")

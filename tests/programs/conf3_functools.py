import functools, pickle, copy


def f(a, b=0, *, c=1):
    return (a, b, c)


p = functools.partial(f, 1, c=3)
print(repr(p).replace(hex(id(f)), "ADDR"))
print(p(), p(2), p.func is f, p.args, p.keywords)
p2 = functools.partial(p, 5)
print(p2.func is f, p2.args, p2.keywords)
r = p.__reduce__()
print(r[0] is functools.partial, r[1][0] is f, r[2][1:])
q = pickle.loads(pickle.dumps(functools.partial(max, 1, key=abs)))
print(type(q).__name__, q.func is max, q.args, q.keywords, q(-5))
print(repr(functools.partial(max, 1, key=abs)))
s = functools.partial(f)
s.__setstate__((f, (7,), {"c": 9}, None))
print(s(), s.__dict__)
s.__setstate__((f, (7,), None, {"x": 1}))
print(s(), s.keywords, s.__dict__)
for bad in [(f,), (1, (), {}, None), (f, 1, {}, None), (f, (), 1, None)]:
    try:
        s.__setstate__(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    functools.partial()
except TypeError as e:
    print("TypeError:", e)
try:
    functools.partial(1)
except TypeError as e:
    print("TypeError:", e)
c = copy.copy(p)
print(c(), c.args)


class P(functools.partial):
    pass


print(repr(P(max, 2)))
print(repr(functools.partial(max, "x", k="v")))


class A:
    def m(self, x, y):
        return (x, y)
    pm = functools.partialmethod(m, 1)
    cm = functools.partialmethod(classmethod(lambda cls, x: (cls.__name__, x)), 4)


print(A().pm(2), A.cm(), A().cm())
print(repr(A.__dict__["pm"]).split(" at ")[0])

print(functools.reduce(lambda a, b: a + b, [1, 2, 3]))
print(functools.reduce(lambda a, b: a + b, [], 10))
for args in [(lambda a, b: a, []), (lambda a, b: a, 5), (1,)]:
    try:
        functools.reduce(*args)
    except TypeError as e:
        print("TypeError:", e)


@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x


for i in [1, 2, 1, 3, 1, 2]:
    sq(i)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
print(sq.cache_parameters())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
print(fib.cache_parameters())


@functools.lru_cache
def g(x):
    return x


g(1); g(1)
print(g.cache_info(), g.__wrapped__.__name__)
ci = g.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, type(ci).__name__)

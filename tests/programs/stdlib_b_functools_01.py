# functools: partial, reduce, lru_cache, cache, wraps, total_ordering, cmp_to_key, singledispatch, partialmethod, cached_property
import functools
from functools import *
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=5); print(p(2), p(2, 9, d=0), p.func is f, p.args, p.keywords)
p2 = partial(p, 7); print(p2.args, p2.keywords, p2.func is f, p2())
print(repr(partial(f, 1, 'x', d=2)).split(' at ')[0], repr(partial(len)).startswith('functools.partial(<built-in function len>'))
class MyP(partial): pass
print(repr(MyP(len, 'ab')).startswith('MyP(<built-in function len>'), MyP(len, 'ab')())
try: partial()
except TypeError as e: print(e)
try: partial(1)
except TypeError as e: print(e)
print(reduce(lambda a, b: a*b, range(1, 6)), reduce(lambda a,b:a+b, [], 10))
try: reduce(lambda a,b:a, [])
except TypeError as e: print(e)
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x); return x*x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
@cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
@lru_cache
def g(x, y=1): return x + y
g(1); g(1); g(1, y=1); g(1.0); print(g.cache_info())
@lru_cache(typed=True)
def h(x): return x
h(1); h(1.0); h(True); print(h.cache_info())
class C:
    @lru_cache(maxsize=None)
    def m(self, x): return x * 2
    @cached_property
    def cp(self):
        print('computing cp'); return 42
    def _m(self, a, b): return (a, b)
    pm = partialmethod(_m, 'A')
c = C(); print(c.m(3), c.m(3), C.m.cache_info(), c.cp, c.cp, c.pm('B'))
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner
@deco
def target(x):
    "target doc"
    return x
print(target.__name__, target.__doc__, target.__wrapped__ is not None, target.__qualname__, target(5))
@total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@singledispatch
def show(x): return 'obj'
@show.register(int)
def _(x): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'), show(True))
try:
    @total_ordering
    class W: pass
except ValueError as e: print(e)
print(functools.WRAPPER_ASSIGNMENTS)

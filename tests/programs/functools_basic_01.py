# functools: reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering, singledispatch
import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10))
print(functools.reduce(lambda acc, s: acc + s.upper(), ["a", "b", "c"], ""), functools.reduce(max, [5, 9, 2]))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
two_to = functools.partial(power, 2)
print(square(7), cube(3), two_to(10), two_to(10, 1000), square.func.__name__, square.args, square.keywords)
p2 = functools.partial(square, mod=5)
print(p2(7), p2.keywords)
int2 = functools.partial(int, base=2)
print(int2("1011"), int2("111"))
@functools.lru_cache(maxsize=128)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
print(fib(60), fib.cache_info().hits, fib.cache_info().misses)
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=3)
def slow(x):
    print("  miss", x)
    return x * 2
for v in [1, 2, 3, 1, 4, 2, 1]:
    slow(v)
print(slow.cache_info())
def cmp(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=functools.cmp_to_key(cmp)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class Ver:
    def __init__(self, major, minor):
        self.t = (major, minor)
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __repr__(self):
        return "Ver%r" % (self.t,)
print(Ver(1, 2) <= Ver(1, 3), Ver(2, 0) >= Ver(1, 9), Ver(1, 0) > Ver(1, 0), sorted([Ver(2, 1), Ver(1, 5), Ver(2, 0)]))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def documented(x):
    """Docstring here."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(5), describe([1, 2]), describe("s"), describe(True))

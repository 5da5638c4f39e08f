# decorators on methods, property-like descriptors, memoization with lru_cache
import functools
def log_method(f):
    @functools.wraps(f)
    def w(self, *a):
        print(f"call {type(self).__name__}.{f.__name__}{a}")
        return f(self, *a)
    return w
class Calc:
    def __init__(self):
        self.total = 0
    @log_method
    def add(self, x):
        self.total += x
        return self
    @log_method
    def mul(self, x):
        self.total *= x
        return self
c = Calc()
c.add(5).mul(3).add(1)
print(c.total)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
for x in [1, 2, 1, 3, 1, 2]:
    print(sq(x))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.cache
def tri(n):
    return n + tri(n - 1) if n else 0
print(tri(200), tri.cache_info().currsize)
def deco_with_optional_args(f=None, *, prefix=">>"):
    def deco(g):
        @functools.wraps(g)
        def w(*a):
            return prefix + " " + str(g(*a))
        return w
    if f is not None:
        return deco(f)
    return deco
@deco_with_optional_args
def one():
    return 1
@deco_with_optional_args(prefix="##")
def two():
    return 2
print(one(), two(), one.__name__, two.__name__)
def timer_like(label):
    calls = []
    def deco(f):
        def w(*a):
            calls.append(a)
            return f(*a)
        w.calls = calls
        return w
    return deco
@timer_like("x")
def mult(a, b):
    return a * b
print(mult(2, 3), mult(4, 5), mult.calls)
class staticdeco:
    @staticmethod
    @functools.lru_cache(maxsize=None)
    def heavy(n):
        return sum(range(n))
print(staticdeco.heavy(100), staticdeco().heavy(100), staticdeco.heavy.cache_info().hits)

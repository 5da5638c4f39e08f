# closures: accumulators, memoization, cell sharing, late binding
def accumulator(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = accumulator(100)
print([acc(i) for i in range(5)])
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))
def shared():
    v = 0
    def inc():
        nonlocal v
        v += 1
    def get():
        return v
    return inc, get
i1, g1 = shared()
i1(); i1(); i1()
print(g1())
print(i1.__closure__ is not None, len(g1.__closure__), g1.__closure__[0].cell_contents)
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    return [(lambda i: lambda x: x * i)(i) for i in range(4)]
print([m(10) for m in make_multipliers_fixed()])
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(inc, inc, inc, dbl)(1))
def counter_gen():
    count = [0]
    def tick():
        count[0] += 1
        return count[0]
    return tick
t = counter_gen()
print(t(), t(), t())
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def rebind_later():
    fns = []
    x = 1
    fns.append(lambda: x)
    x = 2
    fns.append(lambda: x)
    return [f() for f in fns]
print(rebind_later())

def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("gen caught", e)
                yield "recovered"
    finally:
        print("gen closing with", received)
g = echo()
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError("bad")), next(g), g.send("c"))
g.close()
print(g.gi_frame, g.gi_running)
try:
    g.send(1)
except StopIteration:
    print("stopped")
def sub():
    x = yield 1
    print("sub got", x)
    yield 2
    return "sub-result"
def delegator():
    r = yield from sub()
    print("delegator got", r)
    r2 = yield from [10, 20]
    print("list yield from returns", r2)
    return "done"
d = delegator()
print(next(d), d.send("hi"), next(d), next(d))
try:
    next(d)
except StopIteration as e:
    print("final", e.value)
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError:", e)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2
c = closer(); next(c)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def stopper():
    yield 1
    raise StopIteration("oops")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def running():
    yield gen_self.gi_running
gen_self = running()
print(next(gen_self))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def thrower():
    try:
        yield 1
    except KeyError:
        return "handled"
t = thrower(); next(t)
try:
    t.throw(KeyError)
except StopIteration as e:
    print("return via throw:", e.value)
t2 = thrower()
try:
    t2.throw(KeyError("early"))
except KeyError as e:
    print("unstarted throw propagates", e)
print(list(t2))
genexp = (i * i for i in range(5))
print(type(genexp).__name__, next(genexp), sum(genexp), list(genexp))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), list(itertools.takewhile(lambda x: x < 30, fib())))
def counter_closure():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get(): return count
    return inc, get
inc, get = counter_closure()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
funcs = [lambda: i for i in range(3)]
funcs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs], [fn() for fn in funcs2])
x = "global"
def scope_test():
    x = "enclosing"
    def inner():
        global x
        x = "modified global"
    inner()
    return x
print(scope_test(), x)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()
def nl_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 2
nl_unbound()
class ClassScope:
    val = 10
    items = [val * 2 for _ in range(2)] if False else None
    try:
        items = [val for _ in range(2)]
    except NameError as e:
        items = str(e)
print(ClassScope.items)
def make_multiplier(n):
    def decorator(fn):
        import functools
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs) * n
        wrapper.calls = 0
        return wrapper
    return decorator
@make_multiplier(3)
def add(a, b):
    """Adds."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(1, 2))
def trace(fn):
    def w(*a):
        print(f"-> {fn.__name__}{a}")
        r = fn(*a)
        print(f"<- {r}")
        return r
    return w
@trace
@trace
def sq(x): return x * x
sq(4)
def gen_with_return():
    yield 1
    return 5
print(list(gen_with_return()))
def accum():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
a = accum(); next(a)
for v in [1, 2, 3]:
    a.send(v)
try:
    a.send(None)
except StopIteration as e:
    print("accum", e.value)
print(list(zip(*[iter(range(7))] * 3)), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally ran")
for v in gen_finally():
    print("v", v)
    break
print("after break")

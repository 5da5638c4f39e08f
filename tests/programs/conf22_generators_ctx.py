import contextlib
from contextlib import contextmanager, ExitStack, suppress, closing, nullcontext, redirect_stdout
import io, sys

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            term = yield avg
        except ValueError as e:
            print("averager got", repr(e))
            continue
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)

def delegator(results, key):
    while True:
        results[key] = yield from averager()
        print("delegator stored", key, results[key])
        return "delegator-done"

results = {}
g = delegator(results, "a")
print(next(g))
for v in [10, 20, 35]:
    print("send", v, "->", g.send(v))
print(g.throw(ValueError("bad")))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(results)

def counter(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("counter cleanup at", i)

c = counter(10)
print(next(c), next(c))
c.close()
print("closed; next ->", next(c, "exhausted"))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, 5])], [], 6])))

def pipeline():
    def read(lines):
        for ln in lines:
            yield ln.strip()
    def nonblank(it):
        return (x for x in it if x)
    def numbered(it):
        yield from enumerate(it, 1)
    data = ["  alpha ", "", "beta", "   ", "gamma\n"]
    return list(numbered(nonblank(read(data))))
print(pipeline())

def gen_ret():
    yield 1
    return 42
def outer():
    r = yield from gen_ret()
    yield r * 2
print(list(outer()))

def thrower():
    try:
        yield "a"
        yield "b"
    except KeyError as e:
        yield f"caught {e!r}"
    yield "end"
t = thrower()
print(next(t), t.throw(KeyError("k")), next(t))
try:
    t.throw(IndexError, IndexError("x"))
except IndexError as e:
    print("propagated", repr(e))
print(next(t, "done"))

gen = (i * i for i in range(3))
print(list(gen), list(gen))
def raising():
    yield 1
    raise StopIteration("oops")
try:
    list(raising())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        log.append(f"!{name}")
        raise
    finally:
        log.append(f"</{name}>")

log = []
with tag("a", log) as A, tag("b", log) as B:
    log.append(A + B)
print(log)
log = []
try:
    with tag("x", log):
        1 / 0
except ZeroDivisionError as e:
    print("outer caught", e, log)

@contextmanager
def swallow():
    try:
        yield
    except Exception as e:
        print("swallowed", type(e).__name__)
with swallow():
    raise KeyError("z")
print("after swallow")

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")

class Res:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
    def close(self): print("close", self.name)

with ExitStack() as stack:
    rs = [stack.enter_context(Res(n)) for n in "xyz"]
    stack.callback(print, "callback ran")
    stack.push(lambda *a: print("push exit", a[0]))
    print("inside stack", [r.name for r in rs])

try:
    with ExitStack() as stack:
        stack.enter_context(Res("p"))
        stack.enter_context(Res("q"))
        raise ValueError("in stack")
except ValueError as e:
    print("stack propagated", e)

with ExitStack() as outer_stack:
    inner = ExitStack()
    inner.enter_context(Res("moved"))
    moved = inner.pop_all()
    outer_stack.push(moved)
    print("popped")

with closing(Res("closable")):
    pass
with nullcontext(5) as v:
    print("nullcontext", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print("captured:", repr(buf.getvalue()))

class Managed:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("suppressing", exc[0].__name__)
        return True
def f():
    with Managed():
        return 1 / 0
    return "fell through"
print(f())

it = iter([1, 2, 3])
print(list(zip(it, it)), next(iter(range(5))), sum(x for x in range(10) if x % 3))
print(type(averager()).__name__, averager.__name__, averager().__qualname__)
ag = averager()
print(ag.gi_running, ag.gi_frame is not None)
next(ag); ag.close()
print(ag.gi_frame)

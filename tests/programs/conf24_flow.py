import asyncio, contextlib, sys, inspect, types
def gen():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except ValueError as e:
        print("caught", e)
        y = yield 3
    finally:
        print("cleanup")
    return "ret"
g = gen(); print(next(g), g.send("a"), g.throw(ValueError("v")))
try: g.send(None)
except StopIteration as e: print("stop", e.value)
def deleg():
    r = yield from gen()
    print("deleg got", r)
    yield r
print(list(deleg()))
g = gen(); next(g); g.close(); print(inspect.getgeneratorstate(g))
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = counter(); c(); c(5); print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)
def match_it(v):
    match v:
        case []: return "empty"
        case [x]: return f"one {x}"
        case [1, *rest]: return f"starts1 {rest}"
        case (a, b) if a == b: return "pair-eq"
        case {"type": "pt", "x": x, **rest}: return f"pt {x} {rest}"
        case str() | bytes() as s: return f"text {s!r}"
        case int(n) if n < 0: return "neg"
        case float() | int(): return "num"
        case complex(real=r): return f"complex {r}"
        case {"k": [*_, last]}: return f"last {last}"
        case _: return "other"
for v in [[], [5], [1,2,3], (4,4), {"type":"pt","x":1,"y":2}, "s", b"b", -3, 2.5, 3j, {"k": [1,2,9]}, None, (1,2)]:
    print(match_it(v))
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Pt(0, 0): return "origin"
        case Pt(x, 0): return f"xaxis {x}"
        case Pt(x=0, y=y): return f"yaxis {y}"
        case Pt(x, y) if x == y: return "diag"
        case Pt(): return "somewhere"
print([where(Pt(*a)) for a in [(0,0),(2,0),(0,3),(4,4),(1,2)]])
import enum
class C(enum.Enum): R=1; G=2
def col(c):
    match c:
        case C.R: return "red"
        case C.G: return "green"
print(col(C.R), col(C.G))
async def fetch(i, d):
    await asyncio.sleep(d)
    return i * 2
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main():
    r = await asyncio.gather(*(fetch(i, 0.01 * (5 - i)) for i in range(5)))
    print(r)
    print([x async for x in agen(4)])
    t = asyncio.create_task(fetch(9, 0)); print(await t, t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError: print("timeout")
    q = asyncio.Queue()
    async def prod():
        for i in range(3): await q.put(i)
        await q.put(None)
    async def cons():
        out = []
        while (x := await q.get()) is not None: out.append(x)
        return out
    _, got = await asyncio.gather(prod(), cons()); print(got)
    res = await asyncio.gather(fetch(1,0), asyncio.sleep(0, "x"), return_exceptions=True); print(res)
    async def bad(): raise KeyError("k")
    res = await asyncio.gather(bad(), fetch(2,0), return_exceptions=True); print(res)
    lock = asyncio.Lock()
    async with lock: print("locked", lock.locked())
    sem = asyncio.Semaphore(2)
    async def lim(i):
        async with sem:
            await asyncio.sleep(0); return i
    print(await asyncio.gather(*(lim(i) for i in range(4))))
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0); task.cancel()
    try: await task
    except asyncio.CancelledError: print("cancelled", task.cancelled())
asyncio.run(main())
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try: yield name.upper()
    finally: print(f"</{name}>")
with tag("a") as A, tag("b"): print(A)
with contextlib.suppress(KeyError): {}["x"]
with contextlib.ExitStack() as st:
    for n in "xy": st.enter_context(tag(n))
    st.callback(print, "callback")
buf = __import__("io").StringIO()
with contextlib.redirect_stdout(buf): print("hidden")
print(repr(buf.getvalue()))
print(type(gen()).__name__, type(agen(1)).__name__, gen.__name__)
gexp = (i*i for i in range(3)); print(type(gexp).__name__, list(gexp), list(gexp))
def fib():
    a, b = 0, 1
    while True: yield a; a, b = b, a+b
import itertools
print(list(itertools.islice(fib(), 15)))
print(sum(x for x in range(10) if x % 2), any(x > 8 for x in range(10)), all([]))
print([(x, y) for x in range(3) for y in range(x)], {x % 3: x for x in range(10)}, {c for c in "hello"} == set("helo"))
lam = [lambda i=i: i for i in range(3)]; print([f() for f in lam])

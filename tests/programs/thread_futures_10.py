# concurrent.futures: Future API, ThreadPoolExecutor (map order/timeout/exceptions, shutdown,
# cancel_futures, names), as_completed (timeout), wait (return_when), ProcessPoolExecutor alias
import threading
import concurrent.futures as cf
from concurrent.futures import (ThreadPoolExecutor, Future, as_completed, wait,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

# -- a bare Future
f = Future()
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
f.set_result(42)
print(f.done(), f.result(), f.exception(), calls)
f.add_done_callback(lambda fut: calls.append(("cb2", fut.result())))   # runs immediately
print(calls)
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).startswith("FINISHED: <Future at "))
print(repr(f).endswith("state=finished returned int>"))

g = Future()
g.set_exception(ValueError("nope"))
print(type(g.exception()).__name__, repr(g).endswith("state=finished raised ValueError>"))
try:
    g.result()
except ValueError as e:
    print("re-raised:", e)

h = Future()
print(h.cancel(), h.cancelled(), h.done(), h.cancel())
try:
    h.result()
except cf.CancelledError:
    print("CancelledError")
try:
    h.exception()
except cf.CancelledError:
    print("CancelledError from exception()")
print(h.set_running_or_notify_cancel())
r = Future()
print(r.set_running_or_notify_cancel(), r.running(), r.cancel(), repr(r).endswith("state=running>"))
try:
    r.result(timeout=0.01)
except cf.TimeoutError as e:
    print("TimeoutError", type(e) is TimeoutError)
try:
    r.exception(timeout=0)
except TimeoutError:
    print("TimeoutError from exception()")
r.set_result(None)
print(r.result())
print(issubclass(cf.CancelledError, cf._base.Error), cf.TimeoutError is TimeoutError,
      issubclass(cf.BrokenExecutor, RuntimeError))

# -- a failing callback is logged, later callbacks still run
x = Future()
x.add_done_callback(lambda fut: 1 / 0)
x.add_done_callback(lambda fut: calls.append("after failing cb"))
import sys
class Sink:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
    def flush(self):
        pass
real = sys.stderr
sys.stderr = sink = Sink()
x.set_result(0)
sys.stderr = real
text = "".join(sink.data)
print(calls[-1], text.startswith("exception calling callback for <Future at "), text.rstrip().split("\n")[-1])

# -- map: results in input order, even when later items finish first
def slow_square(n):
    threading.Event().wait(0.002 * (10 - n))
    return n * n

with ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(slow_square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(ex.map(lambda a: a, [])))

# -- map re-raises a call's exception when its result is reached
def maybe_fail(n):
    if n == 3:
        raise KeyError(n)
    return n

with ThreadPoolExecutor(2) as ex:
    it = ex.map(maybe_fail, range(6))
    got = []
    try:
        for v in it:
            got.append(v)
    except KeyError as e:
        print("map raised KeyError", e, "after", got)

# -- map timeout
gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda n: gate.wait(), range(2), timeout=0.05)
    try:
        list(it)
    except TimeoutError:
        print("map TimeoutError")
    gate.set()

# -- submit with args/kwargs, result(), worker thread names
def describe(a, b=0, *, c=0):
    return (a, b, c, threading.current_thread().name.startswith("pool_"))

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    fu = ex.submit(describe, 1, b=2, c=3)
    print(fu.result(timeout=5))
    names = set(ex.submit(lambda: threading.current_thread().name).result() for _ in range(4))
    print(sorted(names)[0] in ("pool_0", "pool_1"), all(n in ("pool_0", "pool_1") for n in names))

with ThreadPoolExecutor() as ex:
    print(1 <= ex._max_workers <= 32, ex.submit(lambda: threading.current_thread().name).result().startswith("ThreadPoolExecutor-"))

# -- as_completed yields every future once; timeout message
with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(slow_square, n) for n in range(8)]
    print(sorted(f.result() for f in as_completed(fs + fs[:3])))
    block = threading.Event()
    waiting = [ex.submit(block.wait) for _ in range(2)]
    quick = ex.submit(lambda: "quick")
    seen = []
    try:
        for f in as_completed(waiting + [quick], timeout=0.1):
            seen.append(f.result())
    except TimeoutError as e:
        print("as_completed:", e, seen)
    block.set()

# -- wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout
with ThreadPoolExecutor(4) as ex:
    hold = threading.Event()
    slow = ex.submit(hold.wait)
    fast = ex.submit(lambda: 7)
    res = wait([slow, fast], return_when=FIRST_COMPLETED)
    print(type(res).__name__, fast in res.done, slow in res.not_done, len(res))
    res = wait([slow, fast], timeout=0.05)
    print("timeout:", len(res.done), len(res.not_done))
    boom = ex.submit(maybe_fail, 3)
    res = wait([slow, boom], return_when=FIRST_EXCEPTION)
    print("first exception:", boom in res.done, slow in res.not_done)
    hold.set()
    done, not_done = wait([slow, fast, boom], return_when=ALL_COMPLETED)
    print("all:", len(done), len(not_done))
    print(wait([], timeout=0))

# -- shutdown: no submit afterwards; cancel_futures cancels queued work
ex = ThreadPoolExecutor(1)
gate = threading.Event()
started = threading.Event()
def first_job():
    started.set()
    return gate.wait()
first = ex.submit(first_job)
started.wait()
queued = [ex.submit(lambda: "never") for _ in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
print([q.cancelled() for q in queued], first.result(timeout=5))
try:
    ex.submit(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()

ex = ThreadPoolExecutor(3)
out = []
olock = threading.Lock()
def record(i):
    threading.Event().wait(0.001)
    with olock:
        out.append(i)
for i in range(20):
    ex.submit(record, i)
ex.shutdown(wait=True)
print("after shutdown(wait=True):", len(out), sorted(out) == list(range(20)))

# -- errors
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)
try:
    ThreadPoolExecutor(1, initializer=5)
except TypeError as e:
    print("TypeError:", e)

# -- initializer runs once per worker; failing initializer breaks the pool
inits = []
with ThreadPoolExecutor(2, initializer=inits.append, initargs=("init",)) as ex:
    ex.submit(lambda: None).result()
print(inits[:1])
def bad_init():
    raise ValueError("init failed")
sys.stderr = sink = Sink()
ex = ThreadPoolExecutor(1, initializer=bad_init)
fut = ex.submit(lambda: 1)
try:
    fut.result(timeout=5)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
sys.stderr = real
ex.shutdown()

# -- ProcessPoolExecutor (threads in this runtime) still computes
with cf.ProcessPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(abs, [-1, -2, 3])), ex.submit(sum, [1, 2, 3]).result())

# -- nested submission from worker threads (enough workers for outer and inner calls)
with ThreadPoolExecutor(8) as ex:
    def outer(n):
        return sum(ex.submit(pow, n, 2).result() for _ in range(2))
    print(sorted(ex.map(outer, range(5))))

# concurrent.futures: submit/result, map (timeout, ordering, exceptions), as_completed, wait
# with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED, cancel, shutdown(cancel_futures),
# add_done_callback, thread_name_prefix, context manager, futures' reprs and states.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def fail(x):
    if x % 3 == 0:
        raise ValueError(f"bad {x}")
    return x


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(sorted(f.result() for f in cf.as_completed(futs)))

ex = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool")
names = set(ex.map(lambda _: threading.current_thread().name.rsplit("_", 1)[0], range(20)))
print(sorted(names))
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

with cf.ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(fail, i) for i in range(7)]
    for f in fs:
        try:
            print("ok", f.result())
        except ValueError as e:
            print("err", e, type(f.exception()).__name__)
    it = ex.map(fail, [1, 2, 3, 4])
    got = []
    try:
        for r in it:
            got.append(r)
    except ValueError as e:
        print("map stopped:", got, e)

# done callbacks
calls = []
with cf.ThreadPoolExecutor(2) as ex:
    f = ex.submit(square, 7)
    f.add_done_callback(lambda fut: calls.append(("cb", fut.result())))
    f.result()
f.add_done_callback(lambda fut: calls.append(("late", fut.done())))
print(calls)

# a bare Future
fut = cf.Future()
print(fut.running(), fut.done(), fut.cancelled())
print(repr(fut).split(" at ")[0], repr(fut).split(" ")[-1])
try:
    fut.result(timeout=0.01)
except cf.TimeoutError as e:
    print("TimeoutError", type(e) is TimeoutError, repr(e))
print(fut.cancel(), fut.cancelled(), fut.done())
try:
    fut.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
fut2 = cf.Future()
print(fut2.set_running_or_notify_cancel(), fut2.running(), fut2.cancel())
fut2.set_result(42)
print(fut2.result(), repr(fut2).split(" ")[-1])
try:
    fut2.set_result(43)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(" ")[0:2])
fut3 = cf.Future()
fut3.set_exception(KeyError("k"))
print(repr(fut3.exception()), repr(fut3).split(" ")[-1])

# wait
gate = threading.Event()


def slow(x):
    gate.wait()
    return x


with cf.ThreadPoolExecutor(4) as ex:
    fast = ex.submit(square, 3)
    blocked = [ex.submit(slow, i) for i in range(2)]
    done, not_done = cf.wait([fast] + blocked, return_when=cf.FIRST_COMPLETED)
    print(len(done), len(not_done), fast in done)
    bad = ex.submit(fail, 3)
    done, not_done = cf.wait([bad] + blocked, return_when=cf.FIRST_EXCEPTION)
    print(bad in done, len(not_done))
    done, not_done = cf.wait(blocked, timeout=0.01)
    print(len(done), len(not_done))
    gate.set()
    done, not_done = cf.wait(blocked, return_when=cf.ALL_COMPLETED)
    print(sorted(f.result() for f in done), not_done)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)

# map with timeout
gate2 = threading.Event()
ex = cf.ThreadPoolExecutor(2)
try:
    for r in ex.map(lambda x: gate2.wait() and x, [1, 2], timeout=0.05):
        print("got", r)
except cf.TimeoutError:
    print("map timed out")
gate2.set()
ex.shutdown(wait=True)

# as_completed with timeout
gate3 = threading.Event()
ex = cf.ThreadPoolExecutor(1)
fs = [ex.submit(gate3.wait), ex.submit(square, 2)]
try:
    for f in cf.as_completed(fs, timeout=0.05):
        print("completed", f.result())
except cf.TimeoutError as e:
    print("as_completed:", e)
gate3.set()
ex.shutdown()

# cancel pending work
gate4 = threading.Event()
ex = cf.ThreadPoolExecutor(1)
started4 = threading.Event()
first = ex.submit(lambda: (started4.set(), gate4.wait())[1])
started4.wait()
pending = [ex.submit(square, i) for i in range(5)]
print("cancel pending:", pending[0].cancel(), pending[0].cancelled())
ex.shutdown(wait=False, cancel_futures=True)
gate4.set()
first.result()
print([p.cancelled() for p in pending])
print(first.done(), first.result())

# reduce over results
with cf.ThreadPoolExecutor(4) as ex:
    chunks = [range(i, i + 1000) for i in range(0, 10000, 1000)]
    partial = list(ex.map(sum, chunks))
print(sum(partial), sum(range(10000)))

# exceptions keep their traceback
with cf.ThreadPoolExecutor(1) as ex:
    f = ex.submit(fail, 6)
e = f.exception()
print(type(e).__name__, e.__traceback__ is not None)
try:
    cf.ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)
try:
    with cf.ThreadPoolExecutor(1) as ex:
        ex.submit(square)
        f = ex.submit(square)
    f.result()
except TypeError as e:
    print("TypeError:", e)
print("end")

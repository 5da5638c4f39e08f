import queue, threading, time, re, sys, traceback
import concurrent.futures as cf


def norm(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", s)


print("Queue task_done/join:")
q = queue.Queue()
done = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            done.append(item * 2)
        q.task_done()


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for i in range(10):
    q.put(i)
q.join()
for t in ts:
    q.put(None)
for t in ts:
    t.join()
print(" ", sorted(done), q.qsize(), q.empty(), q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("  ValueError:", e)

print("Full/Empty:")
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(" ", q.full(), q.qsize())
for fn in [lambda: q.put(3, timeout=0.01), lambda: q.put(3, block=False), lambda: q.put_nowait(3)]:
    try:
        fn()
    except queue.Full as e:
        print("  Full", repr(e))
q.get(); q.get()
for fn in [lambda: q.get(timeout=0.01), lambda: q.get(False), q.get_nowait]:
    try:
        fn()
    except queue.Empty as e:
        print("  Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("  ValueError:", e)

print("Priority/Lifo:")
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    pq.put((x, str(x)))
print(" ", [pq.get() for _ in range(5)])
lq = queue.LifoQueue()
for x in range(4):
    lq.put(x)
print(" ", [lq.get() for _ in range(4)])
sq = queue.SimpleQueue()
sq.put(1); sq.put(2)
print(" ", sq.get(), sq.qsize(), sq.empty(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("  SimpleQueue Empty")
print(" ", issubclass(queue.Empty, Exception), queue.Full.__mro__[1].__name__)

print("futures basics:")


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"fail {x}")


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    f1 = ex.submit(square, 7)
    f2 = ex.submit(fail, 3)
    print(" ", f1.result(), f1.exception(), f1.done(), f1.cancelled(), f1.running())
    e = f2.exception()
    print(" ", type(e).__name__, e)
    try:
        f2.result()
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("  result() raised:", e)
        for fr in tb:
            print("    ", fr.name, "|", fr.line)
    print(" ", norm(repr(f1)))
    print(" ", norm(repr(f2)))
    print(" ", sorted(f.result() for f in cf.as_completed([ex.submit(square, i) for i in range(5)])))
    print(" ", list(ex.map(square, range(5))))
    print(" ", list(ex.map(pow, [2, 3], [3, 2])))

print("wait shapes:")
ev = threading.Event()


def slow():
    ev.wait(5)
    return "slow"


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fa = ex.submit(square, 2)
    fb = ex.submit(slow)
    fa.result()
    r = cf.wait([fa, fb], return_when=cf.FIRST_COMPLETED)
    print(" ", type(r).__name__, r._fields, fa in r.done, fb in r.not_done)
    r = cf.wait([fa, fb], timeout=0.01)
    print(" ", len(r.done), len(r.not_done))
    fc = ex.submit(fail, 1)
    r = cf.wait([fb, fc], return_when=cf.FIRST_EXCEPTION)
    print(" ", fc in r.done, fb in r.not_done)
    ev.set()
    r = cf.wait([fa, fb, fc], return_when=cf.ALL_COMPLETED)
    print(" ", len(r.done), len(r.not_done), fb.result())
    print(" ", cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)

print("cancel:")
gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    blocker = ex.submit(gate.wait, 5)
    pending = ex.submit(square, 3)
    print(" ", pending.cancel(), pending.cancelled(), pending.done(), norm(repr(pending)))
    try:
        pending.result()
    except cf.CancelledError as e:
        print("  CancelledError", repr(e))
    try:
        pending.exception()
    except cf.CancelledError:
        print("  CancelledError from exception()")
    gate.set()
    print(" ", blocker.result(), blocker.cancel())

print("timeouts:")
gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(gate.wait, 5)
    try:
        f.result(timeout=0.01)
    except cf.TimeoutError as e:
        print("  TimeoutError", repr(e), cf.TimeoutError is TimeoutError)
    it = ex.map(gate.wait, [5], timeout=0.01)
    try:
        list(it)
    except TimeoutError:
        print("  map TimeoutError")
    try:
        for _ in cf.as_completed([f], timeout=0.01):
            pass
    except TimeoutError as e:
        print("  as_completed:", e)
    gate.set()

print("shutdown:")
ex = cf.ThreadPoolExecutor(max_workers=1)
ex.shutdown(wait=True)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("  RuntimeError:", e)
gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate.wait, 5)
while not first.running():
    time.sleep(0.001)
rest = [ex.submit(square, i) for i in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
ex.shutdown(wait=True)
print(" ", first.result(), [f.cancelled() for f in rest])
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("  ValueError:", e)

print("thread names:")
names = []
with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
    ex.submit(lambda: names.append(threading.current_thread().name)).result()
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    ex.submit(lambda: names.append(threading.current_thread().name)).result()
print(" ", names[0], re.sub(r"\d+", "N", names[1]))

print("callbacks:")
out = []
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(square, 4)
    f.result()
    f.add_done_callback(lambda fut: out.append(("cb", fut.result())))
print(" ", out)
f = cf.Future()
print(" ", norm(repr(f)), f.set_running_or_notify_cancel(), norm(repr(f)))
f.set_result(5)
print(" ", norm(repr(f)))
try:
    f.set_result(6)
except cf.InvalidStateError as e:
    print("  InvalidStateError:", norm(str(e)))
f = cf.Future()
f.set_exception(KeyError("k"))
print(" ", norm(repr(f)), repr(f.exception()))

import threading, queue, time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION, Future
import concurrent.futures as cf

def producer(q, n, tag):
    for i in range(n):
        q.put((tag, i))
    q.put(None)

def consumer(q, out, lock, nprod):
    seen_none = 0
    while True:
        item = q.get()
        if item is None:
            seen_none += 1
            q.task_done()
            if seen_none == nprod:
                break
            continue
        with lock:
            out.append(item)
        q.task_done()

q = queue.Queue(maxsize=5)
out = []
lock = threading.Lock()
prods = [threading.Thread(target=producer, args=(q, 50, t), name=f"prod-{t}") for t in "ABC"]
cons = threading.Thread(target=consumer, args=(q, out, lock, 3))
for t in prods + [cons]:
    t.start()
for t in prods + [cons]:
    t.join()
print(len(out), sorted(out)[:3], sorted(out)[-1], q.empty(), q.qsize())
print([t.name for t in prods], prods[0].is_alive(), cons.daemon)

cond = threading.Condition()
buf = []
def cproducer():
    for i in range(5):
        with cond:
            buf.append(i)
            cond.notify()
def cconsumer(res):
    got = []
    while len(got) < 5:
        with cond:
            cond.wait_for(lambda: buf)
            got.extend(buf)
            buf.clear()
    res.extend(got)
res = []
tc = threading.Thread(target=cconsumer, args=(res,))
tc.start()
tp = threading.Thread(target=cproducer)
tp.start(); tp.join(); tc.join()
print("condition:", res)

ev = threading.Event()
flags = []
def waiter(i):
    ev.wait()
    with lock:
        flags.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws: w.start()
print("before set", flags, ev.is_set())
ev.set()
for w in ws: w.join()
print("after set", sorted(flags), ev.wait(0))

sem = threading.BoundedSemaphore(2)
active = [0]
peak = [0]
def limited():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.001)
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2:", peak[0] <= 2)
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

def square(x):
    if x == 13:
        raise ValueError("unlucky")
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futs = {ex.submit(square, i): i for i in range(10, 16)}
    results = {}
    for f in as_completed(futs):
        i = futs[f]
        try:
            results[i] = f.result()
        except ValueError as e:
            results[i] = f"error: {e}"
    print(sorted(results.items()))
    f = ex.submit(pow, 2, 100)
    print(f.result(timeout=5), f.done(), f.exception())
    bad = ex.submit(square, 13)
    print(repr(bad.exception()))
    done, not_done = wait([ex.submit(square, i) for i in range(3)])
    print(sorted(d.result() for d in done), not_done)
    try:
        list(ex.map(square, [12, 13, 14]))
    except ValueError as e:
        print("map raised", e)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

local = threading.local()
vals = []
def setlocal(v):
    local.x = v
    time.sleep(0.001)
    with lock:
        vals.append(local.x == v)
ts = [threading.Thread(target=setlocal, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("thread-local ok:", all(vals), hasattr(local, "x"))

rl = threading.RLock()
def reenter(n):
    with rl:
        return 0 if n == 0 else 1 + reenter(n - 1)
print("rlock depth", reenter(5))
counter = [0]
def bump():
    for _ in range(1000):
        with lock:
            counter[0] += 1
ts = [threading.Thread(target=bump) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print("counter", counter[0])
b = threading.Barrier(3)
order = []
def at_barrier(i):
    idx = b.wait()
    with lock:
        order.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("barrier", sorted(order), b.n_waiting, b.broken)
def boom():
    raise KeyError("in thread")
old = threading.excepthook
caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name="boomer"); t.start(); t.join()
threading.excepthook = old
print(caught)
tm = threading.Timer(0.001, lambda: caught.append("timer"))
tm.start(); tm.join()
print(caught[-1], threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b")]: pq.put(x)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for x in range(3): lq.put(x)
print([lq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty")
fq = queue.Queue(1); fq.put(1)
try:
    fq.put(2, timeout=0.001)
except queue.Full:
    print("Full")
fut = Future()
fut.add_done_callback(lambda f: print("callback", f.result()))
fut.set_result(99)
try:
    Future().result(timeout=0.001)
except cf.TimeoutError:
    print("future timeout")

# Threads, queues and concurrent.futures: deterministic results printed in a fixed order.
import threading, queue, time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED, CancelledError
import concurrent.futures as cf
class Worker(threading.Thread):
    def __init__(self, n, out):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.out = out
    def run(self):
        self.out[self.n] = self.n * self.n
out = {}
ws = [Worker(i, out) for i in range(4)]
for w in ws: w.start()
for w in ws: w.join()
print(sorted(out.items()))
print([w.name for w in ws], [w.is_alive() for w in ws])
print(repr(ws[0]).split(' ')[0], 'stopped' in repr(ws[0]))
t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), t.daemon, t.ident)
print(repr(t)[:8], 'initial' in repr(t))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()))
d = threading.Thread(target=lambda: None, daemon=True, name="dmn")
print(d.daemon, d.name)
try:
    d.join()
except RuntimeError as e:
    print("RuntimeError:", e)
d.start(); d.join()
try:
    d.start()
except RuntimeError as e:
    print("RuntimeError:", e)
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set(); print(ev.is_set(), ev.wait())
ev.clear(); print(ev.is_set())

cond = threading.Condition()
items = []
def consumer(res):
    with cond:
        ok = cond.wait_for(lambda: len(items) >= 3, timeout=5)
        res.append((ok, list(items)))
res = []
c = threading.Thread(target=consumer, args=(res,))
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(res)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(); sem.release(); sem.release()
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

b = threading.Barrier(3)
idx = []
lk = threading.Lock()
def bw():
    i = b.wait()
    with lk: idx.append(i)
ts = [threading.Thread(target=bw) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx), b.parties, b.n_waiting, b.broken)
b.abort()
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e))

fired = []
tm = threading.Timer(0.01, fired.append, args=("x",))
tm.start(); tm.join(); print(fired)
tm2 = threading.Timer(10, fired.append, args=("y",)); tm2.start(); tm2.cancel(); tm2.join(); print(fired)

loc = threading.local()
loc.v = "main"
def setloc(r):
    r.append(hasattr(loc, 'v'))
    loc.v = "thread"
    r.append(loc.v)
r = []
t = threading.Thread(target=setloc, args=(r,)); t.start(); t.join()
print(r, loc.v)

rl = threading.RLock()
with rl:
    with rl:
        print("rlock nested", rl._is_owned() if hasattr(rl, '_is_owned') else True)
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.full(), q.qsize(), q.empty())
try:
    q.put(3, block=False)
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full timeout")
print(q.get(), q.get_nowait())
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("Empty", repr(e))
lq = queue.LifoQueue(); pq = queue.PriorityQueue()
for x in [3, 1, 2]: lq.put(x); pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue(); sq.put(5); print(sq.get(), sq.empty(), sq.qsize())
jq = queue.Queue()
done = []
def jw():
    while True:
        item = jq.get()
        if item is None:
            jq.task_done(); break
        done.append(item * 2)
        jq.task_done()
jt = threading.Thread(target=jw); jt.start()
for i in range(5): jq.put(i)
jq.put(None); jq.join(); jt.join()
print(done)
try:
    jq.task_done()
except ValueError as e:
    print("ValueError:", e)

def sq_(x):
    if x == 3: raise ValueError(f"bad {x}")
    return x * x
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    print(list(ex.map(sq_, [0, 1, 2])))
    futs = {ex.submit(sq_, i): i for i in range(5)}
    results = {}
    for f in as_completed(futs):
        i = futs[f]
        try:
            results[i] = f.result()
        except ValueError as e:
            results[i] = repr(e)
    print(sorted(results.items()))
    f = ex.submit(sq_, 3)
    print(type(f.exception()).__name__, f.done(), f.cancelled())
    done_, notdone = wait([ex.submit(sq_, 2)], return_when=ALL_COMPLETED)
    print(len(done_), len(notdone))
    try:
        list(ex.map(sq_, range(5)))
    except ValueError as e:
        print("map raised", e)
f = cf.Future()
print(f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except CancelledError as e:
    print("CancelledError", repr(e))
f2 = cf.Future(); f2.set_result(7); print(f2.result(), f2.cancel())
print(repr(f2).split(' at ')[0][:15], 'state=finished' in repr(f2))
cbs = []
f3 = cf.Future(); f3.add_done_callback(lambda fu: cbs.append(fu.result())); f3.set_result(9); print(cbs)
try:
    ex.submit(sq_, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
f4 = cf.Future()
try:
    f4.result(timeout=0.01)
except cf.TimeoutError as e:
    print("TimeoutError", type(e).__name__, cf.TimeoutError is TimeoutError)
print(threading.active_count())

import threading, queue, concurrent.futures as cf, time, sys
q = queue.Queue(maxsize=3)
results = []
lock = threading.Lock()
def producer(n):
    for i in range(n):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done(); break
        with lock:
            results.append(item * item)
        q.task_done()
t1 = threading.Thread(target=producer, args=(20,), name="prod")
t2 = threading.Thread(target=consumer, name="cons")
t1.start(); t2.start(); t1.join(); t2.join()
print(sorted(results), q.empty(), q.qsize(), t1.name, t1.is_alive())
def work(x):
    if x == 3: raise ValueError(f"bad {x}")
    return x * 10
with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = {ex.submit(work, i): i for i in range(6)}
    for f in sorted(futs, key=futs.get):
        try: print(futs[f], f.result())
        except ValueError as e: print(futs[f], "error", e, type(f.exception()))
    print(list(ex.map(lambda x: x + 1, range(5))))
    done, pending = cf.wait([ex.submit(pow, 2, i) for i in range(4)])
    print(sorted(f.result() for f in done), len(pending))
    print(sorted(f.result() for f in cf.as_completed([ex.submit(abs, -i) for i in range(3)])))
try:
    with cf.ThreadPoolExecutor(2) as ex:
        list(ex.map(work, range(5)))
except ValueError as e:
    print("map error", e)
ev = threading.Event(); out = []
def waiter(i):
    ev.wait(); out.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts: t.start()
ev.set()
for t in ts: t.join()
print(sorted(out), ev.is_set())
cond = threading.Condition(); items = []
def cons2():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        print("got", items)
t = threading.Thread(target=cons2); t.start()
for i in range(3):
    with cond:
        items.append(i); cond.notify_all()
t.join()
sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.acquire(); print(sem.acquire(blocking=False)); sem.release(); sem.release()
try: sem.release()
except ValueError as e: print("ValueError", e)
local = threading.local(); local.x = 1
def setl():
    local.x = 2; print("thread sees", local.x)
t = threading.Thread(target=setl); t.start(); t.join(); print("main sees", local.x)
rl = threading.RLock()
with rl:
    with rl: print("reentrant ok")
b = threading.Barrier(3); order = []
def bw(i):
    idx = b.wait(); order.append(i)
ts = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]; print(sorted(order))
class MyThread(threading.Thread):
    def __init__(self, n): super().__init__(); self.n = n; self.res = None
    def run(self): self.res = sum(range(self.n))
mt = MyThread(100); mt.start(); mt.join(); print(mt.res)
def boom(): raise RuntimeError("in thread")
t = threading.Thread(target=boom, name="Boomer"); t.start(); t.join()
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b")]: pq.put(x)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
try: queue.Queue().get(timeout=0.01)
except queue.Empty: print("empty")
timer = threading.Timer(0.01, lambda: print("timer fired")); timer.start(); timer.join()

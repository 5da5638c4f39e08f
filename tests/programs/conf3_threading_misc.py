# threading/queue odds and ends: queue timeouts and flags, Barrier timeouts, BoundedSemaphore, lock context managers, Thread subclasses.
import threading, queue, time, sys
# Condition variants, Semaphore fairness-free checks, Queue shutdown-ish behaviors
q = queue.Queue()
print(q.maxsize, q.qsize(), q.full())
q2 = queue.Queue(-1); q2.put(1); print(q2.full())
try: q.put(1, timeout=-1)
except ValueError as e: print(e)
q3 = queue.Queue(1); q3.put(1)
try: q3.put(2, timeout=-1)
except ValueError as e: print(e)
print(queue.Queue.__class_getitem__(int), queue.SimpleQueue.__module__, queue.SimpleQueue.__name__)
pq = queue.PriorityQueue()
pq.put(3); pq.put(1)
print(pq.get_nowait(), pq.queue)
try:
    pq.put(None)
except TypeError as e: print(e)
b = threading.Barrier(2)
print(b.n_waiting, b.broken, b.parties)
r = []
def w():
    try: r.append(b.wait(timeout=0.05))
    except threading.BrokenBarrierError as e: r.append(type(e).__name__)
t = threading.Thread(target=w); t.start(); t.join()
print(r, b.broken)
try: b.wait()
except threading.BrokenBarrierError as e: print("again", e.args)
e = threading.Event()
def setter(): time.sleep(0.02); e.set()
threading.Thread(target=setter).start()
print(e.wait(5))
s = threading.BoundedSemaphore(2)
s.acquire(); s.acquire()
print(s.acquire(timeout=0.01))
s.release(); s.release()
try: s.release()
except ValueError as ex: print(ex)
try: s.release(0)
except ValueError as ex: print(ex)
with s:
    print("in with")
l = threading.Lock()
with l:
    print(l.locked(), l.acquire(False))
print(l.locked())
rl = threading.RLock()
with rl:
    with rl:
        print("nested", rl._is_owned())
try: rl.__exit__(None, None, None)
except RuntimeError as ex: print(ex)
c = threading.Condition(rl)
with c:
    print(c.wait(timeout=0.001))
print(threading.Thread(target=None).run())
class T(threading.Thread):
    def run(self): print("custom run", self.name)
tt = T(); tt.start(); tt.join()
t = T(name="X"); t.start(); t.join()
print(threading.active_count())
print(threading._shutdown is not None)

"""queue.SimpleQueue (native core): put/get/timeouts/Empty, subclassing, 3 consumers and a producer."""
import queue, threading, time
q = queue.SimpleQueue()
print(type(q).__module__, type(q).__name__)
print(q.empty(), q.qsize())
q.put(1); q.put_nowait(2); q.put(3, block=False, timeout=5)
print(q.qsize(), q.empty(), q.get(), q.get_nowait(), q.get(timeout=1))
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", type(e).__name__, repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("timed out", time.monotonic() - t0 >= 0.05)
try:
    q.get(False, -1)
except queue.Empty:
    print("nonblocking ignores timeout")
print(queue.SimpleQueue[int])
def prod():
    for i in range(20000):
        q.put(i)
    for _ in range(3):
        q.put(None)
out = []
def cons():
    s = 0
    while True:
        x = q.get()
        if x is None:
            break
        s += x
    out.append(s)
ts = [threading.Thread(target=cons) for _ in range(3)] + [threading.Thread(target=prod)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(out) == sum(range(20000)))
class Sub(queue.SimpleQueue):
    pass
s = Sub(); s.put("x"); print(s.get(), isinstance(s, queue.SimpleQueue))
for bad in (float("nan"), 1e300):
    try:
        s.get(timeout=bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

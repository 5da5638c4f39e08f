# threading.Thread with a Lock: deterministic sums
import threading
counter = 0
lock = threading.Lock()
def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=work, args=(10000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
results = [0] * 8
def square_sum(idx, lo, hi):
    results[idx] = sum(i * i for i in range(lo, hi))
ts = []
for i in range(8):
    t = threading.Thread(target=square_sum, args=(i, i * 1000, (i + 1) * 1000))
    ts.append(t)
    t.start()
for t in ts:
    t.join()
print(results)
print(sum(results), sum(i * i for i in range(8000)))
print(all(not t.is_alive() for t in ts))
class Worker(threading.Thread):
    def __init__(self, k):
        super().__init__()
        self.k = k
        self.result = None
    def run(self):
        self.result = sum(range(self.k))
ws = [Worker(k) for k in (10, 100, 1000)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws])
named = threading.Thread(target=lambda: None, name="my-thread")
print(named.name)
named.start()
named.join()
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
lk = threading.Lock()
print(lk.acquire(), lk.locked(), lk.acquire(blocking=False))
lk.release()
print(lk.locked())
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")

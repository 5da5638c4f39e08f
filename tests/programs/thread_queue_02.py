# queue.Queue producer/consumer with threads; results sorted for determinism
import threading
import queue
q = queue.Queue()
out = queue.Queue()
def producer(start, n):
    for i in range(start, start + n):
        q.put(i)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * item)
        q.task_done()
producers = [threading.Thread(target=producer, args=(k * 100, 50)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
q.join()
results = []
while not out.empty():
    results.append(out.get())
print(len(results), sum(results), sorted(results)[:5], sorted(results)[-3:])
lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for p in [5, 1, 4, 2, 3]:
    pq.put((p, f"task{p}"))
print([pq.get()[1] for _ in range(5)])
sq = queue.Queue(maxsize=2)
sq.put(1)
sq.put(2)
print(sq.full(), sq.qsize())
try:
    sq.put(3, block=False)
except queue.Full:
    print("queue.Full raised")
print(sq.get(), sq.get(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("queue.Empty raised")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("queue.Empty after timeout")

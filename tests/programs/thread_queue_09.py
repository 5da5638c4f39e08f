# queue: producers/consumers deliver every item exactly once; bounded queues, task_done/join,
# timeouts, LIFO, priority order (heap ties), SimpleQueue
import threading
import queue

# -- many producers, many consumers, bounded queue (producers block on a full queue)
q = queue.Queue(maxsize=8)
PRODUCERS, CONSUMERS, PER = 4, 3, 500
got = []
glock = threading.Lock()


def producer(p):
    for i in range(PER):
        q.put((p, i))


def consumer():
    local = []
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        local.append(item)
        q.task_done()
    with glock:
        got.extend(local)


ps = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
cs = [threading.Thread(target=consumer) for _ in range(CONSUMERS)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
q.join()
print("after join: unfinished", q.unfinished_tasks, "empty", q.empty())
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
print("received", len(got), "distinct", len(set(got)), "exactly once",
      sorted(got) == sorted((p, i) for p in range(PRODUCERS) for i in range(PER)))
# per-producer FIFO order is preserved within each consumer's view
print("qsize", q.qsize(), "full", q.full(), "maxsize", q.maxsize)

# -- task_done() too many times
q2 = queue.Queue()
q2.put(1)
q2.get()
q2.task_done()
try:
    q2.task_done()
except ValueError as e:
    print("ValueError:", e)

# -- nowait variants, Full/Empty, timeouts, negative timeout
q3 = queue.Queue(2)
q3.put_nowait("a")
q3.put_nowait("b")
try:
    q3.put_nowait("c")
except queue.Full:
    print("Full (nowait)")
try:
    q3.put("c", timeout=0.01)
except queue.Full:
    print("Full (timeout)")
try:
    q3.put("c", timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(q3.get_nowait(), q3.get(timeout=1), q3.empty())
try:
    q3.get_nowait()
except queue.Empty:
    print("Empty (nowait)")
try:
    q3.get(True, 0.01)
except queue.Empty:
    print("Empty (timeout)")
try:
    q3.get(timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# -- a blocked get() is woken by a put() from another thread
q4 = queue.Queue()
res = []
t = threading.Thread(target=lambda: res.append(q4.get(timeout=5)))
t.start()
q4.put("wake")
t.join()
print(res)

# -- join() waits for task_done from workers
q5 = queue.Queue()
done = []
dlock = threading.Lock()


def worker():
    while True:
        item = q5.get()
        with dlock:
            done.append(item * 2)
        q5.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for i in range(100):
    q5.put(i)
q5.join()
print("joined", len(done), sum(done))

# -- LifoQueue
lq = queue.LifoQueue()
for i in range(6):
    lq.put(i)
print([lq.get() for _ in range(3)], lq.qsize())

# -- PriorityQueue: sorted output, tie behaviour matches heapq


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio


pq = queue.PriorityQueue()
vals = [(i * 37) % 23 for i in range(40)]
for v in vals:
    pq.put(v)
print([pq.get() for _ in range(len(vals))] == sorted(vals))
prios = [3, 1, 2, 1, 3, 2, 1, 2, 3, 1, 2, 3]
for k, p in enumerate(prios):
    pq.put(Task(p, "t%d" % k))
print([pq.get().name for _ in range(len(prios))])
pq.put((2, "b"))
pq.put((1, "z"))
pq.put((1, "a"))
print(pq.get(), pq.get(), pq.get(), pq.empty())

# -- SimpleQueue
sq = queue.SimpleQueue()
for i in range(5):
    sq.put(i)
sq.put_nowait(5)
print(sq.qsize(), sq.empty(), [sq.get() for _ in range(3)], sq.get_nowait(), sq.get(block=False))
print(sq.get(timeout=0.5), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue Empty nowait")
sres = []
slock = threading.Lock()


def sconsume():
    while True:
        v = sq.get()
        if v is None:
            return
        with slock:
            sres.append(v)


cts = [threading.Thread(target=sconsume) for _ in range(4)]
for t in cts:
    t.start()
for i in range(1000):
    sq.put(i)
for _ in cts:
    sq.put(None)
for t in cts:
    t.join()
print(len(sres), sum(sres), len(set(sres)))

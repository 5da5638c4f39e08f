# queue: Queue / LifoQueue / PriorityQueue / SimpleQueue, maxsize, Full / Empty with timeouts,
# task_done / join, a producer-consumer pipeline with sentinels.
import queue
import threading

q = queue.Queue(maxsize=2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put(1)
q.put(2, timeout=0.1)
print(q.qsize(), q.full())
try:
    q.put(3, block=False)
except queue.Full as e:
    print("Full", repr(e), type(e).__module__)
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q.put_nowait(3)
except queue.Full:
    print("Full nowait")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e).__module__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.task_done()
    q.task_done()
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])

sq = queue.SimpleQueue()
sq.put("x")
sq.put_nowait("y")
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty nonblocking")

# unbounded queue
uq = queue.Queue()
print(uq.maxsize, uq.full())

# task_done / join
work = queue.Queue()
done = []
dlock = threading.Lock()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with dlock:
            done.append(item * item)
        work.task_done()


ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws:
    w.start()
for i in range(50):
    work.put(i)
work.join()
print(len(done), sum(done), sorted(done)[:5])
for _ in ws:
    work.put(None)
for w in ws:
    w.join()
print(work.unfinished_tasks, work.empty())

# three-stage pipeline
STOP = object()
stage1 = queue.Queue(maxsize=3)
stage2 = queue.Queue(maxsize=3)
final = []


def producer():
    for i in range(20):
        stage1.put(i)
    stage1.put(STOP)


def transformer():
    while True:
        x = stage1.get()
        if x is STOP:
            stage2.put(STOP)
            return
        stage2.put((x, x ** 3 % 17))


def sink():
    while True:
        x = stage2.get()
        if x is STOP:
            return
        final.append(x)


ts = [threading.Thread(target=fn) for fn in (producer, transformer, sink)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(final[:6], len(final), final == sorted(final))

# priority queue with many producers
pq2 = queue.PriorityQueue()


def prod(base):
    for i in range(10):
        pq2.put((i * 10 + base, f"p{base}-{i}"))


ps = [threading.Thread(target=prod, args=(b,)) for b in range(5)]
[p.start() for p in ps]
[p.join() for p in ps]
out = []
while not pq2.empty():
    out.append(pq2.get()[0])
print(out == sorted(out), len(out), out[:7])


class Job:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return self.pri < other.pri


jq = queue.PriorityQueue()
for p, n in [(2, "b"), (0, "z"), (1, "m")]:
    jq.put(Job(p, n))
print([jq.get().name for _ in range(3)])
print(queue.Queue.__class_getitem__(int))

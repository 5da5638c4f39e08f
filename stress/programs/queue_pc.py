# queue producers and consumers: for each of a bounded queue.Queue (put with timeout, retried on
# Full), a queue.SimpleQueue, a queue.PriorityQueue and a queue.LifoQueue (task_done/join), half
# the threads produce ITERATIONS items each and the other half consume until a sentinel.
# Invariants: every item is delivered exactly once; a FIFO consumer sees each producer's items
# in the order they were put; the queue is empty at the end.
# stress: short=2x1500 long=10x20000
import queue
import random
import threading

from _harness import Run

run = Run("queue_pc")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
P = max(1, T // 2)
C = max(1, T - P)
DONE = None



def run_kind(kind):
    if kind == "Queue":
        q = queue.Queue(maxsize=8)
    elif kind == "SimpleQueue":
        q = queue.SimpleQueue()
    elif kind == "PriorityQueue":
        q = queue.PriorityQueue()
    else:
        q = queue.LifoQueue(maxsize=64)
    got = [None] * C
    fulls = [0]

    def produce(p):
        rng = random.Random(SEED * 1000 + p)
        for i in range(N):
            item = (rng.randrange(4), p, i) if kind == "PriorityQueue" else (p, i)
            if kind == "Queue" and i % 4 == 0:
                while True:
                    try:
                        q.put(item, timeout=0.001)
                        break
                    except queue.Full:
                        fulls[0] += 1
            else:
                q.put(item)

    def consume(c):
        mine = []
        while True:
            item = q.get()
            if kind == "LifoQueue":
                q.task_done()
            if item is DONE or item == (9, DONE):
                break
            mine.append(item if kind != "PriorityQueue" else item[1:])
        got[c] = mine

    producers = [threading.Thread(target=produce, args=(p,)) for p in range(P)]
    consumers = [threading.Thread(target=consume, args=(c,)) for c in range(C)]
    for th in consumers + producers:
        th.start()
    for th in producers:
        th.join()
    if kind == "LifoQueue":
        q.join()        # every item consumed before the sentinels go in (LIFO would skip items)
    for _ in range(C):
        # Priority sentinels sort after every item (priorities are 0..3).
        q.put((9, DONE) if kind == "PriorityQueue" else DONE)
    for th in consumers:
        th.join()
    if not q.empty():
        fail(f"{kind}: queue not empty at the end")
    everything = [it for mine in got for it in mine]
    if len(everything) != P * N:
        fail(f"{kind}: {len(everything)} items delivered, expected {P * N}")
    if sorted(everything) != [(p, i) for p in range(P) for i in range(N)]:
        fail(f"{kind}: items lost or delivered twice")
    if kind in ("Queue", "SimpleQueue"):
        for c, mine in enumerate(got):
            last = [-1] * P
            for p, i in mine:
                if i <= last[p]:
                    fail(f"{kind}: consumer {c} saw producer {p}'s item {i} after {last[p]}")
                last[p] = i
    return fulls[0]


fulls = 0
for kind in ("Queue", "SimpleQueue", "PriorityQueue", "LifoQueue"):
    fulls += run_kind(kind)
run.ok(producers=P, consumers=C, items=4 * P * N, full_retries=fulls)

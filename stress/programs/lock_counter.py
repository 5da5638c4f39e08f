# Read-modify-write counters under locks from every thread: `d[k] += 1` on a shared dict under a
# threading.Lock, an attribute counter under a re-entered threading.RLock, a module global under
# `with lock`, and acquires with a timeout that retry. Invariant: every count is exact.
# stress: short=2x3000 long=10x40000
import random
import threading

from _harness import Run

run = Run("lock_counter")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
KEYS = 37



class Box:
    def __init__(self):
        self.n = 0


counts = dict.fromkeys(range(KEYS), 0)
box = Box()
total = 0
lock = threading.Lock()
rlock = threading.RLock()
glock = threading.Lock()
start = threading.Barrier(T)
expected = [None] * T
timeouts = [0] * T


def bump_box():
    with rlock:          # re-entered: the outer `with rlock` in worker already holds it
        box.n += 1


def worker(t):
    global total
    rng = random.Random(SEED * 1000 + t)
    mine = [0] * KEYS
    start.wait()
    for i in range(N):
        k = rng.randrange(KEYS)
        if i % 8 == 7:
            # Timed acquire: retry until it succeeds, counting the timeouts.
            while not lock.acquire(timeout=0.001):
                timeouts[t] += 1
            try:
                counts[k] = counts.get(k, 0) + 1
            finally:
                lock.release()
        else:
            with lock:
                counts[k] += 1
        mine[k] += 1
        with rlock:
            bump_box()
        with glock:
            total += 1
    expected[t] = mine


threads = [threading.Thread(target=worker, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

for k in range(KEYS):
    want = sum(e[k] for e in expected)
    if counts.get(k, 0) != want:
        fail(f"counter {k} is {counts.get(k, 0)}, expected {want} (lost update under Lock)")
if sum(counts.values()) != T * N:
    fail(f"dict counters sum to {sum(counts.values())}, expected {T * N}")
if box.n != T * N:
    fail(f"RLock attribute counter is {box.n}, expected {T * N}")
if total != T * N:
    fail(f"global counter is {total}, expected {T * N}")
if lock.locked() or glock.locked():
    fail("a lock is still held after every thread finished")
run.ok(total=total, timed_out_acquires=sum(timeouts))

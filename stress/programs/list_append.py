# Unlocked list.append / list.extend / list.insert(0, x) on one shared list from every thread.
# Invariants: no item is lost or duplicated (length and multiset exact); each thread's appended
# items keep their program order; each extend lands as one contiguous run (list.extend is atomic
# in CPython); insert(0, x) items of one thread appear newest first; concurrent lock-free reads
# (len, index) only ever see valid items.
# stress: short=2x4000 long=10x40000
import random
import threading

from _harness import Run

run = Run("list_append")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail



shared = []
start = threading.Barrier(T)
extends = [None] * T    # per thread: list of (first item, count)
inserted = [None] * T   # per thread: items put in with insert(0, x), in program order
bad_reads = []


def worker(t):
    rng = random.Random(SEED * 1000 + t)
    base = t * N
    my_extends = []
    my_inserts = []
    start.wait()
    i = 0
    while i < N:
        r = rng.random()
        if r < 0.75:
            shared.append(base + i)
            i += 1
        elif r < 0.95:
            k = min(rng.randint(2, 6), N - i)
            shared.extend(range(base + i, base + i + k))
            my_extends.append((base + i, k))
            i += k
        elif r < 0.96:
            shared.insert(0, base + i)
            my_inserts.append(base + i)
            i += 1
        else:
            # Lock-free reads racing the appends: the list only grows, so any index below a
            # length read earlier stays valid.
            n = len(shared)
            if n:
                v = shared[rng.randrange(n)]
                if type(v) is not int or not 0 <= v < T * N:
                    bad_reads.append(v)
                v = shared[-1]
                if type(v) is not int or not 0 <= v < T * N:
                    bad_reads.append(v)
    extends[t] = my_extends
    inserted[t] = my_inserts


threads = [threading.Thread(target=worker, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

if bad_reads:
    fail(f"concurrent reads saw invalid items: {bad_reads[:5]!r}")
if len(shared) != T * N:
    fail(f"length {len(shared)} != {T * N} (appends lost or duplicated)")
if sorted(shared) != list(range(T * N)):
    seen = set(shared)
    missing = [x for x in range(T * N) if x not in seen][:5]
    fail(f"multiset differs: missing {missing!r}, {len(shared) - len(seen)} duplicates")
pos = {v: p for p, v in enumerate(shared)}
for t in range(T):
    ins = set(inserted[t])
    order = [pos[v] for v in range(t * N, (t + 1) * N) if v not in ins]
    if order != sorted(order):
        fail(f"thread {t}: appended items out of program order")
    iorder = [pos[v] for v in inserted[t]]
    if iorder != sorted(iorder, reverse=True):
        fail(f"thread {t}: insert(0, x) items not newest-first")
    for first, k in extends[t]:
        p = pos[first]
        if shared[p:p + k] != list(range(first, first + k)):
            fail(f"thread {t}: extend of {k} items from {first} not contiguous")
n_ext = sum(len(e) for e in extends)
n_ins = sum(len(i) for i in inserted)
run.ok(items=len(shared), extends=n_ext, inserts=n_ins)

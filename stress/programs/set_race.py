# set.add / set.discard races on one shared set. Each thread owns the ints congruent to its
# index and adds and discards them at random (tracking what it expects); all threads also churn
# a small contested range that every thread adds to and discards from; readers test membership
# and len. Invariants: after the race the set holds exactly the owned ints each thread last left
# in it plus some subset of the contested range; no element appears twice when iterated; a thread
# always finds its own element right after adding it and never right after discarding it.
# stress: short=2x5000 long=10x50000
import random
import threading

from _harness import Run

run = Run("set_race")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
OWNED = 256             # owned ints per thread: t, t + T, t + 2T, ...
CONTESTED = range(-64, 0)



shared = set()
start = threading.Barrier(T)
expected = [None] * T
bad = []


def worker(t):
    rng = random.Random(SEED * 1000 + t)
    mine = set()
    start.wait()
    for _ in range(N):
        r = rng.random()
        x = t + T * rng.randrange(OWNED)
        if r < 0.35:
            shared.add(x)
            mine.add(x)
            if x not in shared:
                bad.append(("own add not visible", x))
        elif r < 0.6:
            shared.discard(x)
            mine.discard(x)
            if x in shared:
                bad.append(("own discard not visible", x))
        elif r < 0.8:
            c = rng.choice(CONTESTED)
            if rng.random() < 0.5:
                shared.add(c)
            else:
                shared.discard(c)
        elif r < 0.9:
            # remove() of an own element raises KeyError exactly when this thread removed it.
            try:
                shared.remove(x)
                if x not in mine:
                    bad.append(("remove found an element never added", x))
                mine.discard(x)
            except KeyError:
                if x in mine:
                    bad.append(("remove missed an own element", x))
        else:
            n = len(shared)
            if n < 0 or n > T * OWNED + len(CONTESTED):
                bad.append(("len", n))
    expected[t] = mine


threads = [threading.Thread(target=worker, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

if bad:
    fail(f"bad observations during the race: {bad[:5]!r}")
items = list(shared)
if len(items) != len(set(items)) or len(items) != len(shared):
    fail(f"iteration yields {len(items)} elements, {len(set(items))} distinct, len() {len(shared)}")
owned = {x for x in shared if x >= 0}
want = set().union(*expected)
if owned != want:
    fail(f"owned elements differ: {len(want - owned)} lost, {len(owned - want)} resurrected")
stray = {x for x in shared if x < 0} - set(CONTESTED)
if stray:
    fail(f"elements never added: {sorted(stray)[:5]!r}")
run.ok(size=len(shared), owned=len(owned))

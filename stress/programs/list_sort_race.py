# list.sort() of a list of ints racing append, pop and index reads on the same list (FINDINGS.md
# F4). Every thread appends its own ints, pops (pop() or pop(0)), reads lst[0] and lst[-1], and
# now and then sorts the shared list (sort() or sort(reverse=True)). A sort of ints runs no
# Python code, so it is one atomic operation in CPython (the GIL build never releases the GIL
# in it; the free-threaded build holds the list's lock). Invariants: no sort raises "list
# modified during sort"; every appended item is popped exactly once or is still in the list
# (a sort never drops or duplicates another thread's items); reads only see appended ints.
# stress: short=2x2000 long=10x20000
import random
import threading

from _harness import Run

run = Run("list_sort_race")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
SORTS = 40          # sorts per thread, spread over its N operations

shared = []
start = threading.Barrier(T)
popped = [None] * T
sorts = [0] * T


def check(how, v):
    if type(v) is not int or not 0 <= v < T * N:
        fail(f"{how} returned {v!r}, which no thread appended")


def worker(t):
    rng = random.Random(SEED * 1000 + t)
    mine = []
    base = t * N
    start.wait()
    for i in range(N):
        shared.append(base + i)
        r = rng.random()
        if r < SORTS / N:
            try:
                shared.sort(reverse=rng.random() < 0.3)
            except ValueError as e:
                fail(f"sort() of ints racing other operations raised ValueError: {e}")
            sorts[t] += 1
        elif r < 0.5:
            try:
                mine.append(shared.pop(0) if rng.random() < 0.2 else shared.pop())
            except IndexError:
                pass
        else:
            try:
                check("lst[0]", shared[0])
                check("lst[-1]", shared[-1])
            except IndexError:
                pass
    popped[t] = mine


threads = [threading.Thread(target=worker, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

seen = sorted(shared + [x for mine in popped for x in mine])
if seen != list(range(T * N)):
    missing = len(set(range(T * N)) - set(seen))
    fail(f"{len(seen)} items popped or left for {T * N} appended ({missing} missing, "
         f"{len(seen) - len(set(seen))} duplicated): a sort lost or copied other threads' items")
shared.sort()
if any(shared[i] > shared[i + 1] for i in range(len(shared) - 1)):
    fail("the final sort left the list unsorted")
run.ok(items=T * N, sorts=sum(sorts), left=len(shared))

# list.pop racing list.append on one shared list: half the threads append unique items (some
# with insert(0, x)), the other half pop from the end or the front (pop(0)) until the producers
# are done and the list is empty. Invariants: every item is popped exactly once or is still in
# the list (no item lost or duplicated); an empty list raises IndexError, never returns garbage.
# stress: short=2x5000 long=10x50000
import random
import threading

from _harness import Run

run = Run("list_pop_append")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
P = max(1, T // 2)
C = max(1, T - P)



shared = []
producers_done = threading.Event()
start = threading.Barrier(P + C)
popped = [None] * C
empties = [0] * C


def produce(p):
    rng = random.Random(SEED * 1000 + p)
    start.wait()
    for i in range(N):
        item = p * N + i
        if rng.random() < 0.05:
            shared.insert(0, item)
        else:
            shared.append(item)


def consume(c):
    rng = random.Random(SEED * 1000 + P + c)
    mine = []
    start.wait()
    while True:
        done = producers_done.is_set()      # read before the pop: an empty list after it is final
        try:
            mine.append(shared.pop(0) if rng.random() < 0.1 else shared.pop())
        except IndexError:
            empties[c] += 1
            if done:
                break
            producers_done.wait(0.0005)     # block briefly instead of spinning on an empty list
    popped[c] = mine


producers = [threading.Thread(target=produce, args=(p,)) for p in range(P)]
consumers = [threading.Thread(target=consume, args=(c,)) for c in range(C)]
for th in producers + consumers:
    th.start()
for th in producers:
    th.join()
producers_done.set()
for th in consumers:
    th.join()

everything = [x for mine in popped for x in mine] + shared
if len(everything) != P * N:
    fail(f"{len(everything)} items popped or left, expected {P * N}")
if sorted(everything) != list(range(P * N)):
    bad = [x for x in everything if not (type(x) is int and 0 <= x < P * N)][:5]
    fail(f"items lost or duplicated (foreign values: {bad!r})")
if shared:
    fail(f"{len(shared)} items left after the consumers saw an empty list")
run.ok(items=P * N, empty_pops=sum(empties))

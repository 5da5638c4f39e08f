# FINDINGS.md F2 (fixed): list.pop/del/remove normalised the index outside the list's lock.
# Index-based list removals racing each other on one shared list of T*ITERATIONS items:
# (a) every thread pops (pop() or pop(0)) until IndexError; (b) every thread runs `del lst[-1]`
# until IndexError; (c) every thread list.remove()s its own items from a shuffled list (of at
# most REMOVE_MAX items: each remove scans the list, so this part is quadratic).
# Invariants: (a) every item is popped exactly once and the only IndexError is CPython's "pop
# from empty list"; (b) the successful dels number exactly the items; (c) no remove() of an item
# that is in the list raises ValueError and the list ends empty.
# stress: short=2x3000 long=10x30000
import random
import threading

from _harness import Run

run = Run("list_index_race")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail


def run_all(target):
    barrier = threading.Barrier(T)

    def body(t):
        barrier.wait()
        target(t)

    threads = [threading.Thread(target=body, args=(t,)) for t in range(T)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()


# (a) pop racing pop
lst = list(range(T * N))
popped = [None] * T
messages = set()


def pop_all(t):
    rng = random.Random(SEED * 1000 + t)
    mine = []
    while True:
        try:
            mine.append(lst.pop(0) if rng.random() < 0.1 else lst.pop())
        except IndexError as e:
            messages.add(str(e))
            break
    popped[t] = mine


run_all(pop_all)
if messages != {"pop from empty list"}:
    fail(f"pop() racing pop() raised IndexError {sorted(messages)!r}; CPython only raises "
         f"'pop from empty list', and only when the list is empty")
if sorted(x for mine in popped for x in mine) != list(range(T * N)):
    fail("pop() racing pop(): items lost or popped twice")

# (b) del lst[-1] racing itself
lst = list(range(T * N))
dels = [0] * T


def del_all(t):
    while True:
        try:
            del lst[-1]
        except IndexError:
            break
        dels[t] += 1


run_all(del_all)
if sum(dels) != T * N or lst:
    fail(f"`del lst[-1]` succeeded {sum(dels)} times on a list of {T * N} items "
         f"({len(lst)} left): some deletions did nothing")

# (c) remove racing remove
REMOVE_MAX = 24000
R = min(T * N, REMOVE_MAX)
lst = list(range(R))
random.Random(SEED).shuffle(lst)
missed = []


def remove_own(t):
    for x in range(t, R, T):
        try:
            lst.remove(x)
        except ValueError:
            missed.append(x)


run_all(remove_own)
if missed or lst:
    fail(f"list.remove() racing list.remove(): {len(missed)} own items not found, {len(lst)} "
         f"items left (a remove deleted another thread's item)")
run.ok(items=T * N)

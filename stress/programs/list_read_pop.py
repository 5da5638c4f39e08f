# FINDINGS.md F3 (fixed): lock-free list reads racing list.pop returned a hole (NULL).
# Lock-free list reads racing removals: one thread appends and pops on a shared list (which never
# drops below 100 items; one mutator only, so that F2 cannot fire), the other threads read it: lst[-1], lst[i], list(lst), lst.copy(),
# lst[:] and `for x in lst`. Invariant: every value read is an int that was in the list; a read
# never yields a hole (in pyrs-nogil a hole reaches Python code as an "unbound" value, so using
# the variable just assigned raises UnboundLocalError).
# stress: short=2x100000 long=10x1000000
import random
import threading

from _harness import Run

run = Run("list_read_pop")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
M = 1
R = max(1, T - M)

lst = list(range(100))
stop = threading.Event()
reads = [0] * R


def mutate(m):
    for i in range(N):
        lst.append(100 + i)
        lst.pop()


def check(how, v):
    if type(v) is not int or not 0 <= v < 100 + N:
        fail(f"{how} returned {v!r}, never put in the list")


def read(r):
    rng = random.Random(SEED * 1000 + r)
    while not stop.is_set():
        how = rng.randrange(6)
        try:
            if how == 0:
                for _ in range(100):
                    v = lst[-1]
                    check("lst[-1]", v)
            elif how == 1:
                for _ in range(100):
                    v = lst[rng.randrange(99, 101)]
                    check("lst[i]", v)
            elif how == 2:
                for v in list(lst):
                    check("list(lst)", v)
            elif how == 3:
                for v in lst.copy():
                    check("lst.copy()", v)
            elif how == 4:
                for v in lst[:]:
                    check("lst[:]", v)
            else:
                for v in lst:
                    check("for v in lst", v)
        except IndexError:
            pass                        # lst[100] or lst[101] while popped: legal
        except UnboundLocalError:
            fail(f"read #{how} (0: lst[-1], 1: lst[i], 2: list(), 3: copy(), 4: [:], 5: for) "
                 f"yielded a hole: the variable it was just assigned to is unbound")
        reads[r] += 1


mutators = [threading.Thread(target=mutate, args=(m,)) for m in range(M)]
readers = [threading.Thread(target=read, args=(r,)) for r in range(R)]
for th in mutators + readers:
    th.start()
for th in mutators:
    th.join()
stop.set()
for th in readers:
    th.join()
if lst != list(range(100)):
    fail(f"the list ended with {len(lst)} items, expected the first 100")
run.ok(reads=sum(reads))

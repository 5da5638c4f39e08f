# Shared containers handed from thread to thread, so that their lock words are rebiased and
# revoked over and over (objmodel/src/lock.rs, Rebiasing): in each round every thread in turn
# works alone on one list, dict and set for more than REBIAS_AFTER (4096) operations, which
# rebiases their words to it; the next thread's first operation must revoke that bias. Between
# the solo turns all threads hammer the same containers at once, racing the revocation of a
# word rebiased to a running owner. Invariants: no append, store or add is lost or duplicated,
# and every value read is one some thread wrote whole.
# stress: short=2x3 long=6x12
import threading

from _harness import Run

run = Run("rebias_handover")
T, ROUNDS, SEED = run.threads, run.iters, run.seed
fail = run.fail
SOLO = 5000          # operations per solo turn: above REBIAS_AFTER
FREE = 1500          # operations per thread in the free-for-all after each round of turns
KEYS = 64

shared_list = []
shared_dict = {}
shared_set = set()
turn = [0]
turn_cv = threading.Condition()
free_start = threading.Barrier(T)
bad_reads = [0] * T


def check_read(tid, v):
    # Values stored in the dict are (thread, serial) pairs with serial % 7 == 0.
    if type(v) is not tuple or len(v) != 2 or v[1] % 7 != 0:
        bad_reads[tid] += 1


def solo(tid, r):
    base = (r * T + tid) * SOLO
    for i in range(SOLO):
        shared_list.append(base + i)
        shared_dict[(base + i) % KEYS] = (tid, (base + i) * 7)
        shared_set.add(base + i)
        if i % 5 == 0:
            check_read(tid, shared_dict.get((i * 31) % KEYS, (0, 0)))


def free(tid, r):
    base = 10**9 + (r * T + tid) * FREE
    for i in range(FREE):
        shared_list.append(base + i)
        shared_dict[(i * 13 + tid) % KEYS] = (tid, (base + i) * 7)
        shared_set.add(base + i)
        check_read(tid, shared_dict.get((i * 17) % KEYS, (0, 0)))


def worker(tid):
    for r in range(ROUNDS):
        with turn_cv:
            while turn[0] != r * T + tid:
                turn_cv.wait()
        solo(tid, r)
        with turn_cv:
            turn[0] += 1
            turn_cv.notify_all()
        free_start.wait()
        free(tid, r)
        free_start.wait()


threads = [threading.Thread(target=worker, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

expected = set()
for r in range(ROUNDS):
    for tid in range(T):
        b = (r * T + tid) * SOLO
        expected.update(range(b, b + SOLO))
        b = 10**9 + (r * T + tid) * FREE
        expected.update(range(b, b + FREE))
if len(shared_list) != len(expected) or set(shared_list) != expected:
    fail(f"list: {len(shared_list)} items, expected {len(expected)} distinct ones exactly once")
if shared_set != expected:
    fail(f"set: {len(shared_set)} items, expected {len(expected)}")
if sorted(shared_dict) != list(range(KEYS)):
    fail(f"dict keys wrong: {sorted(shared_dict)[:8]}...")
for v in shared_dict.values():
    check_read(0, v)
if sum(bad_reads):
    fail(f"{sum(bad_reads)} torn or foreign values read from the dict")
run.ok(items=len(shared_list), keys=len(shared_dict))

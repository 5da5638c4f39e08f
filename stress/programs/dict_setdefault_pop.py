# FINDINGS.md F1 (fixed): dict.setdefault was not atomic.
# dict.setdefault / dict.pop races on shared keys. In each round every thread calls
# setdefault(k, its own token) on the same KEYS keys (str and int) in its own random order, the
# threads meet at a Barrier, then every thread pops every key (pop(k, None) or pop(k) catching
# KeyError) while others read with get/`in`. Invariants: per key, every thread's setdefault
# returned the same object, one thread's token, which the dict held; per key exactly one pop
# won and got that object; the dict is empty after each round.
# stress: short=2x60 long=10x600
import random
import threading

from _harness import Run

run = Run("dict_setdefault_pop")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
KEYS = 48


def key(r, k):
    return f"r{r}k{k}" if k % 2 else r * 1000 + k


shared = {}
barrier = threading.Barrier(T)
# got[t][r][k]: what thread t's setdefault returned; won[t][r]: {k: value} for pops t won
got = [None] * T
won = [None] * T
held = [None] * N       # the dict's values after the setdefault phase, recorded by thread 0
bad = []


def worker(t):
    rng = random.Random(SEED * 1000 + t)
    my_got = []
    my_won = []
    order = list(range(KEYS))
    for r in range(N):
        rng.shuffle(order)
        returned = [None] * KEYS
        for k in order:
            token = (t, r, k)
            returned[k] = shared.setdefault(key(r, k), token)
        my_got.append(returned)
        barrier.wait()
        if t == 0:
            held[r] = [shared.get(key(r, k)) for k in range(KEYS)]
            if len(shared) != KEYS:
                bad.append(("size after setdefault", r, len(shared)))
        barrier.wait()
        rng.shuffle(order)
        wins = {}
        for k in order:
            kk = key(r, k)
            if rng.random() < 0.5:
                v = shared.pop(kk, None)
                if v is not None:
                    wins[k] = v
            else:
                try:
                    wins[k] = shared.pop(kk)
                except KeyError:
                    pass
            v = shared.get(key(r, rng.randrange(KEYS)))
            if v is not None and (type(v) is not tuple or v[1] != r):
                bad.append(("get saw garbage", r, v))
        my_won.append(wins)
        if barrier.wait() == 0 and shared:
            bad.append(("dict not empty after pops", r, len(shared)))
        barrier.wait()
    got[t] = my_got
    won[t] = my_won


threads = [threading.Thread(target=worker, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

if bad:
    fail(f"bad observations: {bad[:5]!r}")
for r in range(N):
    for k in range(KEYS):
        values = [got[t][r][k] for t in range(T)]
        first = values[0]
        if any(v is not first for v in values):
            fail(f"round {r} key {k}: setdefault returned different objects {set(values)!r}")
        if type(first) is not tuple or first[1:] != (r, k) or not 0 <= first[0] < T:
            fail(f"round {r} key {k}: setdefault returned {first!r}, not a thread's token")
        if held[r][k] is not first:
            fail(f"round {r} key {k}: dict held {held[r][k]!r}, setdefault returned {first!r}")
        winners = [t for t in range(T) if k in won[t][r]]
        if len(winners) != 1:
            fail(f"round {r} key {k}: {len(winners)} pops succeeded, expected exactly 1")
        if won[winners[0]][r][k] is not first:
            fail(f"round {r} key {k}: pop returned {won[winners[0]][r][k]!r}, not {first!r}")
run.ok(keys=N * KEYS)

# Distinct-key dict writes from every thread into one shared dict (str, int and tuple keys;
# d[k] = v, d.update(chunk), and a temporary key written then deleted), while reader threads
# look up a key that never changes. Invariants: every write lands with its value; no temporary
# key survives; each thread's keys keep their insertion order in the dict; the stable key always
# reads back as the same object, even while the table resizes under the reader.
# stress: short=2x3000 long=10x30000
import random
import threading

from _harness import Run

run = Run("dict_keys")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail



STABLE = object()
shared = {"stable": STABLE}
start = threading.Barrier(T)
written = [None] * T
bad = []


def key_of(t, i):
    m = (t + i) % 3
    if m == 0:
        return f"k{t}_{i}"
    if m == 1:
        return (t, i)
    return t * N + i + 1_000_000


def worker(t):
    rng = random.Random(SEED * 1000 + t)
    keys = []
    start.wait()
    i = 0
    while i < N:
        r = rng.random()
        if r < 0.7:
            k = key_of(t, i)
            shared[k] = (t, i)
            keys.append(k)
            i += 1
        elif r < 0.85:
            n = min(rng.randint(2, 5), N - i)
            chunk = {key_of(t, j): (t, j) for j in range(i, i + n)}
            shared.update(chunk)
            keys.extend(chunk)
            i += n
        elif r < 0.9:
            tmp = f"tmp{t}_{i}"
            shared[tmp] = i
            if shared.get(tmp) != i:
                bad.append(("temp readback", tmp))
            del shared[tmp]
        else:
            # Readers: a key that never changes, and one of this thread's own earlier keys.
            if shared["stable"] is not STABLE or shared.get("stable") is not STABLE:
                bad.append(("stable key", t))
            if keys:
                j = rng.randrange(len(keys))
                if shared.get(keys[j]) != (t, j) or shared[keys[j]] != (t, j):
                    bad.append(("own key", keys[j]))
    written[t] = keys


threads = [threading.Thread(target=worker, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

if bad:
    fail(f"bad reads during the race: {bad[:5]!r}")
if shared.pop("stable") is not STABLE:
    fail("stable key changed")
if len(shared) != T * N:
    extra = [k for k in shared if isinstance(k, str) and k.startswith("tmp")][:5]
    fail(f"dict has {len(shared)} keys, expected {T * N} (leftover temporaries: {extra!r})")
pos = {k: p for p, k in enumerate(shared)}
for t in range(T):
    if len(written[t]) != N:
        fail(f"thread {t} wrote {len(written[t])} keys, expected {N}")
    for i, k in enumerate(written[t]):
        if k != key_of(t, i):
            fail(f"thread {t}: key {i} is {k!r}")
        if shared.get(k) != (t, i):
            fail(f"key {k!r} lost or has wrong value {shared.get(k)!r}")
    order = [pos[k] for k in written[t]]
    if order != sorted(order):
        fail(f"thread {t}: keys not in insertion order")
run.ok(keys=len(shared))

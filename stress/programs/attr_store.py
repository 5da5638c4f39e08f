# Attribute stores from many threads on shared objects: every thread writes `obj.x = (t, i)` on
# one instance, on an instance of a __slots__ class and to a module global, adds its own new
# attributes to the shared instance (growing its dict) and its own class attributes to the
# shared class, and reads all of them back. Invariants: a read of x only ever returns one of the
# written tuples (never garbage or a torn value); each thread's own attributes read back exactly;
# after the race x holds some thread's last write and every added attribute is present.
# stress: short=2x4000 long=10x40000
import random
import threading

from _harness import Run

run = Run("attr_store")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
OWN = 64                # own attributes per thread



class Shared:
    kind = "shared"


class Slotted:
    __slots__ = ("x",)


obj = Shared()
obj.x = (0, -1)
slot = Slotted()
slot.x = (0, -1)
G = (0, -1)
start = threading.Barrier(T)
bad = []


def valid(v):
    return type(v) is tuple and len(v) == 2 and 0 <= v[0] < T and -1 <= v[1] < N


def worker(t):
    global G
    rng = random.Random(SEED * 1000 + t)
    start.wait()
    for i in range(N):
        v = (t, i)
        r = rng.random()
        if r < 0.3:
            obj.x = v
        elif r < 0.5:
            slot.x = v
        elif r < 0.6:
            G = v
        elif r < 0.7:
            j = i % OWN
            setattr(obj, f"a{t}_{j}", v)
            if getattr(obj, f"a{t}_{j}") is not v:
                bad.append(("own attribute", t, j))
        elif r < 0.72:
            setattr(Shared, f"c{t}_{i % OWN}", v)
            if getattr(obj, f"c{t}_{i % OWN}") is not v:     # found through the class
                bad.append(("class attribute", t, i))
        else:
            for w in (obj.x, slot.x, G):
                if not valid(w):
                    bad.append(("read", w))
            if obj.kind != "shared":
                bad.append(("class attribute kind", obj.kind))
    # Every thread's last store to each shared location is (t, N - 1).
    obj.x = slot.x = G = (t, N - 1)
    for j in range(OWN):
        setattr(obj, f"a{t}_{j}", (t, j))
        setattr(Shared, f"c{t}_{j}", (t, j))


threads = [threading.Thread(target=worker, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

if bad:
    fail(f"bad reads during the race: {bad[:5]!r}")
for where, v in (("obj.x", obj.x), ("slot.x", slot.x), ("global G", G)):
    if not valid(v) or v[1] != N - 1:
        fail(f"{where} ended as {v!r}, not some thread's last write (t, {N - 1})")
for t in range(T):
    for j in range(OWN):
        if getattr(obj, f"a{t}_{j}", None) != (t, j):
            fail(f"instance attribute a{t}_{j} lost: {getattr(obj, f'a{t}_{j}', None)!r}")
        if getattr(Shared, f"c{t}_{j}", None) != (t, j) or obj.__dict__.get(f"c{t}_{j}") is not None:
            fail(f"class attribute c{t}_{j} lost or misplaced")
if len(obj.__dict__) != 1 + T * OWN:
    fail(f"instance dict has {len(obj.__dict__)} entries, expected {1 + T * OWN}")
run.ok(attributes=len(obj.__dict__))

# The interpreter's per-site caches under races: every thread runs the same attribute load and
# store sites (`o.v`, `o.v = ...`) over shared objects whose dicts other threads reshape (new
# attributes, deletions and re-insertions of `v`, dicts replaced wholesale), and the same global
# load sites (`G1`, `len`) while threads rebind, delete and re-create those globals and shadow
# the builtin. Invariants: a load returns one of the values stored under that very name on
# that very object (never another attribute's value, never a stale deleted one after the
# deleting thread's own re-check); a missing attribute or global raises, it never reads
# garbage; after the race every object's `v` is some thread's last write.
# stress: short=2x3000 long=10x30000
import random
import threading

from _harness import Run

run = Run("site_caches")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
NOBJ = 8


class Obj:
    pass


objs = []
for k in range(NOBJ):
    o = Obj()
    for j in range(k):                 # different shapes: v sits at a different entry index
        setattr(o, f"pad{j}", ("pad", k, j))
    o.v = ("v", k, -1, -1)
    objs.append(o)

G1 = ("g", -1, -1)
start = threading.Barrier(T)
bad = []


def load_v(o):
    return o.v                         # one LoadAttr site for every object and thread


def store_v(o, val):
    o.v = val                          # one StoreAttr site


def load_g():
    return G1                          # one LoadGlobal site (module global)


def load_len(x):
    return len(x)                      # one LoadGlobal site (builtin, sometimes shadowed)


def valid_v(k, w):
    return type(w) is tuple and w.__len__() == 4 and w[0] == "v" and w[1] == k   # not len(): shadowed


def worker(t):
    global G1
    rng = random.Random(SEED * 7919 + t)
    start.wait()
    for i in range(N):
        k = rng.randrange(NOBJ)
        o = objs[k]
        r = rng.random()
        if r < 0.35:
            try:
                w = load_v(o)
            except AttributeError:
                continue               # another thread deleted v just now
            if not valid_v(k, w):
                bad.append(("attr", k, w))
        elif r < 0.6:
            store_v(o, ("v", k, t, i))
        elif r < 0.65:
            try:
                del o.v
            except AttributeError:
                pass
            store_v(o, ("v", k, t, i))
        elif r < 0.7:
            setattr(o, f"t{t}_{i % 16}", ("pad", t, i))     # grow the dict (resizes)
        elif r < 0.72:
            d = dict(o.__dict__)
            d["v"] = ("v", k, t, i)
            o.__dict__ = d                                   # replace the dict wholesale
        elif r < 0.8:
            G1 = ("g", t, i)
        elif r < 0.82:
            try:
                del globals()["G1"]
            except KeyError:
                pass
            G1 = ("g", t, i)
        elif r < 0.9:
            try:
                w = load_g()
            except NameError:
                continue
            if type(w) is not tuple or w[0] != "g":
                bad.append(("global", w))
        else:
            n = load_len("abc")
            if n != 3 and n != "shadow":
                bad.append(("len", n))
    # Each thread's final write, for the end check.
    for k, o in enumerate(objs):
        store_v(o, ("v", k, t, N))


def shadower():
    # Shadows the builtin len with a module global now and then (the builtin site must see it).
    rng = random.Random(SEED)
    start.wait()
    for i in range(N // 10):
        if rng.random() < 0.5:
            globals()["len"] = lambda x: "shadow"
        else:
            globals().pop("len", None)
    globals().pop("len", None)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(T - 1)]
threads.append(threading.Thread(target=shadower))
for th in threads:
    th.start()
for th in threads:
    th.join()

if bad:
    fail(f"bad loads during the race: {bad[:5]!r}")
for k, o in enumerate(objs):
    w = load_v(o)
    if not valid_v(k, w) or w[3] != N:
        fail(f"object {k} ended with v={w!r}, not some thread's last write")
if load_len("abcd") != 4:
    fail("builtin len not restored")
run.ok(objects=NOBJ)

# Iteration racing mutation: half the threads mutate a shared list (append, item stores), dict
# (set, del, each thread on its own keys) and set (add, discard, own elements) while the other
# half iterate them (for loops, list(), sorted(), items(), comprehensions, `in`). Invariants:
# iteration never crashes and only yields items that were put in (dict values match their keys);
# the only errors are CPython's RuntimeErrors "dictionary changed size during iteration",
# "dictionary keys changed during iteration" and "Set changed size during iteration"; after the
# race every container holds exactly what the mutators' own logs say. (Readers racing list.pop
# are pending/list_read_pop.py, see FINDINGS.md.)
# stress: short=2x3000 long=10x30000
import random
import threading

from _harness import Run

run = Run("iter_mutate")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
M = max(1, T // 2)      # mutator threads
R = max(1, T - M)       # iterator threads
ALLOWED = ("dictionary changed size during iteration", "dictionary keys changed during iteration",
           "Set changed size during iteration")



lst = list(range(-100, 0))          # the first 100 items are stored again, never removed
dct = {k: k * 3 for k in range(-100, 0)}
st = set(range(-100, 0))
logs = [None] * M
stop = threading.Event()
errors = {}
passes = [0] * R
bad = []
start = threading.Barrier(M + R)


def mutate(m):
    rng = random.Random(SEED * 1000 + m)
    appended = []
    mykeys, myset = set(), set()
    start.wait()
    for i in range(N):
        x = m + M * i
        r = rng.random()
        if r < 0.3:
            lst.append(x)
            appended.append(x)
        elif r < 0.4:
            j = rng.randrange(100)
            lst[j] = j - 100
        elif r < 0.6:
            k = m + M * rng.randrange(200)
            if k in mykeys and rng.random() < 0.5:
                del dct[k]
                mykeys.discard(k)
            else:
                dct[k] = k * 3
                mykeys.add(k)
        else:
            e = m + M * rng.randrange(200)
            if e in myset and rng.random() < 0.5:
                st.discard(e)
                myset.discard(e)
            else:
                st.add(e)
                myset.add(e)
    logs[m] = (appended, mykeys, myset)


def check_item(what, v):
    if type(v) is not int or not -100 <= v < M * max(N, 200):
        bad.append((what, v))


def iterate(r):
    rng = random.Random(SEED * 1000 + M + r)
    start.wait()
    while not stop.is_set():
        choice = rng.randrange(6)
        try:
            if choice == 0:
                for v in lst:
                    check_item("list", v)
            elif choice == 1:
                for v in list(lst)[-50:]:
                    check_item("list()", v)
            elif choice == 2:
                for k, v in dct.items():
                    if v != k * 3:
                        bad.append(("dict item", k, v))
            elif choice == 3:
                for k in [k for k in dct if k % 7 == 0]:
                    check_item("dict key", k)
            elif choice == 4:
                for v in sorted(st):
                    check_item("set", v)
            else:
                n = sum(1 for _ in st) + sum(1 for _ in dct.values())
                if n < 0:
                    bad.append(("count", n))
                if -1 not in st or -1 not in dct or -1 not in lst:
                    bad.append(("fixed item missing", choice))
        except RuntimeError as e:
            msg = str(e)
            if msg not in ALLOWED:
                bad.append(("unexpected RuntimeError", msg))
            errors[msg] = errors.get(msg, 0) + 1
        passes[r] += 1


mutators = [threading.Thread(target=mutate, args=(m,)) for m in range(M)]
readers = [threading.Thread(target=iterate, args=(r,)) for r in range(R)]
for th in mutators + readers:
    th.start()
for th in mutators:
    th.join()
stop.set()
for th in readers:
    th.join()

if bad:
    fail(f"bad observations during iteration: {bad[:5]!r}")
appended = [x for a, _, _ in logs for x in a]
if sorted(lst[100:]) != sorted(appended) or lst[:100] != list(range(-100, 0)):
    fail(f"list: {len(lst) - 100} items appended, the mutators logged {len(appended)}")
for m in range(M):
    mine = [x for x in lst[100:] if x % M == m]
    if mine != logs[m][0]:
        fail(f"list: mutator {m}'s appends are out of program order")
want_keys = set(range(-100, 0)).union(*(k for _, k, _ in logs))
if set(dct) != want_keys or any(v != k * 3 for k, v in dct.items()):
    fail(f"dict: {len(set(dct) ^ want_keys)} keys differ from the mutators' logs")
if st != set(range(-100, 0)).union(*(s for _, _, s in logs)):
    fail("set differs from the mutators' logs")
run.ok(passes=sum(passes), runtime_errors=sum(errors.values()))

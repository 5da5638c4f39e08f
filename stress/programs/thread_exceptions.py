# Exceptions inside threads. Round 1: ITERATIONS threads (at most THREADS*4 alive) each raise and
# catch exceptions in a loop (checking that sys.exc_info(), `except ... as e` and __context__ are
# the thread's own), then finish normally or end with an uncaught ValueError, KeyError, a user
# exception raised while handling another, or SystemExit; a custom threading.excepthook counts
# them. Round 2: the default hook writes reports to a captured sys.stderr. Round 3: one real
# report goes to stderr. Invariants: the hook sees exactly the uncaught exceptions, each once
# with its own thread, type and message; the default hook prints one report per non-SystemExit
# exception and none for SystemExit; every thread has finished; the process goes on.
# stress: short=2x800 long=10x8000 stderr-reports=1
import random
import sys
import threading

from _harness import Run

run = Run("thread_exceptions")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
WAVE = T * 4



class Custom(Exception):
    pass


bad = []


def churn(idx):
    """Raise and catch in a loop; every handler must see this thread's own exception."""
    for j in range(10):
        try:
            try:
                raise ValueError(idx, j)
            except ValueError as e:
                if e.args != (idx, j) or sys.exc_info()[1] is not e:
                    bad.append(("inner", idx, j, e.args))
                raise KeyError(idx, j)
        except KeyError as k:
            if k.args != (idx, j) or not isinstance(k.__context__, ValueError) \
                    or k.__context__.args != (idx, j):
                bad.append(("context", idx, j))
        finally:
            if sys.exc_info()[0] is not None:
                bad.append(("exc_info leaked into finally", idx, j))
    if sys.exc_info() != (None, None, None):
        bad.append(("exc_info after handlers", idx))


def deep(idx, n):
    if n == 0:
        raise KeyError(f"key {idx}")
    deep(idx, n - 1)


def worker(idx, fate):
    churn(idx)
    if fate == "ValueError":
        raise ValueError(f"worker {idx} failed")
    if fate == "KeyError":
        deep(idx, 3)
    if fate == "Custom":
        try:
            {}[idx]
        except KeyError:
            raise Custom(f"worker {idx} failed while handling")
    if fate == "SystemExit":
        sys.exit(idx)


FATES = ("ok", "ok", "ValueError", "KeyError", "Custom", "SystemExit")
EXPECT_MSG = {
    "ValueError": lambda i: f"worker {i} failed",
    "KeyError": lambda i: repr(f"key {i}"),
    "Custom": lambda i: f"worker {i} failed while handling",
    "SystemExit": lambda i: str(i),
}


def run_waves(count, fates, offset):
    threads = []
    for w0 in range(0, count, WAVE):
        wave = [threading.Thread(target=worker, args=(offset + i, fates[i]), name=f"w{offset + i}")
                for i in range(w0, min(count, w0 + WAVE))]
        for th in wave:
            th.start()
        for th in wave:
            th.join()
        threads.extend(wave)
    alive = [th.name for th in threads if th.is_alive()]
    if alive:
        fail(f"threads still alive after join: {alive[:5]!r}")


# Round 1: a counting hook.
rng = random.Random(SEED)
fates = [rng.choice(FATES) for _ in range(N)]
seen = []


def hook(args):
    if args.exc_traceback is None or args.exc_value.__traceback__ is None:
        bad.append(("hook without traceback", args.thread.name))
    seen.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))


threading.excepthook = hook
run_waves(N, fates, 0)
threading.excepthook = threading.__excepthook__
want = sorted((f"w{i}", f, EXPECT_MSG[f](i)) for i, f in enumerate(fates) if f != "ok")
if sorted(seen) != want:
    missing = [w for w in want if w not in seen][:3]
    fail(f"excepthook saw {len(seen)} exceptions, expected {len(want)} (missing {missing!r})")


# Round 2: the default hook, writing into a captured sys.stderr.
class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)        # list.append is atomic: reports may interleave, never tear
        return len(s)

    def flush(self):
        pass


M = min(N, WAVE * 2)
fates2 = [rng.choice(("ValueError", "SystemExit", "ok")) for _ in range(M)]
real_stderr = sys.stderr
cap = Capture()
sys.stderr = cap
try:
    run_waves(M, fates2, N)
finally:
    sys.stderr = real_stderr
text = "".join(cap.parts)
n_reports = text.count("Exception in thread ")
n_want = fates2.count("ValueError")
if n_reports != n_want:
    fail(f"default excepthook printed {n_reports} reports, expected {n_want}")
for i, f in enumerate(fates2):
    line = f"ValueError: worker {N + i} failed\n"
    if text.count(line) != (f == "ValueError"):
        fail(f"default excepthook report for thread w{N + i} ({f}) printed {text.count(line)} times")

# Round 3: one real report on stderr; the process goes on.
t = threading.Thread(target=worker, args=(-1, "ValueError"), name="reported")
t.start()
t.join()
if bad:
    fail(f"exception state broken inside threads: {bad[:5]!r}")
if threading.active_count() != 1:
    fail(f"{threading.active_count() - 1} threads left at the end")
run.ok(uncaught=len(seen) + n_want + 1, default_reports=n_reports + 1)

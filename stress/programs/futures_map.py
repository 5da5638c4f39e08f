# concurrent.futures.ThreadPoolExecutor with THREADS workers: map over ITERATIONS inputs (exact
# sum, results in input order), submit + as_completed, add_done_callback from many futures,
# wait(), futures that raise, and tasks that submit further tasks. Invariants: every result and
# every callback is delivered exactly once; exceptions come back through result()/exception();
# the executor shuts down with every task done.
# stress: short=2x1500 long=10x30000
import concurrent.futures as cf
import threading

from _harness import Run

run = Run("futures_map")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail


def square(x):
    return x * x + SEED


def boom(x):
    if x % 7 == 3:
        raise ValueError(f"task {x} failed")
    return -x


callbacks = []
cb_lock = threading.Lock()
cb_count = [0]


def on_done(fut):
    callbacks.append(fut.tag)       # list.append is atomic
    with cb_lock:
        cb_count[0] += 1


with cf.ThreadPoolExecutor(max_workers=T) as ex:
    # map: exact sum, and results in input order
    results = list(ex.map(square, range(N)))
    if results != [x * x + SEED for x in range(N)]:
        fail("map results differ from the inputs' squares")
    if sum(results) != sum(x * x for x in range(N)) + SEED * N:
        fail(f"map sum {sum(results)} is wrong")

    # submit + as_completed + callbacks
    futs = []
    for x in range(N):
        f = ex.submit(boom, x)
        f.tag = x
        f.add_done_callback(on_done)
        futs.append(f)
    seen = set()
    failures = 0
    for f in cf.as_completed(futs, timeout=120):
        if f.tag in seen:
            fail(f"as_completed yielded task {f.tag} twice")
        seen.add(f.tag)
        e = f.exception()
        if e is not None:
            failures += 1
            if not isinstance(e, ValueError) or str(e) != f"task {f.tag} failed":
                fail(f"task {f.tag}: wrong exception {e!r}")
        elif f.result() != -f.tag:
            fail(f"task {f.tag}: result {f.result()!r}")
    if len(seen) != N:
        fail(f"as_completed yielded {len(seen)} futures, expected {N}")
    if failures != sum(1 for x in range(N) if x % 7 == 3):
        fail(f"{failures} tasks failed, expected {sum(1 for x in range(N) if x % 7 == 3)}")

    # tasks that submit tasks; wait() for all of them
    inner = []

    def outer(x):
        g = ex.submit(square, x)
        inner.append(g)
        return x

    outs = [ex.submit(outer, x) for x in range(min(N, 500))]
    done, not_done = cf.wait(outs, timeout=120)
    if not_done:
        fail(f"{len(not_done)} outer tasks not done after wait()")
    done, not_done = cf.wait(inner, timeout=120)
    if not_done or len(inner) != len(outs):
        fail("nested tasks lost or not done")
    if sorted(g.result() for g in inner) != sorted(square(x) for x in range(len(outs))):
        fail("nested task results are wrong")

if not all(f.done() for f in futs + outs + inner):
    fail("a future is not done after the executor shut down")
# A done callback may still be running when as_completed yields its future; once shutdown has
# joined the workers (the end of the `with`), every callback has run.
if cb_count[0] != N or sorted(callbacks) != list(range(N)):
    fail(f"done callbacks ran {cb_count[0]} times for {N} futures")
run.ok(map_sum=sum(results), failed_tasks=failures, nested=len(inner))

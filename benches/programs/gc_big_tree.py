"""GC pauses with a large live heap: a long-lived tree of small objects, 2+ threads churning.

Usage: gc_big_tree.py [THREADS] [NODES]

The pause benchmark of the concurrent-GC issue. The main thread builds a balanced binary
tree of NODES nodes that stays reachable to the end. A node is a 3-tuple
(left, right, key) with `None` for a missing child and a key below 256: in pyrs-nogil a
tuple is the smallest object with pointers (about 56 bytes here, against about 320 for a
class instance, `__slots__` or not, which carries a dict), so the tree is many small
objects, which is what makes marking expensive. At the paper size (19,000,000 nodes) it is
about 1 GiB live in pyrs-nogil (`--gc-stats`, "live after gc") and about 1.2 GB in
CPython 3.11.

Then THREADS threads allocate and drop short-lived objects while the tree stays
reachable: STEPS = NODES * CHURN // TEMP_NODES steps taken round-robin, each building and
walking a small tree of TEMP_NODES tuples and making a list of small lists. A step
allocates about 260 KiB in pyrs-nogil (the tree, the tuples `walk` returns, the rows), so
the workers allocate about 9 times the live tree in total, and a collector triggered by
allocation volume runs several cycles with the whole tree live while they run. The main
thread waits in `join` meanwhile. At the end it walks the tree again: a collector that
freed or overwrote part of it shows as a wrong checksum or a crash.

stdout: one checksum line (node count and key sums, independent of THREADS).
stderr: METRIC lines: the time to build the tree (s), the worker phase (s), and the
median, 99th percentile and maximum step time in milliseconds over all threads; a step
that spans a collection is longer than the others.
"""
import sys
import threading
import time

CHURN = 4
TEMP_NODES = 2047
MOD = (1 << 61) - 1


def make_tree(n, key):
    """A balanced tree of n nodes; keys follow from n and `key` only."""
    if n == 0:
        return None
    left = (n - 1) // 2
    return (make_tree(left, key * 3 + 1), make_tree(n - 1 - left, key * 3 + 2), (n + key) & 255)


def walk(node):
    """(nodes, sum of keys, position-weighted key hash) of a tree."""
    if node is None:
        return 0, 0, 1
    ln, lk, lh = walk(node[0])
    rn, rk, rh = walk(node[1])
    key = node[2]
    return ln + rn + 1, lk + rk + key, (lh * 31 + rh * 17 + key) % MOD


def step(i):
    """One unit of short-lived work: a small tree and a list of small lists, dropped."""
    tree = make_tree(TEMP_NODES, i)
    nodes, keys, _ = walk(tree)
    rows = [[k, i, k * i] for k in range(64)]
    return nodes + keys + len(rows) + rows[i & 63][2]


def main(threads, nodes):
    clock = time.perf_counter
    t0 = clock()
    live = make_tree(nodes, 0)
    t1 = clock()
    steps_total = nodes * CHURN // TEMP_NODES
    totals = [0] * threads
    steps = [None] * threads

    def worker(tid):
        times = []
        total = 0
        for i in range(tid, steps_total, threads):
            s0 = clock()
            total += step(i)
            times.append(clock() - s0)
        totals[tid] = total
        steps[tid] = times

    workers = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    t2 = clock()
    count, keys, shape = walk(live)
    print("gc_big_tree nodes %d keys %d shape %d steps %d work %d"
          % (count, keys, shape, steps_total, sum(totals)))
    sys.stderr.write("METRIC build_s %.3f\n" % (t1 - t0))
    sys.stderr.write("METRIC churn_s %.3f\n" % (t2 - t1))
    all_steps = sorted(s for times in steps for s in times)
    if all_steps:
        n = len(all_steps)
        sys.stderr.write("METRIC step_median_ms %.3f\n" % (all_steps[n // 2] * 1e3))
        sys.stderr.write("METRIC step_p99_ms %.3f\n" % (all_steps[min(n - 1, n * 99 // 100)] * 1e3))
        sys.stderr.write("METRIC step_max_ms %.3f\n" % (all_steps[-1] * 1e3))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2,
     int(sys.argv[2]) if len(sys.argv) > 2 else 19_000_000)

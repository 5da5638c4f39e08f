"""GC pauses: short-lived trees allocated by every thread next to a long-lived tree.

Usage: gc_pause.py [THREADS] [TREES]

The main thread first builds a long-lived binary tree of 2**(LIVE_DEPTH+1)-1 nodes that
stays reachable to the end, so every full collection has a large live heap to trace. Then
TREES short-lived trees of depth TEMP_DEPTH are built and walked, round-robin over THREADS
threads. Each tree is one timed step; a step that spans a collection (or, in a runtime that
stops the world, another thread's collection) is longer than the others, so the longest
steps show the pauses that the program's threads see.

stdout: one checksum line (node counts, independent of THREADS).
stderr: METRIC lines read by the benchmark harness: the median, 99th percentile and
maximum step time in milliseconds over all threads. On an oversubscribed machine (more
threads than cores) the maximum also includes the OS's time slices.
"""
import sys
import threading
import time

LIVE_DEPTH = 16
TEMP_DEPTH = 10


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def count(node):
    if node.left is None:
        return 1
    return 1 + count(node.left) + count(node.right)


def main(threads, trees):
    live = make_tree(LIVE_DEPTH)
    totals = [0] * threads
    steps = [None] * threads

    def worker(tid):
        times = []
        total = 0
        clock = time.perf_counter
        for _ in range(tid, trees, threads):
            t0 = clock()
            total += count(make_tree(TEMP_DEPTH))
            times.append(clock() - t0)
        totals[tid] = total
        steps[tid] = times

    workers = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("gc_pause trees %d nodes %d live %d" % (trees, sum(totals), count(live)))
    all_steps = sorted(s for times in steps for s in times)
    if all_steps:
        n = len(all_steps)
        sys.stderr.write("METRIC step_median_ms %.3f\n" % (all_steps[n // 2] * 1e3))
        sys.stderr.write("METRIC step_p99_ms %.3f\n" % (all_steps[min(n - 1, n * 99 // 100)] * 1e3))
        sys.stderr.write("METRIC step_max_ms %.3f\n" % (all_steps[-1] * 1e3))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1,
     int(sys.argv[2]) if len(sys.argv) > 2 else 1200)

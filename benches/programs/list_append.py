"""Contention: one list appended to by every thread.

Usage: list_append.py [THREADS] [APPENDS]

APPENDS appends in all to one shared list, split into THREADS contiguous ranges of values;
every thread appends its range with list.append. The order of the elements depends on the
interleaving; their number and sum do not, and are checked and printed. Prints one line.
"""
import sys
import threading


def main(threads, appends):
    shared = []
    bounds = [appends * t // threads for t in range(threads + 1)]

    def worker(lo, hi):
        append = shared.append
        for i in range(lo, hi):
            append(i & 255)

    workers = [threading.Thread(target=worker, args=(bounds[t], bounds[t + 1])) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    expected = appends // 256 * (255 * 256 // 2) + (appends % 256) * (appends % 256 - 1) // 2
    total = sum(shared)
    if len(shared) != appends or total != expected:
        raise AssertionError("lost appends: len %d sum %d, expected %d %d"
                             % (len(shared), total, appends, expected))
    print("list_append %d sum %d" % (len(shared), total))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1,
     int(sys.argv[2]) if len(sys.argv) > 2 else 10000000)

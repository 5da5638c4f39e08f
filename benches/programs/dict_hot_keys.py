"""Contention: one dict, a few hot keys, written and read by every thread.

Usage: dict_hot_keys.py [THREADS] [OPS]

OPS iterations in all, split evenly over THREADS threads. Each iteration stores a multiple
of 7 under one of four hot str keys and reads another hot key (d[k] and d.get), checking
that the value read is one some thread wrote whole (a multiple of 7). Every store and load
goes to the same dict object, so a runtime with per-object locks sees them contended.
The values in the dict at the end depend on the interleaving, so the checksum prints only
what every correct runtime must agree on: the number of iterations, the number of good
reads (all of them) and the keys. Prints one line.
"""
import sys
import threading

HOT = ["alpha", "beta", "gamma", "delta"]


def main(threads, ops):
    d = {k: 0 for k in HOT}
    good = [0] * threads
    per_thread = ops // threads

    def worker(tid, n):
        ok = 0
        base = tid * 1000003
        for i in range(n):
            d[HOT[i & 3]] = (base + i) * 7
            if d[HOT[(i + 1) & 3]] % 7 == 0:
                ok += 1
            if d.get(HOT[(i + 2) & 3], 1) % 7 == 0:
                ok += 1
        good[tid] = ok

    counts = [per_thread + (1 if t < ops % threads else 0) for t in range(threads)]
    workers = [threading.Thread(target=worker, args=(t, counts[t])) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("dict_hot_keys ops %d good_reads %d keys %s" % (sum(counts), sum(good), ",".join(sorted(d))))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1,
     int(sys.argv[2]) if len(sys.argv) > 2 else 3000000)

"""Bounded memory under threaded churn: a large allocation volume, a constant live size.

Usage: gc_churn.py [THREADS] [ROUNDS]

The bounded-memory benchmark of the concurrent-GC issue. ROUNDS rounds are taken
round-robin by THREADS threads. A round allocates short-lived objects (a list of floats,
a list of ints, tuples, formatted strings, a dict, a two-list reference cycle), folds them
into the thread's checksum and drops them, then makes one *record* and stores it in the
thread's ring buffer, overwriting (and checking) the record stored there earliest. The
rings hold SLOTS records in all, split over the threads, so the live size stays constant
while every record lives for SLOTS rounds, not just one: the collector must reclaim
middle-aged objects too.

Sizes in pyrs-nogil (`--gc-stats`): a round allocates about 9 KiB, so the paper size
(2,400,000 rounds) allocates about 21,000 MiB (22 GB) in total; a record with its slot is
about 400 bytes, so the SLOTS = 250,000 records of the paper size are about 100 MiB live
(the figure "live after gc" reports). At smaller sizes the rings hold ROUNDS // 8 records
instead, so that every slot is still overwritten several times (the smoke and `all` sizes
stay fast).

stdout: one checksum line, independent of THREADS: the rounds' values summed, and how
many records (evicted during the run, and left in the rings at the end) were intact.
stderr: `METRIC churn_s` (the time the threads took).
"""
import sys
import threading
import time

SLOTS = 250_000
MOD = (1 << 61) - 1


def record(r):
    """A middle-lived object: a tuple holding an int, a list, a str and a small tuple."""
    return (r, [r + k for k in range(8)], "rec-%d" % r, (r * 0.5, r & 255))


def intact(rec):
    """1 if `rec` still holds what `record` put in it (a collector bug shows as 0)."""
    r, items, name, pair = rec
    ok = (len(items) == 8 and items[7] == r + 7 and items[0] == r and name == "rec-%d" % r
          and pair[0] == r * 0.5 and pair[1] == r & 255)
    return 1 if ok else 0


def round_value(r):
    """The short-lived part of one round: allocate, fold into a number, drop."""
    base = r * 31 + 7
    floats = [(base + k) * 0.5 for k in range(32)]
    ints = [(base << 20) + k * 1_000_003 for k in range(24)]
    tuples = [(ints[k], floats[k], "t%d" % (base + k)) for k in range(8)]
    strs = ["%d:%d" % (base, k) for k in range(8)]
    joined = "|".join(strs)
    d = {strs[k]: tuples[k] for k in range(8)}
    a = [r]
    b = [a]
    a.append(b)
    return (int(floats[r % 32]) + ints[r % 24] % 65_521 + len(joined) + len(d)
            + len(tuples[r % 8][2]) + a[1][0][0]) % MOD


def main(threads, rounds):
    slots = min(SLOTS, max(rounds // 8, threads))
    sums = [0] * threads
    kept = [0] * threads
    rings = [None] * threads

    def worker(tid):
        # This thread's share of the slots; the ring is made here, so it is this thread's.
        ring = [record(-1 - s) for s in range(tid, slots, threads)]
        n = len(ring)
        total = 0
        ok = 0
        k = 0
        for r in range(tid, rounds, threads):
            total = (total + round_value(r)) % MOD
            j = k % n
            ok += intact(ring[j])
            ring[j] = record(r)
            k += 1
        sums[tid] = total
        kept[tid] = ok
        rings[tid] = ring

    t0 = time.perf_counter()
    workers = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    t1 = time.perf_counter()
    left = sum(intact(rec) for ring in rings for rec in ring)
    print("gc_churn rounds %d slots %d checksum %d evicted_intact %d kept_intact %d"
          % (rounds, slots, sum(sums) % MOD, sum(kept), left))
    sys.stderr.write("METRIC churn_s %.3f\n" % (t1 - t0))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2,
     int(sys.argv[2]) if len(sys.argv) > 2 else 2_400_000)

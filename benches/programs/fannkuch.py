"""fannkuch-redux: permutations of small int lists, slice reversal.

Usage: fannkuch.py [THREADS] [N]

All N! permutations of range(N) are visited in the classic order (the one whose
alternating-sign checksum the benchmark is known by), split into CHUNKS ranges of
permutation indices. Each chunk starts from the permutation with that index (built from
the factorial number system) and steps with the classic rotation scheme. THREADS threads
take the chunks round-robin; the checksum and the maximum number of flips are sums and
maxima of per-chunk integers, so they do not depend on THREADS. Prints one line.
"""
import sys
import threading

CHUNKS = 24


def count_flips(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch_range(n, lo, hi, fact):
    """Checksum and max flips of the permutations with indices lo..hi-1."""
    perm = list(range(n))
    count = [0] * n
    idx = lo
    for i in range(n - 1, 0, -1):
        d = idx // fact[i]
        count[i] = d
        idx %= fact[i]
        perm[:i + 1] = perm[d:i + 1] + perm[:d]
    checksum = 0
    max_flips = 0
    k = lo
    while True:
        if perm[0]:
            f = count_flips(perm)
            if f > max_flips:
                max_flips = f
            if k % 2 == 0:
                checksum += f
            else:
                checksum -= f
        k += 1
        if k == hi:
            return checksum, max_flips
        # Next permutation: rotate the first i+1 elements while the counters carry.
        first = perm[1]
        perm[1] = perm[0]
        perm[0] = first
        i = 1
        count[i] += 1
        while count[i] > i:
            count[i] = 0
            i += 1
            nxt = perm[0] = perm[1]
            for j in range(1, i):
                perm[j] = perm[j + 1]
            perm[i] = first
            first = nxt
            count[i] += 1


def main(threads, n):
    fact = [1]
    for i in range(1, n + 1):
        fact.append(fact[-1] * i)
    assert fact[n] % CHUNKS == 0, "N! must be a multiple of CHUNKS"
    size = fact[n] // CHUNKS
    results = [None] * CHUNKS

    def worker(tid):
        for c in range(tid, CHUNKS, threads):
            results[c] = fannkuch_range(n, c * size, (c + 1) * size, fact)

    workers = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    checksum = sum(c for c, _ in results)
    max_flips = max(m for _, m in results)
    print("fannkuch %d checksum %d maxflips %d" % (n, checksum, max_flips))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1,
     int(sys.argv[2]) if len(sys.argv) > 2 else 9)

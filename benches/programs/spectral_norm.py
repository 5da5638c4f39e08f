"""spectral-norm: function calls, float arithmetic and generator expressions, fork-join.

Usage: spectral_norm.py [THREADS] [N]

Ten power iterations of A^T A on a vector of N floats. Each matrix-vector product is split
by rows: THREADS persistent threads each own a contiguous block of rows and meet at a
threading.Barrier after every product (40 barriers in all). Every element is computed by
the same expression in the same order whatever the split, so the result is bit-identical
for any THREADS. Prints one line.
"""
import sys
import threading


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_u(rows, u, out):
    n = len(u)
    for i in rows:
        out[i] = sum(eval_A(i, j) * u[j] for j in range(n))


def times_transpose_u(rows, u, out):
    n = len(u)
    for i in rows:
        out[i] = sum(eval_A(j, i) * u[j] for j in range(n))


def main(threads, n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    barrier = threading.Barrier(threads)

    def worker(tid):
        rows = range(tid * n // threads, (tid + 1) * n // threads)
        for _ in range(10):
            times_u(rows, u, tmp)
            barrier.wait()
            times_transpose_u(rows, tmp, v)
            barrier.wait()
            times_u(rows, v, tmp)
            barrier.wait()
            times_transpose_u(rows, tmp, u)
            barrier.wait()

    workers = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    vBv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    print("spectral_norm %d %0.9f" % (n, (vBv / vv) ** 0.5))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1,
     int(sys.argv[2]) if len(sys.argv) > 2 else 320)

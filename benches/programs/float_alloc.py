"""Float and object allocation: many short-lived instances holding floats.

Usage: float_alloc.py [THREADS] [POINTS]

POINTS points are made in CHUNKS chunks: each chunk builds a list of Point objects from
sin/cos of their index, normalizes every point (new floats on every operation), and folds
them into a component-wise maximum (a new Point per step). THREADS threads take the chunks
round-robin; per-chunk results are combined in chunk order by the main thread, so the
printed checksum does not depend on THREADS. Prints one line.
"""
import math
import sys
import threading

CHUNKS = 40


class Point:
    def __init__(self, i):
        x = math.sin(i * 0.001)
        self.x = x
        self.y = math.cos(i * 0.001) * 3.0
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x = x / norm
        self.y = y / norm
        self.z = z / norm

    def maximize(self, other):
        p = Point(0)
        p.x = self.x if self.x > other.x else other.x
        p.y = self.y if self.y > other.y else other.y
        p.z = self.z if self.z > other.z else other.z
        return p


def chunk(lo, hi):
    points = [Point(i) for i in range(lo, hi)]
    for p in points:
        p.normalize()
    best = points[0]
    total = 0.0
    for p in points[1:]:
        best = best.maximize(p)
        total += p.x * p.y - p.z
    return best.x, best.y, best.z, total


def main(threads, npoints):
    size = npoints // CHUNKS
    results = [None] * CHUNKS

    def worker(tid):
        for c in range(tid, CHUNKS, threads):
            results[c] = chunk(c * size, (c + 1) * size)

    workers = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    mx = max(r[0] for r in results)
    my = max(r[1] for r in results)
    mz = max(r[2] for r in results)
    total = 0.0
    for r in results:
        total += r[3]
    print("float_alloc %d max %.12f %.12f %.12f sum %.9f" % (size * CHUNKS, mx, my, mz, total))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1,
     int(sys.argv[2]) if len(sys.argv) > 2 else 800000)

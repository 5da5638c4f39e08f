"""A threaded program for pyrs-nogil: the same total work split over 1 and 2 threads.

Each thread sums its own slice of squares (independent work, no shared data), then the
results are combined under a lock. Without a GIL the two-thread run uses both cores.
"""
import _thread
import time

TOTAL = 20_000_000


def run(nthreads):
    lock = _thread.allocate_lock()
    results = []
    chunk = TOTAL // nthreads

    def worker(k):
        s = 0
        for i in range(k * chunk, (k + 1) * chunk):
            s += i * i % 1_000_003
        with lock:
            results.append(s)

    start = time.perf_counter()
    for k in range(nthreads):
        _thread.start_new_thread(worker, (k,))
    while True:
        with lock:
            if len(results) == nthreads:
                break
        time.sleep(0.001)
    return sum(results), time.perf_counter() - start


total1, t1 = run(1)
total2, t2 = run(2)
assert total1 == total2, (total1, total2)
print(f"checksum {total1}")
print(f"1 thread : {t1:.3f} s")
print(f"2 threads: {t2:.3f} s  (speedup {t1 / t2:.2f}x)")

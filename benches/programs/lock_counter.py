"""Contention: one counter, one threading.Lock, every thread incrementing.

Usage: lock_counter.py [THREADS] [INCREMENTS]

INCREMENTS increments in all, split evenly over THREADS threads; each increment takes the
one shared Lock (`with lock: counter += 1`). Measures lock hand-off under contention: no
work happens outside the lock. The final count must equal INCREMENTS. Prints one line.
"""
import sys
import threading

counter = 0


def main(threads, increments):
    lock = threading.Lock()
    per_thread = increments // threads

    def worker(n):
        global counter
        for _ in range(n):
            with lock:
                counter += 1

    workers = [threading.Thread(target=worker, args=(per_thread + (1 if t < increments % threads else 0),))
               for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    if counter != increments:
        raise AssertionError("lost updates: %d != %d" % (counter, increments))
    print("lock_counter %d" % counter)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1,
     int(sys.argv[2]) if len(sys.argv) > 2 else 3000000)

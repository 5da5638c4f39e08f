# Known conflicts: three Locks taken by every thread, at 16:4:1 frequencies.
import sys
import threading

THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
N = int(sys.argv[1]) if len(sys.argv) > 1 else 24000
lock_a = threading.Lock()
lock_b = threading.Lock()
lock_c = threading.Lock()
counts_a = [0]
counts_b = [0]
counts_c = [0]


def work():
    for i in range(N):
        for _ in range(30):  # work outside the locks, so that a releaser does not retake at once
            pass
        with lock_a:  # SITE-A
            counts_a[0] += 1
            for _ in range(30):
                pass
        if i % 4 == 0:
            with lock_b:  # SITE-B
                counts_b[0] += 1
                for _ in range(30):
                    pass
        if i % 16 == 0:
            with lock_c:  # SITE-C
                counts_c[0] += 1
                for _ in range(30):
                    pass


ts = [threading.Thread(target=work) for _ in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
counts = counts_a + counts_b + counts_c
assert counts == [THREADS * N, THREADS * ((N + 3) // 4), THREADS * ((N + 15) // 16)], counts
print("ok", counts)

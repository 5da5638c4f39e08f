# Known conflicts: three dicts with a few hot keys, written by every thread at 16:4:1.
import sys
import threading

THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
N = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
hot_a = {}
hot_b = {}
hot_c = {}


def work(k):
    for i in range(N):
        hot_a[i & 3] = k  # SITE-A
        if i % 4 == 0:
            hot_b[(i >> 2) & 3] = k  # SITE-B
        if i % 16 == 0:
            hot_c[(i >> 4) & 3] = k  # SITE-C


ts = [threading.Thread(target=work, args=(k,)) for k in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert sorted(hot_a) == [0, 1, 2, 3] and sorted(hot_b) == [0, 1, 2, 3] and sorted(hot_c) == [0, 1, 2, 3]
print("ok", len(hot_a), len(hot_b), len(hot_c))

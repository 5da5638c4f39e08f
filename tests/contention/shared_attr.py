# Known conflicts: instance attributes of shared objects stored by every thread at 16:4:1.
import sys
import threading

THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
N = int(sys.argv[1]) if len(sys.argv) > 1 else 400000


class Stats:
    def __init__(self):
        self.count = 0
        self.last = None


a = Stats()
b = Stats()
c = Stats()


def work(k):
    for i in range(N):
        a.count = i  # SITE-A
        if i % 4 == 0:
            b.last = k  # SITE-B
        if i % 16 == 0:
            c.count = k  # SITE-C


ts = [threading.Thread(target=work, args=(k,)) for k in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert a.count == N - 1 and b.last in range(THREADS)
print("ok", a.count)

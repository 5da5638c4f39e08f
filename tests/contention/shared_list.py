# Known conflicts: three lists appended by every thread at 16:4:1.
import sys
import threading

THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
N = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
list_a = []
list_b = []
list_c = []


def work():
    for i in range(N):
        list_a.append(i)  # SITE-A
        if i % 4 == 0:
            list_b.append(i)  # SITE-B
        if i % 16 == 0:
            list_c.append(i)  # SITE-C


ts = [threading.Thread(target=work) for _ in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert len(list_a) == THREADS * N and len(list_b) == THREADS * ((N + 3) // 4) and len(list_c) == THREADS * ((N + 15) // 16)
print("ok", len(list_a), len(list_b), len(list_c))

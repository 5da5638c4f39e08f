"""Four threads writing a dict with four hot keys and one counter under one Lock: conflicts
that cost each thread most of its time when the threads really run in parallel."""
import threading

HOT = ["alpha", "beta", "gamma", "delta"]
d = {k: 0 for k in HOT}
lock = threading.Lock()
count = 0


def worker(n):
    global count
    for i in range(n):
        d[HOT[i & 3]] = i
        x = d[HOT[(i + 1) & 3]]
        with lock:
            count += 1


threads = [threading.Thread(target=worker, args=(200000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("count", count, "keys", sorted(d))

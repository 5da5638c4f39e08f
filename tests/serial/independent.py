"""Two threads computing on their own data only: no conflict, so no thread may enter serial
mode."""
import threading

out = [0, 0]


def worker(tid):
    acc = 0
    items = [i * 3 + tid for i in range(2000)]
    for rep in range(150):
        for x in items:
            acc = (acc + x * rep) % 1000003
    out[tid] = acc


threads = [threading.Thread(target=worker, args=(t,)) for t in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done", out[0] > 0, out[1] > 0)

# array.array under threads: concurrent appends and extends never lose items.
import array
import threading

N_THREADS = 8
PER_THREAD = 5000
a = array.array("q")
b = array.array("d")


def worker(k):
    for i in range(PER_THREAD):
        a.append(k * PER_THREAD + i)
        if i % 100 == 0:
            b.extend([1.0, 2.0])


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
n = N_THREADS * PER_THREAD
print(len(a), sum(a) == n * (n - 1) // 2, sorted(a) == list(range(n)))
print(len(b), sum(b))

# readers racing a writer that pops and appends: length stays within bounds, no crash
c = array.array("i", range(1000))
stop = threading.Event()
seen = []


def reader():
    while not stop.is_set():
        n = len(c)
        seen.append(0 <= n <= 1001)
        c[0:10]
        c.count(5)


def writer():
    for i in range(3000):
        c.append(i)
        c.pop()


rs = [threading.Thread(target=reader) for _ in range(2)]
w = threading.Thread(target=writer)
for t in rs:
    t.start()
w.start()
w.join()
stop.set()
for t in rs:
    t.join()
print(len(c), all(seen), c[:5].tolist())

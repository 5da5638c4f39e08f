# 200 threads started and joined; every thread's work is accounted for exactly once
import threading

N = 200
results = [None] * N
idents = {}
lock = threading.Lock()
counter = 0


def work(i):
    global counter
    s = 0
    for k in range(i * 10, i * 10 + 50):
        s += k * k
    results[i] = s
    with lock:
        idents[i] = threading.get_ident()
        counter += 1


threads = [threading.Thread(target=work, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("finished:", counter, "results:", sum(1 for r in results if r is not None))
print("total:", sum(results), sum(sum(k * k for k in range(i * 10, i * 10 + 50)) for i in range(N)))
print("idents recorded:", len(idents), all(isinstance(v, int) for v in idents.values()))
print("all stopped:", not any(t.is_alive() for t in threads), "active:", threading.active_count())
print("names:", threads[0].name, threads[-1].name)

# threads started while others are still running, with a start barrier
ready = threading.Barrier(50)
hits = []
hlock = threading.Lock()


def meet(i):
    ready.wait()
    with hlock:
        hits.append(i)


ts = [threading.Thread(target=meet, args=(i,)) for i in range(50)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(hits), sorted(hits) == list(range(50)))

# a tree of threads: each thread starts two children until depth 5
tree_count = 0
tlock = threading.Lock()


def node(depth):
    global tree_count
    with tlock:
        tree_count += 1
    if depth < 5:
        kids = [threading.Thread(target=node, args=(depth + 1,)) for _ in range(2)]
        for k in kids:
            k.start()
        for k in kids:
            k.join()


root = threading.Thread(target=node, args=(0,))
root.start()
root.join()
print("tree nodes:", tree_count)

# repeated start/join cycles
total = 0
for rnd in range(20):
    box = []
    block = threading.Lock()

    def put(v, box=box, block=block):
        with block:
            box.append(v)
    ts = [threading.Thread(target=put, args=(rnd * 10 + j,)) for j in range(10)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    total += sum(box)
print("cycles total:", total, sum(range(200)))
print(threading.active_count(), len(threading.enumerate()))

# Producer/consumer pipelines and parallel map-reduce with exact results: bounded queues with
# several producers and consumers, a Condition-based bounded buffer, word counting split
# across threads and merged with Counter, a lock-protected bank simulation whose totals must
# balance, RLock-protected recursive structure updates, and work stealing via queues.
import collections
import queue
import random
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


class BoundedBuffer:
    def __init__(self, capacity):
        self.items = collections.deque()
        self.capacity = capacity
        self.cond = threading.Condition()
        self.closed = False

    def put(self, item):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.cond.notify_all()

    def close(self):
        with self.cond:
            self.closed = True
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items or self.closed)
            if self.items:
                item = self.items.popleft()
                self.cond.notify_all()
                return item
            return None


buf = BoundedBuffer(4)
consumed = collections.defaultdict(list)


def produce(pid, n):
    for i in range(n):
        buf.put((pid, i))


def consume(cid):
    while True:
        item = buf.get()
        if item is None:
            return
        consumed[cid].append(item)


producers = [threading.Thread(target=produce, args=(p, 25)) for p in range(4)]
consumers = [threading.Thread(target=consume, args=(c,)) for c in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
buf.close()
for t in consumers:
    t.join()
everything = sorted(x for items in consumed.values() for x in items)
print(len(everything), everything[:3], everything[-2:])
per_producer = collections.Counter(p for p, _ in everything)
print(sorted(per_producer.items()))
# each consumer saw each producer's items in order
in_order = all(
    [i for p2, i in items if p2 == p] == sorted(i for p2, i in items if p2 == p)
    for items in consumed.values() for p in range(4)
)
print("per-producer order kept:", in_order)

# word count map-reduce
random.seed(2024)
vocab = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
docs = [" ".join(random.choice(vocab) for _ in range(200)) for _ in range(40)]


def count_words(doc):
    return collections.Counter(doc.split())


with ThreadPoolExecutor(max_workers=4) as ex:
    partials = list(ex.map(count_words, docs))
total = sum(partials, collections.Counter())
print(total.most_common(3), sum(total.values()))
serial = collections.Counter(w for d in docs for w in d.split())
print("matches serial:", total == serial)

with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(sum, range(k * 1000)): k for k in range(1, 9)}
    results = sorted((futs[f], f.result()) for f in as_completed(futs))
print(results[:3], results[-1])

# bank transfers: the total never changes
class Bank:
    def __init__(self, n, start):
        self.balances = [start] * n
        self.locks = [threading.Lock() for _ in range(n)]
        self.transfers = 0
        self.count_lock = threading.Lock()

    def transfer(self, a, b, amount):
        if a == b:
            return False
        first, second = sorted((a, b))
        with self.locks[first], self.locks[second]:
            if self.balances[a] < amount:
                return False
            self.balances[a] -= amount
            self.balances[b] += amount
        with self.count_lock:
            self.transfers += 1
        return True


bank = Bank(10, 1000)


def teller(seed):
    rng = random.Random(seed)
    done = 0
    for _ in range(500):
        if bank.transfer(rng.randrange(10), rng.randrange(10), rng.randint(1, 300)):
            done += 1
    return done


with ThreadPoolExecutor(6) as ex:
    done = sum(ex.map(teller, range(6)))
print("total preserved:", sum(bank.balances), "transfers counted:", bank.transfers == done)

# RLock-protected tree of counters
class Tree:
    def __init__(self):
        self.lock = threading.RLock()
        self.counts = collections.Counter()

    def add_path(self, path):
        with self.lock:
            self.counts[path] += 1
            if "/" in path:
                self.add_path(path.rsplit("/", 1)[0])


tree = Tree()
paths = ["a/b/c", "a/b/d", "a/e", "f/g/h/i"]


def add_many(k):
    for i in range(100):
        tree.add_path(paths[(i + k) % len(paths)])


ts = [threading.Thread(target=add_many, args=(k,)) for k in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
print(sorted(tree.counts.items()))

# work stealing: idle workers take from others' queues
queues = [queue.Queue() for _ in range(3)]
for i in range(60):
    queues[0 if i < 50 else 1].put(i)
processed = []
plock = threading.Lock()


def steal_worker(me):
    while True:
        for offset in range(3):
            try:
                item = queues[(me + offset) % 3].get_nowait()
                break
            except queue.Empty:
                continue
        else:
            return
        with plock:
            processed.append(item * 2)


ws = [threading.Thread(target=steal_worker, args=(m,)) for m in range(3)]
[w.start() for w in ws]
[w.join() for w in ws]
print(len(processed), sum(processed), sorted(processed)[:5])

# ordered results with a per-slot lock-free fill
slots = [None] * 20


def fill(i):
    slots[i] = i * i


ts = [threading.Thread(target=fill, args=(i,)) for i in range(20)]
[t.start() for t in ts]
[t.join() for t in ts]
print(slots)

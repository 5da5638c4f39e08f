# Collections forced while threads race: a quarter of the threads call gc.collect() in a loop
# while the others build linked lists of objects, dicts of lists, strings, tuples and large lists,
# keep a sliding window of them alive (in thread-local lists and in one shared dict), mutate them,
# and drop the rest as garbage. Invariants: every structure still alive checks out (values,
# lengths, links, identities) during the race and after a final collection; the collectors ran.
# stress: short=2x150 long=10x1500
import gc
import random
import threading

from _harness import Run

run = Run("gc_race")
T, N, SEED = run.threads, run.iters, run.seed
fail = run.fail
C = max(1, T // 4)      # collector threads
B = max(1, T - C)       # builder threads
WINDOW = 8



class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next):
        self.value = value
        self.next = next


class Record:
    def __init__(self, t, i, length):
        self.t = t
        self.i = i
        head = None
        for j in range(length):
            head = Node((t, i, j, f"n{t}.{i}.{j}"), head)
        self.head = head
        self.length = length
        self.table = {j: [t, i, j] * 3 for j in range(length)}
        self.table.update({f"s{j}": str(j) * 3 for j in range(length)})
        self.big = list(range(i, i + 5000)) if i % 16 == 0 else None
        self.mutations = 0

    def mutate(self, rng):
        j = rng.randrange(self.length)
        self.table[j] = [self.t, self.i, j] * 3      # replace with an equal new list
        del self.table[f"s{j}"]
        self.table[f"s{j}"] = str(j) * 3
        self.mutations += 1

    def check(self, t, i, where):
        if (self.t, self.i) != (t, i):
            fail(f"{where}: record ({self.t}, {self.i}) found where ({t}, {i}) belongs")
        node, j = self.head, self.length
        while node is not None:
            j -= 1
            if node.value != (t, i, j, f"n{t}.{i}.{j}"):
                fail(f"{where}: record ({t}, {i}) node {j} holds {node.value!r}")
            node = node.next
        if j != 0:
            fail(f"{where}: record ({t}, {i}) linked list is {self.length - j} nodes short")
        if len(self.table) != 2 * self.length:
            fail(f"{where}: record ({t}, {i}) table has {len(self.table)} entries")
        for j in range(self.length):
            if self.table[j] != [t, i, j] * 3 or self.table[f"s{j}"] != str(j) * 3:
                fail(f"{where}: record ({t}, {i}) table entry {j} corrupted")
        if self.big is not None and (len(self.big) != 5000 or self.big[0] != i
                                     or self.big[-1] != i + 4999 or sum(self.big) != 5000 * i + 12497500):
            fail(f"{where}: record ({t}, {i}) large list corrupted")


shared = {}
windows = [None] * B
stop = threading.Event()
collections = [0] * C
start = threading.Barrier(T)


def collector(c):
    start.wait()
    while True:             # at least one collection, even if the builders are already done
        gc.collect()
        collections[c] += 1
        if stop.is_set():
            break


def builder(t):
    rng = random.Random(SEED * 1000 + t)
    window = []
    start.wait()
    for i in range(N):
        rec = Record(t, i, rng.randint(5, 40))
        garbage = [[object(), str(k), (k, k)] for k in range(rng.randint(10, 200))]
        window.append(rec)
        shared[(t, i % WINDOW)] = rec
        if len(window) > WINDOW:
            old = window.pop(0)
            old.check(t, old.i, "evicted")
        victim = window[rng.randrange(len(window))]
        victim.mutate(rng)
        victim.check(t, victim.i, "during race")
        if len(garbage) != len(garbage[:]) or garbage[-1][2][0] != len(garbage) - 1:
            fail("garbage list corrupted before it was dropped")
    windows[t] = window


threads = [threading.Thread(target=collector, args=(c,)) for c in range(C)]
builders = [threading.Thread(target=builder, args=(t,)) for t in range(B)]
for th in threads + builders:
    th.start()
for th in builders:
    th.join()
stop.set()
for th in threads:
    th.join()
gc.collect()

for t in range(B):
    window = windows[t]
    if [r.i for r in window] != list(range(N - min(N, WINDOW), N)):
        fail(f"builder {t}: window holds {[r.i for r in window]!r}")
    for r in window:
        r.check(t, r.i, "after final collection")
    for slot in range(min(N, WINDOW)):
        rec = shared[(t, slot)]
        want_i = max(i for i in range(N) if i % WINDOW == slot)
        rec.check(t, want_i, "shared dict after final collection")
if len(shared) != B * min(N, WINDOW):
    fail(f"shared dict has {len(shared)} entries, expected {B * min(N, WINDOW)}")
if min(collections) == 0:
    fail("a collector thread never collected")
run.ok(builders=B, collectors=C, records=B * N, collections=sum(collections))

"""Objects move between containers while the collector marks concurrently.

Every thread owns a set of Box objects and keeps moving them between places the marker may
already have traced or not yet: a shared list, a shared dict, an instance attribute, a deque (a
native payload behind a mutex), a generator's frame (slots written without a barrier), and a
closure cell. Each move removes the only reference from one place after storing it in another:
exactly the pattern that loses an object when a marking is not snapshot-complete. Meanwhile the
threads allocate garbage so that cycles keep starting. At the end every Box must still be intact
(its payload readable and its checksum right). Run it with PYRS_GC_STRESS=1 and PYRS_GC_VERIFY=1.

Usage: mover.py [THREADS] [ROUNDS]
"""
import sys
import threading
from collections import deque

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 2
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3000


class Box:
    def __init__(self, n):
        self.n = n
        self.payload = [n, str(n), (n, n * 2)]

    def check(self):
        n = self.n
        return self.payload[0] == n and self.payload[1] == str(n) and self.payload[2] == (n, n * 2)


class Holder:
    def __init__(self):
        self.item = None


TAKE = object()


def keeper():
    """A generator that holds one Box in a local between yields: send(box) stores it,
    send(TAKE) returns it and forgets it."""
    held = None
    out = None
    while True:
        cmd = yield out
        if cmd is TAKE:
            out, held = held, None
        else:
            held, out = cmd, None


shared_list = [None] * (THREADS * 4)
shared_dict = {}
lock = threading.Lock()
errors = []
totals = [0] * THREADS


def worker(tid):
    boxes = [Box(tid * 1000000 + i) for i in range(8)]
    holder = Holder()
    dq = deque()
    gen = keeper()
    next(gen)
    cell_box = [None]

    def cell_set(b):
        cell_box[0] = b

    total = 0
    for r in range(ROUNDS):
        b = boxes.pop()
        where = r % 6
        # Park the Box in one place, drop our own reference, churn, take it back.
        if where == 0:
            shared_list[tid * 4 + r % 4] = b
            b = None
            junk = [Box(-1) for _ in range(3)]
            b = shared_list[tid * 4 + r % 4]
            shared_list[tid * 4 + r % 4] = None
        elif where == 1:
            with lock:
                shared_dict[(tid, r)] = b
            b = None
            junk = {i: str(i) for i in range(20)}
            with lock:
                b = shared_dict.pop((tid, r))
        elif where == 2:
            holder.item = b
            b = None
            junk = [[i] for i in range(20)]
            b = holder.item
            holder.item = None
        elif where == 3:
            dq.append(b)
            b = None
            junk = deque(range(30))
            b = dq.popleft()
        elif where == 4:
            gen.send(b)
            b = None
            junk = tuple(str(i) for i in range(20))
            b = gen.send(TAKE)
        else:
            cell_set(b)
            b = None
            junk = "".join(str(i) for i in range(20))
            b = cell_box[0]
            cell_box[0] = None
        if b is None or not b.check():
            errors.append((tid, r, where))
            b = Box(0)
        total += b.n % 7
        boxes.insert(0, b)
    for b in boxes:
        if not b.check():
            errors.append((tid, "final"))
    totals[tid] = total


ts = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("errors", len(errors), errors[:5])
print("totals", totals)

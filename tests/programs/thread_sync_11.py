# Condition (wait_for, notify(n), RLock), Semaphore/BoundedSemaphore, Event, Barrier (action,
# abort, reset, timeout), Timer (cancel), local (subclass __init__), lock timeouts
import threading
import _thread

# -- Condition: notify(n) wakes exactly n waiters; wait_for with predicate and timeout
cond = threading.Condition()
state = {"tickets": 0, "woken": 0}


def ticket_waiter():
    with cond:
        cond.wait_for(lambda: state["tickets"] > 0)
        state["tickets"] -= 1
        state["woken"] += 1


ws = [threading.Thread(target=ticket_waiter) for _ in range(5)]
for w in ws:
    w.start()
with cond:
    state["tickets"] = 2
    cond.notify(2)
while True:
    with cond:
        if state["woken"] == 2:
            break
    threading.Event().wait(0.001)
with cond:
    print("woken after 2 tickets:", state["woken"])
    state["tickets"] = 3
    cond.notify_all()
for w in ws:
    w.join()
print("woken total:", state["woken"], "tickets left:", state["tickets"])

with cond:
    print("wait timeout:", cond.wait(0.01), "wait_for timeout:", cond.wait_for(lambda: False, timeout=0.01))
    print("wait_for true at once:", cond.wait_for(lambda: 7))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# Condition over an RLock held recursively: wait() releases all levels
rl = threading.RLock()
rc = threading.Condition(rl)
flag = []


def setter():
    with rc:
        flag.append("set")
        rc.notify()


with rl:
    with rc:
        t = threading.Thread(target=setter)
        t.start()
        rc.wait_for(lambda: flag)
        print("recursive hold ok:", flag, rl._is_owned())
t.join()
print("rlock free:", rl.acquire(blocking=False))
rl.release()

# Condition over a plain Lock
pc = threading.Condition(threading.Lock())
box = []


def fill():
    with pc:
        box.append(1)
        pc.notify_all()


with pc:
    threading.Thread(target=fill).start()
    print("plain lock condition:", pc.wait_for(lambda: box, timeout=5))

# -- producer/consumer on a Condition
buf = []
bc = threading.Condition()
consumed = []


def prod():
    for i in range(200):
        with bc:
            buf.append(i)
            bc.notify()
    with bc:
        buf.append(None)
        bc.notify()


def cons():
    while True:
        with bc:
            bc.wait_for(lambda: buf)
            v = buf.pop(0)
        if v is None:
            return
        consumed.append(v)


a = threading.Thread(target=prod)
b = threading.Thread(target=cons)
b.start()
a.start()
a.join()
b.join()
print("consumed in order:", consumed == list(range(200)))

# -- Semaphore bounds concurrency; acquire with timeout / non-blocking
sem = threading.Semaphore(3)
inside = [0, 0]
slock = threading.Lock()


def limited():
    with sem:
        with slock:
            inside[0] += 1
            inside[1] = max(inside[1], inside[0])
        threading.Event().wait(0.002)
        with slock:
            inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("max inside <= 3:", inside[1] <= 3, "now:", inside[0])
s0 = threading.Semaphore(0)
print(s0.acquire(blocking=False), s0.acquire(timeout=0.01))
s0.release(2)
print(s0.acquire(), s0.acquire(timeout=0), s0.acquire(False))
try:
    s0.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    s0.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
print(type(bs).__name__, isinstance(bs, threading.Semaphore))

# -- Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
results = []
rlock = threading.Lock()


def ev_waiter(i):
    ok = ev.wait(5)
    with rlock:
        results.append((i, ok))


ts = [threading.Thread(target=ev_waiter, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print(sorted(results), ev.wait(), ev.is_set())
ev.clear()
print(ev.is_set())

# -- Barrier: indices, action, n_waiting, parties, abort, reset, timeout
actions = []
bar = threading.Barrier(4, action=lambda: actions.append("tripped"))
idx = []
ilock = threading.Lock()


def at_bar():
    i = bar.wait()
    with ilock:
        idx.append(i)


for rnd in range(3):
    ts = [threading.Thread(target=at_bar) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(sorted(idx), actions, bar.parties, bar.n_waiting, bar.broken)

b2 = threading.Barrier(3)
errs = []
elock = threading.Lock()


def b2_wait():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        with elock:
            errs.append("broken")


ts = [threading.Thread(target=b2_wait) for _ in range(2)]
for t in ts:
    t.start()
while b2.n_waiting < 2:
    threading.Event().wait(0.001)
print("n_waiting:", b2.n_waiting)
b2.abort()
for t in ts:
    t.join()
print(errs, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset:", b2.broken, b2.n_waiting)

b3 = threading.Barrier(2, timeout=0.02)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timeout breaks barrier:", b3.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

def bad_action():
    raise ZeroDivisionError("action failed")
b4 = threading.Barrier(1, action=bad_action)
try:
    b4.wait()
except ZeroDivisionError as e:
    print("action error:", e, b4.broken)

# -- Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=["never"])
tm2.start()
tm2.cancel()
tm2.join()
tm3 = threading.Timer(0, lambda **kw: fired.append(kw), kwargs={"k": 1})
tm3.start()
tm3.join()
print(fired, tm2.finished.is_set(), isinstance(tm, threading.Thread))

# -- local
loc = threading.local()
loc.x = "main"
seen = {}
llock = threading.Lock()


def use_local(n):
    has = hasattr(loc, "x")
    loc.x = n
    threading.Event().wait(0.001)
    with llock:
        seen[n] = (has, loc.x, sorted(loc.__dict__))


ts = [threading.Thread(target=use_local, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()), loc.x)


class MyLocal(threading.local):
    initialized = 0

    def __init__(self, base):
        self.base = base
        self.items = []

    def total(self):
        return self.base + sum(self.items)


ml = MyLocal(100)
ml.items.append(1)
out = []


def use_mylocal(n):
    ml.items.append(n)
    with llock:
        out.append((n, ml.total(), ml.base))


ts = [threading.Thread(target=use_mylocal, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), ml.total())
del loc.x
print(hasattr(loc, "x"))
try:
    del loc.x
except AttributeError:
    print("AttributeError on del")
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# -- lock details
lk = threading.Lock()
print(lk.acquire(timeout=0.01), lk.acquire(timeout=0.01), lk.locked())
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lk.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lk.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r.acquire()
r.acquire()
r.release()
res = []
t = threading.Thread(target=lambda: res.append(r.acquire(timeout=0.01)))
t.start()
t.join()
r.release()
t = threading.Thread(target=lambda: res.append(r.acquire(blocking=False)))
t.start()
t.join()
print(res)

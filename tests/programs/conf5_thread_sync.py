# Condition (wait_for, notify, notify_all), Semaphore / BoundedSemaphore, Event, Barrier
# (action, abort, broken), Timer (cancel), threading.local.
import threading

cond = threading.Condition()
items = []
log = []


def consumer(i):
    with cond:
        ok = cond.wait_for(lambda: len(items) > i, timeout=5)
        log.append((i, ok, items[i]))


cons = [threading.Thread(target=consumer, args=(i,)) for i in range(4)]
for c in cons:
    c.start()
for v in "abcd":
    with cond:
        items.append(v)
        cond.notify_all()
for c in cons:
    c.join()
print(sorted(log))
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01), cond.wait_for(lambda: 7))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = threading.Condition(threading.Lock())
with c2:
    c2.notify(3)
print(repr(c2).startswith("<Condition("))

# Semaphore
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(blocking=False), sem._value)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

active = 0
peak = 0
plock = threading.Lock()
limiter = threading.BoundedSemaphore(3)


def limited(n):
    global active, peak
    with limiter:
        with plock:
            active += 1
            peak = max(peak, active)
        s = sum(range(n * 1000))
        with plock:
            active -= 1
    return s


ts = [threading.Thread(target=limited, args=(i,)) for i in range(10)]
[t.start() for t in ts]
[t.join() for t in ts]
print("peak<=3", peak <= 3, "active", active)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.isSet())
ev.clear()
print(ev.is_set())

# Barrier
order = []
olock = threading.Lock()


def action():
    order.append("action")


bar = threading.Barrier(3, action=action, timeout=5)
print(bar.parties, bar.n_waiting, bar.broken)


def party(i):
    idx = bar.wait()
    with olock:
        order.append(("idx", idx))


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
[p.start() for p in ps]
[p.join() for p in ps]
print(order[0], sorted(x[1] for x in order[1:]))

b2 = threading.Barrier(2)
errs = []


def waiter():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        errs.append(type(e).__name__)


w = threading.Thread(target=waiter)
w.start()
while b2.n_waiting < 1:
    pass
b2.abort()
w.join()
print(errs, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__mro__[1].__name__, repr(e))
b2.reset()
print(b2.broken)
b3 = threading.Barrier(2, timeout=0.05)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out -> broken", b3.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)

# Barrier action raising breaks the barrier
def bad_action():
    raise KeyError("act")


b4 = threading.Barrier(2, action=bad_action)
out = []


def p4():
    try:
        b4.wait()
        out.append("ok")
    except threading.BrokenBarrierError:
        out.append("broken")
    except KeyError as e:
        out.append("keyerror " + str(e))


t4 = [threading.Thread(target=p4) for _ in range(2)]
[t.start() for t in t4]
[t.join() for t in t4]
print(sorted(out))

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=("never",))
tm2.start()
tm2.cancel()
tm2.join()
print(fired, tm2.finished.is_set())

# threading.local
loc = threading.local()
loc.x = "main"
seen = []


def use_local(i):
    seen.append((i, hasattr(loc, "x")))
    loc.x = i
    seen.append((i, loc.x))


ls = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
[t.start() for t in ls]
[t.join() for t in ls]
print(sorted(seen), loc.x)


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
        self.calls = 1


ml = MyLocal(10)
got = []


def use_ml():
    got.append((ml.v, ml.calls))
    ml.v += 1
    got.append(ml.v)


t = threading.Thread(target=use_ml)
t.start()
t.join()
print(got, ml.v)
try:
    del loc.nope
except AttributeError as e:
    print("AttributeError:", e)

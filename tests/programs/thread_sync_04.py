# Event, Condition, Semaphore, Barrier; outputs made deterministic
import threading
ev = threading.Event()
order = []
def waiter():
    ev.wait()
    order.append("waiter woke")
t = threading.Thread(target=waiter)
t.start()
order.append("main setting event")
ev.set()
t.join()
print(order, ev.is_set())
ev.clear()
print(ev.is_set(), ev.wait(timeout=0.01))
cond = threading.Condition()
items = []
def consumer(results):
    with cond:
        while len(items) < 3:
            cond.wait()
        results.append(sum(items))
res = []
c = threading.Thread(target=consumer, args=(res,))
c.start()
for i in (10, 20, 30):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(res)
sem = threading.Semaphore(2)
active = 0
max_active = 0
mlock = threading.Lock()
def limited():
    global active, max_active
    with sem:
        with mlock:
            active += 1
            max_active = max(max_active, active)
        for _ in range(1000):
            pass
        with mlock:
            active -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("max active <= 2:", max_active <= 2, "active now", active)
barrier = threading.Barrier(3)
arrived = []
alock = threading.Lock()
def at_barrier(i):
    with alock:
        arrived.append(i)
    barrier.wait()
    with alock:
        arrived.append(i + 100)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(arrived[:3]), sorted(arrived[3:]))
local = threading.local()
vals = {}
def use_local(n):
    local.v = n
    for _ in range(100):
        pass
    vals[n] = local.v
ts = [threading.Thread(target=use_local, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(vals.items()))
print(threading.active_count() >= 1)

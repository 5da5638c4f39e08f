# Thread subclasses, args/kwargs, names, daemon flags, current_thread, enumerate, active_count,
# Lock/RLock semantics and error messages.
import threading
import time

results = {}
res_lock = threading.Lock()


def work(n, scale=1, *, tag="w"):
    with res_lock:
        results[(tag, n)] = n * scale


threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 3, "tag": "k"}) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.name for t in threads])
print([t.is_alive() for t in threads])


class Counter(threading.Thread):
    def __init__(self, n, name=None):
        super().__init__(name=name)
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


cs = [Counter(100 * i, name=f"counter-{i}") for i in range(1, 4)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([(c.name, c.total) for c in cs])
print(repr(cs[0]).split(" ")[0], "stopped" in repr(cs[0]))

t = threading.Thread(target=lambda: None)
print(repr(t).startswith("<Thread(Thread-"), "initial" in repr(t))
print(t.daemon, t.ident is None, t.native_id is None)
t.daemon = True
print(t.daemon, t.isDaemon())
t.start()
t.join()
print(t.ident is not None, isinstance(t.ident, int))
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
u = threading.Thread(target=print)
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon)
print(threading.active_count(), len(threading.enumerate()))
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)

seen = []
ready = threading.Event()
go = threading.Event()


def watcher():
    me = threading.current_thread()
    seen.append((me.name, me is not main, me.ident != main.ident))
    ready.set()
    go.wait()


w = threading.Thread(target=watcher, name="watcher")
w.start()
ready.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
go.set()
w.join()
print(seen, threading.active_count())

# names
def f(): pass
named = threading.Thread(target=f)
print(named.name.endswith("(f)"), named.name.startswith("Thread-"))
named.name = "renamed"
print(named.name, named.getName())

# Lock
lk = threading.Lock()
print(lk.acquire(), lk.locked(), lk.acquire(False), lk.acquire(timeout=0.01))
lk.release()
print(lk.locked())
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lk.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lk.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
print(repr(lk).split(" ")[0])

# RLock
rl = threading.RLock()
print(rl.acquire(), rl.acquire(), rl.acquire(blocking=False))
rl.release(); rl.release(); rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with rl:
    with rl:
        print("nested with ok")
holder_done = threading.Event()
other_result = []


def try_other():
    other_result.append(rl.acquire(blocking=False))
    try:
        rl.release()
    except RuntimeError as e:
        other_result.append(str(e))


rl.acquire()
th = threading.Thread(target=try_other)
th.start()
th.join()
rl.release()
print(other_result)

# counters with locks are exact
total = 0
tl = threading.Lock()


def add(n):
    global total
    for _ in range(n):
        with tl:
            total += 1


ts = [threading.Thread(target=add, args=(2000,)) for _ in range(8)]
[t.start() for t in ts]
[t.join() for t in ts]
print("total", total)
print(threading.TIMEOUT_MAX > 1000, threading.Lock is threading._allocate_lock if hasattr(threading, "_allocate_lock") else True)
print(threading.stack_size())

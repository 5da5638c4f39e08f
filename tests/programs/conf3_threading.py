import threading, sys, io, re, time


def norm(s):
    s = re.sub(r"0x[0-9a-f]+", "ADDR", s)
    s = re.sub(r"ident=\d+", "ident=N", s)
    s = re.sub(r"\b\d{4,}\b", "N", s)
    return s.replace(__file__, "FILE")


def show(text):
    # Frames inside threading.py differ between implementations: drop them.
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith("  File ") and ("threading.py" in lines[i] or "<frozen threading>" in lines[i]):
            i += 1
            while i < len(lines) and lines[i].startswith("    "):
                i += 1
            continue
        print("  |", norm(lines[i]))
        i += 1


def boom():
    raise ValueError("bad thing")


print("excepthook default:")
old = sys.stderr
sys.stderr = buf = io.StringIO()
t = threading.Thread(target=boom)
t.start()
t.join()
sys.stderr = old
show(buf.getvalue())

print("excepthook override:")
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, type(args).__name__))


threading.excepthook = hook
t = threading.Thread(target=boom, name="worker")
t.start()
t.join()
print(" ", seen)
threading.excepthook = threading.__excepthook__


def hook2(args):
    raise RuntimeError("hook failed")


threading.excepthook = hook2
sys.stderr = buf = io.StringIO()
t = threading.Thread(target=boom, name="w2")
t.start()
t.join()
sys.stderr = old
threading.excepthook = threading.__excepthook__
show(buf.getvalue())

print("SystemExit in thread is silent:")
sys.stderr = buf = io.StringIO()
t = threading.Thread(target=sys.exit, args=(3,))
t.start(); t.join()
sys.stderr = old
print("  stderr:", repr(buf.getvalue()))

print("names and reprs:")


def work():
    pass


ts = [threading.Thread(target=work) for _ in range(2)]
ts.append(threading.Thread())
ts.append(threading.Thread(target=work, name="named"))
ts.append(threading.Thread(target=work, daemon=True))
for t in ts:
    print(" ", norm(repr(t)), t.daemon)
for t in ts:
    t.start()
for t in ts:
    t.join()
for t in ts:
    print(" ", norm(repr(t)), t.is_alive())
print(" ", threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(" ", norm(repr(threading.main_thread())))
print(" ", threading.active_count(), [t.name for t in threading.enumerate()])

print("errors:")
t = threading.Thread(target=work)
for fn in [lambda: t.join(), lambda: setattr(threading.current_thread(), "daemon", True)]:
    try:
        fn()
    except RuntimeError as e:
        print("  RuntimeError:", e)
t.start(); t.join()
for fn in [t.start, lambda: setattr(t, "daemon", True)]:
    try:
        fn()
    except RuntimeError as e:
        print("  RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("  RuntimeError:", e)
try:
    threading.Thread(target=work, bogus=1)
except TypeError as e:
    print("  TypeError:", e)

print("join timeout:")
ev = threading.Event()
t = threading.Thread(target=ev.wait, name="waiter")
t.start()
print(" ", t.join(timeout=0.01), t.is_alive())
ev.set()
t.join()
print(" ", t.is_alive())

print("Event:")
e = threading.Event()
print(" ", e.is_set(), e.wait(0.01), e.wait(timeout=0))
e.set()
print(" ", e.is_set(), e.wait(0.01), e.wait())
e.clear()
print(" ", e.is_set(), norm(repr(e)).split(" at ")[0])

print("Timer:")
out = []
tm = threading.Timer(0.01, out.append, args=("fired",))
tm.start(); tm.join()
tm2 = threading.Timer(10, out.append, args=("never",))
tm2.start(); tm2.cancel(); tm2.join()
print(" ", out, tm.name.startswith("Thread-"), tm2.finished.is_set())

print("Semaphore:")
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("  ValueError:", e)
s = threading.Semaphore(0)
print(" ", s.acquire(timeout=0.01), s.acquire(blocking=False))
s.release(2)
print(" ", s.acquire(), s.acquire(), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("  ValueError:", e)
try:
    s.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("  ValueError:", e)

print("Lock/RLock:")
l = threading.Lock()
try:
    l.release()
except RuntimeError as e:
    print("  RuntimeError:", e)
print(" ", l.acquire(), l.acquire(timeout=0.01), l.locked())
l.release()
r = threading.RLock()
print(" ", r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("  RuntimeError:", e)
print(" ", norm(repr(r)).split(" object")[0].split(" owner")[0])
try:
    l.acquire(timeout=-5)
except ValueError as e:
    print("  ValueError:", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("  ValueError:", e)
rr = threading.RLock()


def other_release():
    try:
        rr.release()
    except RuntimeError as e:
        print("  RuntimeError (other thread):", e)


rr.acquire()
t = threading.Thread(target=other_release)
t.start(); t.join()
rr.release()

print("Condition:")
cond = threading.Condition()
items = []


def producer():
    for i in range(3):
        with cond:
            items.append(i)
            cond.notify_all()


t = threading.Thread(target=producer)
with cond:
    t.start()
    r = cond.wait_for(lambda: len(items) == 3, timeout=5)
    print(" ", r, items)
t.join()
with cond:
    print(" ", cond.wait_for(lambda: False, timeout=0.01), cond.wait(0.01))
try:
    cond.wait()
except RuntimeError as e:
    print("  RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("  RuntimeError:", e)

print("Barrier:")
b = threading.Barrier(3, timeout=5)
res = []
lock = threading.Lock()


def party():
    i = b.wait()
    with lock:
        res.append(i)


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(" ", sorted(res), b.n_waiting, b.broken, b.parties)
b2 = threading.Barrier(2)
errs = []


def waiter():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        errs.append(type(e).__name__)


t = threading.Thread(target=waiter)
t.start()
while b2.n_waiting < 1:
    time.sleep(0.001)
b2.abort()
t.join()
print(" ", errs, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("  BrokenBarrierError", repr(e))
b2.reset()
print(" ", b2.broken)
b3 = threading.Barrier(2, timeout=0.01)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("  timeout broke:", b3.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("  ValueError:", e)

print("local:")
loc = threading.local()
loc.x = 1
got = []
t = threading.Thread(target=lambda: got.append(hasattr(loc, "x")))
t.start(); t.join()
print(" ", loc.x, got)

print("get_ident/native_id:", isinstance(threading.get_ident(), int), isinstance(threading.get_native_id(), int))
print("settrace/stack_size:", threading.stack_size())
print("done", threading.active_count())

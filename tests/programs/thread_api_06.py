# threading.Thread API details: names, start/join errors, daemon flags, idents, current_thread
import threading
import _thread

def worker():
    pass

t1 = threading.Thread(target=worker)
t2 = threading.Thread(target=lambda: None)
t3 = threading.Thread()
t4 = threading.Thread(target=worker, name="explicit")
print(t1.name, "|", t2.name, "|", t3.name, "|", t4.name)

class Job:
    def __call__(self):
        pass
t5 = threading.Thread(target=Job())
print(t5.name)
print(repr(t1))

# start() twice, join() before start, join() of the current thread
try:
    t1.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t1.start()
try:
    t1.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t1.join()
print("alive after join:", t1.is_alive(), "ident is int:", isinstance(t1.ident, int),
      "native_id is int:", isinstance(t1.native_id, int))
print(repr(t1).startswith("<Thread(Thread-1 (worker), stopped "))

errs = []
def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errs.append(str(e))
t = threading.Thread(target=join_self)
t.start()
t.join()
print(errs)

# daemon flag: explicit, inherited, and not settable once started
d = threading.Thread(target=worker, daemon=True)
print(d.daemon, t1.daemon, threading.current_thread().daemon)
inherited = []
def spawn_child():
    c = threading.Thread(target=worker)
    inherited.append(c.daemon)
    c.start()
    c.join()
p = threading.Thread(target=spawn_child, daemon=True)
p.start()
p.join()
q = threading.Thread(target=spawn_child)
q.start()
q.join()
print("child daemon inherited:", inherited)
d.start()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()
u = threading.Thread(target=worker)
u.daemon = True
print(u.daemon, u.isDaemon())
u.setDaemon(False)
print(u.daemon)
u.name = "renamed"
print(u.name, u.getName())
u.setName("again")
print(u.name)

# identity inside threads
info = {}
lock = threading.Lock()
def who(key):
    ct = threading.current_thread()
    with lock:
        info[key] = (ct.name, ct.ident == threading.get_ident(), ct.native_id == threading.get_native_id(),
                     ct is not threading.main_thread(), ct in threading.enumerate())
ts = [threading.Thread(target=who, args=(k,), name="who-%d" % k) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(info):
    print(k, info[k])
mt = threading.main_thread()
print(mt.name, mt is threading.current_thread(), mt.is_alive(), mt.daemon, repr(mt).startswith("<_MainThread(MainThread, started "))
print(threading.get_ident() == mt.ident == _thread.get_ident())
print(threading.active_count(), len(threading.enumerate()), threading.enumerate()[0] is mt)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX > 1e6)
print(threading.ThreadError is _thread.error, threading.Lock is _thread.allocate_lock)
print(threading.currentThread() is mt, threading.activeCount())

# kwargs and args
out = []
def collect(a, b, *, c=0):
    out.append(a + b + c)
t = threading.Thread(target=collect, args=(1, 2), kwargs={"c": 10})
t.start()
t.join()
print(out)

# join with a timeout on a blocked thread, then release it
gate = threading.Lock()
gate.acquire()
def blocked():
    with gate:
        pass
b = threading.Thread(target=blocked)
b.start()
b.join(timeout=0.05)
print("still alive:", b.is_alive())
gate.release()
b.join()
print("alive after release:", b.is_alive())

# settrace / setprofile of None are accepted; threads still run
threading.settrace(None)
threading.setprofile(None)
r = []
t = threading.Thread(target=lambda: r.append(1))
t.start()
t.join()
threading.settrace(None)
threading.setprofile(None)
print(r, threading.gettrace(), threading.getprofile())

# a Thread subclass that forgot to call __init__
class Broken(threading.Thread):
    def __init__(self):
        pass
try:
    Broken().start()
except RuntimeError as e:
    print("RuntimeError:", e)

# raw _thread threads show up as dummy threads
names = []
done = threading.Event()
def raw():
    ct = threading.current_thread()
    names.append((ct.name.startswith("Dummy-"), ct.daemon, ct.is_alive()))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(names)
print(threading.stack_size())

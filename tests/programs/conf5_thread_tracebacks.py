# Uncaught exceptions in threads and in library calls: the reports name the library's frames
# (threading.py, queue.py, concurrent/futures/*.py, contextlib.py) with CPython's line numbers
# and source lines. Reports are captured and the library directory is replaced by LIB.
import concurrent.futures as cf
import contextlib
import os
import queue
import sys
import threading
import traceback

LIB = os.path.dirname(threading.__file__)
HERE = os.path.basename(__file__)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def show(text):
    for line in text.rstrip("\n").split("\n"):
        line = line.replace(LIB, "LIB")
        if line.startswith('  File "') and not line.startswith('  File "LIB'):
            path, rest = line[8:].split('"', 1)
            line = '  File "' + os.path.basename(path) + '"' + rest
        print("|", line)


def run_thread(target, *args, name=None, cls=threading.Thread):
    cap = Capture()
    old = sys.stderr
    sys.stderr = cap
    try:
        t = cls(target=target, args=args, name=name) if target else cls(name=name)
        t.start()
        t.join()
    finally:
        sys.stderr = old
    show("".join(cap.parts))


def report(fn, *args):
    try:
        fn(*args)
    except BaseException as e:
        show("".join(traceback.format_exception(e)))


def divide(a, b):
    return a / b


def empty_get():
    queue.Queue().get_nowait()


run_thread(divide, 1, 0)
run_thread(empty_get, name="getter")


class Worker(threading.Thread):
    def run(self):
        data = {}
        return data["missing"]


run_thread(None, cls=Worker, name="worker-sub")


def over_release():
    s = threading.BoundedSemaphore(2)
    s.release()


run_thread(over_release)

tm_cap = Capture()
sys.stderr = tm_cap
tm = threading.Timer(0.001, divide, args=(2, 0))
tm.start()
tm.join()
sys.stderr = sys.__stderr__
show("".join(tm_cap.parts))

# exceptions surfacing from library calls in the main thread
report(lambda: queue.Queue(1).put_nowait(1) or None)
def full_put():
    q = queue.Queue(1)
    q.put(1)
    q.put(2, timeout=0.001)
report(full_put)
report(lambda: queue.Queue().get(timeout=0.001))
report(lambda: queue.Queue().task_done())
report(lambda: queue.SimpleQueue().get_nowait())
report(lambda: threading.Semaphore(-2))
report(lambda: threading.Condition().notify())
report(lambda: threading.Condition().wait(0.001))
report(lambda: threading.current_thread().join())
def barrier_broken():
    b = threading.Barrier(2)
    b.abort()
    b.wait()
report(barrier_broken)
report(lambda: threading.Barrier(2, timeout=0.001).wait())
def restart():
    t = threading.Thread(target=int)
    t.start()
    t.join()
    t.start()
report(restart)
def set_daemon():
    t = threading.Thread(target=int)
    t.start()
    t.join()
    t.daemon = True
report(set_daemon)
local = threading.local()
report(lambda: local.nothing)

with cf.ThreadPoolExecutor(2) as ex:
    fut = ex.submit(divide, 5, 0)
    cf.wait([fut])
    report(fut.result)
    bad = list(ex.map(divide, [1, 2], [1, 0], timeout=None).__iter__().__next__() for _ in [0])
    print(bad)
    with cf.ThreadPoolExecutor(1) as one:
        it = one.map(divide, [4, 3], [2, 0])
        cf.wait([one.submit(int)])  # one worker, FIFO: the map's calls are done
        report(lambda: list(it))
    done = cf.Future()
    done.cancel()
    report(done.result)
    report(lambda: cf.Future().result(timeout=0.001))
    report(lambda: cf.Future().exception(timeout=0.001))
    pending = cf.Future()
    report(lambda: list(cf.as_completed([pending], timeout=0.001)))
    ok = ex.submit(int, "7")
    cf.wait([ok])
    cb_cap = Capture()
    sys.stderr = cb_cap
    ok.add_done_callback(lambda f: divide(f.result(), 0))
    sys.stderr = sys.__stderr__
    show("".join(cb_cap.parts).replace(repr(ok), "<FUTURE>"))
ex.shutdown()
report(ex.submit, int)


@contextlib.contextmanager
def guarded():
    yield "value"
    raise KeyError("after")


def ctx_body_raises():
    with guarded():
        raise ValueError("in body")


report(ctx_body_raises)
def ctx_exit_raises():
    with guarded():
        pass
report(ctx_exit_raises)
def stack_raises():
    with contextlib.ExitStack() as st:
        st.callback(divide, 1, 0)
report(stack_raises)
print("main finished")
# a last uncaught exception from a future
with cf.ThreadPoolExecutor(1) as ex:
    fut = ex.submit(divide, 1, 0)
    cf.wait([fut])
    fut.result()

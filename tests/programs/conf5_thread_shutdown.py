# regen: full-stderr
# Interpreter exit with threads still running: non-daemon threads are joined after the main
# module's uncaught exception is reported and before atexit callbacks run; daemon threads are
# abandoned; a ThreadPoolExecutor left open finishes its queued work; the exit status is 1.
import atexit
import concurrent.futures as cf
import threading
import time

events = []
lock = threading.Lock()


def note(msg):
    with lock:
        events.append(msg)


atexit.register(lambda: print("atexit: events =", sorted(events)))
atexit.register(lambda: print("atexit: registered last, runs first"))

started = threading.Event()


def slow_worker(n):
    started.set()
    time.sleep(0.05)
    note(f"worker {n} finished")
    print(f"worker {n} finished", flush=True)


def daemon_forever():
    time.sleep(30)
    print("daemon never prints")


threading.Thread(target=daemon_forever, daemon=True).start()
workers = [threading.Thread(target=slow_worker, args=(i,)) for i in range(1)]
for w in workers:
    w.start()
started.wait()

ex = cf.ThreadPoolExecutor(2)
results = [ex.submit(pow, 3, i) for i in range(6)]
print("pool results:", [f.result() for f in results])
ex.submit(note, "pool task at exit")
print("active threads > 1:", threading.active_count() > 1)


def fail(depth):
    if depth == 0:
        raise LookupError("main thread fails while a worker is running")
    fail(depth - 1)


fail(2)

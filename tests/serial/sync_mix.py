"""Every blocking primitive, used by 4 threads at once: under PYRS_SERIAL=always each thread
runs only while holding the serial token, so this checks that every wait hands it over
(objmodel serial.rs INV-S2). Prints what every correct runtime prints."""
import queue
import threading

N = 4
counter = 0
lock = threading.Lock()
rlock = threading.RLock()
cond = threading.Condition()
ready = []
barrier = threading.Barrier(N)
event = threading.Event()
sem = threading.BoundedSemaphore(2)
q = queue.Queue(maxsize=3)
results = queue.Queue()
shared = {"hits": 0}


def worker(tid):
    global counter
    for _ in range(20000):
        with lock:
            counter += 1
    with rlock:
        with rlock:
            shared["hits"] += 1
    with cond:
        ready.append(tid)
        cond.notify_all()
        cond.wait_for(lambda: len(ready) == N)
    barrier.wait()
    event.wait()
    with sem:
        pass
    total = 0
    for i in range(50):
        q.put(tid * 1000 + i)
        total += q.get()
        q.task_done()
    results.put(total)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
event.set()
for t in threads:
    t.join()
q.join()
print("counter", counter)
print("hits", shared["hits"])
print("ready", sorted(ready))
print("queue total", sum(results.get() for _ in range(N)))

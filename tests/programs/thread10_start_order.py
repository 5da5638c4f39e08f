# A started thread runs first, until it blocks or ends, before start() returns (CPython's GIL
# hands it the first slice): threads that record themselves as they start do so in start
# order, and a pool's worker takes its first item before submit() returns.
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

# A long switch interval: CPython hands the GIL back to a waiting main thread only after it,
# so the order below holds on a busy machine too.
sys.setswitchinterval(0.5)


# Threads that append as they start: the list is in start order.
out = []
ts = [threading.Thread(target=out.append, args=(i,)) for i in range(20)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)

# A pool's first worker picks its item up before submit() returns: cancel() finds it running.
with ThreadPoolExecutor(1) as ex:
    ev = threading.Event()
    first = ex.submit(ev.wait, 5)
    second = ex.submit(pow, 2, 10)
    print("cancel running:", first.cancel(), "cancel queued:", second.cancel())
    print(first.running(), second.cancelled())
    ev.set()
print(first.result(), second.cancelled())

# shutdown(cancel_futures=True) cancels only what no worker has taken.
ex = ThreadPoolExecutor(1)
ev = threading.Event()
f1 = ex.submit(ev.wait, 5)
rest = [ex.submit(pow, 3, i) for i in range(4)]
ex.shutdown(wait=False, cancel_futures=True)
ev.set()
print(f1.result(), [f.cancelled() for f in rest])
ex.shutdown()

# switch interval and stack size (stack_size() without a size resets it to 0)
print(sys.getswitchinterval())
sys.setswitchinterval(0.002)
print(sys.getswitchinterval())
for bad in (0, -1.5):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.setswitchinterval(0.005)
print(threading.stack_size())
print(threading.stack_size(1 << 20))
print(threading.stack_size())
print(threading.stack_size(1 << 20))
res = []
t = threading.Thread(target=lambda: res.append(sum(range(100))))
t.start()
t.join()
print(res, threading.stack_size(0), threading.stack_size())
for bad in (100, 32767, -1):
    try:
        threading.stack_size(bad)
    except ValueError as e:
        print("ValueError:", e)

# many threads mutating shared containers under locks; parallel work partitioning
import threading
shared = {}
lock = threading.Lock()
def record(tid, n):
    for i in range(n):
        key = (tid * n + i) % 97
        with lock:
            shared[key] = shared.get(key, 0) + 1
threads = [threading.Thread(target=record, args=(t, 500)) for t in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sum(shared.values()), min(shared.values()), max(shared.values()))
lst = []
llock = threading.Lock()
def appender(tid):
    for i in range(1000):
        with llock:
            lst.append(tid)
ts = [threading.Thread(target=appender, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(lst), sorted(set(lst)), [lst.count(i) for i in range(4)])
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
counts = [0] * 4
def count_primes(idx, lo, hi):
    counts[idx] = sum(1 for n in range(lo, hi) if is_prime(n))
ts = [threading.Thread(target=count_primes, args=(i, i * 5000, (i + 1) * 5000)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counts, sum(counts))
result = []
def daemon_work():
    result.append("daemon ran")
d = threading.Thread(target=daemon_work, daemon=True)
d.start()
d.join()
print(result, d.daemon)
errors = []
def raiser():
    try:
        raise ValueError("in thread")
    except ValueError as e:
        errors.append(str(e))
t = threading.Thread(target=raiser)
t.start()
t.join()
print(errors)
timer_hits = []
tm = threading.Timer(0.01, lambda: timer_hits.append("timer fired"))
tm.start()
tm.join()
print(timer_hits)

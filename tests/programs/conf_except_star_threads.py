from concurrent.futures import ThreadPoolExecutor
import threading
print(ExceptionGroup, BaseExceptionGroup, ExceptionGroup.__mro__, ExceptionGroup.__module__, ExceptionGroup.__bases__)
def task(i):
    if i % 3 == 0:
        raise ValueError(f"bad {i}")
    if i % 5 == 0:
        raise KeyError(i)
    return i
def run_all(n):
    errors, results = [], []
    with ThreadPoolExecutor(4) as ex:
        futs = [ex.submit(task, i) for i in range(n)]
        for f in futs:
            try:
                results.append(f.result())
            except Exception as e:
                errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} tasks failed", errors)
    return results
try:
    run_all(11)
except* ValueError as eg:
    print("values:", sorted(str(e) for e in eg.exceptions))
except* KeyError as eg:
    print("keys:", sorted(e.args[0] for e in eg.exceptions))
print(run_all(3) if False else "ok")
eg = ExceptionGroup("x", [ValueError(1)])
print(eg.__traceback__, eg.__cause__, eg.__context__, isinstance(eg, Exception), eg.args)
class MyGroup(ExceptionGroup):
    pass
try:
    raise MyGroup("mine", [TypeError("t")])
except ExceptionGroup as e:
    print(type(e).__name__, repr(e))
lock = threading.Lock()
collected = []
def worker(i):
    try:
        if i % 2:
            raise ExceptionGroup("inner", [ValueError(i)])
    except* ValueError as eg:
        with lock:
            collected.append(eg.exceptions[0].args[0])
ts = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(collected))

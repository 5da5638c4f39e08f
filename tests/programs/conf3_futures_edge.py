# concurrent.futures edge cases: shutdown twice, broken pools, Future state errors, wait/as_completed on trivial inputs.
import concurrent.futures as cf, threading, re, time, logging
logged = []


class Capture(logging.Handler):
    def emit(self, rec):
        exc = rec.exc_info[1] if rec.exc_info else None
        logged.append((re.sub(r"\d{6,}|0x[0-9a-f]+", "N", rec.getMessage()), rec.levelname, repr(exc)))


logging.getLogger("concurrent.futures").addHandler(Capture())
def n(s): return re.sub(r"0x[0-9a-f]+", "ADDR", str(s))
ex = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="p")
print(n(repr(ex)).split(" object")[0])
f = ex.submit(time.sleep, 0.05)
print(n(f).replace("running", "R").replace("pending", "R"))
f.result()
ex.shutdown()
ex.shutdown()
try: ex.map(abs, [1])
except RuntimeError as e: print(e)
try: cf.ThreadPoolExecutor(initializer=5)
except TypeError as e: print(e)
def bad_init(): raise ValueError("init")
ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(abs, 1)
try: f.result()
except cf.BrokenExecutor as e: print(type(e).__name__, e, type(e).__mro__[1].__name__)
try: ex.submit(abs, 1)
except cf.BrokenExecutor as e: print(type(e).__name__, e)
ex.shutdown()
print(cf.thread.BrokenThreadPool.__module__)
f = cf.Future()
f.set_running_or_notify_cancel()
try: f.set_running_or_notify_cancel()
except RuntimeError as e: print(re.sub(r"\d+", "N", n(e)))
print(f.cancel())
g = cf.Future(); g.cancel()
print(g.set_running_or_notify_cancel(), n(g))
try: cf.wait([g], return_when="bogus")
except ValueError as e: print(e)
print(cf.wait([]), list(cf.as_completed([])))
h = cf.Future(); h.set_result(1)
print(list(cf.as_completed([h, h])) == [h])
print(cf.Future.__class_getitem__(int))
def cb(fut): raise KeyError("cb")
import io, sys, logging
k = cf.Future()
old = sys.stderr; sys.stderr = buf = io.StringIO()
k.add_done_callback(cb); k.set_result(2)
sys.stderr = old
print(repr(buf.getvalue()))
for rec in logged:
    print(rec)

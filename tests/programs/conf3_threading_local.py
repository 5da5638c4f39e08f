# threading.local is _thread._local (names in reprs and messages), timeout overflow messages,
# excepthook argument check.
import threading
l=threading.local()
print(repr(l).split(" at")[0], type(l).__name__, type(l).__module__)
for fn in [lambda: l.x, lambda: delattr(l, "x"), lambda: delattr(l, "__dict__")]:
    try: fn()
    except AttributeError as e: print(e)
class S(threading.local):
    def __init__(self, v): self.v = v
s = S(3)
try: s.x
except AttributeError as e: print(e)
r = []
t = threading.Thread(target=lambda: r.append(s.v)); t.start(); t.join(); print(r)
try: threading.local(1)
except TypeError as e: print(e)
for to in [1e300, 9223372037.0]:
    try: threading.Lock().acquire(timeout=to)
    except OverflowError as e: print(e)
    try: threading.Event().wait(to)
    except OverflowError as e: print(e)
    try: threading.RLock().acquire(timeout=to)
    except OverflowError as e: print(e)
for bad in [1, None, (1, 2)]:
    try: threading.excepthook(bad)
    except TypeError as e: print(e)

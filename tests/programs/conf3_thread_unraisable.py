# An exception escaping a _thread.start_new_thread function goes to sys.unraisablehook.
import _thread, time, sys

done = []


def f(x):
    try:
        raise ValueError("in thread %d" % x)
    finally:
        done.append(x)


seen = []
sys.unraisablehook = lambda a: seen.append((a.err_msg, a.object.__name__, repr(a.exc_value), a.exc_type.__name__))
_thread.start_new_thread(f, (1,))
while not seen:
    time.sleep(0.01)
print(seen)

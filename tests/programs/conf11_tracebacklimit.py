# regen: full-stderr
# sys.tracebacklimit limits the interpreter's report to the innermost entries.
import sys


def f():
    g()


def g():
    h()


def h():
    raise ValueError("deep")


sys.tracebacklimit = 2
try:
    f()
except ValueError as e:
    try:
        raise KeyError("k") from e
    except KeyError:
        sys.excepthook(*sys.exc_info())
sys.tracebacklimit = 0
try:
    f()
except ValueError:
    sys.excepthook(*sys.exc_info())
sys.tracebacklimit = 1
f()

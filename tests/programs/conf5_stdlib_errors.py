# Error messages and reprs of library objects that threaded programs print: time.strptime,
# memory streams' reprs, bad timeout arguments, C types' dotted names in TypeErrors and
# AttributeErrors (datetime, collections, decimal), and traceback objects of exceptions that
# pass through context managers.
import collections
import contextlib
import datetime
import decimal
import io
import math
import re
import threading
import time
import traceback


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {r!r}")


def addr(o):
    return re.sub(r"0x[0-9a-f]+", "0x...", repr(o))


st = time.strptime("2021-07-04 08:15:30", "%Y-%m-%d %H:%M:%S")
print(tuple(st), st.tm_yday, st.tm_wday, st.tm_isdst, st.tm_zone, st.tm_gmtoff)
print(tuple(time.strptime("Mon Feb 29 12:00:00 2016")), time.strptime("31/12/99", "%d/%m/%y")[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S", time.strptime("1999-12-31 23:59:59", "%Y-%m-%d %H:%M:%S")))
print(time.strptime("03:04 PM", "%I:%M %p")[3:5], time.strptime("2020 100", "%Y %j")[:3])
attempt("strptime mismatch", lambda: time.strptime("2020-01-xx", "%Y-%m-%d"))
attempt("strptime extra", lambda: time.strptime("2020-01-01 junk", "%Y-%m-%d"))
attempt("strptime type", lambda: time.strptime(2020, "%Y"))

print(addr(io.StringIO("x")), addr(io.BytesIO(b"y")))
print(addr(sys_out) if (sys_out := None) else "", repr(io.StringIO).startswith("<class '_io.StringIO'"))

lock = threading.Lock()
attempt("Lock.acquire(timeout='x')", lambda: lock.acquire(timeout="x"))
attempt("Lock.acquire(timeout=[])", lambda: lock.acquire(timeout=[]))
attempt("Lock.acquire(timeout=-3)", lambda: lock.acquire(timeout=-3))
attempt("RLock.acquire(timeout='x')", lambda: threading.RLock().acquire(timeout="x"))
attempt("Event.wait('x')", lambda: threading.Event().wait("x"))
attempt("Condition.wait('x')", lambda: (c := threading.Condition()).__enter__() and c.wait("x"))
attempt("Semaphore.acquire(timeout='x')", lambda: threading.Semaphore(0).acquire(timeout="x"))
attempt("Barrier.wait('x')", lambda: threading.Barrier(2).wait("x"))
attempt("math.sqrt('x')", lambda: math.sqrt("x"))
attempt("'%f' % 'x'", lambda: "%f" % "x")
attempt("float([])", lambda: float([]))

d = datetime.date(2024, 1, 31)
attempt("date + int", lambda: d + 1)
attempt("int - date", lambda: 5 - d)
attempt("date < str", lambda: d < "2024")
attempt("timedelta * str", lambda: datetime.timedelta(1) * "x")
attempt("datetime attr", lambda: datetime.datetime(2020, 1, 1).nope)
attempt("time attr", lambda: datetime.time(1).hours)
attempt("OrderedDict + 1", lambda: collections.OrderedDict() + 1)
attempt("defaultdict attr", lambda: collections.defaultdict(int).missing)
attempt("Decimal + str", lambda: decimal.Decimal("1.5") + "x")
attempt("Decimal < list", lambda: decimal.Decimal(1) < [])
attempt("Counter + int", lambda: collections.Counter() + 1)
attempt("deque + int", lambda: collections.deque() + 1)
print(datetime.date.__name__, datetime.date.__module__, datetime.timedelta.__qualname__)
print(collections.OrderedDict.__name__, collections.defaultdict.__module__, type(d).__name__)


@contextlib.contextmanager
def managed(log):
    log.append("enter")
    try:
        yield log
    finally:
        log.append("exit")


def body_fails():
    with managed([]) as log:
        raise KeyError("inside")


try:
    body_fails()
except KeyError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in frames])

try:
    try:
        raise ValueError("first")
    except ValueError as e:
        saved = e.__traceback__
        raise
except ValueError as e:
    e.__traceback__ = saved
    print([f.name for f in traceback.extract_tb(e.__traceback__)], e.__traceback__.tb_next is None)


def inner():
    raise OSError("deep")


def outer():
    inner()


try:
    outer()
except OSError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_frame.f_code.co_name)
    e2 = RuntimeError("copy").with_traceback(tb.tb_next)
    print([f.name for f in traceback.extract_tb(e2.__traceback__)])

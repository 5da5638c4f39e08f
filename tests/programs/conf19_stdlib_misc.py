# Small standard-library differences: closed StringIO messages, deque as a
# MutableSequence, IntFlag pseudo-members with unknown bits, stack extraction from a frame,
# and the frames a traceback object exposes.
import collections.abc
import enum
import io
import os
import sys
import traceback
from collections import deque

s = io.StringIO("a\nb\n")
s.close()
for name, args in [("getvalue", ()), ("read", ()), ("readline", ()), ("tell", ()),
                   ("seek", (0,)), ("readlines", ()), ("truncate", ()), ("__iter__", ()),
                   ("readable", ()), ("writable", ()), ("seekable", ()), ("isatty", ()),
                   ("write", ("x",))]:
    try:
        getattr(s, name)(*args)
    except ValueError as e:
        print(name, e)
b = io.BytesIO(b"x")
b.close()
for name in ["getvalue", "read", "tell"]:
    try:
        getattr(b, name)()
    except ValueError as e:
        print("bytes", name, e)

print(issubclass(deque, collections.abc.MutableSequence), isinstance(deque(), collections.abc.Sequence))


class IP(enum.IntFlag):
    A = 1
    B = 2


for v in [IP(8), IP(9), IP(0), IP.A | 8, IP.A | IP.B]:
    print(repr(v), str(v), v.name, list(v))


def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
        f = tb.tb_frame
        names = []
        while f is not None:
            names.append((f.f_code.co_name, f.f_lineno))
            f = f.f_back
        print(names)
        print([(os.path.basename(fs.filename), fs.lineno, fs.name, fs.line)
               for fs in traceback.extract_stack(tb.tb_frame)])


def outer():
    inner()


outer()


def failing():
    x = 1
    raise KeyError(x)


try:
    failing()
except KeyError as e:
    t = e.__traceback__.tb_next
    print(t.tb_frame.f_code.co_name, t.tb_frame.f_lineno, t.tb_lineno)

fs = traceback.FrameSummary("nosuchfile.py", 3, "f")
print(repr(fs.line))
st = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=1)
print([(os.path.basename(x.filename), x.lineno, x.name, x.line) for x in st])

# regen: full-stderr
import sys
def a():
    b()
def b():
    raise ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
try:
    a()
except* ValueError as eg:
    print("got", repr(eg.exceptions))
except* KeyError as eg:
    print("got k", eg.exceptions)

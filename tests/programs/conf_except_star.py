import os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
import sys, traceback
def run(excs, handlers_desc=""):
    try:
        raise ExceptionGroup("top", excs)
    except* ValueError as e:
        print("V:", repr(e), sys.exc_info()[1] is e)
    except* (TypeError, KeyError) as e:
        print("TK:", repr(e))
    except* OSError:
        print("OS")
    print("after")
run([ValueError(1), TypeError(2), KeyError(3), FileNotFoundError(4)])
try:
    run([ValueError(1), ZeroDivisionError(5)])
except ExceptionGroup as e:
    print("leftover", repr(e))
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught", repr(e), repr(e.exceptions[0]))
except Exception as e:
    print("no")
try:
    try:
        raise KeyError("naked")
    except* ValueError:
        print("no")
except KeyError as e:
    print("naked passthrough", repr(e))
def g():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError:
        raise
try:
    g()
except ExceptionGroup as e:
    print(repr(e))
    print(traceback.format_exc().replace(HERE, ""))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* 5:
        pass
except TypeError as e:
    print("TypeError:", e)
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError as e:
        for j in range(5):
            if j == 1: break
        print("iter", i, e.exceptions)
    finally:
        print("fin", i)
try:
    raise ExceptionGroup("x", [ValueError(1)])
except* ValueError:
    pass
else:
    print("else should not run")
try:
    pass
except* ValueError:
    pass
else:
    print("else runs")
try:
    try:
        raise ExceptionGroup("nest", [ValueError(1), ExceptionGroup("in", [ValueError(2), OSError(3)])])
    except* ValueError as e:
        print(repr(e))
except* OSError as e:
    print("outer", repr(e))
try:
    e
except NameError as ex:
    print(ex)
def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* Exception as e:
        print("full", repr(e))
h()

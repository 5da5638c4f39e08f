# nested try, re-raise, exception in handler, bare raise
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("level2 caught, re-raising")
        raise
def level1():
    try:
        level2()
    except LookupError as e:
        print("level1 caught", type(e).__name__, e)
        return "handled"
print(level1())
def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("handler failed") from e
try:
    handler_raises()
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| context:", type(e.__context__).__name__)
def implicit_context():
    try:
        [][1]
    except IndexError:
        {}["missing"]
try:
    implicit_context()
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__), "cause:", e.__cause__, e.__suppress_context__)
def suppressed():
    try:
        int("x")
    except ValueError:
        raise TypeError("clean") from None
try:
    suppressed()
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
for i in range(4):
    try:
        try:
            if i == 0:
                raise ValueError("v")
            if i == 1:
                raise TypeError("t")
            if i == 2:
                raise KeyError("k")
            print("i=3 no error")
        except ValueError as e:
            print("inner caught ValueError", e)
        finally:
            print("inner finally", i)
    except TypeError as e:
        print("outer caught TypeError", e)
    except Exception as e:
        print("outer caught generic", type(e).__name__, e)
def bare_raise_outside():
    try:
        raise
    except RuntimeError as e:
        return str(e)
print(bare_raise_outside())
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
except ValueError as e:
    print("bare raise re-raised:", e)
import sys
try:
    raise IndexError("info")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
try:
    raise Exception("a", 1, [2])
except Exception as e:
    print(e.args, str(e), repr(e))

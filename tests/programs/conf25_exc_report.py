# regen: full-stderr
# Exception reports: chained tracebacks, notes, exception groups, failing __str__,
# thread exceptions through threading.excepthook, and a sys.excepthook that itself fails.
import sys
import threading
import traceback


class BadRepr:
    def __repr__(self):
        raise RuntimeError("repr fail")

    def __str__(self):
        raise ValueError("str fail")


def level3(x):
    return {"a": 1}[x]


def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        raise LookupError(f"missing {x!r}") from e


def level1():
    try:
        level2("zz")
    except LookupError:
        raise TypeError("wrapped")


try:
    level1()
except TypeError as e:
    traceback.print_exc()
    print("ctx:", repr(e.__context__), "cause:", repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no ctx") from None
except ValueError as e:
    traceback.print_exc()
    print(e.__suppress_context__, repr(e.__context__))

e = ValueError("with note")
e.add_note("note one")
e.add_note("note two")
try:
    raise e
except ValueError:
    traceback.print_exc()
try:
    e.add_note(3)
except TypeError as te:
    print("TypeError:", te)


def thread_fail(n):
    if n % 2:
        raise KeyError(f"odd {n}")
    return n


hooked = []
old = threading.excepthook
threading.excepthook = lambda args: hooked.append(
    (args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))
ts = [threading.Thread(target=thread_fail, args=(i,), name=f"t{i}") for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
threading.excepthook = old
print(sorted(hooked))

try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
except* ValueError as eg:
    print("caught V", repr(eg))
except* (TypeError, KeyError) as eg:
    print("caught TK", repr(eg), eg.exceptions)

eg = ExceptionGroup("many", [ValueError("a"), OSError(2, "nf")])
eg.add_note("group note")
traceback.print_exception(eg)
print(eg.split(ValueError))
print(eg.subgroup(lambda e: isinstance(e, OSError)))
for bad in [("x", []), ("x", [1]), ("x", 5), (1, [ValueError()])]:
    try:
        ExceptionGroup(*bad)
    except (ValueError, TypeError) as ve:
        print(type(ve).__name__, ve)
        traceback.print_exc()
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__,
      type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("e", [KeyboardInterrupt()])
except TypeError as te:
    print("TypeError:", te)

try:
    print(BadRepr())
except ValueError as e:
    print("str failed:", e)
try:
    print(repr([BadRepr()]))
except RuntimeError as e:
    print("repr failed:", e)
print(f"{3!a} {'é'!a} {'x'!r}")


class MyErr(Exception):
    def __str__(self):
        return "custom str " + str(self.args)


try:
    raise MyErr(1, 2)
except MyErr:
    traceback.print_exc(limit=1)
print(traceback.format_exception_only(MyErr, MyErr("q")))
print(repr(MyErr()), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file", "f.txt")))
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(sys.exc_info())


def gen():
    yield 1
    raise StopIteration("inner")


try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))


def hook(etype, value, tb):
    print("hook got", etype.__name__, file=sys.stderr)
    raise TypeError("hook broke")


class Unprintable(Exception):
    def __str__(self):
        raise ValueError("bad str in exc")


sys.excepthook = hook
try:
    raise Unprintable()
except Unprintable as u:
    raise RuntimeError("final") from u

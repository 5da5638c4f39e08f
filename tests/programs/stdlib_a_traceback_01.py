# traceback: format_exc/print_exc, chained exceptions, limit, extract_tb/format_tb, stacks,
# TracebackException (paths are made relative so CPython's absolute __main__ path matches)
import os
import sys
import traceback
HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
def rel(s):
    if isinstance(s, str):
        return s.replace(HERE, "")
    if isinstance(s, list):
        return [rel(x) for x in s]
    return s
def f(x):
    return 1 / x
def g():
    return f(0) + 1
try:
    g()
except ZeroDivisionError:
    print(rel(traceback.format_exc()), end="")
    print(rel(traceback.format_exc(limit=1)), end="")
    print(rel(traceback.format_exc(limit=-1)), end="")
    print(len(traceback.format_exception(*sys.exc_info())))
try:
    try:
        int("nope")
    except ValueError as e:
        raise KeyError("wrapped") from e
except KeyError as e:
    print(rel("".join(traceback.format_exception(e))), end="")
    print(traceback.format_exception_only(type(e), e))
    print(rel("".join(traceback.format_exception(e, chain=False))), end="")
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(lines), repr(lines[0]), repr(lines[-1]))
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), tb[0].lineno, tb[0].name, tb[0].line, rel(list(tb[0])))
    print(rel(traceback.format_tb(e.__traceback__)))
    print(rel("".join(traceback.format_exception(e, limit=0))), end="")
try:
    try:
        raise IndexError("first")
    except IndexError:
        raise KeyError("missing")
except KeyError as e:
    print(rel("".join(traceback.format_exception(e))), end="")
try:
    int("x")
except Exception as e:
    te = traceback.TracebackException.from_exception(e)
    print(rel("".join(te.format())), end="")
    print(list(te.format_exception_only()), str(te))
def deep(n):
    if n == 0:
        return traceback.extract_stack()
    return deep(n - 1)
st = deep(2)
print([(fs.name, fs.lineno) for fs in st], st[-1].line)
print(traceback.format_exception(None), traceback.format_exc(), end="")
def show():
    print(rel(traceback.format_stack()))
show()
print(traceback.format_list([("a.py", 3, "fn", "x = 1")]))
sys.stderr = sys.stdout
try:
    raise ValueError("printed to stderr")
except ValueError:
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(rel(buf.getvalue()), end="")

# regen: full-stderr
# Tracebacks of many shapes: groups, properties, recursion, multi-line expressions,
# chained errors, generators, syntax errors; the program ends with an uncaught KeyError.
import traceback, sys, os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show():
    # Tracebacks go to stdout with this directory stripped, so the output does not
    # depend on where the test tree lives.
    print(traceback.format_exc().replace(HERE, ""), end="")


def a(): raise ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), KeyError("k")]), OSError(2, "nf")])
try: a()
except Exception: show()
class P:
    @property
    def val(self): return self.missing * 2
    def __init__(self): self.d = {}
try: P().val
except AttributeError: show()
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print("RecursionError", e); tb = traceback.format_exc().splitlines(); print(tb[0], tb[-1], len(tb) < 40, [l for l in tb if "repeated" in l])
def compute(x, y):
    return (x * 2 +
            y["key"] /
            0)
try: compute(1, {"key": 3})
except ZeroDivisionError: show()
try:
    try: raise ValueError("first")
    except ValueError as e: raise RuntimeError("second")
except RuntimeError: show()
def g():
    yield 1
    raise KeyError("in gen")
try: list(g())
except KeyError: show()
try: eval("1 +* 2")
except SyntaxError: show()
try: exec("def f(:\n  pass")
except SyntaxError as e: print(e.msg, e.lineno, e.offset, repr(e.text)); show()
try: exec("x = 1\n  y = 2")
except IndentationError as e: show()
try: exec("f(x for x in y, 1)")
except SyntaxError as e: show()
try: exec("print 'hi'")
except SyntaxError as e: show()
try: exec("if x = 1: pass")
except SyntaxError as e: show()
try: exec("'abc")
except SyntaxError as e: show()
try: exec("a = (1, 2")
except SyntaxError as e: show()
try: exec("return 5")
except SyntaxError as e: show()
try: exec("del f()")
except SyntaxError as e: show()
try: exec("def f(a=1, b): pass")
except SyntaxError as e: show()
try: exec("f(a=1, 2)")
except SyntaxError as e: show()
try: exec("nonlocal x")
except SyntaxError as e: show()
try: exec("break")
except SyntaxError as e: show()
try: exec("1 = x")
except SyntaxError as e: show()
try: exec("x = [1, 2, 3}")
except SyntaxError as e: show()
try: exec("import")
except SyntaxError as e: show()
try: exec("True = 1")
except SyntaxError as e: show()
try: exec("f'{x!z}'")
except SyntaxError as e: show()
try: exec("lambda: (yield)\nawait x")
except SyntaxError as e: show()
d = {"a": [1, 2]}
print(d["a"][0], end=" ")
d["b"]["c"]

# compile() with flags/dont_inherit/optimize, sys.__displayhook__, timedelta overflow
# messages, StringIO positions in characters, TextIOWrapper.reconfigure and the standard
# streams' error handlers, inspect.getsourcefile, the `this` module.
import ast, datetime, inspect, io, sys

code = compile("x = 1\ny = x + 1", "<cfg>", "exec", 0, True)
ns = {}
exec(code, ns)
print(ns["y"])
tree = compile("a + b", "<ast>", "eval", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(compile("1", "f", "eval", optimize=2).co_filename, compile("1", "f", "eval", dont_inherit=True).co_name)
for bad in [lambda: compile("1", "f", "exec", 0x7777777), lambda: compile("1", "f", "exec", "x"),
            lambda: compile("1", "f", "exec", optimize=5), lambda: compile("1", "f", "exec", 0, 0, 0, 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(sys.__displayhook__ is sys.displayhook)
exec(compile("6 * 7", "<single>", "single"))
print(_)

for kw in [dict(days=10**9), dict(days=10**10), dict(days=-2**31), dict(seconds=10**15), dict(weeks=10**8)]:
    try:
        datetime.timedelta(**kw)
    except OverflowError as e:
        print(kw, "OverflowError", e)
try:
    datetime.timedelta(days=999999999) * 10**10
except OverflowError as e:
    print("OverflowError", e)

s = io.StringIO("héllo\nwörld\n")
s.readline()
print(s.tell(), repr(s.read(3)), s.tell())
print(s.seek(2), repr(s.read(4)), s.seek(0, 2), s.tell())
s.seek(1)
s.write("É")
print(repr(s.getvalue()), s.tell())
for args in [(1, 1), (-1, 2), (-1,)]:
    try:
        s.seek(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)

print(sys.stdout.errors, sys.stdin.errors, sys.stderr.errors, sys.stdout.encoding)
sys.stdout.reconfigure(encoding="utf-8")
print(sys.stdout.errors)
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors, sys.stdout.encoding)
try:
    sys.stdout.reconfigure(encoding="nope")
except LookupError as e:
    print("LookupError", e)
try:
    sys.stdout.reconfigure("utf-8")
except TypeError as e:
    print("TypeError", e)

print(inspect.getsourcefile(inspect) == inspect.__file__, inspect.getsourcefile(ast.parse).endswith("ast.py"))
try:
    inspect.getsourcefile(len)
except TypeError as e:
    print("TypeError", e)

import this
print(len(this.s), this.d["a"], this.d["N"])

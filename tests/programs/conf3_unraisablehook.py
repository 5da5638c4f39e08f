# sys.unraisablehook receives what a loop-owned generator's failing close() raises.
import sys

print(sys.unraisablehook is sys.__unraisablehook__)
seen = []


def hook(args):
    seen.append((type(args).__name__, args.exc_type.__name__, str(args.exc_value), args.err_msg,
                 args.object.__name__, args.exc_traceback is not None, len(args)))


sys.unraisablehook = hook


def bad():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


def ignore():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass


for x in bad():
    break
for x in ignore():
    break
for s in seen:
    print(s)


def failing_hook(args):
    raise KeyError("hook")


sys.unraisablehook = failing_hook
import io
old, sys.stderr = sys.stderr, io.StringIO()
for x in bad():
    break
out = sys.stderr.getvalue()
sys.stderr = old
lines = out.splitlines()
print(lines[0].split(" at 0x")[0], lines[-1])
sys.unraisablehook = sys.__unraisablehook__
old, sys.stderr = sys.stderr, io.StringIO()
for x in bad():
    break
out = sys.stderr.getvalue()
sys.stderr = old
print([l.split(" at 0x")[0].replace(__file__, "FILE") for l in out.splitlines()])
try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print("TypeError:", e)

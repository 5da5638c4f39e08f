# contextlib helpers
import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("html"):
    with tag("body") as b:
        print("content in", b)
@contextlib.contextmanager
def catching():
    try:
        yield
    except ZeroDivisionError as e:
        print("generator caught", e)
with catching():
    1 / 0
print("continued")
with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("suppress ok")
with contextlib.suppress(KeyError):
    [][0] if False else None
    print("no exception inside suppress")
try:
    with contextlib.suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)
class Closer:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closing", self.n)
with contextlib.closing(Closer(1)) as c:
    print("using", c.n)
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"t{i}"))
    stack.callback(print, "callback registered first-run-last?")
    print("inside exit stack")
@contextlib.contextmanager
def changes_value(d):
    old = d["v"]
    d["v"] = "temp"
    try:
        yield d
    finally:
        d["v"] = old
d = {"v": "orig"}
with changes_value(d) as dd:
    print(dd["v"])
print(d["v"])
try:
    with changes_value(d):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e, d["v"])
with contextlib.nullcontext(5) as n:
    print("nullcontext", n)
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2)
print(repr(buf.getvalue()))

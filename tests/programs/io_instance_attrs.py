# File-like objects of the io module carry a __dict__, as CPython's do: programs tag streams
# with their own attributes.
import io, os, tempfile

s = io.StringIO("hello")
s.tag = "greeting"
print(s.tag, s.read(), sorted(vars(s)))
b = io.BytesIO(b"\x00\x01")
b.label, b.count = "bytes", 2
print(b.label, b.count, b.read(), sorted(b.__dict__))
del b.label
print(hasattr(b, "label"), sorted(vars(b)))

path = os.path.join(tempfile.mkdtemp(), "f.txt")
with open(path, "w") as f:
    f.origin = "test"
    f.write("x")
    print(type(f).__name__, f.origin)
with open(path, "rb") as f:
    f.seen = True
    print(type(f).__name__, f.seen, f.read())
with open(path, "wb") as f:
    f.kind = "bin"
    print(type(f).__name__, f.kind)
os.remove(path)
try:
    s.read = 5
    print("read replaced:", s.read)
except AttributeError as e:
    print("AttributeError:", e)

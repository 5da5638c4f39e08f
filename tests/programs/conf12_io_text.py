# Text files: encodings, error handlers, newline modes, the buffer of a text file,
# TextIOWrapper over binary files and BytesIO, StringIO newline handling.
import io, os, sys, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")

with open(p, "w", encoding="latin-1") as f:
    f.write("café\n")
print(open(p, "rb").read())
print(open(p, encoding="latin-1").read())
try:
    open(p).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(open(p, encoding="utf-8", errors="replace").read())
print(open(p, encoding="ascii", errors="ignore").read())

with open(p, "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(p, "rb").read(), repr(open(p, newline="").read()), repr(open(p).read()))
print(open(p, newline="").readlines(), open(p).readlines())

with open(p, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
print(repr(open(p).read()))
print(open(p).readlines())
print(open(p, newline="").readlines())
print(open(p, newline="\n").readlines())
print(open(p, newline="\r").readlines())
with open(p) as f:
    print([line for line in f])
with open(p) as f:
    print(repr(f.readline(2)), repr(f.readline()), repr(f.read(3)))

f = open(p)
print(f.encoding, f.errors, f.mode, f.readable(), f.writable(), f.seekable())
f.close()
f = open(p, "w", encoding="utf-16")
print(f.encoding, f.readable(), f.writable())
f.write("hi")
f.close()
print(open(p, "rb").read(), open(p, encoding="utf-16").read())

for bad in [dict(newline="x"), dict(encoding="nope"), dict(newline=5)]:
    try:
        open(p, **bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [dict(errors="strict"), dict(newline=""), dict(encoding="utf-8")]:
    try:
        open(p, "rb", **bad)
    except ValueError as e:
        print("ValueError", e)

# The buffer of a text file shares its position.
with open(p, "w") as f:
    f.write("text\n")
    f.flush()
    print(type(f.buffer).__name__, f.buffer.name == p)
with open(p, "rb") as f:
    print(f.read())
print(type(sys.stdin.buffer).__name__, sys.stdout.buffer.writable(), sys.stdin.buffer.readable())
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes through stdout.buffer\n")
sys.stdout.buffer.flush()
print("after buffer")

# TextIOWrapper over binary streams.
t = io.TextIOWrapper(io.BytesIO(b"l1\r\nl2\rl3\n"), encoding="utf-8")
print(t.readlines())
t = io.TextIOWrapper(io.BytesIO("ça va\nbien".encode("latin-1")), encoding="latin-1")
print(repr(t.readline()), repr(t.read(2)), repr(t.read()))
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
w.write("x\ny\n")
w.flush()
print(b.getvalue())
with open(p, "wb") as f:
    f.write("héllo\r\nworld\n".encode("utf-8"))
with open(p, "rb") as raw:
    t = io.TextIOWrapper(raw, encoding="utf-8")
    print(t.read().splitlines(), t.encoding)

# StringIO newline modes.
print(repr(io.StringIO("a\r\nb\rc", newline=None).read()))
print(repr(io.StringIO("a\r\nb").read()))
s = io.StringIO(newline="\r\n")
s.write("p\nq")
print(repr(s.getvalue()))
s = io.StringIO(newline=None)
s.write("u\r\nv")
print(repr(s.getvalue()))
try:
    io.StringIO(newline="z")
except ValueError as e:
    print("ValueError", e)
print(io.BytesIO(b"abcdef").read1(3))

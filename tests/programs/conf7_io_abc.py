# io's abstract classes: subclassing TextIOBase/RawIOBase, UnsupportedOperation, virtual subclasses.
import io
class S(io.TextIOBase):
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
s = S(); print("hi", 1, file=s); print(s.parts, s.closed, s.readable(), s.writable(), s.seekable(), s.encoding)
for f in ["s.read()", "s.readline()", "s.seek(0)", "s.fileno()", "s.tell()", "s.truncate()", "s.detach()"]:
    try: eval(f)
    except Exception as e: print(f, type(e).__name__, e, isinstance(e, ValueError), isinstance(e, OSError))
with s as t: print(t is s)
print(s.closed)
try: s.flush()
except ValueError as e: print(e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase), issubclass(io.StringIO, io.IOBase), isinstance(open(__file__), io.TextIOBase), isinstance(open(__file__, "rb"), io.BufferedIOBase))
class R(io.RawIOBase):
    def __init__(self): self.data = b"ab\ncd\n"; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos); b[:n] = self.data[self.pos:self.pos+n]; self.pos += n; return n
r = R(); print(r.read(2), r.readline(), r.read(), r.readable())
r2 = R(); print(list(r2))
r3 = R(); print(r3.readall(), r3.readlines())
try: io.StringIO().fileno()
except io.UnsupportedOperation as e: print("UO", e)
try: open(__file__).write("x")
except io.UnsupportedOperation as e: print("UO", e)

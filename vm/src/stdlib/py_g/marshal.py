"""marshal (pyrs-nogil): CPython 3.11's value serialization (format version 4) for None,
bool, int, float, complex, str, bytes/bytearray/memoryview, tuple, list, dict, set,
frozenset, Ellipsis and StopIteration, with back-references for repeated objects.

`loads` reads anything CPython writes for those types (every type code but code objects).
`dumps` writes CPython's type codes; CPython decides the reference flag from reference
counts, which this runtime does not have, so it flags every object except lists, dicts and
sets (what a call such as `marshal.dumps(value)` usually gives in CPython, not always the
same bytes). Code objects raise ValueError("unmarshallable object")."""
#@native *

import struct as _struct

version = 4

_FLAG_REF = 0x80
_IDENT = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


class _Writer:
    def __init__(self, version):
        self.out = bytearray()
        self.refs = {}
        self.keep = []
        self.version = version

    def code(self, c, obj, flag):
        if flag and self.version >= 3:
            key = id(obj)
            if key in self.refs:
                self.out += b'r' + _struct.pack('<I', self.refs[key])
                return False
            self.refs[key] = len(self.refs)
            self.keep.append(obj)
            self.out.append(ord(c) | _FLAG_REF)
        else:
            self.out.append(ord(c))
        return True

    def w_long(self, n):
        self.out += _struct.pack('<i', n)

    def dump(self, v, depth=0):
        if depth > 2000:
            raise ValueError("object too deeply nested to marshal")
        out = self.out
        t = type(v)
        if v is None:
            out += b'N'
        elif v is True:
            out += b'T'
        elif v is False:
            out += b'F'
        elif v is Ellipsis:
            out += b'.'
        elif v is StopIteration:
            out += b'S'
        elif t is int:
            if -2 ** 31 <= v < 2 ** 31:
                if self.code('i', v, True):
                    self.w_long(v)
            elif self.code('l', v, True):
                a = abs(v)
                digits = []
                while a:
                    digits.append(a & 0x7FFF)
                    a >>= 15
                self.w_long(len(digits) if v > 0 else -len(digits))
                for d in digits:
                    self.out += _struct.pack('<H', d)
        elif t is float:
            if self.code('g', v, True):
                self.out += _struct.pack('<d', v)
        elif t is complex:
            if self.code('y', v, True):
                self.out += _struct.pack('<dd', v.real, v.imag)
        elif t is str:
            if v.isascii():
                interned = bool(v) and all(ch in _IDENT for ch in v)
                if len(v) < 256:
                    if self.code('Z' if interned else 'z', v, True):
                        self.out.append(len(v))
                        self.out += v.encode('ascii')
                elif self.code('A' if interned else 'a', v, True):
                    self.w_long(len(v))
                    self.out += v.encode('ascii')
            elif self.code('u', v, True):
                b = v.encode('utf-8', 'surrogatepass')
                self.w_long(len(b))
                self.out += b
        elif t in (bytes, bytearray, memoryview):
            b = bytes(v)
            if self.code('s', v, t is bytes):
                self.w_long(len(b))
                self.out += b
        elif t is tuple:
            if len(v) < 256:
                if self.code(')', v, True):
                    self.out.append(len(v))
                    for x in v:
                        self.dump(x, depth + 1)
            elif self.code('(', v, True):
                self.w_long(len(v))
                for x in v:
                    self.dump(x, depth + 1)
        elif t is list:
            if self.code('[', v, False):
                self.w_long(len(v))
                for x in v:
                    self.dump(x, depth + 1)
        elif t is dict:
            if self.code('{', v, False):
                for k, x in v.items():
                    self.dump(k, depth + 1)
                    self.dump(x, depth + 1)
                self.out += b'0'
        elif t in (set, frozenset):
            if self.code('<' if t is set else '>', v, t is frozenset and len(v) > 0):
                self.w_long(len(v))
                for x in v:
                    self.dump(x, depth + 1)
        else:
            raise ValueError("unmarshallable object")


class _Reader:
    def __init__(self, read):
        self.raw_read = read
        self.pending = b''
        self.refs = []

    def read(self, n):
        if self.pending:
            first, self.pending = self.pending, b''
            return first + (self.raw_read(n - 1) if n > 1 else b'')
        return self.raw_read(n)

    def take(self, n):
        b = self.read(n)
        if len(b) < n:
            raise EOFError("marshal data too short")
        return b

    def r_long(self):
        return _struct.unpack('<i', self.take(4))[0]

    def r_size(self):
        n = self.r_long()
        if n < 0:
            raise ValueError("bad marshal data (size out of range)")
        return n

    def load(self):
        c = self.read(1)
        if not c:
            raise EOFError("EOF read where object expected")
        code = c[0]
        flag = code & _FLAG_REF
        t = chr(code & ~_FLAG_REF)
        idx = None
        if flag:
            idx = len(self.refs)
            self.refs.append(None)

        def done(v):
            if idx is not None:
                self.refs[idx] = v
            return v

        if t == 'N':
            return None
        if t == 'T':
            return True
        if t == 'F':
            return False
        if t == '.':
            return Ellipsis
        if t == 'S':
            return StopIteration
        if t == '0':
            raise ValueError("bad marshal data (NULL object)")
        if t == 'i':
            return done(self.r_long())
        if t == 'l':
            n = self.r_long()
            v = 0
            for i in range(abs(n)):
                v |= _struct.unpack('<H', self.take(2))[0] << (15 * i)
            return done(-v if n < 0 else v)
        if t == 'g':
            return done(_struct.unpack('<d', self.take(8))[0])
        if t == 'f':
            return done(float(self.take(self.take(1)[0]).decode()))
        if t == 'y':
            re_, im = _struct.unpack('<dd', self.take(16))
            return done(complex(re_, im))
        if t == 'x':
            re_ = float(self.take(self.take(1)[0]).decode())
            im = float(self.take(self.take(1)[0]).decode())
            return done(complex(re_, im))
        if t == 's':
            return done(bytes(self.take(self.r_size())))
        if t in 'zZ':
            return done(self.take(self.take(1)[0]).decode('latin-1'))
        if t in 'aA':
            return done(self.take(self.r_size()).decode('latin-1'))
        if t in 'ut':
            return done(self.take(self.r_size()).decode('utf-8', 'surrogatepass'))
        if t in ')(':
            n = self.take(1)[0] if t == ')' else self.r_size()
            items = []
            for _ in range(n):
                items.append(self.load())
            return done(tuple(items))
        if t == '[':
            n = self.r_size()
            lst = done([])
            for _ in range(n):
                lst.append(self.load())
            return lst
        if t == '{':
            d = done({})
            while True:
                if self._peek_null():
                    return d
                k = self.load()
                d[k] = self.load()
        if t in '<>':
            n = self.r_size()
            if t == '<':
                s = done(set())
                for _ in range(n):
                    s.add(self.load())
                return s
            items = [self.load() for _ in range(n)]
            return done(frozenset(items))
        if t == 'r':
            i = self.r_long()
            if i < 0 or i >= len(self.refs) or self.refs[i] is None and i != len(self.refs) - 1:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[i]
        raise ValueError("bad marshal data (unknown type code)")

    def _peek_null(self):
        c = self.read(1)
        if not c:
            raise EOFError("EOF read where object expected")
        if c == b'0':
            return True
        self.pending = c
        return False


def dumps(value, version=version, /):
    w = _Writer(version)
    w.dump(value)
    return bytes(w.out)


def dump(value, file, version=version, /):
    file.write(dumps(value, version))


def loads(data, /):
    data = memoryview(data).tobytes()
    pos = [0]

    def read(n):
        p = pos[0]
        pos[0] = p + n
        return data[p:p + n]
    return _Reader(read).load()


def load(file, /):
    return _Reader(file.read).load()

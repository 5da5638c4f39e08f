"""gzip (pyrs-nogil): CPython 3.11's gzip file format support over `zlib`.

Offers compress(data, compresslevel=9, *, mtime=None), decompress (several members,
CRC and size checks), open (binary and text modes), GzipFile (read, read1, readline,
iteration, peek, write, seek/tell for reading, flush, close, mtime, name, the context
manager; fileobj or filename), BadGzipFile, READ/WRITE. A GzipFile opened for reading
decompresses the whole stream on its first read (no streaming of huge files). Text mode
is a small wrapper (read, readline, iteration, write) rather than io.TextIOWrapper."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 'rb', 'wb'
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _header(compresslevel, mtime, fname=b'', os_byte=b'\377'):
    flags = FNAME if fname else 0
    if mtime is None:
        mtime = time.time()
    xfl = b'\002' if compresslevel == _COMPRESS_LEVEL_BEST else (
        b'\004' if compresslevel == _COMPRESS_LEVEL_FAST else b'\000')
    out = b'\037\213\010' + bytes([flags]) + struct.pack('<L', int(mtime) & 0xFFFFFFFF) + xfl + os_byte
    if fname:
        out += fname + b'\000'
    return out


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    data = memoryview(data).tobytes()
    c = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
    body = c.compress(data) + c.flush()
    # CPython lets zlib write the header when mtime is 0, and zlib names the OS as Unix.
    os_byte = b'\003' if mtime == 0 else b'\377'
    return (_header(compresslevel, mtime, b'', os_byte) + body +
            struct.pack('<LL', zlib.crc32(data), len(data) & 0xFFFFFFFF))


def _read_header(data, pos):
    """(position after the header, mtime) of the member at `pos`, or None at the end."""
    if pos >= len(data):
        return None
    magic = data[pos:pos + 2]
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    if len(data) < pos + 10:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    method, flag = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    mtime = struct.unpack('<L', data[pos + 4:pos + 8])[0]
    pos += 10
    if flag & FEXTRA:
        n = struct.unpack('<H', data[pos:pos + 2])[0]
        pos += 2 + n
    for f in (FNAME, FCOMMENT):
        if flag & f:
            end = data.find(b'\000', pos)
            if end < 0:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            pos = end + 1
    if flag & FHCRC:
        pos += 2
    return pos, mtime


def _decompress_all(data):
    out = []
    pos = 0
    mtime = None
    while True:
        # Padding zeros between and after members are allowed.
        while pos < len(data) and data[pos] == 0:
            pos += 1
        h = _read_header(data, pos)
        if h is None:
            break
        pos, mt = h
        if mtime is None:
            mtime = mt
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        chunk = d.decompress(data[pos:])
        if not d.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        rest = d.unused_data
        if len(rest) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        crc, isize = struct.unpack('<LL', rest[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile("CRC check failed")
        if isize != (len(chunk) & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        out.append(chunk)
        pos = len(data) - len(rest) + 8
    return b''.join(out), mtime


def decompress(data):
    return _decompress_all(memoryview(data).tobytes())[0]


class GzipFile(io.BufferedIOBase):
    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = 'rb' if isinstance(fileobj, io.BytesIO) else getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = None
            self._pos = 0
            self.name = filename
            self._mtime = None
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future "
                              "Python releases.  Specify the mode argument for opening it for writing.",
                              FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                              zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._level = compresslevel
            self._header_done = False
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj

    @property
    def mtime(self):
        if self.mode == READ:
            self._load()
        return self._mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")

    def _load(self):
        if self._buffer is None:
            data = self.fileobj.read()
            self._buffer, self._mtime = _decompress_all(data)

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if not self._header_done:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
            self.fileobj.write(_header(self._level, self._write_mtime, fname))
            self._header_done = True
        if length > 0:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
        return length

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")
        self._load()
        if size is None or size < 0:
            out = self._buffer[self._pos:]
        else:
            out = self._buffer[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._check_not_closed()
        self._load()
        return self._buffer[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        self._check_not_closed()
        self._load()
        end = self._buffer.find(b'\n', self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._buffer[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                if not self._header_done:
                    self.fileobj = fileobj
                    self.write(b'')
                    self.fileobj = None
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack('<LL', self._crc, self._size & 0xFFFFFFFF))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return self.mode == READ

    def tell(self):
        return self._pos if self.mode == READ else self._size

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode != READ:
            raise OSError('Seek from end not supported')
        self._load()
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            raise ValueError('Seek from end not supported')
        self._pos = max(0, offset)
        return self._pos

    def rewind(self):
        self.seek(0)

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()


class _GzipText:
    """Text mode over a GzipFile: encodes on write, decodes on read."""

    def __init__(self, binary, encoding, errors, newline):
        self.buffer = binary
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        self.newline = newline
        self._text = None
        self._pos = 0

    def _load(self):
        if self._text is None:
            t = self.buffer.read().decode(self.encoding, self.errors)
            if self.newline is None:
                t = t.replace('\r\n', '\n').replace('\r', '\n')
            self._text = t

    def read(self, size=-1):
        self._load()
        end = len(self._text) if size is None or size < 0 else self._pos + size
        out = self._text[self._pos:end]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        self._load()
        end = self._text.find('\n', self._pos)
        end = len(self._text) if end < 0 else end + 1
        out = self._text[self._pos:end]
        self._pos = end
        return out

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if self.newline not in (None, '', '\n'):
            s = s.replace('\n', self.newline)
        self.buffer.write(s.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        self.buffer.close()

    @property
    def closed(self):
        return self.buffer.closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _GzipText(binary_file, encoding, errors, newline)
    return binary_file

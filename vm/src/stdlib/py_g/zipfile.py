"""Read and write ZIP archives (pyrs-nogil).

pyrs-nogil's implementation of CPython 3.11's `zipfile`, written from its documentation
and the ZIP format (PKWARE's APPNOTE): ZipFile over a path or a file object (modes 'r',
'w', 'x', 'a'), ZIP_STORED and ZIP_DEFLATED members (through zlib), ZipInfo (from_file,
is_dir, the repr), read/open (ZipExtFile; open(name, 'w') writes a member), writestr,
write, mkdir, extract/extractall, namelist/infolist/getinfo, printdir, testzip, comments,
is_zipfile, CRC checks.

Not offered: ZIP64 archives (members or archives of 4 GiB and more), encrypted members,
ZIP_BZIP2/ZIP_LZMA (bz2 and lzma are absent), zipfile.Path, PyZipFile. Deflated sizes
come from this runtime's zlib, whose compressed bytes may differ from C zlib's.
"""

import io
import os
import stat
import struct
import sys
import time
import zlib
import binascii
import shutil

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a ZIP file that would need ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
    6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
    12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

_END_SIG = b"PK\005\006"
_CD_SIG = b"PK\001\002"
_LOCAL_SIG = b"PK\003\004"
_END_STRUCT = "<4s4H2LH"
_END_SIZE = struct.calcsize(_END_STRUCT)
_CD_STRUCT = "<4s4B4HL2L5H2L"
_CD_SIZE = struct.calcsize(_CD_STRUCT)
_LOCAL_STRUCT = "<4s2B4HL2L2H"
_LOCAL_SIZE = struct.calcsize(_LOCAL_STRUCT)

_MASK_ENCRYPTED = 1 << 0
_MASK_USE_DATA_DESCRIPTOR = 1 << 3
_MASK_UTF_FILENAME = 1 << 11


# The upper half of code page 437, the encoding of member names without the UTF-8 flag.
_CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0'


def _decode_name(raw, encoding):
    if encoding:
        return raw.decode(encoding)
    return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _end_record(data):
    """The end-of-central-directory fields of archive bytes `data` and their offset."""
    i = data.rfind(_END_SIG, max(0, len(data) - _END_SIZE - ZIP_MAX_COMMENT))
    while i >= 0:
        if len(data) - i >= _END_SIZE:
            rec = struct.unpack(_END_STRUCT, data[i:i + _END_SIZE])
            comment_len = rec[7]
            if i + _END_SIZE + comment_len <= len(data):
                return rec, i, data[i + _END_SIZE:i + _END_SIZE + comment_len]
        i = data.rfind(_END_SIG, 0, i)
    return None


def is_zipfile(filename):
    """Whether `filename` (a path or a file object) holds a ZIP archive."""
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            filename.seek(0)
            data = filename.read()
            filename.seek(pos)
        else:
            with open(filename, "rb") as f:
                data = f.read()
        return _end_record(data) is not None
    except OSError:
        return False


class ZipInfo:
    """Information about one member of an archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null_byte = filename.find(chr(0))
        if null_byte >= 0:
            filename = filename[0:null_byte]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        # CRC and header_offset are set when the member is written or read.

    def __repr__(self):
        result = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            result.append(' compress_type=%s' %
                          compressor_names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            result.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            result.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            result.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            result.append(' compress_size=%r' % self.compress_size)
        result.append('>')
        return ''.join(result)

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _MASK_UTF_FILENAME

    def _dos_time(self):
        dt = self.date_time
        dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
        dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
        return dostime, dosdate

    def FileHeader(self, zip64=None):
        """The local file header of this member."""
        dostime, dosdate = self._dos_time()
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            CRC = compress_size = file_size = 0
        else:
            CRC, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        if file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        filename, flag_bits = self._encoded_name()
        header = struct.pack(_LOCAL_STRUCT, _LOCAL_SIG, self.extract_version, self.reserved,
                             flag_bits, self.compress_type, dostime, dosdate, CRC,
                             compress_size, file_size, len(filename), len(self.extra))
        return header + filename + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory `filename`, named `arcname` in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        return self.filename.endswith('/')


class ZipExtFile(io.BufferedIOBase):
    """A member of an archive opened for reading (the whole member is decompressed)."""

    def __init__(self, data, mode, zipinfo):
        self._data = data
        self._pos = 0
        self.mode = mode
        self.name = zipinfo.filename
        self._closed = False

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self.closed:
            result.append(' name=%r mode=%r' % (self.name, self.mode))
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def read(self, n=-1):
        if self._closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            n = len(self._data) - self._pos
        out = self._data[self._pos:self._pos + n]
        self._pos += len(out)
        return out

    read1 = read

    def readline(self, limit=-1):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, self._pos + limit)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def peek(self, n=1):
        return self._data[self._pos:self._pos + max(n, 512)]

    def seek(self, offset, whence=0):
        if self._closed:
            raise ValueError("seek on closed file.")
        if whence == 0:
            pos = offset
        elif whence == 1:
            pos = self._pos + offset
        elif whence == 2:
            pos = len(self._data) + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        self._pos = max(0, min(pos, len(self._data)))
        return self._pos

    def tell(self):
        if self._closed:
            raise ValueError("tell on closed file.")
        return self._pos

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _ZipWriteFile(io.BufferedIOBase):
    """A member being written through ZipFile.open(name, 'w'); stored on close."""

    def __init__(self, zf, zinfo):
        self._zipfile = zf
        self._zinfo = zinfo
        self._buffer = io.BytesIO()
        self._closed = False
        zf._writing = True

    @property
    def closed(self):
        return self._closed

    def writable(self):
        return True

    def write(self, data):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            nbytes = len(data)
        else:
            data = memoryview(data)
            nbytes = data.nbytes
        self._buffer.write(bytes(data))
        return nbytes

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._zipfile._writing = False
        self._zipfile._add_member(self._zinfo, self._buffer.getvalue())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class ZipFile:
    """A ZIP archive: ZipFile(file, mode='r', compression=ZIP_STORED, allowZip64=True,
    compresslevel=None, *, strict_timestamps=True, metadata_encoding=None)."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._modified = False
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")

        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modeDict = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b',
                        'r+b': 'w+b', 'w+b': 'wb', 'x+b': 'xb'}
            filemode = modeDict[mode]
            while True:
                try:
                    self.fp = io.open(file, filemode)
                except OSError:
                    if filemode in modeDict:
                        filemode = modeDict[filemode]
                        continue
                    raise
                break
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)

        try:
            if mode == 'r':
                self._RealGetContents()
            elif mode in ('w', 'x'):
                self._modified = True
                self._start = self.fp.tell() if hasattr(self.fp, 'tell') else 0
                self._pos = self._start
            else:
                try:
                    self._RealGetContents()
                    self._pos = self._cd_start
                    self._modified = True
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._start = self._pos = self.fp.tell()
                    self._modified = True
        except BaseException:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _read_all(self):
        self.fp.seek(0)
        return self.fp.read()

    def _RealGetContents(self):
        data = self._read_all()
        found = _end_record(data)
        if found is None:
            raise BadZipFile("File is not a zip file")
        rec, end_offset, comment = found
        self._comment = comment
        size_cd, offset_cd = rec[5], rec[6]
        # Data before the archive (a self-extractor's stub) shifts every offset.
        concat = end_offset - size_cd - offset_cd
        self._start = concat
        self._cd_start = offset_cd + concat
        pos = self._cd_start
        total = 0
        while total < size_cd:
            centdir = data[pos:pos + _CD_SIZE]
            if len(centdir) != _CD_SIZE or centdir[0:4] != _CD_SIG:
                raise BadZipFile("Bad magic number for central directory")
            centdir = struct.unpack(_CD_STRUCT, centdir)
            name_len, extra_len, comment_len = centdir[12], centdir[13], centdir[14]
            p = pos + _CD_SIZE
            filename = data[p:p + name_len]
            flags = centdir[5]
            if flags & _MASK_UTF_FILENAME:
                filename = filename.decode('utf-8')
            else:
                filename = _decode_name(filename, self.metadata_encoding)
            x = ZipInfo(filename)
            x.extra = data[p + name_len:p + name_len + extra_len]
            x.comment = data[p + name_len + extra_len:p + name_len + extra_len + comment_len]
            x.header_offset = centdir[18] + concat
            (x.create_version, x.create_system, x.extract_version, x.reserved,
             x.flag_bits, x.compress_type, t, d,
             x.CRC, x.compress_size, x.file_size) = centdir[1:12]
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
            x.volume, x.internal_attr, x.external_attr = centdir[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
            step = _CD_SIZE + name_len + extra_len + comment_len
            pos += step
            total += step

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        for zinfo in self.filelist:
            try:
                self.read(zinfo)
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._modified = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def _member_bytes(self, zinfo):
        self.fp.seek(zinfo.header_offset)
        fheader = self.fp.read(_LOCAL_SIZE)
        if len(fheader) != _LOCAL_SIZE or fheader[0:4] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        fheader = struct.unpack(_LOCAL_STRUCT, fheader)
        fname = self.fp.read(fheader[10])
        if fheader[11]:
            self.fp.read(fheader[11])
        if zinfo.flag_bits & _MASK_ENCRYPTED:
            raise RuntimeError("File %r is encrypted, password required for extraction"
                               % zinfo.filename)
        if fheader[3] & _MASK_UTF_FILENAME:
            fname_str = fname.decode("utf-8")
        else:
            fname_str = _decode_name(fname, self.metadata_encoding)
        if fname_str != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (zinfo.orig_filename, fname))
        raw = self.fp.read(zinfo.compress_size)
        if zinfo.compress_type == ZIP_STORED:
            data = raw
        elif zinfo.compress_type == ZIP_DEFLATED:
            d = zlib.decompressobj(-15)
            data = d.decompress(raw) + d.flush()
        else:
            _check_compression(zinfo.compress_type)
        if zlib.crc32(data) != zinfo.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % zinfo.filename)
        return data

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object for the member `name`: read it ('r') or write it ('w')."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and (mode == "w"):
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            self._check_writable("open")
            if self._writing:
                raise ValueError("Can't write to the ZIP file while there is another write "
                                 "handle open on it. Close the first handle before opening "
                                 "another.")
            if not zinfo.external_attr:
                zinfo.external_attr = 0o600 << 16
            return _ZipWriteFile(self, zinfo)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        return ZipExtFile(self._member_bytes(zinfo), mode, zinfo)

    def _check_writable(self, what):
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("%s() requires mode 'w', 'x', or 'a'" % what)
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")

    def _add_member(self, zinfo, data):
        """Write member `zinfo` with contents `data` at the end of the archive."""
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        _check_compression(zinfo.compress_type)
        zinfo.file_size = len(data)
        zinfo.CRC = zlib.crc32(data)
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            c = zlib.compressobj(-1 if level is None else level, zlib.DEFLATED, -15)
            payload = c.compress(data) + c.flush()
        else:
            payload = data
        zinfo.compress_size = len(payload)
        if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        zinfo.header_offset = self._pos - self._start
        zinfo.flag_bits &= ~_MASK_USE_DATA_DESCRIPTOR
        if zinfo.compress_type == ZIP_DEFLATED:
            zinfo.flag_bits &= ~0x06
            level = zinfo._compresslevel
            if level is not None:
                if level >= 8:
                    zinfo.flag_bits |= 0x02
                elif level <= 2:
                    zinfo.flag_bits |= 0x04
        self.fp.seek(self._pos)
        self.fp.write(zinfo.FileHeader())
        self.fp.write(payload)
        self._pos = self.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self._modified = True

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Put the file or directory `filename` into the archive as `arcname`."""
        self._check_writable("write")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self._add_member(zinfo, b"")
            zinfo.compress_type = ZIP_STORED
            return
        zinfo.compress_type = compress_type if compress_type is not None else self.compression
        zinfo._compresslevel = compresslevel if compresslevel is not None else self.compresslevel
        with open(filename, "rb") as src:
            data = src.read()
        self._add_member(zinfo, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Put `data` (str or bytes) into the archive as the member `zinfo_or_arcname`."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename.endswith('/'):
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        self._check_writable("write")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        self._add_member(zinfo, bytes(data))

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Create a directory member."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            directory_name = zinfo_or_directory_name
            if not directory_name.endswith("/"):
                directory_name += "/"
            zinfo = ZipInfo(directory_name, time.localtime(time.time())[:6])
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._check_writable("mkdir")
        self._add_member(zinfo, b"")

    def extract(self, member, path=None, pwd=None):
        """Extract `member` under `path` (default: the current directory); its path."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract every member (or those named in `members`) under `path`."""
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid_path_parts = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep)
                                   if x not in invalid_path_parts)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        data = self.read(member, pwd)
        with open(targetpath, "wb") as target:
            target.write(data)
        return targetpath

    def _write_end_record(self):
        self.fp.seek(self._pos)
        pos1 = self._pos
        for zinfo in self.filelist:
            dostime, dosdate = zinfo._dos_time()
            filename, flag_bits = zinfo._encoded_name()
            centdir = struct.pack(_CD_STRUCT, _CD_SIG, zinfo.create_version,
                                  zinfo.create_system, zinfo.extract_version, zinfo.reserved,
                                  flag_bits, zinfo.compress_type, dostime, dosdate,
                                  zinfo.CRC, zinfo.compress_size, zinfo.file_size,
                                  len(filename), len(zinfo.extra), len(zinfo.comment),
                                  0, zinfo.internal_attr, zinfo.external_attr,
                                  zinfo.header_offset)
            self.fp.write(centdir)
            self.fp.write(filename)
            self.fp.write(zinfo.extra)
            self.fp.write(zinfo.comment)
        pos2 = self.fp.tell()
        count = len(self.filelist)
        if count > ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile("Files count would require ZIP64 extensions")
        endrec = struct.pack(_END_STRUCT, _END_SIG, 0, 0, count, count, pos2 - pos1,
                             pos1 - self._start, len(self._comment))
        self.fp.write(endrec)
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()

    def close(self):
        """Write the central directory (when writing) and close the archive."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle "
                             "on it. Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._modified:
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)

    def _fpclose(self, fp):
        if fp is not None and not self._filePassed:
            fp.close()


def main(args=None):
    import argparse
    parser = argparse.ArgumentParser(description='A simple command-line interface for zipfile module.')
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<zipfile>', help='Show listing of a zipfile')
    group.add_argument('-e', '--extract', nargs=2, metavar=('<zipfile>', '<output_dir>'),
                       help='Extract zipfile into target dir')
    group.add_argument('-t', '--test', metavar='<zipfile>', help='Test if a zipfile is valid')
    args = parser.parse_args(args)
    if args.test is not None:
        with ZipFile(args.test, 'r') as zf:
            badfile = zf.testzip()
        if badfile:
            print("The following enclosed file is corrupted: {!r}".format(badfile))
        print("Done testing")
    elif args.list is not None:
        with ZipFile(args.list, 'r') as zf:
            zf.printdir()
    else:
        src, curdir = args.extract
        with ZipFile(src, 'r') as zf:
            zf.extractall(curdir)


if __name__ == "__main__":
    main()

"""Temporary files and directories (pyrs-nogil): CPython 3.11's `tempfile` API.

Offers gettempdir, gettempprefix, mkstemp, mkdtemp, mktemp, NamedTemporaryFile,
TemporaryFile (a named file that is removed on close), SpooledTemporaryFile (kept in
memory) and TemporaryDirectory.
"""

import os as _os
import io as _io
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'template',
           'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_rng = _random.Random()
_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _candidate_tempdir_list():
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def gettempdir():
    global tempdir
    if tempdir is None:
        for d in _candidate_tempdir_list():
            if _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            raise FileNotFoundError('No usable temporary directory found')
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _names():
    while True:
        yield ''.join(_rng.choice(_CHARS) for _ in range(8))


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def _mkstemp_inner(dir, pre, suf, flags):
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, pre + next(names) + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError('No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL)


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError('No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError('No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object whose file is removed when it is closed (when `delete` is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL)
    _os.close(fd)
    try:
        file = open(name, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


TemporaryFile = NamedTemporaryFile


class SpooledTemporaryFile(_io.IOBase if hasattr(_io, 'IOBase') else object):
    """A temporary file kept in memory (this implementation never rolls over to disk)."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._file = _io.BytesIO() if 'b' in mode else _io.StringIO(newline=newline)
        self._rolled = False
        self.mode = mode
        self.name = None

    def rollover(self):
        self._rolled = True

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def __getattr__(self, name):
        return getattr(self.__dict__['_file'], name)

    # IOBase defines these, so __getattr__ never sees them: delegate them by hand.
    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def write(self, s):
        return self._file.write(s)

    def writelines(self, lines):
        return self._file.writelines(lines)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        return self._file.truncate(size)

    def flush(self):
        return self._file.flush()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def fileno(self):
        return self._file.fileno()

    def isatty(self):
        return self._file.isatty()

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()

    def __class_getitem__(cls, item):
        # `C[int]`: a types.GenericAlias, as CPython's classmethod(GenericAlias).
        from types import GenericAlias
        return GenericAlias(cls, item)


class TemporaryDirectory:
    """A directory removed (with its contents) by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done or not _os.path.exists(self.name):
            self._done = True
            return
        self._done = True
        import shutil
        shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        # `C[int]`: a types.GenericAlias, as CPython's classmethod(GenericAlias).
        from types import GenericAlias
        return GenericAlias(cls, item)

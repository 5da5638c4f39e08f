"""OS routines (pyrs-nogil): the native `posix` module plus the Python-level helpers."""

import sys
import posix as _posix
from posix import (getcwd, getcwdb, chdir, listdir, mkdir, rmdir, remove, unlink, rename, replace,
                   getpid, getppid, getuid, geteuid, getgid, getegid, cpu_count, urandom, strerror,
                   putenv, unsetenv, access, isatty, umask, chmod, symlink, readlink, utime, system,
                   kill, _exit, open, close, pipe, read, write, lseek,
                   F_OK, R_OK, W_OK, X_OK, O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC,
                   O_APPEND, O_NONBLOCK, O_CLOEXEC, SEEK_SET, SEEK_CUR, SEEK_END, EX_OK)
import posixpath as path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
error = OSError
supports_bytes_environ = True


class stat_result:
    """The result of os.stat(): a 10-item sequence with extra named attributes."""
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')

    def __init__(self, t):
        t = tuple(t)
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid,
         self.st_size) = t[:7]
        self._seq = t[:10]
        if len(t) >= 16:
            self.st_atime, self.st_mtime, self.st_ctime = t[10:13]
            self.st_atime_ns, self.st_mtime_ns, self.st_ctime_ns = t[13:16]
        else:
            self.st_atime, self.st_mtime, self.st_ctime = t[7:10]
        if len(t) >= 19:
            self.st_blksize, self.st_blocks, self.st_rdev = t[16:19]

    def __getitem__(self, i):
        return self._seq[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._seq)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._seq == other._seq
        return self._seq == other

    def __hash__(self):
        return hash(self._seq)

    def __repr__(self):
        names = self._fields + ('st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self._seq)) + ')'

    def __class_getitem__(cls, item):
        # `C[int]`: a types.GenericAlias, as CPython's classmethod(GenericAlias).
        from types import GenericAlias
        return GenericAlias(cls, item)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_posix._stat(path, dir_fd, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix._lstat(path, dir_fd))


def fstat(fd):
    return stat_result(_posix._stat(fd))


class _Environ:
    """os.environ: a mapping of the process environment; changes call putenv/unsetenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        return 'environ({' + ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items()) + '})'

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _marker = object()

    def pop(self, key, default=_marker):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._marker:
            raise KeyError(key)
        return default

    def popitem(self):
        for key in self._data:
            return key, self.pop(key)
        raise KeyError('popitem(): dictionary is empty')

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        d = dict(self._data)
        d.update(other)
        return d


environ = _Environ(_posix._environ())


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        fs = t.__fspath__
    except AttributeError:
        if hasattr(t, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__) from None
    r = fs(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError(f"expected {t.__name__}.__fspath__() to return str or bytes, not {type(r).__name__}")


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        return cls is sub or hasattr(sub, '__fspath__')


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        return cls


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == (curdir if isinstance(tail, str) else curdir.encode()):
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry yielded by scandir()."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __class_getitem__(cls, item):
        # `C[int]`: a types.GenericAlias, as CPython's classmethod(GenericAlias).
        from types import GenericAlias
        return GenericAlias(cls, item)


class _ScandirIterator:
    def __init__(self, p):
        self._path = p
        self._it = iter(listdir(p))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._path, next(self._it))

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(path='.'):
    return _ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        try:
            entries = list(scandir(top))
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        dirs = []
        nondirs = []
        walk_into = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into.append(entry.path)
                else:
                    try:
                        is_link = entry.is_symlink()
                    except OSError:
                        is_link = False
                    if not is_link:
                        walk_into.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for d in reversed(dirs):
                new_path = path.join(top, d)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_into):
                stack.append(new_path)


class terminal_size(tuple):
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


def get_terminal_size(fd=1):
    return terminal_size(_posix._terminal_size(fd))


class uname_result(tuple):
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        names = ('sysname', 'nodename', 'release', 'version', 'machine')
        return 'posix.uname_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self)) + ')'


def uname():
    return uname_result(_posix._uname())


class times_result(tuple):
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)
    user = property(lambda self: self[0])
    system = property(lambda self: self[1])
    children_user = property(lambda self: self[2])
    children_system = property(lambda self: self[3])
    elapsed = property(lambda self: self[4])

    def __repr__(self):
        names = ('user', 'system', 'children_user', 'children_system', 'elapsed')
        return 'posix.times_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self)) + ')'


def times():
    return times_result(_posix._times())


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get('PATH', defpath)
    return p.split(pathsep)

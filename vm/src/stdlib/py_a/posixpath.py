"""Common operations on POSIX pathnames (pyrs-nogil)."""

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

import os
import stat as _stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
           "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists",
           "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir", "sep",
           "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "commonpath"]



def _seps(p):
    return (b'/', b'.', b'', b'..') if isinstance(p, bytes) else ('/', '.', '', '..')


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = os.fspath(a)
    parts = [a]
    try:
        parts.extend(os.fspath(x) for x in p)
        sep = _seps(a)[0]
        result = a[:0]
        for part in parts:
            if part[:1] == sep:
                # an absolute component discards everything before it
                result = part
            elif result == result[:0] or result[-1:] == sep:
                result = result + part
            else:
                result = result + sep + part
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return result


def split(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    sep, dot = _seps(p)[0], _seps(p)[1]
    name_start = p.rfind(sep) + 1
    last_dot = p.rfind(dot)
    if last_dot <= name_start - 1:
        return p, p[:0]
    # leading dots of the file name do not start an extension
    if p[name_start:last_dot].strip(dot) == p[:0]:
        return p, p[:0]
    return p[:last_dot], p[last_dot:]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return _stat.S_ISREG(st.st_mode)


def isdir(s):
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return _stat.S_ISDIR(st.st_mode)


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _stat.S_ISLNK(st.st_mode)


def ismount(path):
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    up = realpath(join(path, _seps(path)[3]))
    try:
        above = os.lstat(up)
    except (OSError, ValueError):
        return False
    return here.st_dev != above.st_dev or here.st_ino == above.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo, hi = min(m), max(m)
    n = 0
    while n < len(lo) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def expanduser(path):
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' not in os.environ:
            return path
        userhome = os.environ['HOME']
    else:
        return path
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    root = b'/' if isinstance(path, bytes) else '/'
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        return path
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == '$' and i + 1 < n:
            if path[i + 1] == '{':
                j = path.find('}', i + 2)
                if j < 0:
                    out.append(path[i:])
                    break
                name = path[i + 2:j]
                if name in os.environ:
                    out.append(os.environ[name])
                else:
                    out.append(path[i:j + 1])
                i = j + 1
                continue
            j = i + 1
            while j < n and path[j] in _WORD:
                j += 1
            name = path[i + 1:j]
            if name and name in os.environ:
                out.append(os.environ[name])
            else:
                out.append(path[i:j] if name else '$')
                if not name:
                    j = i + 1
            i = j
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def normpath(path):
    path = os.fspath(path)
    sep, dot, empty, dotdot = _seps(path)
    if path == empty:
        return dot
    lead = len(path) - len(path.lstrip(sep))
    # POSIX keeps exactly two leading slashes; one or three and more become one
    lead = 2 if lead == 2 else min(lead, 1)
    stack = []
    for comp in path.split(sep):
        if comp == empty or comp == dot:
            continue
        if comp == dotdot:
            if stack and stack[-1] != dotdot:
                stack.pop()
                continue
            if lead:
                continue
        stack.append(comp)
    result = sep * lead + sep.join(stack)
    return result if result else dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = os.getcwdb()
        else:
            cwd = os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    sep, dot, empty, dotdot = _seps(filename)
    if not isabs(filename):
        filename = join(os.getcwdb() if isinstance(filename, bytes) else os.getcwd(), filename)
    pending = [c for c in filename.split(sep) if c]
    pending.reverse()
    resolved = []
    hops = 0
    while pending:
        comp = pending.pop()
        if comp == dot:
            continue
        if comp == dotdot:
            if resolved:
                resolved.pop()
            continue
        candidate = sep + sep.join(resolved + [comp])
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            resolved.append(comp)
            continue
        if not _stat.S_ISLNK(st.st_mode):
            resolved.append(comp)
            continue
        hops += 1
        if hops > 40:
            if strict:
                os.stat(candidate)
            resolved.append(comp)
            resolved.extend(reversed(pending))
            pending = []
            break
        target = os.readlink(candidate)
        if isabs(target):
            resolved = []
        parts = [c for c in target.split(sep) if c]
        pending.extend(reversed(parts))
    return normpath(sep + sep.join(resolved))


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    sep, dot, empty, dotdot = _seps(path)
    start = dot if start is None else os.fspath(start)
    here = [c for c in abspath(start).split(sep) if c]
    there = [c for c in abspath(path).split(sep) if c]
    shared = 0
    while shared < min(len(here), len(there)) and here[shared] == there[shared]:
        shared += 1
    parts = [dotdot] * (len(here) - shared) + there[shared:]
    return join(*parts) if parts else dot


def commonpath(paths):
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    sep, dot, empty, dotdot = _seps(paths[0])
    absolute = {p[:1] == sep for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    comps = [[c for c in p.split(sep) if c and c != dot] for p in paths]
    common = []
    for column in zip(*comps):
        if any(c != column[0] for c in column):
            break
        common.append(column[0])
    return (sep if absolute.pop() else empty) + sep.join(common)
"""ntpath (pyrs-nogil): Windows path manipulation on strings and bytes, after CPython
3.11's `ntpath` (pure string functions: splitdrive with UNC paths, split, join, normpath,
normcase, isabs, basename, dirname, splitext, commonprefix, commonpath, relpath against an
explicit start, expanduser from the environment). Functions that touch the file system are
those of `genericpath` and see POSIX paths."""

import os
import sys
from genericpath import (exists, isfile, isdir, getsize, getmtime, getatime, getctime,
                         commonprefix, samefile, sameopenfile, samestat)

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "samefile", "sameopenfile", "samestat", "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '\\'
pathsep = ';'
altsep = '/'
defpath = '.;C:\\bin'
devnull = 'nul'
supports_unicode_filenames = True


def _get_bothseps(path):
    return b'\\/' if isinstance(path, bytes) else '\\/'


def _chars(path):
    if isinstance(path, bytes):
        return b'\\', b'/', b':', b'.', b'..'
    return '\\', '/', ':', '.', '..'


def normcase(s):
    s = os.fspath(s)
    if isinstance(s, bytes):
        return s.replace(b'/', b'\\').lower()
    return s.replace('/', '\\').lower()


def isabs(s):
    s = os.fspath(s)
    if isinstance(s, bytes):
        sep, altsep, colon_sep = b'\\', b'/', b':\\'
    else:
        sep, altsep, colon_sep = '\\', '/', ':\\'
    s = s[:3].replace(altsep, sep)
    return s.startswith(sep) or s.startswith(colon_sep, 1)


def splitdrive(p):
    p = os.fspath(p)
    if len(p) >= 2:
        sep, altsep, colon, _, _ = _chars(p)
        normp = p.replace(altsep, sep)
        if normp[0:2] == sep * 2:
            index = normp.find(sep, 2)
            if index == -1:
                return p[:0], p
            index2 = normp.find(sep, index + 1)
            if index2 == index + 1:
                return p[:0], p
            if index2 == -1:
                index2 = len(p)
            return p[:index2], p[index2:]
        if normp[1:2] == colon:
            return p[:2], p[2:]
    return p[:0], p


def join(path, *paths):
    path = os.fspath(path)
    sep, altsep, colon, _, _ = _chars(path)
    seps = sep + altsep
    if not paths:
        path[:0] + sep
    result_drive, result_path = splitdrive(path)
    for p in map(os.fspath, paths):
        p_drive, p_path = splitdrive(p)
        if p_path and p_path[0] in seps:
            if p_drive or not result_drive:
                result_drive = p_drive
            result_path = p_path
            continue
        elif p_drive and p_drive != result_drive:
            if p_drive.lower() != result_drive.lower():
                result_drive = p_drive
                result_path = p_path
                continue
            result_drive = p_drive
        if result_path and result_path[-1] not in seps:
            result_path = result_path + sep
        result_path = result_path + p_path
    if (result_path and result_path[0] not in seps and
            result_drive and result_drive[-1:] != colon):
        return result_drive + sep + result_path
    return result_drive + result_path


def split(p):
    p = os.fspath(p)
    seps = _get_bothseps(p)
    d, p = splitdrive(p)
    i = len(p)
    while i and p[i - 1] not in seps:
        i -= 1
    head, tail = p[:i], p[i:]
    head = head.rstrip(seps) or head
    return d + head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, altsep, extsep = b'\\', b'/', b'.'
    else:
        sep, altsep, extsep = '\\', '/', '.'
    sepIndex = p.rfind(sep)
    altsepIndex = p.rfind(altsep)
    sepIndex = max(sepIndex, altsepIndex)
    dotIndex = p.rfind(extsep)
    if dotIndex > sepIndex:
        filenameIndex = sepIndex + 1
        while filenameIndex < dotIndex:
            if p[filenameIndex:filenameIndex + 1] != extsep:
                return p[:dotIndex], p[dotIndex:]
            filenameIndex += 1
    return p, p[:0]


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    import stat
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    path = os.fspath(path)
    seps = _get_bothseps(path)
    path = abspath(path)
    root, rest = splitdrive(path)
    if root and root[0] in seps:
        return (not rest) or (rest in seps)
    return bool(rest) and rest in seps


def expanduser(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        tilde = b'~'
    else:
        tilde = '~'
    if not path.startswith(tilde):
        return path
    i, n = 1, len(path)
    while i < n and path[i] not in _get_bothseps(path):
        i += 1
    if 'USERPROFILE' in os.environ:
        userhome = os.environ['USERPROFILE']
    elif 'HOMEPATH' not in os.environ:
        return path
    else:
        drive = os.environ.get('HOMEDRIVE', '')
        userhome = join(drive, os.environ['HOMEPATH'])
    if i != 1:
        target_user = path[1:i]
        if isinstance(target_user, bytes):
            target_user = os.fsdecode(target_user)
        current_user = os.environ.get('USERNAME')
        if target_user != current_user:
            if current_user != basename(userhome):
                return path
            userhome = join(dirname(userhome), target_user)
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    return userhome + path[i:]


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path and b'%' not in path:
            return path
        path = os.fsdecode(path)
        return os.fsencode(expandvars(path))
    if '$' not in path and '%' not in path:
        return path
    import re

    def repl(m):
        name = m.group(1) or m.group(2) or m.group(3)
        if name is None:
            return m.group(0)
        return os.environ.get(name, m.group(0))
    return re.sub(r'%(\w+)%|\$\{(\w+)\}|\$(\w+)', repl, path)


def normpath(path):
    path = os.fspath(path)
    sep, altsep, colon, curdir, pardir = _chars(path)
    special_prefixes = (b'\\\\.\\', b'\\\\?\\') if isinstance(path, bytes) else ('\\\\.\\', '\\\\?\\')
    if path.startswith(special_prefixes):
        return path
    path = path.replace(altsep, sep)
    prefix, path = splitdrive(path)
    if path.startswith(sep):
        prefix += sep
        path = path.lstrip(sep)
    comps = path.split(sep)
    i = 0
    while i < len(comps):
        if not comps[i] or comps[i] == curdir:
            del comps[i]
        elif comps[i] == pardir:
            if i > 0 and comps[i - 1] != pardir:
                del comps[i - 1:i + 1]
                i -= 1
            elif i == 0 and prefix.endswith(sep):
                del comps[i]
            else:
                i += 1
        else:
            i += 1
    if not prefix and not comps:
        comps.append(curdir)
    return prefix + sep.join(comps)


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    path = os.fspath(path)
    sep, _, _, curdir, pardir = _chars(path)
    if start is None:
        start = curdir
    if not path:
        raise ValueError("no path specified")
    start = os.fspath(start)
    start_abs = abspath(normpath(start))
    path_abs = abspath(normpath(path))
    start_drive, start_rest = splitdrive(start_abs)
    path_drive, path_rest = splitdrive(path_abs)
    if normcase(start_drive) != normcase(path_drive):
        raise ValueError("path is on mount %r, start on mount %r" % (path_drive, start_drive))
    start_list = [x for x in start_rest.split(sep) if x]
    path_list = [x for x in path_rest.split(sep) if x]
    i = 0
    for e1, e2 in zip(start_list, path_list):
        if normcase(e1) != normcase(e2):
            break
        i += 1
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, altsep, curdir = b'\\', b'/', b'.'
    else:
        sep, altsep, curdir = '\\', '/', '.'
    drivesplits = [splitdrive(p.replace(altsep, sep).lower()) for p in paths]
    split_paths = [p.split(sep) for d, p in drivesplits]
    try:
        isabs, = set(p[:1] == sep for d, p in drivesplits)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    if len(set(d for d, p in drivesplits)) != 1:
        raise ValueError("Paths don't have the same drive")
    drive, path = splitdrive(paths[0].replace(altsep, sep))
    common = path.split(sep)
    common = [c for c in common if c and c != curdir]
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = common[:i]
            break
    else:
        common = common[:len(s1)]
    prefix = drive + sep if isabs else drive
    return prefix + sep.join(common)

"""Source lines of files and of code the interpreter compiled (pyrs-nogil)."""

import _pyrs_traceback

__all__ = ["getline", "clearcache", "checkcache", "getlines", "lazycache"]

cache = {}


def getline(filename, lineno, module_globals=None):
    """The line `lineno` of `filename` with its newline, or '' if unavailable."""
    lines = cache.get(filename)
    if lines is not None:
        if 1 <= lineno <= len(lines[2]):
            return lines[2][lineno - 1]
        return ''
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        # like CPython: no source for '<string>', '<stdin>', '<frozen ...>'
        return ''
    return _pyrs_traceback.source_line(filename, lineno)


def getlines(filename, module_globals=None):
    if filename in cache:
        return cache[filename][2]
    src = _pyrs_traceback.cached_source(filename)
    if src is not None:
        lines = src.splitlines(keepends=True)
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        return lines
    try:
        with open(filename, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError):
        lines = []
        n = 1
        while True:
            line = _pyrs_traceback.source_line(filename, n)
            if not line:
                break
            lines.append(line)
            n += 1
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    return getlines(filename, module_globals)


def clearcache():
    cache.clear()


def checkcache(filename=None):
    pass


def lazycache(filename, module_globals):
    return False

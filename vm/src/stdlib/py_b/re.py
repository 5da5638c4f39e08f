"""Support for regular expressions (pyrs-nogil).

The engine is native (_pyrs_re, built on the fancy-regex crate) and understands Python's
regular-expression syntax; this module provides the public API, the flags and a cache of
compiled patterns.
"""

import _pyrs_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# The flags: an int subclass behaving like CPython's RegexFlag (an IntFlag shown as
# re.NAME); written without the enum module to keep `import re` cheap.
_FLAG_NAMES = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
               ('DEBUG', 128))
_FLAG_MASK = 511


class _FlagType(type):
    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    def __iter__(cls):
        return iter([cls(v) for n, v in _FLAG_NAMES])

    def __len__(cls):
        return len(_FLAG_NAMES)


class RegexFlag(int, metaclass=_FlagType):
    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        parts = []
        for n, b in _FLAG_NAMES:
            if v & b:
                parts.append('re.' + n)
                v &= ~b
        if v:
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        names = [n for n, b in _FLAG_NAMES if v & b]
        return '|'.join(names) if names else None

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_FLAG_MASK ^ int(self))

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __iter__(self):
        return iter([RegexFlag(b) for n, b in _FLAG_NAMES if int(self) & b])

    def __len__(self):
        return len([b for n, b in _FLAG_NAMES if int(self) & b])

    def __bool__(self):
        return int(self) != 0

    def __reduce__(self):
        return RegexFlag, (int(self),)


RegexFlag.__module__ = 're'
NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
_pyrs_re._set_error(error)

Pattern = _pyrs_re.Pattern
Match = _pyrs_re.Match

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _pyrs_re.compile(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[type(pattern), pattern, flags] = p
    return p


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | T)


_special_chars = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _special_chars else c for c in pattern])
    else:
        s = str(pattern, 'latin1')
        return ''.join(['\\' + c if c in _special_chars else c for c in s]).encode('latin1')


class Scanner:
    """Tokenizer over a lexicon of (pattern, action) pairs: at each position the first
    pattern that matches wins (as an alternation would)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._rules = [(_compile(phrase, flags), action) for phrase, action in lexicon]

    def scan(self, string):
        result = []
        append = result.append
        i = 0
        while True:
            for pattern, action in self._rules:
                m = pattern.match(string, i)
                if m:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]

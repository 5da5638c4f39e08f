"""Unix shell-style filename pattern matching (pyrs-nogil's implementation of
CPython's `fnmatch`, written from its documentation).

Patterns: `*` any run of characters, `?` one character, `[seq]` one character
in seq, `[!seq]` one character not in seq. There is no special treatment of
'/' or of a leading '.'. On POSIX, fnmatch() is case-sensitive like
fnmatchcase().

translate() gives a regular expression that matches the same names; for
patterns with several `*` its text differs from CPython's (which adds
look-ahead groups to avoid backtracking), its meaning does not.
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}
_CACHE_MAX = 32768


def _matcher(pat):
    m = _compiled.get((type(pat), pat))
    if m is None:
        if isinstance(pat, bytes):
            regex = translate(str(pat, 'ISO-8859-1'))
            m = re.compile(regex.encode('ISO-8859-1')).match
        else:
            m = re.compile(translate(pat)).match
        if len(_compiled) >= _CACHE_MAX:
            _compiled.clear()
        _compiled[(type(pat), pat)] = m
    return m


def fnmatch(name, pat):
    """Test whether name matches pat (after os.path.normcase of both)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """The elements of names that match pat."""
    pat = os.path.normcase(pat)
    match = _matcher(pat)
    if os.path is posixpath:
        return [n for n in names if match(n)]
    return [n for n in names if match(os.path.normcase(n))]


def _class_item(ch):
    # One character inside a regex character class, escaped when it could be
    # read as class syntax.
    if ch in '\\]^-[&~|':
        return '\\' + ch
    return ch


def _translate_class(pat, start):
    """Translate the bracket expression that starts after '[' at `start`.

    Returns (regex, index after ']') or None when there is no closing ']'."""
    n = len(pat)
    i = start
    negate = False
    if i < n and pat[i] == '!':
        negate = True
        i += 1
    # A ']' right after '[' or '[!' is a literal member.
    end = i + 1 if i < n and pat[i] == ']' else i
    end = pat.find(']', end)
    if end < 0:
        return None
    body = pat[i:end]
    parts = []
    k = 0
    while k < len(body):
        c = body[k]
        if k + 2 < len(body) and body[k + 1] == '-':
            lo, hi = c, body[k + 2]
            if lo <= hi:
                parts.append(_class_item(lo) + '-' + _class_item(hi))
            k += 3
        else:
            parts.append(_class_item(c))
            k += 1
    if not parts:
        return ('.' if negate and not body else '(?!)'), end + 1
    return ('[' + ('^' if negate else '') + ''.join(parts) + ']'), end + 1


def translate(pat):
    """A regular expression (as a string) matching the shell pattern pat."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            cls = _translate_class(pat, i)
            if cls is None:
                out.append('\\[')
            else:
                piece, i = cls
                out.append(piece)
        else:
            out.append(re.escape(c))
    return '(?s:%s)\\Z' % ''.join(out)

"""JSONDecoder and JSONDecodeError (pyrs-nogil).

The scanning is native (`_pyrs_json.scan`, vm/src/stdlib/a/json.rs); `JSONDecoder.decode`
and `raw_decode` keep CPython's lines (and line numbers, through `#@line` anchors), so an
error in a document shows the same traceback frames as CPython's."""

# The scanner is a C type in CPython (_json.Scanner): no frame of its own in a traceback.
#@native _Scanner

import re
import _pyrs_json

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """ValueError subclass with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL
WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)


class _Scanner:
    """`scan_once(s, idx)` of a decoder (CPython's c_make_scanner): the value at s[idx:]
    and the index after it; StopIteration(idx) when no value starts there."""

    def __init__(self, context):
        self.context = (context.strict, context.object_hook, context.object_pairs_hook,
                        context.parse_float, context.parse_int, context.parse_constant)

    def __call__(self, s, idx):
        return _pyrs_json.scan(s, idx, *self.context, JSONDecodeError)


class JSONDecoder(object):
    """Simple JSON decoder (objects -> dict, arrays -> list, ...)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = _Scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """Return the Python representation of s (a str holding a JSON document)."""
#@line 337
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document at the start of s[idx:]; return (object, end index)."""
#@line 352
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end

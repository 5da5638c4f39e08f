"""JSONDecoder and JSONDecodeError (pyrs-nogil)."""

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

    def decode(self, s, _w=None):
        """Return the Python representation of s (a str holding a JSON document)."""
        obj, end = self.raw_decode(s, idx=_pyrs_json.skip_ws(s, 0))
        end = _pyrs_json.skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document at the start of s[idx:]; return (object, end index)."""
        return _pyrs_json.scan(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                               self.parse_float, self.parse_int, self.parse_constant,
                               JSONDecodeError)

"""JSONEncoder (pyrs-nogil)."""

import _pyrs_json

__all__ = ['JSONEncoder']

encode_basestring = _pyrs_json.encode_basestring
encode_basestring_ascii = _pyrs_json.encode_basestring_ascii
INFINITY = float('inf')


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures (override default() for others)."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON string of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode o; yields the text (in one chunk here)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        default = self.default
        if getattr(default, '__func__', None) is JSONEncoder.default:
            default = None
        return iter([_pyrs_json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                                       self.allow_nan, self.sort_keys, indent,
                                       self.item_separator, self.key_separator, default)])

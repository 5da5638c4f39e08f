"""TOML 1.0 parser (pyrs-nogil): CPython 3.11's `tomllib` (`loads`, `load`, `TOMLDecodeError`),
written from the TOML 1.0.0 specification.

Produces the same Python values as CPython (dicts, lists, str, int, float through
`parse_float`, bool, datetime/date/time with `timezone` offsets) and words the common
errors as CPython does, with CPython's "(at line L, column C)" / "(at end of document)"
suffix: invalid statements and values, missing '=', redefinition ("Cannot overwrite a
value", "Cannot declare ... twice"), unterminated strings, unclosed arrays and inline
tables, trailing garbage. Rarer malformed inputs may be rejected with a different message
or position than CPython's."""

import re
import string
from datetime import date, datetime, time, timedelta, timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


_BARE = frozenset(string.ascii_letters + string.digits + "-_")
_WS = frozenset(" \t")

_DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(?:\.([0-9]+))?"
    r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")
_LOCALTIME = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(?:\.([0-9]+))?")
_NUMBER = re.compile(
    r"0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)((?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
_ESCAPES = {'\\b': '\b', '\\t': '\t', '\\n': '\n', '\\f': '\f', '\\r': '\r',
            '\\"': '"', '\\\\': '\\'}


def load(fp, /, *, parse_float=float):
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    src = s.replace("\r\n", "\n")
    return _Parser(src, _checked_float(parse_float)).document()


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def f(text):
        v = parse_float(text)
        if isinstance(v, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return v
    return f


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        self.explicit = set()   # tables declared with a [header]
        self.dotted = set()     # tables made by dotted keys in key/value pairs
        self.frozen = set()     # keys holding values, inline tables and static arrays
        self.aot = set()        # arrays of tables

    # ----- errors and positions -----
    def error(self, msg, pos=None):
        if pos is None:
            pos = self.pos
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            col = pos - src.rfind("\n", 0, pos) if line > 1 else pos + 1
            where = f"line {line}, column {col}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else None

    def skip_ws(self):
        src, n = self.src, len(self.src)
        while self.pos < n and src[self.pos] in _WS:
            self.pos += 1

    def skip_comment(self):
        if self.peek() == "#":
            end = self.src.find("\n", self.pos)
            end = len(self.src) if end < 0 else end
            for i in range(self.pos + 1, end):
                c = self.src[i]
                if (c < " " and c != "\t") or c == "\x7f":
                    raise self.error(f"Illegal character {c!r}", i)
            self.pos = end

    def skip_ws_comments_newlines(self):
        while True:
            start = self.pos
            self.skip_ws()
            self.skip_comment()
            if self.peek() == "\n":
                self.pos += 1
            if self.pos == start:
                return

    # ----- document structure -----
    def document(self):
        header = ()
        while True:
            self.skip_ws()
            c = self.peek()
            if c is None:
                break
            if c == "\n":
                self.pos += 1
                continue
            if c in _BARE or c in "\"'":
                self.key_value_statement(header)
            elif c == "[":
                if self.src.startswith("[[", self.pos):
                    header = self.array_table_header()
                else:
                    header = self.table_header()
            elif c != "#":
                raise self.error("Invalid statement")
            self.skip_ws()
            self.skip_comment()
            c = self.peek()
            if c is None:
                break
            if c != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1
        return self.root

    def container(self, key, for_header):
        """The dict at `key`, creating tables along the way (the last element of arrays of
        tables); raises "Cannot overwrite a value" where a value is in the way."""
        d = self.root
        for i in range(len(key)):
            part = key[i]
            sub = key[:i + 1]
            if sub in self.frozen:
                raise self.error("Cannot overwrite a value")
            if part not in d:
                d[part] = {}
            v = d[part]
            if isinstance(v, list):
                if sub not in self.aot:
                    raise self.error("Cannot overwrite a value")
                v = v[-1]
            if not isinstance(v, dict):
                raise self.error("Cannot overwrite a value")
            d = v
        return d

    def lookup(self, key):
        d = self.root
        for part in key:
            if isinstance(d, list):
                d = d[-1]
            if not isinstance(d, dict) or part not in d:
                return None
            d = d[part]
        return d

    def table_header(self):
        self.pos += 1
        self.skip_ws()
        key = self.key()
        self.skip_ws()
        if key in self.explicit or key in self.dotted or key in self.aot:
            raise self.error(f"Cannot declare {key} twice")
        if key in self.frozen and isinstance(self.lookup(key), (dict, list)):
            raise self.error(f"Cannot declare {key} twice")
        self.container(key, True)
        self.explicit.add(key)
        if self.peek() != "]":
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_table_header(self):
        self.pos += 2
        self.skip_ws()
        key = self.key()
        self.skip_ws()
        parent = self.container(key[:-1], True)
        last = key[-1]
        if key in self.frozen:
            if isinstance(parent.get(last), list):
                raise self.error(f"Cannot mutate immutable namespace {key}")
            raise self.error("Cannot overwrite a value")
        if last in parent:
            lst = parent[last]
            if key not in self.aot or not isinstance(lst, list):
                raise self.error("Cannot overwrite a value")
            lst.append({})
        else:
            parent[last] = [{}]
            self.aot.add(key)
        n = len(key)
        for flags in (self.explicit, self.dotted, self.frozen):
            for k in [k for k in flags if len(k) > n and k[:n] == key]:
                flags.discard(k)
        self.explicit.discard(key)
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return key

    def key_value_statement(self, header):
        key, value = self.key_value()
        abs_key = header + key
        parent_key = abs_key[:-1]
        for i in range(len(header) + 1, len(abs_key)):
            sub = abs_key[:i]
            if sub in self.explicit:
                raise self.error("Cannot overwrite a value")
        parent = self.container(parent_key, False)
        for i in range(len(header) + 1, len(abs_key)):
            self.dotted.add(abs_key[:i])
        if key[-1] in parent:
            raise self.error("Cannot overwrite a value")
        parent[key[-1]] = value
        self.frozen.add(abs_key)

    def key_value(self):
        key = self.key()
        self.skip_ws()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        while True:
            self.skip_ws()
            if self.peek() != ".":
                return tuple(parts)
            self.pos += 1
            self.skip_ws()
            parts.append(self.key_part())

    def key_part(self):
        c = self.peek()
        if c is not None and c in _BARE:
            start = self.pos
            src, n = self.src, len(self.src)
            while self.pos < n and src[self.pos] in _BARE:
                self.pos += 1
            return src[start:self.pos]
        if c == "'":
            return self.literal_string()
        if c == '"':
            return self.basic_string()
        raise self.error("Invalid initial character for a key part")

    # ----- values -----
    def value(self):
        src, pos = self.src, self.pos
        c = self.peek()
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string('"""')
            return self.basic_string()
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string("'''")
            return self.literal_string()
        if c == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if c == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        m = _DATETIME.match(src, pos)
        if m:
            try:
                v = self.datetime_value(m)
            except ValueError:
                raise self.error("Invalid date or datetime") from None
            self.pos = m.end()
            return v
        m = _LOCALTIME.match(src, pos)
        if m:
            self.pos = m.end()
            return time(int(m.group(1)), int(m.group(2)), int(m.group(3)), self.micros(m.group(4)))
        m = _NUMBER.match(src, pos)
        if m:
            self.pos = m.end()
            text = m.group()
            if text[:2] in ("0x", "0o", "0b"):
                return int(text[2:].replace("_", ""), {"x": 16, "o": 8, "b": 2}[text[1]])
            if m.group(1):
                return self.parse_float(text.replace("_", ""))
            return int(text.replace("_", ""))
        for word in ("inf", "nan", "+inf", "-inf", "+nan", "-nan"):
            if src.startswith(word, pos):
                self.pos += len(word)
                return self.parse_float(word)
        raise self.error("Invalid value")

    @staticmethod
    def micros(frac):
        if not frac:
            return 0
        return int(frac[:6].ljust(6, "0"))

    def datetime_value(self, m):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if m.group(4) is None:
            return date(y, mo, d)
        h, mi, s = int(m.group(4)), int(m.group(5)), int(m.group(6))
        us = self.micros(m.group(7))
        if m.group(8):
            tz = timezone.utc
        elif m.group(9):
            delta = timedelta(hours=int(m.group(10)), minutes=int(m.group(11)))
            tz = timezone(-delta if m.group(9) == "-" else delta)
        else:
            tz = None
        return datetime(y, mo, d, h, mi, s, us, tzinfo=tz)

    def array(self):
        self.pos += 1
        out = []
        self.skip_ws_comments_newlines()
        if self.peek() == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            self.skip_ws_comments_newlines()
            c = self.peek()
            if c == "]":
                self.pos += 1
                return out
            if c != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_ws_comments_newlines()
            if self.peek() == "]":
                self.pos += 1
                return out

    def inline_table(self):
        self.pos += 1
        out = {}
        frozen = set()
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            key, value = self.key_value()
            d = out
            for i, part in enumerate(key[:-1]):
                if key[:i + 1] in frozen:
                    raise self.error("Cannot overwrite a value")
                d = d.setdefault(part, {})
                if not isinstance(d, dict):
                    raise self.error("Cannot overwrite a value")
            if key[-1] in d:
                raise self.error(f"Duplicate inline table key {key[-1]!r}")
            d[key[-1]] = value
            frozen.add(key)
            self.skip_ws()
            c = self.peek()
            if c == "}":
                self.pos += 1
                return out
            if c != ",":
                raise self.error("Unclosed inline table")
            self.pos += 1
            self.skip_ws()

    # ----- strings -----
    def illegal(self, c, pos, multiline):
        if c == "\t":
            return False
        if c == "\n" and multiline:
            return False
        return c < " " or c == "\x7f"

    def literal_string(self):
        start = self.pos + 1
        end = self.src.find("'", start)
        nl = self.src.find("\n", start, end if end >= 0 else len(self.src))
        if end < 0 or nl >= 0:
            if nl >= 0:
                raise self.error("Found invalid character '\\n'", nl)
            self.pos = len(self.src)
            raise self.error('Expected "\'"')
        for i in range(start, end):
            if self.illegal(self.src[i], i, False):
                raise self.error(f"Illegal character {self.src[i]!r}", i)
        self.pos = end + 1
        return self.src[start:end]

    def basic_string(self):
        self.pos += 1
        return self.string_body('"', False)

    def multiline_string(self, delim):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        if delim == "'''":
            end = self.src.find("'''", self.pos)
            if end < 0:
                self.pos = len(self.src)
                raise self.error("Unterminated string")
            body = self.src[self.pos:end]
            for i, c in enumerate(body):
                if self.illegal(c, self.pos + i, True):
                    raise self.error(f"Illegal character {c!r}", self.pos + i)
            self.pos = end + 3
        else:
            body = self.string_body('"', True)
        # Up to two quotes right before the closing delimiter belong to the string.
        q = delim[0]
        extra = 0
        while extra < 2 and self.peek() == q:
            extra += 1
            self.pos += 1
        return body + q * extra

    def string_body(self, quote, multiline):
        src, n = self.src, len(self.src)
        out = []
        start = self.pos
        while True:
            if self.pos >= n:
                raise self.error("Unterminated string")
            c = src[self.pos]
            if c == quote:
                if not multiline:
                    out.append(src[start:self.pos])
                    self.pos += 1
                    return "".join(out)
                if src.startswith('"""', self.pos):
                    out.append(src[start:self.pos])
                    self.pos += 3
                    return "".join(out)
                self.pos += 1
                continue
            if c == "\\":
                out.append(src[start:self.pos])
                out.append(self.escape(multiline))
                start = self.pos
                continue
            if self.illegal(c, self.pos, multiline):
                raise self.error(f"Illegal character {c!r}")
            self.pos += 1

    def escape(self, multiline):
        src = self.src
        esc = src[self.pos:self.pos + 2]
        if multiline and len(esc) == 2 and esc[1] in " \t\n":
            # A line-ending backslash: skip whitespace and newlines up to the next text.
            i = self.pos + 1
            while i < len(src) and src[i] in " \t":
                i += 1
            if i >= len(src) or src[i] != "\n":
                if esc[1] != "\n":
                    self.pos = i
                    raise self.error("Unescaped '\\' in a string")
            while i < len(src) and src[i] in " \t\n":
                i += 1
            self.pos = i
            return ""
        self.pos += 2
        if esc in _ESCAPES:
            return _ESCAPES[esc]
        if esc in ("\\u", "\\U"):
            width = 4 if esc == "\\u" else 8
            hexs = src[self.pos:self.pos + width]
            if len(hexs) != width or not all(h in string.hexdigits for h in hexs):
                raise self.error("Invalid hex value")
            self.pos += width
            cp = int(hexs, 16)
            if not (0 <= cp <= 0xD7FF or 0xE000 <= cp <= 0x10FFFF):
                raise self.error("Escaped character is not a Unicode scalar value")
            return chr(cp)
        raise self.error("Unescaped '\\' in a string")

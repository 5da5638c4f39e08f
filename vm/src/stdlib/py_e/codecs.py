"""Codec registry and base classes (pyrs-nogil), after CPython 3.11's codecs module.

The text codecs are the runtime's own (str.encode / bytes.decode): utf-8, utf-8-sig, ascii,
latin-1, utf-16 and utf-32 (with BOM or either byte order), with the error handlers strict,
ignore, replace, backslashreplace and xmlcharrefreplace. The bytes-to-bytes codecs hex,
base64 and zlib and the str-to-str rot13 are available through encode()/decode()/lookup().
Search functions added with register() are consulted for other names. Custom error handlers
(register_error) and stream wrappers for files (codecs.open, EncodedFile) are not provided."""

import sys as _sys

__all__ = ["register", "unregister", "lookup", "encode", "decode", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "BufferedIncrementalEncoder",
           "BufferedIncrementalDecoder", "StreamWriter", "StreamReader", "getencoder",
           "getdecoder", "getincrementalencoder", "getincrementaldecoder", "getreader",
           "getwriter", "iterencode", "iterdecode",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if _sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """The functions of one codec: a 4-tuple (encode, decode, streamreader, streamwriter)
    with attributes for those and the incremental encoder and decoder."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        attrs = {'name': name, 'encode': staticmethod(encode), 'decode': staticmethod(decode),
                 'incrementalencoder': incrementalencoder,
                 'incrementaldecoder': incrementaldecoder,
                 'streamwriter': streamwriter, 'streamreader': streamreader,
                 '__module__': cls.__module__, '__qualname__': cls.__qualname__}
        if _is_text_encoding is not None:
            attrs['_is_text_encoding'] = _is_text_encoding
        # Tuple subclasses here carry no instance dict: the attributes live on a subclass
        # made for this codec (lookup() caches the result, so one per codec name).
        holder = type(cls.__name__, (cls,), attrs)
        return tuple.__new__(holder, (encode, decode, streamreader, streamwriter))

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Stateless encoder/decoder interface: encode(input, errors) and decode(input, errors)
    return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes input in several steps; encode(input, final) returns the output so far."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Return to the initial state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Set the state (an int from getstate())."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder that keeps input it cannot encode yet in self.buffer;
    subclasses define _buffer_encode(input, errors, final) -> (output, consumed)."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes input in several steps; decode(input, final) returns the text so far."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Return to the initial state."""

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        """Set the state (a (buffered bytes, int) pair from getstate())."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps incomplete input in self.buffer; subclasses define
    _buffer_decode(input, errors, final) -> (text, consumed)."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded text to a binary stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes text from a binary stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """Decoded text: at most chars characters when chars >= 0, else what size bytes
        (all when negative) decode to."""
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, consumed = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, consumed = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[consumed:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = ""
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """One line of decoded text."""
        text = self.read()
        lines = text.splitlines(keepends=True)
        if not lines:
            return ""
        line = lines[0]
        self.charbuffer = "".join(lines[1:]) + self.charbuffer
        if not keepends:
            line = line.splitlines(keepends=False)[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# --- the built-in text codecs -----------------------------------------------------------

def _normalize(encoding):
    """encodings.normalize_encoding, then lower case with '_' (the alias-table form)."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars).lower()


# normalized name or alias -> (codec name as CodecInfo.name, runtime encoding name)
_TEXT = {}
for _name, _aliases in (
        ('utf-8', 'utf_8 utf8 u8 utf cp65001 utf8_ucs2 utf8_ucs4'),
        ('utf-8-sig', 'utf_8_sig'),
        ('ascii', 'ascii us_ascii 646 us ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 '
                  'iso646_us cp367 csascii ibm367 iso_ir_6 iso_646.irv_1991'),
        ('iso8859-1', 'latin_1 latin1 iso_8859_1 iso8859_1 8859 cp819 l1 latin iso_ir_100 '
                      'ibm819 iso_8859_1_1987 csisolatin1'),
        ('utf-16', 'utf_16 utf16 u16'),
        ('utf-16-le', 'utf_16_le utf_16le unicodelittleunmarked'),
        ('utf-16-be', 'utf_16_be utf_16be unicodebigunmarked'),
        ('utf-32', 'utf_32 utf32 u32'),
        ('utf-32-le', 'utf_32_le utf_32le'),
        ('utf-32-be', 'utf_32_be utf_32be')):
    for _a in _aliases.split():
        _TEXT[_a] = _name
del _name, _aliases, _a

# The single-byte code pages (CPython's charmap codecs), encoded and decoded natively:
# alias -> canonical name. Generated by tools/gen_charmaps.py --py.
_CHARMAPS = {
    '1250': 'cp1250',
    'cp1250': 'cp1250',
    'windows_1250': 'cp1250',
    '1251': 'cp1251',
    'cp1251': 'cp1251',
    'windows_1251': 'cp1251',
    '1252': 'cp1252',
    'cp1252': 'cp1252',
    'windows_1252': 'cp1252',
    '1253': 'cp1253',
    'cp1253': 'cp1253',
    'windows_1253': 'cp1253',
    '1254': 'cp1254',
    'cp1254': 'cp1254',
    'windows_1254': 'cp1254',
    '1255': 'cp1255',
    'cp1255': 'cp1255',
    'windows_1255': 'cp1255',
    '1256': 'cp1256',
    'cp1256': 'cp1256',
    'windows_1256': 'cp1256',
    '1257': 'cp1257',
    'cp1257': 'cp1257',
    'windows_1257': 'cp1257',
    '1258': 'cp1258',
    'cp1258': 'cp1258',
    'windows_1258': 'cp1258',
    '437': 'cp437',
    'cp437': 'cp437',
    'cspc8codepage437': 'cp437',
    'ibm437': 'cp437',
    '850': 'cp850',
    'cp850': 'cp850',
    'cspc850multilingual': 'cp850',
    'ibm850': 'cp850',
    '852': 'cp852',
    'cp852': 'cp852',
    'cspcp852': 'cp852',
    'ibm852': 'cp852',
    '866': 'cp866',
    'cp866': 'cp866',
    'csibm866': 'cp866',
    'ibm866': 'cp866',
    'csisolatin2': 'iso8859_2',
    'iso88592': 'iso8859_2',
    'iso8859_2': 'iso8859_2',
    'iso_8859_2': 'iso8859_2',
    'iso_8859_2_1987': 'iso8859_2',
    'iso_ir_101': 'iso8859_2',
    'l2': 'iso8859_2',
    'latin2': 'iso8859_2',
    'csisolatin3': 'iso8859_3',
    'iso88593': 'iso8859_3',
    'iso8859_3': 'iso8859_3',
    'iso_8859_3': 'iso8859_3',
    'iso_8859_3_1988': 'iso8859_3',
    'iso_ir_109': 'iso8859_3',
    'l3': 'iso8859_3',
    'latin3': 'iso8859_3',
    'csisolatin4': 'iso8859_4',
    'iso88594': 'iso8859_4',
    'iso8859_4': 'iso8859_4',
    'iso_8859_4': 'iso8859_4',
    'iso_8859_4_1988': 'iso8859_4',
    'iso_ir_110': 'iso8859_4',
    'l4': 'iso8859_4',
    'latin4': 'iso8859_4',
    'csisolatincyrillic': 'iso8859_5',
    'cyrillic': 'iso8859_5',
    'iso88595': 'iso8859_5',
    'iso8859_5': 'iso8859_5',
    'iso_8859_5': 'iso8859_5',
    'iso_8859_5_1988': 'iso8859_5',
    'iso_ir_144': 'iso8859_5',
    'arabic': 'iso8859_6',
    'asmo_708': 'iso8859_6',
    'csisolatinarabic': 'iso8859_6',
    'ecma_114': 'iso8859_6',
    'iso88596': 'iso8859_6',
    'iso8859_6': 'iso8859_6',
    'iso_8859_6': 'iso8859_6',
    'iso_8859_6_1987': 'iso8859_6',
    'iso_ir_127': 'iso8859_6',
    'csisolatingreek': 'iso8859_7',
    'ecma_118': 'iso8859_7',
    'elot_928': 'iso8859_7',
    'greek': 'iso8859_7',
    'greek8': 'iso8859_7',
    'iso88597': 'iso8859_7',
    'iso8859_7': 'iso8859_7',
    'iso_8859_7': 'iso8859_7',
    'iso_8859_7_1987': 'iso8859_7',
    'iso_ir_126': 'iso8859_7',
    'csisolatinhebrew': 'iso8859_8',
    'hebrew': 'iso8859_8',
    'iso88598': 'iso8859_8',
    'iso8859_8': 'iso8859_8',
    'iso_8859_8': 'iso8859_8',
    'iso_8859_8_1988': 'iso8859_8',
    'iso_ir_138': 'iso8859_8',
    'csisolatin5': 'iso8859_9',
    'iso88599': 'iso8859_9',
    'iso8859_9': 'iso8859_9',
    'iso_8859_9': 'iso8859_9',
    'iso_8859_9_1989': 'iso8859_9',
    'iso_ir_148': 'iso8859_9',
    'l5': 'iso8859_9',
    'latin5': 'iso8859_9',
    'csisolatin6': 'iso8859_10',
    'iso885910': 'iso8859_10',
    'iso8859_10': 'iso8859_10',
    'iso_8859_10': 'iso8859_10',
    'iso_8859_10_1992': 'iso8859_10',
    'iso_ir_157': 'iso8859_10',
    'l6': 'iso8859_10',
    'latin6': 'iso8859_10',
    'iso885913': 'iso8859_13',
    'iso8859_13': 'iso8859_13',
    'iso_8859_13': 'iso8859_13',
    'l7': 'iso8859_13',
    'latin7': 'iso8859_13',
    'iso885914': 'iso8859_14',
    'iso8859_14': 'iso8859_14',
    'iso_8859_14': 'iso8859_14',
    'iso_8859_14_1998': 'iso8859_14',
    'iso_celtic': 'iso8859_14',
    'iso_ir_199': 'iso8859_14',
    'l8': 'iso8859_14',
    'latin8': 'iso8859_14',
    'iso885915': 'iso8859_15',
    'iso8859_15': 'iso8859_15',
    'iso_8859_15': 'iso8859_15',
    'l9': 'iso8859_15',
    'latin9': 'iso8859_15',
    'iso885916': 'iso8859_16',
    'iso8859_16': 'iso8859_16',
    'iso_8859_16': 'iso8859_16',
    'iso_8859_16_2001': 'iso8859_16',
    'iso_ir_226': 'iso8859_16',
    'l10': 'iso8859_16',
    'latin10': 'iso8859_16',
    'cskoi8r': 'koi8_r',
    'koi8_r': 'koi8_r',
    'koi8r': 'koi8_r',
    'koi8_u': 'koi8_u',
    'koi8u': 'koi8_u',
    'mac_roman': 'mac_roman',
    'macintosh': 'mac_roman',
    'macroman': 'mac_roman',
}


def _utf8_incomplete_tail(data):
    """How many bytes at the end of data start a UTF-8 sequence that more input could
    complete (0 when the end is complete or already invalid)."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 != 0x80:
            # A lead byte: does it want more than `back` bytes, and is the prefix valid?
            if 0xC2 <= b <= 0xDF:
                need = 2
            elif 0xE0 <= b <= 0xEF:
                need = 3
            elif 0xF0 <= b <= 0xF4:
                need = 4
            else:
                return 0
            if back >= need:
                return 0
            if back >= 2:
                second = data[n - back + 1]
                lo, hi = 0x80, 0xBF
                if b == 0xE0:
                    lo = 0xA0
                elif b == 0xED:
                    hi = 0x9F
                elif b == 0xF0:
                    lo = 0x90
                elif b == 0xF4:
                    hi = 0x8F
                if not lo <= second <= hi:
                    return 0
            return back
    return 0


def _unit_tail(data, width, order):
    """Bytes at the end of UTF-16/32 data that more input could complete: a partial code
    unit, and for UTF-16 a lone high surrogate."""
    keep = len(data) % width
    if width == 2 and len(data) - keep >= 2:
        end = len(data) - keep
        unit = int.from_bytes(data[end - 2:end], order)
        if 0xD800 <= unit <= 0xDBFF:
            keep += 2
    return keep


def _decode_step(codec, data, errors, final, state):
    """Decode as much of data as is complete; returns (text, consumed). state is a dict the
    BOM-detecting codecs keep their byte order in."""
    data = bytes(data)
    if codec in ('ascii', 'iso8859-1') or codec.replace('-', '_') in _CHARMAPS:
        return data.decode(codec, errors), len(data)
    if codec in ('utf-8', 'utf-8-sig'):
        skip = 0
        if codec == 'utf-8-sig' and not state.get('started'):
            if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
                return '', 0
            state['started'] = True
            if data.startswith(BOM_UTF8):
                skip = 3
        keep = 0 if final else _utf8_incomplete_tail(data)
        end = len(data) - keep
        return data[skip:end].decode('utf-8', errors), end
    width = 2 if codec.startswith('utf-16') else 4
    order = state.get('order')
    if codec.endswith('-le'):
        order = 'little'
    elif codec.endswith('-be'):
        order = 'big'
    skip = 0
    if order is None:
        le, be = (BOM_UTF16_LE, BOM_UTF16_BE) if width == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)
        if len(data) < width and not final:
            return '', 0
        if data.startswith(le):
            order, skip = 'little', width
        elif data.startswith(be):
            order, skip = 'big', width
        else:
            order = 'little'
        state['order'] = order
    keep = 0 if final else _unit_tail(data[skip:], width, order)
    end = len(data) - keep
    name = 'utf-%d-%s' % (width * 8, 'le' if order == 'little' else 'be')
    try:
        return data[skip:end].decode(name, errors), end
    except UnicodeDecodeError as exc:
        # Report positions and the codec name as the caller's codec sees them.
        raise UnicodeDecodeError(codec, data, exc.start + skip, exc.end + skip,
                                 exc.reason) from None


def _encode_text(codec, text, errors, with_bom):
    if not isinstance(text, str):
        raise TypeError("%s_encode() argument 1 must be str, not %s"
                        % (codec.replace('-', '_').replace('iso8859_1', 'latin_1'),
                           type(text).__name__))
    if codec in ('utf-16', 'utf-32'):
        width = 16 if codec == 'utf-16' else 32
        body = text.encode('utf-%d-le' % width, errors)
        if with_bom:
            body = (BOM_UTF16_LE if width == 16 else BOM_UTF32_LE) + body
        return body
    if codec == 'utf-8-sig':
        body = text.encode('utf-8', errors)
        return BOM_UTF8 + body if with_bom else body
    return text.encode(codec, errors)


def _text_codec(name):
    def encode(input, errors='strict'):
        return _encode_text(name, input, errors, True), len(input)

    def decode(input, errors='strict'):
        if isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        text, consumed = _decode_step(name, memoryview(input).tobytes(), errors, True, {})
        return text, consumed

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            out = _encode_text(name, input, self.errors, not self._started)
            self._started = True
            return out

        def reset(self):
            self._started = False

        def getstate(self):
            return 0 if self._started else 2

        def setstate(self, state):
            self._started = state == 0

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._state = {}

        def _buffer_decode(self, input, errors, final):
            return _decode_step(name, input, errors, final, self._state)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._state = {}

    class Reader(StreamReader):
        def __init__(self, stream, errors='strict'):
            StreamReader.__init__(self, stream, errors)
            self._state = {}

        def decode(self, input, errors='strict'):
            return _decode_step(name, input, errors, False, self._state)

        def reset(self):
            StreamReader.reset(self)
            self._state = {}

    class Writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self._started = False

        def encode(self, input, errors='strict'):
            out = _encode_text(name, input, errors, not self._started)
            self._started = True
            return out, len(input)

        def reset(self):
            self._started = False

    for cls, suffix in ((IncEncoder, 'IncrementalEncoder'), (IncDecoder, 'IncrementalDecoder'),
                        (Reader, 'StreamReader'), (Writer, 'StreamWriter')):
        cls.__name__ = cls.__qualname__ = suffix
        cls.__module__ = 'encodings.' + name.replace('-', '_').replace('iso8859_1', 'latin_1')
    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder, name)


# --- bytes-to-bytes and str-to-str codecs ---------------------------------------------

def _bytes_arg(input):
    if isinstance(input, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(input).tobytes()


def _stateless(name, enc, dec, text=False):
    def encode(input, errors='strict'):
        return enc(input), len(input)

    def decode(input, errors='strict'):
        return dec(input), len(input)

    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input)

    class IncDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input)

    class Writer(StreamWriter):
        charbuffertype = bytes

        def encode(self, input, errors='strict'):
            return enc(input), len(input)

    class Reader(StreamReader):
        charbuffertype = bytes

        def decode(self, input, errors='strict'):
            return dec(input), len(input)

    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder, name,
                     _is_text_encoding=text)


def _hex_enc(input):
    import binascii
    return binascii.b2a_hex(_bytes_arg(input))


def _hex_dec(input):
    import binascii
    return binascii.a2b_hex(_bytes_arg(input))


def _b64_enc(input):
    import base64
    return base64.encodebytes(_bytes_arg(input))


def _b64_dec(input):
    import base64
    return base64.decodebytes(_bytes_arg(input))


def _zlib_enc(input):
    import zlib
    return zlib.compress(_bytes_arg(input))


def _zlib_dec(input):
    import zlib
    return zlib.decompress(_bytes_arg(input))


def _rot13(input):
    if not isinstance(input, str):
        raise TypeError("a str is required, not %r" % type(input).__name__)
    out = []
    for c in input:
        o = ord(c)
        if 65 <= o <= 90:
            c = chr((o - 65 + 13) % 26 + 65)
        elif 97 <= o <= 122:
            c = chr((o - 97 + 13) % 26 + 97)
        out.append(c)
    return ''.join(out)


_OTHER = {
    'hex': 'hex', 'hex_codec': 'hex',
    'base64': 'base64', 'base_64': 'base64', 'base64_codec': 'base64',
    'zlib': 'zlib', 'zip': 'zlib', 'zlib_codec': 'zlib',
    'rot13': 'rot-13', 'rot_13': 'rot-13',
}
_OTHER_FUNCS = {
    'hex': (_hex_enc, _hex_dec, False),
    'base64': (_b64_enc, _b64_dec, False),
    'zlib': (_zlib_enc, _zlib_dec, False),
    'rot-13': (_rot13, _rot13, False),
}

# --- the registry -------------------------------------------------------------------------

_search_functions = []
_cache = {}


def register(search_function):
    """Register a search function: called with a normalized encoding name, it returns a
    CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a search function and clear the lookup cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """The CodecInfo for encoding; LookupError for an unknown name."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.replace(' ', '_').lower()
    if key in _cache:
        return _cache[key]
    for fn in _search_functions:
        info = fn(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    norm = _normalize(encoding)
    if norm.startswith('x_') and norm[2:] in _TEXT:
        norm = norm[2:]
    info = None
    if norm in _TEXT:
        info = _text_codec(_TEXT[norm])
    elif norm in _CHARMAPS:
        # CPython's CodecInfo names these with '-' (iso8859-2, koi8-r, mac-roman).
        info = _text_codec(_CHARMAPS[norm].replace('_', '-'))
    elif norm in _OTHER:
        name = _OTHER[norm]
        enc, dec, text = _OTHER_FUNCS[name]
        info = _stateless(name, enc, dec, text)
    elif norm in ('idna', 'punycode'):
        # Their own modules in the `encodings` package, imported on first use.
        module = __import__('encodings.' + norm, fromlist=['getregentry'])
        info = module.getregentry()
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def _wrapped(exc, op, encoding):
    """The exception codecs.encode/decode raise for exc: the same type with the codec named
    (chained to exc), for exceptions that carry nothing beyond one message."""
    if isinstance(exc, UnicodeError) or len(exc.args) > 1 or getattr(exc, '__dict__', None):
        return None
    try:
        return type(exc)("%s with '%s' codec failed (%s: %s)"
                         % (op, encoding, type(exc).__name__, exc))
    except Exception:
        return None


def _run(fn, obj, errors, op, encoding):
    try:
        result = fn(obj, errors)
    except Exception as exc:
        new = _wrapped(exc, op, encoding)
        if new is None:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        if op == 'encoding':
            raise TypeError("encoder must return a tuple (object, integer)")
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    return _run(lookup(encoding).encode, obj, errors, 'encoding', encoding)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    return _run(lookup(encoding).decode, obj, errors, 'decoding', encoding)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings from iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for text in iterator:
        out = encoder.encode(text)
        if out:
            yield out
    out = encoder.encode("", True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes from iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for data in iterator:
        out = decoder.decode(data)
        if out:
            yield out
    out = decoder.decode(b"", True)
    if out:
        yield out


def _partial_decoder(name):
    def fn(data, errors=None, final=False):
        return _decode_step(name, data, errors or 'strict', final, {})
    fn.__name__ = name.replace('-', '_').replace('iso8859_1', 'latin_1') + '_decode'
    return fn


def _plain_encoder(name):
    def fn(str, errors=None):
        return _encode_text(name, str, errors or 'strict', True), len(str)
    fn.__name__ = name.replace('-', '_').replace('iso8859_1', 'latin_1') + '_encode'
    return fn


# The functions CPython's _codecs exports for the built-in codecs: (output, consumed).
utf_8_encode = _plain_encoder('utf-8')
utf_8_decode = _partial_decoder('utf-8')
utf_16_encode = _plain_encoder('utf-16')
utf_16_decode = _partial_decoder('utf-16')
utf_16_le_encode = _plain_encoder('utf-16-le')
utf_16_le_decode = _partial_decoder('utf-16-le')
utf_16_be_encode = _plain_encoder('utf-16-be')
utf_16_be_decode = _partial_decoder('utf-16-be')
utf_32_encode = _plain_encoder('utf-32')
utf_32_decode = _partial_decoder('utf-32')
utf_32_le_encode = _plain_encoder('utf-32-le')
utf_32_le_decode = _partial_decoder('utf-32-le')
utf_32_be_encode = _plain_encoder('utf-32-be')
utf_32_be_decode = _partial_decoder('utf-32-be')


def ascii_encode(str, errors=None):
    return _encode_text('ascii', str, errors or 'strict', False), len(str)


def ascii_decode(data, errors=None):
    return _decode_step('ascii', data, errors or 'strict', True, {})


def latin_1_encode(str, errors=None):
    return _encode_text('iso8859-1', str, errors or 'strict', False), len(str)


def latin_1_decode(data, errors=None):
    return _decode_step('iso8859-1', data, errors or 'strict', True, {})

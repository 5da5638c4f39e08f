"""encodings.punycode (pyrs-nogil): RFC 3492 Punycode, written from the RFC."""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 128


def _adapt(delta, numpoints, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // numpoints
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _digit(d):
    return chr(d + 22 + 75 * (d < 26))


def punycode_encode(text):
    """str -> bytes."""
    out = [c for c in text if ord(c) < 128]
    b = h = len(out)
    res = ''.join(out)
    if b:
        res += '-'
    n, delta, bias = _INITIAL_N, 0, _INITIAL_BIAS
    codes = [ord(c) for c in text]
    while h < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (h + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = _BASE
                while True:
                    t = _TMIN if k <= bias else (_TMAX if k >= bias + _TMAX else k - bias)
                    if q < t:
                        break
                    res += _digit(t + (q - t) % (_BASE - t))
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                res += _digit(q)
                bias = _adapt(delta, h + 1, h == b)
                delta = 0
                h += 1
        delta += 1
        n += 1
    return res.encode('ascii')


def punycode_decode(text, errors='strict'):
    """bytes or str -> str."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = bytes(text).decode('ascii')
    pos = text.rfind('-')
    if pos == -1:
        out, rest = [], text
    else:
        out, rest = list(text[:pos]), text[pos + 1:]
    n, i, bias = _INITIAL_N, 0, _INITIAL_BIAS
    j = 0
    while j < len(rest):
        oldi, w, k = i, 1, _BASE
        while True:
            if j >= len(rest):
                raise UnicodeError("incomplete punicode string")
            c = ord(rest[j])
            j += 1
            if 0x41 <= c <= 0x5A:
                d = c - 0x41
            elif 0x61 <= c <= 0x7A:
                d = c - 0x61
            elif 0x30 <= c <= 0x39:
                d = c - 22
            else:
                raise UnicodeError("Invalid extended code point '%s'" % chr(c))
            i += d * w
            t = _TMIN if k <= bias else (_TMAX if k >= bias + _TMAX else k - bias)
            if d < t:
                break
            w *= _BASE - t
            k += _BASE
        bias = _adapt(i - oldi, len(out) + 1, oldi == 0)
        n += i // (len(out) + 1)
        i %= len(out) + 1
        out.insert(i, chr(n))
        i += 1
    return ''.join(out)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return punycode_encode(input), len(input)

    def decode(self, input, errors='strict'):
        return punycode_decode(input, errors), len(input)


def getregentry():
    return codecs.CodecInfo(name='punycode', encode=Codec().encode, decode=Codec().decode)

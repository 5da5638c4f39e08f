"""The codec functions `pickle` streams of protocols 0-2 name (`_codecs.encode`), over
str.encode and bytes.decode (pyrs-nogil)."""


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj (a str) with the codec registered for encoding."""
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj (a bytes-like object) with the codec registered for encoding."""
    return bytes(obj).decode(encoding, errors)

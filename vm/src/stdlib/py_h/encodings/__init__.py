"""encodings (pyrs-nogil): the package CPython keeps its codecs in. Here the codecs live in
`codecs` itself; this package offers normalize_encoding, search_function (which asks
`codecs.lookup`), and the `idna` and `punycode` submodules."""

import codecs

__all__ = ["normalize_encoding", "search_function", "CodecRegistryError"]


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Collapse runs of non-alphanumeric characters (except '.') into one '_'."""
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
    return ''.join(chars)


def search_function(encoding):
    try:
        return codecs.lookup(encoding)
    except LookupError:
        return None

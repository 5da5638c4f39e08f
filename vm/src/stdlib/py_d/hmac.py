"""Keyed-hashing for message authentication (RFC 2104), written for pyrs-nogil over its
native hashlib. Follows the documented API of CPython's hmac module."""

import hashlib as _hashlib

__all__ = ['new', 'digest', 'compare_digest', 'HMAC']

digest_size = None

_IPAD = bytes(x ^ 0x36 for x in range(256))
_OPAD = bytes(x ^ 0x5C for x in range(256))


def _constructor(digestmod):
    if not digestmod:
        raise TypeError("Missing required parameter 'digestmod'.")
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """RFC 2104 HMAC object."""
    blocksize = 64

    __slots__ = ('_inner', '_outer', 'digest_size', 'block_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', 64)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key).ljust(block, b'\0')
        self._outer.update(key.translate(_OPAD))
        self._inner.update(key.translate(_IPAD))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = HMAC.__new__(HMAC)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _final(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._final().digest()

    def hexdigest(self):
        return self._final().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b, /):
    """Return a == b in time that does not depend on where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    else:
        a = bytes(memoryview(a))
        b = bytes(memoryview(b))
    diff = len(a) ^ len(b)
    if diff:
        b = a
    for x, y in zip(a, b):
        diff |= x ^ y
    return diff == 0

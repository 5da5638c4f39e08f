"""multiprocessing.sharedctypes: Value, Array, RawValue and RawArray.

The "shared memory" is an ordinary object shared by threads (see multiprocessing.process).
Values keep C semantics for their type code: integer types wrap around to their width, 'f'
rounds to single precision, 'c' holds one byte, and a value of the wrong type raises
TypeError. The synchronized wrappers carry an RLock (get_lock(), acquire/release, `with`).
"""

import operator
import struct
import threading

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

# type code -> (ctypes name, struct format or None, integer bits or None, signed)
_TYPES = {
    'b': ('c_byte', None, 8, True), 'B': ('c_ubyte', None, 8, False),
    'h': ('c_short', None, 16, True), 'H': ('c_ushort', None, 16, False),
    'i': ('c_int', None, 32, True), 'I': ('c_uint', None, 32, False),
    'l': ('c_long', None, 64, True), 'L': ('c_ulong', None, 64, False),
    'q': ('c_longlong', None, 64, True), 'Q': ('c_ulonglong', None, 64, False),
    'f': ('c_float', 'f', None, True), 'd': ('c_double', 'd', None, True),
    'c': ('c_char', None, None, False), 'u': ('c_wchar', None, None, False),
    '?': ('c_bool', None, None, False),
}


def _kind(typecode):
    if isinstance(typecode, str) and typecode in _TYPES:
        return typecode
    name = getattr(typecode, '__name__', None)
    for code, info in _TYPES.items():
        if info[0] == name:
            return code
    raise TypeError("unsupported type code %r" % (typecode,))


def _convert(code, v):
    name, fmt, bits, signed = _TYPES[code]
    if bits is not None:
        v = operator.index(v) & ((1 << bits) - 1)
        if signed and v >= 1 << (bits - 1):
            v -= 1 << bits
        return v
    if fmt is not None:
        if not isinstance(v, (int, float)):
            raise TypeError("must be real number, not %s" % type(v).__name__)
        v = float(v)
        return struct.unpack('f', struct.pack('f', v))[0] if fmt == 'f' else v
    if code == 'c':
        if isinstance(v, int) and 0 <= v < 256:
            return bytes([v])
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise TypeError("one character bytes, bytearray or integer expected")
        return bytes(v)
    if code == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("one character unicode string expected")
        return v
    return bool(v)


def _zero(code):
    return {'c': b'\x00', 'u': '\x00', '?': False, 'f': 0.0, 'd': 0.0}.get(code, 0)


class _Raw:
    """A C value: `.value` with the type code's semantics."""

    def __init__(self, code, *args):
        self._code = code
        self._value = _convert(code, args[0]) if args else _zero(code)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = _convert(self._code, v)

    def __repr__(self):
        return '%s(%r)' % (_TYPES[self._code][0], self._value)


class _RawArray:
    """A fixed-length C array."""

    def __init__(self, code, size_or_initializer):
        self._code = code
        if isinstance(size_or_initializer, int):
            self._items = [_zero(code)] * size_or_initializer
        else:
            self._items = [_convert(code, v) for v in size_or_initializer]

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if self._code == 'c' and not isinstance(i, slice):
            return self._items[i]
        if self._code == 'c':
            return b''.join(self._items[i])
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            vals = [_convert(self._code, x) for x in v]
            idx = range(*i.indices(len(self._items)))
            if len(vals) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for j, x in zip(idx, vals):
                self._items[j] = x
        else:
            self._items[i] = _convert(self._code, v)

    def __iter__(self):
        return iter(self._items)

    @property
    def value(self):
        if self._code == 'c':
            return b''.join(self._items).split(b'\x00', 1)[0]
        if self._code == 'u':
            return ''.join(self._items).split('\x00', 1)[0]
        raise AttributeError("'%s' object has no attribute 'value'" % self._ctype_name())

    @value.setter
    def value(self, v):
        if self._code not in 'cu':
            raise AttributeError("'%s' object has no attribute 'value'" % self._ctype_name())
        if len(v) > len(self._items):
            raise ValueError("byte string too long")
        for j, x in enumerate(v if self._code == 'u' else [v[k:k + 1] for k in range(len(v))]):
            self._items[j] = x
        if len(v) < len(self._items):
            self._items[len(v)] = _zero(self._code)

    @property
    def raw(self):
        if self._code != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % self._ctype_name())
        return b''.join(self._items)

    def _ctype_name(self):
        return '%s_Array_%d' % (_TYPES[self._code][0], len(self._items))

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s object at %#x>' % (self._ctype_name(), id(self))


def RawValue(typecode_or_type, *args):
    """A C value with no lock."""
    return _Raw(_kind(typecode_or_type), *args)


def RawArray(typecode_or_type, size_or_initializer):
    """A C array with no lock."""
    return _RawArray(_kind(typecode_or_type), size_or_initializer)


class _Synchronized:
    def __init__(self, obj, lock=None):
        self._obj = obj
        self._lock = lock or threading.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock


class Synchronized(_Synchronized):
    """A Value with its lock."""

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return '<Synchronized wrapper for %r>' % (self._obj,)


class SynchronizedArray(Synchronized):
    """An Array with its lock (`value` as Synchronized's, for 'c' and 'u' arrays)."""

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, v):
        with self._lock:
            self._obj[i] = v

    def __iter__(self):
        with self._lock:
            return iter(list(self._obj))

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    def __repr__(self):
        return '<SynchronizedArray wrapper for %r>' % (self._obj,)


def _lock_for(lock):
    if lock is True or lock is None:
        return None
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A C value with a lock (lock=False: without one)."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, _lock_for(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A C array with a lock (lock=False: without one)."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return SynchronizedArray(obj, _lock_for(lock))


def copy(obj):
    """A new raw object with the same type and value."""
    if isinstance(obj, _RawArray):
        return _RawArray(obj._code, list(obj._items))
    return _Raw(obj._code, obj.value)


def synchronized(obj, lock=None, ctx=None):
    """Wrap a raw value or array with a lock."""
    if isinstance(obj, _RawArray):
        return SynchronizedArray(obj, lock)
    return Synchronized(obj, lock)

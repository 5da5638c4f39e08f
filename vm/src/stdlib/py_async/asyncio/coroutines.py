"""iscoroutine / iscoroutinefunction (CPython 3.11's asyncio.coroutines)."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import collections.abc
import types

_CO_COROUTINE = 0x80
_is_coroutine = object()


def _unwrap(func):
    while True:
        if hasattr(func, '__func__'):
            func = func.__func__
        elif type(func).__name__ == 'partial' and hasattr(func, 'func'):
            func = func.func
        else:
            return func


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an `async def`)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    code = getattr(_unwrap(func), '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


# Prioritize native coroutine check to speed-up asyncio.iscoroutine.
_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType,
                    collections.abc.Coroutine)
_iscoroutine_typecache = set()


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if type(obj) in _iscoroutine_typecache:
        return True

    if isinstance(obj, _COROUTINE_TYPES):
        # Just in case we don't want to cache more than 100
        # positive types.  That shouldn't happen, unless
        # someone stressing the system on purpose.
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(type(obj))
        return True
    else:
        return False

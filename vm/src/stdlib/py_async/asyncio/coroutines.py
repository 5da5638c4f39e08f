"""iscoroutine / iscoroutinefunction (CPython 3.11's asyncio.coroutines)."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

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


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return type(obj).__name__ == 'coroutine' and hasattr(obj, 'cr_code') or (
        hasattr(obj, 'send') and hasattr(obj, 'throw') and hasattr(obj, 'close')
        and hasattr(obj, '__await__'))

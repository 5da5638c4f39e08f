"""Awaitables of coroutines and async generators (pyrs-nogil internal).

``coroutine.__await__()`` returns a ``coroutine_wrapper``; an async generator's
``__anext__()``/``asend()`` return an ``async_generator_asend`` and ``athrow()``/
``aclose()`` an ``async_generator_athrow``, as in CPython 3.11 (Objects/genobject.c).
They drive the generator through its native ``_pyrs_step(value, exc)``, which returns
``(True, v)`` for a value the generator yielded, ``(False, v)`` for one an inner ``await``
passes through to the event loop, and raises StopAsyncIteration when it returned.

``set_firstiter(hook)`` (per thread; the asyncio loop sets it while it runs) registers a
function called with the generator whenever one of these awaitables is created, like
CPython's ``sys.set_asyncgen_hooks(firstiter=...)``.
"""

import threading

_hooks = threading.local()


def set_firstiter(hook):
    """Set this thread's first-iteration hook (None: none); return the previous one."""
    old = getattr(_hooks, 'firstiter', None)
    _hooks.firstiter = hook
    return old


def _first_iter(gen):
    hook = getattr(_hooks, 'firstiter', None)
    if hook is not None:
        hook(gen)

_INIT, _ITER, _CLOSED = 0, 1, 2


class coroutine_wrapper:
    __slots__ = ('_coro',)

    def __init__(self, coro):
        self._coro = coro

    def __iter__(self):
        return self

    def __next__(self):
        return self._coro.send(None)

    def send(self, value):
        return self._coro.send(value)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()


def _exc_of(args):
    typ = args[0]
    val = args[1] if len(args) > 1 else None
    if isinstance(typ, BaseException):
        if val is not None:
            raise TypeError('instance exception may not have a separate value')
        return typ
    if isinstance(typ, type) and issubclass(typ, BaseException):
        if val is None:
            return typ()
        if isinstance(val, typ):
            return val
        return typ(val)
    raise TypeError('exceptions must be classes or instances deriving from '
                    'BaseException, not %s' % type(typ).__name__)


class async_generator_asend:
    __slots__ = ('_gen', '_value', '_state')

    def __init__(self, gen, value):
        _first_iter(gen)
        self._gen = gen
        self._value = value
        self._state = _INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _result(self, step):
        if step[0]:
            self._state = _CLOSED
            raise StopIteration(step[1])
        return step[1]

    def send(self, value):
        if self._state == _CLOSED:
            raise RuntimeError('cannot reuse already awaited __anext__()/asend()')
        if self._state == _INIT:
            if value is None:
                value = self._value
            self._state = _ITER
        try:
            step = self._gen._pyrs_step(value)
        except BaseException:
            self._state = _CLOSED
            raise
        return self._result(step)

    def throw(self, *args):
        if self._state == _CLOSED:
            raise RuntimeError('cannot reuse already awaited __anext__()/asend()')
        exc = _exc_of(args)
        try:
            step = self._gen._pyrs_step(None, exc)
        except BaseException:
            self._state = _CLOSED
            raise
        return self._result(step)

    def close(self):
        self._state = _CLOSED


class async_generator_athrow:
    __slots__ = ('_gen', '_args', '_state')

    def __init__(self, gen, args):
        _first_iter(gen)
        self._gen = gen
        self._args = args      # None for aclose()
        self._state = _INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _step(self, value, exc):
        closing = self._args is None
        try:
            step = self._gen._pyrs_step(value, exc)
        except (GeneratorExit, StopAsyncIteration) if closing else StopAsyncIteration:
            self._state = _CLOSED
            if closing:
                raise StopIteration(None)
            raise
        except BaseException:
            self._state = _CLOSED
            raise
        if step[0]:
            self._state = _CLOSED
            if closing:
                raise RuntimeError('async generator ignored GeneratorExit')
            raise StopIteration(step[1])
        return step[1]

    def send(self, value):
        if self._state == _CLOSED:
            raise RuntimeError('cannot reuse already awaited aclose()/athrow()')
        if self._state == _INIT:
            self._state = _ITER
            if self._args is None:
                return self._step(None, GeneratorExit())
            return self._step(None, _exc_of(self._args))
        return self._step(value, None)

    def throw(self, *args):
        if self._state == _CLOSED:
            raise RuntimeError('cannot reuse already awaited aclose()/athrow()')
        return self._step(None, _exc_of(args))

    def close(self):
        self._state = _CLOSED


async def _anext_default(awaitable, default):
    """`anext(it, default)`: await `it.__anext__()`, giving `default` at its end."""
    try:
        return await awaitable
    except StopAsyncIteration:
        return default

"""Register functions to be called when the interpreter exits (pyrs-nogil).

The runtime calls _run_exitfuncs() once the main program has finished (after threading's
shutdown), before the standard streams are flushed; callbacks run last-registered first.
"""

__all__ = ["register", "unregister"]

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register func(*args, **kwargs) to run at exit; returns func (usable as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func."""
    _callbacks[:] = [c for c in _callbacks if not (c[0] == func)]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    import sys
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            try:
                import traceback
                chunks = [c for c in traceback.format_exception(exc)
                          if not c.startswith('  File "%s"' % __file__)]
                sys.stdout.flush()
                sys.stderr.write(f"Exception ignored in atexit callback: {func!r}\n" + "".join(chunks))
            except BaseException:
                pass

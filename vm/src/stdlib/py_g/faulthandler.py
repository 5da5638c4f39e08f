"""faulthandler (pyrs-nogil): CPython 3.11's API, honestly reduced.

`enable`/`disable`/`is_enabled` keep the flag CPython keeps (and `python -X faulthandler`
is not consulted); no fatal-signal handler is installed, so a crash of the runtime itself
prints nothing extra. `dump_traceback` writes the calling thread's Python stack in
CPython's format ("Stack (most recent call first):"); with all_threads=True it still shows
only the current thread, under CPython's "Current thread 0x...". `dump_traceback_later`,
`register` and their cancels record their arguments and never fire."""
#@native *

import sys as _sys

_enabled = False
_file = None


def _fileno_of(file):
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file, None
    try:
        fd = file.fileno()
    except AttributeError:
        raise AttributeError(f"'{type(file).__name__}' object has no attribute 'fileno'") from None
    return fd, file


def enable(file=None, all_threads=True):
    global _enabled, _file
    _fileno_of(file)
    _enabled = True
    _file = file


def disable():
    global _enabled, _file
    _enabled = False
    _file = None


def is_enabled():
    return _enabled


def _format_stack(frame):
    lines = []
    depth = 0
    while frame is not None and depth < 100:
        code = frame.f_code
        lines.append(f'  File "{code.co_filename}", line {frame.f_lineno} in {code.co_name}\n')
        frame = frame.f_back
        depth += 1
    return ''.join(lines)


def _write(file, text):
    fd, obj = _fileno_of(file)
    if obj is not None:
        try:
            obj.flush()
        except Exception:
            pass
        obj.write(text)
        try:
            obj.flush()
        except Exception:
            pass
    else:
        import os
        os.write(fd, text.encode('utf-8', 'backslashreplace'))


def dump_traceback(file=None, all_threads=True):
    frame = _sys._getframe(1)
    if all_threads:
        import _thread
        head = 'Current thread 0x%016x (most recent call first):\n' % _thread.get_ident()
    else:
        head = 'Stack (most recent call first):\n'
    _write(file, head + _format_stack(frame))


_later = None


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    global _later
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    _fileno_of(file)
    _later = (timeout, repeat, file, exit)


def cancel_dump_traceback_later():
    global _later
    _later = None


_registered = {}


def register(signum, file=None, all_threads=True, chain=False):
    _fileno_of(file)
    _registered[signum] = (file, all_threads, chain)


def unregister(signum):
    return _registered.pop(signum, None) is not None

"""Signal numbers and handlers (pyrs-nogil), with CPython 3.11's names and values on Linux.

What works: the Signals/Handlers/Sigmasks enums and constants, signal() and getsignal()
(recording a handler per signal, with CPython's checks), default_int_handler, strsignal,
valid_signals, and raise_signal, which runs the recorded Python handler (or, for SIG_DFL,
delivers the signal to the process with os.kill).

Limitation: signals delivered by the operating system (Ctrl-C, kill from another process)
are not routed to Python handlers: this runtime installs no native signal handlers, so
those signals take their default action."""

import os as _os
import sys as _sys
import threading as _threading
from enum import IntEnum as _IntEnum

_SIGNALS = {
    'SIGHUP': 1, 'SIGINT': 2, 'SIGQUIT': 3, 'SIGILL': 4, 'SIGTRAP': 5, 'SIGABRT': 6,
    'SIGIOT': 6, 'SIGBUS': 7, 'SIGFPE': 8, 'SIGKILL': 9, 'SIGUSR1': 10, 'SIGSEGV': 11,
    'SIGUSR2': 12, 'SIGPIPE': 13, 'SIGALRM': 14, 'SIGTERM': 15, 'SIGSTKFLT': 16,
    'SIGCHLD': 17, 'SIGCONT': 18, 'SIGSTOP': 19, 'SIGTSTP': 20, 'SIGTTIN': 21,
    'SIGTTOU': 22, 'SIGURG': 23, 'SIGXCPU': 24, 'SIGXFSZ': 25, 'SIGVTALRM': 26,
    'SIGPROF': 27, 'SIGWINCH': 28, 'SIGIO': 29, 'SIGPOLL': 29, 'SIGPWR': 30, 'SIGSYS': 31,
    'SIGRTMIN': 34, 'SIGRTMAX': 64,
}

Signals = _IntEnum('Signals', _SIGNALS, module=__name__)
Handlers = _IntEnum('Handlers', {'SIG_DFL': 0, 'SIG_IGN': 1}, module=__name__)
Sigmasks = _IntEnum('Sigmasks', {'SIG_BLOCK': 0, 'SIG_UNBLOCK': 1, 'SIG_SETMASK': 2},
                    module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

NSIG = 65

_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception',
    9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault',
    12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
    16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
    20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)',
    23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
    30: 'Power failure', 31: 'Bad system call',
}
for _n in range(34, 65):
    _DESCRIPTIONS[_n] = 'Real-time signal %d' % (_n - 34)
del _n


def default_int_handler(signalnum, frame, /):
    """The default SIGINT handler: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


# Handlers as CPython starts: SIGINT raises KeyboardInterrupt, SIGPIPE and SIGXFSZ are
# ignored, the rest take the default action.
_handlers = {n: SIG_DFL for n in range(1, NSIG) if n not in (32, 33)}
_handlers[2] = default_int_handler
_handlers[13] = SIG_IGN
_handlers[25] = SIG_IGN
_lock = _threading.Lock()


def _signum(signalnum):
    if not isinstance(signalnum, int):
        if hasattr(type(signalnum), '__index__'):
            signalnum = type(signalnum).__index__(signalnum)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(signalnum).__name__)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return int(signalnum)


def _wrap(value, enum):
    try:
        return enum(value)
    except ValueError:
        return value


def signal(signalnum, handler, /):
    """Set the handler for a signal: SIG_IGN, SIG_DFL or a callable taking (signum, frame).
    Returns the previous handler. Only the main thread may set handlers."""
    n = _signum(signalnum)
    if _threading.current_thread() is not _threading.main_thread():
        raise ValueError("signal only works in main thread of the main interpreter")
    if handler not in (SIG_IGN, SIG_DFL) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                        "or a callable object")
    if n in (9, 19, 32, 33):
        raise OSError(22, 'Invalid argument')
    if not callable(handler):
        handler = _wrap(int(handler), Handlers)
    with _lock:
        old = _handlers.get(n, SIG_DFL)
        _handlers[n] = handler
    return old


def getsignal(signalnum, /):
    """The current handler of a signal (SIG_IGN, SIG_DFL or a Python callable)."""
    n = _signum(signalnum)
    return _handlers.get(n, SIG_DFL)


def strsignal(signalnum, /):
    """The system's description of a signal, or None for a number it does not know."""
    n = _signum(signalnum)
    return _DESCRIPTIONS.get(n)


def valid_signals():
    """The set of signal numbers valid on this platform."""
    return {_wrap(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum, /):
    """Send a signal to the calling process: a Python handler runs at once, SIG_IGN does
    nothing, SIG_DFL takes the signal's default action."""
    n = _signum(signalnum)
    if n in (32, 33):
        raise OSError(22, 'Invalid argument')
    handler = _handlers.get(n, SIG_DFL)
    if handler == SIG_IGN and not callable(handler):
        return
    if callable(handler):
        handler(n, _sys._getframe(1))
        return
    _os.kill(_os.getpid(), n)

"""The event loop policy and the running loop (CPython 3.11's asyncio.events).

The loop itself is `base_events.BaseEventLoop`: it keeps a deque of ready callbacks and a
heap of timers; when nothing is ready it waits on a condition variable until the next timer
is due or another thread calls `call_soon_threadsafe` (there are no sockets or selectors: no
network, subprocess or signal APIs).
"""

import threading

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop_policy',
           'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop')


class Handle:
    """A callback registered with a loop."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        self._context = context

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        name = getattr(self._callback, '__qualname__', None) or repr(self._callback)
        return f'<{type(self).__name__}{state} {name}()>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            if self._context is not None:
                self._context.run(self._callback, *self._args)
            else:
                self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._callback!r}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled for a time (`loop.time()` clock)."""

    __slots__ = ('_when', '_seq', '_scheduled')

    def __init__(self, when, callback, args, loop, seq, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)

    def when(self):
        return self._when


class AbstractEventLoop:
    """Abstract event loop (only a marker class here)."""


def _set_result_if_pending(fut, result):
    if not fut.done():
        fut.set_result(result)


# -- the running loop and the policy --

class _RunningLoop(threading.local):
    loop = None


_running_loop = _RunningLoop()


def _get_running_loop():
    return _running_loop.loop


def _set_running_loop(loop):
    _running_loop.loop = loop


def get_running_loop():
    """Return the running event loop; raise RuntimeError if there is none."""
    loop = _running_loop.loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


class AbstractEventLoopPolicy:
    """Abstract policy (marker)."""


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    class _Local(threading.local):
        loop = None
        set_called = False

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        if (self._local.loop is None and not self._local.set_called
                and threading.current_thread() is threading.main_thread()):
            self.set_event_loop(self.new_event_loop())
        if self._local.loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return self._local.loop

    def set_event_loop(self, loop):
        self._local.set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local.loop = loop

    def new_event_loop(self):
        from .base_events import BaseEventLoop
        return BaseEventLoop()


_policy = None
_policy_lock = threading.Lock()


def get_event_loop_policy():
    global _policy
    if _policy is None:
        with _policy_lock:
            if _policy is None:
                _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _policy = policy


def get_event_loop():
    """The running loop, else the current thread's loop (created on the main thread)."""
    loop = _running_loop.loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()

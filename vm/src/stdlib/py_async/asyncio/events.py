"""The event loop (CPython 3.11's asyncio.events and base_events, without I/O).

The loop keeps a deque of ready callbacks and a heap of timers; when nothing is ready it
waits on a condition variable until the next timer is due or another thread calls
`call_soon_threadsafe` (there are no sockets or selectors: no network, subprocess or signal
APIs).
"""

import collections
import heapq
import itertools
import math
import sys
import threading
import time

import _pyrs_async

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop_policy',
           'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop',
           'BaseEventLoop')


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


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._seq = itertools.count()
        self._closed = False
        self._stopping = False
        self._thread_id = None
        self._lock = threading.Lock()
        self._wakeup = threading.Condition(self._lock)
        self._threadsafe = collections.deque()
        self._default_executor = None
        self._exception_handler = None
        self._task_factory = None
        self._debug = False
        self._asyncgens = {}      # async generators first iterated here, in order

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self._closed} debug={self._debug}>')

    # -- scheduling --
    def time(self):
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if not callable(callback):
            raise TypeError('a callable object was expected by call_soon(), '
                            f'got {callback!r}')
        h = Handle(callback, args, self, context)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        h = TimerHandle(when, callback, args, self, next(self._seq), context)
        heapq.heappush(self._scheduled, h)
        return h

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self, context)
        with self._wakeup:
            self._threadsafe.append(h)
            self._wakeup.notify()
        return h

    # -- futures and tasks --
    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is not None:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
            return task
        from .tasks import Task
        return Task(coro, loop=self, name=name, context=context)

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running --
    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def run_forever(self):
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')
        self._thread_id = threading.get_ident()
        _set_running_loop(self)
        old_hook = _pyrs_async.set_firstiter(self._asyncgen_firstiter)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _set_running_loop(None)
            _pyrs_async.set_firstiter(old_hook)

    def _asyncgen_firstiter(self, agen):
        gens = self._asyncgens
        if agen in gens:
            return
        if len(gens) >= 256:
            # Forget finished generators (there are no weak references to track them).
            for g in [g for g in gens if g.ag_frame is None]:
                del gens[g]
        gens[agen] = None

    def run_until_complete(self, future):
        from . import futures, tasks
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)

        def done(fut):
            fut.get_loop().stop()

        future.add_done_callback(done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def _run_once(self):
        ready = self._ready
        sched = self._scheduled
        while sched and sched[0]._cancelled:
            heapq.heappop(sched)
        if ready or self._stopping:
            timeout = 0
        elif sched:
            # Whole milliseconds, rounded up, as CPython's epoll selector waits: timers due
            # within the same millisecond then run in the same iteration, as they do there.
            timeout = math.ceil(max(0, sched[0]._when - self.time()) * 1e3) * 1e-3
        else:
            timeout = None
        with self._wakeup:
            if not self._threadsafe and timeout != 0:
                self._wakeup.wait(timeout)
            while self._threadsafe:
                ready.append(self._threadsafe.popleft())
        end = self.time()
        while sched and sched[0]._when <= end:
            h = heapq.heappop(sched)
            if not h._cancelled:
                ready.append(h)
        for _ in range(len(ready)):
            h = ready.popleft()
            if not h._cancelled:
                h._run()

    # -- executors --
    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
                self._default_executor = executor
        from .futures import wrap_future
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self):
        executor = self._default_executor
        if executor is None:
            return
        self._default_executor = None
        future = self.create_future()

        def run():
            try:
                executor.shutdown(wait=True)
                self.call_soon_threadsafe(_set_result_if_pending, future, None)
            except BaseException as exc:
                self.call_soon_threadsafe(future.set_exception, exc)

        t = threading.Thread(target=run)
        t.start()
        try:
            await future
        finally:
            t.join()

    async def shutdown_asyncgens(self):
        gens = [g for g in self._asyncgens if g.ag_frame is not None]
        self._asyncgens.clear()
        if not gens:
            return
        from .tasks import gather
        results = await gather(*[g.aclose() for g in gens], return_exceptions=True)
        for result, agen in zip(results, gens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    # -- errors --
    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        sys.stderr.write('\n'.join(lines) + '\n')
        exc = context.get('exception')
        if exc is not None:
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })


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

"""The event loop (CPython 3.11's asyncio.base_events, without I/O).

`BaseEventLoop` keeps a deque of ready callbacks and a heap of timers (see `events` for the
wake-up scheme). It lives in its own module, as in CPython, so that an exception leaving
`asyncio.run` shows CPython's frame `base_events.py, line 653, in run_until_complete`.
"""

import collections
import heapq
import itertools
import math
import sys
import threading
import time

import _pyrs_async

from .events import (AbstractEventLoop, Handle, TimerHandle, _get_running_loop,
                     _set_running_loop, _set_result_if_pending)

__all__ = ('BaseEventLoop',)


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
#@line 653
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

"""ThreadPoolExecutor: run calls on a pool of worker threads (in parallel here).

Work items go through one SimpleQueue per executor; workers take them until they see None,
which shutdown() (or interpreter exit) puts in the queue and every exiting worker puts back for
the next. Workers are non-daemon threads: at interpreter exit `_python_exit` (registered with
threading._register_atexit, so it runs before non-daemon threads are joined) tells them all to
finish their current work and stop.
"""

from concurrent.futures import _base
import queue
import threading
from _thread import _slice_mark

try:
    import os as _os
except ImportError:
    _os = None


# Every live worker thread -> its executor's work queue; guarded by _global_shutdown_lock,
# which also guards _shutdown (set once the interpreter is exiting).
_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self, idle=None):
        # `idle`: the executor's idle semaphore, released once this worker is free (_complete).
        if not self.future.set_running_or_notify_cancel():
            return idle is not None and idle.release()
        try:
#@line 58
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            _complete(idle, self.future, self.future.set_exception, exc)
            self = None  # break the cycle exception -> traceback -> this frame
        else:
            _complete(idle, self.future, self.future.set_result, result)
    __class_getitem__ = classmethod(lambda cls, item: _base._generic_alias(cls, item))


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
#@line 72
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            _forget_worker()
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                # Tells submit() this worker is free, so it need not start a new one.
                work_item.run(executor._idle_semaphore)
                del work_item
                continue
            # None: the executor is shutting down (or the interpreter is). Pass the signal on
            # to the next worker and stop.
            executor._shutdown = True
            work_queue.put(None)
            return
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)
    finally:
        _forget_worker()


def _complete(idle, future, complete, value):
    # The worker counts as idle before it completes the future: under CPython's GIL a thread
    # that waited for the future runs only once the worker has gone back to its queue, so a
    # submit() right after result() always finds the worker idle and starts no other thread.
    # Done-callbacks run in complete() on this thread, so with callbacks the worker is idle only
    # after them, as in CPython.
    if idle is not None and not future._done_callbacks:
        idle.release()
        idle = None
    complete(value)
    if idle is not None:
        idle.release()


def _forget_worker():
    with _global_shutdown_lock:
        _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread of a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):
    """An executor running calls on up to `max_workers` threads (default
    min(32, os.cpu_count() + 4)), started on demand and reused; idle workers are preferred to
    new ones. Worker threads are named "<thread_name_prefix>_<n>"."""

    # Numbers the default thread-name prefixes ("ThreadPoolExecutor-N").
    _counter_lock = threading.Lock()
    _counter_value = 0

    @classmethod
    def _counter(cls):
        with ThreadPoolExecutor._counter_lock:
            n = ThreadPoolExecutor._counter_value
            ThreadPoolExecutor._counter_value = n + 1
        return n

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            # Threads here also run CPU-bound work in parallel; the CPython default still keeps
            # I/O-bound pools busy without creating too many threads on large machines.
            max_workers = min(32, (_cpu_count() or 1) + 4)
        if max_workers <= 0:
#@line 144
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
#@line 147
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
#@line 164
                raise BrokenThreadPool(self._broken)

            if self._shutdown:
#@line 167
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
#@line 169
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            f._slice_mark = _slice_mark()
            w = _WorkItem(f, fn, args, kwargs)

            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # Called with self._shutdown_lock and _global_shutdown_lock held. An idle worker will
        # take the new item: don't start another thread.
        if self._idle_semaphore.acquire(timeout=0):
            return

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self,
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail every work item still queued.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Cancel the items no worker has taken yet.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()

            # Wake the workers so they see the shutdown.
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__


def _cpu_count():
    n = None
    if _os is not None and hasattr(_os, 'cpu_count'):
        n = _os.cpu_count()
    if n is None:
        import _thread
        n = _thread._cpu_count()
    return n

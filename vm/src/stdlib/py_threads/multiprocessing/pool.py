"""multiprocessing.pool: Pool and ThreadPool, whose workers are threads of this process.

pyrs-nogil runs threads in parallel, so a Pool's workers are threads (see
multiprocessing.process): arguments and results are shared, not pickled, so functions that
CPython could not pickle (lambdas, closures) work too. Results, ordering, exceptions
re-raised in the caller, callbacks, timeouts (multiprocessing.TimeoutError), close/terminate/
join and the context manager follow CPython 3.11. maxtasksperchild is accepted and ignored;
chunksize only validates.
"""

import collections
import itertools
import threading

from multiprocessing import process as _process
from multiprocessing.context import TimeoutError

__all__ = ['Pool', 'ThreadPool']

RUN = 0
CLOSE = 1
TERMINATE = 2

_pool_counter = itertools.count(1)


class _WorkerProcess(_process.BaseProcess):
    """What current_process() returns inside a pool worker."""

    def __init__(self, name):
        super().__init__(name=name)


class ApplyResult:
    """The pending result of one task (apply_async)."""

    def __init__(self, pool, callback=None, error_callback=None):
        self._pool = pool
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, success, value):
        self._success, self._value = success, value
        if self._callback and success:
            self._callback(value)
        if self._error_callback and not success:
            self._error_callback(value)
        self._event.set()


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The pending result of a map_async/starmap_async: a list in input order."""

    def __init__(self, pool, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._value = [None] * length
        self._left = length
        self._lock = threading.Lock()
        if length == 0:
            self._success = True
            self._event.set()
            if callback:
                callback(self._value)

    def _set_item(self, i, success, value):
        with self._lock:
            if self._event.is_set():
                return
            if not success:
                self._left = -1
                last = True
            else:
                self._value[i] = value
                self._left -= 1
                last = self._left == 0
        if last:
            if success:
                ApplyResult._set(self, True, self._value)
            else:
                ApplyResult._set(self, False, value)


class IMapIterator:
    """The iterator imap returns: results in input order, each as soon as it is ready."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._items:
                    success, value = self._items.popleft()
                    break
                if self._index == self._length:
                    raise StopIteration from None
                if not self._cond.wait(timeout):
                    if self._items:
                        continue
                    if self._index == self._length:
                        raise StopIteration from None
                    raise TimeoutError from None
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    self._items.append(self._unsorted.pop(self._index))
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()


class IMapUnorderedIterator(IMapIterator):
    """imap_unordered's iterator: results in completion order."""

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()


class Pool:
    """A pool of worker threads with CPython's multiprocessing.Pool API."""

    _wrap_exception = True
    _worker_name = 'ForkPoolWorker'

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        import os
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._state = RUN
        self._tasks = collections.deque()
        self._cond = threading.Condition(threading.Lock())
        self._workers = []
        for _ in range(processes):
            t = threading.Thread(target=self._worker, daemon=True,
                                 name='%s-%d' % (self._worker_name, next(_pool_counter)))
            self._workers.append(t)
            t.start()

    def _worker(self):
        if self._worker_name:
            _process._current.process = _WorkerProcess(threading.current_thread().name)
        if self._initializer is not None:
            self._initializer(*self._initargs)
        while True:
            with self._cond:
                while not self._tasks and self._state == RUN:
                    self._cond.wait()
                if not self._tasks or self._state == TERMINATE:
                    return
                func, args, kwds, done = self._tasks.popleft()
            try:
                result = (True, func(*args, **kwds))
            except Exception as e:
                result = (False, e)
            done(result)

    def _submit(self, func, args, kwds, done):
        with self._cond:
            self._tasks.append((func, args, kwds, done))
            self._cond.notify()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """Call func(*args, **kwds) in a worker and return its result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """Like apply, returning an AsyncResult at once."""
        self._check_running()
        r = ApplyResult(self, callback, error_callback)
        self._submit(func, tuple(args), dict(kwds), lambda res: r._set(*res))
        return r

    def _map_async(self, func, iterable, star, chunksize, callback, error_callback):
        self._check_running()
        if chunksize is not None and chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        items = list(iterable)
        r = MapResult(self, len(items), callback, error_callback)
        for i, x in enumerate(items):
            args = tuple(x) if star else (x,)
            self._submit(func, args, {}, lambda res, i=i: r._set_item(i, *res))
        return r

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed by the workers, in order."""
        return self._map_async(func, iterable, False, chunksize, None, None).get()

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable], computed by the workers, in order."""
        return self._map_async(func, iterable, True, chunksize, None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, False, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, True, chunksize, callback, error_callback)

    def _imap(self, cls, func, iterable, chunksize):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        it = cls(self)
        n = 0
        for i, x in enumerate(iterable):
            self._submit(func, (x,), {}, lambda res, i=i: it._set(i, res))
            n += 1
        it._set_length(n)
        return it

    def imap(self, func, iterable, chunksize=1):
        """An iterator of func(x) for x in iterable, in order."""
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        """An iterator of func(x) for x in iterable, as they complete."""
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def close(self):
        """No more tasks; the workers end once the queued tasks are done."""
        with self._cond:
            if self._state == RUN:
                self._state = CLOSE
            self._cond.notify_all()

    def terminate(self):
        """Stop at once: queued tasks that have not started are dropped."""
        with self._cond:
            self._state = TERMINATE
            self._tasks.clear()
            self._cond.notify_all()

    def join(self):
        """Wait for the workers to end (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        for t in self._workers:
            t.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')

    def __repr__(self):
        state = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return '<%s.%s state=%s pool_size=%d>' % (type(self).__module__, type(self).__qualname__,
                                                 state, len(self._workers))


class ThreadPool(Pool):
    """Pool whose workers are threads (as every pool's are here)."""

    _worker_name = None

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

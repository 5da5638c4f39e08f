"""Futures, executors and the wait()/as_completed() helpers of concurrent.futures.

A Future's state and result are guarded by its `_condition`. Functions that watch several
futures at once (wait, as_completed) install a waiter object on each of them; a future reports
its completion to its waiters while holding its own condition, and each waiter guards its own
list of finished futures with its own lock (several futures may finish at the same instant on
different threads).
"""

import sys as _sys
import threading
from _thread import _same_slice
import time
from time import monotonic as _time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# Future states.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                             # cancelled, waiters not told yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'   # cancelled, waiters told
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError  # the builtin, as in CPython 3.11


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


class _Waiter:
    # Collects the futures that finish while someone waits on several of them.

    def __init__(self):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []

    def _finished(self, future):
        with self.lock:
            self.finished_futures.append(future)

    def add_result(self, future):
        self._finished(future)

    def add_exception(self, future):
        self._finished(future)

    def add_cancelled(self, future):
        self._finished(future)


class _AsCompletedWaiter(_Waiter):
    # as_completed(): wake the consumer on every completion.

    def _finished(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    # wait(return_when=FIRST_COMPLETED).

    def _finished(self, future):
        with self.lock:
            self.finished_futures.append(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    # wait(return_when=ALL_COMPLETED or FIRST_EXCEPTION): wake when every pending future is
    # done, or (FIRST_EXCEPTION) as soon as one raised.

    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        _Waiter.__init__(self)

    def _count_down(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        self._count_down(future)

    def add_exception(self, future):
        if self.stop_on_exception:
            with self.lock:
                self.finished_futures.append(future)
            self.event.set()
        else:
            self._count_down(future)

    def add_cancelled(self, future):
        self._count_down(future)


class _AcquireFutures:
    # Hold the conditions of several futures at once, always in the same (id) order so that
    # two threads doing this never deadlock.

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    # Called with every future's condition held.
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(
            f._state not in [CANCELLED_AND_NOTIFIED, FINISHED] for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


def _end_slice_if_behind(fs):
    # Under CPython's GIL a future an idle pool thread finished while its submitter ran on is
    # still pending when the submitter checks it, so the submitter blocks here: end its slice
    # (Future._finished_behind_submitter, vm/src/first_slice.rs).
    for f in fs:
        if getattr(f, '_slice_mark', None) is not None and f._finished_behind_submitter():
            return


def as_completed(fs, timeout=None):
    """Iterate over the futures in `fs` (duplicates counted once) as they complete, finished or
    cancelled. TimeoutError ("N (of M) futures unfinished") if they are not all done within
    `timeout` seconds of this call."""
    if timeout is not None:
        end_time = timeout + _time()

    fs = set(fs)
    _end_slice_if_behind(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        while finished:
            f = finished.pop()
            pending.discard(f)
            yield f
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time()
                if wait_timeout < 0:
#@line 239
                    raise TimeoutError(
                            '%d (of %d) futures unfinished' % (
                            len(pending), total_futures))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # Oldest completion first.
            finished.reverse()
            while finished:
                f = finished.pop()
                pending.discard(f)
                yield f
    finally:
        _remove_waiter(fs, waiter)


class DoneAndNotDoneFutures(tuple):
    """DoneAndNotDoneFutures(done, not_done): the result of wait()."""

    __slots__ = ()
    _fields = ('done', 'not_done')

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0], self[1])

    def _asdict(self):
        return {'done': self[0], 'not_done': self[1]}

    def __getnewargs__(self):
        return tuple(self)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in `fs` to complete: return_when is FIRST_COMPLETED,
    FIRST_EXCEPTION or ALL_COMPLETED. Returns DoneAndNotDoneFutures(done, not_done) (sets);
    after `timeout` seconds returns whatever is done by then."""
    fs = set(fs)
    _end_slice_if_behind(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif return_when == FIRST_EXCEPTION and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)

    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    with waiter.lock:
        done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
#@line 317
        return fut.result(timeout)
    finally:
        fut.cancel()


class Future:
    """The result of an asynchronous computation."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []
        # Set by ThreadPoolExecutor.submit: the submitting thread's slice (see result()).
        self._slice_mark = None

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
#@line 340
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            state = self._state
            if state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[state])

    def cancel(self):
        """Cancel the future unless it is running or done. Returns False if it could not be
        cancelled."""
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True if the future was cancelled or finished running."""
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        # Named and written as CPython's, whose frame a re-raised exception's traceback shows
        # (`__get_result`, `raise self._exception`).
        if self._exception:
            try:
#@line 401
                raise self._exception
            finally:
                self = None
        else:
            return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (right away if it already is)."""
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
#@line 424
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """The call's return value (waiting up to `timeout` seconds); re-raises its exception.
        CancelledError if cancelled, TimeoutError if not done in time."""
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
#@line 447
                raise CancelledError()
            elif self._state == FINISHED and not self._finished_behind_submitter():
#@line 449
                return self.__get_result()
            if self._state != FINISHED:
                self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
#@line 454
                raise CancelledError()
            elif self._state == FINISHED:
#@line 456
                return self.__get_result()
            else:
#@line 458
                raise TimeoutError()

    def _finished_behind_submitter(self):
        # Under CPython's GIL an idle pool thread cannot run the work before the submitting
        # thread blocks or a switch interval passes, so the submitter's result() right after
        # submit always finds the future pending and reports from the waiting path; keep that
        # order, as threading.Thread.start does (vm/src/first_slice.rs).
        mark = self._slice_mark
        return mark is not None and _same_slice(mark)

    def exception(self, timeout=None):
        """The exception raised by the call (None if it returned), waiting up to `timeout`
        seconds. CancelledError if cancelled, TimeoutError if not done in time."""
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
#@line 483
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception

            self._condition.wait(timeout)

            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
#@line 490
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
#@line 494
                raise TimeoutError()

    # For executors and tests.

    def set_running_or_notify_cancel(self):
        """Mark the future running (True), or, if it was cancelled, tell its waiters (False).
        Called by an executor just before running the work item."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
#@line 535
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Store the call's return value and wake everyone waiting for it."""
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
#@line 544
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Store the call's exception and wake everyone waiting for it."""
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
#@line 559
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


class Executor:
    """Base class of executors: submit() schedules a call and returns its Future."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); returns a Future for its result."""
#@line 581
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run concurrently (all submitted right
        away). The results come back in order; an exception raised by a call is raised when
        its result is reached; TimeoutError if a result is not ready within `timeout` seconds
        of this call."""
        if timeout is not None:
            end_time = timeout + _time()

        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            # The futures are kept in reverse so that pop() takes the next one and drops our
            # reference to it.
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
#@line 619
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once pending futures are done; no submit() after
        this. wait: block until they are; cancel_futures: cancel the ones not started yet."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _StderrLogger:
    # Stand-in for logging.getLogger("concurrent.futures") when the logging module is not
    # available: writes the message (and the current exception's traceback) to sys.stderr,
    # like logging's last-resort handler.

    name = "concurrent.futures"

    def _log(self, msg, args, exc_info):
        stream = _sys.stderr
        if stream is None:
            return
        if args:
            msg = msg % args
        text = str(msg) + "\n"
        if exc_info:
            exc = _sys.exc_info()[1] if exc_info is True else (
                exc_info[1] if isinstance(exc_info, tuple) else exc_info)
            if exc is not None:
                text += threading._format_exception(exc)
        stream.write(text)
        stream.flush()

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self._log(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=None, **kwargs):
        self._log(msg, args, exc_info)

    def error(self, msg, *args, exc_info=None, **kwargs):
        self._log(msg, args, exc_info)

    def warning(self, msg, *args, exc_info=None, **kwargs):
        self._log(msg, args, exc_info)

    def info(self, msg, *args, **kwargs):
        pass

    def debug(self, msg, *args, **kwargs):
        pass


try:
    import logging as _logging
    LOGGER = _logging.getLogger("concurrent.futures")
except ImportError:
    LOGGER = _StderrLogger()


def _generic_alias(cls, item):
    # `Queue[int]` and friends: a types.GenericAlias when the types module is available.
    try:
        from types import GenericAlias
    except ImportError:
        return cls
    return GenericAlias(cls, item)

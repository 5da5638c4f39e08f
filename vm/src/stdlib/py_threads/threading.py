"""Thread objects and synchronization primitives, built on the native `_thread` module.

pyrs-nogil runs Python threads truly in parallel (there is no global interpreter lock), so
every piece of module state shared between threads below is guarded by an explicit lock;
nothing relies on a bytecode being atomic. Blocking always happens inside `_thread` lock
acquisitions (or `_thread._sleep`), which park the thread for the garbage collector.

The public API follows CPython 3.11's `threading` module.
"""

import sys as _sys
import _thread

try:
    from time import monotonic as _time
except ImportError:  # pragma: no cover - the time module is always built in
    def _time():
        raise RuntimeError("threading: no monotonic clock available")

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

# Returns after the new thread's first slice, as under the GIL (vm/src/first_slice.rs).
_start_new_thread = _thread._start_new_thread_first
_allocate_lock = _thread.allocate_lock
_CRLock = _thread.RLock
_format_exception = _thread._format_exception
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _allocate_lock

# ---------------------------------------------------------------------------
# Tracing and profiling hooks. The interpreter delivers no trace or profile events, so
# installing a function is refused here at once, as sys.settrace / sys.setprofile refuse it,
# rather than in every thread started later. None (no hook) is accepted.

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    if func is not None:
        _sys.settrace(func)
    _trace_hook = func


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    if func is not None:
        _sys.setprofile(func)
    _profile_hook = func


def gettrace():
    return _trace_hook


def getprofile():
    return _profile_hook


# ---------------------------------------------------------------------------
# Locks and conditions


def _deprecated(message):
    # DeprecationWarning for the camelCase aliases, pointing at the caller's caller (a no-op
    # when the warnings module is not available).
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may acquire it again; it must release it as
    many times as it acquired it."""
    return _CRLock(*args, **kwargs)


def _check_timeout(timeout):
    # Waits accept None (forever) or a number; negative numbers mean "don't wait".
    # CPython converts the timeout to its nanosecond clock first, which fails past about
    # 292 years (TIMEOUT_MAX is that, floored); a timeout that converts is waited out.
    if timeout is not None and timeout > 0 and timeout > 9223372036.854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return timeout


class Condition:
    """A condition variable: threads wait() on it until another thread that holds the
    underlying lock calls notify() or notify_all().

    Every waiter blocks on its own freshly allocated, already-held `_thread` lock; notify()
    wakes waiters by releasing their locks, oldest first. The list of waiters is only touched
    while the condition's lock is held.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Reentrant locks save and restore their recursion level around a wait; other locks
        # are released and re-acquired once.
        release_save = getattr(lock, '_release_save', None)
        acquire_restore = getattr(lock, '_acquire_restore', None)
        if release_save is not None and acquire_restore is not None:
            self._release_save = release_save
            self._acquire_restore = acquire_restore
        is_owned = getattr(lock, '_is_owned', None)
        if is_owned is not None:
            self._is_owned = is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # Generic fallback for lock types that cannot tell their owner: held by somebody.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or until the timeout (seconds) expires,
        re-acquire the lock. Returns False if the timeout expired, True otherwise."""
        if not self._is_owned():
#@line 319
            raise RuntimeError("cannot wait on un-acquired lock")
        _check_timeout(timeout)
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                waiter.acquire()
                woken = True
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken:
                # Timed out (or interrupted): nobody released our lock, so we are still queued
                # unless a notifier picked us in the meantime.
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (checked with the lock held); returns the last value
        of predicate(), which is false only if the timeout expired."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition (the lock must be held)."""
        if not self._is_owned():
#@line 377
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        woken = 0
        while waiters and woken < n:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                # Already released: that waiter is gone; don't count it.
                continue
            woken += 1

    def notify_all(self):
        """Wake up every thread waiting on this condition (the lock must be held)."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


class Semaphore:
    """A counter decremented by acquire() and incremented by release(); acquire() blocks while
    it is zero."""

    def __init__(self, value=1):
        if value < 0:
#@line 431
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d>" % (cls.__module__, cls.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting (up to timeout seconds when given) while it is zero.
        Returns True on success, False on a non-blocking or timed-out failure."""
        if not blocking and timeout is not None:
#@line 465
            raise ValueError("can't specify timeout for non-blocking acquire")
        # As in CPython, the timeout is first used by `_time() + timeout` and checked by the
        # condition's wait (an available semaphore ignores it).
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                        remaining = timeout
                    else:
                        remaining = deadline - _time()
                    if remaining <= 0:
                        return False
                    self._cond.wait(remaining)
                else:
                    self._cond.wait()
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking up to n waiting threads."""
        if n < 1:
#@line 495
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d/%d>" % (cls.__module__, cls.__qualname__, id(self),
                                                self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
#@line 542
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
#@line 545
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait for: set() wakes every waiter, clear() resets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self), status)

    def _at_fork_reinit(self):
        self._cond = Condition(Lock())

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true or the timeout expires; returns the flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
                # A set() that raced with a timeout still counts.
                signaled = signaled or self._flag
            return signaled


# Barrier phases.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A rendezvous for a fixed number of threads: wait() blocks until `parties` threads are
    waiting, then releases them all (and runs `action` in one of them).

    A barrier cycles between filling (threads arrive) and draining (threads leave); a new cycle
    starts only after every thread of the previous one has left. A timeout, an exception in
    `action`, abort() or reset() breaks it: current and later waiters get BrokenBarrierError
    (until reset()).
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._phase = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (cls.__module__, cls.__qualname__, id(self),
                                                   self.n_waiting, self.parties)

    # The line anchors (`#@line N`, vm/src/stdlib/source_map.rs) and the method names put the
    # frames of a BrokenBarrierError or a failing action where CPython's tracebacks show them.
    def wait(self, timeout=None):
        """Wait for the barrier; returns this thread's arrival index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
#@line 688
            self._enter() # Block while the barrier drains.
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    # We release the barrier
                    self._release()
                else:
                    # We wait until someone releases us
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        # A thread arriving while the previous cycle drains (or a reset runs) waits for it.
        while self._phase in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._phase < 0:
#@line 712
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
#@line 720
                self._action()
            self._phase = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
#@line 735
            raise BrokenBarrierError
        if self._phase < 0:
            raise BrokenBarrierError

    def _exit(self):
        # The last thread out ends the cycle (or the reset) and lets new arrivals in.
        if self._count == 0 and self._phase in (_RESETTING, _DRAINING):
            self._phase = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; threads waiting now get
        BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._phase == _FILLING:
                    self._phase = _RESETTING
                elif self._phase == _BROKEN:
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future waiters get BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._phase == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._phase == _BROKEN


# ---------------------------------------------------------------------------
# Thread registry.
#
# _active maps the ident of every running Thread to its object; _limbo holds threads between
# start() and the moment the new OS thread registers itself. Both are guarded by
# _active_limbo_lock (never held while calling user code or blocking).

_active_limbo_lock = _allocate_lock()
_active = {}
_limbo = {}

# Locks of running non-daemon threads, released when each thread ends; _shutdown() waits on
# them. Guarded by _shutdown_locks_lock.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = {}

# Thread name counter ("Thread-N"), shared by all threads.
_counter_lock = _allocate_lock()
_counter_value = 0


def _newname(name_template="Thread-%d"):
    global _counter_value
    with _counter_lock:
        _counter_value += 1
        n = _counter_value
    return name_template % n


def _maintain_shutdown_locks():
    # Kept for code that calls it; ended threads remove their own lock.
    pass


# ---------------------------------------------------------------------------
# Thread-local data (see `local` below): each thread that touched a local remembers it here
# so the thread's values are dropped when the thread ends. Guarded by _locals_lock.

_locals_lock = _allocate_lock()
_locals_by_thread = {}


def _forget_locals(ident):
    with _locals_lock:
        impls = _locals_by_thread.pop(ident, None)
    if impls:
        for impl in impls:
            impl.drop(ident)


class Thread:
    """A thread of control: pass a callable as `target` or override run() in a subclass, then
    call start(). Threads run truly in parallel here."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
#@line 910
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # refreshes _is_stopped
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity: run() is called in a new thread. At most once."""
        if not self._initialized:
#@line 956
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
#@line 959
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            if self._started.is_set() or self in _limbo:
                raise RuntimeError("threads can only be started once")
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                _limbo.pop(self, None)
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: calls target(*args, **kwargs). Override in subclasses."""
        try:
            if self._target is not None:
#@line 982
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references (the Thread object may outlive its arguments' usefulness).
            # Rebinding rather than deleting keeps the instance dict's shape stable while
            # other threads read it.
            self._target = None
            self._args = self._kwargs = None

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except BaseException:
            # Only reachable when the interpreter is tearing down under a daemon thread.
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # Held for the whole life of the thread; join() waits on it.
        lock = _allocate_lock()
        lock.acquire()
        self._tstate_lock = lock
        if not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks[lock] = lock

    def _bootstrap_inner(self):
        try:
            _thread._set_name(self._name)
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                _limbo.pop(self, None)
            self._started.set()
            if _trace_hook is not None:
                settrace_fn = getattr(_sys, 'settrace', None)
                if settrace_fn is not None:
                    settrace_fn(_trace_hook)
            if _profile_hook is not None:
                setprofile_fn = getattr(_sys, 'setprofile', None)
                if setprofile_fn is not None:
                    setprofile_fn(_profile_hook)
            try:
#@line 1045
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _delete(self):
        # The thread is ending: unregister it, drop its thread-local values, then release the
        # lock join() waits on (last, so a joiner sees a fully cleaned-up thread).
        ident = self._ident
        with _active_limbo_lock:
            if _active.get(ident) is self:
                del _active[ident]
        _forget_locals(ident)
        # Hand this thread's contention recording over before a joiner can see it ended.
        _thread._contention_done()
        lock = self._tstate_lock
        if lock is not None:
            if not self._daemonic:
                with _shutdown_locks_lock:
                    _shutdown_locks.pop(lock, None)
            self._is_stopped = True
            lock.release()

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            # Already stopped (or never had a lock).
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        """Wait until the thread ends, or until `timeout` seconds passed (then check
        is_alive() to know which)."""
        if not self._initialized:
#@line 1112
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
#@line 1114
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
#@line 1116
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            _check_timeout(timeout)
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
#@line 1226
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


def _daemon_threads_allowed():
    return True


class _ExceptHookArgsType(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback, thread)."""

    __slots__ = ()
    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))

    def __reduce__(self):
        return (type(self), (tuple(self),))


_ExceptHookArgsType.__name__ = '_ExceptHookArgs'
_ExceptHookArgsType.__qualname__ = '_ExceptHookArgs'
_ExceptHookArgsType.__module__ = '_thread'


# As in CPython, threading.ExceptHookArgs is the struct-sequence type itself.
ExceptHookArgs = _ExceptHookArgsType


def excepthook(args, /):
    """Handle an exception raised by Thread.run(): print "Exception in thread NAME:" and the
    traceback to sys.stderr (SystemExit is ignored silently)."""
    if not isinstance(args, ExceptHookArgs):
        raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = getattr(args.thread, '_stderr', None)
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    text = "Exception in thread %s:\n" % name
    if args.exc_value is not None:
        text += _format_exception(args.exc_value)
    elif args.exc_type is not None:
        text += "%s\n" % args.exc_type.__name__
    stderr.write(text)
    stderr.flush()


__excepthook__ = excepthook


def _make_invoke_excepthook():
    # As in CPython: each Thread makes its own when created (failing then if either hook is
    # None), and the report's frame is `invoke_excepthook` at CPython's line.
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
#@line 1332
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
#@line 1334
        raise RuntimeError("sys.excepthook is None")
    sys_exc_info = _sys.exc_info

    def invoke_excepthook(thread):
        """Report the exception being handled in `thread` through threading.excepthook (looked
        up at call time, so it can be replaced); a failing hook is reported through
        sys.excepthook."""
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*sys_exc_info(), thread])
#@line 1349
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            stderr = _sys.stderr
            if stderr is None:
                stderr = thread._stderr
            if stderr is not None:
                stderr.write("Exception in threading.excepthook:\n")
                stderr.flush()
            sys_hook = _sys.excepthook
            if sys_hook is None:
                sys_hook = old_sys_excepthook
            sys_hook(*sys_exc_info())
        finally:
            args = None

    return invoke_excepthook


# CPython's excepthook is _thread._excepthook.
excepthook.__name__ = excepthook.__qualname__ = '_excepthook'
excepthook.__module__ = '_thread'


class Timer(Thread):
    """Call `function(*args, **kwargs)` after `interval` seconds, unless cancel() is called
    first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
#@line 1401
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # The thread that imported threading first (normally the program's main thread).

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        lock = _allocate_lock()
        lock.acquire()
        self._tstate_lock = lock
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread not started by this module (e.g. by _thread.start_new_thread) when
    # it calls current_thread(). It is a daemon and cannot be joined.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=_daemon_threads_allowed())
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the calling thread (a dummy one for threads not started by this
    module)."""
    ident = get_ident()
    with _active_limbo_lock:
        t = _active.get(ident)
    if t is None:
        t = _DummyThread()
    return t


def currentThread():
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """The number of Thread objects currently alive (including the main thread)."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """A list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The main Thread object (the thread the interpreter started in)."""
    return _main_thread


# ---------------------------------------------------------------------------
# Interpreter shutdown

_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Run func(*arg, **kwargs) when the main thread ends, before non-daemon threads are joined
    (used by concurrent.futures to stop its workers)."""
    with _shutdown_locks_lock:
        if _SHUTTING_DOWN:
#@line 1527
            raise RuntimeError("can't register atexit after shutdown")
        _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the runtime when the main program ends: run the _register_atexit callbacks
    (latest first), then wait for every non-daemon thread to end (including threads those
    threads start meanwhile)."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    tlock = _main_thread._tstate_lock
    if tlock is not None and tlock.locked():
        tlock.release()
    _main_thread._stop()
    with _shutdown_locks_lock:
        _SHUTTING_DOWN = True
        atexits = list(_threading_atexits)
    for atexit_call in reversed(atexits):
        atexit_call()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


# ---------------------------------------------------------------------------
# Thread-local data


class _LocalImpl:
    # Per-thread attribute dicts of one `local` object, keyed by thread ident. Each dict is only
    # read and written by its own thread; the mapping itself is guarded by `lock`.

    __slots__ = ('lock', 'dicts', 'args', 'kwargs')

    def __init__(self, args, kwargs):
        self.lock = _allocate_lock()
        self.dicts = {}
        self.args = args
        self.kwargs = kwargs

    def drop(self, ident):
        with self.lock:
            self.dicts.pop(ident, None)


def _local_dict(self, impl):
    # The calling thread's attribute dict of local object `self` (whose bookkeeping is `impl`),
    # created on the thread's first access; __init__ then runs again with the constructor's
    # arguments, as in CPython.
    ident = get_ident()
    with impl.lock:
        d = impl.dicts.get(ident)
        if d is not None:
            return d
        d = {}
        impl.dicts[ident] = d
    with _locals_lock:
        lst = _locals_by_thread.get(ident)
        if lst is None:
            _locals_by_thread[ident] = [impl]
        else:
            lst.append(impl)
    cls = type(self)
    if cls.__init__ is not object.__init__:
        cls.__init__(self, *impl.args, **impl.kwargs)
    return d


def _class_data_descriptor(cls, name):
    # True if `name` is a data descriptor (property, slot, __set__/__delete__) on cls; those
    # take precedence over the per-thread dict, as over an ordinary instance dict.
    for base in cls.__mro__:
        bd = base.__dict__
        if name in bd:
            t = type(bd[name])
            return hasattr(t, '__set__') or hasattr(t, '__delete__')
    return False


# CPython's threading.local is C (_thread._local): its frames are left out of tracebacks.
#@native local _LocalImpl _local_dict _class_data_descriptor _local_tname
class local:
    """Thread-local data: attributes set on a `local` instance are seen only by the thread that
    set them. Subclasses may define __init__, which runs again (with the same arguments) in
    every thread that uses the object.

    Each instance keeps one attribute dict per thread (in its `_local__impl`); a thread that
    ends drops its dicts (see Thread._delete)."""

    __slots__ = ('_local__impl', '__dict__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kw)
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread's dict exists now (its __init__ runs through the normal call).
        ident = get_ident()
        with impl.lock:
            impl.dicts[ident] = {}
        with _locals_lock:
            lst = _locals_by_thread.get(ident)
            if lst is None:
                _locals_by_thread[ident] = [impl]
            else:
                lst.append(impl)
        return self

    def __getattribute__(self, name):
        impl = object.__getattribute__(self, '_local__impl')
        # No lock to read: a dict lookup is atomic with respect to another thread's insertion
        # (its first access, under impl.lock in _local_dict), and only this thread inserts or
        # uses the entry for its own ident.
        d = impl.dicts.get(get_ident())
        if d is None:
            d = _local_dict(self, impl)
        if name == '__dict__':
            return d
        cls = type(self)
        # `local` itself has no data descriptors besides its two slots.
        if cls is local:
            if name == '_local__impl':
                return impl
        elif _class_data_descriptor(cls, name):
            return object.__getattribute__(self, name)
        try:
            return d[name]
        except KeyError:
            pass
        if cls is local:
            try:
                return object.__getattribute__(self, name)
            except AttributeError:
                raise AttributeError("'_thread._local' object has no attribute '%s'" % name) from None
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % _local_tname(self))
        impl = object.__getattribute__(self, '_local__impl')
        d = impl.dicts.get(get_ident())  # no lock: see __getattribute__
        if d is None:
            d = _local_dict(self, impl)
        cls = type(self)
        if cls is local:
            if name == '_local__impl':
                return object.__setattr__(self, name, value)
        elif _class_data_descriptor(cls, name):
            return object.__setattr__(self, name, value)
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % _local_tname(self))
        impl = object.__getattribute__(self, '_local__impl')
        d = impl.dicts.get(get_ident())  # no lock: see __getattribute__
        if d is None:
            d = _local_dict(self, impl)
        if _class_data_descriptor(type(self), name):
            return object.__delattr__(self, name)
        try:
            del d[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'" % (_local_tname(self), name)) from None


# CPython's threading.local is the C type _thread._local: same names in reprs and messages.
local.__name__ = local.__qualname__ = '_local'
local.__module__ = '_thread'


def _local_tname(obj):
    cls = type(obj)
    return '_thread._local' if cls is local else cls.__name__


_main_thread = _MainThread()


def _after_fork(already_forked=False):
    # No fork() support in this runtime; kept for API compatibility.
    pass

"""multiprocessing.process: Process objects, run on threads of this process.

pyrs-nogil runs Python threads in parallel (no global interpreter lock), so a "process" here is
a thread of this process: it shares memory with its parent (no pickling; changes a child makes
to module globals are visible to the parent, unlike CPython's forked children), os.getpid()
is the parent's, and terminate()/kill() cannot stop it early. Everything else follows CPython
3.11: names, exit codes (SystemExit codes, 1 after an uncaught exception, whose traceback is
printed after "Process NAME:"), start/join/is_alive, daemon flags and reprs.
"""

import itertools
import os
import sys
import threading

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']

_counter = itertools.count(1)
_children = set()
_children_lock = threading.Lock()
_current = threading.local()


class BaseProcess:
    """A unit of work run on its own thread, with CPython's Process API."""

    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_counter)
        parent = current_process()
        self._identity = parent._identity + (count,)
        self._parent_pid = os.getpid()
        self._parent_name = parent.name
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = parent.daemon if daemon is None else daemon
        self._thread = None
        self._popen = None
        self._exitcode = None
        self._closed = False
        self._pid = None

    def run(self):
        """Method to be run in the child; calls the target by default."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Start the child."""
        self._check_closed()
        assert self._thread is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        # The child's own handles of the connections it is given, as fork would give it
        # (multiprocessing.connection).
        from multiprocessing.connection import Connection
        self._handles = []

        def own(a):
            if isinstance(a, Connection) and not a.closed:
                a = a._dup()
                self._handles.append(a)
            return a
        self._args = tuple(own(a) for a in self._args)
        self._kwargs = {k: own(v) for k, v in self._kwargs.items()}
        self._thread = threading.Thread(target=self._bootstrap, name=self._name,
                                        daemon=self._daemonic)
        with _children_lock:
            _children.add(self)
        self._thread.start()
        self._pid = self._thread.native_id or self._thread.ident

    def _bootstrap(self):
        _current.process = self
        try:
            self.run()
            exitcode = 0
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException:
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            for h in self._handles:
                h.close()
            try:
                sys.stdout.flush()
            except (AttributeError, ValueError):
                pass
            try:
                sys.stderr.flush()
            except (AttributeError, ValueError):
                pass
        self._exitcode = exitcode

    def terminate(self):
        """Cannot stop a thread early: a no-op (see the module doc)."""
        self._check_closed()

    def kill(self):
        """Cannot stop a thread early: a no-op (see the module doc)."""
        self._check_closed()

    def join(self, timeout=None):
        """Wait until the child ends, at most `timeout` seconds."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._thread is not None, 'can only join a started process'
        self._thread.join(timeout)
        if not self._thread.is_alive():
            with _children_lock:
                _children.discard(self)

    def is_alive(self):
        """Whether the child has started and not ended."""
        self._check_closed()
        if self is _main_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._thread is None:
            return False
        alive = self._thread.is_alive()
        if not alive:
            with _children_lock:
                _children.discard(self)
        return alive

    def close(self):
        """Release the process object; it must have ended."""
        if self._thread is not None and self._thread.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        with _children_lock:
            _children.discard(self)
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._thread is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def authkey(self):
        return b'pyrs-nogil'

    @property
    def exitcode(self):
        self._check_closed()
        if self._thread is None or self._thread.is_alive():
            return None
        return self._exitcode

    @property
    def ident(self):
        self._check_closed()
        if self is _main_process:
            return os.getpid()
        return self._pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        raise NotImplementedError('sentinel is not supported: processes are threads in pyrs-nogil')

    def __repr__(self):
        exitcode = None
        if self is _main_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._thread is None:
            status = 'initial'
        elif self._thread.is_alive():
            status = 'started'
        else:
            exitcode = self._exitcode
            status = 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._thread is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._daemonic = False
        self._thread = None
        self._closed = False
        self._pid = None
        self._exitcode = None
        self._target = None
        self._args = ()
        self._kwargs = {}

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_main_process = _MainProcess()


def current_process():
    """The Process object of the calling thread's "process" (MainProcess outside children)."""
    return getattr(_current, 'process', None) or _main_process


def parent_process():
    """The parent of the current process, or None in the main process."""
    p = current_process()
    if p is _main_process:
        return None
    return _main_process


def active_children():
    """The started children that have not ended (joining those that have)."""
    with _children_lock:
        kids = list(_children)
    alive = []
    for p in kids:
        if p._thread is not None and p._thread.is_alive():
            alive.append(p)
        else:
            with _children_lock:
                _children.discard(p)
    return alive

"""multiprocessing.dummy: the multiprocessing API over threads (as in CPython; in pyrs-nogil
the whole package already runs on threads)."""

import sys
import threading

from multiprocessing.pool import ThreadPool
from multiprocessing.connection import Pipe
from multiprocessing.managers import Namespace
from queue import Queue, Empty, Full
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier
from threading import current_thread as current_process, active_count

__path__ = []

__all__ = [
    'Process', 'current_process', 'active_children', 'freeze_support',
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
    'Event', 'Barrier', 'Queue', 'Manager', 'Pipe', 'Pool', 'JoinableQueue'
]


class DummyProcess(threading.Thread):
    """A Thread with Process's exitcode."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._children = {}
        self._start_called = False

    def start(self):
        self._start_called = True
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None


Process = DummyProcess
JoinableQueue = Queue


def active_children():
    return [t for t in threading.enumerate() if isinstance(t, DummyProcess) and t.is_alive()]


def freeze_support():
    pass


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    from multiprocessing.sharedctypes import RawArray
    return RawArray(typecode, sequence)


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Manager():
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    return ThreadPool(processes, initializer, initargs)


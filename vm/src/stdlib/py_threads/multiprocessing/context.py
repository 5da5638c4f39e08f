"""multiprocessing.context: the start-method contexts and the package's exceptions.

Every context runs "processes" as threads of this process (see multiprocessing.process); the
start method is remembered and reported (get_start_method), and each context's Process class
has CPython's name (ForkProcess, SpawnProcess, ForkServerProcess).
"""

import os
import threading

from multiprocessing import process

__all__ = ['ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError',
           'BaseContext', 'DefaultContext']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class Process(process.BaseProcess):
    pass


class ForkProcess(process.BaseProcess):
    _start_method = 'fork'


class SpawnProcess(process.BaseProcess):
    _start_method = 'spawn'


class ForkServerProcess(process.BaseProcess):
    _start_method = 'forkserver'


class BaseContext:
    """The multiprocessing API, bound to one start method."""

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def cpu_count(self):
        """The number of CPUs in the system."""
        num = os.cpu_count()
        if num is None:
            raise NotImplementedError('cannot determine number of cpus')
        return num

    def Manager(self):
        from multiprocessing.managers import SyncManager
        m = SyncManager()
        m.start()
        return m

    def Pipe(self, duplex=True):
        from multiprocessing.connection import Pipe
        return Pipe(duplex)

    def Lock(self):
        return threading.Lock()

    def RLock(self):
        return threading.RLock()

    def Condition(self, lock=None):
        return threading.Condition(lock)

    def Semaphore(self, value=1):
        return threading.Semaphore(value)

    def BoundedSemaphore(self, value=1):
        return threading.BoundedSemaphore(value)

    def Event(self):
        return threading.Event()

    def Barrier(self, parties, action=None, timeout=None):
        return threading.Barrier(parties, action, timeout)

    def Queue(self, maxsize=0):
        from multiprocessing.queues import Queue
        return Queue(maxsize, ctx=self)

    def JoinableQueue(self, maxsize=0):
        from multiprocessing.queues import JoinableQueue
        return JoinableQueue(maxsize, ctx=self)

    def SimpleQueue(self):
        from multiprocessing.queues import SimpleQueue
        return SimpleQueue(ctx=self)

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def RawValue(self, typecode_or_type, *args):
        from multiprocessing.sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from multiprocessing.sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        from multiprocessing.sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock, ctx=self)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from multiprocessing.sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock, ctx=self)

    def freeze_support(self):
        """Nothing to do: no frozen executables here."""

    def get_logger(self):
        import logging
        return logging.getLogger('multiprocessing')

    def log_to_stderr(self, level=None):
        import logging
        logger = self.get_logger()
        if not logger.handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
            logger.addHandler(handler)
        if level:
            logger.setLevel(level)
        return logger

    def allow_connection_pickling(self):
        pass

    def set_executable(self, executable):
        pass

    def set_forkserver_preload(self, module_names):
        pass

    def get_context(self, method=None):
        if method is None:
            return self
        try:
            return _concrete_contexts[method]
        except KeyError:
            raise ValueError('cannot find context for %r' % method) from None

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    @property
    def reducer(self):
        import pickle
        return pickle


class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess


class ForkServerContext(BaseContext):
    _name = 'forkserver'
    Process = ForkServerProcess


_concrete_contexts = {
    'fork': ForkContext(),
    'spawn': SpawnContext(),
    'forkserver': ForkServerContext(),
}


class DefaultContext(BaseContext):
    """The context of the package's own functions: start method chosen once."""

    Process = Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name

    def get_all_start_methods(self):
        return ['fork', 'spawn', 'forkserver']


_default_context = DefaultContext(_concrete_contexts['fork'])

"""multiprocessing.managers: Manager() / SyncManager, whose "server process" is this process.

Children are threads here (see multiprocessing.process), so a manager hands out the shared
objects themselves: dict() and list() give a dict and a list (str() of them prints as a
proxy's does), Namespace() an attribute bag, Value() an object with .value/get()/set(), and
the synchronisation types are threading's. Operations on them are atomic as on any built-in
container of this runtime.
"""

import queue as _queue
import threading

from multiprocessing.context import ProcessError

__all__ = ['BaseManager', 'SyncManager', 'Namespace', 'ValueProxy']


class Namespace:
    """An object whose attributes are shared."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class ValueProxy:
    """A shared value: .value, get() and set()."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    value = property(get, set)

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)


class BaseManager:
    """A manager whose server is this process."""

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        self._state = 'initial'
        self.address = address

    def start(self, initializer=None, initargs=()):
        if self._state == 'started':
            raise ProcessError("Already started server")
        if self._state == 'shutdown':
            raise ProcessError("Manager has shut down")
        if initializer is not None:
            if not callable(initializer):
                raise TypeError('initializer must be a callable')
            initializer(*initargs)
        self._state = 'started'

    def connect(self):
        self._state = 'started'

    def shutdown(self):
        self._state = 'shutdown'

    def join(self, timeout=None):
        pass

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        if self._state != 'started':
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        if create_method and callable is not None:
            def create(self, *args, **kwds):
                return callable(*args, **kwds)
            create.__name__ = typeid
            setattr(cls, typeid, create)


class SyncManager(BaseManager):
    """The manager multiprocessing.Manager() returns."""

    def dict(self, *args, **kwds):
        return dict(*args, **kwds)

    def list(self, *args):
        return list(*args)

    def Namespace(self, **kwds):
        return Namespace(**kwds)

    def Value(self, typecode, value, lock=True):
        return ValueProxy(typecode, value, lock)

    def Array(self, typecode, sequence, lock=True):
        return list(sequence)

    def Queue(self, maxsize=0):
        return _queue.Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return _queue.Queue(maxsize)

    def Lock(self):
        return threading.Lock()

    def RLock(self):
        return threading.RLock()

    def Semaphore(self, value=1):
        return threading.Semaphore(value)

    def BoundedSemaphore(self, value=1):
        return threading.BoundedSemaphore(value)

    def Condition(self, lock=None):
        return threading.Condition(lock)

    def Event(self):
        return threading.Event()

    def Barrier(self, parties, action=None, timeout=None):
        return threading.Barrier(parties, action, timeout)

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild)


"""multiprocessing.queues: Queue, JoinableQueue and SimpleQueue between "processes" that are
threads of this process (see multiprocessing.process): objects are passed by reference, not
pickled. Blocking, timeouts, queue.Empty / queue.Full, close() and the error messages follow
CPython 3.11.
"""

import queue as _queue
import threading

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    """A FIFO queue for passing objects between processes."""

    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize
        self._q = _queue.Queue(maxsize)
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        self._q.put(obj, block, timeout)

    def get(self, block=True, timeout=None):
        self._check_closed()
        return self._q.get(block, timeout)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def close(self):
        self._closed = True

    def join_thread(self):
        if not self._closed:
            raise AssertionError("Queue {0!r} not closed".format(self))

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


class SimpleQueue:
    """An unbounded FIFO queue with put, get, empty and close."""

    def __init__(self, *, ctx=None):
        self._q = _queue.SimpleQueue()
        self._closed = False

    def put(self, obj):
        if self._closed:
            raise OSError("handle is closed")
        self._q.put(obj)

    def get(self):
        if self._closed:
            raise OSError("handle is closed")
        return self._q.get()

    def empty(self):
        return self._q.empty()

    def close(self):
        self._closed = True

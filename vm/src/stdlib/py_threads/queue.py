"""Synchronized queues for passing data between threads (CPython 3.11's `queue` API).

Every queue keeps its items behind one lock (`mutex`); the conditions not_empty, not_full and
all_tasks_done share it. Threads run in parallel here, so no operation on the item storage
happens without that lock.
"""

import threading as _threading
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


def _generic_alias(cls, item):
    # `Queue[int]` and friends: a types.GenericAlias when the types module is available.
    try:
        from types import GenericAlias
    except ImportError:
        return cls
    return GenericAlias(cls, item)


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


Empty.__module__ = '_queue'  # CPython's Empty comes from the _queue C module


class Queue:
    """A first-in, first-out queue. maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _threading.Lock()
        self.not_empty = _threading.Condition(self.mutex)
        self.not_full = _threading.Condition(self.mutex)
        self.all_tasks_done = _threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken with get() as processed; join() returns once every item put
        has been marked. ValueError when called more often than items were put."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left <= 0:
                if left < 0:
#@line 75
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Block until every item put has been got and marked with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items (other threads may change it right away)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue. When the queue is full: wait for a free slot (forever, or
        up to timeout seconds, then raise Full); with block false raise Full at once."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
#@line 137
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
#@line 142
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
#@line 148
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item. When the queue is empty: wait for one (forever, or up to
        timeout seconds, then raise Empty); with block false raise Empty at once."""
        with self.not_empty:
            if not block:
                if not self._qsize():
#@line 168
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
#@line 173
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
#@line 179
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
#@line 191
        return self.put(item, block=False)

    def get_nowait(self):
#@line 199
        return self.get(block=False)

    # Storage hooks (called with the mutex held); subclasses override them.

    def _init(self, maxsize):
        self.queue = _Fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


class _Fifo:
    # A first-in first-out sequence with amortized O(1) append and popleft: a list plus the
    # index of its first live item; the consumed prefix is dropped when it outweighs the rest.
    # Not synchronized (its owner's lock guards it).

    __slots__ = ('_items', '_head')

    def __init__(self, iterable=()):
        self._items = list(iterable)
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def appendleft(self, item):
        if self._head > 0:
            self._head -= 1
            self._items[self._head] = item
        else:
            self._items.insert(0, item)

    def popleft(self):
        head = self._head
        items = self._items
        if head >= len(items):
            raise IndexError("pop from an empty deque")
        item = items[head]
        items[head] = None
        head += 1
        if head >= len(items):
            items.clear()
            head = 0
        elif head >= 64 and head * 2 >= len(items):
            del items[:head]
            head = 0
        self._head = head
        return item

    def pop(self):
        if self._head >= len(self._items):
            raise IndexError("pop from an empty deque")
        item = self._items.pop()
        if self._head >= len(self._items):
            self._items.clear()
            self._head = 0
        return item

    def clear(self):
        self._items.clear()
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __contains__(self, item):
        return item in self._items[self._head:]

    def __getitem__(self, i):
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return self._items[self._head + i]

    def remove(self, value):
        i = self._items.index(value, self._head)
        del self._items[i]

    def __repr__(self):
        return "deque(%r)" % (self._items[self._head:],)


# Binary min-heap helpers for PriorityQueue (same layout and tie behaviour as heapq: the
# smallest item is heap[0]; children of i are 2*i+1 and 2*i+2).

def _sift_toward_root(heap, start, pos):
    # The item at pos may be smaller than its ancestors (down to index `start`): move it up.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_from_root(heap, pos):
    # Fill the hole at pos by moving the smaller child up until reaching a leaf, then let the
    # displaced item rise back to its place (fewer comparisons than stopping early).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def _heappop(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_from_root(heap, 0)
        return top
    return last


class PriorityQueue(Queue):
    """A queue that returns the smallest item first (items are often (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A last-in, first-out queue (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


# The native core (vm/src/stdlib/b/simple_queue.rs): put, put_nowait, qsize and empty in Rust;
# get raises Empty here, so that Empty stays one class.
from _pyrs_queue import SimpleQueue as _SimpleQueueCore

# What the core's _get returns when the queue stayed empty (never an item: it is private).
_NOTHING = object()


# CPython's SimpleQueue is C (_queue): its frames are left out of tracebacks.
#@native SimpleQueue
class SimpleQueue(_SimpleQueueCore):
    """Simple, unbounded, reentrant FIFO queue."""

    __slots__ = ()
    __module__ = '_queue'

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting (forever, or up to timeout seconds, then raising
        Empty) while the queue is empty; with block false raise Empty at once."""
        if timeout is not None and block:
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
        item = self._get(block, timeout, _NOTHING)
        if item is _NOTHING:
            raise Empty
        return item

    def get_nowait(self):
        """Remove and return an item if one is immediately available, else raise Empty."""
        return self.get(False)

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)

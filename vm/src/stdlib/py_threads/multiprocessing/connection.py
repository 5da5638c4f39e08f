"""multiprocessing.connection: Pipe() and its Connection objects, between "processes" that are
threads of this process (see multiprocessing.process). send() passes the object itself (no
pickling); recv() blocks, and raises EOFError once every handle of the sending end is closed
and nothing is left.

Handles behave like a forked child's file descriptors: Process.start() gives the child its own
handle of every Connection among its arguments (`_dup`), closed when the child ends, so a
parent closing its handle does not close the child's, and the reader sees EOF only when all
handles of the writing end are closed.
"""

import collections
import threading
import time

__all__ = ['Pipe', 'Connection', 'wait']


class _Channel:
    """One direction of a pipe: a deque guarded by a condition, and how many open handles can
    send into it (`writers`; no writer left means end of file)."""

    def __init__(self):
        self.items = collections.deque()
        self.cond = threading.Condition(threading.Lock())
        self.writers = 0

    @property
    def closed(self):
        return self.writers == 0


class Connection:
    """One end of a Pipe."""

    def __init__(self, inbox, outbox, readable=True, writable=True):
        self._inbox = inbox
        self._outbox = outbox
        self._readable = readable
        self._writable = writable
        self._closed = False
        if outbox is not None:
            with outbox.cond:
                outbox.writers += 1

    def _dup(self):
        """Another handle of the same end (what a forked child gets)."""
        return Connection(self._inbox, self._outbox, self._readable, self._writable)

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def send(self, obj):
        """Send an object to the other end."""
        self._check_closed()
        self._check_writable()
        ch = self._outbox
        with ch.cond:
            ch.items.append(obj)
            ch.cond.notify()

    def send_bytes(self, buf, offset=0, size=None):
        """Send bytes (a slice of a bytes-like object) as one message."""
        self._check_closed()
        self._check_writable()
        m = memoryview(buf)
        n = m.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self.send(bytes(m.cast('B')[offset:offset + size]))

    def recv(self):
        """Receive the next object; blocks until one arrives (EOFError if none can)."""
        self._check_closed()
        self._check_readable()
        ch = self._inbox
        with ch.cond:
            while not ch.items:
                if ch.closed:
                    raise EOFError
                ch.cond.wait()
            return ch.items.popleft()

    def recv_bytes(self, maxlength=None):
        """Receive the next message, which must be bytes."""
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        b = self.recv()
        if maxlength is not None and len(b) > maxlength:
            raise OSError("bad message length")
        return bytes(b)

    def recv_bytes_into(self, buf, offset=0):
        b = self.recv_bytes()
        m = memoryview(buf).cast('B')
        if offset < 0 or offset > len(m):
            raise ValueError("offset out of bounds")
        m[offset:offset + len(b)] = b
        return len(b)

    def poll(self, timeout=0.0):
        """Whether there is anything to receive, waiting up to `timeout` seconds (None: forever)."""
        self._check_closed()
        self._check_readable()
        ch = self._inbox
        deadline = None if timeout is None else time.monotonic() + timeout
        with ch.cond:
            while not ch.items and not ch.closed:
                if deadline is None:
                    ch.cond.wait()
                else:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    ch.cond.wait(left)
            return bool(ch.items) or ch.closed

    def close(self):
        """Close this end; the other end's recv() then raises EOFError when it runs dry."""
        if self._closed:
            return
        self._closed = True
        ch = self._outbox
        if ch is not None:
            with ch.cond:
                ch.writers -= 1
                ch.cond.notify_all()

    def fileno(self):
        raise OSError("Connection objects of pyrs-nogil have no file descriptor")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    """A pair of connected Connections; with duplex=False the first only receives and the second
    only sends."""
    a, b = _Channel(), _Channel()
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, None, True, False), Connection(None, a, False, True)


def wait(object_list, timeout=None):
    """The connections in object_list that are ready to receive, waiting up to `timeout`."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = [c for c in object_list if c.poll(0)]
        if ready:
            return ready
        if deadline is not None and time.monotonic() >= deadline:
            return []
        time.sleep(0.001)

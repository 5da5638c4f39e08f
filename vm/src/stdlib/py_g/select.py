"""Waiting for I/O completion on file descriptors.

pyrs-nogil's own version of CPython 3.11's select module, written from its documentation:
`select()` and `poll()` objects over the poll(2) system call (native part in
`_pyrs_select`), with the POLL* constants. Not provided: `epoll`, `kqueue`, `devpoll`
(selectors.DefaultSelector is then a PollSelector).
"""

import math as _math
import time as _time

import _pyrs_select

error = OSError

POLLIN = 0x001
POLLPRI = 0x002
POLLOUT = 0x004
POLLERR = 0x008
POLLHUP = 0x010
POLLNVAL = 0x020
POLLRDNORM = 0x040
POLLRDBAND = 0x080
POLLWRNORM = 0x100
POLLWRBAND = 0x200
POLLMSG = 0x400
POLLRDHUP = 0x2000
PIPE_BUF = 4096

_EBADF = 9
_ENOENT = 2


def _fileno(obj):
    """The descriptor of an int or of an object with a fileno() method."""
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            method = obj.fileno
        except AttributeError:
            raise TypeError('argument must be an int, or have a fileno() method.') from None
        fd = method()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def _wait(fds, events, deadline):
    """poll(2) until an event or the deadline (None: no limit), retrying after signals."""
    while True:
        if deadline is None:
            ms = -1
        else:
            ms = max(0, _math.ceil((deadline - _time.monotonic()) * 1000))
        ready = _pyrs_select.poll(fds, events, ms)
        if ready is not None:
            return ready


def _deadline(timeout, what):
    if timeout is None:
        return None
    if not isinstance(timeout, (int, float)):
        try:
            timeout = type(timeout).__float__(timeout)
        except AttributeError:
            raise TypeError(what) from None
    if timeout != timeout:
        raise ValueError('Invalid value NaN (not a number)')
    if timeout < 0:
        raise ValueError('timeout must be non-negative')
    return _time.monotonic() + timeout


def select(rlist, wlist, xlist, timeout=None, /):
    """Wait until one or more file descriptors are ready for some kind of I/O.

    The first three arguments are iterables of file descriptors to be waited for:
    rlist -- wait until ready for reading
    wlist -- wait until ready for writing
    xlist -- wait for an "exceptional condition"
    If only one kind of condition is required, pass [] for the other lists.

    A file descriptor is either a socket or file object, or a small integer
    gotten from a fileno() method call on one of those.

    The optional 4th argument specifies a timeout in seconds; it may be
    a floating point number to specify fractions of seconds.  If it is absent
    or None, the call will never time out.

    The return value is a tuple of three lists corresponding to the first three
    arguments; each contains the subset of the corresponding file descriptors
    that are ready.
    """
    deadline = _deadline(timeout, 'timeout must be a float or None')
    lists = [list(rlist), list(wlist), list(xlist)]
    wanted = {}
    keyed = []
    for objs, mask in zip(lists, (POLLIN, POLLOUT, POLLPRI)):
        pairs = []
        for obj in objs:
            fd = _fileno(obj)
            wanted[fd] = wanted.get(fd, 0) | mask
            pairs.append((obj, fd))
        keyed.append(pairs)
    fds = tuple(wanted)
    ready = dict(_wait(fds, tuple(wanted[fd] for fd in fds), deadline))
    for revents in ready.values():
        if revents & POLLNVAL:
            raise OSError(_EBADF, 'Bad file descriptor')
    tests = (POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI)
    return tuple([obj for obj, fd in pairs if ready.get(fd, 0) & test]
                 for pairs, test in zip(keyed, tests))


class poll:
    """Returns a polling object.

    This object supports registering and unregistering file descriptors, and then
    polling them for I/O events.
    """

    def __init__(self):
        self._fds = {}
        self._polling = False

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        """Register a file descriptor with the polling object."""
        self._fds[_fileno(fd)] = eventmask & 0xffff

    def modify(self, fd, eventmask, /):
        """Modify an already registered file descriptor."""
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(_ENOENT, 'No such file or directory')
        self._fds[fd] = eventmask & 0xffff

    def unregister(self, fd, /):
        """Remove a file descriptor being tracked by the polling object."""
        fd = _fileno(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None, /):
        """Polls the set of registered file descriptors.

        Returns a list containing any descriptors that have events or errors to
        report, as a list of (fd, event) 2-tuples.
        """
        if timeout is not None:
            if not isinstance(timeout, (int, float)):
                raise TypeError('timeout must be an integer or None')
            timeout = _math.ceil(timeout)
            deadline = None if timeout < 0 else _time.monotonic() + timeout / 1000
        else:
            deadline = None
        if self._polling:
            raise RuntimeError('concurrent poll() invocation')
        self._polling = True
        try:
            fds = tuple(self._fds)
            return list(_wait(fds, tuple(self._fds[fd] for fd in fds), deadline))
        finally:
            self._polling = False

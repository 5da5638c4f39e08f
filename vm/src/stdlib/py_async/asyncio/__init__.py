"""asyncio for pyrs-nogil: a pure-Python event loop with tasks, futures, timers,
synchronization primitives, queues, timeouts and task groups, following CPython 3.11's
API and semantics (written from its documentation).

Left out: sockets, streams, subprocesses, signals, transports and protocols (the loop has
no selector: it waits on a condition variable until the next timer or a
`call_soon_threadsafe`), debug mode checks, and the "never awaited"/"never retrieved"
warnings. `ExceptionGroup` is provided by `asyncio.taskgroups` when the runtime lacks it.
Async generators left unfinished are closed when the loop shuts down (the end of
`asyncio.run`), not as soon as they become unreachable (there is no reference counting).
Task reprs omit the coroutine's location and callbacks.
"""

from .exceptions import *
from .coroutines import *
from .events import *
from .base_events import *
from .futures import *
from .locks import *
from .queues import *
from .tasks import *
from .timeouts import *
from .taskgroups import *
from .runners import *

from . import exceptions, coroutines, events, base_events, futures, locks, queues, tasks
from . import timeouts, taskgroups, runners

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ + base_events.__all__ +
           futures.__all__ + locks.__all__ + queues.__all__ + tasks.__all__ +
           timeouts.__all__ + taskgroups.__all__ + runners.__all__)

"""multiprocessing for pyrs-nogil: CPython 3.11's API, with "processes" that are threads.

pyrs-nogil runs Python threads in parallel with no global interpreter lock, so the reason to
use processes (parallel CPU work) is met by threads of this process. Process, Pool, Queue,
Pipe, Value, Array, Manager and the synchronisation types behave as in CPython 3.11, with these
differences, all from sharing one process:
- a child shares memory with its parent: objects are passed by reference (no pickling), and
  changes a child makes to module globals are visible to the parent;
- os.getpid() is the same in every child, and terminate()/kill() cannot stop a child early;
- a crash of a child is not isolated from its parent.
"""

import sys

from multiprocessing import context

__path__ = []

__all__ = [x for x in dir(context._default_context) if not x.startswith('_')]

globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25

"""ProcessPoolExecutor, for compatibility: this runtime runs Python threads in parallel (no
global interpreter lock), so the "process pool" is a pool of threads of this process. Work items
share memory with the caller (no pickling), and a crash of a work item is not isolated.
"""

from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor, _cpu_count


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when the pool cannot run work items anymore."""


class ProcessPoolExecutor(ThreadPoolExecutor):
    """ThreadPoolExecutor under ProcessPoolExecutor's signature; max_workers defaults to the
    number of CPUs. mp_context and max_tasks_per_child are accepted and ignored."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = _cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if max_tasks_per_child is not None:
            if type(max_tasks_per_child) is not int:
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        ThreadPoolExecutor.__init__(self, max_workers,
                                    thread_name_prefix="ProcessPoolExecutor-%d" % ThreadPoolExecutor._counter(),
                                    initializer=initializer, initargs=initargs)

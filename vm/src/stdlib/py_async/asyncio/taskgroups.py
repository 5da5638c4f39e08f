"""TaskGroup (CPython 3.11's asyncio.taskgroups).

The runtime has no built-in exception groups, so this module defines
`BaseExceptionGroup` / `ExceptionGroup` (message, `exceptions`, `subgroup`, `split`,
`derive`; no `except*`) and installs them in `builtins` when they are missing there.
"""

import builtins

from . import events
from . import exceptions
from . import tasks

__all__ = ('TaskGroup',)


if hasattr(builtins, 'BaseExceptionGroup'):
    BaseExceptionGroup = builtins.BaseExceptionGroup
    ExceptionGroup = builtins.ExceptionGroup
else:
    class BaseExceptionGroup(BaseException):
        """A group of exceptions raised together."""

        def __new__(cls, message, exceptions, /):
            if not isinstance(message, str):
                raise TypeError('argument 1 must be str, not %s' % type(message).__name__)
            excs = tuple(exceptions) if not isinstance(exceptions, (str, bytes)) else None
            if excs is None or not hasattr(exceptions, '__len__'):
                raise TypeError('second argument (exceptions) must be a sequence')
            if not excs:
                raise ValueError('second argument (exceptions) must be a non-empty sequence')
            for i, e in enumerate(excs):
                if not isinstance(e, BaseException):
                    raise ValueError(f'Item {i} of second argument (exceptions) is not an exception')
            if cls is BaseExceptionGroup and all(isinstance(e, Exception) for e in excs):
                cls = ExceptionGroup
            elif issubclass(cls, Exception) and not all(isinstance(e, Exception) for e in excs):
                if cls is ExceptionGroup:
                    raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
                raise TypeError(f'Cannot nest BaseExceptions in {cls.__name__!r}')
            self = super().__new__(cls, message, exceptions)
            self._message = message
            self._exceptions = excs
            return self

        def __init__(self, message, exceptions, /):
            super().__init__(message, exceptions)

        @property
        def message(self):
            return self._message

        @property
        def exceptions(self):
            return self._exceptions

        def __str__(self):
            n = len(self._exceptions)
            return f"{self._message} ({n} sub-exception{'s' if n > 1 else ''})"

        def __repr__(self):
            return f'{type(self).__name__}({self._message!r}, {list(self._exceptions)!r})'

        def derive(self, excs):
            return BaseExceptionGroup(self._message, excs)

        def _derive_copy(self, excs):
            eg = self.derive(excs)
            eg.__cause__ = self.__cause__
            eg.__context__ = self.__context__
            eg.__traceback__ = self.__traceback__
            return eg

        def split(self, condition):
            match = _matcher(condition)
            if match(self):
                return self, None
            yes, no = [], []
            for e in self._exceptions:
                if isinstance(e, BaseExceptionGroup):
                    a, b = e.split(condition)
                    if a is not None:
                        yes.append(a)
                    if b is not None:
                        no.append(b)
                elif match(e):
                    yes.append(e)
                else:
                    no.append(e)
            return (self._derive_copy(yes) if yes else None,
                    self._derive_copy(no) if no else None)

        def subgroup(self, condition):
            return self.split(condition)[0]

    class ExceptionGroup(BaseExceptionGroup, Exception):
        """A group of Exceptions."""

    def _matcher(condition):
        if isinstance(condition, type) or isinstance(condition, tuple):
            return lambda e: isinstance(e, condition)
        if callable(condition):
            return condition
        raise TypeError('expected a function, exception type or tuple of exception types')

    ExceptionGroup.__module__ = BaseExceptionGroup.__module__ = 'builtins'
    builtins.BaseExceptionGroup = BaseExceptionGroup
    builtins.ExceptionGroup = ExceptionGroup


class TaskGroup:
    """Async context manager that runs tasks and waits for all of them on exit; the first
    failure cancels the rest and the failures are raised as an ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has been already entered')
        self._entered = True
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation_error = None
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if et is not None:
            if et is exceptions.CancelledError:
                if self._parent_cancel_requested and not self._parent_task.uncancel():
                    pass
                else:
                    propagate_cancellation_error = exc
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error is not None and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name, context=context)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks[task] = None
            task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()

//! Standard-library modules for asynchronous programs: embedded Python sources in
//! `py_async/` (no native modules). The Python modules are pyrs-nogil's own implementations
//! written from the CPython 3.11 documentation.
//!
//! Python: `asyncio` (a package: event loop, tasks, futures, synchronization primitives,
//! queues, timeouts, task groups; see its docstring for what it leaves out) and
//! `_pyrs_async` (the awaitables of coroutines and async generators, used by
//! `interp/coroutine.rs`).

/// Embedded Python modules of this group: (source, is_package).
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    Some(match name {
        "_pyrs_async" => (include_str!("py_async/_pyrs_async.py"), false),
        "asyncio" => (include_str!("py_async/asyncio/__init__.py"), true),
        "asyncio.exceptions" => (include_str!("py_async/asyncio/exceptions.py"), false),
        "asyncio.coroutines" => (include_str!("py_async/asyncio/coroutines.py"), false),
        "asyncio.events" => (include_str!("py_async/asyncio/events.py"), false),
        "asyncio.base_events" => (include_str!("py_async/asyncio/base_events.py"), false),
        "asyncio.futures" => (include_str!("py_async/asyncio/futures.py"), false),
        "asyncio.locks" => (include_str!("py_async/asyncio/locks.py"), false),
        "asyncio.queues" => (include_str!("py_async/asyncio/queues.py"), false),
        "asyncio.tasks" => (include_str!("py_async/asyncio/tasks.py"), false),
        "asyncio.timeouts" => (include_str!("py_async/asyncio/timeouts.py"), false),
        "asyncio.taskgroups" => (include_str!("py_async/asyncio/taskgroups.py"), false),
        "asyncio.runners" => (include_str!("py_async/asyncio/runners.py"), false),
        _ => return None,
    })
}

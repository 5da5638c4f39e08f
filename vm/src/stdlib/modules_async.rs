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
        _ => return None,
    })
}

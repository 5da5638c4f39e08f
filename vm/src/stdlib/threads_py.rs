//! The thread-level modules written in Python on top of `_thread`: `threading`, `queue`,
//! `concurrent.futures` (sources in `py_threads/`, embedded in the binary).
//!
//! Embedded packages get an empty `__path__`, so every submodule of `concurrent` is listed
//! here under its full dotted name.

/// (source, is_package) of the embedded thread modules.
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    Some(match name {
        "threading" => (include_str!("py_threads/threading.py"), false),
        "queue" => (include_str!("py_threads/queue.py"), false),
        "concurrent" => (include_str!("py_threads/concurrent/__init__.py"), true),
        "concurrent.futures" => (include_str!("py_threads/concurrent/futures/__init__.py"), true),
        "concurrent.futures._base" => (include_str!("py_threads/concurrent/futures/_base.py"), false),
        "concurrent.futures.thread" => (include_str!("py_threads/concurrent/futures/thread.py"), false),
        "concurrent.futures.process" => (include_str!("py_threads/concurrent/futures/process.py"), false),
        _ => return None,
    })
}

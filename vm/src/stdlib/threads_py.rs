//! The thread-level modules written in Python on top of `_thread`: `threading`, `queue`,
//! `concurrent.futures` (sources in `py_threads/`, embedded in the binary).

/// (source, is_package) of the embedded thread modules.
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    let _ = name;
    None
}

//! The thread-level modules written in Python on top of `_thread`: `threading`, `queue`,
//! `concurrent.futures`, and `multiprocessing`, whose "processes" are threads of this process
//! (sources in `py_threads/`, embedded in the binary).
//!
//! Design, in short (details in each module's docstring):
//! - No GIL: every piece of module state shared between threads (the thread registry, the
//!   shutdown locks, condition waiter lists, queue storage, future state) is guarded by an
//!   explicit `_thread` lock. All blocking goes through `_thread` lock acquisitions or
//!   `_thread._sleep`, which park the thread for the collector; nothing spins.
//! - `threading.Condition` gives every waiter its own held lock and wakes it by releasing it;
//!   `Semaphore`, `Event`, `Barrier`, `queue.*` and `Future` are built on `Condition`.
//! - A `Thread` holds a "tstate lock" for its whole life; `join` waits on it. Locks of
//!   non-daemon threads are also kept for `threading._shutdown`, which the runtime calls at
//!   exit (`stdlib::exit_hooks`): it runs `_register_atexit` callbacks (which stop
//!   `ThreadPoolExecutor` workers) and then waits for every non-daemon thread.
//! - An uncaught exception in `run()` goes to `threading.excepthook`, which prints CPython's
//!   report using `_thread._format_exception`.
//! - `threading.local` keeps one attribute dict per thread ident; a thread's dicts are dropped
//!   when it ends.
//!
//! - `multiprocessing` keeps CPython's API over threads: a child shares memory with its
//!   parent (no pickling), which its package docstring states with the other differences.
//!
//! The embedded packages set `__path__ = []` themselves (the importer would otherwise give
//! them `['']`, i.e. the current directory), and every submodule of `concurrent` is listed
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
        "multiprocessing" => (include_str!("py_threads/multiprocessing/__init__.py"), true),
        "multiprocessing.context" => (include_str!("py_threads/multiprocessing/context.py"), false),
        "multiprocessing.process" => (include_str!("py_threads/multiprocessing/process.py"), false),
        "multiprocessing.pool" => (include_str!("py_threads/multiprocessing/pool.py"), false),
        "multiprocessing.queues" => (include_str!("py_threads/multiprocessing/queues.py"), false),
        "multiprocessing.connection" => (include_str!("py_threads/multiprocessing/connection.py"), false),
        "multiprocessing.sharedctypes" => (include_str!("py_threads/multiprocessing/sharedctypes.py"), false),
        "multiprocessing.managers" => (include_str!("py_threads/multiprocessing/managers.py"), false),
        "multiprocessing.dummy" => (include_str!("py_threads/multiprocessing/dummy/__init__.py"), true),
        _ => return None,
    })
}

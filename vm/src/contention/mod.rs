//! Contention recording: `pyrs-nogil --contention-report FILE.json script.py` (issue 6; the
//! reading side is `report/`, the schema is docs/contention-report.md).
//!
//! # What is recorded, and where
//! - object-lock slow paths (objmodel lock.rs through the `events` hook): contended
//!   acquisitions, bias revocations, inflations;
//! - handshakes (a collector waiting for the others to stop) and GC waits (a thread standing
//!   stopped for another thread's collection), from objmodel threads.rs;
//! - waits in user locks (`threading.Lock`/`RLock` and everything built on them: `Condition`,
//!   `Semaphore`, `Event`, `Queue`), from stdlib/thread.rs;
//! - the GIL build: waits for the GIL.
//!
//! Each event carries the waiting thread's Python stack (innermost 4 frames), the operation
//! (named from the instruction the thread is executing: `dict.__setitem__`, `list.append`,
//! `attribute store .count`, `Lock.acquire` ...), the Python type of the object, the thread
//! waited for, and the object's allocation site: while recording, every lockable object
//! carries its allocation site id in its lock word (objmodel lock.rs, "site" bits).
//!
//! # No shared writes on the recording path
//! Events go into a buffer owned by the recording thread (`record.rs`); only the first sight
//! of a new source location takes a global lock (the location table, `locs.rs`). Buffers are
//! handed to a global list when a thread finishes and merged into sites at exit (`write.rs`).
//! Recording off costs one predictable branch per slow-path event and per lockable
//! allocation.

mod locs;
mod ops;
mod record;

/// The operation of a wait for the serial token (kind `gil` in the nogil build: objmodel
/// serial.rs).
pub const SERIAL_OP: &str = "serial mode";
mod write;

pub use record::{AttrOwner, record_user_lock_wait, set_thread_name, thread_finished, thread_started, tid_of_ident};

use std::sync::atomic::{AtomicBool, Ordering};

static ON: AtomicBool = AtomicBool::new(false);

/// Whether `--contention-report` is active.
#[inline(always)]
pub fn enabled() -> bool {
    // Relaxed: set once before any other thread starts.
    ON.load(Ordering::Relaxed)
}

/// Start recording (before the program runs; the calling thread is the main thread).
pub fn start() {
    ON.store(true, Ordering::Relaxed);
    // Conflicts as they cost at full parallelism (objmodel serial.rs).
    objmodel::serial::off_unless_asked();
    record::thread_started();
    record::set_thread_name("MainThread");
    objmodel::events::install_site_hook(record::alloc_site);
    objmodel::events::install(record::lock_event);
}

/// Stop recording and write the report for `argv` to `path`. Returns an error message if the
/// file cannot be written.
pub fn finish(path: &str, argv: &[String]) -> Result<(), String> {
    record::thread_finished();
    write::write(path, argv)
}

//! The end of a pause: one wake-up for every stopped thread.
//!
//! # Problem
//! A pause (threads.rs, stop-the-world) ends by restarting every thread it stopped. Woken one
//! at a time (a condition variable per thread), the first woken thread may take the
//! collector's own core by wake-up preemption before the collector has woken the rest; those
//! then stay stopped until the collector runs again, a time slice later (4 ms at 250 Hz): a
//! thread stop many times the pause itself.
//!
//! Stopped threads used to avoid the wake-up by watching their poll word in a `sched_yield`
//! loop. Under Linux's EEVDF scheduler every yield moves the yielding thread's virtual
//! deadline a slice later, so after a pause of a few hundred yields such a thread is the last
//! one its core picks: a watcher that shares a core with the collector waited a tick or two
//! after the restart (gc_big_tree: p99 thread stop 8 ms with a 0.4 ms p99 pause). A watcher
//! also holds a core that the pause's own work needs.
//!
//! # Scheme
//! A stopped thread sleeps on one process-wide futex word, [`GENERATION`]: under its own
//! mutex, with its `stop` flag set, it reads the generation ([`current`]), releases the mutex
//! and sleeps while the word still holds that value ([`wait`]). The collector clears every
//! stopped thread's `stop` flag (under each thread's mutex), then increments the word and
//! wakes all its sleepers with a single `FUTEX_WAKE` ([`wake_all`]): every restarted thread is
//! runnable before the collector can lose its core. A woken thread takes its mutex again and
//! rechecks `stop` (a later pause may have set it again; then it sleeps on the new value).
//!
//! # Invariants
//! - INV-R1: no thread sleeps through the restart that clears its `stop`. It read the
//!   generation g while holding its mutex with `stop` set; the collector clears `stop` under
//!   that mutex, hence after the read, and increments the word after clearing; the kernel
//!   compares the word with g atomically with queueing the sleeper (under the futex's
//!   hash-bucket lock, which `FUTEX_WAKE` takes too). So either the sleeper sees g+1 and does
//!   not sleep, or it is queued before the wake and is woken by it.
//!
//! # Orderings
//! `stop` itself is ordered by the threads' mutexes (the waker re-reads it under its mutex
//! after every wake-up). The generation only decides whether to sleep: Release on the
//! increment and Acquire on the read make "saw the new generation" imply "sees every `stop`
//! cleared before it" even without the mutex, which costs nothing here.
//!
//! Other platforms and the loom models use the per-thread condition variable instead
//! (threads.rs `resume_running`), which is correct everywhere but may wake one thread at a time.

use std::sync::atomic::{AtomicU32, Ordering};

/// The restart generation: incremented once at the end of every pause.
static GENERATION: AtomicU32 = AtomicU32::new(0);

/// The generation to sleep on: read under the stopped thread's mutex, with `stop` set.
pub(crate) fn current() -> u32 {
    // Acquire: pairs with the Release increment in `wake_all` (module doc, Orderings).
    GENERATION.load(Ordering::Acquire)
}

/// Sleeps while the generation is still `seen` (returns at once if it moved on; may also
/// return spuriously, so the caller rechecks `stop` under its mutex).
pub(crate) fn wait(seen: u32) {
    // SAFETY: FUTEX_WAIT_PRIVATE reads the aligned, 'static u32 behind `GENERATION`; the null
    // timeout means "no timeout"; the kernel neither writes the word nor keeps the pointer.
    unsafe {
        libc::syscall(
            libc::SYS_futex,
            GENERATION.as_ptr(),
            libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG,
            seen,
            std::ptr::null::<libc::timespec>(),
        );
    }
}

/// Ends a pause: every thread sleeping in [`wait`] is woken by one system call. Call after
/// clearing every stopped thread's `stop` flag (INV-R1).
pub(crate) fn wake_all() {
    // Release: see the module doc (Orderings).
    GENERATION.fetch_add(1, Ordering::Release);
    // SAFETY: FUTEX_WAKE_PRIVATE on the 'static word; i32::MAX wakes every sleeper.
    unsafe {
        libc::syscall(libc::SYS_futex, GENERATION.as_ptr(), libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG, i32::MAX);
    }
}

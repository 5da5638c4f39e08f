//! A new thread's first slice: `threading.Thread.start()` returns once the new thread has run
//! until it blocked, ended or used up one switch interval, as it does under CPython's GIL.
//!
//! CPython's `Thread.start()` waits on an event the new thread sets as it begins. That wait
//! drops the GIL, the new thread takes it and keeps it until it blocks (a lock, a sleep, a
//! queue) or until the starter has waited one switch interval (`sys.getswitchinterval()`,
//! 5 ms) and asks for it back. So `t.start(); print("main")` prints what a short thread prints
//! *before* "main", every time, and programs rely on that order without knowing it. Threads
//! here run in parallel, which would make the order random; the starter's wait on a
//! `FirstSlice` restores CPython's order for the price of at most one switch interval per
//! start (a thread that computes longer goes on in parallel once the interval is up).
//!
//! Protocol:
//! - The starter (`_thread` `start_new_thread` called by `threading`) creates the slice, hands
//!   a clone to the new thread, which keeps it in `Vm::first_slice`, and once the thread has
//!   begun to run waits on it, parked, for at most the interval.
//! - The new thread opens it at its first blocking call (`safepoint::blocking`, which every
//!   lock wait, sleep, join and queue wait goes through) or when it ends, whichever comes
//!   first. Opening is idempotent; a slice nobody waits on any more is simply dropped.
//! - A starter that is itself a thread started this way opens its own slice first: waiting
//!   for a child is a blocking call, exactly as `_started.wait()` drops the GIL in CPython.
//!
//! The same order shows in one more place users see: a `concurrent.futures` future whose work
//! an idle pool thread finished while the submitting thread ran on. Under the GIL that worker
//! cannot run before the submitter blocks (or a switch interval passes), so `f.result()` right
//! after `submit` always takes the waiting path, and a re-raised exception's traceback shows
//! that path's line. `slice_mark()` / `same_slice(mark)` tell whether the calling thread is
//! still in the slice in which it took the mark: no blocking call since, and less than one
//! switch interval; `Future.result()` then reports the result from its waiting path.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

/// The gate between a starter and the first slice of the thread it started.
#[derive(Default)]
pub struct FirstSlice {
    open: Mutex<bool>,
    cv: Condvar,
}

impl FirstSlice {
    /// Called by the new thread when it blocks or ends.
    pub fn open(&self) {
        *self.open.lock() = true;
        self.cv.notify_all();
    }

    /// Wait (the caller parks first) until the slice is open or `limit` has passed.
    pub fn wait(&self, limit: Duration) {
        let deadline = Instant::now() + limit;
        let mut open = self.open.lock();
        while !*open {
            if self.cv.wait_until(&mut open, deadline).timed_out() {
                return;
            }
        }
    }
}

thread_local! {
    /// How many blocking calls this thread has made (`safepoint::blocking`).
    static BLOCKING_CALLS: Cell<u64> = const { Cell::new(0) };
}

/// Counts a blocking call of the calling thread: it ends the thread's slice.
pub fn note_blocking() {
    BLOCKING_CALLS.with(|c| c.set(c.get() + 1));
}

/// Where the calling thread is in its slice: (blocking calls so far, nanoseconds since the
/// first mark of the process).
pub fn slice_mark() -> (u64, u64) {
    (BLOCKING_CALLS.with(Cell::get), nanos_now())
}

/// Whether the calling thread is still in the slice of `mark` (taken by this thread). If it
/// is, the caller acts as if it waited (it reports from the waiting path), so the slice ends
/// here as that wait would end it: the next future of the same slice is then found done, as
/// under the GIL, where the workers ran meanwhile.
pub fn same_slice(mark: (u64, u64)) -> bool {
    let elapsed = Duration::from_nanos(nanos_now().saturating_sub(mark.1));
    let same = BLOCKING_CALLS.with(Cell::get) == mark.0 && elapsed < slice_limit();
    if same {
        note_blocking();
    }
    same
}

fn nanos_now() -> u64 {
    static EPOCH: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    EPOCH.get_or_init(Instant::now).elapsed().as_nanos() as u64
}

/// The switch interval in seconds as f64 bits (`sys.setswitchinterval`); 5 ms by default.
/// Relaxed: a lone setting with no data published through it.
static SWITCH_INTERVAL: AtomicU64 = AtomicU64::new(0x3F74_7AE1_47AE_147B); // 0.005

/// `sys.getswitchinterval()`.
pub fn switch_interval() -> f64 {
    f64::from_bits(SWITCH_INTERVAL.load(Ordering::Relaxed))
}

/// `sys.setswitchinterval(secs)`; the caller checked `secs > 0`.
pub fn set_switch_interval(secs: f64) {
    SWITCH_INTERVAL.store(secs.to_bits(), Ordering::Relaxed);
}

/// How long a starter waits for a first slice: one switch interval, capped at one second.
pub fn slice_limit() -> Duration {
    Duration::from_secs_f64(switch_interval().clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    #[test]
    fn default_interval_is_five_ms() {
        assert_eq!(super::switch_interval(), 0.005);
    }
}

//! Slow-path lock events: the hook through which contention reports record them, and the
//! per-class revocation accounting behind bulk revocation.
//!
//! The lock and handshake slow paths (lock.rs, threads.rs) call [`record`] after a wait; it
//! costs one predictable branch while no recorder is installed. The vm installs a recorder
//! (`--contention-report`) that captures the Python location and buffers the event in the
//! calling thread (no shared counter on the recording path).
//!
//! [`on_revoked`] counts revocations per class (a slow path: a mutex-protected table); a class
//! whose objects were revoked [`BULK_REVOKE_THRESHOLD`] times gets `tflags::NO_BIAS`, and its
//! new objects start thin (lock.rs, "bulk revocation").

use crate::lock::LockWord;

/// What happened on a lock slow path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// An acquisition that waited for a thin lock's holder.
    Contended,
    /// A bias revocation requested by this thread (wait = handshake time).
    Revocation,
    /// This thread inflated a lock (started sleeping in the park queue).
    Inflation,
    /// An uncontended thin acquisition whose previous holder was another thread: the object
    /// moved between cores (recorded only while recording; wait = the acquisition's latency).
    Handoff,
    /// A collector waited for the other threads to reach a safepoint (no lock word).
    Handshake,
    /// A thread stood stopped while another thread collected (no lock word).
    GcWait,
    /// GIL build: a thread waited for the GIL (no lock word).
    Gil,
    /// nogil build: a thread in serial mode waited for the serial token (serial.rs; no lock
    /// word).
    Serial,
}

/// Revocations of one class's objects after which its new objects are not biased any more.
pub const BULK_REVOKE_THRESHOLD: u32 = 32;

/// A recorder: `(kind, word, start_ns, wait_ns, other_thread_tid, weight)`; `weight` > 1 for
/// a sampled event standing for that many (handoffs, see [`HANDOFF_SAMPLE`]).
pub type Recorder = fn(EventKind, Option<&LockWord>, u64, u64, usize, u64);

/// One handoff in this many is timed and recorded, with this weight: handoffs can happen on
/// every operation of a shared container, and timing each would slow such programs down
/// several times.
pub const HANDOFF_SAMPLE: u64 = 4;

#[cfg(not(loom))]
mod imp {
    use std::collections::HashMap;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Mutex, OnceLock};

    use super::{BULK_REVOKE_THRESHOLD, EventKind, Recorder};
    use crate::header::Header;
    use crate::lock::LockWord;
    use crate::types::tflags;

    static RECORDING: AtomicBool = AtomicBool::new(false);
    static HOOK: OnceLock<Recorder> = OnceLock::new();
    static REVOKED: Mutex<Option<HashMap<usize, u32>>> = Mutex::new(None);
    static SITE_HOOK: OnceLock<fn() -> usize> = OnceLock::new();

    /// Install the function that names the calling thread's current allocation site (an id
    /// the recorder can resolve to a Python location); called for lockable objects while
    /// recording.
    pub fn install_site_hook(f: fn() -> usize) {
        let _ = SITE_HOOK.set(f);
    }

    /// The allocation site id for a new lockable object (0 when not recording).
    #[inline(always)]
    pub fn alloc_site() -> usize {
        if recording() { alloc_site_slow() } else { 0 }
    }

    #[cold]
    fn alloc_site_slow() -> usize {
        SITE_HOOK.get().map_or(0, |f| f()).min(crate::lock::MAX_SITE)
    }

    /// Install the recorder and start recording (once per process).
    pub fn install(r: Recorder) {
        let _ = HOOK.set(r);
        // Release: the hook (set above) is visible to whoever sees the flag (Acquire in record).
        RECORDING.store(true, Ordering::Release);
    }

    /// Whether a recorder is installed.
    #[inline(always)]
    pub fn recording() -> bool {
        // Relaxed: a hint; `record` re-reads with Acquire before using the hook.
        RECORDING.load(Ordering::Relaxed)
    }

    #[inline(always)]
    pub fn record(kind: EventKind, w: &LockWord, start: u64, wait: u64, other: usize) {
        if recording() {
            record_slow(kind, Some(w), start, wait, other, 1);
        }
    }

    /// Record a sampled event standing for `weight` events.
    #[inline(always)]
    pub fn record_weighted(kind: EventKind, w: &LockWord, start: u64, wait: u64, other: usize, weight: u64) {
        if recording() {
            record_slow(kind, Some(w), start, wait, other, weight);
        }
    }

    /// Record an event that concerns no object (handshakes, GC waits, GIL waits).
    #[inline(always)]
    pub fn record_plain(kind: EventKind, start: u64, wait: u64, other: usize) {
        if recording() {
            record_slow(kind, None, start, wait, other, 1);
        }
    }

    /// A wait for the GIL (GIL build) or for the serial token (nogil build's serial mode).
    pub fn record_gil(start: u64, wait: u64) {
        let kind = if cfg!(feature = "gil") { EventKind::Gil } else { EventKind::Serial };
        record_plain(kind, start, wait, 0);
    }

    #[cold]
    fn record_slow(kind: EventKind, w: Option<&LockWord>, start: u64, wait: u64, other: usize, weight: u64) {
        // Acquire: pairs with `install`.
        if RECORDING.load(Ordering::Acquire)
            && let Some(h) = HOOK.get()
        {
            h(kind, w, start, wait, other, weight);
        }
    }

    /// The header that contains `w` (every LockWord the runtime locks is a header's).
    pub fn header_of(w: &LockWord) -> &Header {
        let off = std::mem::offset_of!(Header, lock);
        // SAFETY: lock words are only ever embedded in a `Header` (header.rs) — the loom
        // models, whose words are free-standing, compile the other `imp`.
        unsafe { &*((w as *const LockWord as *const u8).sub(off) as *const Header) }
    }

    /// Count a revocation against the object's class (bulk revocation).
    pub fn on_revoked(w: &LockWord) {
        let class = header_of(w).class();
        // A rebiased word's revocations are about this object (lock.rs, Rebiasing).
        if class.has_flag(tflags::NO_BIAS) || w.was_rebiased() {
            return;
        }
        let mut g = REVOKED.lock().unwrap_or_else(|e| e.into_inner());
        let n = g.get_or_insert_with(HashMap::new).entry(class as *const _ as usize).or_insert(0);
        *n += 1;
        if *n >= BULK_REVOKE_THRESHOLD {
            // Relaxed: a monotonic hint read at allocation (types.rs `flags`).
            class.flags.fetch_or(tflags::NO_BIAS, Ordering::Relaxed);
        }
    }
}

#[cfg(loom)]
mod imp {
    use super::EventKind;
    use crate::lock::LockWord;

    /// Recording is not modelled: the models check the protocols, not the reports.
    #[inline(always)]
    pub fn recording() -> bool {
        false
    }
    #[inline(always)]
    pub fn record(_: EventKind, _: &LockWord, _: u64, _: u64, _: usize) {}
    #[inline(always)]
    pub fn record_plain(_: EventKind, _: u64, _: u64, _: usize) {}
    #[inline(always)]
    pub fn record_weighted(_: EventKind, _: &LockWord, _: u64, _: u64, _: usize, _: u64) {}
    #[inline(always)]
    pub fn on_revoked(_: &LockWord) {}
}

pub use imp::*;

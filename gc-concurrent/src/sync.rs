//! The one place that chooses between std and loom primitives (`#[cfg(loom)]`), so that the loom
//! models (`loom-tests/`) compile the real protocol code of this crate against loom's checked
//! atomics and mutexes, as tokio's `loom/mod.rs` does.
//!
//! What goes through the shim: the protocol words that live in ordinary Rust structs — the SATB
//! barrier switch and logs (satb.rs), the snapshot-on-first-touch words of native payloads, the
//! collection-due flag, the allocation counters, the mark epoch. What does not: words that live
//! in raw heap memory (the [`GcWord`](crate::GcWord) of each object, the chunk side tables), which
//! must be std atomics with a fixed layout; loom cannot model them.
//!
//! `loom` is a dependency only under `cfg(loom)`.

#[cfg(loom)]
#[allow(unused_imports)]
pub(crate) use loom::sync::atomic::{AtomicBool, AtomicU8, AtomicU16, AtomicU32, AtomicU64, AtomicUsize, Ordering};
#[cfg(loom)]
#[allow(unused_imports)]
pub(crate) use loom::sync::{Mutex, MutexGuard};

#[cfg(not(loom))]
#[allow(unused_imports)]
pub(crate) use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU16, AtomicU32, AtomicU64, AtomicUsize, Ordering};
#[cfg(not(loom))]
#[allow(unused_imports)]
pub(crate) use std::sync::{Mutex, MutexGuard};

/// Lock a mutex, ignoring poisoning: the critical sections guarded through this shim only move
/// plain data (vectors of words), so a poisoned guard's data is consistent.
#[inline]
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(e) => e.into_inner(),
    }
}

/// A spin-wait hint (loom: a yield point so that the model runs the thread being waited for).
#[inline(always)]
pub(crate) fn spin_loop() {
    #[cfg(loom)]
    loom::thread::yield_now();
    #[cfg(not(loom))]
    std::thread::yield_now();
}

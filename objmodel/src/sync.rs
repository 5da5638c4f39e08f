//! The one place that chooses between std and loom primitives for the protocols that loom
//! models check (`lock.rs`, `park.rs`, `threads.rs`). Under `--cfg loom` the loom-tests crate
//! compiles those modules against loom's atomics, mutexes and condition variables through this
//! shim; otherwise they are std's. Both expose the same (std) API.

#[cfg(loom)]
#[allow(unused_imports)] // AtomicU8/U32: gc-concurrent's satb.rs, compiled in loom-tests against this shim.
pub(crate) use loom::sync::atomic::{AtomicBool, AtomicU8, AtomicU32, AtomicUsize, Ordering};
#[cfg(loom)]
pub(crate) use loom::sync::{Arc, Condvar, Mutex, MutexGuard};
#[cfg(not(loom))]
#[allow(unused_imports)]
pub(crate) use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU32, AtomicUsize, Ordering};
#[cfg(not(loom))]
pub(crate) use std::sync::{Arc, Condvar, Mutex, MutexGuard};

/// A spin-wait hint (loom: a yield point so the model explores the other thread).
#[inline(always)]
pub(crate) fn spin_loop() {
    #[cfg(loom)]
    loom::thread::yield_now();
    #[cfg(not(loom))]
    std::hint::spin_loop();
}

/// Give the CPU away while waiting for a lock holder.
#[inline(always)]
pub(crate) fn yield_now() {
    #[cfg(loom)]
    loom::thread::yield_now();
    #[cfg(not(loom))]
    std::thread::yield_now();
}

/// Lock a mutex, ignoring poisoning: the protocols' critical sections never panic half-way
/// (they only move plain state fields), so a poisoned guard's data is consistent.
#[inline]
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(e) => e.into_inner(),
    }
}

/// Wait on a condition variable (poison ignored as in [`lock`]).
#[inline]
pub(crate) fn wait<'a, T>(cv: &Condvar, g: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
    match cv.wait(g) {
        Ok(g) => g,
        Err(e) => e.into_inner(),
    }
}

/// Monotonic nanoseconds since the first call (0 under loom: timing is not modelled).
#[inline]
pub(crate) fn now_ns() -> u64 {
    #[cfg(loom)]
    {
        0
    }
    #[cfg(not(loom))]
    {
        use std::sync::OnceLock;
        use std::time::Instant;
        static START: OnceLock<Instant> = OnceLock::new();
        START.get_or_init(Instant::now).elapsed().as_nanos() as u64
    }
}

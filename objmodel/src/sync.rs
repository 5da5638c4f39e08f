//! The one place that chooses between std and loom primitives for the protocols that loom
//! models check (`lock.rs`). Under `--cfg loom` the loom-tests crate compiles the protocol
//! modules against loom's atomics through this shim; otherwise they are std's.

#[cfg(loom)]
pub(crate) use loom::sync::atomic::{AtomicUsize, Ordering};
#[cfg(not(loom))]
pub(crate) use std::sync::atomic::{AtomicUsize, Ordering};

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

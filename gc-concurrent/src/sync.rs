//! The one place that chooses between std and loom atomics (`#[cfg(loom)]`), so that later loom
//! models (`loom-tests/`) compile the real protocol code of this crate against loom's checked
//! atomics, as tokio's `loom/mod.rs` does.
//!
//! What goes through the shim: the heap's own protocol words, which live in ordinary Rust
//! structs — the collection-due flag, the allocation counters, the mark epoch, the marking-active
//! flag (the future SATB barrier's switch). What does not: words that live in raw heap memory
//! (the [`GcWord`](crate::GcWord) of each object, the chunk side tables), which must be std atomics
//! with a fixed layout; loom cannot model them and they are written only with the world stopped.
//!
//! `loom` is a dependency only under `cfg(loom)`; `RUSTFLAGS="--cfg loom" cargo check -p
//! gc-concurrent --target-dir target-loom` checks that the shimmed code still builds.

#[cfg(loom)]
#[allow(unused_imports)] // AtomicU64 is for the protocols of the concurrent marker.
pub(crate) use loom::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, AtomicUsize, Ordering};

#[cfg(not(loom))]
#[allow(unused_imports)] // AtomicU64 is for the protocols of the concurrent marker.
pub(crate) use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, AtomicUsize, Ordering};

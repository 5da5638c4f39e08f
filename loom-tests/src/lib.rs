//! # loom-tests — model checks of the runtime's concurrency protocols
//!
//! Each protocol module is compiled here *from its real source file* (`#[path]` module
//! declarations pointing into the runtime crates) against loom's atomics through the same `sync`
//! shim the runtime uses under `cfg(loom)`: nothing is copied, so a change to the protocol is a
//! change to the model. One test file per protocol in `tests/`.
//!
//! Run with (see the README):
//! `RUSTFLAGS="--cfg loom" LOOM_MAX_PREEMPTIONS=3 cargo test -p loom-tests --release --target-dir target-loom`
//!
//! Without `--cfg loom` this crate is empty.

/// objmodel's std/loom shim (objmodel/src/sync.rs).
#[cfg(loom)]
#[path = "../../objmodel/src/sync.rs"]
#[allow(dead_code)]
pub(crate) mod sync;

/// The per-object lock word: biased, thin, inflated (objmodel/src/lock.rs).
#[cfg(loom)]
#[path = "../../objmodel/src/lock.rs"]
pub mod lock;

/// The inflated locks' park queues (objmodel/src/park.rs; loom implementation inside).
#[cfg(loom)]
#[path = "../../objmodel/src/park.rs"]
pub(crate) mod park;

/// Thread registry, safepoint handshakes, stop-the-world, bias revocation
/// (objmodel/src/threads.rs).
#[cfg(loom)]
#[path = "../../objmodel/src/threads.rs"]
pub mod threads;

/// Slow-path event hook (objmodel/src/events.rs; recording compiled out under loom).
#[cfg(loom)]
#[path = "../../objmodel/src/events.rs"]
#[allow(dead_code)]
pub(crate) mod events;

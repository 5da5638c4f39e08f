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
//!
//! | test file | protocol |
//! | --- | --- |
//! | `lock_word_mutual_exclusion`, `bias_revocation`, `inflated_lock` | the per-object lock word |
//! | `safepoint_handshake` | stop-the-world, parked threads, two collectors |
//! | `delegated_pause` | a pause the collector thread posts, run once by a running thread or by the collector, never overlapping a running thread |
//! | `satb_marking` | the SATB barrier racing the concurrent marker, the final handshake ending marking, native snapshots |
//! | `grey_sharing` | mark assists: grey objects handed between the collector and an assisting mutator, none lost or traced twice by the final pause |
//! | `storage_reclamation` | a list's storage replaced by a resize while a reader holds the old one, across a whole cycle |

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

/// Delegated pauses: the collector thread hands a stop-the-world to a running thread
/// (objmodel/src/delegate.rs).
#[cfg(loom)]
#[path = "../../objmodel/src/delegate.rs"]
pub(crate) mod delegate;

/// The GC's SATB barrier switch, per-thread logs, shared queue and snapshot-on-first-touch
/// (gc-concurrent/src/satb.rs; it uses the same shim API as objmodel's, so it compiles against
/// `sync` above).
#[cfg(loom)]
#[path = "../../gc-concurrent/src/satb.rs"]
pub mod satb;

/// The grey queue that the collector thread and mutators assisting the marking share
/// (gc-concurrent/src/grey.rs; compiled against `sync` above, like satb.rs).
#[cfg(loom)]
#[path = "../../gc-concurrent/src/grey.rs"]
pub mod grey;

/// Slow-path event hook (objmodel/src/events.rs; recording compiled out under loom).
#[cfg(loom)]
#[path = "../../objmodel/src/events.rs"]
#[allow(dead_code)]
pub(crate) mod events;

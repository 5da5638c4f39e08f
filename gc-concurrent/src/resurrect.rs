//! Resurrecting finalizers: objects whose death must run code of the runtime's language (Python's
//! `__del__`, PEP 442) before their memory can go.
//!
//! A native finalizer (`Heap::register_finalizer`) sees a dead object after the sweep was
//! installed; it may not keep the object. A Python `__del__` can do anything with `self` and
//! with what it reaches, including storing it somewhere (resurrection), so the object and its
//! whole subgraph must survive the cycle that found it dead. The protocol:
//!
//! 1. The runtime registers such an object once, when it is created (`register_resurrecting`).
//! 2. In the final pause, once marking is complete (every log drained, the mark stack empty),
//!    the heap takes every registered object that is not marked: it is unreachable. It marks
//!    them all, then traces from them to completion — still in the pause, the world stopped.
//! 3. The marked-again objects leave the registry (their finalizer runs at most once, as PEP 442
//!    asks) and go to the client (`GcClient::resurrected`), which must keep them reachable (a
//!    root) until it has run their finalizers on a thread of its own, after the pause.
//!
//! The dead set is taken before any of it is marked, so objects that only other doomed objects
//! reach all get their finalizer in the same cycle (CPython finalizes a dead cycle together).
//!
//! # Invariants
//! - INV-RS1: a registered object is a live heap object or dead and not yet swept: an entry
//!   leaves the registry in the final pause that finds its object unmarked, before that cycle's
//!   sweep is installed, and at no other time (so reading its mark word is sound).
//! - INV-RS2: after step 2 every object reachable from a resurrected one is marked, so the sweep
//!   of this cycle frees none of them; the client's root keeps them for the next cycles.
//!
//! Cost: the final pause traces the resurrected subgraphs without a budget. They are what
//! `__del__` objects reach (usually a few objects); programs that drop large structures held
//! by objects with `__del__` lengthen that pause.

use std::collections::HashSet;
use std::ptr::NonNull;

use parking_lot::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::address::Address;
use crate::header::GcWord;

/// Shards of the registry: registrations from different threads (a generator suspended in a
/// `try` registers itself, see the runtime) mostly take different locks.
const SHARDS: usize = 16;

/// The registered objects (INV-RS1), sharded by address.
pub(crate) struct Registry {
    shards: [Mutex<HashSet<Address>>; SHARDS],
    /// How many objects the shards hold, kept beside them so that `len` (asked on lock waits
    /// and `del`) takes no lock. Changed only under a shard's lock, with that shard's change;
    /// Relaxed: a count read as a hint (a reader racing a change may see either value).
    count: AtomicUsize,
}

impl Default for Registry {
    fn default() -> Registry {
        Registry::new()
    }
}

impl Registry {
    pub(crate) fn new() -> Registry {
        Registry { shards: std::array::from_fn(|_| Mutex::new(HashSet::new())), count: AtomicUsize::new(0) }
    }

    fn shard(&self, obj: Address) -> &Mutex<HashSet<Address>> {
        // Objects are 8-byte granules: drop the always-zero bits, then spread by a few more.
        &self.shards[(obj.as_usize() >> 4) % SHARDS]
    }

    pub(crate) fn insert(&self, obj: Address) {
        if self.shard(obj).lock().insert(obj) {
            self.count.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Forgets `obj` (its finalizer no longer needs to run). INV-RS1 holds for the rest.
    pub(crate) fn remove(&self, obj: Address) {
        if self.shard(obj).lock().remove(&obj) {
            self.count.fetch_sub(1, Ordering::Relaxed);
        }
    }

    /// How many objects are registered.
    pub(crate) fn len(&self) -> usize {
        self.count.load(Ordering::Relaxed)
    }

    /// Removes and returns the registered objects not marked with `epoch` (world stopped,
    /// marking complete: they are unreachable).
    pub(crate) fn take_unmarked(&self, epoch: u8) -> Vec<NonNull<u8>> {
        let mut dead = Vec::new();
        for shard in &self.shards {
            shard.lock().retain(|&obj| {
                // SAFETY: INV-RS1 — the object is not swept yet, so its GC word is readable.
                let marked = unsafe { GcWord::from_object(obj.to_ptr()) }.mark_epoch() == epoch;
                if !marked {
                    // SAFETY: heap objects are never at address 0.
                    dead.push(unsafe { NonNull::new_unchecked(obj.to_mut_ptr()) });
                }
                marked
            });
        }
        self.count.fetch_sub(dead.len(), Ordering::Relaxed);
        dead
    }
}

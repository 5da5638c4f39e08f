//! The snapshot-at-the-beginning (SATB) write barrier, the logs it fills, and the
//! snapshot-on-first-touch protocol for object contents that live in Rust memory.
//!
//! ## Problem
//! The marker (collect.rs) traces the object graph on its own thread while mutators keep changing
//! it. Without help it can miss a live object: the marker has not visited object A yet; a mutator
//! loads A's pointer to X into a local, overwrites that field, and stores X into object B that the
//! marker has already traced. X is live and never marked; the sweep frees it.
//!
//! ## Scheme (Yuasa's deletion barrier, as in G1 and ZGC's predecessors)
//! Marking preserves the graph as it was at the *initial pause* (the snapshot): every object
//! reachable then is marked, plus every object allocated since.
//! - The initial pause (world stopped) scans all roots, then sets [`Barrier::active`]. The final
//!   pause clears it. Both happen with every mutator stopped, so each mutator's next instruction
//!   after the handshake sees the new value.
//! - While active, a mutator that overwrites a pointer field of a heap object first *logs the old
//!   value* (objmodel's `Slot::set`/`swap`/`cas` and `__class__` assignment call
//!   `Mutator::satb_log`), unless the old object is already marked with the epoch being marked.
//!   In the example, X is logged when A's field is overwritten.
//! - Logs are per mutator ([`LogBuffer`], inside the mutator's allocation state: no shared write
//!   per barrier). A full buffer ([`LOG_CAPACITY`] entries) moves to the heap's [`Queue`], which the
//!   marker drains while mutators run; the final pause takes the partial buffers too.
//! - Objects allocated while the barrier is active are born marked (mutator.rs, INV-M3), so the
//!   marker never needs to see them, and storing them anywhere needs no barrier.
//! - Contents that the mutator changes without passing through a barrier — Rust data of native
//!   objects guarded by a mutex, generator frames — are covered by [`Snapshot`]: the first touch in
//!   a marking cycle, by the owner before a change or by the marker before tracing, reports the
//!   whole content once, under a small state machine (below).
//!
//! Stacks and other roots are not barriered: they are scanned in the initial pause, and what a
//! mutator puts there afterwards was either reachable in the snapshot or allocated since.
//!
//! ## Invariants
//! - INV-S1 (completeness): when the final pause ends marking, every object reachable at the
//!   initial pause is marked. Each such object is reachable from a root scanned in that pause
//!   through edges of the snapshot; an edge removed since had its old target logged before the
//!   removal; the final pause ends marking only when every log, the queue and the mark stack are
//!   empty with all mutators stopped.
//! - INV-S2: objects allocated while the barrier is active carry the epoch being marked.
//! - INV-S3 ([`Snapshot`]): for each guarded content and each marking cycle `c`, the `scan`
//!   closure of [`Snapshot::ensure`] runs at most once, it runs before any change to the content
//!   in cycle `c` by a thread that called `ensure` first, and nobody changes the content while
//!   it runs (the state is `BUSY`; every other caller waits until it is `c`).
//!
//! ## Orderings
//! `active`, `epoch` and `cycle` change only while every mutator is stopped (the handshake's
//! mutexes order those writes before each mutator's next reads), so their loads are Relaxed.
//! The `Snapshot` word is a tiny lock: the CAS that takes it is Acquire (the scanner sees the
//! content as its last changer left it), the store that releases it is Release (the next changer
//! sees the scan done before it changes anything — the scan reads happen-before its writes).

use crate::sync::{AtomicBool, AtomicU8, AtomicU32, Mutex, Ordering, lock};

/// Entries a mutator's log holds before it moves to the heap's queue.
pub const LOG_CAPACITY: usize = 512;

/// The barrier switch and the identity of the marking in progress.
pub struct Barrier {
    active: AtomicBool,
    /// The epoch being marked (valid while `active`).
    epoch: AtomicU8,
    /// Marking cycles started so far (never 0 after the first); keys [`Snapshot`]s.
    cycle: AtomicU32,
}

impl Default for Barrier {
    fn default() -> Barrier {
        Barrier::new()
    }
}

impl Barrier {
    /// Inactive, no cycle yet.
    #[cfg(not(loom))]
    pub const fn new() -> Barrier {
        Barrier { active: AtomicBool::new(false), epoch: AtomicU8::new(0), cycle: AtomicU32::new(0) }
    }

    /// Inactive, no cycle yet.
    #[cfg(loom)]
    pub fn new() -> Barrier {
        Barrier { active: AtomicBool::new(false), epoch: AtomicU8::new(0), cycle: AtomicU32::new(0) }
    }

    /// Whether mutators must log overwritten pointers (one load; see the module doc).
    #[inline(always)]
    pub fn active(&self) -> bool {
        // Relaxed: changes only with the world stopped (module doc).
        self.active.load(Ordering::Relaxed)
    }

    /// The epoch being marked.
    #[inline(always)]
    pub fn epoch(&self) -> u8 {
        // Relaxed: as `active`.
        self.epoch.load(Ordering::Relaxed)
    }

    /// The current (or last) marking cycle.
    #[inline(always)]
    pub fn cycle(&self) -> u32 {
        // Relaxed: as `active`.
        self.cycle.load(Ordering::Relaxed)
    }

    /// Starts a marking cycle with `epoch`: the barrier is on. World stopped.
    pub fn begin(&self, epoch: u8) -> u32 {
        // Relaxed (all): world stopped, see the module doc.
        let c = self.cycle.load(Ordering::Relaxed).wrapping_add(1).max(1);
        self.cycle.store(c, Ordering::Relaxed);
        self.epoch.store(epoch, Ordering::Relaxed);
        self.active.store(true, Ordering::Relaxed);
        c
    }

    /// Ends the marking: the barrier is off. World stopped.
    pub fn end(&self) {
        // Relaxed: world stopped.
        self.active.store(false, Ordering::Relaxed);
    }
}

/// The barrier of the process-wide heap's mutators. (A process runs one concurrent marking at a
/// time; heaps made with `Heap::leak` in tests share it, which only makes their barriers log
/// more.)
#[cfg(not(loom))]
pub static BARRIER: Barrier = Barrier::new();

/// Whether the SATB barrier is on (objmodel's pointer stores test this first).
#[cfg(not(loom))]
#[inline(always)]
pub fn active() -> bool {
    BARRIER.active()
}

/// The marking cycle that [`Snapshot::ensure`] must be called with.
#[cfg(not(loom))]
#[inline(always)]
pub fn cycle() -> u32 {
    BARRIER.cycle()
}

/// One mutator's log of overwritten pointers (object addresses).
#[derive(Default)]
pub struct LogBuffer {
    entries: Vec<usize>,
}

impl LogBuffer {
    /// Appends `p`; returns the full buffer's entries when it reached [`LOG_CAPACITY`] (the caller
    /// hands them to the [`Queue`]).
    #[inline]
    pub fn push(&mut self, p: usize) -> Option<Vec<usize>> {
        if self.entries.capacity() == 0 {
            self.entries.reserve_exact(LOG_CAPACITY);
        }
        self.entries.push(p);
        (self.entries.len() >= LOG_CAPACITY).then(|| std::mem::take(&mut self.entries))
    }

    /// Takes whatever the buffer holds.
    pub fn take(&mut self) -> Vec<usize> {
        std::mem::take(&mut self.entries)
    }

    /// Whether the buffer is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Full logs waiting for the marker.
#[derive(Default)]
pub struct Queue {
    full: Mutex<Vec<Vec<usize>>>,
}

impl Queue {
    /// An empty queue.
    pub fn new() -> Queue {
        Queue { full: Mutex::new(Vec::new()) }
    }

    /// Adds a full log (a mutator, about once per [`LOG_CAPACITY`] barrier hits).
    pub fn push(&self, entries: Vec<usize>) {
        if !entries.is_empty() {
            lock(&self.full).push(entries);
        }
    }

    /// Takes one queued log (an assisting mutator, assist.rs).
    pub fn pop(&self) -> Option<Vec<usize>> {
        lock(&self.full).pop()
    }

    /// Takes every queued log (the marker).
    pub fn take_all(&self) -> Vec<Vec<usize>> {
        std::mem::take(&mut *lock(&self.full))
    }
}

/// Snapshot-on-first-touch for one object's Rust-side contents (INV-S3). Holds the cycle in
/// which the contents were last reported, or `BUSY` while a report is in progress.
pub struct Snapshot(AtomicU32);

const BUSY: u32 = u32::MAX;

impl Default for Snapshot {
    fn default() -> Snapshot {
        Snapshot::new()
    }
}

impl Snapshot {
    /// Never reported.
    pub fn new() -> Snapshot {
        Snapshot(AtomicU32::new(0))
    }

    /// Makes sure the contents were reported in marking cycle `cycle`: if nobody did yet, runs
    /// `scan` (which reports every pointer the contents hold: into the caller's SATB log, or the
    /// marker's stack) and returns true; if another thread is reporting them right now, waits
    /// until it is done. Callers change the contents only after this returns (INV-S3).
    pub fn ensure(&self, cycle: u32, scan: impl FnOnce()) -> bool {
        loop {
            // Acquire: see the module doc (pairs with the Release store below).
            let s = self.0.load(Ordering::Acquire);
            if s == cycle {
                return false;
            }
            if s == BUSY {
                crate::sync::spin_loop();
                continue;
            }
            // Acquire on success: we read the contents as the last changer left them.
            if self.0.compare_exchange(s, BUSY, Ordering::Acquire, Ordering::Relaxed).is_ok() {
                scan();
                // Release: the scan's reads happen-before any change made after `ensure`.
                self.0.store(cycle, Ordering::Release);
                return true;
            }
        }
    }
}

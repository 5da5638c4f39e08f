//! The grey queue: packets of grey objects (marked, fields not traced yet) shared by the
//! collector thread and mutators assisting the marking (assist.rs).
//!
//! Protocol (model-checked from this file in loom-tests `grey_sharing`):
//! - a marker that has work to spare pushes a packet; one that needs work pops one;
//! - an assist brackets its work with [`GreyQueue::begin_assist`] / [`GreyQueue::end_assist`],
//!   and pushes everything grey it still holds before `end_assist`;
//! - the collector decides that concurrent marking has run out of work only when its own stack
//!   is empty, the queue is empty and no assist is in progress ([`GreyQueue::quiescent`]). The
//!   final pause (world stopped, no assist in progress: INV-A1) takes whatever is left anyway,
//!   so `quiescent` is about keeping work out of the pause, not about correctness.
//!
//! Orderings: packets move under the mutex. `len` mirrors the number of queued objects for a
//! lock-free emptiness test (Relaxed: a stale answer costs one more look). `active` is
//! incremented Relaxed (a collector that misses it returns a little early: the final pause takes
//! the work), and decremented Release after the assist's last push, so that a collector that
//! reads zero with Acquire also sees that push's `len` increment. `hungry` is advisory (Relaxed).

use crate::sync::{AtomicBool, AtomicUsize, Mutex, Ordering, lock};

/// Grey objects shared between markers, in packets.
pub struct GreyQueue<T> {
    packets: Mutex<Vec<Vec<T>>>,
    /// Objects in `packets`.
    len: AtomicUsize,
    /// An assist found no work: the collector should split its stack.
    hungry: AtomicBool,
    /// Assists in progress (they may hand back work yet).
    active: AtomicUsize,
}

impl<T> Default for GreyQueue<T> {
    fn default() -> Self {
        GreyQueue::new()
    }
}

impl<T> GreyQueue<T> {
    /// Empty, no assist in progress.
    pub fn new() -> GreyQueue<T> {
        GreyQueue {
            packets: Mutex::new(Vec::new()),
            len: AtomicUsize::new(0),
            hungry: AtomicBool::new(false),
            active: AtomicUsize::new(0),
        }
    }

    /// Adds a packet of grey objects.
    pub fn push(&self, packet: Vec<T>) {
        if packet.is_empty() {
            return;
        }
        let mut g = lock(&self.packets);
        // Relaxed: see the module doc (inside the lock, so it is never below the truth for
        // longer than a pop's critical section).
        self.len.fetch_add(packet.len(), Ordering::Relaxed);
        g.push(packet);
    }

    /// Takes one packet, if any.
    pub fn pop(&self) -> Option<Vec<T>> {
        // Relaxed: module doc.
        if self.len.load(Ordering::Relaxed) == 0 {
            return None;
        }
        let mut g = lock(&self.packets);
        let p = g.pop()?;
        self.len.fetch_sub(p.len(), Ordering::Relaxed);
        Some(p)
    }

    /// Takes every packet (the collector, or a pause).
    pub fn take_all(&self) -> Vec<Vec<T>> {
        // Relaxed: module doc.
        if self.len.load(Ordering::Relaxed) == 0 {
            return Vec::new();
        }
        let mut g = lock(&self.packets);
        let all = std::mem::take(&mut *g);
        let n: usize = all.iter().map(Vec::len).sum();
        self.len.fetch_sub(n, Ordering::Relaxed);
        all
    }

    /// Objects queued (a hint: it may be stale by the time the caller acts).
    pub fn len(&self) -> usize {
        // Relaxed: module doc.
        self.len.load(Ordering::Relaxed)
    }

    /// Whether nothing is queued (a hint, as `len`).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether an assist asked for work since the last call (and clears the request).
    pub fn take_hungry(&self) -> bool {
        // Relaxed: advisory.
        self.hungry.load(Ordering::Relaxed) && self.hungry.swap(false, Ordering::Relaxed)
    }

    /// Asks the collector for work.
    pub fn set_hungry(&self) {
        // Relaxed: advisory.
        if !self.hungry.load(Ordering::Relaxed) {
            self.hungry.store(true, Ordering::Relaxed);
        }
    }

    /// An assist starts.
    pub fn begin_assist(&self) {
        // Relaxed: module doc.
        self.active.fetch_add(1, Ordering::Relaxed);
    }

    /// An assist ends; it has pushed everything grey it held.
    pub fn end_assist(&self) {
        // Release: module doc.
        self.active.fetch_sub(1, Ordering::Release);
    }

    /// No assist in progress and nothing queued.
    pub fn quiescent(&self) -> bool {
        // Acquire: pairs with `end_assist`, so the assist's last push is seen by the `len` load.
        self.active.load(Ordering::Acquire) == 0 && self.len.load(Ordering::Relaxed) == 0
    }
}

//! `Slot`: an "atomic-ready" Value field.
//!
//! Fields that another thread may read without holding the object's lock are `Slot`s. A store is
//! `Release` and a load `Acquire`: a reader that sees a pointer to a freshly allocated object also
//! sees that object's initialised header and payload (the initialising stores happen-before the
//! Release store that publishes it). On x86-64 both compile to plain moves.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::value::Value;

#[repr(transparent)]
pub struct Slot(AtomicUsize);

impl Slot {
    pub const fn new(v: Value) -> Slot {
        Slot(AtomicUsize::new(v.raw()))
    }
    pub const fn null() -> Slot {
        Slot(AtomicUsize::new(0))
    }
    #[inline(always)]
    pub fn get(&self) -> Value {
        // Acquire: pairs with the Release in `set` (publication of the stored object).
        Value::from_raw(self.0.load(Ordering::Acquire))
    }
    #[inline(always)]
    pub fn set(&self, v: Value) {
        // Release: publishes the initialisation of `v`'s object (see module doc).
        self.0.store(v.raw(), Ordering::Release)
    }
    /// Atomically replace and return the old value.
    pub fn swap(&self, v: Value) -> Value {
        // AcqRel: acquire the old object (we may read it) and release the new one.
        Value::from_raw(self.0.swap(v.raw(), Ordering::AcqRel))
    }
    /// Compare-and-swap; returns whether it succeeded.
    pub fn cas(&self, old: Value, new: Value) -> bool {
        // AcqRel as in `swap`; Acquire on failure to read the current value consistently.
        self.0.compare_exchange(old.raw(), new.raw(), Ordering::AcqRel, Ordering::Acquire).is_ok()
    }
}

/// An atomic machine word for counters/lengths read without the lock.
#[repr(transparent)]
pub struct Word(AtomicUsize);

impl Word {
    pub const fn new(v: usize) -> Word {
        Word(AtomicUsize::new(v))
    }
    #[inline(always)]
    pub fn get(&self) -> usize {
        // Acquire: pairs with `set`, so a reader that sees a new length sees the items stored
        // before it (list append stores the item, then Release-stores the length).
        self.0.load(Ordering::Acquire)
    }
    #[inline(always)]
    pub fn set(&self, v: usize) {
        // Release: see `get`.
        self.0.store(v, Ordering::Release)
    }
}

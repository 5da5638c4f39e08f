//! `Slot`: an "atomic-ready" Value field, and the GC's write barrier.
//!
//! Fields that another thread may read without holding the object's lock are `Slot`s. A store is
//! `Release` and a load `Acquire`: a reader that sees a pointer to a freshly allocated object also
//! sees that object's initialised header and payload (the initialising stores happen-before the
//! Release store that publishes it). On x86-64 both compile to plain moves.
//!
//! Every mutable pointer field of a heap object is a `Slot`, so every store that can overwrite a
//! pointer passes through `set`, `swap` or `cas`: that is where the snapshot-at-the-beginning
//! barrier sits (gc-concurrent's `satb.rs`). While a concurrent marking runs (one Relaxed load
//! of a global flag, set and cleared only with the world stopped), the value being overwritten is
//! logged for the marker before the store. Outside marking the barrier costs that load and a
//! predicted branch.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::value::Value;

#[repr(transparent)]
pub struct Slot(AtomicUsize);

/// `s[j] = s[j + 1]` for every `j` (each item moves one slot down; the last slot keeps its
/// value): `list.pop(0)`, `del l[i]`. The barrier is checked once, not per slot: the marking
/// flag changes only with the world stopped, and this loop reaches no safepoint.
pub fn shift_down(s: &[Slot]) {
    if gc_concurrent::satb::active() {
        for j in 0..s.len().saturating_sub(1) {
            s[j].set(s[j + 1].get());
        }
        return;
    }
    let n = s.len().saturating_sub(1);
    let mut j = 0;
    // Eight at a time, without bounds checks (a `list.pop(0)` moves the whole list: this loop
    // is all of its cost): load the next eight, then store them one slot down, so each source
    // slot is read before it is overwritten.
    while j + 8 <= n {
        // SAFETY: j + 8 <= n = s.len() - 1, so every index below is in bounds.
        let w: [usize; 8] = std::array::from_fn(|k| unsafe { s.get_unchecked(j + 1 + k) }.0.load(Ordering::Acquire));
        for (k, v) in w.into_iter().enumerate() {
            // SAFETY: as above. Acquire/Release: as in `get`/`set` (a moved object stays
            // published to readers that find it in its new slot).
            unsafe { s.get_unchecked(j + k) }.0.store(v, Ordering::Release);
        }
        j += 8;
    }
    while j < n {
        // Acquire/Release: as above.
        s[j].0.store(s[j + 1].0.load(Ordering::Acquire), Ordering::Release);
        j += 1;
    }
}

/// `s[j] = s[j - 1]` for every `j > 0`, from the end (the first slot keeps its value):
/// `list.insert`. The barrier as in [`shift_down`].
pub fn shift_up(s: &[Slot]) {
    if gc_concurrent::satb::active() {
        for j in (1..s.len()).rev() {
            s[j].set(s[j - 1].get());
        }
        return;
    }
    // Eight at a time from the end, as `shift_down` from the start.
    let mut j = s.len();
    while j >= 9 {
        // SAFETY: 9 <= j <= s.len(), so j - 9 .. j are in bounds.
        let w: [usize; 8] = std::array::from_fn(|k| unsafe { s.get_unchecked(j - 2 - k) }.0.load(Ordering::Acquire));
        for (k, v) in w.into_iter().enumerate() {
            // SAFETY: as above. Acquire/Release: see `shift_down`.
            unsafe { s.get_unchecked(j - 1 - k) }.0.store(v, Ordering::Release);
        }
        j -= 8;
    }
    while j >= 2 {
        // Acquire/Release: as above.
        s[j - 1].0.store(s[j - 2].0.load(Ordering::Acquire), Ordering::Release);
        j -= 1;
    }
}

/// Copy `src` into the first `src.len()` slots of `dst`, an array that no other thread can
/// reach yet (fresh from `alloc::new_array`, not published): a container reallocating its
/// storage (`list` growth). One `memcpy`, no per-slot barrier and no atomic per slot:
/// - no barrier: the destination slots hold NULL (nothing to log), and an array allocated
///   while marking runs is born marked (gc-concurrent satb.rs), so its contents need no
///   logging either;
/// - `dst`: nobody else reads or writes an unpublished array, so plain writes race with
///   nothing. The caller publishes it with a Release store (`Slot::set` of the container's
///   storage field), which orders these writes before any reader's Acquire load of it;
/// - `src`: the caller holds the container's lock, so no thread writes these slots meanwhile
///   (lock.rs INV-L2; in the GIL build the GIL excludes writers); lock-free readers only read,
///   and reads do not race with reads. The items' own initialisation happened-before the
///   stores that put them in `src`, which happened-before this copy (same lock, or this thread).
///
/// Panics if `dst` is shorter than `src`.
pub fn copy_into_fresh(dst: &[Slot], src: &[Slot]) {
    assert!(dst.len() >= src.len(), "copy_into_fresh: destination too short");
    // SAFETY: both ranges are in bounds (checked above), `Slot` is a transparent word, and
    // they do not overlap (`dst` is a different, newly allocated array). The accesses race
    // with nothing, for the reasons in the doc comment.
    unsafe {
        std::ptr::copy_nonoverlapping(src.as_ptr() as *const usize, dst.as_ptr() as *mut usize, src.len());
    }
}

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
        if gc_concurrent::satb::active() {
            // Relaxed: the barrier only needs the value this thread is about to overwrite (or
            // one a racing store wrote after the snapshot, which needs no logging: satb.rs).
            let old = self.0.load(Ordering::Relaxed);
            // Initialising stores overwrite NULL: nothing to log, no call.
            if Value::from_raw(old).is_ptr() {
                crate::alloc::satb_log(old);
            }
        }
        // Release: publishes the initialisation of `v`'s object (see module doc).
        self.0.store(v.raw(), Ordering::Release)
    }
    /// Atomically replace and return the old value.
    pub fn swap(&self, v: Value) -> Value {
        // AcqRel: acquire the old object (we may read it) and release the new one.
        let old = Value::from_raw(self.0.swap(v.raw(), Ordering::AcqRel));
        if gc_concurrent::satb::active() {
            // The old value is still live here (no safepoint in between): log it.
            crate::alloc::satb_log(old.raw());
        }
        old
    }
    /// Compare-and-swap; returns whether it succeeded.
    pub fn cas(&self, old: Value, new: Value) -> bool {
        // AcqRel as in `swap`; Acquire on failure to read the current value consistently.
        let ok = self.0.compare_exchange(old.raw(), new.raw(), Ordering::AcqRel, Ordering::Acquire).is_ok();
        if ok && gc_concurrent::satb::active() {
            crate::alloc::satb_log(old.raw());
        }
        ok
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

#[cfg(test)]
mod shift_tests {
    use super::*;

    fn slots(n: usize) -> Vec<Slot> {
        // Small ints are tagged values, not pointers: no heap needed.
        (0..n).map(|i| Slot::new(Value::from_raw(i * 8 + 1))).collect()
    }

    fn raws(s: &[Slot]) -> Vec<usize> {
        s.iter().map(|x| x.0.load(Ordering::Relaxed)).collect()
    }

    /// Every length around the unrolled loop's step of eight: the same result as moving one
    /// slot at a time.
    #[test]
    fn shifts_match_one_slot_at_a_time() {
        for n in 0..40 {
            let s = slots(n);
            let mut want = raws(&s);
            if n > 1 {
                want.copy_within(1.., 0);
            }
            shift_down(&s);
            assert_eq!(raws(&s), want, "shift_down of {n}");

            let s = slots(n);
            let mut want = raws(&s);
            if n > 1 {
                want.copy_within(..n - 1, 1);
            }
            shift_up(&s);
            assert_eq!(raws(&s), want, "shift_up of {n}");
        }
    }
}

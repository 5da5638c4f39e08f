//! The GC word: the first word of every heap object (and of every `static` object the client
//! builds with [`GcWord::new_static`]).
//!
//! ```text
//! bits  0..32  size in granules (size / 8): objects up to 32 GiB - 8 bytes
//! bits 32..40  user byte: owned by the object model (its layout kind), never read by the GC
//! bits 40..48  mark epoch: see below; 0 only for statics
//! bit  48      STATIC: a Rust `static`, never marked, traced or freed
//! bits 49..64  reserved for the GC (0)
//! ```
//!
//! ## Mark epochs
//!
//! Instead of one mark bit that must be cleared before each marking, every collection has an
//! epoch in `1..=255` (`Heap::epoch`, advanced at the start of each collection, 1 before the
//! first) and an object is marked by the running collection iff its mark field equals that
//! collection's epoch. Between collections, with E the epoch of the last marking:
//!
//! - a survivor of the last collection holds E (it was marked then);
//! - an object allocated since holds E too: E is the *allocation colour* (`mutator.rs`, INV-M3),
//!   so the next marking (E+1) sees it unmarked;
//! - a dead object holds an older epoch. Nothing resets it; its memory is simply reused.
//!
//! The mark field therefore doubles as a validity test for conservative lookups, which may land
//! on the stale start bit of a dead object whose lines nobody reused yet (bitmap.rs, INV-B2):
//! valid means E between collections, E or E+1 while marking with E+1.
//!
//! - INV-H1: a live object is re-marked by every collection, so its mark is always the current
//!   or the previous epoch, never a stale one.
//! - INV-H2: a dead object is never traced: exact pointers to it no longer exist in live objects,
//!   and conservative lookups reject its stale mark.
//! - INV-H3 (wrap-around): epochs repeat every 255 collections, so a stale mark comes back into
//!   the valid window 254 collections after its object died. Before that can happen the object's
//!   start bit is gone: the sweeps that follow the markings with epochs 127 and 254 (never more
//!   than 128 collections apart), which run before the markings with epochs 128 and 255, drop
//!   the start bit of every object in the blocks they sweep whose mark is not that epoch
//!   (pool.rs `SweepJob::cleanse`), which removes every object that died since the last such
//!   pass; blocks not swept hold no objects. The sweep after the marking with epoch 255 also
//!   resets the stale line marks of the blocks it sweeps before the wrap to 1 (line.rs).
//!
//! While a marking with epoch E' runs, the allocation colour is E': objects allocated during
//! marking are born marked (satb.rs INV-S2), and valid means E or E'.
//!
//! ## Atomicity
//!
//! Size, user byte and STATIC never change after initialisation. The mark epoch is written only by
//! the marking thread (one at a time: the collector thread, or the thread running a pause), and
//! only for objects allocated before the marking started, which no mutator writes (trace.rs
//! INV-T2); so plain atomic loads and stores suffice. It is an `AtomicU64` (std's: a loom atomic
//! cannot live in raw heap memory) so that mutators reading an object's size while the marker
//! writes its mark never race.

use std::sync::atomic::{AtomicU64, Ordering};

const SIZE_MASK: u64 = 0xFFFF_FFFF;
const USER_SHIFT: u32 = 32;
const MARK_SHIFT: u32 = 40;
const MARK_MASK: u64 = 0xFF << MARK_SHIFT;
const STATIC_BIT: u64 = 1 << 48;

/// Word at offset 0 of every heap object: object size in bytes (a multiple of 8), a mark state, a
/// STATIC flag and one byte owned by the object model. See the module doc for the layout.
#[repr(transparent)]
pub struct GcWord(AtomicU64);

impl GcWord {
    /// The GC word of a Rust `static` object: never marked, never traced, never freed.
    /// `size` must be a multiple of 8 below 32 GiB.
    pub const fn new_static(size: usize, user: u8) -> GcWord {
        assert!(
            size.is_multiple_of(8),
            "GcWord: size must be a multiple of 8"
        );
        assert!((size >> 3) as u64 <= SIZE_MASK, "GcWord: size too large");
        GcWord(AtomicU64::new(bits_for(size, user, 0) | STATIC_BIT))
    }

    /// Object size in bytes, header included.
    #[inline(always)]
    pub fn size(&self) -> usize {
        size_of_bits(self.load())
    }

    /// The byte reserved for the object model.
    #[inline(always)]
    pub fn user_byte(&self) -> u8 {
        (self.load() >> USER_SHIFT) as u8
    }

    /// Whether this is the word of a `static` object.
    #[inline(always)]
    pub fn is_static(&self) -> bool {
        self.load() & STATIC_BIT != 0
    }

    /// The mark epoch (0: never marked). See the module doc.
    #[inline(always)]
    pub fn mark_epoch(&self) -> u8 {
        mark_of_bits(self.load())
    }

    /// The GC word at `obj`.
    ///
    /// # Safety
    /// `obj` must point to a heap or static object (its first word is a `GcWord`) that stays
    /// allocated for `'a`.
    #[inline(always)]
    pub unsafe fn from_object<'a>(obj: *const u8) -> &'a GcWord {
        // SAFETY: the caller guarantees `obj` starts an object, whose first word is a GcWord,
        // 8-aligned because every object is.
        unsafe { &*(obj as *const GcWord) }
    }

    #[inline(always)]
    pub(crate) fn load(&self) -> u64 {
        // Relaxed: size/user/STATIC are immutable after the allocating thread's initialisation,
        // which reaches other threads through the client's own publication (a Release store of
        // the pointer) or, for the collector, through the safepoint handshake. The mark field is
        // written only by the one marking thread (trace.rs INV-T2).
        self.0.load(Ordering::Relaxed)
    }

    /// Replaces `old` by `new` if the word still holds `old`: a marker's claim on an object
    /// while other markers may race for it (trace.rs INV-T2, assist.rs).
    #[inline(always)]
    pub(crate) fn claim(&self, old: u64, new: u64) -> bool {
        // Relaxed: the claim only decides which marker traces the object; see `load` for how
        // the other fields reach it.
        self.0.compare_exchange(old, new, Ordering::Relaxed, Ordering::Relaxed).is_ok()
    }

    #[inline(always)]
    pub(crate) fn store(&self, bits: u64) {
        // Relaxed: see `load`; the word's only writers are the allocating thread before
        // publication and the marker while the world is stopped.
        self.0.store(bits, Ordering::Relaxed)
    }
}

/// The initial bits of an object of `size` bytes with user byte `user` and mark epoch `mark`.
#[inline(always)]
pub(crate) const fn bits_for(size: usize, user: u8, mark: u8) -> u64 {
    ((size as u64) >> 3) | ((user as u64) << USER_SHIFT) | ((mark as u64) << MARK_SHIFT)
}

/// `bits` with the mark epoch replaced by `mark`.
#[inline(always)]
pub(crate) const fn with_mark(bits: u64, mark: u8) -> u64 {
    (bits & !MARK_MASK) | ((mark as u64) << MARK_SHIFT)
}

/// The mark epoch in `bits`.
#[inline(always)]
pub(crate) const fn mark_of_bits(bits: u64) -> u8 {
    (bits >> MARK_SHIFT) as u8
}

/// The size in bytes in `bits`.
#[inline(always)]
pub(crate) const fn size_of_bits(bits: u64) -> usize {
    ((bits & SIZE_MASK) << 3) as usize
}

/// Whether `bits` has the STATIC flag.
#[inline(always)]
pub(crate) const fn is_static_bits(bits: u64) -> bool {
    bits & STATIC_BIT != 0
}

/// The epoch after `e` in the cycle 1..=255.
#[inline(always)]
pub(crate) const fn next_epoch(e: u8) -> u8 {
    if e == u8::MAX { 1 } else { e + 1 }
}

/// The epoch before `e` in the cycle 1..=255.
#[inline(always)]
pub(crate) const fn prev_epoch(e: u8) -> u8 {
    if e <= 1 { u8::MAX } else { e - 1 }
}

/// Whether the marking with epoch `e` is preceded by the start-bit cleanse (INV-H3).
#[inline(always)]
pub(crate) const fn is_cleanse_epoch(e: u8) -> bool {
    e == 128 || e == u8::MAX
}

/// The largest object size a GC word can describe.
pub(crate) const MAX_OBJECT_SIZE: usize = (SIZE_MASK as usize) << 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip() {
        static S: GcWord = GcWord::new_static(48, 9);
        assert_eq!(S.size(), 48);
        assert_eq!(S.user_byte(), 9);
        assert!(S.is_static());
        assert_eq!(S.mark_epoch(), 0);

        let big = (1usize << 32) - 8 + (1 << 33);
        let w = GcWord(AtomicU64::new(bits_for(big, 255, 0)));
        assert_eq!(w.size(), big);
        assert_eq!(w.user_byte(), 255);
        assert!(!w.is_static());
        w.store(with_mark(w.load(), 200));
        assert_eq!(w.mark_epoch(), 200);
        assert_eq!(w.size(), big);
        assert_eq!(w.user_byte(), 255);
        assert!(MAX_OBJECT_SIZE >= u32::MAX as usize);
    }
}

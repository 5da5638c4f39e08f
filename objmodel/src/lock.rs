//! The per-object lock word.
//!
//! In this stage of the runtime the word is reserved in every header and initialised, but no
//! protocol runs on it yet: the threads issue turns it into a biased lock (states: biased to a
//! thread, thin-locked, inflated) with revocation at the owner's safepoint. Keeping it in the
//! header now fixes the object layout that the JIT and the GC will rely on.

use std::sync::atomic::AtomicUsize;

/// Lock word: `0` = unlocked and unbiased.
#[repr(transparent)]
pub struct LockWord(AtomicUsize);

impl LockWord {
    pub const fn new() -> LockWord {
        LockWord(AtomicUsize::new(0))
    }
}

impl Default for LockWord {
    fn default() -> Self {
        LockWord::new()
    }
}

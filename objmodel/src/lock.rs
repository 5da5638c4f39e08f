//! The per-object lock word, and the lock that makes each built-in container operation atomic.
//!
//! # Problem
//! Python threads run in parallel with no global lock, yet CPython promises that each single
//! operation on a built-in container (`list.append`, `d[k] = v`, `set.add`, ...) is atomic.
//! Writers to the same container must therefore exclude each other, and readers must never see a
//! half-made change that could send them out of bounds.
//!
//! # Scheme (this stage: thin locks)
//! The word is `UNLOCKED` (0) or `LOCKED` (1). A mutator acquires it with one compare-and-swap,
//! spins briefly with exponential backoff if another thread holds it, then yields the CPU. A
//! critical section is always a short native operation on one object: it never runs Python code,
//! never reaches a safepoint and never acquires another object's lock, so holders finish quickly,
//! there is no lock-order deadlock, and a collection never waits for a lock holder (INV-L3).
//! Operations that must run Python code (a key's `__eq__` during a dict lookup) release the lock
//! around the call and re-validate with the container's version, as CPython's free-threaded dict
//! does.
//!
//! The next stage (the threads issue) keeps this word and adds *bias*: objects are born biased to
//! the allocating thread, which then locks and unlocks with plain loads and stores; another
//! thread revokes the bias through a handshake at the owner's safepoint and then uses this thin
//! lock. The states will be: biased(T), biased-and-held(T, depth), thin (0/1), inflated.
//!
//! # Invariants
//! - INV-L1: only the thread that moved the word from `UNLOCKED` to `LOCKED` stores `UNLOCKED`.
//! - INV-L2: every write to a container's storage happens with its lock held.
//! - INV-L3: no safepoint poll, allocation-triggered collection or Python call happens while a
//!   lock is held (allocation never collects; see gc-concurrent).
//!
//! # Orderings
//! Acquire on the successful CAS pairs with the Release store in `unlock`: everything the previous
//! holder wrote to the container happens-before everything the next holder reads. A failed CAS
//! uses Relaxed because it publishes nothing and the thread retries.

use crate::sync::{AtomicUsize, Ordering};

const UNLOCKED: usize = 0;
const LOCKED: usize = 1;

/// Lock word: see the module doc.
#[repr(transparent)]
pub struct LockWord(AtomicUsize);

impl LockWord {
    #[cfg(not(loom))]
    pub const fn new() -> LockWord {
        LockWord(AtomicUsize::new(UNLOCKED))
    }
    #[cfg(loom)]
    pub fn new() -> LockWord {
        LockWord(AtomicUsize::new(UNLOCKED))
    }

    /// Try once to take the lock.
    #[inline(always)]
    pub fn try_lock(&self) -> bool {
        // Acquire on success: see the module doc. Relaxed on failure: nothing is published.
        self.0.compare_exchange(UNLOCKED, LOCKED, Ordering::Acquire, Ordering::Relaxed).is_ok()
    }

    /// Take the lock, spinning then yielding while another thread holds it.
    #[inline(always)]
    pub fn lock(&self) -> LockGuard<'_> {
        if !self.try_lock() {
            self.lock_slow();
        }
        LockGuard { word: self }
    }

    #[cold]
    fn lock_slow(&self) {
        let mut spins = 0u32;
        loop {
            // Relaxed read: only a hint; the CAS in try_lock synchronises.
            if self.0.load(Ordering::Relaxed) == UNLOCKED && self.try_lock() {
                return;
            }
            if spins < 10 {
                for _ in 0..(1u32 << spins) {
                    crate::sync::spin_loop();
                }
                spins += 1;
            } else {
                crate::sync::yield_now();
            }
        }
    }

    /// Release the lock (INV-L1: only by its holder).
    #[inline(always)]
    pub fn unlock(&self) {
        // Release: publishes the critical section's writes to the next acquirer.
        self.0.store(UNLOCKED, Ordering::Release);
    }

    /// Whether some thread holds the lock (for assertions).
    pub fn is_locked(&self) -> bool {
        // Relaxed: diagnostic only.
        self.0.load(Ordering::Relaxed) != UNLOCKED
    }
}

impl Default for LockWord {
    fn default() -> Self {
        LockWord::new()
    }
}

/// Holds an object's lock; releases it when dropped.
pub struct LockGuard<'a> {
    word: &'a LockWord,
}

impl LockGuard<'_> {
    /// Release the lock while `f` runs (e.g. a call into Python code), then take it again.
    /// The caller must re-validate what it read before (INV-L3 and the module doc).
    pub fn unlocked<R>(&self, f: impl FnOnce() -> R) -> R {
        self.word.unlock();
        let r = f();
        if !self.word.try_lock() {
            self.word.lock_slow();
        }
        r
    }
}

impl Drop for LockGuard<'_> {
    fn drop(&mut self) {
        self.word.unlock();
    }
}

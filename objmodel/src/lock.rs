//! The per-object lock word: biased, thin and inflated states, and the lock that makes each
//! built-in container operation atomic.
//!
//! # Problem
//! Python threads run in parallel with no global lock, yet CPython promises that each single
//! operation on a built-in container (`list.append`, `d[k] = v`, `set.add`, ...) is atomic.
//! Writers to the same container must exclude each other, and readers must never see a
//! half-made change. Most containers are only ever touched by the thread that made them, so the
//! common case must not pay for an atomic read-modify-write.
//!
//! # States of the word
//! ```text
//! bit 0      LOCKED   held (by the bias owner, or by the thin holder)
//! bit 1      PARKED   thin only: threads sleep in park.rs waiting for this word ("inflated")
//! bit 2      BIASED   the word belongs to thread `tid`
//! bits 3..38 tid      biased: the owner; thin: the holder, or the last holder when unheld
//!                     (contention reports name it; a "handoff" is a take by another thread)
//! bit 38     NO_REBIAS  a revocation of this word waited long: never rebias it (Rebiasing)
//! bit 39     REBIASED the word was biased again after a revocation (see Rebiasing)
//!                     (both never cleared)
//! bits 40..  site     allocation site id for contention reports (0 = not recorded); never changes
//! ```
//! - **biased(T)** / **biased-held(T)**: objects of lockable kinds are born biased to the
//!   allocating thread (`initial_word`). T locks with a load, a compare and a plain store of
//!   `LOCKED`, and unlocks with a plain store: no read-modify-write, no fence.
//! - **thin**: any thread locks with one compare-and-swap (`site|last` → `site|me|LOCKED`) and
//!   unlocks with one (`site|me|LOCKED` → `site|me`).
//! - **inflated**: after a short spin a waiter sets `PARKED` and sleeps in the park queue keyed
//!   by the word's address (`parking_lot_core`); the release that sees `PARKED` wakes one waiter
//!   and stores `PARKED` again only if more are queued (INV-P1 in park.rs).
//!
//! # Revocation
//! A thread U ≠ T that finds the word biased to T cannot take it: T's plain stores race with
//! any CAS. U asks T to *revoke* the bias (`threads::revoke`): T does it itself at its next
//! safepoint, or U does it on T's behalf while T is parked, stopped or gone. Revocation turns
//! biased(T) into thin-unlocked and biased-held(T) into thin-held-by-T, so T's own later
//! `unlock` (which re-reads the word) releases a thin lock. Each revocation of an object's
//! first bias is counted against the object's class; a class whose objects were revoked
//! `BULK_REVOKE_THRESHOLD` times stops being biased at allocation.
//!
//! # Rebiasing
//! An object handed to one other thread and then used only by it (a list built by the main
//! thread and filled by a worker), or used in turns by threads in serial mode (serial.rs), would
//! otherwise pay a CAS pair on every operation for the rest of its life. A thread that takes the
//! same thin lock [`REBIAS_AFTER`] times in a row, each time from itself as the last holder (no
//! other thread took it in between: a take from another holder restarts the count), moves the
//! word it holds from thin-held-by-T to biased-held(T) with one CAS, and sets `REBIASED`. The
//! CAS fails if a waiter has set `PARKED` meanwhile (the word stays thin: the waiter sleeps on
//! a thin word and needs a thin release to wake it). From then on the word is an ordinary
//! biased word: any other thread that wants it revokes the bias as above. The streaks are kept
//! in a small per-thread table (threads.rs `note_own_take`), no shared counter. Ping-pong
//! between rebias and revocation is bounded by the streak: at most one revocation handshake
//! per `REBIAS_AFTER` uncontended takes. But a revocation waits for the owner's next safepoint,
//! and an owner that is running in parallel can be descheduled for a whole time slice (more
//! runnable threads than cores, the collector's thread among them): a revocation of a
//! *rebiased* word that waited longer than [`SLOW_REVOCATION_NS`] sets `NO_REBIAS`, and the
//! word stays thin for good — that object is shared in parallel, where the CAS pair is the
//! cheaper price. The revocation of the bias an object got at allocation never sets it,
//! however long it waited: its slowness says where the allocating thread was (still running
//! on towards a `join`, or descheduled on a loaded machine), not that the object ping-pongs,
//! and an object built by one thread and then used by another alone (the usual hand-over)
//! must still reach the bias owner's path. The ping-pong bound above still holds: at most one
//! slow revocation of a rebiased word per object. Revocations of a
//! parked owner (one waiting for the serial token in serial mode, or blocked) take
//! microseconds and keep rebiasing on. Revocations of a rebiased word are not counted
//! against its class: they tell about this object, and the streak already adapts to it.
//! Takes while a contention report is recording go through the slow path and never rebias, so
//! a report shows the conflicts at their full cost.
//!
//! ## Rebiasing in serial mode
//! Threads in serial mode (serial.rs) run Python code one at a time, each for a slice of up to
//! 5 ms while it holds the serial token, and the objects they share pass from one to the next
//! with the token. A slice of a contended program takes such an object tens of thousands of
//! times; with a streak of `REBIAS_AFTER` the first 4096 of them pay the CAS pair, about a tenth
//! of the slice's lock operations in dict_hot_keys. So while a thread holds the token its streak
//! is [`REBIAS_AFTER_SERIAL`] (64), and `NO_REBIAS` does not stop it: the next holder's
//! revocation finds this thread parked, waiting for the token, and takes microseconds. A thread
//! outside serial mode that wants the object meanwhile revokes from a running owner, as before;
//! its waits are charged as conflicts and bring it into serial mode too. The bound on ping-pong
//! becomes one revocation per 64 takes of the holder, each at a token handover or a conflict
//! that serial mode is about to remove.
//!
//! # Invariants
//! - INV-L1: only the thread that moved the word to a held state stores it back to unheld.
//! - INV-L2: every write to a container's storage happens with its lock held.
//! - INV-L3: no safepoint poll, collection or Python call happens while a lock is held;
//!   operations that must run Python code (`__eq__` during a dict lookup) release the lock
//!   around the call (`LockGuard::unlocked`) and re-validate with the container's version.
//! - INV-L4: a biased word changes only by (a) its owner's own lock/unlock stores, or (b) a
//!   revocation, which happens only while the owner is at a safepoint, parked, stopped or gone
//!   (threads.rs INV-T2) — never between the owner's load and store in `lock`/`unlock`, because
//!   the owner is running native code there, not at a safepoint.
//! - INV-L5: a thin word's `site` bits never change; every CAS carries them over, and
//!   `REBIASED` once set.
//! - INV-L6: a word becomes biased again only by its thin holder's own CAS (rebiasing), with
//!   no `PARKED` waiter; so no thread that could store to the word without a CAS (a bias
//!   owner) exists at that moment, and every other thread's pending CAS fails on the new word.
//!
//! # Orderings
//! Acquire on every successful thin CAS pairs with the Release store/CAS that released the
//! word: everything the previous holder wrote happens-before the next holder's reads. The bias
//! owner's stores are Relaxed: while the word is biased no other thread reads the container
//! through the lock; the hand-over to other threads goes through revocation, whose Release
//! store of the thin word happens after the owner's last critical section in program order (at
//! the owner's safepoint) or after the owner's parking handshake (a mutex release/acquire in
//! threads.rs), so the chain owner-writes → revocation store → next CAS (Acquire) is ordered.
//! A failed CAS uses Relaxed: it publishes nothing and the thread retries.
//!
//! # The GIL build
//! With the `gil` feature the global interpreter lock serialises all Python code and every
//! method here compiles to nothing (`LockGuard` is empty).

use crate::sync::{AtomicUsize, Ordering};

pub(crate) const LOCKED: usize = 1;
pub(crate) const PARKED: usize = 2;
pub(crate) const BIASED: usize = 4;
pub(crate) const TID_SHIFT: u32 = 3;
pub(crate) const SITE_SHIFT: u32 = 40;
pub(crate) const REBIASED: usize = 1 << (SITE_SHIFT - 1);
pub(crate) const NO_REBIAS: usize = 1 << (SITE_SHIFT - 2);
const TID_MASK: usize = ((1usize << (SITE_SHIFT - 2 - TID_SHIFT)) - 1) << TID_SHIFT;
const SITE_MASK: usize = !((1usize << SITE_SHIFT) - 1);
/// The bits every transition carries over: the site (INV-L5), `REBIASED` and `NO_REBIAS`.
const STICKY: usize = SITE_MASK | REBIASED | NO_REBIAS;
/// Largest thread id that fits the word; later threads never bias (threads.rs).
pub const MAX_TID: usize = (1usize << (SITE_SHIFT - 2 - TID_SHIFT)) - 1;
/// A revocation that waited longer than this (the owner was running, not parked, and did not
/// reach a safepoint soon) stops the word's rebiasing (module doc, Rebiasing).
pub const SLOW_REVOCATION_NS: u64 = 100_000;
/// Consecutive own thin takes of one object after which a thread rebiases it (module doc).
/// Under loom two, so that the models reach the rebias with few operations.
#[cfg(not(loom))]
pub const REBIAS_AFTER: u32 = 4096;
#[cfg(loom)]
pub const REBIAS_AFTER: u32 = 2;
/// The streak while the thread holds the serial token (module doc, Rebiasing in serial mode).
#[cfg(not(loom))]
pub const REBIAS_AFTER_SERIAL: u32 = 64;
#[cfg(loom)]
pub const REBIAS_AFTER_SERIAL: u32 = 2;
/// Largest allocation-site id that fits the word.
pub const MAX_SITE: usize = (1usize << (usize::BITS - SITE_SHIFT)) - 1;
/// Cap of one handoff's recorded cost (see `lock_slow`).
const HANDOFF_MAX_NS: u64 = 2_000;
/// Spins (with exponential backoff) before a waiter parks. Under loom one spin: spinning is a
/// performance heuristic, and the models should spend their interleavings on the park path.
#[cfg(not(loom))]
const SPIN_LIMIT: u32 = 6;
#[cfg(loom)]
const SPIN_LIMIT: u32 = 1;

/// The word of an object biased to thread `tid`, unlocked, with allocation site `site`.
#[inline(always)]
pub const fn biased_word(tid: usize, site: usize) -> usize {
    (site << SITE_SHIFT) | (tid << TID_SHIFT) | BIASED
}

/// A thin, unlocked word with allocation site `site`.
#[inline(always)]
pub const fn thin_word(site: usize) -> usize {
    site << SITE_SHIFT
}

#[inline(always)]
fn tid_of(w: usize) -> usize {
    (w & TID_MASK) >> TID_SHIFT
}

/// The thin word `w` taken by thread `me`: keeps the site and PARKED, replaces the last
/// holder with `me`.
#[inline(always)]
fn locked_by(w: usize, me: usize) -> usize {
    (w & (STICKY | PARKED)) | (me << TID_SHIFT) | LOCKED
}

/// A thin lock whose last holder was `last` was just taken by `me`: if that is another thread,
/// the object moved between cores — a conflict charged to serial mode's policy (serial.rs).
#[inline(always)]
fn note_handoff(last: usize, me: usize) {
    #[cfg(not(loom))]
    if last != me && last != 0 {
        crate::serial::note_handoff();
    }
    #[cfg(loom)]
    let _ = (last, me);
}

/// Whether the calling thread holds the serial token (serial.rs), which shortens its rebias
/// streaks (module doc, Rebiasing in serial mode). The loom models have no serial mode.
#[inline(always)]
pub(crate) fn holds_serial_token() -> bool {
    #[cfg(not(loom))]
    return crate::serial::holds_token();
    #[cfg(loom)]
    return false;
}

/// Lock word: see the module doc.
#[repr(transparent)]
pub struct LockWord(AtomicUsize);

/// What the lock-word reader sees, for reports and tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockState {
    Biased { owner: usize, held: bool },
    Thin { held: bool, parked: bool },
}

impl LockWord {
    #[cfg(not(loom))]
    pub const fn new() -> LockWord {
        LockWord(AtomicUsize::new(0))
    }
    #[cfg(loom)]
    pub fn new() -> LockWord {
        LockWord(AtomicUsize::new(0))
    }

    /// Set the initial word of an object that no other thread can see yet.
    #[inline(always)]
    pub fn init(&self, bits: usize) {
        // Relaxed: the object is unpublished; its publication (a Release store) orders this.
        self.0.store(bits, Ordering::Relaxed);
    }

    /// The allocation site id recorded in the word (0 = none).
    pub fn site(&self) -> usize {
        // Relaxed: the site bits never change (INV-L5).
        self.0.load(Ordering::Relaxed) >> SITE_SHIFT
    }

    /// The current state (a snapshot; for reports and tests).
    pub fn state(&self) -> LockState {
        // Relaxed: diagnostic snapshot.
        let w = self.0.load(Ordering::Relaxed);
        if w & BIASED != 0 {
            LockState::Biased { owner: tid_of(w), held: w & LOCKED != 0 }
        } else {
            LockState::Thin { held: w & LOCKED != 0, parked: w & PARKED != 0 }
        }
    }

    /// Whether some thread holds the lock (for assertions).
    pub fn is_locked(&self) -> bool {
        // Relaxed: diagnostic only.
        self.0.load(Ordering::Relaxed) & LOCKED != 0
    }

    /// The address used as the park-queue key and in revocation requests.
    #[inline(always)]
    pub(crate) fn addr(&self) -> usize {
        self as *const LockWord as usize
    }

    #[inline(always)]
    pub(crate) fn load(&self, o: Ordering) -> usize {
        self.0.load(o)
    }

    /// Whether the word was ever rebiased (its revocations are not the class's business).
    pub fn was_rebiased(&self) -> bool {
        // Relaxed: REBIASED is only ever set; a stale read only changes an accounting hint.
        self.0.load(Ordering::Relaxed) & REBIASED != 0
    }

    /// Revocation (threads.rs, INV-L4 (b)): called with the owner at a safepoint, parked,
    /// stopped or gone. Returns whether the word was still biased to `owner`.
    pub(crate) fn revoke_bias_of(&self, owner: usize) -> bool {
        // Acquire: if the owner is gone its last stores are ordered by the registry mutex; the
        // load itself only decides whether to act.
        let w = self.0.load(Ordering::Acquire);
        if w & BIASED == 0 || tid_of(w) != owner {
            return false;
        }
        // The owner stays in the tid bits: as the holder, or as the last holder.
        let new = (w & STICKY) | (owner << TID_SHIFT) | (w & LOCKED);
        // AcqRel CAS: Release publishes the owner's critical sections (ordered before this call
        // by the handshake) to the next thin acquirer; a CAS (not a store) because two revokers
        // acting for a gone owner may race.
        self.0.compare_exchange(w, new, Ordering::AcqRel, Ordering::Relaxed).is_ok()
    }
}

#[cfg(not(feature = "gil"))]
impl LockWord {
    /// Try once to take the lock (never revokes a bias held by another thread).
    #[inline]
    pub fn try_lock(&self) -> bool {
        let me = crate::threads::current_tid();
        // Relaxed load: a decision input only; the CAS below synchronises.
        let w = self.0.load(Ordering::Relaxed);
        if w & BIASED != 0 {
            if tid_of(w) == me && w & LOCKED == 0 {
                // Relaxed: INV-L4, only the owner writes a biased word.
                self.0.store(w | LOCKED, Ordering::Relaxed);
                crate::threads::count(|s| s.biased += 1);
                return true;
            }
            return false;
        }
        if w & LOCKED != 0 {
            return false;
        }
        // Acquire on success: see the module doc.
        let ok = self.0.compare_exchange(w, locked_by(w, me), Ordering::Acquire, Ordering::Relaxed).is_ok();
        if ok {
            crate::threads::count(|s| s.thin += 1);
        }
        ok
    }

    /// Take the lock: the bias owner's fast path, else a thin CAS, else the slow path
    /// (revocation, spinning, parking).
    ///
    /// Only the bias owner's path is inlined into callers: it is a few instructions, and
    /// inlining the thin path too (a CAS, the handoff and streak bookkeeping) made every
    /// container operation that locks a large function with a costly prologue, on the
    /// owner's path as well. Thin takes pay one call (`lock_thin`), small beside their CAS.
    #[inline(always)]
    pub fn lock(&self) -> LockGuard<'_> {
        let me = crate::threads::current_tid();
        // Relaxed: a decision input; see the module doc for why the owner needs no ordering.
        let w = self.0.load(Ordering::Relaxed);
        if w == (w & STICKY) | (me << TID_SHIFT) | BIASED {
            // INV-L4: only this thread writes the word while it is biased to it.
            self.0.store(w | LOCKED, Ordering::Relaxed);
            crate::threads::count(|s| s.biased += 1);
        } else {
            self.lock_thin(me, w);
        }
        LockGuard { word: self }
    }

    /// `lock` past the bias owner's path: one thin CAS when the word is thin and free (and no
    /// contention report is recording), else the slow path. `w`: the word `lock` loaded.
    #[inline(never)]
    fn lock_thin(&self, me: usize, w: usize) {
        if w & (BIASED | LOCKED) == 0
            && !crate::events::recording()
            && self.0.compare_exchange(w, locked_by(w, me), Ordering::Acquire, Ordering::Relaxed).is_ok()
        {
            crate::threads::count(|s| s.thin += 1);
            let last = tid_of(w);
            note_handoff(last, me);
            if crate::threads::note_own_take(self.addr(), last == me && me != 0) {
                self.rebias(me);
            }
        } else {
            self.lock_slow(me);
        }
    }

    /// Rebiasing (module doc): the caller `me` holds the word thin and just completed its
    /// `REBIAS_AFTER`th take in a row.
    #[cold]
    #[inline(never)]
    fn rebias(&self, me: usize) {
        // Relaxed: we hold the lock, so only a waiter's PARKED can change the word now.
        let held = self.0.load(Ordering::Relaxed);
        // NO_REBIAS does not hold the serial token's holder back (module doc).
        let no_rebias = if holds_serial_token() { 0 } else { NO_REBIAS };
        if held & (PARKED | BIASED | no_rebias) != 0 || held & LOCKED == 0 || tid_of(held) != me {
            return;
        }
        let new = (held & STICKY) | REBIASED | (me << TID_SHIFT) | BIASED | LOCKED;
        // Relaxed: our Acquire take already ordered the previous holders' critical sections
        // before ours; from here on the word is biased to us and hands over by revocation,
        // whose Release CAS follows our last critical section (module doc, Orderings). A
        // failure means a waiter set PARKED: stay thin (INV-L6).
        if self.0.compare_exchange(held, new, Ordering::Relaxed, Ordering::Relaxed).is_ok() {
            crate::threads::count(|s| s.rebiases += 1);
        }
    }

    /// Set `NO_REBIAS` after a slow revocation (module doc). A heuristic bit, set by CAS on a
    /// thin word without PARKED — the only words that change by CAS alone — so no other
    /// transition is lost; if the word moved meanwhile, the bit is simply not set.
    #[cold]
    fn stop_rebiasing(&self) {
        // Relaxed: a hint; the CAS publishes nothing.
        let w = self.0.load(Ordering::Relaxed);
        if w & (BIASED | PARKED | NO_REBIAS) == 0 {
            let _ = self.0.compare_exchange(w, w | NO_REBIAS, Ordering::Relaxed, Ordering::Relaxed);
        }
    }

    #[cold]
    #[inline(never)]
    fn lock_slow(&self, me: usize) {
        // Timed from the first wait (spin, park or revocation): an uncontended take while
        // recording (the only other way here) must stay cheap.
        let mut clock: Option<crate::threads::WaitClock> = None;
        let mut spins = 0u32;
        let mut other = 0usize;
        let mut parked = false;
        loop {
            // Relaxed: a decision input; the CAS that takes the lock synchronises.
            let w = self.0.load(Ordering::Relaxed);
            if w & BIASED != 0 {
                let owner = tid_of(w);
                if owner == me {
                    // Biased to us and held by us: a nested acquisition, which INV-L3's
                    // discipline rules out. Taking it again would deadlock; fail loudly.
                    if w & LOCKED != 0 {
                        panic!("object lock acquired twice by the same thread");
                    }
                    self.0.store(w | LOCKED, Ordering::Relaxed);
                    crate::threads::count(|s| s.biased += 1);
                    return;
                }
                let handshake = crate::threads::WaitClock::start();
                clock.get_or_insert(handshake);
                crate::threads::revoke(self, owner);
                let waited = handshake.waited();
                // Only a rebiased word's slow revocation counts (module doc, Rebiasing): the
                // first bias, given at allocation, tells nothing about sharing.
                if waited > SLOW_REVOCATION_NS && w & REBIASED != 0 {
                    self.stop_rebiasing();
                }
                // A revocation waited for a running owner is a conflict over this object, as a
                // contended wait is (serial.rs); one of a parked owner costs microseconds.
                #[cfg(not(loom))]
                crate::serial::note_wait(waited);
                crate::threads::count(|s| {
                    s.revocations += 1;
                    s.revoke_wait_ns += waited;
                });
                crate::events::record(crate::events::EventKind::Revocation, self, handshake.start_ns(), waited, owner);
                continue;
            }
            if w & LOCKED == 0 {
                let last = tid_of(w);
                // Handoff: the object's last holder was another thread, so its lock (and data)
                // moves between cores now. Uncontended thin takes come here only while
                // recording; one in HANDOFF_SAMPLE is timed (the CAS's latency) and recorded.
                let sampled = last != 0
                    && last != me
                    && clock.is_none()
                    && crate::events::recording()
                    && crate::threads::sample_handoff(crate::events::HANDOFF_SAMPLE);
                let t_cas = if sampled { crate::sync::now_ns() } else { 0 };
                // Acquire on success (module doc). PARKED is kept: other waiters still sleep.
                if self.0.compare_exchange(w, locked_by(w, me), Ordering::Acquire, Ordering::Relaxed).is_ok() {
                    note_handoff(last, me);
                    // A take that waited or came from another holder ends a rebias streak.
                    crate::threads::note_own_take(self.addr(), false);
                    if sampled {
                        // A transfer takes ~0.1 µs; a reading past HANDOFF_MAX_NS means this
                        // thread was descheduled between the clock reads: not the handoff's
                        // cost, and the sample's weight would multiply it.
                        let cas = crate::sync::now_ns().saturating_sub(t_cas).min(HANDOFF_MAX_NS);
                        let n = crate::events::HANDOFF_SAMPLE;
                        crate::events::record_weighted(crate::events::EventKind::Handoff, self, t_cas, cas, last, n);
                    }
                    break;
                }
                continue;
            }
            clock.get_or_insert_with(crate::threads::WaitClock::start);
            other = tid_of(w);
            if w & PARKED == 0 && spins < SPIN_LIMIT {
                for _ in 0..(1u32 << spins) {
                    crate::sync::spin_loop();
                }
                spins += 1;
                continue;
            }
            if w & PARKED == 0 {
                // Inflate: announce a sleeper so the holder's release wakes one (INV-P1).
                if self.0.compare_exchange(w, w | PARKED, Ordering::Relaxed, Ordering::Relaxed).is_err() {
                    continue;
                }
                crate::threads::count(|s| s.inflations += 1);
                crate::events::record(crate::events::EventKind::Inflation, self, crate::sync::now_ns(), 0, other);
            }
            // Sleep as a parked thread (threads.rs): collections and revocations of our own
            // biased objects proceed meanwhile; we hold no lock (INV-L3).
            let addr = self.addr();
            crate::threads::blocking(|| {
                // Relaxed in validate: it runs under the park queue's lock (INV-P1).
                crate::park::park(addr, || self.0.load(Ordering::Relaxed) & (LOCKED | PARKED) == LOCKED | PARKED)
            });
            parked = true;
        }
        if let Some(clock) = clock.filter(|_| spins > 0 || parked) {
            let waited = clock.waited();
            #[cfg(not(loom))]
            crate::serial::note_wait(waited);
            crate::threads::count(|s| {
                s.contended += 1;
                s.wait_ns += waited;
                if parked {
                    s.parked += 1;
                }
            });
            crate::events::record(crate::events::EventKind::Contended, self, clock.start_ns(), waited, other);
        } else {
            crate::threads::count(|s| s.thin += 1);
        }
    }

    /// Release the lock (INV-L1: only by its holder).
    #[inline(always)]
    pub fn unlock(&self) {
        // Relaxed: INV-L4 — if the word is biased-held by us, nobody else changes it now.
        let w = self.0.load(Ordering::Relaxed);
        if w & (BIASED | LOCKED) == BIASED | LOCKED {
            // Relaxed: the owner's own word; see the module doc (hand-over is by revocation).
            self.0.store(w & !LOCKED, Ordering::Relaxed);
            return;
        }
        self.unlock_thin(w);
    }

    /// `unlock` of a thin word (`w`: the word `unlock` loaded), out of line like `lock_thin`.
    #[inline(never)]
    fn unlock_thin(&self, w: usize) {
        // Release: publishes the critical section to the next acquirer.
        if w & PARKED != 0
            || self.0.compare_exchange(w, w & !LOCKED, Ordering::Release, Ordering::Relaxed).is_err()
        {
            self.unlock_slow();
        }
    }

    #[cold]
    #[inline(never)]
    fn unlock_slow(&self) {
        loop {
            // Relaxed: decision input.
            let w = self.0.load(Ordering::Relaxed);
            if w & PARKED == 0 {
                // Release: as in `unlock`. Fails only if a waiter just set PARKED: retry.
                if self.0.compare_exchange(w, w & !LOCKED, Ordering::Release, Ordering::Relaxed).is_ok() {
                    return;
                }
                continue;
            }
            // While we hold the word with PARKED set nobody else changes it (waiters only set
            // PARKED, which is set): `w` is current.
            let unheld = w & !(LOCKED | PARKED);
            crate::park::unpark_one(self.addr(), |more| {
                // Release: as in `unlock`; runs under the park queue's lock (INV-P1). PARKED
                // stays set only while other waiters still sleep.
                self.0.store(if more { unheld | PARKED } else { unheld }, Ordering::Release);
            });
            return;
        }
    }
}

#[cfg(feature = "gil")]
impl LockWord {
    /// GIL build: the global interpreter lock already excludes other threads.
    #[inline(always)]
    pub fn try_lock(&self) -> bool {
        true
    }
    #[inline(always)]
    pub fn lock(&self) -> LockGuard<'_> {
        LockGuard { word: self }
    }
    #[inline(always)]
    pub fn unlock(&self) {}
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
        std::mem::forget(self.word.lock());
        r
    }
}

impl Drop for LockGuard<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        self.word.unlock();
    }
}

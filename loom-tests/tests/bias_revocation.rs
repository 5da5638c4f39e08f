//! Model checks of biased locking and its revocation handshake (objmodel/src/lock.rs and
//! threads.rs, compiled from the real sources): the owner locks with plain stores while another
//! thread revokes the bias — at the owner's safepoint, on behalf of a parked owner, on behalf
//! of an owner that holds the lock while parked, and after the owner exited. In every
//! interleaving the critical sections never overlap (loom's UnsafeCell reports any
//! unsynchronised access) and no update is lost.
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::sync::atomic::{AtomicBool, Ordering};
use loom::thread;
use loom_tests::lock::{LockState, LockWord, biased_word};
use loom_tests::threads::{self, Registry};

struct Shared {
    lock: LockWord,
    data: UnsafeCell<u32>,
    reg: Registry,
}

// SAFETY: `data` is only accessed with `lock` held; loom's UnsafeCell checks this claim.
unsafe impl Sync for Shared {}

fn bump(s: &Shared, by: u32) {
    let _g = s.lock.lock();
    // SAFETY: lock held.
    s.data.with_mut(|p| unsafe { *p += by });
}

/// The owner registers, makes the object biased to itself, shares it, and keeps locking it
/// with safepoint polls in between; the other thread's lock revokes the bias via the
/// handshake (answered at a poll, or done on the owner's behalf once it exited).
#[test]
fn revocation_at_owner_safepoint() {
    loom::model(|| {
        let reg = Registry::new();
        let s = Arc::new(Shared { lock: LockWord::new(), data: UnsafeCell::new(0), reg });
        // SAFETY: the registry lives in `s`, which outlives every registration (joined below).
        let _me = unsafe { s.reg.register(0, 0) };
        s.lock.init(biased_word(threads::current_tid(), 0));
        assert!(matches!(s.lock.state(), LockState::Biased { held: false, .. }));
        let s2 = s.clone();
        let t = thread::spawn(move || {
            // SAFETY: as above.
            let _c = unsafe { s2.reg.register(0, 0) };
            bump(&s2, 10);
            s2.reg.unregister();
        });
        for _ in 0..2 {
            bump(&s, 1);
            threads::poll_slow(0);
        }
        s.reg.unregister();
        t.join().unwrap();
        let _g = s.lock.lock();
        // SAFETY: lock held.
        assert_eq!(s.data.with(|p| unsafe { *p }), 12);
        assert!(matches!(s.lock.state(), LockState::Thin { .. }));
    });
}

/// The owner parks (a blocking call) and never polls until the other thread is done: the
/// revoker must revoke on the parked owner's behalf (no deadlock).
#[test]
fn revocation_on_behalf_of_parked_owner() {
    loom::model(|| {
        let reg = Registry::new();
        let s = Arc::new(Shared { lock: LockWord::new(), data: UnsafeCell::new(0), reg });
        // SAFETY: see `revocation_at_owner_safepoint`.
        let _me = unsafe { s.reg.register(0, 0) };
        s.lock.init(biased_word(threads::current_tid(), 0));
        bump(&s, 1);
        let done = Arc::new(AtomicBool::new(false));
        let (s2, d2) = (s.clone(), done.clone());
        let t = thread::spawn(move || {
            // SAFETY: as above.
            let _c = unsafe { s2.reg.register(0, 0) };
            bump(&s2, 10);
            d2.store(true, Ordering::Release);
            s2.reg.unregister();
        });
        threads::blocking(|| {
            while !done.load(Ordering::Acquire) {
                thread::yield_now();
            }
        });
        bump(&s, 100);
        s.reg.unregister();
        t.join().unwrap();
        let _g = s.lock.lock();
        // SAFETY: lock held.
        assert_eq!(s.data.with(|p| unsafe { *p }), 111);
    });
}

/// The owner holds its biased lock while parked (a nested acquisition that blocks): the
/// revocation turns the word into a thin lock held by the owner, the revoker waits for the
/// owner's release, and the owner's unlock releases the thin lock.
#[test]
fn revocation_of_a_held_bias() {
    loom::model(|| {
        let reg = Registry::new();
        let s = Arc::new(Shared { lock: LockWord::new(), data: UnsafeCell::new(0), reg });
        // SAFETY: see `revocation_at_owner_safepoint`.
        let _me = unsafe { s.reg.register(0, 0) };
        s.lock.init(biased_word(threads::current_tid(), 0));
        let s2 = s.clone();
        {
            let _g = s.lock.lock();
            let t = thread::spawn(move || {
                // SAFETY: as above.
                let _c = unsafe { s2.reg.register(0, 0) };
                bump(&s2, 10);
                s2.reg.unregister();
            });
            threads::blocking(|| thread::yield_now());
            // SAFETY: lock held (biased or, after revocation, thin and ours).
            s.data.with_mut(|p| unsafe { *p += 1 });
            drop(_g);
            s.reg.unregister();
            t.join().unwrap();
        }
        let _g = s.lock.lock();
        // SAFETY: lock held.
        assert_eq!(s.data.with(|p| unsafe { *p }), 11);
    });
}

/// Rebiasing (lock.rs, INV-L6): the thread takes a thin lock `REBIAS_AFTER` times in a row and
/// biases it to itself again; then another thread takes it, which must revoke that bias (at
/// the owner's safepoint, or for it once it exited).
#[test]
fn rebias_then_revocation() {
    loom::model(|| {
        let reg = Registry::new();
        let s = Arc::new(Shared { lock: LockWord::new(), data: UnsafeCell::new(0), reg });
        // SAFETY: see `revocation_at_owner_safepoint`.
        let _me = unsafe { s.reg.register(0, 0) };
        // Thin from the start: the first take has no last holder, then REBIAS_AFTER own takes.
        for _ in 0..=loom_tests::lock::REBIAS_AFTER {
            bump(&s, 1);
        }
        assert!(matches!(s.lock.state(), LockState::Biased { held: false, .. }));
        let s2 = s.clone();
        let t = thread::spawn(move || {
            // SAFETY: as above.
            let _c = unsafe { s2.reg.register(0, 0) };
            bump(&s2, 10);
            s2.reg.unregister();
        });
        bump(&s, 1);
        threads::poll_slow(0);
        s.reg.unregister();
        t.join().unwrap();
        let _g = s.lock.lock();
        let n = loom_tests::lock::REBIAS_AFTER + 2;
        // SAFETY: lock held.
        assert_eq!(s.data.with(|p| unsafe { *p }), n + 10);
    });
}

/// The streak completes while another thread races for the thin lock (spinning, or parked
/// with PARKED set, which makes the rebias CAS fail): mutual exclusion holds, no update is
/// lost and no waiter sleeps forever, whichever the CAS finds.
#[test]
fn rebias_racing_a_thin_take() {
    loom::model(|| {
        let reg = Registry::new();
        let s = Arc::new(Shared { lock: LockWord::new(), data: UnsafeCell::new(0), reg });
        // SAFETY: see `revocation_at_owner_safepoint`.
        let _me = unsafe { s.reg.register(0, 0) };
        // One take short of the rebias.
        for _ in 0..loom_tests::lock::REBIAS_AFTER {
            bump(&s, 1);
        }
        let s2 = s.clone();
        let t = thread::spawn(move || {
            // SAFETY: as above.
            let _c = unsafe { s2.reg.register(0, 0) };
            bump(&s2, 10);
            s2.reg.unregister();
        });
        bump(&s, 1);
        threads::poll_slow(0);
        bump(&s, 1);
        s.reg.unregister();
        t.join().unwrap();
        let _g = s.lock.lock();
        let n = loom_tests::lock::REBIAS_AFTER + 2;
        // SAFETY: lock held.
        assert_eq!(s.data.with(|p| unsafe { *p }), n + 10);
    });
}

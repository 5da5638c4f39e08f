//! Model checks of the thin lock's inflation to a park queue (objmodel/src/lock.rs and
//! park.rs, from the real sources): a waiter that spins out sets PARKED and sleeps; the
//! holder's release wakes it (no lost wake-up: loom reports a deadlock if a thread sleeps
//! forever), and PARKED stays set only while other sleepers remain.
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::thread;
use loom_tests::lock::{LockState, LockWord};

struct Shared {
    lock: LockWord,
    data: UnsafeCell<u32>,
}

// SAFETY: `data` is only accessed with `lock` held; loom's UnsafeCell checks this claim.
unsafe impl Sync for Shared {}

/// The holder keeps the lock across several yields, so the waiter spins out and parks; the
/// release must wake it, and the word ends unlocked with no PARKED bit.
#[test]
fn release_wakes_a_parked_waiter() {
    loom::model(|| {
        let s = Arc::new(Shared { lock: LockWord::new(), data: UnsafeCell::new(0) });
        let g = s.lock.lock();
        let s2 = s.clone();
        let t = thread::spawn(move || {
            let _g = s2.lock.lock();
            // SAFETY: lock held.
            s2.data.with_mut(|p| unsafe { *p += 10 });
        });
        for _ in 0..8 {
            thread::yield_now();
        }
        // SAFETY: lock held.
        s.data.with_mut(|p| unsafe { *p += 1 });
        drop(g);
        t.join().unwrap();
        let _g = s.lock.lock();
        // SAFETY: lock held.
        assert_eq!(s.data.with(|p| unsafe { *p }), 11);
        drop(_g);
        assert_eq!(s.lock.state(), LockState::Thin { held: false, parked: false });
    });
}

/// Two waiters and a holder: every thread gets the lock exactly once, nobody sleeps forever.
/// Three threads that spin and park make a large state space: the preemption bound is 2 here.
#[test]
fn two_waiters_both_get_through() {
    let mut b = loom::model::Builder::new();
    b.preemption_bound = Some(2);
    b.check(|| {
        let s = Arc::new(Shared { lock: LockWord::new(), data: UnsafeCell::new(0) });
        let hs: Vec<_> = (0..2)
            .map(|i| {
                let s = s.clone();
                thread::spawn(move || {
                    let _g = s.lock.lock();
                    // SAFETY: lock held.
                    s.data.with_mut(|p| unsafe { *p += 1 << (4 * i) });
                })
            })
            .collect();
        {
            let _g = s.lock.lock();
            thread::yield_now();
            // SAFETY: lock held.
            s.data.with_mut(|p| unsafe { *p += 0x100 });
        }
        for h in hs {
            h.join().unwrap();
        }
        let _g = s.lock.lock();
        // SAFETY: lock held.
        assert_eq!(s.data.with(|p| unsafe { *p }), 0x111);
    });
}

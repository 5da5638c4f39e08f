//! Model checks of the per-object thin lock (objmodel/src/lock.rs): mutual exclusion, the
//! happens-before edge from a release to the next acquire, and `LockGuard::unlocked` (the lock is
//! dropped around a call into Python code and retaken).
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::thread;
use loom_tests::lock::LockWord;

struct Shared {
    lock: LockWord,
    /// Plays the container's storage: only touched with the lock held (INV-L2).
    data: UnsafeCell<u32>,
}

// SAFETY: `data` is only accessed with `lock` held; loom's UnsafeCell checks this claim.
unsafe impl Sync for Shared {}

/// Two threads increment under the lock: no lost update, and loom's UnsafeCell reports any
/// unsynchronised access (which would mean the Acquire/Release pairing is wrong).
#[test]
fn two_lockers_never_overlap() {
    loom::model(|| {
        let s = Arc::new(Shared { lock: LockWord::new(), data: UnsafeCell::new(0) });
        let hs: Vec<_> = (0..2)
            .map(|_| {
                let s = s.clone();
                thread::spawn(move || {
                    let _g = s.lock.lock();
                    // SAFETY: lock held.
                    s.data.with_mut(|p| unsafe { *p += 1 });
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        let _g = s.lock.lock();
        // SAFETY: lock held.
        assert_eq!(s.data.with(|p| unsafe { *p }), 2);
    });
}

/// A holder releases around a "Python call" (`unlocked`) while another thread mutates; after
/// re-locking, the holder sees the other thread's write (it must re-validate, as dict lookups do
/// with the version counter).
#[test]
fn unlocked_section_lets_others_in_and_relock_sees_their_writes() {
    loom::model(|| {
        let s = Arc::new(Shared { lock: LockWord::new(), data: UnsafeCell::new(0) });
        let s2 = s.clone();
        let t = thread::spawn(move || {
            let _g = s2.lock.lock();
            // SAFETY: lock held.
            s2.data.with_mut(|p| unsafe { *p += 10 });
        });
        {
            let g = s.lock.lock();
            // SAFETY: lock held.
            let before = s.data.with(|p| unsafe { *p });
            g.unlocked(|| loom::thread::yield_now());
            // SAFETY: lock held again.
            let after = s.data.with(|p| unsafe { *p });
            assert!(after == before || after == before + 10);
        }
        t.join().unwrap();
        let _g = s.lock.lock();
        // SAFETY: lock held.
        assert_eq!(s.data.with(|p| unsafe { *p }), 10);
    });
}

/// try_lock fails while another thread holds the lock and succeeds after its release.
#[test]
fn try_lock_reflects_holder() {
    loom::model(|| {
        let s = Arc::new(Shared { lock: LockWord::new(), data: UnsafeCell::new(0) });
        let s2 = s.clone();
        let t = thread::spawn(move || {
            if s2.lock.try_lock() {
                // SAFETY: lock held.
                s2.data.with_mut(|p| unsafe { *p = 1 });
                s2.lock.unlock();
            }
        });
        let got = s.lock.try_lock();
        if got {
            // SAFETY: lock held.
            s.data.with_mut(|p| unsafe { *p += 2 });
            s.lock.unlock();
        }
        t.join().unwrap();
        let _g = s.lock.lock();
        // SAFETY: lock held.
        let v = s.data.with(|p| unsafe { *p });
        assert!(v == 1 || v == 2 || v == 3);
    });
}

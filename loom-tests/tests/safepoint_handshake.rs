//! Model checks of the stop-the-world handshake (objmodel/src/threads.rs, from the real
//! source): while the collector's closure runs, no other registered thread runs (INV-T1) —
//! loom's UnsafeCell reports a mutator write racing the collector's read — whether the mutator
//! stops at a safepoint poll, is parked in a blocking call, or exits; and two threads that
//! want to collect at once do not deadlock (one stops for the other).
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::thread;
use loom_tests::threads::{self, Registry, State};

struct Shared {
    reg: Registry,
    /// Written by the mutator while Running, read by the collector.
    heap: UnsafeCell<u32>,
}

// SAFETY: `heap` is written only by a Running mutator and read only inside the collector's
// closure; INV-T1 says these never overlap, and loom's UnsafeCell checks it.
unsafe impl Sync for Shared {}

#[test]
fn collector_never_overlaps_a_running_mutator() {
    loom::model(|| {
        let s = Arc::new(Shared { reg: Registry::new(), heap: UnsafeCell::new(0) });
        let s2 = s.clone();
        let m = thread::spawn(move || {
            // SAFETY: the registry outlives the registration (joined below).
            let _c = unsafe { s2.reg.register(0, 0) };
            for _ in 0..2 {
                // SAFETY: see `Shared`.
                s2.heap.with_mut(|p| unsafe { *p += 1 });
                threads::poll_slow(0);
            }
            threads::blocking(|| thread::yield_now());
            // SAFETY: see `Shared`.
            s2.heap.with_mut(|p| unsafe { *p += 1 });
            s2.reg.unregister();
        });
        // SAFETY: as above.
        let _me = unsafe { s.reg.register(0, 0) };
        let seen = threads::stop_the_world(0, |ts| {
            assert!(ts.iter().all(|t| t.state != State::Running));
            // SAFETY: see `Shared`.
            s.heap.with(|p| unsafe { *p })
        });
        assert!(seen.is_some_and(|v| v <= 3));
        s.reg.unregister();
        m.join().unwrap();
    });
}

#[test]
fn two_collectors_do_not_deadlock() {
    loom::model(|| {
        let s = Arc::new(Shared { reg: Registry::new(), heap: UnsafeCell::new(0) });
        let hs: Vec<_> = (0..2)
            .map(|_| {
                let s = s.clone();
                thread::spawn(move || {
                    // SAFETY: the registry outlives the registration (joined below).
                    let _c = unsafe { s.reg.register(0, 0) };
                    let r = threads::stop_the_world(0, |_| {
                        // SAFETY: see `Shared`: only collectors touch it, one at a time.
                        s.heap.with_mut(|p| unsafe { *p += 1 });
                    });
                    threads::poll_slow(0);
                    s.reg.unregister();
                    r.is_some()
                })
            })
            .collect();
        let ran = hs.into_iter().map(|h| h.join().unwrap()).filter(|&r| r).count();
        assert!(ran >= 1);
    });
}

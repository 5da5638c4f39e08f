//! Model checks of delegated pauses (objmodel/src/delegate.rs, from the real source): the
//! collector thread posts a pause; a running thread claims it at a safepoint and stops the world
//! from there, or, when no thread is running, the collector runs it itself. Checked: the pause
//! runs exactly once (INV-D1), its closure is alive and used by one thread at a time (INV-D2:
//! loom's UnsafeCell would report the poster and the claimer touching the captured state at
//! once), and no thread runs Python code while it runs (INV-T1 through INV-D3: a mutator's
//! write would race the pause's read).
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::thread;
use loom_tests::threads::{self, Registry, State};

struct Shared {
    reg: Registry,
    /// Written by mutators while Running, read inside the pause.
    heap: UnsafeCell<u32>,
}

// SAFETY: `heap` is written only by a Running mutator and read only inside the pause; INV-T1
// says these never overlap, and loom's UnsafeCell checks it.
unsafe impl Sync for Shared {}

/// A mutator: `steps` rounds of a write and a safepoint poll, then maybe a blocking call.
fn mutator(s: Arc<Shared>, steps: usize, park: bool) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        // SAFETY: the registry outlives the registration (joined below).
        let _c = unsafe { s.reg.register(0, 0) };
        for _ in 0..steps {
            // SAFETY: see `Shared`.
            s.heap.with_mut(|p| unsafe { *p += 1 });
            threads::poll_slow(7);
        }
        if park {
            threads::blocking(|| thread::yield_now());
        }
        s.reg.unregister();
    })
}

/// Post one pause from an unregistered thread; returns (runs, ran on a mutator).
fn post(s: &Shared) -> (u32, bool) {
    let mut runs = 0;
    let (seen, by) = threads::stop_the_world_delegated(&s.reg, |ts, sp| {
        runs += 1;
        assert!(ts.iter().all(|t| t.state != State::Running));
        // The claimer passes its safepoint's stack pointer; the collector passes 0.
        assert!(sp == 7 || sp == 0);
        // SAFETY: see `Shared`.
        s.heap.with(|p| unsafe { *p })
    });
    assert!(seen <= 3);
    (runs, by)
}

#[test]
fn posted_pause_runs_once_with_the_world_stopped() {
    // Outside the model (std atomics): which of the two runners the explored executions saw.
    static BY_MUTATOR: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    static BY_COLLECTOR: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    loom::model(|| {
        let s = Arc::new(Shared { reg: Registry::new(), heap: UnsafeCell::new(0) });
        let m = mutator(s.clone(), 3, false);
        let (runs, by) = post(&s);
        assert_eq!(runs, 1);
        let seen = if by { &BY_MUTATOR } else { &BY_COLLECTOR };
        seen.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        m.join().unwrap();
    });
    // Both paths explored: the mutator claiming at a safepoint, and the collector running the
    // pause itself (the mutator not yet registered, or gone).
    assert!(BY_MUTATOR.load(std::sync::atomic::Ordering::Relaxed) > 0);
    assert!(BY_COLLECTOR.load(std::sync::atomic::Ordering::Relaxed) > 0);
}

#[test]
fn posted_pause_with_a_parking_mutator_and_a_second_post() {
    loom::model(|| {
        let s = Arc::new(Shared { reg: Registry::new(), heap: UnsafeCell::new(0) });
        let m = mutator(s.clone(), 1, true);
        assert_eq!(post(&s).0, 1);
        // The slot is Idle again: a second post works whether or not a thread is left.
        assert_eq!(post(&s).0, 1);
        m.join().unwrap();
    });
}

#[test]
fn pause_with_no_thread_runs_on_the_collector() {
    loom::model(|| {
        let s = Shared { reg: Registry::new(), heap: UnsafeCell::new(0) };
        assert_eq!(post(&s), (1, false));
    });
}

//! Model checks of concurrent marking's protocols, from the real sources: the SATB barrier
//! switch, per-thread log and shared queue (gc-concurrent/src/satb.rs) and the stop-the-world
//! handshake from an outside collector thread (objmodel/src/threads.rs).
//!
//! The object graph is a three-object model (loom cannot run the real heap, whose words live in
//! raw mmapped memory): roots A and B, and X, first referenced by A. While the collector marks,
//! the mutator moves X from A to B — the classic lost-object race: if the marker traces B before
//! the move and A after it, only the barrier's log of A's old value keeps X. The collector runs
//! the real cycle shape: an initial pause (roots, barrier on), concurrent tracing that takes the
//! queue, a final pause that takes the mutator's log and ends marking only with everything
//! drained. INV-S1 is asserted in the final pause: every object reachable then is marked.
//! loom's `UnsafeCell` also checks that the collector reads the mutator's log only while the
//! mutator is stopped (INV-M1).
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use loom::thread;
use loom_tests::satb::{Barrier, LogBuffer, Queue, Snapshot};
use loom_tests::threads::{self, Registry};

const A: usize = 0;
const B: usize = 1;
const X: usize = 2;
/// Field value meaning "no reference".
const NONE: usize = usize::MAX;

struct Obj {
    field: AtomicUsize,
    mark: AtomicBool,
}

struct World {
    reg: Registry,
    barrier: Barrier,
    queue: Queue,
    objs: [Obj; 3],
    /// The mutator's SATB log (its `MutatorLocal::log`).
    log: UnsafeCell<LogBuffer>,
}

// SAFETY: `log` is touched by the mutator while Running and by the collector only inside a
// stop-the-world closure (INV-T1); loom's UnsafeCell checks that these never overlap.
unsafe impl Sync for World {}

impl World {
    fn new() -> World {
        let obj = |f| Obj { field: AtomicUsize::new(f), mark: AtomicBool::new(false) };
        World {
            reg: Registry::new(),
            barrier: Barrier::new(),
            queue: Queue::new(),
            objs: [obj(X), obj(NONE), obj(NONE)],
            log: UnsafeCell::new(LogBuffer::default()),
        }
    }

    /// The mutator's pointer store with the barrier (objmodel's `Slot::set`).
    fn store(&self, obj: usize, v: usize) {
        if self.barrier.active() {
            let old = self.objs[obj].field.load(Ordering::Relaxed);
            if old != NONE {
                // SAFETY: see `World`.
                let full = self.log.with_mut(|l| unsafe { (*l).push(old) });
                if let Some(full) = full {
                    self.queue.push(full);
                }
            }
        }
        self.objs[obj].field.store(v, Ordering::Release);
    }
}

/// The collector's marking state.
struct Marker<'a> {
    w: &'a World,
    stack: Vec<usize>,
}

impl Marker<'_> {
    fn visit(&mut self, o: usize) {
        if o != NONE && !self.w.objs[o].mark.swap(true, Ordering::Relaxed) {
            self.stack.push(o);
        }
    }
    fn drain(&mut self) {
        while let Some(o) = self.stack.pop() {
            let f = self.w.objs[o].field.load(Ordering::Acquire);
            self.visit(f);
        }
    }
}

fn collector(w: &World) {
    let mut m = Marker { w, stack: Vec::new() };
    // Initial pause: roots, then the barrier on.
    threads::stop_the_world_from_outside(&w.reg, |_| {
        m.visit(A);
        m.visit(B);
        w.barrier.begin(1);
    });
    // Concurrent marking.
    m.drain();
    for p in w.queue.take_all().into_iter().flatten() {
        m.visit(p);
    }
    m.drain();
    // Final pause: take the mutator's log and the queue, drain, end marking.
    let done = threads::stop_the_world_from_outside(&w.reg, |_| {
        // SAFETY: see `World` (the mutator is stopped, parked or gone).
        let entries = w.log.with_mut(|l| unsafe { (*l).take() });
        for p in entries.into_iter().chain(w.queue.take_all().into_iter().flatten()) {
            m.visit(p);
        }
        m.drain();
        w.barrier.end();
        // INV-S1, observed with the world stopped: whatever the roots reach now is marked.
        for root in [A, B] {
            let mut o = root;
            while o != NONE {
                assert!(w.objs[o].mark.load(Ordering::Relaxed), "reachable object {o} left unmarked");
                o = w.objs[o].field.load(Ordering::Relaxed);
            }
        }
        true
    });
    assert!(done);
}

#[test]
fn barrier_keeps_an_object_moved_during_marking() {
    loom::model(|| {
        let w = Arc::new(World::new());
        let w2 = w.clone();
        let mutator = thread::spawn(move || {
            // SAFETY: the registry outlives the registration (joined below).
            let _me = unsafe { w2.reg.register(0, 0) };
            threads::poll_slow(0);
            // Move X from A to B between two safepoints.
            let x = w2.objs[A].field.load(Ordering::Acquire);
            w2.store(B, x);
            w2.store(A, NONE);
            threads::poll_slow(0);
            // Leaving: what the log holds goes to the queue (`Mutator::drop`).
            // SAFETY: see `World` (we are Running).
            let rest = w2.log.with_mut(|l| unsafe { (*l).take() });
            w2.queue.push(rest);
            w2.reg.unregister();
        });
        collector(&w);
        mutator.join().unwrap();
    });
}

/// Native contents changed without a per-store barrier (a deque behind its mutex, a generator
/// frame): whoever touches them first in a cycle reports them once, and the change waits for
/// the report (INV-S3). The marker's report must see the contents as of the snapshot.
#[test]
fn snapshot_reports_once_before_any_change() {
    loom::model(|| {
        let snap = Arc::new(Snapshot::new());
        let content = Arc::new(UnsafeCell::new(7usize));
        let reports = Arc::new(AtomicUsize::new(0));
        let (s2, c2, r2) = (snap.clone(), content.clone(), reports.clone());
        let mutator = thread::spawn(move || {
            s2.ensure(1, || {
                // SAFETY: inside `ensure` nobody changes the content (INV-S3; loom checks it).
                let v = c2.with(|p| unsafe { *p });
                assert_eq!(v, 7);
                r2.fetch_add(1, Ordering::Relaxed);
            });
            // The change, after the report.
            // SAFETY: as above; the marker reads only inside `ensure`.
            c2.with_mut(|p| unsafe { *p = 8 });
        });
        snap.ensure(1, || {
            // SAFETY: as above.
            let v = content.with(|p| unsafe { *p });
            assert_eq!(v, 7, "the marker's report saw a change made after the snapshot");
            reports.fetch_add(1, Ordering::Relaxed);
        });
        mutator.join().unwrap();
        assert_eq!(reports.load(Ordering::Relaxed), 1);
    });
}

//! Model check of reclamation of a list's storage replaced by a resize while a lock-free reader
//! may still hold the old one (ARCHITECTURE.md, "which memory is reclaimed how"): inside the GC
//! heap the collector's pauses are the epochs. The old storage can only be freed by a sweep that
//! follows a marking which did not mark it, and a reader that holds it either loaded it before
//! the initial pause (then it holds it at a safepoint of that pause, on its stack: a root) or
//! after it (then the storage was reachable at the snapshot, and the resize's barrier logged it
//! when it was replaced). The real pieces: the SATB barrier and logs (gc-concurrent satb.rs) and
//! the outside collector's handshake (objmodel threads.rs); the heap is a model. loom's
//! `UnsafeCell` reports a sweep reusing storage that a reader reads at the same time.
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use loom::thread;
use loom_tests::satb::{Barrier, LogBuffer, Queue};
use loom_tests::threads::{self, Registry};

const S1: usize = 0;
const S2: usize = 1;
const NONE: usize = usize::MAX;

struct Storage {
    /// The items (one word); reused memory once freed.
    items: UnsafeCell<usize>,
    allocated: AtomicBool,
    mark: AtomicBool,
}

struct Heap {
    reg: Registry,
    barrier: Barrier,
    queue: Queue,
    /// Whether a marking has started (objects allocated since are born marked, INV-M3).
    marking_started: AtomicBool,
    /// The list's storage field.
    list_store: AtomicUsize,
    storages: [Storage; 2],
    /// The reader's stack slot (scanned in pauses, like a conservative stack scan).
    reader_stack: AtomicUsize,
    /// The writer's SATB log.
    writer_log: UnsafeCell<LogBuffer>,
}

// SAFETY: `writer_log` as in satb_marking.rs (INV-T1); `items` are read by a reader holding the
// storage and written by the writer before publishing it or by the sweep after finding it dead —
// the property under test, checked by loom.
unsafe impl Sync for Heap {}

fn collector(h: &Heap) {
    let mut stack: Vec<usize> = Vec::new();
    let visit = |stack: &mut Vec<usize>, s: usize| {
        if s != NONE && !h.storages[s].mark.swap(true, Ordering::Relaxed) {
            stack.push(s);
        }
    };
    threads::stop_the_world_from_outside(&h.reg, |_| {
        h.marking_started.store(true, Ordering::Relaxed);
        // Roots: the list (whose field we trace now: storages have no pointers) and stacks.
        visit(&mut stack, h.list_store.load(Ordering::Acquire));
        visit(&mut stack, h.reader_stack.load(Ordering::Relaxed));
        h.barrier.begin(1);
    });
    for p in h.queue.take_all().into_iter().flatten() {
        visit(&mut stack, p);
    }
    threads::stop_the_world_from_outside(&h.reg, |_| {
        // SAFETY: the writer is stopped, parked or gone (INV-T1).
        let entries = h.writer_log.with_mut(|l| unsafe { (*l).take() });
        for p in entries.into_iter().chain(h.queue.take_all().into_iter().flatten()) {
            visit(&mut stack, p);
        }
        h.barrier.end();
    });
    // Sweep, while the threads run: reuse every allocated, unmarked storage.
    for s in &h.storages {
        if s.allocated.load(Ordering::Acquire) && !s.mark.load(Ordering::Relaxed) {
            // SAFETY: the property under test (loom reports a racing reader).
            s.items.with_mut(|p| unsafe { *p = 0xdead });
        }
    }
}

#[test]
fn resized_storage_outlives_its_readers() {
    loom::model(|| {
        let storage = |allocated| Storage {
            items: UnsafeCell::new(if allocated { 1 } else { 0 }),
            allocated: AtomicBool::new(allocated),
            mark: AtomicBool::new(false),
        };
        let h = Arc::new(Heap {
            reg: Registry::new(),
            barrier: Barrier::new(),
            queue: Queue::new(),
            marking_started: AtomicBool::new(false),
            list_store: AtomicUsize::new(S1),
            storages: [storage(true), storage(false)],
            reader_stack: AtomicUsize::new(NONE),
            writer_log: UnsafeCell::new(LogBuffer::default()),
        });
        let hr = h.clone();
        let reader = thread::spawn(move || {
            // SAFETY: the registry outlives the registration (joined below).
            let _me = unsafe { hr.reg.register(0, 0) };
            // A lock-free read: load the storage, read an item; keep it across a safepoint.
            let s = hr.list_store.load(Ordering::Acquire);
            hr.reader_stack.store(s, Ordering::Relaxed);
            // SAFETY: the property under test.
            let v = hr.storages[s].items.with(|p| unsafe { *p });
            assert_ne!(v, 0xdead);
            threads::poll_slow(0);
            // SAFETY: as above.
            let v = hr.storages[s].items.with(|p| unsafe { *p });
            assert_ne!(v, 0xdead, "read storage freed while held");
            hr.reader_stack.store(NONE, Ordering::Relaxed);
            hr.reg.unregister();
        });
        let hw = h.clone();
        let writer = thread::spawn(move || {
            // SAFETY: as above.
            let _me = unsafe { hw.reg.register(0, 0) };
            // Resize: allocate the new storage (born marked once a marking started), fill it,
            // publish it through the barriered store.
            let new = &hw.storages[S2];
            new.mark.store(hw.marking_started.load(Ordering::Relaxed), Ordering::Relaxed);
            // SAFETY: not yet published.
            new.items.with_mut(|p| unsafe { *p = 1 });
            new.allocated.store(true, Ordering::Release);
            if hw.barrier.active() {
                let old = hw.list_store.load(Ordering::Relaxed);
                // SAFETY: see `Heap` (we are Running).
                if let Some(full) = hw.writer_log.with_mut(|l| unsafe { (*l).push(old) }) {
                    hw.queue.push(full);
                }
            }
            hw.list_store.store(S2, Ordering::Release);
            threads::poll_slow(0);
            // SAFETY: as above.
            let rest = hw.writer_log.with_mut(|l| unsafe { (*l).take() });
            hw.queue.push(rest);
            hw.reg.unregister();
        });
        collector(&h);
        reader.join().unwrap();
        writer.join().unwrap();
    });
}

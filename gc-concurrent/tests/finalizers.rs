//! Finalizers run exactly once, when their object is found dead.

mod common;

use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::*;
use gc_concurrent::{Heap, HeapConfig};
use parking_lot::Mutex;

static FINALIZED: Mutex<Vec<u64>> = Mutex::new(Vec::new());
static RUNS: AtomicUsize = AtomicUsize::new(0);

fn record(obj: NonNull<u8>) {
    // The object's memory is still intact when its finalizer runs.
    let i = id(obj.as_ptr());
    check(obj.as_ptr(), i);
    FINALIZED.lock().push(i);
    RUNS.fetch_add(1, Ordering::Relaxed);
}

#[test]
fn finalizers_run_once_for_dead_objects() {
    let heap = Heap::leak(HeapConfig::default());
    let mut m = heap.new_mutator();
    let client = ToyClient::new();
    let mut objs = Vec::new();
    for i in 0..100u64 {
        // Every 10th is a large object.
        let payload = if i % 10 == 0 { 20_000 } else { 32 };
        let o = new_obj(&mut m, i, 0, payload);
        heap.register_finalizer(o, record);
        objs.push(o.as_ptr() as usize);
    }
    // Unfinalized garbage as well.
    for i in 0..100u64 {
        new_obj(&mut m, 1000 + i, 0, 32);
    }
    client.set_roots(objs.iter().step_by(2).copied().collect());
    let s = heap.collect(&client);
    assert_eq!(s.finalizers_run, 50);
    let mut got = FINALIZED.lock().clone();
    got.sort_unstable();
    assert_eq!(got, (1..100).step_by(2).collect::<Vec<u64>>());

    // Nothing new dies: nothing runs again.
    let s = heap.collect(&client);
    assert_eq!(s.finalizers_run, 0);
    assert_eq!(RUNS.load(Ordering::Relaxed), 50);

    client.set_roots(Vec::new());
    let s = heap.collect(&client);
    assert_eq!(s.finalizers_run, 50);
    heap.collect(&client);
    let mut got = FINALIZED.lock().clone();
    got.sort_unstable();
    assert_eq!(
        got,
        (0..100).collect::<Vec<u64>>(),
        "each object finalized exactly once"
    );
    assert_eq!(heap.stats().finalizers_run, 100);
}

//! The allocation-volume trigger and GC-stress mode.

mod common;

use common::*;
use gc_concurrent::{Heap, HeapConfig};

#[test]
fn collection_becomes_due_after_min_heap_bytes() {
    let heap = Heap::leak(HeapConfig {
        min_heap: 1 << 20,
        growth: 2.0,
        ..HeapConfig::default()
    });
    let mut m = heap.new_mutator();
    let client = ToyClient::new();
    let mut allocated = 0;
    while !m.collection_due() {
        new_obj(&mut m, 0, 0, 100);
        allocated += 128;
        assert!(allocated < (1 << 20) + (64 << 10), "trigger did not fire");
    }
    assert!(
        allocated >= (1 << 20) - (32 << 10),
        "fired early after {allocated} bytes"
    );
    // Keep ~1.5 MiB live: the next trigger is live × growth = ~3 MiB.
    let keep: Vec<usize> = (0..12_000)
        .map(|i| new_obj(&mut m, i, 0, 100).as_ptr() as usize)
        .collect();
    client.set_roots(keep.clone());
    let s = heap.collect(&client);
    assert!(!m.collection_due());
    assert_eq!(s.live_bytes, 12_000 * 128);
    assert_eq!(s.next_trigger, 2 * 12_000 * 128);
    let mut allocated = 0;
    while !m.collection_due() {
        new_obj(&mut m, 0, 0, 100);
        allocated += 128;
    }
    assert!(allocated >= s.next_trigger - (32 << 10) && allocated <= s.next_trigger + (32 << 10));
    // Another mutator sees the same flag.
    let other = heap.new_mutator();
    assert!(other.collection_due());
}

#[test]
fn stress_mode_makes_every_refill_due() {
    let heap = Heap::leak(HeapConfig {
        min_heap: 1 << 30,
        growth: 1.0,
        stress: true,
        ..HeapConfig::default()
    });
    let mut m = heap.new_mutator();
    let client = ToyClient::new();
    for round in 0..50u64 {
        let o = new_obj(&mut m, round, 0, 16).as_ptr() as usize;
        assert!(
            m.collection_due(),
            "the first allocation after a collection refills"
        );
        client.set_roots(vec![o]);
        heap.collect(&client);
        assert!(!m.collection_due());
        check(o as *const u8, round);
    }
}

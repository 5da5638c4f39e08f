//! The large-object space: large objects are kept while reachable and unmapped when dead.

mod common;

use common::*;
use gc_concurrent::geometry::MAX_SMALL_OBJECT;
use gc_concurrent::{GcWord, Heap, HeapConfig};

#[test]
fn large_objects_are_kept_and_freed() {
    let heap = Heap::leak(HeapConfig::default());
    let mut m = heap.new_mutator();
    let sizes = [
        MAX_SMALL_OBJECT + 1,
        9000,
        33_000,
        64 << 10,
        1 << 20,
        3 << 20,
        5_000_001,
    ];
    let mut objs = Vec::new();
    for (i, &s) in sizes.iter().cycle().take(28).enumerate() {
        objs.push((
            new_obj(&mut m, i as u64, 2, s - 40).as_ptr() as usize,
            i as u64,
        ));
    }
    let los_before = heap.stats().large_object_bytes;
    assert!(los_before >= sizes.iter().sum::<usize>() * 4);
    // Even objects are rooted; each even object points to the next odd one... except every 4th.
    for i in (0..objs.len()).step_by(2) {
        if i % 4 == 0 {
            set_field(objs[i].0 as *const u8, 0, objs[i + 1].0 as *const u8);
        }
        // A large object pointing at a small one.
        let small = new_obj(&mut m, 10_000 + i as u64, 0, 16).as_ptr();
        set_field(objs[i].0 as *const u8, 1, small);
    }
    let client = ToyClient::new();
    client.set_roots((0..objs.len()).step_by(2).map(|i| objs[i].0).collect());
    let s = heap.collect(&client);
    assert_eq!(s.large_objects_freed, objs.len() / 4);
    for (i, &(o, id)) in objs.iter().enumerate() {
        let alive = i % 2 == 0 || i % 4 == 1;
        assert_eq!(
            heap.find_object(o + 12345 % (MAX_SMALL_OBJECT + 1))
                .is_some(),
            alive,
            "object {i}"
        );
        if alive {
            check(o as *const u8, id);
        }
        if i % 2 == 0 {
            let small = field(o as *const u8, 1);
            check(small, 10_000 + i as u64);
        }
    }
    assert!(heap.stats().large_object_bytes < los_before);

    client.set_roots(Vec::new());
    let s = heap.collect(&client);
    assert_eq!(s.live_bytes, 0);
    assert_eq!(heap.stats().large_object_bytes, 0);
    assert_eq!(heap.stats().heap_bytes, 0);
}

/// Sizes beyond 4 GiB fit the GC word (the mapping is virtual: only the touched pages count).
#[test]
fn huge_object_size_round_trips() {
    let heap = Heap::leak(HeapConfig::default());
    let mut m = heap.new_mutator();
    let size = (1usize << 32) + 64;
    let p = m.alloc(size, 3).as_ptr() as usize;
    let w = unsafe { GcWord::from_object(p as *const u8) };
    assert_eq!(w.size(), size);
    assert_eq!(w.user_byte(), 3);
    assert_eq!(
        heap.find_object(p + size - 1).map(|q| q.as_ptr() as usize),
        Some(p)
    );
    assert_eq!(heap.find_object(p + size), None);
    assert!(
        heap.collection_due(),
        "a 4 GiB allocation passes the 32 MiB trigger"
    );
    let client = ToyClient::new();
    heap.collect(&client);
    assert_eq!(heap.find_object(p), None);
    assert_eq!(heap.stats().large_object_bytes, 0);
}

//! Interior pointers, conservative word ranges and native stack scanning.

mod common;

use common::*;
use gc_concurrent::geometry::{BYTES_IN_BLOCK, BYTES_IN_LINE, MAX_SMALL_OBJECT};
use gc_concurrent::{GcWord, Heap, HeapConfig};

fn size_of(p: usize) -> usize {
    unsafe { GcWord::from_object(p as *const u8) }.size()
}

#[test]
fn interior_pointers_resolve_to_their_object() {
    let heap = Heap::leak(HeapConfig::default());
    let mut m = heap.new_mutator();
    let mut objs = Vec::new();
    for (i, payload) in [
        0usize,
        8,
        100,
        232,
        233,
        1000,
        5000,
        MAX_SMALL_OBJECT - 24,
        20_000,
        300_000,
    ]
    .into_iter()
    .enumerate()
    {
        objs.push(new_obj(&mut m, i as u64, 0, payload).as_ptr() as usize);
    }
    for &o in &objs {
        let size = size_of(o);
        for off in (0..size).step_by(3).chain([size - 1]) {
            assert_eq!(
                heap.find_object(o + off).map(|p| p.as_ptr() as usize),
                Some(o),
                "{o:#x}+{off}"
            );
        }
        // Just past the end is either nothing or the next object, never `o`.
        assert_ne!(
            heap.find_object(o + size).map(|p| p.as_ptr() as usize),
            Some(o)
        );
    }
    // Words that are not in any object.
    for w in [
        0usize,
        8,
        4096,
        usize::MAX,
        usize::MAX - 7,
        objs[0] & !((4 << 20) - 1),
    ] {
        assert_eq!(heap.find_object(w), None, "{w:#x}");
    }
    // Chunk metadata blocks and the unallocated tail of the current block hold no objects.
    let chunk = objs[0] & !((4 << 20) - 1);
    assert_eq!(heap.find_object(chunk + 100), None);
    let last_small = objs[objs.len() - 3];
    let tail = last_small + size_of(last_small) + 64;
    if tail % BYTES_IN_BLOCK > BYTES_IN_LINE {
        assert_eq!(heap.find_object(tail), None);
    }
}

#[test]
fn conservative_ranges_keep_objects_alive() {
    let heap = Heap::leak(HeapConfig::default());
    let mut m = heap.new_mutator();
    let mut rng = Rng(99);
    let objs: Vec<usize> = (0..2000u64)
        .map(|i| new_obj(&mut m, i, 1, rng.below(300)).as_ptr() as usize)
        .collect();
    let big = new_obj(&mut m, 5000, 0, 50_000).as_ptr() as usize;
    // Object 0 points to object 1 (exactly): conservative roots are traced like exact ones.
    set_field(objs[0] as *const u8, 0, objs[1] as *const u8);

    // A native buffer of words: interior pointers to every 10th object, plus junk.
    let mut words: Vec<usize> = Vec::new();
    for (i, &o) in objs.iter().enumerate().step_by(10) {
        words.push(o + (i % size_of(o)));
    }
    words.push(big + 40_000);
    words.extend([
        0,
        1,
        0xdead_beef,
        usize::MAX,
        objs[0] & !((4 << 20) - 1),
        17,
    ]);
    let client = ToyClient::new();
    client.ranges.lock().push((
        words.as_ptr() as usize,
        words.as_ptr() as usize + 8 * words.len(),
    ));
    let s = heap.collect(&client);
    assert_eq!(s.conservative_roots, 200 + 1);

    for (i, &o) in objs.iter().enumerate() {
        let alive = i % 10 == 0 || i == 1;
        assert_eq!(heap.find_object(o).is_some(), alive, "object {i}");
        if alive {
            check(o as *const u8, i as u64);
        }
    }
    check(big as *const u8, 5000);
    assert!(heap.find_object(big).is_some());
    drop(words);
}

#[inline(never)]
fn allocate_and_hide(m: &mut gc_concurrent::Mutator) -> [usize; 4] {
    let mut out = [0; 4];
    for (i, o) in out.iter_mut().enumerate() {
        *o = new_obj(m, 1000 + i as u64, 0, 64).as_ptr() as usize;
    }
    out
}

#[test]
fn own_stack_is_scanned_conservatively() {
    let heap = Heap::leak(HeapConfig::default());
    let mut m = heap.new_mutator();
    // Only this frame's locals (and whatever the compiler keeps in registers) refer to these.
    let held = std::hint::black_box(allocate_and_hide(&mut m));
    // Garbage with no reference anywhere: allocate, then overwrite the only copy.
    let mut garbage = Vec::new();
    for i in 0..100u64 {
        let g = new_obj(&mut m, 2000 + i, 0, 64).as_ptr() as usize;
        garbage.push(g ^ 0x5555_0000_0000_0000); // hidden from the scan
    }
    let client = ToyClient {
        scan_own_stack: true,
        ..ToyClient::default()
    };
    heap.collect(&client);
    for (i, &o) in held.iter().enumerate() {
        assert!(
            heap.find_object(o).is_some(),
            "stack-held object {i} was freed"
        );
        check(o as *const u8, 1000 + i as u64);
    }
    let freed = garbage
        .iter()
        .filter(|&&g| heap.find_object(g ^ 0x5555_0000_0000_0000).is_none())
        .count();
    assert!(
        freed >= 90,
        "unreferenced objects should die ({freed} of 100 did)"
    );
    std::hint::black_box(&held);
}

/// A conservative word pointing at a dead object whose memory nobody reused must not bring it
/// back, however many collections later (the mark epochs wrap around every 255 collections).
#[test]
fn stale_objects_stay_dead_across_epoch_wraparound() {
    let heap = Heap::leak(HeapConfig::default());
    let mut m = heap.new_mutator();
    // One live object and dead ones in the same block, so that the block is not freed and the
    // dead objects' headers and start bits stay in place (nothing is allocated afterwards).
    let live = new_obj(&mut m, 1, 0, 16).as_ptr() as usize;
    let dead: Vec<usize> = (0..20u64)
        .map(|i| new_obj(&mut m, 100 + i, 1, 40).as_ptr() as usize)
        .collect();
    // Dead objects point at each other and at the live one.
    for w in dead.windows(2) {
        set_field(w[0] as *const u8, 0, w[1] as *const u8);
    }
    drop(m);
    let client = ToyClient::new();
    client.set_roots(vec![live]);
    let s = heap.collect(&client);
    assert_eq!(s.marked_objects, 1);
    // From now on the dead objects' addresses (and interior addresses) are on a "stack".
    let words: Vec<usize> = dead.iter().flat_map(|&d| [d, d + 20]).collect();
    client.ranges.lock().push((
        words.as_ptr() as usize,
        words.as_ptr() as usize + 8 * words.len(),
    ));
    for cycle in 0..600 {
        let s = heap.collect(&client);
        assert_eq!(
            s.marked_objects, 1,
            "cycle {cycle}: a dead object came back"
        );
        assert_eq!(s.conservative_roots, 0, "cycle {cycle}");
        for &d in &dead {
            assert_eq!(heap.find_object(d + 8), None, "cycle {cycle}");
        }
    }
    check(live as *const u8, 1);
    drop(words);
}

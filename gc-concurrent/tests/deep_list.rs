//! A million-long linked list is marked with the explicit mark stack (no native recursion).

mod common;

use common::*;
use gc_concurrent::{Heap, HeapConfig};

#[test]
fn million_long_list_survives_and_then_dies() {
    const N: u64 = 1_000_000;
    let heap = Heap::leak(HeapConfig::default());
    let mut m = heap.new_mutator();
    // Build from the tail so that the head is the last object allocated.
    let mut next: *const u8 = std::ptr::null();
    for i in (0..N).rev() {
        let o = new_obj(&mut m, i, 1, 8).as_ptr();
        set_field(o, 0, next);
        next = o;
    }
    let head = next as usize;
    let client = ToyClient::new();
    client.set_roots(vec![head]);

    // Run the collection on a thread with a small native stack: recursion would overflow it.
    let s = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || heap.collect(&client))
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(s.marked_objects, N as usize);
    assert_eq!(s.live_bytes, N as usize * toy_size(1, 8));

    let mut p = head as *const u8;
    let mut i = 0;
    while !p.is_null() {
        check(p, i);
        p = field(p, 0);
        i += 1;
    }
    assert_eq!(i, N);

    let client = ToyClient::new();
    let s = heap.collect(&client);
    assert_eq!(s.live_bytes, 0);
    assert_eq!(heap.find_object(head), None);
    assert_eq!(
        heap.stats().heap_bytes,
        0,
        "every block of the list was freed"
    );
}

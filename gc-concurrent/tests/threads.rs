//! Several mutator threads allocate, stop at a barrier (the "safepoint") while one of them
//! collects, then check their objects and go on allocating into the recycled memory.

mod common;

use std::collections::HashSet;
use std::sync::Barrier;

use common::*;
use gc_concurrent::{Heap, HeapConfig};
use parking_lot::Mutex;

const THREADS: usize = 4;
const ROUNDS: usize = 8;

#[test]
fn threads_allocate_stop_and_one_collects() {
    // A panicking thread would leave the others waiting at the barrier forever: abort instead.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        default_hook(info);
        std::process::abort();
    }));
    let heap = Heap::leak(HeapConfig {
        min_heap: 1 << 20,
        ..HeapConfig::default()
    });
    let client = ToyClient::new();
    // Each thread publishes its roots here before stopping.
    let published: Vec<Mutex<Vec<usize>>> = (0..THREADS).map(|_| Mutex::new(Vec::new())).collect();
    let barrier = Barrier::new(THREADS);

    std::thread::scope(|s| {
        for t in 0..THREADS {
            let (client, published, barrier) = (&client, &published, &barrier);
            s.spawn(move || {
                let seed = 1000 + t as u64;
                let mut rng = Rng(seed);
                let mut m = heap.new_mutator();
                let mut mine: Vec<(usize, u64)> = Vec::new(); // roots: (object, id)
                for round in 0..ROUNDS {
                    // Allocate a batch; chain each new object to a random earlier one of ours.
                    let mut batch = Vec::new();
                    for i in 0..20_000u64 {
                        let id = ((t as u64) << 48) | ((round as u64) << 32) | i;
                        let o = new_obj(&mut m, id, 1, rng.below(200)).as_ptr() as usize;
                        if let Some(&(prev, _)) = batch.last()
                            && rng.chance(50)
                        {
                            set_field(o as *const u8, 0, prev as *const u8);
                        }
                        batch.push((o, id));
                    }
                    // Keep a tenth as roots, drop some old roots.
                    mine.retain(|_| rng.chance(70));
                    mine.extend(batch.iter().copied().filter(|_| rng.chance(10)));
                    let expect: HashSet<usize> =
                        reachable(&mine.iter().map(|r| r.0).collect::<Vec<_>>());
                    let ids: Vec<(usize, u64)> =
                        expect.iter().map(|&o| (o, id(o as *const u8))).collect();
                    *published[t].lock() = mine.iter().map(|r| r.0).collect();

                    // Safepoint: everyone stops; thread 0 collects with all roots.
                    barrier.wait();
                    if t == 0 {
                        let all: Vec<usize> =
                            published.iter().flat_map(|p| p.lock().clone()).collect();
                        client.set_roots(all);
                        let st = heap.collect(client);
                        assert!(st.marked_objects > 0);
                    }
                    barrier.wait();

                    for &(o, i) in &ids {
                        check(o as *const u8, i);
                        assert!(heap.find_object(o).is_some(), "seed {seed} round {round}");
                    }
                    for &(o, _) in &batch {
                        if !expect.contains(&o) {
                            assert!(
                                heap.find_object(o).is_none(),
                                "seed {seed}: dead object kept"
                            );
                        }
                    }
                    // Nobody reuses freed memory until every thread has looked at its dead objects.
                    barrier.wait();
                }
            });
        }
    });
    let s = heap.stats();
    assert_eq!(s.cycles, ROUNDS as u64);
    // 4 threads × 8 rounds × ~2.5 MB allocated, ~10% kept: memory was recycled.
    assert!(s.heap_bytes < 40 << 20, "{s}");
}

/// Threads allocating at the same time into the holes of recycled blocks (handed out, given back
/// mid-cycle, taken again by another thread) never get overlapping memory.
#[test]
fn concurrent_allocation_into_recycled_holes_never_overlaps() {
    let heap = Heap::leak(HeapConfig {
        min_heap: 1 << 20,
        ..HeapConfig::default()
    });
    let client = ToyClient::new();
    // Fragment the heap: keep every third object of mixed sizes.
    let mut m = heap.new_mutator();
    let mut rng = Rng(77);
    let mut keep = Vec::new();
    for i in 0..60_000u64 {
        let o = new_obj(&mut m, i, 0, rng.below(400)).as_ptr() as usize;
        if i % 3 == 0 {
            keep.push((o, i));
        }
    }
    drop(m);
    client.set_roots(keep.iter().map(|k| k.0).collect());
    heap.collect(&client);

    let all: Mutex<Vec<(usize, u64)>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for t in 0..THREADS as u64 {
            let all = &all;
            s.spawn(move || {
                let mut rng = Rng(500 + t);
                let mut m = heap.new_mutator();
                let mut mine = Vec::new();
                for i in 0..30_000u64 {
                    let id = (t << 40) | i;
                    // Small, medium (overflow allocator) and the odd large object.
                    let payload = match rng.below(100) {
                        0..=74 => rng.below(100),
                        75..=98 => 300 + rng.below(3000),
                        _ => 9000,
                    };
                    mine.push((new_obj(&mut m, id, 0, payload).as_ptr() as usize, id));
                    if i % 5000 == 4999 {
                        // Hand blocks back mid-cycle now and then.
                        m = heap.new_mutator();
                    }
                }
                for &(o, id) in &mine {
                    check(o as *const u8, id);
                }
                all.lock().extend(mine);
            });
        }
    });
    let mut all = all.into_inner();
    for &(o, id) in all.iter().chain(keep.iter()) {
        check(o as *const u8, id);
    }
    // No two objects overlap.
    all.extend(keep.iter().copied());
    all.sort_unstable();
    for w in all.windows(2) {
        let size = unsafe { gc_concurrent::GcWord::from_object(w[0].0 as *const u8) }.size();
        assert!(
            w[0].0 + size <= w[1].0,
            "objects {:#x} and {:#x} overlap",
            w[0].0,
            w[1].0
        );
    }
}

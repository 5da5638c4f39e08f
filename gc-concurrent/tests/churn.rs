//! Churn: allocate 2 GB in total while keeping ~20 MB live; the heap stays bounded because free
//! lines are reused and idle blocks go back to the OS. Alone in its binary, so that the process
//! RSS is this test's.

mod common;

use common::*;
use gc_concurrent::{Heap, HeapConfig};

const LIVE: usize = 20 << 20;
const TOTAL: usize = 2 << 30;

fn rss_bytes() -> Option<usize> {
    let s = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = s.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

#[test]
fn churn_keeps_heap_bounded() {
    // Trigger = max(16 MiB, live × 0.85): the growth factor, not the minimum, sets the pace.
    let min_heap = std::env::var("CHURN_MIN_HEAP")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(16 << 20);
    let heap = Heap::leak(HeapConfig {
        min_heap,
        ..HeapConfig::default()
    });
    let mut m = heap.new_mutator();
    let client = ToyClient::new();
    let mut rng = Rng(0xC0FFEE);

    // Python-like sizes: mostly small, some medium, a few large.
    let size = |rng: &mut Rng| match rng.below(1000) {
        0..=699 => 16 + rng.below(48),
        700..=989 => 64 + rng.below(448),
        990..=998 => 512 + rng.below(4096),
        _ => 10_000 + rng.below(20_000),
    };
    // A ring of root slots; each new object replaces a random slot (the old one becomes garbage).
    let avg = 180;
    let slots = LIVE / avg;
    let mut ring: Vec<usize> = Vec::with_capacity(slots);
    let mut allocated = 0usize;
    let mut peak_heap = 0usize;
    let mut peak_committed = 0usize;
    let mut peak_rss = 0usize;
    let mut max_live = 0usize;
    let mut id = 0u64;
    while allocated < TOTAL {
        let s = size(&mut rng);
        let o = new_obj(&mut m, id, 0, s).as_ptr() as usize;
        id += 1;
        allocated += s + 24;
        if ring.len() < slots {
            ring.push(o);
        } else {
            let i = rng.below(slots);
            ring[i] = o;
        }
        if m.collection_due() {
            let st = heap.stats();
            peak_heap = peak_heap.max(st.heap_bytes);
            peak_committed = peak_committed.max(st.committed_bytes);
            if let Some(r) = rss_bytes() {
                peak_rss = peak_rss.max(r);
            }
            client.set_roots(ring.clone());
            let c = heap.collect(&client);
            max_live = max_live.max(c.live_bytes);
            let after = heap.stats();
            if std::env::var("CHURN_VERBOSE").is_ok() {
                eprintln!(
                    "live {} MiB lines {} MiB heap {} MiB committed {} MiB swept {} freed {} released {} mark {:?} sweep {:?} pause {:?}",
                    c.live_bytes >> 20,
                    (c.live_lines * gc_concurrent::geometry::BYTES_IN_LINE) >> 20,
                    after.heap_bytes >> 20,
                    after.committed_bytes >> 20,
                    c.blocks_swept,
                    c.blocks_freed,
                    c.blocks_released,
                    c.mark_time,
                    c.sweep_time,
                    c.pause
                );
            }
            // After a collection the blocks with live lines remain: the live set spread over
            // lines (~1.4 × live here) plus the holes between them, which the next cycle fills.
            assert!(
                after.heap_bytes < 3 * c.live_bytes + (16 << 20),
                "heap {} MiB after gc with {} MiB live\n{after}",
                after.heap_bytes >> 20,
                c.live_bytes >> 20
            );
        }
    }
    // Spot-check survivors.
    for &o in ring.iter().step_by(97) {
        check(o as *const u8, common::id(o as *const u8));
    }
    let st = heap.stats();
    eprintln!(
        "churn: {} cycles, max live {} MiB, peak heap {} MiB, peak committed {} MiB, peak rss {} MiB\n{st}",
        st.cycles,
        max_live >> 20,
        peak_heap >> 20,
        peak_committed >> 20,
        peak_rss >> 20
    );
    assert!(st.cycles >= 40);
    // Before a collection the heap holds the live set spread over lines, plus the allocation
    // volume of one cycle (the trigger, here max(16 MiB, live)), plus fragmentation.
    let bound = 3 * max_live + (16 << 20);
    assert!(peak_heap < bound, "peak heap {} MiB", peak_heap >> 20);
    assert!(
        peak_committed < bound + (8 << 20),
        "peak committed {} MiB",
        peak_committed >> 20
    );
    if peak_rss > 0 {
        // Plus the root ring, the test binary and allocator slack.
        assert!(
            peak_rss < bound + (48 << 20),
            "peak rss {} MiB",
            peak_rss >> 20
        );
    }
}

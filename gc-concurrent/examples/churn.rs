//! The VM's memory goal, as a runnable check: allocate 5 GB in total while keeping ~50 MB live,
//! collecting whenever the heap says a collection is due, and report peak RSS and pauses.
//!
//! ```text
//! cargo run -p gc-concurrent --release --example churn [TOTAL_GB] [LIVE_MB]
//! ```
//!
//! Objects are `[GcWord][next: *const u8][payload]`; a ring of root slots keeps the live set, each
//! new object replacing a random slot (so deaths are scattered: a worst case for a non-moving
//! heap), and one in eight objects links to the previous one.

use std::ptr::NonNull;

use gc_concurrent::{GcClient, Tracer, heap};

struct Ring(Vec<usize>);

impl GcClient for Ring {
    fn roots(&self, tracer: &mut Tracer) {
        for &p in &self.0 {
            tracer.visit(p as *const u8);
        }
    }
    fn trace(&self, obj: NonNull<u8>, tracer: &mut Tracer) {
        // SAFETY: every object of this example has its `next` pointer at offset 8.
        tracer.visit(unsafe { (obj.as_ptr().add(8) as *const *const u8).read() });
    }
}

fn rss_mib() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map_or(0, |pages| (pages * 4096) >> 20)
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let total = args.first().copied().unwrap_or(5) << 30;
    let live = args.get(1).copied().unwrap_or(50) << 20;

    let heap = heap();
    let mut m = heap.new_mutator();
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut rand = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed as usize
    };
    let size_of = |r: usize| match r % 1000 {
        0..=699 => 16 + r % 48,
        700..=989 => 64 + r % 448,
        990..=998 => 512 + r % 4096,
        _ => 10_000 + r % 20_000,
    };
    let slots = live / 200;
    let mut ring = Ring(Vec::with_capacity(slots));
    let (mut allocated, mut prev, mut peak_rss) = (0usize, 0usize, 0usize);
    let start = std::time::Instant::now();
    while allocated < total {
        let size = 16 + size_of(rand());
        let o = m.alloc(size, 0).as_ptr();
        if rand() % 8 == 0 {
            // SAFETY: fresh object of at least 16 bytes; `prev` is rooted or null.
            unsafe { (o.add(8) as *mut usize).write(prev) };
        }
        prev = o as usize;
        allocated += size;
        if ring.0.len() < slots {
            ring.0.push(o as usize);
        } else {
            let i = rand() % slots;
            ring.0[i] = o as usize;
        }
        if m.collection_due() {
            peak_rss = peak_rss.max(rss_mib());
            ring.0.push(prev);
            heap.collect(&ring);
            ring.0.pop();
        }
    }
    let s = heap.stats();
    println!("{s}");
    println!(
        "allocated {} MiB in {:.2?}, peak RSS {} MiB (goal: < 300 MiB for 5 GB with 50 MB live)",
        allocated >> 20,
        start.elapsed(),
        peak_rss.max(rss_mib())
    );
}

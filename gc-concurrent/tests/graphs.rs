//! Random object graphs: every reachable object survives intact, every unreachable one is freed
//! and its memory reused.

mod common;

use std::collections::{HashMap, HashSet};

use common::*;
use gc_concurrent::{Heap, HeapConfig};

/// Shadow of one object: id and field values as the test last wrote them.
struct Shadow {
    id: u64,
    fields: Vec<usize>,
}

fn random_size(rng: &mut Rng) -> (usize, usize) {
    let nf = rng.below(5);
    let payload = match rng.below(100) {
        0..=79 => rng.below(64),
        80..=96 => 64 + rng.below(700),
        _ => 1000 + rng.below(6000), // medium objects (several lines)
    };
    (nf, payload)
}

fn verify(shadow: &HashMap<usize, Shadow>, live: &HashSet<usize>, seed: u64) {
    for &o in live {
        let s = shadow
            .get(&o)
            .unwrap_or_else(|| panic!("seed {seed}: no shadow for {o:#x}"));
        check(o as *const u8, s.id);
        for (i, &f) in s.fields.iter().enumerate() {
            assert_eq!(
                field(o as *const u8, i) as usize,
                f,
                "seed {seed}: field {i} of {o:#x}"
            );
        }
    }
}

fn run_graph_rounds(seed: u64, rounds: usize, per_round: usize) {
    let heap = Heap::leak(HeapConfig {
        min_heap: 256 << 10,
        ..HeapConfig::default()
    });
    let mut m = heap.new_mutator();
    let client = ToyClient::new();
    let mut rng = Rng(seed);
    let mut shadow: HashMap<usize, Shadow> = HashMap::new();
    let mut objs: Vec<usize> = Vec::new(); // believed allocated (live or not yet collected)
    let mut roots: Vec<usize> = Vec::new();
    let mut next_id = 1u64;
    let mut reused_total = 0usize;

    for round in 0..rounds {
        // Allocate new objects, linking them to random older objects (new or old), statics, null.
        let first_new = objs.len();
        for _ in 0..per_round {
            let (nf, payload) = random_size(&mut rng);
            let o = new_obj(&mut m, next_id, nf, payload).as_ptr() as usize;
            let mut fields = Vec::with_capacity(nf);
            for i in 0..nf {
                let v = match rng.below(10) {
                    0 => 0,
                    1 => static_ptr() as usize,
                    _ if !objs.is_empty() => objs[rng.below(objs.len())],
                    _ => 0,
                };
                set_field(o as *const u8, i, v as *const u8);
                fields.push(v);
            }
            shadow.insert(
                o,
                Shadow {
                    id: next_id,
                    fields,
                },
            );
            next_id += 1;
            objs.push(o);
        }
        // Mutate some fields of old objects (only reachable ones may be touched: others may be
        // freed already if a previous round collected them — `objs` holds only survivors).
        for _ in 0..per_round / 10 {
            let o = objs[rng.below(objs.len())];
            let s = shadow.get_mut(&o).unwrap();
            if s.fields.is_empty() {
                continue;
            }
            let i = rng.below(s.fields.len());
            let v = if rng.chance(30) {
                0
            } else {
                objs[first_new + rng.below(objs.len() - first_new)]
            };
            set_field(o as *const u8, i, v as *const u8);
            s.fields[i] = v;
        }
        // New root set: keep some old roots, add some new objects.
        roots.retain(|_| rng.chance(60));
        for _ in 0..20 {
            roots.push(objs[first_new + rng.below(per_round)]);
        }
        roots.push(static_ptr() as usize);
        roots.push(0);
        client.set_roots(roots.clone());

        let live = reachable(&roots);
        let dead: Vec<usize> = objs.iter().copied().filter(|o| !live.contains(o)).collect();
        let dead_ranges: Vec<(usize, usize)> = {
            let mut v: Vec<_> = dead
                .iter()
                .map(|&o| {
                    (
                        o,
                        unsafe { gc_concurrent::GcWord::from_object(o as *const u8) }.size(),
                    )
                })
                .collect();
            v.sort_unstable();
            v
        };

        let stats = heap.collect(&client);
        let expect_live: usize = live
            .iter()
            .map(|&o| unsafe { gc_concurrent::GcWord::from_object(o as *const u8) }.size())
            .sum();
        assert_eq!(
            stats.live_bytes, expect_live,
            "seed {seed} round {round}: live bytes"
        );
        assert_eq!(
            stats.marked_objects,
            live.len(),
            "seed {seed} round {round}: marked objects"
        );

        verify(&shadow, &live, seed);
        for &o in &dead {
            assert_eq!(
                heap.find_object(o),
                None,
                "seed {seed} round {round}: dead {o:#x} still found"
            );
            shadow.remove(&o);
        }
        for &o in &live {
            assert_eq!(heap.find_object(o).map(|p| p.as_ptr() as usize), Some(o));
        }
        objs.retain(|o| live.contains(o));

        // Unreachable memory is reused: probe allocations land in dead objects' ranges; they must
        // not disturb the survivors.
        let mut probes = Vec::new();
        for _ in 0..per_round / 4 {
            let p = new_obj(&mut m, 0, 0, rng.below(48)).as_ptr() as usize;
            let i = dead_ranges.partition_point(|&(s, _)| s <= p);
            if i > 0 && p < dead_ranges[i - 1].0 + dead_ranges[i - 1].1 {
                reused_total += 1;
            }
            probes.push(p);
        }
        verify(&shadow, &live, seed);
        // The probes are garbage from the next collection on; they are not in `objs`.
        let _ = probes;
    }
    assert!(
        reused_total > rounds * per_round / 20,
        "seed {seed}: too little reuse ({reused_total})"
    );
    let s = heap.stats();
    assert_eq!(s.cycles, rounds as u64);
    assert!(s.bytes_reclaimed > 0);
}

#[test]
fn random_graphs_survive_intact_and_garbage_is_reused() {
    for seed in [0x1234_5678_9abc_def1u64, 42, 0xdead_beef] {
        run_graph_rounds(seed, 12, 4000);
    }
}

/// More than 255 collections: the mark epoch wraps around (line marks are reset) and survivors
/// must still be kept, garbage still freed.
#[test]
fn epoch_wraparound_keeps_survivors() {
    run_graph_rounds(7, 300, 200);
}

/// A static object pointed to by roots and fields is neither marked nor traced nor freed.
#[test]
fn statics_are_ignored() {
    let heap = Heap::leak(HeapConfig::default());
    let mut m = heap.new_mutator();
    let a = new_obj(&mut m, 1, 2, 8).as_ptr();
    set_field(a, 0, static_ptr());
    let client = ToyClient::new();
    client.set_roots(vec![a as usize, static_ptr() as usize]);
    let s = heap.collect(&client);
    assert_eq!(s.marked_objects, 1);
    assert_eq!(STATIC_TOY.gc.mark_epoch(), 0);
    assert!(STATIC_TOY.gc.is_static());
    assert_eq!(STATIC_TOY.gc.size(), 24);
    assert_eq!(heap.find_object(static_ptr() as usize), None);
    check(a, 1);
}

/// A dropped mutator's partly used blocks hold its objects until they die, then are reused.
#[test]
fn dropped_mutator_blocks_are_swept() {
    let heap = Heap::leak(HeapConfig::default());
    let client = ToyClient::new();
    let mut kept = Vec::new();
    for round in 0..5u64 {
        let mut m = heap.new_mutator();
        for i in 0..1000u64 {
            let o = new_obj(&mut m, round * 1000 + i, 0, 40).as_ptr() as usize;
            if i % 100 == 0 {
                kept.push((o, round * 1000 + i));
            }
        }
        drop(m);
        client.set_roots(kept.iter().map(|k| k.0).collect());
        let s = heap.collect(&client);
        assert_eq!(s.marked_objects, kept.len());
        for &(o, id) in &kept {
            check(o as *const u8, id);
        }
    }
    // Five rounds of ~88 KB each fit in a handful of blocks: blocks were recycled, not hoarded.
    assert!(heap.stats().heap_bytes <= 8 * 32 * 1024, "{}", heap.stats());
}

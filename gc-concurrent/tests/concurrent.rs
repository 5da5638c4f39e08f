//! Concurrent cycles: a collector thread runs `Heap::run_cycle` (initial pause, concurrent mark,
//! final pause, finalization, lazy sweep) while mutator threads allocate, rewire a shared graph
//! through the SATB barrier, and sweep blocks themselves when they need one. The world is a
//! reader-writer lock: mutators hold it for reading while they run and let go at their
//! "safepoints"; the collector stops the world by taking it for writing. The heap verifier is on
//! (`HeapConfig::verify`): it aborts the test on a reachable object left unmarked after a
//! marking, or lying in a free line or block before the next one. (Without the barrier the
//! verifier catches lost objects here within a run or two: checked when the test was written.)

mod common;

use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use common::{Rng, TOY_KIND, check, id, n_fields, new_obj};
use gc_concurrent::{GcClient, Heap, HeapConfig, Stopped, Tracer, World};
use parking_lot::RwLock;

const ROOTS: usize = 64;
const FIELDS: usize = 2;

/// A toy object's field `i`, read or written atomically (the marker reads while mutators write).
fn slot(obj: *const u8, i: usize) -> &'static AtomicUsize {
    assert!(i < n_fields(obj));
    // SAFETY (test): toy objects keep 8-aligned pointer fields at offset 24 + 8i; the object is
    // live while the caller uses the reference (it holds it between two safepoints).
    unsafe { &*(obj.add(common::HEADER + 8 * i) as *const AtomicUsize) }
}

struct Shared {
    heap: &'static Heap,
    world: RwLock<()>,
    roots: Vec<AtomicUsize>,
    done: AtomicBool,
    /// Objects marked by assists so far (summed by the collector loop).
    assisted: AtomicUsize,
    /// Tracing costs about half a microsecond per object, so that markings last long enough
    /// for the mutators (which run between the collector's pauses) to meet them, even on a
    /// loaded machine.
    slow_trace: bool,
}

impl GcClient for Shared {
    fn roots(&self, tracer: &mut Tracer) {
        for r in &self.roots {
            tracer.visit(r.load(Ordering::Acquire) as *const u8);
        }
    }
    fn trace(&self, obj: NonNull<u8>, tracer: &mut Tracer) {
        if self.slow_trace {
            let t0 = std::time::Instant::now();
            while t0.elapsed() < std::time::Duration::from_nanos(500) {
                std::hint::spin_loop();
            }
        }
        let o = obj.as_ptr() as *const u8;
        for i in 0..n_fields(o) {
            tracer.visit(slot(o, i).load(Ordering::Acquire) as *const u8);
        }
    }
}

impl World for Shared {
    fn stop_the_world(&self, f: &mut dyn FnMut(&dyn GcClient)) -> Stopped {
        let _stopped = self.world.write();
        f(self);
        Stopped::default()
    }
    fn concurrent_client(&self) -> &dyn GcClient {
        self
    }
}

/// A verified heap with `min_heap` and its world, for the life of the test process; with
/// `assist_ratio` > 0, mutators assist its markings.
fn shared(min_heap: usize, assist_ratio: usize) -> &'static Shared {
    let heap = Heap::leak(HeapConfig {
        min_heap,
        verify: true,
        assist_ratio,
        ..HeapConfig::default()
    });
    let s: &'static Shared = Box::leak(Box::new(Shared {
        heap,
        world: RwLock::new(()),
        roots: (0..ROOTS).map(|_| AtomicUsize::new(0)).collect(),
        done: AtomicBool::new(false),
        assisted: AtomicUsize::new(0),
        slow_trace: true,
    }));
    if assist_ratio > 0 {
        heap.attach_world(s);
    }
    s
}

impl Shared {
    /// Whether the run has raced with markings enough to prove something: stores during a
    /// marking, and (when assists are on) assisted marking.
    fn raced(&self) -> bool {
        HITS.load(Ordering::Relaxed) > 0
            && (self.heap.config().assist_ratio == 0 || self.assisted.load(Ordering::Relaxed) > 0)
    }
}

/// The barrier: log the value about to be overwritten while a marking runs.
/// Barrier hits while a marking ran (the test must have raced with markings).
static HITS: AtomicUsize = AtomicUsize::new(0);

fn barrier(m: &mut gc_concurrent::Mutator, word: &AtomicUsize) {
    if gc_concurrent::satb::active() {
        HITS.fetch_add(1, Ordering::Relaxed);
        let old = word.load(Ordering::Relaxed);
        if old != 0 {
            // SAFETY: `old` was read from a live root or field between two safepoints.
            unsafe { m.satb_log(old as *const u8) };
        }
    }
}

fn mutator(s: &'static Shared, seed: u64) {
    let mut m = s.heap.new_mutator();
    let mut rng = Rng(seed);
    let mut next_id = seed << 32;
    let mut running = s.world.read();
    // Rounds until the run has raced with markings as the test wants (barrier hits; with
    // assists, also assisted marking), for up to 30 s: on a loaded machine markings and
    // mutators may meet rarely. The moves below shrink the graph, so each round grows it again.
    let t0 = std::time::Instant::now();
    for round in 0.. {
        if round > 0 && (s.raced() || t0.elapsed() > std::time::Duration::from_secs(30)) {
            break;
        }
        // A large live graph, so that markings take long enough to race with the moves below: a
        // chain of nodes under each of this thread's roots (prepended to what is there).
        for r in (seed as usize % 2..ROOTS).step_by(2) {
            let mut head = s.roots[r].load(Ordering::Acquire);
            for _ in 0..2_000 {
                let n = new_obj(&mut m, next_id, FIELDS, 16);
                next_id += 1;
                slot(n.as_ptr(), 0).store(head, Ordering::Release);
                head = n.as_ptr() as usize;
            }
            barrier(&mut m, &s.roots[r]);
            s.roots[r].store(head, Ordering::Release);
            drop(running);
            running = s.world.read();
        }
        for step in 0..100_000u64 {
            // Garbage, so that cycles keep coming; now and then a new node joins the graph (born
            // marked if a marking runs).
            let g = new_obj(&mut m, next_id, FIELDS, (rng.next() % 200) as usize);
            next_id += 1;
            if step % 16 == 0 {
                let r = &s.roots[(rng.next() as usize) % ROOTS];
                slot(g.as_ptr(), 0).store(r.load(Ordering::Acquire), Ordering::Release);
                barrier(&mut m, r);
                r.store(g.as_ptr() as usize, Ordering::Release);
            }
            // Move a subgraph with a single owner: cut the rest of one root's chain and hang it
            // under another root's node, then drop it from the first — the object is lost if the
            // marker traced the second node before the move and reaches the first after it, unless
            // the barrier logged the cut.
            let a = s.roots[(rng.next() as usize) % ROOTS].load(Ordering::Acquire);
            let b = s.roots[(rng.next() as usize) % ROOTS].load(Ordering::Acquire);
            if a != 0 && b != 0 && a != b {
                let src = slot(a as *const u8, 0);
                let moved = src.load(Ordering::Acquire);
                let dst = slot(b as *const u8, 1);
                barrier(&mut m, dst);
                dst.store(moved, Ordering::Release);
                barrier(&mut m, src);
                src.store(0, Ordering::Release);
                if moved != 0 {
                    check(moved as *const u8, id(moved as *const u8));
                }
            }
            if step % 64 == 0 {
                // A safepoint: nothing held across it but the roots.
                drop(running);
                running = s.world.read();
            }
        }
    }
    drop(running);
    drop(m);
}

/// One test at a time: the SATB barrier's switch is process-wide (satb.rs `BARRIER`), so two
/// heaps marking at once in one process would turn it off under each other.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// The collector thread marks alone: stores race with its markings.
#[test]
fn concurrent_cycles_lose_nothing() {
    let _one = serial();
    let (hits, _) = concurrent_cycles(0);
    assert!(hits > 0, "no store raced with a marking");
}

/// Mutators assist the markings (assist.rs): their tracing, the grey packets handed back and
/// forth, and the CAS claims must lose nothing either. (Assisted markings end sooner, so fewer
/// stores race with them.)
#[test]
fn assisted_cycles_lose_nothing() {
    let _one = serial();
    let (_, assisted) = concurrent_cycles(4);
    assert!(assisted > 0, "no mutator assisted a marking");
}

/// Runs a collector thread against two mutators on a fresh verified heap; returns the barrier
/// hits and the objects marked by assists.
fn concurrent_cycles(assist_ratio: usize) -> (usize, usize) {
    HITS.store(0, Ordering::Relaxed);
    let s = shared(256 << 10, assist_ratio);
    let collector = std::thread::spawn(move || {
        let (mut cycles, mut assisted) = (0, 0);
        while !s.done.load(Ordering::Relaxed) {
            if let Some(st) = s.heap.run_cycle(s) {
                cycles += 1;
                assisted += st.assisted_objects;
                s.assisted.store(assisted, Ordering::Relaxed);
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        (cycles, assisted)
    });
    let ms: Vec<_> = (0..2)
        .map(|t| std::thread::spawn(move || mutator(s, 0x9E37_79B8 + t)))
        .collect();
    for m in ms {
        m.join().unwrap();
    }
    s.done.store(true, Ordering::Relaxed);
    let (cycles, assisted) = collector.join().unwrap();
    let hits = HITS.load(Ordering::Relaxed);
    eprintln!(
        "{cycles} concurrent cycles, {hits} barrier hits, {assisted} objects marked by assists"
    );
    assert!(cycles >= 3, "only {cycles} cycles ran");
    // Everything reachable now is intact; a final cycle (verified) frees the rest.
    let live = common::reachable(
        &s.roots
            .iter()
            .map(|r| r.load(Ordering::Relaxed))
            .collect::<Vec<_>>(),
    );
    for &o in &live {
        check(o as *const u8, id(o as *const u8));
        // SAFETY (test): a reachable toy object.
        assert_eq!(
            unsafe { gc_concurrent::GcWord::from_object(o as *const u8) }.user_byte(),
            TOY_KIND
        );
    }
    let stats = s.heap.run_cycle(s).expect("idle");
    assert_eq!(stats.marked_objects, live.len());
    let hs = s.heap.stats();
    assert!(
        hs.pauses.len() >= 2 * hs.cycles as usize,
        "two pauses per concurrent cycle"
    );
    (hits, assisted)
}

/// More than twice around the 255 epochs, with objects dying at every cycle and survivors
/// kept: the start-bit cleanse and the line-mark reset that the sweeps do before the wrap
/// (header.rs INV-H3, line.rs) keep stale marks from reviving dead objects; the verifier checks
/// every cycle.
#[test]
fn epochs_wrap_safely() {
    let _one = serial();
    let s = shared(64 << 10, 0);
    let heap = s.heap;
    let mut m = heap.new_mutator();
    let mut rng = Rng(7);
    let mut next_id = 1u64;
    for cycle in 0..600 {
        // Replace a few roots (their old objects die), allocate garbage.
        for _ in 0..8 {
            let n = new_obj(&mut m, next_id, FIELDS, (rng.next() % 300) as usize);
            next_id += 1;
            s.roots[(rng.next() as usize) % ROOTS].store(n.as_ptr() as usize, Ordering::Release);
        }
        for _ in 0..32 {
            new_obj(&mut m, 0, 0, (rng.next() % 500) as usize);
        }
        let conservative = heap.find_object(s.roots[cycle % ROOTS].load(Ordering::Relaxed) + 8);
        if s.roots[cycle % ROOTS].load(Ordering::Relaxed) != 0 {
            assert!(
                conservative.is_some(),
                "a live object is found by interior pointer"
            );
        }
        heap.run_cycle(s).expect("idle");
        for r in &s.roots {
            let o = r.load(Ordering::Relaxed);
            if o != 0 {
                check(o as *const u8, id(o as *const u8));
            }
        }
    }
    assert!(heap.stats().cycles >= 600);
    drop(m);
}

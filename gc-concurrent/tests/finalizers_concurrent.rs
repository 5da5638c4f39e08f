//! Finalizers against the lazy sweep (pool.rs INV-P2): the sweep opens at the final pause, while
//! the finalizers of the dead still wait to run on the collector thread, and mutators reuse
//! swept lines at once. A dead object with a finalizer must stay intact until its finalizer
//! ran: its block is set aside until then.
//!
//! Two mutators allocate garbage, a quarter of it with finalizers, mixed in the same blocks; the
//! collector thread runs cycles, and each finalizer checks its object (header, id, payload) and
//! is slow, so that mutators allocate and sweep plenty while finalizers run. A finalized object
//! whose lines a mutator had reused shows as a wrong kind, a zeroed header, a payload that does
//! not match its id, an id without the finalizer bit, or an id finalized twice. (With the
//! set-aside disabled, the test fails within a few cycles: checked when it was written.)

mod common;

use std::collections::HashSet;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::{check, id, new_obj, Rng};
use gc_concurrent::{GcClient, Heap, HeapConfig, Stopped, Tracer, World};
use parking_lot::{Mutex, RwLock};

/// Ids of objects registered with a finalizer carry this bit.
const FIN: u64 = 1 << 63;

struct Shared {
    heap: &'static Heap,
    world: RwLock<()>,
    done: AtomicBool,
}

impl GcClient for Shared {
    fn roots(&self, _tracer: &mut Tracer) {}
    fn trace(&self, _obj: NonNull<u8>, _tracer: &mut Tracer) {}
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

static FINALIZED: Mutex<Option<HashSet<u64>>> = Mutex::new(None);
static RUNS: AtomicUsize = AtomicUsize::new(0);

fn finalize(obj: NonNull<u8>) {
    let o = obj.as_ptr() as *const u8;
    let i = id(o);
    assert!(i & FIN != 0, "finalizer of {o:?} found id {i:#x}: its lines were reused");
    check(o, i);
    assert!(
        FINALIZED.lock().get_or_insert_with(HashSet::new).insert(i),
        "object {i:#x} finalized twice"
    );
    RUNS.fetch_add(1, Ordering::Relaxed);
    // Slow finalization: the mutators allocate, and sweep, meanwhile.
    let t0 = Instant::now();
    while t0.elapsed() < Duration::from_micros(1) {
        std::hint::spin_loop();
    }
}

fn mutator(s: &'static Shared, seed: u64) {
    let mut m = s.heap.new_mutator();
    let mut rng = Rng(seed);
    let mut next_id = seed << 40;
    let mut running = s.world.read();
    let mut step = 0u64;
    while !s.done.load(Ordering::Relaxed) {
        let fin = rng.chance(25);
        let i = next_id | if fin { FIN } else { 0 };
        next_id += 1;
        let o = new_obj(&mut m, i, 0, rng.below(120));
        if fin {
            s.heap.register_finalizer(o, finalize);
        }
        step += 1;
        if step % 64 == 0 {
            drop(running);
            if step % 256 == 0 {
                // About 250,000 objects a second: cycles of a few thousand finalizers each.
                std::thread::sleep(Duration::from_millis(1));
            }
            running = s.world.read();
        }
    }
    drop(running);
    drop(m);
}

#[test]
fn dead_objects_stay_intact_until_finalized() {
    let heap = Heap::leak(HeapConfig {
        min_heap: 1 << 20,
        verify: true,
        ..HeapConfig::default()
    });
    let s: &'static Shared = Box::leak(Box::new(Shared {
        heap,
        world: RwLock::new(()),
        done: AtomicBool::new(false),
    }));
    let ms: Vec<_> = (0..2)
        .map(|t| std::thread::spawn(move || mutator(s, 0x51ED + t)))
        .collect();
    let t0 = Instant::now();
    let mut cycles = 0;
    let mut finalizers = 0;
    while cycles < 40 && t0.elapsed() < Duration::from_secs(20) {
        let st = s.heap.run_cycle(s).expect("only this thread runs cycles");
        cycles += 1;
        finalizers += st.finalizers_run;
        // Let the mutators fill the heap with more of the dead.
        std::thread::sleep(Duration::from_millis(10));
    }
    s.done.store(true, Ordering::Relaxed);
    for m in ms {
        m.join().unwrap();
    }
    eprintln!("{cycles} cycles, {finalizers} finalizers run");
    assert!(cycles >= 5, "only {cycles} cycles ran");
    assert!(
        RUNS.load(Ordering::Relaxed) > 20_000,
        "too few finalizers ran to prove anything: {}",
        RUNS.load(Ordering::Relaxed)
    );
}

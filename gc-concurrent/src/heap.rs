//! The heap: one per process ([`heap()`]), or more in tests ([`Heap::leak`]).
//!
//! ## Trigger
//!
//! A collection is *due* when the bytes allocated since the last collection reach
//! `max(min_heap, live_after_last_gc × growth)` (`PYRS_GC_MIN_HEAP`, default 32 MiB, and
//! `PYRS_GC_GROWTH`, default 1.0). Mutators add their allocation volume when they refill a bump
//! region (and large objects as they are allocated), and whoever crosses the trigger sets the due
//! flag that every mutator's [`Mutator::collection_due`](crate::Mutator::collection_due) reads.
//! With `PYRS_GC_STRESS=1` every refill sets it (GC-stress mode).
//!
//! ## Protocol words and their orderings
//!
//! | word | written by | read by | ordering |
//! | --- | --- | --- | --- |
//! | `due` | refilling mutators (set), collector (clear) | mutators at safepoint polls | Relaxed |
//! | `allocated_since`, `total_allocated` | refilling mutators, collector | collector, stats | Relaxed |
//! | `trigger` | collector | refilling mutators | Relaxed |
//! | `epoch` | collector (world stopped) | mutators at refill, collector | Relaxed |
//! | `marking` | collector | (later) the SATB write barrier | Relaxed |
//!
//! All Relaxed, for two reasons. The due flag and the counters are advisory: a mutator that sees
//! `due` one poll late only delays the collection by one safepoint, and a counter add that is
//! lost to no one (atomic adds are never lost) needs no ordering with anything else. The `epoch`
//! and `trigger` change only while every mutator is stopped, and the VM's safepoint handshake
//! (which parks a thread with a Release and resumes it with an Acquire) orders the collector's
//! writes before each mutator's next read. `marking` will need Acquire/Release once a concurrent
//! marker exists; today nothing reads it concurrently.

use std::collections::HashMap;
use std::ptr::NonNull;
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::address::Address;
use crate::address::BYTES_IN_BLOCK;
use crate::chunk::{Chunk, META_BLOCKS};
use crate::los::LargeObjectSpace;
use crate::mutator::LocalPtr;
use crate::pool::BlockPool;
use crate::stats::{HeapStats, StatsRecord};
use crate::sync::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use crate::trace::find_in_block_space;

/// A finalizer: called with the dead object (`Heap::register_finalizer`).
pub(crate) type Finalizer = fn(NonNull<u8>);

/// Heap tuning.
#[derive(Clone, Debug)]
pub struct HeapConfig {
    /// Minimum allocation volume between collections, bytes (`PYRS_GC_MIN_HEAP`).
    pub min_heap: usize,
    /// Allocation volume between collections as a multiple of the bytes live after the last one
    /// (`PYRS_GC_GROWTH`).
    pub growth: f64,
    /// GC-stress mode: a collection is due at every refill (`PYRS_GC_STRESS=1`).
    pub stress: bool,
}

impl Default for HeapConfig {
    fn default() -> HeapConfig {
        HeapConfig {
            min_heap: 32 << 20,
            growth: 1.0,
            stress: false,
        }
    }
}

impl HeapConfig {
    /// The defaults, overridden by `PYRS_GC_MIN_HEAP` (bytes, or with a `K`/`M`/`G` suffix),
    /// `PYRS_GC_GROWTH` (a float) and `PYRS_GC_STRESS` (`1` to enable). Unparsable values are
    /// ignored.
    pub fn from_env() -> HeapConfig {
        let mut c = HeapConfig::default();
        if let Some(v) = std::env::var("PYRS_GC_MIN_HEAP")
            .ok()
            .and_then(|s| parse_size(&s))
        {
            c.min_heap = v;
        }
        if let Some(v) = std::env::var("PYRS_GC_GROWTH")
            .ok()
            .and_then(|s| s.trim().parse::<f64>().ok())
            && v.is_finite()
            && v >= 0.0
        {
            c.growth = v;
        }
        c.stress = std::env::var("PYRS_GC_STRESS").is_ok_and(|s| s.trim() == "1");
        c
    }
}

fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, shift) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 10),
        'm' | 'M' => (&s[..s.len() - 1], 20),
        'g' | 'G' => (&s[..s.len() - 1], 30),
        _ => (s, 0),
    };
    num.trim().parse::<usize>().ok()?.checked_mul(1 << shift)
}

/// The garbage-collected heap: block space, large-object space, registered mutators, finalizers,
/// trigger and statistics.
pub struct Heap {
    pub(crate) config: HeapConfig,
    pub(crate) pool: BlockPool,
    pub(crate) los: LargeObjectSpace,
    /// Every registered mutator's allocation state (INV-M1).
    pub(crate) mutators: Mutex<Vec<LocalPtr>>,
    pub(crate) finalizers: Mutex<HashMap<Address, Finalizer>>,
    /// Serialises collections.
    pub(crate) collect_lock: Mutex<()>,
    /// Epoch of the last (or the running) marking, in 1..=255 (never 0, the mark of "never
    /// marked"); 1 before the first marking, which matches no line or object mark yet.
    pub(crate) epoch: AtomicU8,
    /// Whether a marking is in progress (the future SATB barrier's switch).
    pub(crate) marking: AtomicBool,
    pub(crate) due: AtomicBool,
    pub(crate) allocated_since: AtomicUsize,
    pub(crate) total_allocated: AtomicUsize,
    pub(crate) trigger: AtomicUsize,
    pub(crate) record: Mutex<StatsRecord>,
}

static GLOBAL: OnceLock<Heap> = OnceLock::new();

/// The process-wide heap, created on first use with [`HeapConfig::from_env`].
pub fn heap() -> &'static Heap {
    GLOBAL.get_or_init(|| Heap::new(HeapConfig::from_env()))
}

impl Heap {
    /// A new, empty heap. Mutators need a `&'static Heap`: use [`heap()`] or [`Heap::leak`].
    pub fn new(config: HeapConfig) -> Heap {
        let trigger = config.min_heap.max(1);
        Heap {
            config,
            pool: BlockPool::new(),
            los: LargeObjectSpace::new(),
            mutators: Mutex::new(Vec::new()),
            finalizers: Mutex::new(HashMap::new()),
            collect_lock: Mutex::new(()),
            epoch: AtomicU8::new(1),
            marking: AtomicBool::new(false),
            due: AtomicBool::new(false),
            allocated_since: AtomicUsize::new(0),
            total_allocated: AtomicUsize::new(0),
            trigger: AtomicUsize::new(trigger),
            record: Mutex::new(StatsRecord::default()),
        }
    }

    /// A new heap that lives for the rest of the process (tests, embedders with several heaps).
    pub fn leak(config: HeapConfig) -> &'static Heap {
        Box::leak(Box::new(Heap::new(config)))
    }

    /// The configuration.
    pub fn config(&self) -> &HeapConfig {
        &self.config
    }

    /// Whether the collection trigger has passed since the last collection (one load).
    #[inline(always)]
    pub fn collection_due(&self) -> bool {
        // Relaxed: advisory, see the module doc.
        self.due.load(Ordering::Relaxed)
    }

    /// Whether a marking is in progress. Always false outside `collect` today; the concurrent
    /// marker's SATB write barrier will test it.
    #[inline(always)]
    pub fn marking_active(&self) -> bool {
        // Relaxed: see the module doc.
        self.marking.load(Ordering::Relaxed)
    }

    /// The epoch of the last completed (or the running) marking.
    #[inline(always)]
    pub(crate) fn epoch(&self) -> u8 {
        // Relaxed: written only with the world stopped, see the module doc.
        self.epoch.load(Ordering::Relaxed)
    }

    /// The mark epoch new objects get (INV-M3): the current epoch, i.e. the last marking's
    /// between collections (header.rs), so that a new object is valid for `find_object` (INV-B2)
    /// and unmarked for the next marking.
    pub(crate) fn allocation_colour(&self) -> u8 {
        self.epoch()
    }

    /// Counts `bytes` of allocation and sets the due flag when the trigger passes.
    pub(crate) fn note_allocated(&self, bytes: usize) {
        // Relaxed (all three): counters and an advisory flag, see the module doc.
        let since = self.allocated_since.fetch_add(bytes, Ordering::Relaxed) + bytes;
        self.total_allocated.fetch_add(bytes, Ordering::Relaxed);
        if self.config.stress || since >= self.trigger.load(Ordering::Relaxed) {
            self.due.store(true, Ordering::Relaxed);
        }
    }

    /// Allocates a large object (`size` already rounded) with GC word `bits`.
    pub(crate) fn alloc_large(&self, size: usize, bits: u64) -> Address {
        let a = self.los.alloc(size, bits);
        self.note_allocated(size);
        a
    }

    /// Given an arbitrary machine word, the start of the allocated heap object that contains that
    /// address (interior pointers allowed), or `None`. "Allocated" means not yet found dead by a
    /// collection. Exact while the world is stopped, and for the caller's own allocations; an
    /// object another thread is allocating right now may be missed.
    pub fn find_object(&self, addr: usize) -> Option<NonNull<u8>> {
        let a = Address::from_usize(addr);
        let start = if self.pool.chunks.lookup(a).is_some() {
            // Between collections the valid mark is the current epoch (INV-B2).
            let e = self.epoch();
            find_in_block_space(a, e, e)
        } else {
            self.los.find(a)
        }?;
        NonNull::new(start.to_mut_ptr())
    }

    /// Calls `f(obj)` when `obj` is found dead by a collection (once). `f` runs inside
    /// [`collect`](Self::collect), after marking and before any memory is reused; it must not
    /// store `obj` anywhere (no resurrection), allocate, collect, or create or drop a
    /// [`Mutator`](crate::Mutator). Static objects are ignored.
    pub fn register_finalizer(&self, obj: NonNull<u8>, f: fn(NonNull<u8>)) {
        // SAFETY: the caller passes a heap object (or a static), per the method's contract.
        if unsafe { crate::GcWord::from_object(obj.as_ptr()) }.is_static() {
            return;
        }
        self.finalizers
            .lock()
            .insert(Address::from_ptr(obj.as_ptr()), f);
    }

    /// Heap statistics.
    pub fn stats(&self) -> HeapStats {
        let counts = self.pool.counts();
        let chunks = self.pool.chunks.len();
        let los = self.los.mapped_bytes();
        let r = self.record.lock();
        HeapStats {
            cycles: r.cycles,
            pauses: r.pauses.clone(),
            mark_time: r.mark_time,
            live_bytes_after_last_gc: r.live_bytes,
            heap_bytes: counts.in_use * BYTES_IN_BLOCK + los,
            committed_bytes: (counts.in_use + counts.free) * BYTES_IN_BLOCK
                + chunks * META_BLOCKS * BYTES_IN_BLOCK
                + los,
            large_object_bytes: los,
            chunks,
            // Relaxed: statistics.
            total_allocated: self.total_allocated.load(Ordering::Relaxed),
            bytes_reclaimed: r.reclaimed,
            finalizers_run: r.finalizers_run,
        }
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // No mutator can exist (each holds `&'static Heap`, so a droppable heap has none), hence no
        // object or block of this heap is referenced any more.
        debug_assert!(self.mutators.lock().is_empty());
        self.los.unmap_all();
        for chunk in self.pool.chunks.take_all() {
            // SAFETY: the heap is going away and nothing refers to its chunks (see above; INV-C1).
            unsafe { Chunk::unmap(chunk) };
        }
    }
}

//! The heap: one per process ([`heap()`]), or more in tests ([`Heap::leak`]).
//!
//! ## Trigger
//!
//! A cycle is *due* when the bytes allocated since the last cycle started reach
//! `max(min_heap × running, live_after_last_gc × growth)` (`PYRS_GC_MIN_HEAP`, default 32 MiB,
//! and `PYRS_GC_GROWTH`, default 0.85): allocation volume, scaled by how much the heap holds.
//! `running` is how many mutators were running (not parked) at the cycle's last pause, at most
//! [`MIN_HEAP_THREADS`]: with a small live set, each thread allocating in parallel gets its own
//! minimum volume, so that the number of cycles (and the collector's share of the cores, which
//! the threads then need) does not grow with the thread count. Measured on float_alloc at two
//! threads (2 cores, 3 interleaved runs): median wall 2.57 s at 32 MiB against 2.02 s at
//! 64 MiB, user time 4.76 against 3.63 s, peak RSS 97 against 139 MB; one thread keeps 32 MiB.
//! Peak heap is about `lines live + floating garbage + that volume` (pool.rs), so the growth
//! factor sets the memory/time trade: on the churn benchmark (100 MiB live, 2 threads) peak RSS
//! was 3.03x live at 1.0, 2.86x at 0.85 and 2.73x at 0.7, at +6% and +20% wall time over 1.0.
//! 0.85 keeps a program under 3x its live size with the least extra marking.
//! Mutators add their allocation volume when they refill a bump region (and large objects as
//! they are allocated), and whoever crosses the trigger sets the due flag that every mutator's
//! [`Mutator::collection_due`](crate::Mutator::collection_due) reads at safepoints. With
//! `PYRS_GC_STRESS=1` every refill sets it (GC-stress mode: cycles run back to back). If a
//! cycle is running when allocation reaches twice the trigger, the flag tells the allocating
//! threads to wait for the cycle's end (allocation throttling: the heap stays bounded even if
//! mutators outrun the marker; the wait counts as a pause in the statistics).
//!
//! ## Protocol words and their orderings
//!
//! | word | written by | read by | ordering |
//! | --- | --- | --- | --- |
//! | `due` | refilling mutators (set), mutators and collector (clear) | mutators at safepoint polls | Relaxed |
//! | `phase`, `live_marks` | collector in pauses (and at a cycle's end: `phase`) | mutators, collector | Relaxed |
//! | `allocated_since`, `total_allocated` | refilling mutators, collector | collector, stats | Relaxed |
//! | `trigger` | collector | refilling mutators | Relaxed |
//! | `epoch` | collector (world stopped) | mutators at refill, collector | Relaxed |
//!
//! All Relaxed, for two reasons. The due flag and the counters are advisory: a mutator that sees
//! `due` one poll late only delays the collection by one safepoint, and a counter add that is
//! lost to no one (atomic adds are never lost) needs no ordering with anything else. The `epoch`
//! and `trigger` change only while every mutator is stopped, and the VM's safepoint handshake
//! (which parks a thread with a Release and resumes it with an Acquire) orders the collector's
//! writes before each mutator's next read; so do `live_marks` and the SATB barrier switch
//! (satb.rs). `phase` goes from `SWEEPING` to `IDLE` outside a pause, and readers use it only to
//! choose between raising `DUE_START` or `DUE_OVERDUE` (advisory) — the collector re-checks it
//! under the collect lock in the initial pause.

use std::ptr::NonNull;
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::address::Address;
use crate::grey::GreyQueue;
use crate::concurrent::World;
use crate::address::BYTES_IN_BLOCK;
use crate::chunk::{Chunk, META_BLOCKS};
use crate::los::LargeObjectSpace;
use crate::mutator::LocalPtr;
use crate::pool::BlockPool;
use crate::stats::{HeapStats, StatsRecord};
use crate::line::LiveMarks;
use crate::satb::Queue;
use crate::sync::{AtomicBool, AtomicU8, AtomicU16, AtomicU64, AtomicUsize, Ordering};
use crate::trace::find_in_block_space;

/// `Heap::phase`: no cycle in progress.
pub(crate) const IDLE: u8 = 0;
/// `Heap::phase`: between the initial and the final pause.
pub(crate) const MARKING: u8 = 1;
/// `Heap::phase`: after the final pause, until every block is swept.
pub(crate) const SWEEPING: u8 = 2;

/// `Heap::due`: a cycle should start.
pub(crate) const DUE_START: u8 = 1;
/// `Heap::due`: allocation outran the running cycle; allocating threads wait for its end.
pub(crate) const DUE_OVERDUE: u8 = 2;
/// `Heap::due`: objects resurrected for their finalizers wait for a thread to run them
/// (resurrect.rs); the first mutator at a safepoint takes the flag.
pub(crate) const DUE_FINALIZE: u8 = 4;

/// What a mutator must do at a safepoint ([`Heap::take_due`]).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Due {
    /// Start a cycle.
    pub start: bool,
    /// Wait (parked) for the running cycle to end.
    pub overdue: bool,
    /// Run the finalizers of resurrected objects ([`GcClient::resurrected`]).
    pub finalize: bool,
}

/// A finalizer: called with the dead object (`Heap::register_finalizer`).
pub(crate) type Finalizer = fn(NonNull<u8>);

/// At most this many running threads multiply `min_heap` (see "Trigger"): bounds the extra
/// memory on machines with many cores.
pub const MIN_HEAP_THREADS: usize = 4;

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
    /// Heap verifier (`PYRS_GC_VERIFY=1`): after each marking, check that every object reachable
    /// from the roots is marked; before each marking, that no reachable object lies in a free
    /// line or block (verify.rs). Panics with a report on the first failed check.
    pub verify: bool,
    /// Log every pause and cycle to stderr (`PYRS_GC_LOG=1`).
    pub log: bool,
    /// Bytes a mutator marks per byte it allocates while a marking runs (assist.rs;
    /// `PYRS_GC_ASSIST`, 0 turns assists off).
    pub assist_ratio: usize,
    /// Longest time, in microseconds, the collector thread sleeps after a pause while threads it
    /// restarted wait for a core, when they outnumber the spare cores and the last marking took
    /// at least `GIVE_WAY_SHARE` times as long (concurrent.rs `give_way`;
    /// `PYRS_GC_RESTART_YIELD_US`, default 5000; 0 turns it off).
    pub restart_yield_us: u64,
}

impl Default for HeapConfig {
    fn default() -> HeapConfig {
        HeapConfig {
            min_heap: 32 << 20,
            growth: 0.85,
            stress: false,
            verify: false,
            log: false,
            assist_ratio: 4,
            restart_yield_us: 5000,
        }
    }
}

impl HeapConfig {
    /// The defaults, overridden by `PYRS_GC_MIN_HEAP` (bytes, or with a `K`/`M`/`G` suffix),
    /// `PYRS_GC_GROWTH` (a float), `PYRS_GC_ASSIST` and `PYRS_GC_RESTART_YIELD_US` (integers)
    /// and `PYRS_GC_STRESS` (`1` to
    /// enable). Unparsable values are ignored.
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
        if let Some(v) = std::env::var("PYRS_GC_ASSIST")
            .ok()
            .and_then(|s| s.trim().parse::<usize>().ok())
        {
            c.assist_ratio = v.min(1 << 10);
        }
        if let Some(v) = std::env::var("PYRS_GC_RESTART_YIELD_US").ok().and_then(|s| s.trim().parse().ok()) {
            c.restart_yield_us = v;
        }
        c.stress = std::env::var("PYRS_GC_STRESS").is_ok_and(|s| s.trim() == "1");
        c.verify = std::env::var("PYRS_GC_VERIFY").is_ok_and(|s| s.trim() == "1");
        c.log = std::env::var("PYRS_GC_LOG").is_ok_and(|s| s.trim() == "1");
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
    /// Registered finalizers, by object (threads with a mutator register in their own list
    /// first, mutator.rs).
    pub(crate) finalizers: Mutex<Vec<(Address, Finalizer)>>,
    /// Objects with a resurrecting finalizer (resurrect.rs).
    pub(crate) resurrecting: crate::resurrect::Registry,
    /// Held by every pause (and by mutator registration and drop, INV-M4).
    pub(crate) collect_lock: Mutex<()>,
    /// Epoch of the last (or the running) marking, in 1..=255 (never 0, the mark of "never
    /// marked"); 1 before the first marking, which matches no line or object mark yet.
    pub(crate) epoch: AtomicU8,
    /// The line marks that mean "in use" now (`LiveMarks`, packed).
    pub(crate) live_marks: AtomicU16,
    /// `IDLE`, `MARKING` or `SWEEPING` (collect.rs).
    pub(crate) phase: AtomicU8,
    /// `DUE_START` | `DUE_OVERDUE` | `DUE_FINALIZE` (see the module doc).
    pub(crate) due: AtomicU8,
    /// Full SATB logs waiting for the marker (satb.rs).
    pub(crate) satb_queue: Queue,
    /// Cycles completed, and the condition variable that mutators waiting for a cycle's end
    /// (allocation throttling, `gc.collect()`) sleep on.
    pub(crate) completed: std::sync::Mutex<u64>,
    pub(crate) completed_cv: std::sync::Condvar,
    /// The collector thread's wake-up: whether a cycle was requested.
    pub(crate) requested: std::sync::Mutex<bool>,
    pub(crate) requested_cv: std::sync::Condvar,
    /// Whether the collector thread runs.
    pub(crate) collector_started: AtomicBool,
    pub(crate) allocated_since: AtomicUsize,
    /// How long the last cycle's marking took, in nanoseconds (collector only; `give_way`).
    pub(crate) last_mark_ns: AtomicU64,
    /// Mutators running (not parked) at the last pause's stop request (collector only).
    pub(crate) last_running: AtomicUsize,
    pub(crate) total_allocated: AtomicUsize,
    pub(crate) trigger: AtomicUsize,
    pub(crate) record: Mutex<StatsRecord>,
    /// Grey objects shared by the collector thread and assisting mutators (assist.rs).
    pub(crate) grey: GreyQueue<Address>,
    /// The runtime's world, once the collector thread runs: assists trace with its concurrent
    /// client.
    pub(crate) world: OnceLock<&'static dyn World>,
    /// The collector is stopping (or has stopped) the world: assists end their slice
    /// (assist.rs INV-A3).
    pub(crate) pausing: AtomicBool,
    /// Bytes and objects marked by assists in the running cycle.
    pub(crate) assist_marked_bytes: AtomicUsize,
    pub(crate) assist_marked_objects: AtomicUsize,
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
            finalizers: Mutex::new(Vec::new()),
            resurrecting: crate::resurrect::Registry::new(),
            collect_lock: Mutex::new(()),
            epoch: AtomicU8::new(1),
            live_marks: AtomicU16::new(LiveMarks(1, 1).pack()),
            phase: AtomicU8::new(IDLE),
            due: AtomicU8::new(0),
            satb_queue: Queue::new(),
            completed: std::sync::Mutex::new(0),
            completed_cv: std::sync::Condvar::new(),
            requested: std::sync::Mutex::new(false),
            requested_cv: std::sync::Condvar::new(),
            collector_started: AtomicBool::new(false),
            allocated_since: AtomicUsize::new(0),
            last_mark_ns: AtomicU64::new(0),
            last_running: AtomicUsize::new(1),
            total_allocated: AtomicUsize::new(0),
            trigger: AtomicUsize::new(trigger),
            record: Mutex::new(StatsRecord::default()),
            grey: GreyQueue::new(),
            world: OnceLock::new(),
            pausing: AtomicBool::new(false),
            assist_marked_bytes: AtomicUsize::new(0),
            assist_marked_objects: AtomicUsize::new(0),
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

    /// Whether the collector wants something from the mutators: a cycle should start, or
    /// allocation ran too far ahead of the running cycle (one load; see [`Heap::take_due`]).
    #[inline(always)]
    pub fn collection_due(&self) -> bool {
        // Relaxed: advisory, see the module doc.
        self.due.load(Ordering::Relaxed) != 0
    }

    /// What a mutator at a safepoint must do about [`collection_due`](Self::collection_due):
    /// `start` (a cycle is due: call [`request_collection`](Self::request_collection), or
    /// collect) is consumed by this call; `overdue` (wait for the running cycle's end, parked:
    /// [`wait_for_cycle_end`](Self::wait_for_cycle_end)) stays until the cycle ends.
    pub fn take_due(&self) -> Due {
        // Relaxed: advisory flags (module doc).
        let d = self.due.fetch_and(!(DUE_START | DUE_FINALIZE), Ordering::Relaxed);
        Due { start: d & DUE_START != 0, overdue: d & DUE_OVERDUE != 0, finalize: d & DUE_FINALIZE != 0 }
    }

    /// Takes the `finalize` flag of [`take_due`](Self::take_due) alone: whether resurrected
    /// objects wait for their finalizers (the caller then runs them).
    pub fn take_finalize_due(&self) -> bool {
        // Relaxed: advisory; the objects themselves are handed over under the client's lock.
        self.due.load(Ordering::Relaxed) & DUE_FINALIZE != 0
            && self.due.fetch_and(!DUE_FINALIZE, Ordering::Relaxed) & DUE_FINALIZE != 0
    }

    /// Asks the next mutator at a safepoint to run the finalizers that
    /// [`GcClient::resurrected`] queued (sets `Due::finalize`).
    pub fn request_finalization(&self) {
        // Relaxed: advisory (see `take_finalize_due`).
        self.due.fetch_or(DUE_FINALIZE, Ordering::Relaxed);
    }

    /// Registers `obj` for a resurrecting finalizer (resurrect.rs): when a collection finds it
    /// unreachable, it and everything it reaches survive that collection and go to
    /// [`GcClient::resurrected`], once. Static objects are ignored; registering twice is
    /// harmless.
    pub fn register_resurrecting(&self, obj: NonNull<u8>) {
        // SAFETY: the caller passes a heap object (or a static), per the method's contract.
        if unsafe { crate::GcWord::from_object(obj.as_ptr()) }.is_static() {
            return;
        }
        self.resurrecting.insert(Address::from_ptr(obj.as_ptr()));
    }

    /// Withdraws a registration of [`register_resurrecting`](Self::register_resurrecting):
    /// `obj`'s finalizer has nothing left to do (a generator that finished). Called by a thread
    /// that holds `obj`; not registered (or already handed over) is harmless.
    pub fn unregister_resurrecting(&self, obj: NonNull<u8>) {
        self.resurrecting.remove(Address::from_ptr(obj.as_ptr()));
    }

    /// How many objects wait for a resurrecting finalizer (registered, not yet found dead).
    pub fn resurrecting_count(&self) -> usize {
        self.resurrecting.len()
    }

    /// Whether a marking is in progress (the SATB barrier is on for this heap).
    #[inline(always)]
    pub fn marking_active(&self) -> bool {
        // Relaxed: see the module doc.
        self.phase.load(Ordering::Relaxed) == MARKING
    }

    /// Whether no cycle is in progress (neither marking nor sweeping).
    pub fn is_idle(&self) -> bool {
        // Relaxed: see the module doc.
        self.phase.load(Ordering::Relaxed) == IDLE
    }

    /// The line marks that mean "in use" now.
    #[inline(always)]
    pub(crate) fn live_marks(&self) -> LiveMarks {
        // Relaxed: changed only in pauses (module doc).
        LiveMarks::unpack(self.live_marks.load(Ordering::Relaxed))
    }

    /// The epoch of the last completed (or the running) marking.
    #[inline(always)]
    pub(crate) fn epoch(&self) -> u8 {
        // Relaxed: written only with the world stopped, see the module doc.
        self.epoch.load(Ordering::Relaxed)
    }

    /// The mark epoch new objects get (INV-M3): the current epoch, i.e. the last marking's
    /// between collections (header.rs), so that a new object is valid for `find_object` (INV-B2)
    /// and unmarked for the next marking; the one being marked during a marking (born marked).
    pub(crate) fn allocation_colour(&self) -> u8 {
        self.epoch()
    }

    /// Counts `bytes` of allocation and raises the due flags: `DUE_START` when the trigger
    /// passes with no cycle running, `DUE_OVERDUE` when a running cycle lets allocation reach
    /// twice the trigger (the allocating threads then wait for it, so that memory stays
    /// bounded when they outrun the collector).
    pub(crate) fn note_allocated(&self, bytes: usize) {
        // Relaxed (all): counters and advisory flags, see the module doc.
        let since = self.allocated_since.fetch_add(bytes, Ordering::Relaxed) + bytes;
        self.total_allocated.fetch_add(bytes, Ordering::Relaxed);
        let trigger = self.trigger.load(Ordering::Relaxed);
        if self.config.stress || since >= trigger {
            let flag = if self.is_idle() {
                DUE_START
            } else if since >= trigger.saturating_mul(2) && !self.config.stress {
                DUE_OVERDUE
            } else {
                return;
            };
            if self.due.load(Ordering::Relaxed) & flag == 0 {
                self.due.fetch_or(flag, Ordering::Relaxed);
            }
        }
    }

    /// Allocation pacing, every `FLUSH_BYTES` of a thread's allocation (mutator.rs), which has
    /// just allocated `allocated` bytes: while a marking runs, the allocating thread pays for
    /// them with marking work (assist.rs). If there is none to take (the collector thread holds
    /// it all) and the allocation since the marking began has passed an eighth of the trigger,
    /// it gives its CPU away once (`yield`), so that the collector thread, competing with every
    /// mutator for the cores, gets a larger share exactly when it lags behind allocation. Both
    /// are cheaper for the mutator than waiting for the cycle's end (`DUE_OVERDUE`, the hard
    /// bound), and both keep the floating garbage of a cycle — everything allocated while
    /// marking runs — smaller.
    #[inline]
    pub(crate) fn pace(&self, allocated: usize) {
        // Relaxed: advisory (module doc).
        if self.phase.load(Ordering::Relaxed) == MARKING
            && !self.assist(allocated)
            && self.allocated_since.load(Ordering::Relaxed) >= self.trigger.load(Ordering::Relaxed) / 8
        {
            std::thread::yield_now();
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
            // Valid marks (INV-B2): the current epoch between collections, the previous and the
            // current one while marking — the line marks in use are exactly those.
            let live = self.live_marks();
            find_in_block_space(a, live.0, live.1)
        } else {
            self.los.find(a)
        }?;
        NonNull::new(start.to_mut_ptr())
    }

    /// Calls `f(obj)` when `obj` is found dead by a collection (once). `f` runs after marking
    /// and before `obj`'s memory is reused (pool.rs INV-P2), on the collector thread or inside
    /// [`collect`](Self::collect). It may read `obj` itself, but not the heap objects `obj`
    /// points to (dead ones among them may be swept already); it must not store `obj` anywhere
    /// (no resurrection), allocate, collect, or create or drop a [`Mutator`](crate::Mutator).
    /// Static objects are ignored. This takes the heap's table lock; a thread with a mutator
    /// registers without it through [`Mutator::register_finalizer`](crate::Mutator::register_finalizer).
    pub fn register_finalizer(&self, obj: NonNull<u8>, f: fn(NonNull<u8>)) {
        if let Some(a) = self.finalizable(obj) {
            self.finalizers.lock().push((a, f));
        }
    }

    /// Prepares `obj` for a finalizer: flags its block (pool.rs INV-P2). None for a static
    /// (never finalized).
    pub(crate) fn finalizable(&self, obj: NonNull<u8>) -> Option<Address> {
        // SAFETY: the caller passes a heap object (or a static), per `register_finalizer`'s
        // contract.
        if unsafe { crate::GcWord::from_object(obj.as_ptr()) }.is_static() {
            return None;
        }
        let a = Address::from_ptr(obj.as_ptr());
        if self.pool.chunks.lookup(a).is_some() {
            // Its block is swept only after the finalizers of the dead ran (pool.rs INV-P2).
            // Large objects are swept after them anyway (collect.rs `finish_cycle`).
            crate::block::Block::containing(a).set_finalizable();
        }
        Some(a)
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
            thread_stops: r.thread_stops.clone(),
            mark_time: r.mark_time,
            live_bytes_after_last_gc: r.live_bytes,
            heap_bytes: counts.in_use * BYTES_IN_BLOCK + los,
            committed_bytes: (counts.in_use + counts.free) * BYTES_IN_BLOCK
                + chunks * META_BLOCKS * BYTES_IN_BLOCK
                + los
                + self.los.cached_bytes(),
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

//! Marking: the client interface ([`GcClient`]) and the [`Tracer`] that it feeds.
//!
//! The collector asks the client for roots, then pops objects off an explicit mark stack and asks
//! the client for each one's outgoing pointers, until the stack is empty. There is no recursion,
//! so a million-long linked list costs a million stack entries on the heap, not native frames.
//!
//! Marking an object (`Tracer::visit`) does three things, all with the world stopped:
//!
//! 1. writes the current epoch into its GC word (header.rs) — the "is it marked?" test, which
//!    the large-object sweep and the finalizer check also read;
//! 2. for an object in the block space, marks every line it overlaps (INV-L1): the block sweep
//!    looks at line marks only, never at objects;
//! 3. pushes it on the mark stack.
//!
//! A visited object first waits in a short FIFO while its header is prefetched (`visit`).
//!
//! Invariants the tracer relies on:
//!
//! - INV-T1: every non-null pointer given to `visit` is either a `static` object (STATIC flag) or
//!   the exact start of an allocated heap object of this heap. The client vouches for it; this is
//!   the contract of [`GcClient`]. Conservative words never reach `visit` unchecked: they go through
//!   `find_object`, which only returns valid objects of the start bitmap (INV-B1, INV-B2) or of
//!   the large-object map (INV-S1).
//! - INV-T2: marking writes only mark epochs of objects allocated before the initial pause and
//!   the line marks of the lines they occupy. Mutators, as mutators, never write those: they
//!   initialise only objects they allocate (born marked, never marked again), and claim only
//!   free lines, which hold no such object (INV-L1 with `LiveMarks`). Markers are the collector
//!   thread (or the thread running a pause) and, while a concurrent marking runs, mutators
//!   assisting it (assist.rs). A *parallel* tracer (`parallel`, set when assists are possible)
//!   claims each object with a CAS on its GC word, so exactly one marker marks its lines,
//!   counts it and pushes it; a tracer alone (one-pause collections) uses a plain store. Line
//!   marks are plain stores of the epoch: racing markers store the same value.
//! - INV-T3: while mutators run, the tracer reads object fields only through the client, which
//!   reads them atomically or under the object's own protocol (`GcClient::trace`).
//!
//! The mark stack is the tracer's own; markers share work in packets through the heap's grey
//! queue (assist.rs).

use std::ptr::NonNull;

use crate::address::{Address, BYTES_IN_GRANULE, MAX_SMALL_OBJECT};
use crate::bitmap;
use crate::block::Block;
use crate::chunk::{self, Chunk};
use crate::header::{self, GcWord};
use crate::line::Line;
use crate::los;

/// Objects in flight between `visit` (prefetch) and marking.
const PREFETCH_DEPTH: usize = 8;

/// Asks the CPU to start loading the cache line at `p`. A hint: never faults, whatever `p` is.
#[inline(always)]
fn prefetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetcht0 is a hint that does not access memory architecturally; SSE is part of
    // the x86_64 baseline.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p as *const i8)
    };
    #[cfg(target_arch = "aarch64")]
    // SAFETY: prfm is a hint that does not access memory architecturally and cannot fault.
    unsafe {
        std::arch::asm!("prfm pldl1keep, [{0}]", in(reg) p, options(nostack, readonly, preserves_flags))
    };
}

/// What the object model provides to the collector.
pub trait GcClient {
    /// Enumerate all roots: `tracer.visit(p)` for exact object pointers,
    /// `tracer.visit_conservative(lo, hi)` for word ranges of native stacks (each aligned word
    /// that `find_object` resolves is a root).
    fn roots(&self, tracer: &mut Tracer);
    /// Enumerate the outgoing pointers of `obj` with `tracer.visit(p)`.
    ///
    /// Called in pauses and, by the collector thread, while mutators run
    /// ([`tracing_concurrently`] tells which): then the client must read mutable fields
    /// atomically, and contents that mutators change without a barrier only through their
    /// [`Snapshot`](crate::satb::Snapshot) or their lock (satb.rs).
    fn trace(&self, obj: NonNull<u8>, tracer: &mut Tracer);
    /// Called in the final pause once marking is complete, world stopped (e.g. to drop caches
    /// that may name objects about to be freed).
    fn marking_done(&self) {}
    /// Called in the final pause with the objects registered by
    /// [`Heap::register_resurrecting`](crate::Heap::register_resurrecting) that the marking found
    /// unreachable, now marked again with all they reach (resurrect.rs). The client must keep
    /// them reachable (e.g. a root queue) until it has run their finalizers, and call
    /// [`Heap::request_finalization`](crate::Heap::request_finalization) or run them itself.
    fn resurrected(&self, _objs: &[NonNull<u8>]) {}
    /// Called in the final pause once marking is complete, before objects are resurrected
    /// (world stopped): clear weak references whose referent `is_live` says is unmarked.
    fn clear_weak(&self, _is_live: &dyn Fn(NonNull<u8>) -> bool) {}
    /// Whether a mutator assisting the marking (assist.rs) may trace `obj` itself. Answer false
    /// for objects whose tracing takes a lock that the assisting thread may be holding (it
    /// assists from inside an allocation): the collector thread traces those.
    fn may_trace_in_mutator(&self, _obj: NonNull<u8>) -> bool {
        true
    }
}

thread_local! {
    static CONCURRENT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the calling thread is the collector tracing while mutators run (see
/// [`GcClient::trace`]).
#[inline]
pub fn tracing_concurrently() -> bool {
    CONCURRENT.with(|c| c.get())
}

/// Runs `f` with [`tracing_concurrently`] true on this thread.
pub(crate) fn concurrently<R>(f: impl FnOnce() -> R) -> R {
    CONCURRENT.with(|c| c.set(true));
    let r = f();
    CONCURRENT.with(|c| c.set(false));
    r
}

/// The marking state of one collection; handed to the client to report pointers.
pub struct Tracer {
    epoch: u8,
    stack: Vec<Address>,
    /// Visited objects waiting to be marked while their header is prefetched (0 = empty slot).
    pending: [usize; PREFETCH_DEPTH],
    pending_head: usize,
    chunks: Vec<Chunk>,
    large: Vec<(Address, usize)>,
    /// `[lo, hi)` spans every chunk and large object: a quick reject for conservative words.
    lo: usize,
    hi: usize,
    pub(crate) marked_objects: usize,
    pub(crate) marked_bytes: usize,
    pub(crate) conservative_roots: usize,
    /// The mark epochs that make a start bit's object valid for `find_object` (INV-B2).
    valid: (u8, u8),
    /// Verification instead of marking (verify.rs).
    pub(crate) verify: Option<Box<crate::verify::Check>>,
    /// Other markers may run at the same time: claim objects by CAS (INV-T2).
    parallel: bool,
    /// Grey objects an assisting mutator may not trace (`GcClient::may_trace_in_mutator`).
    deferred: Vec<Address>,
}

impl Tracer {
    pub(crate) fn new(epoch: u8, chunks: Vec<Chunk>, large: Vec<(Address, usize)>) -> Tracer {
        let lo = chunks
            .first()
            .map(|c| c.start().as_usize())
            .unwrap_or(usize::MAX);
        let lo = lo.min(large.first().map(|l| l.0.as_usize()).unwrap_or(usize::MAX));
        let hi = chunks
            .last()
            .map(|c| c.start().as_usize() + crate::address::BYTES_IN_CHUNK)
            .unwrap_or(0);
        let hi = hi.max(large.last().map(|l| l.0.as_usize() + l.1).unwrap_or(0));
        Tracer {
            epoch,
            stack: Vec::with_capacity(1024),
            pending: [0; PREFETCH_DEPTH],
            pending_head: 0,
            chunks,
            large,
            lo,
            hi,
            marked_objects: 0,
            marked_bytes: 0,
            conservative_roots: 0,
            valid: (header::prev_epoch(epoch), epoch),
            verify: None,
            parallel: false,
            deferred: Vec::new(),
        }
    }

    /// Lets other markers run at the same time as this one (INV-T2): assists are possible.
    pub(crate) fn set_parallel(&mut self, parallel: bool) {
        self.parallel = parallel;
    }

    /// The tracer of a mutator assisting the marking of `epoch` (assist.rs): parallel, no
    /// chunk map (it never scans conservatively).
    pub(crate) fn assisting(epoch: u8) -> Tracer {
        let mut t = Tracer::new(epoch, Vec::new(), Vec::new());
        t.parallel = true;
        t
    }

    /// A tracer that checks instead of marking (verify.rs): conservative words resolve only to
    /// objects marked `epoch`.
    pub(crate) fn verifier(epoch: u8, chunks: Vec<Chunk>, large: Vec<(Address, usize)>, check: crate::verify::Check) -> Tracer {
        let mut t = Tracer::new(epoch, chunks, large);
        t.valid = (epoch, epoch);
        t.verify = Some(Box::new(check));
        t
    }

    /// The chunks this collection covers.
    pub(crate) fn chunks(&self) -> &[Chunk] {
        &self.chunks
    }

    /// `p` is null, a STATIC object (ignored: statics hold only roots that the client reports
    /// itself), or the exact start of a heap object: mark it (and its lines) and queue it for
    /// tracing.
    ///
    /// The object's GC word is prefetched and the object joins a short FIFO; it is marked when it
    /// leaves the FIFO, `PREFETCH_DEPTH` visits later, by when the cache miss on its header has
    /// usually been served. Marking a wide graph (a long root list, a big list's items) thus
    /// overlaps its cache misses instead of paying them one at a time.
    #[inline]
    pub fn visit(&mut self, p: *const u8) {
        if p.is_null() {
            return;
        }
        prefetch(p);
        let slot = self.pending_head;
        let oldest = std::mem::replace(&mut self.pending[slot], p as usize);
        self.pending_head = (slot + 1) % PREFETCH_DEPTH;
        if oldest != 0 {
            self.mark(oldest as *const u8);
        }
    }

    /// Marks `p` (see `visit`) if it is not marked yet and pushes it on the mark stack.
    #[inline]
    fn mark(&mut self, p: *const u8) {
        // SAFETY: INV-T1 (p is a static or a heap object start) and INV-T2 (nothing is freed
        // while marking runs).
        let word = unsafe { GcWord::from_object(p) };
        let bits = word.load();
        if let Some(v) = self.verify.as_mut() {
            if !header::is_static_bits(bits) && v.visit(Address::from_ptr(p), bits) {
                self.stack.push(Address::from_ptr(p));
            }
            return;
        }
        if header::is_static_bits(bits) || header::mark_of_bits(bits) == self.epoch {
            return;
        }
        let a = Address::from_ptr(p);
        debug_assert!(
            self.chunks.is_empty() || self.is_object_start(a),
            "Tracer::visit: {a:?} is not an object start"
        );
        let marked = header::with_mark(bits, self.epoch);
        if self.parallel {
            // INV-T2: another marker may be claiming it; the loser leaves it to the winner
            // (only the mark field changes after initialisation, so a failed CAS means marked).
            if !word.claim(bits, marked) {
                return;
            }
        } else {
            word.store(marked);
        }
        let size = header::size_of_bits(bits);
        if size <= MAX_SMALL_OBJECT {
            Line::mark_object(a, size, self.epoch);
            debug_assert_eq!(Line::containing(a).mark_epoch(), self.epoch);
        }
        self.marked_objects += 1;
        self.marked_bytes += size;
        self.stack.push(a);
    }

    /// Marks every object still waiting in the prefetch FIFO, oldest first. Returns whether there
    /// was any.
    pub(crate) fn flush_pending(&mut self) -> bool {
        let mut any = false;
        for _ in 0..PREFETCH_DEPTH {
            let slot = self.pending_head;
            let p = std::mem::replace(&mut self.pending[slot], 0);
            self.pending_head = (slot + 1) % PREFETCH_DEPTH;
            if p != 0 {
                any = true;
                self.mark(p as *const u8);
            }
        }
        any
    }

    /// Treats every 8-byte-aligned word in `[lo, hi)` as a possible (interior) pointer: each one
    /// that `find_object` resolves marks the object containing it.
    ///
    /// The range must be readable for the duration of the call (a stopped thread's stack, or the
    /// caller's own, below its spilled registers); like every pointer a [`GcClient`] reports, this
    /// is trusted.
    pub fn visit_conservative(&mut self, lo: *const usize, hi: *const usize) {
        let mut p = (lo as usize).next_multiple_of(BYTES_IN_GRANULE);
        let end = hi as usize;
        while p + BYTES_IN_GRANULE <= end {
            // SAFETY: the client guarantees [lo, hi) is readable; `p` is aligned and inside it.
            // Volatile: the words belong to another thread's (stopped) stack or to frames the
            // compiler does not know we read.
            let w = unsafe { std::ptr::read_volatile(p as *const usize) };
            if let Some(obj) = self.find_object(w) {
                self.conservative_roots += 1;
                self.visit(obj.to_ptr());
            }
            p += BYTES_IN_GRANULE;
        }
    }

    /// The start of the allocated object containing `addr`, if any (see `Heap::find_object`).
    #[inline]
    pub(crate) fn find_object(&self, addr: usize) -> Option<Address> {
        if addr < self.lo || addr >= self.hi {
            return None;
        }
        let a = Address::from_usize(addr);
        if chunk::lookup_sorted(&self.chunks, a).is_some() {
            find_in_block_space(a, self.valid.0, self.valid.1)
        } else {
            let start = los::find_sorted(&self.large, a)?;
            if self.verify.is_some() {
                // The verifier's rule for ambiguous roots (verify.rs): only marked objects.
                // SAFETY: a large object in this collection's map is mapped (INV-S1 of los.rs).
                let mark = unsafe { GcWord::from_object(start.to_ptr()) }.mark_epoch();
                if mark != self.valid.1 {
                    return None;
                }
            }
            Some(start)
        }
    }

    /// Whether `obj` has been marked by this collection. An object visited within the last
    /// `PREFETCH_DEPTH` visits may not be marked yet; the answer is final once marking is done.
    pub fn is_marked(&self, obj: NonNull<u8>) -> bool {
        // SAFETY: INV-T1/T2, as in `visit`.
        let bits = unsafe { GcWord::from_object(obj.as_ptr()) }.load();
        header::is_static_bits(bits) || header::mark_of_bits(bits) == self.epoch
    }

    /// Traces until the mark stack is empty (returns true) or `budget` objects were traced
    /// (returns false; the rest stays queued).
    pub(crate) fn drain(&mut self, client: &dyn GcClient, mut budget: usize) -> bool {
        loop {
            while let Some(a) = self.stack.pop() {
                if budget == 0 {
                    self.stack.push(a);
                    return false;
                }
                budget -= 1;
                // The entry a few pops ahead is likely traced soon: start loading its fields
                // (it was marked long ago, e.g. by a long root list, and left the cache since).
                if let Some(&ahead) = self
                    .stack
                    .len()
                    .checked_sub(PREFETCH_DEPTH)
                    .and_then(|i| self.stack.get(i))
                {
                    prefetch(ahead.to_ptr());
                }
                if let Some(v) = self.verify.as_mut() {
                    v.parent = Some(a);
                }
                // SAFETY: only object starts are pushed, and they are never null.
                client.trace(unsafe { NonNull::new_unchecked(a.to_mut_ptr()) }, self);
            }
            if !self.flush_pending() {
                return true;
            }
        }
    }

    /// Whether the mark stack is empty (the prefetch FIFO may still hold visits).
    pub(crate) fn stack_is_empty(&self) -> bool {
        self.stack.is_empty()
    }

    /// Adds a packet of grey objects (marked, not traced) to the mark stack.
    pub(crate) fn push_grey(&mut self, mut packet: Vec<Address>) {
        if self.stack.is_empty() {
            std::mem::swap(&mut self.stack, &mut packet);
        } else {
            self.stack.append(&mut packet);
        }
    }

    /// Every grey object this tracer holds (its stack and deferred objects), leaving it empty.
    /// Call `flush_pending` first: visits still in the prefetch FIFO are not grey yet.
    pub(crate) fn take_grey(&mut self) -> Vec<Address> {
        debug_assert!(self.pending.iter().all(|&p| p == 0), "take_grey with visits pending");
        let mut all = std::mem::take(&mut self.stack);
        all.append(&mut self.deferred);
        all
    }

    /// The oldest entries of the mark stack — half of it, at most `max` — if it holds more than
    /// `min` objects (work for other markers).
    pub(crate) fn split_grey(&mut self, min: usize, max: usize) -> Option<Vec<Address>> {
        (self.stack.len() > min).then(|| self.stack.drain(..(self.stack.len() / 2).min(max)).collect())
    }

    /// An assisting mutator's tracing (assist.rs): like `drain`, but objects that
    /// `GcClient::may_trace_in_mutator` refuses are set aside for the collector. Traces at most
    /// `budget` objects; returns how many it traced.
    pub(crate) fn drain_assist(&mut self, client: &dyn GcClient, budget: usize) -> usize {
        let mut traced = 0;
        loop {
            while let Some(a) = self.stack.pop() {
                if traced == budget {
                    self.stack.push(a);
                    return traced;
                }
                // SAFETY: only object starts are pushed, and they are never null.
                let obj = unsafe { NonNull::new_unchecked(a.to_mut_ptr()) };
                if !client.may_trace_in_mutator(obj) {
                    self.deferred.push(a);
                    continue;
                }
                traced += 1;
                client.trace(obj, self);
            }
            if !self.flush_pending() {
                return traced;
            }
        }
    }

    /// Debug check for INV-T1.
    fn is_object_start(&self, a: Address) -> bool {
        if chunk::lookup_sorted(&self.chunks, a).is_some() {
            Block::containing(a).is_data_block() && bitmap::is_start(a)
        } else {
            self.large.binary_search_by_key(&a, |l| l.0).is_ok()
        }
    }
}

/// The start of the valid object (INV-B2) in the block space containing `a`, which lies in one
/// of this heap's chunks, where valid marks are `valid_a` and `valid_b` (the current epoch twice
/// between collections; the previous and the current one while marking). Exact when the world is
/// stopped, and for blocks the caller owns; an object another thread is allocating right now may
/// be missed.
pub(crate) fn find_in_block_space(a: Address, valid_a: u8, valid_b: u8) -> Option<Address> {
    let block = Block::containing(a);
    if !block.is_data_block() || !block.state().may_hold_objects() {
        return None;
    }
    let start = bitmap::find_start(block, a)?;
    // SAFETY: a set start bit means an object was allocated at `start` and its lines were not
    // reclaimed since (INV-B1), so the word there is its GC word (live or stale) in mapped memory
    // (INV-C1); the allocating thread wrote it before the bit (same thread, or a safepoint).
    let bits = unsafe { GcWord::from_object(start.to_ptr()) }.load();
    let mark = header::mark_of_bits(bits);
    let valid = mark == valid_a || mark == valid_b;
    (valid && a.diff(start) < header::size_of_bits(bits)).then_some(start)
}

//! Per-thread allocation: bump allocation into runs of free lines (Immix "holes").
//!
//! A [`Mutator`] owns up to two blocks at a time (INV-K1), each with a bump region `[cursor,
//! limit)` that covers a run of free lines:
//!
//! - the *normal* region walks the holes of its block in address order; when the block has no hole
//!   left it becomes `Full` and the pool hands out the next block (recyclable first);
//! - the *overflow* region (Immix's overflow allocation) takes a medium object (more than a line)
//!   that does not fit the rest of the current hole, so that a 2 KiB object does not make the
//!   mutator abandon a 1 KiB hole that small objects can still fill. It only uses holes of at
//!   least the object's size, and asks the pool for a block that has one (pool.rs files recyclable
//!   blocks by longest hole); shorter holes it passes over stay unused until the next sweep.
//!
//! The fast path is `cursor + size <= limit`, a store of the new cursor, the GC word, and one
//! start bit: no lock, no atomic read-modify-write, no global counter. Allocation volume is
//! counted when a region is given up (refill, collection, drop), from `cursor - start`, added to
//! the heap's counter every `FLUSH_BYTES` (32 KiB), and the collection trigger is checked there;
//! so `collection_due` lags the true volume by at most a region plus 32 KiB per mutator.
//!
//! Invariants:
//!
//! - INV-M1: a `MutatorLocal` is accessed by the thread holding its `Mutator` (through
//!   `&mut Mutator`), or by the collector while that thread is stopped at a safepoint (the
//!   precondition of `Heap::collect`), or by `Drop` — never by two at once. The registry holds a
//!   raw pointer to it; `Drop` unregisters before freeing it.
//! - INV-M2: `[cursor, limit)` lies in lines of `block` that were free and that this mutator has
//!   claimed (INV-L1); the block is owned by this mutator (INV-K1) and the range is zero-filled
//!   and holds no object. Or `cursor == limit` (an empty region, e.g. after a collection).
//! - INV-M3: `header_bits` holds the allocation colour in its mark field: the current epoch (the
//!   last marking's between collections, header.rs; the one being marked while a marking runs),
//!   set when a pause retires the mutator or at registration. Objects allocated during a marking
//!   are therefore born marked (satb.rs, INV-S2).
//! - INV-M4: mutators are registered and dropped only outside pauses (both take the heap's
//!   collect lock, which pauses hold): a pause reads every registered mutator's state.

use std::ptr::NonNull;

use crate::address::{Address, BYTES_IN_LINE, MAX_SMALL_OBJECT, MEDIUM_OBJECT, MIN_OBJECT, object_size};
use crate::bitmap;
use crate::block::{Block, BlockState};
use crate::header::{self, GcWord};
use crate::heap::{Finalizer, Heap};
use crate::satb::LogBuffer;

/// One bump region and the block it allocates into (INV-M2).
#[derive(Default)]
struct BumpRegion {
    cursor: Address,
    limit: Address,
    /// Start of the region, for counting allocation volume.
    start: Address,
    block: Option<Block>,
    /// Line at which the search for the next hole in `block` resumes.
    next_line: usize,
    /// Whether `block`'s free lines are known to hold zeros (a fresh block).
    zeroed: bool,
}

impl BumpRegion {
    #[inline(always)]
    fn try_bump(&mut self, size: usize) -> Option<Address> {
        let start = self.cursor;
        let end = start.as_usize() + size;
        if end <= self.limit.as_usize() {
            self.cursor = Address::from_usize(end);
            Some(start)
        } else {
            None
        }
    }

    /// Ends the current region (not the block); returns the bytes allocated in it. The whole
    /// lines the cursor did not reach are unclaimed, so that whoever owns the block next may use
    /// them (INV-L1).
    fn close(&mut self) -> usize {
        let used = self.cursor.as_usize() - self.start.as_usize();
        if let Some(b) = self.block
            && self.cursor < self.limit
        {
            b.unclaim_lines(
                b.line_index_ceil(self.cursor),
                b.line_index_ceil(self.limit),
            );
        }
        self.start = self.cursor;
        self.limit = self.cursor;
        used
    }

    /// Ends the region and gives up the block as `Full`, for the collection that is starting
    /// to sweep (or, mid-cycle, because the block has no hole left). Returns bytes allocated.
    fn retire(&mut self) -> usize {
        let used = self.close();
        if let Some(b) = self.block.take() {
            b.set_state(BlockState::Full);
        }
        *self = BumpRegion::default();
        used
    }

    /// Ends the region and returns the block to the pool mid-cycle: its unclaimed holes stay
    /// available to every mutator (INV-L1). Returns bytes allocated.
    fn give_back(&mut self, heap: &Heap) -> usize {
        let used = self.close();
        if let Some(b) = self.block.take() {
            heap.pool.give_back(b, heap.live_marks());
        }
        *self = BumpRegion::default();
        used
    }
}

/// A mutator's allocation state, at a stable address so that the collector can retire it.
pub(crate) struct MutatorLocal {
    normal: BumpRegion,
    overflow: BumpRegion,
    /// Bytes allocated in closed regions, not yet added to the heap's counters (flushed every
    /// `FLUSH_BYTES`, so that refills rarely touch the shared counter's cache line).
    unflushed: usize,
    /// Allocation colour, pre-shifted into GC-word position (INV-M3).
    header_bits: u64,
    /// This thread's SATB log (satb.rs).
    log: LogBuffer,
    /// Finalizers registered by this thread since the last pause; every pause moves them into
    /// the heap's table (`take_finalizers`), so registering takes no shared lock.
    finalizers: Vec<(Address, Finalizer)>,
}

impl MutatorLocal {
    /// Gives up both regions and their blocks, setting the allocation colour for what follows.
    /// Returns the bytes allocated in the regions since they were last counted.
    pub(crate) fn retire(&mut self, colour: u8) -> usize {
        self.header_bits = header::bits_for(0, 0, colour);
        self.normal.retire() + self.overflow.retire() + std::mem::take(&mut self.unflushed)
    }

    /// Takes the SATB log's entries (a pause, INV-M1).
    pub(crate) fn take_log(&mut self) -> Vec<usize> {
        self.log.take()
    }

    /// Takes the finalizers registered since the last pause (a pause, INV-M1).
    pub(crate) fn take_finalizers(&mut self) -> Vec<(Address, Finalizer)> {
        std::mem::take(&mut self.finalizers)
    }
}

/// The registry's handle on a `MutatorLocal`.
pub(crate) struct LocalPtr(pub NonNull<MutatorLocal>);

// SAFETY: the pointer is only dereferenced under INV-M1 (owner stopped, or by the owner itself),
// so moving the handle between threads creates no concurrent access.
unsafe impl Send for LocalPtr {}

/// Per-thread allocation context. `Send` (a thread may hand its context to another, e.g. a
/// thread pool), not `Sync` (allocation takes `&mut self` and is never shared).
pub struct Mutator {
    local: NonNull<MutatorLocal>,
    heap: &'static Heap,
}

// SAFETY: `Mutator` is the unique owner-side handle of its `MutatorLocal` (INV-M1); sending it to
// another thread transfers that ownership. It stays !Sync through the raw pointer.
unsafe impl Send for Mutator {}

impl Heap {
    /// Checks and logs an SATB entry for a thread that has no [`Mutator`]: straight into the
    /// shared queue.
    ///
    /// # Safety
    /// As [`Mutator::satb_log`].
    pub unsafe fn satb_log_shared(&self, old: *const u8) {
        // SAFETY: the caller's contract is `needs_log`'s.
        if unsafe { self.needs_log(old) } {
            self.satb_queue.push(vec![old as usize]);
        }
    }

    /// The barrier's filter: whether `old` must be logged — not a static, not already marked
    /// with the epoch being marked.
    ///
    /// # Safety
    /// `old` starts a live object of this heap or a static (see [`Mutator::satb_log`]).
    #[inline]
    unsafe fn needs_log(&self, old: *const u8) -> bool {
        // SAFETY: per the contract, `old` starts a live object or a static.
        let bits = unsafe { GcWord::from_object(old) }.load();
        !header::is_static_bits(bits) && header::mark_of_bits(bits) != self.epoch()
    }

    /// Registers a new allocation context. Dropping it unregisters it and gives its blocks back.
    pub fn new_mutator(&'static self) -> Mutator {
        // Not during a pause (INV-M4). The colour is read under the lock: a pause that starts a
        // marking changes it, and a mutator registered after that pause with the colour from
        // before would allocate objects that are not born marked (INV-M3).
        let _no_collection = self.collect_lock.lock();
        let local = Box::new(MutatorLocal {
            normal: BumpRegion::default(),
            overflow: BumpRegion::default(),
            unflushed: 0,
            header_bits: header::bits_for(0, 0, self.allocation_colour()),
            log: LogBuffer::default(),
            finalizers: Vec::new(),
        });
        let local = NonNull::from(Box::leak(local));
        self.mutators.lock().push(LocalPtr(local));
        Mutator { local, heap: self }
    }
}

impl Mutator {
    /// [`Heap::register_finalizer`] for an object this thread just allocated, without a shared
    /// lock: the entry waits in this thread's list until the next pause moves it into the
    /// heap's table. That is soon enough: an object can only be found dead by a marking whose
    /// initial pause came after its allocation, and that pause moves the entry.
    pub fn register_finalizer(&mut self, obj: NonNull<u8>, f: fn(NonNull<u8>)) {
        if let Some(a) = self.heap.finalizable(obj) {
            // SAFETY: INV-M1 — the owner's handle; a pause touches the local only while this
            // thread is stopped at a safepoint, which it is not while it runs this.
            unsafe { self.local.as_mut() }.finalizers.push((a, f));
        }
    }

    /// The heap this mutator allocates in.
    pub fn heap(&self) -> &'static Heap {
        self.heap
    }

    /// Allocates `size` bytes (rounded up to a multiple of 8, at least 16), zero-filled, 8-byte
    /// aligned, with the [`GcWord`] at offset 0 initialised (size, `user`, unmarked). Never
    /// collects; sets the flag read by [`collection_due`](Self::collection_due) when the trigger
    /// passes. Objects above `MAX_SMALL_OBJECT` bytes go to the large-object space.
    ///
    /// # Panics
    /// Only when memory is exhausted.
    #[inline(always)]
    pub fn alloc(&mut self, size: usize, user: u8) -> NonNull<u8> {
        if size <= MAX_SMALL_OBJECT {
            let size = (size.max(MIN_OBJECT) + 7) & !7;
            // SAFETY: INV-M1, we are the owner (`&mut self`).
            let local = unsafe { self.local.as_mut() };
            if let Some(a) = local.normal.try_bump(size) {
                return init_object(a, size, user, local.header_bits);
            }
        }
        self.alloc_slow(size, user)
    }

    /// Whether the heap-wide collection trigger has passed (one load).
    #[inline(always)]
    pub fn collection_due(&self) -> bool {
        self.heap.collection_due()
    }

    /// The SATB barrier's slow path (satb.rs): `old` was just read from a pointer field that the
    /// caller is about to overwrite while the barrier is active. Logs it unless it is a static or
    /// already marked with the epoch being marked.
    ///
    /// # Safety
    /// `old` is a static object or the start of a heap object of this heap that is live (the
    /// caller read it from a field of a live object, and no pause can intervene before it
    /// returns: the barrier runs between safepoints).
    #[inline(never)]
    pub unsafe fn satb_log(&mut self, old: *const u8) {
        // SAFETY: the same contract as `needs_log`'s.
        if !unsafe { self.heap.needs_log(old) } {
            return;
        }
        // SAFETY: INV-M1, we are the owner (`&mut self`).
        let local = unsafe { self.local.as_mut() };
        if let Some(full) = local.log.push(old as usize) {
            self.heap.satb_queue.push(full);
        }
    }

    #[cold]
    #[inline(never)]
    fn alloc_slow(&mut self, size: usize, user: u8) -> NonNull<u8> {
        let heap = self.heap;
        let size = object_size(size)
            .filter(|&s| s <= header::MAX_OBJECT_SIZE)
            .unwrap_or_else(|| panic!("gc-concurrent: object of {size} bytes is too large"));
        // SAFETY: INV-M1, we are the owner (`&mut self`).
        let local = unsafe { self.local.as_mut() };
        if size > MAX_SMALL_OBJECT {
            let a = heap.alloc_large(size, header::bits_for(size, user, 0) | local.header_bits);
            // SAFETY: a fresh mapping is never null.
            return unsafe { NonNull::new_unchecked(a.to_mut_ptr()) };
        }
        loop {
            if let Some(a) = local.normal.try_bump(size) {
                return init_object(a, size, user, local.header_bits);
            }
            let normal_has_room = local.normal.cursor < local.normal.limit;
            if size > MEDIUM_OBJECT && normal_has_room {
                if let Some(a) = local.overflow.try_bump(size) {
                    return init_object(a, size, user, local.header_bits);
                }
                refill(
                    heap,
                    &mut local.overflow,
                    &mut local.unflushed,
                    size.div_ceil(BYTES_IN_LINE),
                );
            } else {
                // A hole the object fits in (an object of up to MEDIUM_OBJECT bytes may need two
                // lines).
                refill(heap, &mut local.normal, &mut local.unflushed, size.div_ceil(BYTES_IN_LINE));
            }
        }
    }
}

/// Allocation volume a mutator accumulates before adding it to the heap's counters (and so
/// before the trigger can see it).
const FLUSH_BYTES: usize = 32 << 10;

/// Moves `r` to the next hole of at least `min_lines` lines of its block, or of a new block.
/// This is where allocation volume reaches the trigger (every refill in GC-stress mode).
fn refill(heap: &Heap, r: &mut BumpRegion, unflushed: &mut usize, min_lines: usize) {
    *unflushed += r.close();
    if *unflushed >= FLUSH_BYTES || heap.config.stress {
        let bytes = std::mem::take(unflushed);
        heap.note_allocated(bytes);
        heap.pace(bytes);
    }
    // Claims carry the current epoch: the last marking's, or the one being marked (then the
    // claimed lines count as live for its sweep, and objects in them are born marked).
    let epoch = heap.epoch();
    let live = heap.live_marks();
    loop {
        if let Some(b) = r.block {
            while let Some((lo, hi)) = b.next_free_run(r.next_line, live) {
                r.next_line = hi;
                if hi - lo < min_lines {
                    continue;
                }
                b.claim_lines(lo, hi, epoch);
                bitmap::clear_starts(b, lo, hi);
                if !r.zeroed {
                    // SAFETY: we own `b` (INV-K1) and lines [lo, hi) were free (INV-L1) and are
                    // now claimed by us.
                    unsafe { b.zero_lines(lo, hi) };
                }
                r.start = b.line_start(lo);
                r.cursor = r.start;
                r.limit = b.line_start(hi);
                return;
            }
            // No hole big enough left here: let others use what remains.
            r.give_back(heap);
        }
        let (b, zeroed) = heap.pool.acquire(min_lines);
        r.block = Some(b);
        r.next_line = 0;
        r.zeroed = zeroed;
    }
}

/// Writes the GC word and the start bit of a new object at `a`.
#[inline(always)]
fn init_object(a: Address, size: usize, user: u8, colour_bits: u64) -> NonNull<u8> {
    // SAFETY: `a` starts `size` bytes of zeroed, owned, free memory in a data block (INV-M2),
    // 8-aligned; nobody else can see it yet.
    let word = unsafe { GcWord::from_object(a.to_ptr()) };
    word.store(header::bits_for(size, user, 0) | colour_bits);
    bitmap::set_start(a);
    // SAFETY: regions never start at address 0 (they lie in mapped chunks).
    unsafe { NonNull::new_unchecked(a.to_mut_ptr()) }
}

impl Drop for Mutator {
    fn drop(&mut self) {
        // A thread may drop its mutator while no longer taking part in safepoints (e.g. a TLS
        // destructor after the thread left the VM's registry); wait for any collection (INV-M4).
        let _no_collection = self.heap.collect_lock.lock();
        let mut registry = self.heap.mutators.lock();
        let i = registry
            .iter()
            .position(|p| p.0 == self.local)
            .expect("mutator is registered");
        registry.swap_remove(i);
        // SAFETY: INV-M1 — we are the owner; the collector retires mutators under the registry
        // lock, which we hold, and after the removal it can no longer reach this local.
        let mut local = unsafe { Box::from_raw(self.local.as_ptr()) };
        // Mid-cycle: the blocks' remaining holes go back to the pool for other mutators.
        let used = local.normal.give_back(self.heap)
            + local.overflow.give_back(self.heap)
            + local.unflushed;
        // What this thread logged still counts for a marking in progress.
        self.heap.satb_queue.push(local.log.take());
        // Its objects' finalizers still run when they die.
        self.heap.finalizers.lock().append(&mut local.finalizers);
        drop(registry);
        self.heap.note_allocated(used);
    }
}

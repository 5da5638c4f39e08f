//! The global block pool: which blocks a mutator gets next, how the block space grows, and how idle
//! memory goes back to the OS.
//!
//! Mutators touch the pool only when they need a new block (every 128 lines at the most), never
//! per object, so one mutex is enough. Lists, in order of preference for a mutator:
//!
//! 1. `recyclable`: swept blocks with holes (reusing them keeps the heap small; Immix's
//!    "recycled allocation"), filed in classes by their longest hole (class k: 2^k to 2^(k+1)-1
//!    lines). A request for a hole of n lines is served from the smallest class that guarantees
//!    one (2^k >= n), so medium objects find room in recycled blocks too, and the normal
//!    allocator (n = 1) fills the most fragmented blocks with small objects first.
//! 2. `free`: empty, dirty blocks, most recently freed first (their pages are likely resident).
//! 3. `fresh`: empty, zero blocks (never used, or discarded); cost page faults on first touch.
//! 4. a new chunk from the OS.
//!
//! ## Returning memory
//!
//! After each sweep, a `Free` block that was already free at the previous collection (it stayed
//! unused for a whole cycle), beyond as many free blocks as the next cycle's trigger allows it to
//! allocate (those would be faulted back in at once), is discarded (`madvise(MADV_DONTNEED)`) and becomes `Fresh`. When all
//! data blocks of a chunk are `Fresh`, its metadata blocks are discarded as well (all-zero metadata
//! is valid, INV-C2), so an idle chunk costs no RSS at all. Chunks themselves stay mapped (INV-C1):
//! address space is cheap and it keeps every `Block` value valid.
//!
//! Hence, with allocation volume T between collections and L bytes live, resident block memory
//! stays near L + T + fragmentation + the blocks freed by the last collection: the VM's
//! "5 GB allocated, 50 MB live, RSS < 300 MB" goal holds with the default trigger (T = 0.85 L).

use std::sync::atomic::{AtomicBool, AtomicU16, Ordering};

use parking_lot::Mutex;

use crate::address::{BYTES_IN_BLOCK, LINES_IN_BLOCK};
use crate::bitmap;
use crate::block::{Block, BlockState};
use crate::line::LiveMarks;
use crate::chunk::{Chunk, ChunkMap, DATA_BLOCKS_IN_CHUNK, META_BLOCKS};
use crate::os;

/// Classes of recyclable blocks by longest hole: class k holds holes of 2^k..2^(k+1)-1 lines.
const HOLE_CLASSES: usize = LINES_IN_BLOCK.ilog2() as usize + 1;

fn hole_class(lines: usize) -> usize {
    debug_assert!(lines >= 1);
    lines.ilog2() as usize
}

struct Lists {
    recyclable: [Vec<Block>; HOLE_CLASSES],
    free: Vec<Block>,
    fresh: Vec<Block>,
}

/// Block counts for statistics.
#[derive(Copy, Clone, Default, Debug)]
pub(crate) struct BlockCounts {
    /// Blocks that may hold objects (owned, full, recyclable).
    pub in_use: usize,
    /// Empty dirty blocks (resident).
    pub free: usize,
}

/// Totals of a sweep of the block space.
#[derive(Copy, Clone, Default, Debug)]
pub(crate) struct SweepTotals {
    pub blocks_swept: usize,
    pub blocks_freed: usize,
    pub live_lines: usize,
    pub blocks_released: usize,
}

impl SweepTotals {
    fn add(&mut self, o: &SweepTotals) {
        self.blocks_swept += o.blocks_swept;
        self.blocks_freed += o.blocks_freed;
        self.live_lines += o.live_lines;
        self.blocks_released += o.blocks_released;
    }
}

/// A sweep in progress: the chunks of the marking, handed out one at a time to whoever sweeps
/// (the collector thread, or a mutator that needs a block, pool.acquire).
struct SweepJob {
    chunks: Vec<Chunk>,
    /// Next chunk to hand out.
    next: usize,
    /// Chunks whose sweep has finished.
    done: usize,
    /// How each block is swept.
    params: JobParams,
    /// Whether the finalizers of the dead have run: blocks flagged `finalizable` may be swept
    /// (INV-P2). Until then sweepers set such blocks aside in `deferred`.
    finalized: bool,
    /// Flagged blocks set aside before the finalizers ran; swept by `finish_sweep`.
    deferred: Vec<Block>,
    totals: SweepTotals,
}

/// What sweeping one block needs to know about its job.
#[derive(Copy, Clone)]
struct JobParams {
    epoch: u8,
    cycle: u32,
    /// Drop the start bits of objects not marked `epoch` (the next marking's epoch is 128 or
    /// 255: header.rs INV-H3).
    cleanse: bool,
    /// Reset line marks other than `epoch` to 0 (`epoch` is 255: the epochs wrap, line.rs).
    reset_lines: bool,
}

impl JobParams {
    /// The stamp blocks swept by this job get (INV-P1): the cycle's low 16 bits.
    fn stamp(&self) -> u16 {
        self.cycle as u16
    }

    /// Sweeps `block`, which the caller holds exclusively (INV-P1), adds to `t`, and returns
    /// how to file it.
    fn sweep_block(&self, block: Block, t: &mut SweepTotals) -> (Block, BlockState, usize) {
        t.blocks_swept += 1;
        if self.cleanse {
            bitmap::cleanse_block(block, self.epoch);
        }
        if self.reset_lines {
            block.reset_stale_line_marks(self.epoch);
        }
        let out = block.sweep(self.epoch);
        block.set_swept(self.stamp());
        t.live_lines += out.live_lines;
        if out.state == BlockState::Free {
            t.blocks_freed += 1;
            block.set_freed_at(self.cycle);
        }
        (block, out.state, out.max_hole)
    }
}

/// The global block pool and the chunk map it grows.
///
/// ## Sweeping (INV-P1)
/// The final pause of a marking retires every mutator (no block is `Owned`), empties the
/// recyclable lists and installs a [`SweepJob`] with a new *stamp* (the cycle's low 16 bits).
/// From then on, a block that is `Full` or `Recyclable` and whose stamp differs from the job's is
/// in no list and owned by nobody; only the sweeper that claims its chunk touches it, classifies
/// it, stamps it and files it. Blocks that mutators give back after the pause are stamped when
/// filed (under the pool lock), so no block is filed twice. Mutators that find no recyclable
/// block sweep a chunk themselves before taking an empty one (lazy sweeping), from the end of
/// the final pause on.
///
/// ## Finalizers (INV-P2)
/// A finalizer reads its dead object, so no line of a dead object with a finalizer may be
/// reused before the finalizer ran. Registering a finalizer flags the object's block
/// (`Block::set_finalizable`); a sweep finding a flagged block before the job is *finalized*
/// (collect.rs runs the finalizers, then calls [`finalized`](BlockPool::finalized)) sets it
/// aside unswept, and `finish_sweep` sweeps the set-aside blocks. Unflagged blocks hold no
/// registered object, so sweeping them at once reuses no finalizer's memory. The flag is
/// cleared only when a sweep finds the block empty.
///
/// Why the sweep does not wait for the finalizers: the final pause empties the recyclable lists;
/// until swept blocks come back, allocating threads take empty blocks, and every block taken
/// so is resident memory the heap did not need. With the sweep closed until the collector
/// thread had run the finalizers (it competes for a core with the threads it just restarted),
/// gc_churn peaked at 3.1-3.2x its live size; with it open from the final pause, 2.85x.
pub(crate) struct BlockPool {
    lists: Mutex<Lists>,
    sweep: Mutex<Option<SweepJob>>,
    /// Whether an open sweep job may still have chunks to hand out (a hint for `acquire`).
    sweep_open: AtomicBool,
    /// The stamp blocks get when classified now (INV-P1).
    stamp: AtomicU16,
    pub chunks: ChunkMap,
}

impl BlockPool {
    pub fn new() -> BlockPool {
        BlockPool {
            lists: Mutex::new(Lists {
                recyclable: Default::default(),
                free: Vec::new(),
                fresh: Vec::new(),
            }),
            sweep: Mutex::new(None),
            sweep_open: AtomicBool::new(false),
            stamp: AtomicU16::new(0),
            chunks: ChunkMap::new(),
        }
    }

    /// Hands a block with a run of at least `min_lines` free lines to a mutator, which becomes its
    /// owner (INV-K1). Returns the block and whether its memory is known to be zero. Sweeps a
    /// chunk first when no recyclable block is at hand and a sweep is open (lazy sweeping).
    /// Panics when the OS has no memory left.
    pub fn acquire(&self, min_lines: usize) -> (Block, bool) {
        let first_class = hole_class(min_lines.next_power_of_two());
        let mut l = self.lists.lock();
        loop {
            if let Some(b) = l.recyclable[first_class..].iter_mut().find_map(|v| v.pop()) {
                debug_assert!(b.max_hole() >= min_lines);
                b.set_state(BlockState::Owned);
                return (b, false);
            }
            // Relaxed: a hint; `sweep_chunk` decides under the job's lock.
            if !self.sweep_open.load(Ordering::Relaxed) {
                break;
            }
            drop(l);
            let swept = self.sweep_chunk();
            l = self.lists.lock();
            if !swept {
                break;
            }
        }
        let (block, zeroed) = if let Some(b) = l.free.pop() {
            (b, false)
        } else if let Some(b) = l.fresh.pop() {
            (b, os::DISCARD_ZEROES)
        } else {
            let chunk = Chunk::map().unwrap_or_else(|| {
                panic!(
                    "gc-concurrent: out of memory (cannot map a {} MiB chunk)",
                    crate::address::BYTES_IN_CHUNK >> 20
                )
            });
            self.chunks.insert(chunk);
            // Lowest address last, so it is popped first.
            l.fresh.extend(chunk.data_blocks().rev());
            (l.fresh.pop().expect("a new chunk has blocks"), true)
        };
        debug_assert!(!block.state().may_hold_objects());
        block.set_state(BlockState::Owned);
        (block, zeroed)
    }

    /// Takes back a block from a mutator mid-cycle: filed as recyclable if enough of its lines
    /// are free under `live` (INV-L1), else `Full`; stamped (INV-P1).
    pub fn give_back(&self, block: Block, live: LiveMarks) {
        debug_assert_eq!(block.state(), BlockState::Owned);
        let (used, max_hole) = block.scan_lines(live);
        let mut l = self.lists.lock();
        // Relaxed: written in pauses only; the pool lock orders it with the job's installation.
        block.set_swept(self.stamp.load(Ordering::Relaxed));
        match block.classify(used, max_hole) {
            BlockState::Recyclable => l.recyclable[hole_class(max_hole)].push(block),
            BlockState::Free => {
                // Nothing was claimed, so nothing was allocated (INV-K2 holds).
                #[cfg(debug_assertions)]
                debug_assert!(crate::bitmap::block_has_no_starts(block));
                l.free.push(block)
            }
            _ => {}
        }
    }

    /// Installs the sweep of `chunks` after a marking with `epoch` (collection number `cycle`):
    /// empties the recyclable lists, sets the new stamp (INV-P1) and opens the job to sweepers;
    /// blocks flagged `finalizable` wait for [`finalized`](Self::finalized) (INV-P2). World
    /// stopped, no block `Owned`.
    pub fn begin_sweep(&self, chunks: Vec<Chunk>, epoch: u8, cycle: u32) {
        let mut l = self.lists.lock();
        l.recyclable.iter_mut().for_each(Vec::clear);
        // Relaxed: world stopped (and read under the pool lock by `give_back`).
        self.stamp.store(cycle as u16, Ordering::Relaxed);
        let next = crate::header::next_epoch(epoch);
        *self.sweep.lock() = Some(SweepJob {
            chunks,
            next: 0,
            done: 0,
            params: JobParams { epoch, cycle, cleanse: crate::header::is_cleanse_epoch(next), reset_lines: next == 1 },
            finalized: false,
            deferred: Vec::new(),
            totals: SweepTotals::default(),
        });
        // Relaxed: a hint, see `acquire`.
        self.sweep_open.store(true, Ordering::Relaxed);
    }

    /// The finalizers of the dead have run: from now on sweepers sweep flagged blocks too
    /// (INV-P2).
    pub fn finalized(&self) {
        if let Some(j) = self.sweep.lock().as_mut() {
            j.finalized = true;
        }
    }

    /// Sweeps the next chunk of the open job. Returns false when none was left to hand out.
    pub fn sweep_chunk(&self) -> bool {
        let (chunk, params, finalized) = {
            let mut job = self.sweep.lock();
            let Some(j) = job.as_mut().filter(|j| j.next < j.chunks.len()) else {
                // Relaxed: a hint.
                self.sweep_open.store(false, Ordering::Relaxed);
                return false;
            };
            j.next += 1;
            (j.chunks[j.next - 1], j.params, j.finalized)
        };
        let stamp = params.stamp();
        let mut t = SweepTotals::default();
        let mut filed: Vec<(Block, BlockState, usize)> = Vec::new();
        let mut deferred: Vec<Block> = Vec::new();
        for block in chunk.data_blocks() {
            let state = block.state();
            if !matches!(state, BlockState::Full | BlockState::Recyclable) || block.swept() == stamp {
                // Fresh, Free, Owned, or classified since the pause: not ours (INV-P1).
                continue;
            }
            if !finalized && block.finalizable() {
                // Dead objects here may still have finalizers to run (INV-P2).
                deferred.push(block);
                continue;
            }
            filed.push(params.sweep_block(block, &mut t));
        }
        self.file_swept(filed);
        let mut job = self.sweep.lock();
        let j = job.as_mut().expect("the job outlives its sweepers");
        j.done += 1;
        j.totals.add(&t);
        j.deferred.append(&mut deferred);
        true
    }

    /// Files blocks just swept in the lists their new states call for.
    fn file_swept(&self, filed: Vec<(Block, BlockState, usize)>) {
        let mut l = self.lists.lock();
        for (block, state, max_hole) in filed {
            match state {
                BlockState::Free => l.free.push(block),
                BlockState::Recyclable => l.recyclable[hole_class(max_hole)].push(block),
                _ => {}
            }
        }
    }

    /// If every chunk of the job has been swept: sweeps the blocks set aside for the finalizers
    /// (which must have run: INV-P2), ends the job, discards the blocks that stayed free for a
    /// whole cycle beyond `keep` free blocks (about what the next cycle allocates), and returns
    /// the totals. None while chunks are left or in flight.
    pub fn finish_sweep(&self, keep: usize) -> Option<SweepTotals> {
        let mut job = self.sweep.lock();
        let j = job.as_ref()?;
        if j.done < j.chunks.len() {
            return None;
        }
        let j = job.take().expect("checked above");
        drop(job);
        debug_assert!(j.finalized || j.deferred.is_empty(), "INV-P2: flagged blocks swept before the finalizers ran");
        let mut t = j.totals;
        // The set-aside blocks are still in no list and owned by nobody (INV-P1): the job was
        // theirs, and now this thread is.
        let filed = j.deferred.iter().map(|&b| j.params.sweep_block(b, &mut t)).collect();
        self.file_swept(filed);
        let mut l = self.lists.lock();
        t.blocks_released = self.release_idle_locked(&mut l, j.params.cycle, keep);
        Some(t)
    }

    /// Discards `Free` blocks not freed by collection `cycle` (so free since an earlier one), and
    /// the metadata of chunks left with only `Fresh` blocks. Caller holds the pool lock.
    fn release_idle_locked(&self, l: &mut Lists, cycle: u32, keep: usize) -> usize {
        // Free blocks that the next cycle's allocation will use anyway stay resident: returning
        // them only to fault them back in costs page faults (8 per block) and no memory.
        let fresh_free = l.free.iter().filter(|b| b.freed_at() == cycle).count();
        let mut spare = keep.saturating_sub(fresh_free);
        let mut idle: Vec<Block> = Vec::new();
        // The list is popped from its end, where the most recently freed blocks are (their pages
        // are the likeliest to be resident): keep the spare ones from that end.
        let mut kept: Vec<Block> = Vec::with_capacity(l.free.len());
        for &b in l.free.iter().rev() {
            if b.freed_at() == cycle {
                kept.push(b);
            } else if spare > 0 {
                spare -= 1;
                kept.push(b);
            } else {
                idle.push(b);
            }
        }
        kept.reverse();
        l.free = kept;
        if idle.is_empty() {
            return 0;
        }
        idle.sort_unstable();
        // Coalesce address-adjacent blocks into one madvise each.
        let mut i = 0;
        while i < idle.len() {
            let mut j = i + 1;
            while j < idle.len() && idle[j].start() == idle[j - 1].end() {
                j += 1;
            }
            // SAFETY: these blocks are Free: no object lives in them (INV-K2), nobody owns them,
            // and they are in no list any more, so nothing reads their bytes.
            unsafe { os::discard(idle[i].start(), (j - i) * BYTES_IN_BLOCK) };
            i = j;
        }
        for &b in &idle {
            b.set_state(BlockState::Fresh);
        }
        // Chunks whose blocks are now all Fresh: discard their metadata too.
        let mut touched: Vec<Chunk> = idle.iter().map(|b| b.chunk()).collect();
        touched.dedup();
        for chunk in touched {
            if chunk.data_blocks().all(|b| b.state() == BlockState::Fresh) {
                // SAFETY: every data block of the chunk is Fresh (no objects, no start bits, no
                // owner), so the metadata holds only values equal to their all-zero form
                // (INV-C2) except line marks and `freed_at`, whose zero (never marked / cycle 0)
                // is as valid; nobody reads it concurrently: the pool lock is held, and no block
                // of the chunk is in a list, owned, or being swept.
                unsafe { os::discard(chunk.start(), META_BLOCKS * BYTES_IN_BLOCK) };
            }
        }
        l.fresh.extend(idle.iter().rev());
        idle.len()
    }

    /// Block counts (for statistics); a consistent snapshot under the pool lock.
    pub fn counts(&self) -> BlockCounts {
        let l = self.lists.lock();
        let total = self.chunks.len() * DATA_BLOCKS_IN_CHUNK;
        BlockCounts {
            in_use: total - l.free.len() - l.fresh.len(),
            free: l.free.len(),
        }
    }
}

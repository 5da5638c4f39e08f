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
//! unused for a whole cycle) is discarded (`madvise(MADV_DONTNEED)`) and becomes `Fresh`. When all
//! data blocks of a chunk are `Fresh`, its metadata blocks are discarded as well (all-zero metadata
//! is valid, INV-C2), so an idle chunk costs no RSS at all. Chunks themselves stay mapped (INV-C1):
//! address space is cheap and it keeps every `Block` value valid.
//!
//! Hence, with allocation volume T between collections and L bytes live, resident block memory
//! stays near L + T + fragmentation + the blocks freed by the last collection: the VM's
//! "5 GB allocated, 50 MB live, RSS < 300 MB" goal holds with the default trigger (T = L).

use parking_lot::Mutex;

use crate::address::{BYTES_IN_BLOCK, LINES_IN_BLOCK};
use crate::block::{Block, BlockState};
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

/// The global block pool and the chunk map it grows.
pub(crate) struct BlockPool {
    lists: Mutex<Lists>,
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
            chunks: ChunkMap::new(),
        }
    }

    /// Hands a block with a run of at least `min_lines` free lines to a mutator, which becomes its
    /// owner (INV-K1). Returns the block and whether its memory is known to be zero. Panics when
    /// the OS has no memory left.
    pub fn acquire(&self, min_lines: usize) -> (Block, bool) {
        let mut l = self.lists.lock();
        let first_class = hole_class(min_lines.next_power_of_two());
        let recycled = l.recyclable[first_class..].iter_mut().find_map(|v| v.pop());
        let (block, zeroed) = if let Some(b) = recycled {
            debug_assert!(b.max_hole() >= min_lines);
            (b, false)
        } else if let Some(b) = l.free.pop() {
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
        debug_assert!(!block.state().may_hold_objects() || block.state() == BlockState::Recyclable);
        block.set_state(BlockState::Owned);
        (block, zeroed)
    }

    /// Takes back a block from a mutator mid-cycle (`epoch` is the last marking's): filed as
    /// recyclable if enough of its lines are neither live nor claimed (INV-L1), else `Full`.
    pub fn give_back(&self, block: Block, epoch: u8) {
        debug_assert_eq!(block.state(), BlockState::Owned);
        let (used, max_hole) = block.scan_lines(epoch);
        let mut l = self.lists.lock();
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

    /// Sweeps every block that may hold objects after a marking with `epoch`, rebuilds the lists,
    /// and discards blocks that stayed free for a whole cycle. `cycle` numbers this collection.
    /// World stopped; no block is `Owned` (the collector retired every mutator first).
    pub fn sweep(&self, chunks: &[Chunk], epoch: u8, cycle: u32) -> SweepTotals {
        let mut l = self.lists.lock();
        let mut t = SweepTotals::default();
        l.recyclable.iter_mut().for_each(Vec::clear);
        for &chunk in chunks {
            for block in chunk.data_blocks() {
                let state = block.state();
                debug_assert_ne!(state, BlockState::Owned, "sweep with a block still owned");
                if !state.may_hold_objects() {
                    #[cfg(debug_assertions)]
                    debug_assert!(crate::bitmap::block_has_no_starts(block));
                    continue;
                }
                t.blocks_swept += 1;
                let out = block.sweep(epoch);
                t.live_lines += out.live_lines;
                match out.state {
                    BlockState::Free => {
                        t.blocks_freed += 1;
                        block.set_freed_at(cycle);
                        l.free.push(block);
                    }
                    BlockState::Recyclable => l.recyclable[hole_class(out.max_hole)].push(block),
                    _ => {}
                }
            }
        }
        t.blocks_released = self.release_idle_locked(&mut l, cycle);
        t
    }

    /// Discards `Free` blocks not freed by collection `cycle` (so free since an earlier one), and
    /// the metadata of chunks left with only `Fresh` blocks. Caller holds the pool lock.
    fn release_idle_locked(&self, l: &mut Lists, cycle: u32) -> usize {
        let mut idle: Vec<Block> = Vec::new();
        l.free.retain(|&b| {
            if b.freed_at() == cycle {
                true
            } else {
                idle.push(b);
                false
            }
        });
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
                // is as valid; nobody reads it concurrently (pool lock held, world stopped).
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

//! The object-start and mark bitmaps: one bit per 8-byte granule of the block space, kept in the
//! chunk side table (chunk.rs).
//!
//! - INV-B1 (start bits): bit g of `starts` is set iff an object was allocated at granule g and has
//!   not been found dead by a sweep. The allocating mutator sets it (`set_start`); the sweep clears
//!   the bits of unmarked objects (`sweep_block`: `starts &= marks`). Hence between collections the
//!   start bits describe exactly the objects in the block, and `find_start` can resolve any interior
//!   address: the nearest start at or below it is the only candidate, and it contains the address
//!   iff the address is below its end.
//! - INV-B2 (mark bits): set by the marker for each object it reaches in a block, consumed and
//!   cleared by the same collection's sweep; all zero outside a collection.
//!
//! Writers: a block's start bits are written by the one mutator that owns the block (allocation)
//! and by the collector with the world stopped; mark bits only by the collector. Neither needs an
//! atomic read-modify-write today: the owner's `load` + `store` pair cannot race with another
//! writer of the same word because bitmap words never span two blocks (a block's 4096 granules are
//! 64 whole words) and a block has one owner. The bitmaps are atomics so that concurrent marking
//! can switch `set_mark` to `fetch_or` without changing the layout.

use std::sync::atomic::Ordering;

use crate::address::{Address, GRANULES_IN_BLOCK, LOG_BYTES_IN_GRANULE};
use crate::block::Block;
use crate::chunk::Chunk;

const WORDS_IN_BLOCK: usize = GRANULES_IN_BLOCK / 64;

/// (word index, bit mask) of the granule at `addr` in its chunk's bitmaps.
#[inline(always)]
fn locate(addr: Address) -> (Chunk, usize, u64) {
    let chunk = Chunk::containing(addr);
    let g = addr.diff(chunk.start()) >> LOG_BYTES_IN_GRANULE;
    (chunk, g >> 6, 1u64 << (g & 63))
}

/// Records that an object starts at `addr` (allocation; INV-B1).
///
/// Must only be called by the owner of `addr`'s block, or with the world stopped.
#[inline(always)]
pub(crate) fn set_start(addr: Address) {
    let (chunk, w, bit) = locate(addr);
    let word = &chunk.meta().starts[w];
    // Relaxed load + store, not fetch_or: only the block's owner writes this word (module doc).
    // The collector reads it after the safepoint handshake, which orders these stores before.
    word.store(word.load(Ordering::Relaxed) | bit, Ordering::Relaxed);
}

/// Whether an object starts at `addr` (INV-B1).
#[inline(always)]
pub(crate) fn is_start(addr: Address) -> bool {
    let (chunk, w, bit) = locate(addr);
    // Relaxed: see `set_start`.
    chunk.meta().starts[w].load(Ordering::Relaxed) & bit != 0
}

/// Records that the object at `addr` is marked (INV-B2). Collector only, world stopped.
#[inline(always)]
pub(crate) fn set_mark(addr: Address) {
    let (chunk, w, bit) = locate(addr);
    let word = &chunk.meta().marks[w];
    // Relaxed load + store: the single stop-the-world marker is the only writer (module doc).
    word.store(word.load(Ordering::Relaxed) | bit, Ordering::Relaxed);
}

/// The start of the object in `block` whose start is the nearest at or below `addr`, if any.
/// `addr` must be inside `block`.
pub(crate) fn find_start(block: Block, addr: Address) -> Option<Address> {
    let chunk = block.chunk();
    let starts = &chunk.meta().starts;
    let first_word = block.start().diff(chunk.start()) >> (LOG_BYTES_IN_GRANULE + 6);
    let (_, mut w, bit) = locate(addr);
    // Bits at or below `bit` in the first word.
    let mut mask = bit | (bit - 1);
    loop {
        // Relaxed: see `set_start`.
        let bits = starts[w].load(Ordering::Relaxed) & mask;
        if bits != 0 {
            let g = (w << 6) + 63 - bits.leading_zeros() as usize;
            return Some(chunk.start().add(g << LOG_BYTES_IN_GRANULE));
        }
        if w == first_word {
            return None;
        }
        w -= 1;
        mask = !0;
    }
}

/// Sweeps `block`'s bitmaps: keeps the start bits of marked objects only, clears the mark bits
/// (INV-B1, INV-B2). Returns the number of objects that stay. Collector only, world stopped.
pub(crate) fn sweep_block(block: Block) -> usize {
    let chunk = block.chunk();
    let meta = chunk.meta();
    let first = block.start().diff(chunk.start()) >> (LOG_BYTES_IN_GRANULE + 6);
    let mut survivors = 0;
    for w in first..first + WORDS_IN_BLOCK {
        // Relaxed: the collector is the only thread touching the bitmaps now.
        let m = meta.marks[w].load(Ordering::Relaxed);
        let s = meta.starts[w].load(Ordering::Relaxed);
        debug_assert_eq!(m & !s, 0, "mark bit without a start bit");
        let keep = s & m;
        if keep != s {
            meta.starts[w].store(keep, Ordering::Relaxed);
        }
        if m != 0 {
            meta.marks[w].store(0, Ordering::Relaxed);
        }
        survivors += keep.count_ones() as usize;
    }
    survivors
}

/// Whether `block` has no start bits (debug checks: free blocks and holes hold no objects).
#[cfg(debug_assertions)]
pub(crate) fn block_has_no_starts(block: Block) -> bool {
    let chunk = block.chunk();
    let first = block.start().diff(chunk.start()) >> (LOG_BYTES_IN_GRANULE + 6);
    chunk.meta().starts[first..first + WORDS_IN_BLOCK]
        .iter()
        // Relaxed: called with the pool lock held or the world stopped.
        .all(|w| w.load(Ordering::Relaxed) == 0)
}

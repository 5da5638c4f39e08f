//! The object-start bitmap: one bit per 8-byte granule of the block space, kept in the chunk side
//! table (chunk.rs). It lets `find_object` resolve interior pointers.
//!
//! The bitmap is *not* swept object by object (that would cost a side mark bitmap, i.e. one more
//! random cache miss per marked object). Instead a start bit may outlive its object, and validity
//! is decided by the object's mark epoch (header.rs):
//!
//! - INV-B1: bit g is set if an object was allocated at granule g and the lines it lay on have not
//!   been reclaimed since: a mutator that claims a hole clears the hole's start bits
//!   (`clear_starts`), and the sweep clears all start bits of a block found empty. A granule
//!   inside a claimed (or live) line run never carries a stale bit of an older object.
//! - INV-B2: an object whose start bit is set is *valid* (allocated, not found dead) iff its mark
//!   epoch is the current epoch E between collections — objects are allocated with colour E and
//!   survivors were marked E — or E−1 / E while marking with epoch E (header.rs). A dead object's
//!   memory is intact until its lines are claimed (and then its bit goes, INV-B1), so its stale
//!   mark is readable and is never one of those values (see header.rs for the wrap-around).
//!
//! Hence `find_start` + a validity check resolve any interior address: the nearest start bit at or
//! below it is the only candidate (a stale bit can only lie in lines nobody claimed since, i.e.
//! outside every valid object), and it contains the address iff the address is below its end.
//!
//! Writers: a block's bits are written by the one mutator that owns the block (allocation,
//! claims) and by the collector with the world stopped. No atomic read-modify-write is needed:
//! the owner's `load` + `store` pair cannot race with another writer of the same word because
//! bitmap words never span two blocks (a block's 4096 granules are 64 whole words) and a block
//! has one owner (INV-K1).

use std::sync::atomic::Ordering;

use crate::address::{Address, GRANULES_IN_BLOCK, LOG_BYTES_IN_GRANULE, LOG_BYTES_IN_LINE};
use crate::block::Block;
use crate::chunk::Chunk;
use crate::header::GcWord;

const WORDS_IN_BLOCK: usize = GRANULES_IN_BLOCK / 64;
/// Bitmap bits per line: 8 granules, an eighth of a word.
const GRANULES_IN_LINE: usize = 1 << (LOG_BYTES_IN_LINE - LOG_BYTES_IN_GRANULE);

/// (chunk, word index, bit mask) of the granule at `addr` in its chunk's bitmap.
#[inline(always)]
fn locate(addr: Address) -> (Chunk, usize, u64) {
    let chunk = Chunk::containing(addr);
    let g = addr.diff(chunk.start()) >> LOG_BYTES_IN_GRANULE;
    (chunk, g >> 6, 1u64 << (g & 63))
}

/// Index of `block`'s first bitmap word in its chunk.
#[inline(always)]
fn first_word(block: Block) -> usize {
    block.start().diff(block.chunk().start()) >> (LOG_BYTES_IN_GRANULE + 6)
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

/// Whether a start bit is set at `addr` (the object may be stale, INV-B2).
#[inline(always)]
pub(crate) fn is_start(addr: Address) -> bool {
    let (chunk, w, bit) = locate(addr);
    // Relaxed: see `set_start`.
    chunk.meta().starts[w].load(Ordering::Relaxed) & bit != 0
}

/// Clears the start bits of lines `[lo, hi)` of `block` (a claimed hole, INV-B1). Owner only.
pub(crate) fn clear_starts(block: Block, lo: usize, hi: usize) {
    let starts = &block.chunk().meta().starts;
    let base = first_word(block) * 64;
    let (mut g, end) = (base + lo * GRANULES_IN_LINE, base + hi * GRANULES_IN_LINE);
    while g < end {
        let (w, b) = (g >> 6, g & 63);
        let n = (64 - b).min(end - g);
        let mask = if n == 64 { !0 } else { ((1u64 << n) - 1) << b };
        // Relaxed: owner-only writes, see `set_start`.
        let old = starts[w].load(Ordering::Relaxed);
        if old & mask != 0 {
            starts[w].store(old & !mask, Ordering::Relaxed);
        }
        g += n;
    }
}

/// Clears every start bit of `block` (found empty by a sweep, INV-B1). The caller holds the block
/// exclusively (pool.rs INV-P1).
pub(crate) fn clear_block_starts(block: Block) {
    let starts = &block.chunk().meta().starts;
    let first = first_word(block);
    for w in &starts[first..first + WORDS_IN_BLOCK] {
        // Relaxed: exclusive (see above). Load first: most words of an empty block are zero.
        if w.load(Ordering::Relaxed) != 0 {
            w.store(0, Ordering::Relaxed);
        }
    }
}

/// Clears the start bit of every object in `block` whose mark is not `keep` (the epoch wrap-around
/// pass, header.rs). Returns the number of bits cleared. The caller holds the block exclusively
/// (a sweeper, pool.rs INV-P1).
pub(crate) fn cleanse_block(block: Block, keep: u8) -> usize {
    let chunk = block.chunk();
    let starts = &chunk.meta().starts;
    let first = first_word(block);
    let mut cleared = 0;
    for (w, word) in starts.iter().enumerate().skip(first).take(WORDS_IN_BLOCK) {
        // Relaxed: exclusive (see above).
        let bits = word.load(Ordering::Relaxed);
        let mut keep_bits = bits;
        let mut rest = bits;
        while rest != 0 {
            let b = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            let obj = chunk.start().add(((w << 6) + b) << LOG_BYTES_IN_GRANULE);
            // SAFETY: a start bit means an object was allocated there and its lines were not
            // reclaimed since (INV-B1): the word is a GC word, live or stale, in mapped memory.
            if unsafe { GcWord::from_object(obj.to_ptr()) }.mark_epoch() != keep {
                keep_bits &= !(1u64 << b);
                cleared += 1;
            }
        }
        if keep_bits != bits {
            word.store(keep_bits, Ordering::Relaxed);
        }
    }
    cleared
}

/// The start of the object in `block` whose start bit is the nearest at or below `addr`, if any.
/// `addr` must be inside `block`. The object may be stale (INV-B2): the caller checks its mark.
pub(crate) fn find_start(block: Block, addr: Address) -> Option<Address> {
    let chunk = block.chunk();
    let starts = &chunk.meta().starts;
    let first = first_word(block);
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
        if w == first {
            return None;
        }
        w -= 1;
        mask = !0;
    }
}

/// Whether `block` has no start bits (debug checks: free blocks hold no objects).
#[cfg(debug_assertions)]
pub(crate) fn block_has_no_starts(block: Block) -> bool {
    let first = first_word(block);
    block.chunk().meta().starts[first..first + WORDS_IN_BLOCK]
        .iter()
        // Relaxed: called with the pool lock held or the world stopped.
        .all(|w| w.load(Ordering::Relaxed) == 0)
}

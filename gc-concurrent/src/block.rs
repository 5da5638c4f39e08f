//! Blocks: 32 KiB units of 512 lines of 64 bytes, the unit a mutator owns and the unit given back to the OS.
//!
//! ## States and transitions
//!
//! ```text
//!                  acquire (pool)            no hole left / given back mid-cycle (pool.give_back)
//! Fresh ─────────┐                 ┌──────────> Recyclable (enough free lines) or Full or Free
//! Free  ─────────┼──> Owned ───────┤
//! Recyclable ────┘                 └──────────> Full (retired at a collection)
//!
//! sweep (Full | Recyclable):  no live line -> Free;  enough free lines -> Recyclable;  else Full
//! release (pool.rs):          Free for a whole cycle, memory discarded -> Fresh
//! ```
//!
//! - `Fresh`: holds no object, memory reads as zero (never used, or discarded).
//! - `Free`: holds no object, memory is dirty.
//! - `Owned`: a mutator bump-allocates into its free lines; nobody else touches its memory or
//!   start bits (INV-K1).
//! - `Full`: holds objects (or claimed lines); not allocated into until the next sweep.
//! - `Recyclable`: has at least `RECYCLE_MIN_FREE_LINES` free lines (INV-L1), sits in the pool's
//!   recyclable lists.
//!
//! INV-K1: a block is `Owned` by at most one mutator, and only `Owned` blocks are allocated into.
//! INV-K2: `Fresh` and `Free` blocks have no start bits (they hold no object).
//!
//! The state byte is written by the pool (under its lock), by the owning mutator when it gives the
//! block up, and by the sweeper that holds it (pool.rs INV-P1); it is read by the collector and by
//! `find_object`. `Relaxed` suffices for all of them: every hand-over of a block between threads
//! goes through the pool's mutex or the safepoint handshake, which order the accesses.

use std::sync::atomic::{AtomicU8, Ordering};

use crate::address::{Address, BYTES_IN_BLOCK, BYTES_IN_LINE, LINES_IN_BLOCK, LOG_BYTES_IN_BLOCK};
use crate::bitmap;
use crate::chunk::{BlockMeta, Chunk, META_BLOCKS};
use crate::line::{Line, LiveMarks};

/// A swept block with at least this many free lines is offered to mutators again before the next
/// collection; one with fewer waits (switching blocks for a few lines costs more than it gains).
pub(crate) const RECYCLE_MIN_FREE_LINES: usize = 1024 / BYTES_IN_LINE;

/// The state of a block; see the module doc.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub(crate) enum BlockState {
    Fresh = 0,
    Free = 1,
    Owned = 2,
    Full = 3,
    Recyclable = 4,
}

impl BlockState {
    fn from_u8(b: u8) -> BlockState {
        match b {
            0 => BlockState::Fresh,
            1 => BlockState::Free,
            2 => BlockState::Owned,
            3 => BlockState::Full,
            4 => BlockState::Recyclable,
            _ => unreachable!("corrupt block state {b}"),
        }
    }

    /// Whether blocks in this state may hold objects.
    pub fn may_hold_objects(self) -> bool {
        matches!(
            self,
            BlockState::Owned | BlockState::Full | BlockState::Recyclable
        )
    }
}

/// What a sweep found in a block.
pub(crate) struct SweepOutcome {
    pub live_lines: usize,
    /// Longest run of free lines.
    pub max_hole: usize,
    pub state: BlockState,
}

/// A data block, by its first address (aligned to [`BYTES_IN_BLOCK`]).
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[repr(transparent)]
pub(crate) struct Block(Address);

impl Block {
    /// The block starting at `addr` (aligned, in a data block of one of our chunks).
    #[inline(always)]
    pub fn from_aligned(addr: Address) -> Block {
        debug_assert!(addr.is_aligned(BYTES_IN_BLOCK));
        Block(addr)
    }

    /// The block containing `addr` (in one of our chunks).
    #[inline(always)]
    pub fn containing(addr: Address) -> Block {
        Block(addr.align_down(BYTES_IN_BLOCK))
    }

    /// First byte.
    #[inline(always)]
    pub fn start(self) -> Address {
        self.0
    }

    /// One past the last byte.
    #[inline(always)]
    pub fn end(self) -> Address {
        self.0.add(BYTES_IN_BLOCK)
    }

    /// The chunk holding the block.
    #[inline(always)]
    pub fn chunk(self) -> Chunk {
        Chunk::containing(self.0)
    }

    /// Index of the block in its chunk (metadata blocks included).
    #[inline(always)]
    pub fn index_in_chunk(self) -> usize {
        self.0.diff(self.chunk().start()) >> LOG_BYTES_IN_BLOCK
    }

    /// Whether this is a data block rather than one holding chunk metadata (INV-C3).
    #[inline(always)]
    pub fn is_data_block(self) -> bool {
        self.index_in_chunk() >= META_BLOCKS
    }

    fn meta<'a>(self) -> &'a BlockMeta {
        &self.chunk().meta().blocks[self.index_in_chunk()]
    }

    /// The block's state.
    #[inline]
    pub fn state(self) -> BlockState {
        // Relaxed: see the module doc (hand-overs are ordered by the pool lock or a safepoint).
        BlockState::from_u8(self.meta().state.load(Ordering::Relaxed))
    }

    /// Sets the block's state.
    #[inline]
    pub fn set_state(self, s: BlockState) {
        // Relaxed: see `state`.
        self.meta().state.store(s as u8, Ordering::Relaxed)
    }

    /// The longest run of free lines the last sweep found.
    pub fn max_hole(self) -> usize {
        // Relaxed: written by the sweep (world stopped), read under the pool lock afterwards.
        self.meta().max_hole.load(Ordering::Relaxed) as usize
    }

    /// Records the longest hole, saturating at 255 lines: only a block without a live line has a
    /// longer one, and such a block is `Free`, never filed by its hole.
    fn set_max_hole(self, lines: usize) {
        // Relaxed: see `max_hole`.
        self.meta().max_hole.store(lines.min(u8::MAX as usize) as u8, Ordering::Relaxed)
    }

    /// The cycle at which the block last became free (low 32 bits).
    pub fn freed_at(self) -> u32 {
        // Relaxed: read and written only under the pool lock.
        self.meta().freed_at.load(Ordering::Relaxed)
    }

    /// Records the cycle at which the block became free.
    pub fn set_freed_at(self, cycle: u32) {
        // Relaxed: see `freed_at`.
        self.meta().freed_at.store(cycle, Ordering::Relaxed)
    }

    /// The mark bytes of the block's lines (line.rs), indexed by line number in the block.
    #[inline(always)]
    fn line_marks<'a>(self) -> &'a [AtomicU8] {
        let first = Line::index_in_chunk(self.0);
        &self.chunk().meta().lines[first..first + LINES_IN_BLOCK]
    }

    /// Address of the start of line `i` (`i == LINES_IN_BLOCK` gives the block end).
    #[inline(always)]
    pub fn line_start(self, i: usize) -> Address {
        self.0.add(i * BYTES_IN_LINE)
    }

    /// The next run of free lines `[lo, hi)` at or after line `from` (a line is free iff its
    /// mark is not `live`, INV-L1 and `LiveMarks`).
    pub fn next_free_run(self, from: usize, live: LiveMarks) -> Option<(usize, usize)> {
        // Relaxed (all line-mark accesses in this file): line.rs module doc.
        let marks = self.line_marks();
        let lo = from
            + marks[from.min(LINES_IN_BLOCK)..]
                .iter()
                .position(|m| !live.is_live(m.load(Ordering::Relaxed)))?;
        let hi = lo
            + marks[lo..]
                .iter()
                .position(|m| live.is_live(m.load(Ordering::Relaxed)))
                .unwrap_or(LINES_IN_BLOCK - lo);
        Some((lo, hi))
    }

    /// Claims lines `[lo, hi)` for the calling owner's bump allocation by marking them with
    /// `epoch`, the epoch of the last marking (INV-L1): until the next collection no one else
    /// sees them as free, even if the block goes back to the pool.
    pub fn claim_lines(self, lo: usize, hi: usize, epoch: u8) {
        self.line_marks()[lo..hi]
            .iter()
            .for_each(|m| m.store(epoch, Ordering::Relaxed));
    }

    /// Gives back claimed lines `[lo, hi)` that the owner did not use (mark 0: never an epoch).
    pub fn unclaim_lines(self, lo: usize, hi: usize) {
        self.line_marks()[lo..hi]
            .iter()
            .for_each(|m| m.store(0, Ordering::Relaxed));
    }

    /// Index of the first line starting at or after `a` (`a` in the block or at its end).
    pub fn line_index_ceil(self, a: Address) -> usize {
        a.diff(self.0).div_ceil(BYTES_IN_LINE)
    }

    /// (lines in use under `live`, longest run of free lines).
    pub fn scan_lines(self, live: LiveMarks) -> (usize, usize) {
        let (mut marked, mut run, mut max_hole) = (0, 0, 0);
        for m in self.line_marks() {
            if live.is_live(m.load(Ordering::Relaxed)) {
                marked += 1;
                run = 0;
            } else {
                run += 1;
                max_hole = max_hole.max(run);
            }
        }
        (marked, max_hole)
    }

    /// Sets the state a block with `used` marked or claimed lines and longest hole `max_hole`
    /// deserves after a sweep or a mid-cycle return (`Free`, `Recyclable` or `Full`).
    pub fn classify(self, used: usize, max_hole: usize) -> BlockState {
        let state = if used == 0 {
            BlockState::Free
        } else if LINES_IN_BLOCK - used >= RECYCLE_MIN_FREE_LINES {
            BlockState::Recyclable
        } else {
            BlockState::Full
        };
        self.set_state(state);
        self.set_max_hole(max_hole);
        state
    }

    /// The sweep stamp (chunk.rs `BlockMeta::swept`).
    pub fn swept(self) -> u16 {
        // Relaxed: written by whoever holds the block exclusively (its sweeper) or under the pool
        // lock; read by a sweeper that then claims the block only if nobody else can hold it
        // (pool.rs, INV-P1).
        self.meta().swept.load(Ordering::Relaxed)
    }

    /// Sets the sweep stamp.
    pub fn set_swept(self, cycle: u16) {
        // Relaxed: see `swept`.
        self.meta().swept.store(cycle, Ordering::Relaxed)
    }

    /// Whether an object with a finalizer may lie in the block (chunk.rs
    /// `BlockMeta::finalizable`, pool.rs INV-P2).
    pub fn finalizable(self) -> bool {
        // Relaxed: set by the block's owner when it registers a finalizer, which happens before
        // the pause that starts the marking able to find that object dead (a handshake orders
        // it); cleared by the block's exclusive sweeper.
        self.meta().finalizable.load(Ordering::Relaxed) != 0
    }

    /// Marks the block as possibly holding an object with a finalizer (its owner, registering).
    pub fn set_finalizable(self) {
        // Relaxed: see `finalizable`.
        self.meta().finalizable.store(1, Ordering::Relaxed)
    }

    /// Resets to 0 every line mark that is not `epoch` (before the epochs wrap, line.rs).
    pub fn reset_stale_line_marks(self, epoch: u8) {
        for m in self.line_marks() {
            let v = m.load(Ordering::Relaxed);
            if v != epoch && v != 0 {
                m.store(0, Ordering::Relaxed);
            }
        }
    }

    /// Sweeps the block after a marking with `epoch`: counts live lines, sets the new state
    /// (`Free`, `Recyclable` or `Full`), and drops all start bits of a block found empty (INV-B1;
    /// the stale bits of dead objects elsewhere are harmless, INV-B2). The caller holds the block
    /// exclusively: world stopped, or claimed by a sweeper (pool.rs, INV-P1).
    pub fn sweep(self, epoch: u8) -> SweepOutcome {
        debug_assert!(matches!(
            self.state(),
            BlockState::Full | BlockState::Recyclable
        ));
        let (live_lines, max_hole) = self.scan_lines(LiveMarks(epoch, epoch));
        let state = self.classify(live_lines, max_hole);
        if state == BlockState::Free {
            bitmap::clear_block_starts(self);
            // Nothing lives here any more, finalizable objects included (INV-P2: a block is
            // swept while flagged only after the finalizers of the dead ran).
            // Relaxed: the sweeper holds the block exclusively (INV-P1).
            self.meta().finalizable.store(0, Ordering::Relaxed);
        }
        SweepOutcome {
            live_lines,
            max_hole,
            state,
        }
    }

    /// Zeroes lines `[lo, hi)`.
    ///
    /// # Safety
    /// The caller must own the block (INV-K1) and the lines must hold no live object (INV-L1).
    pub unsafe fn zero_lines(self, lo: usize, hi: usize) {
        let start = self.line_start(lo);
        // SAFETY: the range is inside a mapped data block (INV-C1, INV-C3) that the caller owns,
        // and no live object overlaps it, so nobody reads these bytes concurrently.
        unsafe { std::ptr::write_bytes(start.to_mut_ptr::<u8>(), 0, (hi - lo) * BYTES_IN_LINE) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chunk::Chunk;

    #[test]
    fn holes_claims_and_sweep() {
        let chunk = Chunk::map().expect("map a chunk");
        let b = chunk.data_blocks().next().unwrap();
        assert!(b.is_data_block());
        let epoch = 3;
        // Whole block free.
        assert_eq!(b.next_free_run(0, LiveMarks(epoch, epoch)), Some((0, LINES_IN_BLOCK)));
        // An object straddling lines 2..=4 marks all three (INV-L1).
        Line::mark_object(b.line_start(2).add(BYTES_IN_LINE - 28), 2 * BYTES_IN_LINE, epoch);
        assert_eq!(Line::containing(b.line_start(4)).mark_epoch(), epoch);
        assert_eq!(Line::containing(b.line_start(5)).mark_epoch(), 0);
        assert_eq!(b.next_free_run(0, LiveMarks(epoch, epoch)), Some((0, 2)));
        assert_eq!(b.next_free_run(2, LiveMarks(epoch, epoch)), Some((5, LINES_IN_BLOCK)));
        // Claims hide a hole from everyone until unclaimed.
        b.claim_lines(5, 10, epoch);
        assert_eq!(b.next_free_run(2, LiveMarks(epoch, epoch)), Some((10, LINES_IN_BLOCK)));
        b.unclaim_lines(7, 10);
        assert_eq!(b.next_free_run(2, LiveMarks(epoch, epoch)), Some((7, LINES_IN_BLOCK)));
        assert_eq!(b.scan_lines(LiveMarks(epoch, epoch)), (5, LINES_IN_BLOCK - 7));
        assert_eq!(b.line_index_ceil(b.line_start(3).add(1)), 4);
        assert_eq!(b.next_free_run(LINES_IN_BLOCK, LiveMarks(epoch, epoch)), None);
        // A stale epoch reads as free.
        assert_eq!(b.next_free_run(0, LiveMarks(epoch + 1, epoch + 1)), Some((0, LINES_IN_BLOCK)));
        b.set_state(BlockState::Full);
        let out = b.sweep(epoch);
        assert_eq!(out.state, BlockState::Recyclable);
        assert_eq!((out.live_lines, out.max_hole), (5, LINES_IN_BLOCK - 7));
        // SAFETY: the chunk was mapped by this test and nothing else refers to it.
        unsafe { chunk.unmap() };
    }
}

//! Lines: 64-byte units of reclamation, each with a mark byte in its chunk's side table.
//!
//! ## Line marking rule
//!
//! Immix proper marks only the first line of a small object and, when allocating, skips the line
//! after every marked run because a small object may straddle into it ("conservative line
//! marking"). We instead mark *every* line an object overlaps (`Line::mark_object`). For objects of
//! at most one line that is one or two byte stores, and it makes the free-line test exact:
//!
//! - INV-L1: between collections, with E the epoch of the last marking, a line of a data block
//!   is *free* iff its mark is not E. A line marked E holds (part of) an object that was live at
//!   that marking, or has been *claimed* since by a mutator for bump allocation: a mutator marks
//!   a hole's lines with E when it takes the hole (`Block::claim_lines`) and resets the whole lines
//!   it did not reach to 0 when it leaves the hole (`Block::unclaim_lines`). So a run of free lines
//!   can be handed to any mutator, whole, even in a block that other mutators used since the last
//!   collection; claims need no clearing, since the next marking uses a new epoch.
//!
//! Line marks are epochs, like object marks (header.rs): nothing is cleared between collections.
//! Before the epoch wraps from 255 to 1, the sweep after the marking with epoch 255 resets to 0
//! every mark other than 255 in the blocks it sweeps, so a mark from 255 collections ago cannot
//! read as current there. Free blocks keep theirs: a stale mark there only hides a free line
//! until the next marking (lost space for a cycle, never a live line taken).
//!
//! Line marks are written by the marking thread (lines of objects that survive, never free
//! ones), by sweepers resetting stale marks of blocks they hold (pool.rs INV-P1), and by the mutator that owns the block
//! (claims), and read by both; `Relaxed` accesses suffice because a block changes hands only
//! through the pool's mutex or a safepoint, which order the previous owner's writes before the
//! next owner's reads.

use std::sync::atomic::Ordering;

use crate::address::{Address, BYTES_IN_LINE, LOG_BYTES_IN_LINE};
use crate::chunk::Chunk;

/// Which line marks mean "in use" (live or claimed) right now; every other mark is free.
///
/// Between collections, with E the epoch of the last marking, it is E alone (INV-L1). While a
/// marking with epoch E' runs it is E *and* E': lines marked E hold the survivors of the last
/// marking that the marker may not have reached yet, lines marked E' hold what it reached or
/// what mutators claimed since the initial pause (claims use E'). From the final pause on it is
/// E' alone again. The heap keeps the current pair (`Heap::live_marks`), changed only in pauses.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) struct LiveMarks(pub u8, pub u8);

impl LiveMarks {
    /// Whether a line with mark `m` is in use.
    #[inline(always)]
    pub fn is_live(self, m: u8) -> bool {
        m == self.0 || m == self.1
    }

    /// Packed for an atomic (`Heap::live_marks`).
    pub fn pack(self) -> u16 {
        u16::from(self.0) | (u16::from(self.1) << 8)
    }

    /// Inverse of `pack`.
    pub fn unpack(v: u16) -> LiveMarks {
        LiveMarks(v as u8, (v >> 8) as u8)
    }
}

/// A line, by its first address (aligned to [`BYTES_IN_LINE`]).
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
#[repr(transparent)]
pub(crate) struct Line(Address);

impl Line {
    /// The line containing `addr` (which must be in a data block of a chunk of this heap).
    #[inline(always)]
    pub fn containing(addr: Address) -> Line {
        Line(addr.align_down(BYTES_IN_LINE))
    }

    /// Index in its chunk's line-mark table of the line containing `addr`.
    #[inline(always)]
    pub fn index_in_chunk(addr: Address) -> usize {
        addr.diff(Chunk::containing(addr).start()) >> LOG_BYTES_IN_LINE
    }

    /// The line's mark: the epoch of the last marking that found a live object on it, or of the
    /// claim of a mutator since (INV-L1), or 0.
    #[inline(always)]
    pub fn mark_epoch(self) -> u8 {
        // Relaxed: see the module doc.
        Chunk::containing(self.0).meta().lines[Line::index_in_chunk(self.0)].load(Ordering::Relaxed)
    }

    /// Marks every line that `[start, start+size)` overlaps with `epoch` (INV-L1). The object must
    /// not straddle a block boundary (true of every object in the block space).
    #[inline]
    pub fn mark_object(start: Address, size: usize, epoch: u8) {
        let chunk = Chunk::containing(start);
        let lines = &chunk.meta().lines;
        let base = chunk.start();
        let first = start.diff(base) >> LOG_BYTES_IN_LINE;
        let last = start.add(size - 1).diff(base) >> LOG_BYTES_IN_LINE;
        for l in &lines[first..=last] {
            // Relaxed: the marker is the only writer, see the module doc.
            l.store(epoch, Ordering::Relaxed);
        }
    }
}

//! Addresses and heap geometry.
//!
//! The heap is carved as follows (all sizes powers of two, each unit aligned to its size):
//!
//! ```text
//! chunk  4 MiB  = 128 blocks; blocks 0..META_BLOCKS hold the chunk's side metadata (chunk.rs)
//! block 32 KiB  = 512 lines;  the unit of ownership (a mutator owns whole blocks) and of release
//! line   64 B   = 8 granules; the unit of reclamation (a line is free iff no live object touches it)
//! granule 8 B   the unit of alignment; one bit per granule in the start bitmap
//! ```
//!
//! Objects of at most [`MAX_SMALL_OBJECT`] bytes live in blocks and never straddle a block
//! boundary; larger ones live in the large-object space (`los.rs`).

/// log2 of [`BYTES_IN_GRANULE`].
pub const LOG_BYTES_IN_GRANULE: usize = 3;
/// Allocation granularity and alignment of every object.
pub const BYTES_IN_GRANULE: usize = 1 << LOG_BYTES_IN_GRANULE;
/// log2 of [`BYTES_IN_LINE`]. Lines are 64 bytes, half of Immix's 256: a line is free only if no
/// live object touches it, so with Python's small objects (a float is 24 bytes, a short tuple
/// 48) the line size bounds fragmentation. Against 128-byte lines this cut the churn
/// benchmark's peak RSS by 7-8%; 32-byte lines gained 1-2% more at 15% more
/// time (more line marks per object, longer line scans at every refill and sweep).
pub const LOG_BYTES_IN_LINE: usize = 6;
/// Bytes in a line, the unit of reclamation.
pub const BYTES_IN_LINE: usize = 1 << LOG_BYTES_IN_LINE;
/// log2 of [`BYTES_IN_BLOCK`].
pub const LOG_BYTES_IN_BLOCK: usize = 15;
/// Bytes in a block, the unit a mutator owns.
pub const BYTES_IN_BLOCK: usize = 1 << LOG_BYTES_IN_BLOCK;
/// log2 of [`BYTES_IN_CHUNK`].
pub const LOG_BYTES_IN_CHUNK: usize = 22;
/// Bytes in a chunk, the unit mapped from the OS.
pub const BYTES_IN_CHUNK: usize = 1 << LOG_BYTES_IN_CHUNK;

/// Lines per block.
pub const LINES_IN_BLOCK: usize = BYTES_IN_BLOCK / BYTES_IN_LINE;
/// Blocks per chunk (metadata blocks included).
pub const BLOCKS_IN_CHUNK: usize = BYTES_IN_CHUNK / BYTES_IN_BLOCK;
/// Lines per chunk (metadata blocks included).
pub const LINES_IN_CHUNK: usize = BYTES_IN_CHUNK / BYTES_IN_LINE;
/// Granules per block.
pub const GRANULES_IN_BLOCK: usize = BYTES_IN_BLOCK / BYTES_IN_GRANULE;
/// Granules per chunk.
pub const GRANULES_IN_CHUNK: usize = BYTES_IN_CHUNK / BYTES_IN_GRANULE;

/// Objects larger than this go to the large-object space. A quarter of a block (64 lines): at
/// most an eighth of a block is lost to a hole that is too small, and a medium object never
/// needs more than one block.
pub const MAX_SMALL_OBJECT: usize = BYTES_IN_BLOCK / 4;
/// Objects larger than this that do not fit the rest of the current hole go to the overflow
/// region (mutator.rs); smaller ones end the hole. Two lines: the small objects Python makes
/// most (floats, ints, short tuples and strings, instances) always take the normal path.
pub const MEDIUM_OBJECT: usize = 128;
/// Smallest object: a header word plus one payload word.
pub const MIN_OBJECT: usize = 16;

/// A raw address in the heap's address space. No validity is implied: the type only stops
/// addresses from being confused with sizes and indices, and names the arithmetic done on them.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
#[repr(transparent)]
pub struct Address(usize);

impl Address {
    /// The null address.
    pub const ZERO: Address = Address(0);

    /// Wraps a machine word.
    #[inline(always)]
    pub const fn from_usize(a: usize) -> Address {
        Address(a)
    }
    /// Wraps a pointer.
    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Address {
        Address(p as usize)
    }
    /// The machine word.
    #[inline(always)]
    pub const fn as_usize(self) -> usize {
        self.0
    }
    /// As a raw pointer.
    #[inline(always)]
    pub const fn to_mut_ptr<T>(self) -> *mut T {
        self.0 as *mut T
    }
    /// As a raw pointer.
    #[inline(always)]
    pub const fn to_ptr<T>(self) -> *const T {
        self.0 as *const T
    }
    /// `self + bytes`.
    #[inline(always)]
    pub const fn add(self, bytes: usize) -> Address {
        Address(self.0 + bytes)
    }
    /// `self - other` in bytes; `other` must not be above `self`.
    #[inline(always)]
    pub const fn diff(self, other: Address) -> usize {
        debug_assert!(self.0 >= other.0);
        self.0 - other.0
    }
    /// Rounds down to `align`, a power of two.
    #[inline(always)]
    pub const fn align_down(self, align: usize) -> Address {
        Address(self.0 & !(align - 1))
    }
    /// Whether `self` is a multiple of `align`, a power of two.
    #[inline(always)]
    pub const fn is_aligned(self, align: usize) -> bool {
        self.0 & (align - 1) == 0
    }
    /// Whether this is the null address.
    #[inline(always)]
    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }
}

/// Rounds a requested object size up to the granule, with the minimum applied; `None` on overflow.
#[inline(always)]
pub(crate) const fn object_size(requested: usize) -> Option<usize> {
    let s = if requested < MIN_OBJECT {
        MIN_OBJECT
    } else {
        requested
    };
    match s.checked_add(BYTES_IN_GRANULE - 1) {
        Some(t) => Some(t & !(BYTES_IN_GRANULE - 1)),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geometry_is_consistent() {
        assert_eq!(LINES_IN_BLOCK, 512);
        assert_eq!(BLOCKS_IN_CHUNK, 128);
        const { assert!(MAX_SMALL_OBJECT < BYTES_IN_BLOCK) };
        assert_eq!(object_size(0), Some(16));
        assert_eq!(object_size(17), Some(24));
        assert_eq!(object_size(24), Some(24));
        assert_eq!(object_size(usize::MAX), None);
    }
}

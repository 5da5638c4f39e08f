//! Chunks: 4 MiB, 4 MiB-aligned mappings that hold blocks, with their side metadata at the start.
//!
//! ```text
//! chunk start                                                   chunk start + 4 MiB
//! | ChunkMeta (META_BLOCKS blocks) | block | block | ...                     | block |
//!   starts bitmap  1 bit / granule (64 KiB)
//!   line marks     1 byte / line   (16 KiB)
//!   block metas    8 bytes / block (state, longest hole, cycle freed at)
//! ```
//!
//! Keeping metadata in the chunk turns every lookup into address arithmetic: from any address
//! inside a chunk, `addr & !(4 MiB - 1)` is the `ChunkMeta`, and the offset picks the entry. The
//! tables cover the metadata blocks too (their entries are simply never used); that wastes ~2%
//! of them but keeps indexing a shift.
//!
//! Invariants:
//!
//! - INV-C1: a `Chunk` value is only made for a chunk mapped by [`Chunk::map`] and still mapped:
//!   chunks are unmapped only when the `Heap` that owns them is dropped, and no `Chunk`, `Block` or
//!   object reference outlives its heap (mutators borrow the heap for `'static`). Hence `meta()` is
//!   valid for as long as any `Chunk` exists.
//! - INV-C2: a fresh mapping is zero-filled, and all-zero bytes are a valid `ChunkMeta` (empty
//!   bitmaps, unmarked lines, every block `Fresh`).
//! - INV-C3: objects are only allocated in data blocks (index >= `META_BLOCKS`), so the metadata
//!   blocks never alias object memory.

use std::sync::atomic::{AtomicU8, AtomicU16, AtomicU32, AtomicU64};

use parking_lot::RwLock;

use crate::address::{
    Address, BLOCKS_IN_CHUNK, BYTES_IN_BLOCK, BYTES_IN_CHUNK, GRANULES_IN_CHUNK, LINES_IN_CHUNK,
};
use crate::block::Block;
use crate::os;

/// Per-block metadata kept in the chunk's side table.
#[repr(C)]
pub(crate) struct BlockMeta {
    /// A `BlockState` as a byte (block.rs).
    pub state: AtomicU8,
    /// Length in lines of the longest run of free lines found by the last sweep (pool.rs files
    /// recyclable blocks by it).
    pub max_hole: AtomicU8,
    /// The sweep (cycle number, low 16 bits) whose classification the block holds: the cycle's
    /// sweep claims only blocks with an older stamp (pool.rs).
    pub swept: AtomicU16,
    /// The collection cycle (low 32 bits) at which the block last became free; the pool releases
    /// blocks that stay free for a whole cycle (pool.rs).
    pub freed_at: AtomicU32,
}

/// The side metadata at the start of every chunk. All-zero is the initial state (INV-C2).
#[repr(C)]
pub(crate) struct ChunkMeta {
    /// Object-start bitmap (bitmap.rs, INV-B1).
    pub starts: [AtomicU64; GRANULES_IN_CHUNK / 64],
    /// Line marks (line.rs, INV-L1).
    pub lines: [AtomicU8; LINES_IN_CHUNK],
    /// Block metadata.
    pub blocks: [BlockMeta; BLOCKS_IN_CHUNK],
}

/// Blocks at the start of each chunk reserved for its `ChunkMeta`.
pub(crate) const META_BLOCKS: usize = size_of::<ChunkMeta>().div_ceil(BYTES_IN_BLOCK);
/// Blocks per chunk that hold objects.
pub(crate) const DATA_BLOCKS_IN_CHUNK: usize = BLOCKS_IN_CHUNK - META_BLOCKS;

const _: () = assert!(META_BLOCKS <= 8, "chunk metadata grew unexpectedly");
const _: () = assert!(size_of::<BlockMeta>() == 8);

/// A 4 MiB-aligned chunk of the block space.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[repr(transparent)]
pub(crate) struct Chunk(Address);

impl Chunk {
    /// Maps a new chunk from the OS.
    pub fn map() -> Option<Chunk> {
        os::map_aligned(BYTES_IN_CHUNK, BYTES_IN_CHUNK).map(Chunk)
    }

    /// The chunk that contains `addr`, assuming `addr` is in a chunk of this heap (the caller
    /// checks, e.g. with `ChunkMap::contains`, or knows it from where the address came from).
    #[inline(always)]
    pub fn containing(addr: Address) -> Chunk {
        Chunk(addr.align_down(BYTES_IN_CHUNK))
    }

    /// First byte of the chunk.
    #[inline(always)]
    pub fn start(self) -> Address {
        self.0
    }

    /// The chunk's side metadata.
    #[inline(always)]
    pub fn meta<'a>(self) -> &'a ChunkMeta {
        // SAFETY: INV-C1 (the chunk is mapped while any Chunk exists) and INV-C2 (the metadata
        // area is initialised: zero is valid for every field, all fields are atomics).
        unsafe { &*self.0.to_ptr::<ChunkMeta>() }
    }

    /// The chunk's data blocks, in address order.
    pub fn data_blocks(self) -> impl DoubleEndedIterator<Item = Block> {
        (META_BLOCKS..BLOCKS_IN_CHUNK)
            .map(move |i| Block::from_aligned(self.0.add(i * BYTES_IN_BLOCK)))
    }

    /// Unmaps the chunk.
    ///
    /// # Safety
    /// Nothing may refer to the chunk or to anything in it afterwards (INV-C1).
    pub unsafe fn unmap(self) {
        // SAFETY: the caller guarantees the chunk is dead; it was mapped by `Chunk::map`.
        unsafe { os::unmap(self.0, BYTES_IN_CHUNK) }
    }
}

/// The set of chunks of one heap, sorted by address, for "is this word in the block space?"
/// (conservative scanning, `find_object`). Written only when the heap grows (under the pool lock).
pub(crate) struct ChunkMap {
    chunks: RwLock<Vec<Chunk>>,
}

impl ChunkMap {
    pub fn new() -> ChunkMap {
        ChunkMap {
            chunks: RwLock::new(Vec::new()),
        }
    }

    /// Adds a freshly mapped chunk.
    pub fn insert(&self, c: Chunk) {
        let mut v = self.chunks.write();
        let i = v.binary_search(&c).unwrap_err();
        v.insert(i, c);
    }

    /// A copy of the sorted chunk list (for a collection, which then needs no lock per lookup).
    pub fn snapshot(&self) -> Vec<Chunk> {
        self.chunks.read().clone()
    }

    /// The number of chunks.
    pub fn len(&self) -> usize {
        self.chunks.read().len()
    }

    /// Removes and returns every chunk (heap teardown).
    pub fn take_all(&self) -> Vec<Chunk> {
        std::mem::take(&mut *self.chunks.write())
    }

    /// The chunk holding `addr`, if it is one of ours.
    pub fn lookup(&self, addr: Address) -> Option<Chunk> {
        lookup_sorted(&self.chunks.read(), addr)
    }
}

/// The chunk of `sorted` holding `addr`, if any.
#[inline]
pub(crate) fn lookup_sorted(sorted: &[Chunk], addr: Address) -> Option<Chunk> {
    let c = Chunk::containing(addr);
    sorted.binary_search(&c).ok().map(|_| c)
}

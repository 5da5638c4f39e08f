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
//! - INV-C4: see [`ChunkMap`] (the chunk table's epoch-based reclamation).

use std::sync::atomic::{AtomicU8, AtomicU16, AtomicU32, AtomicU64};

use std::sync::atomic::Ordering as AtomicOrdering;

use crossbeam_epoch::{self as epoch, Atomic, Owned};

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
    /// Nonzero when an object with a finalizer may lie in the block (set at registration,
    /// cleared when a sweep finds the block empty): its sweep waits for the finalizers of the
    /// dead (pool.rs INV-P2).
    pub finalizable: AtomicU8,
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
// 9 bytes of fields, padded to the u32's alignment.
const _: () = assert!(size_of::<BlockMeta>() == 12);

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
/// (conservative scanning, `find_object`).
///
/// Read lock-free by any thread; written only when the heap grows (under the pool lock, so one
/// writer at a time). Growth copies the array, publishes the copy with a Release store and
/// retires the old one to crossbeam-epoch: a reader pins an epoch, loads the array (Acquire:
/// it sees the copy's contents) and may use it until it unpins; the old array is freed only after
/// every thread that could have loaded it has unpinned (INV-C4). This is memory *outside* the GC
/// heap that lock-free readers hold, so the GC's own pauses cannot protect it.
///
/// - INV-C4: an array reachable from `chunks`, or loaded from it by a thread still pinned, is not
///   freed.
pub(crate) struct ChunkMap {
    chunks: Atomic<Vec<Chunk>>,
}

impl ChunkMap {
    pub fn new() -> ChunkMap {
        ChunkMap {
            chunks: Atomic::new(Vec::new()),
        }
    }

    /// Runs `f` on the current array (lock-free).
    fn read<R>(&self, f: impl FnOnce(&[Chunk]) -> R) -> R {
        let guard = epoch::pin();
        // Acquire: pairs with the Release in `insert` (the array's contents are visible).
        let v = self.chunks.load(AtomicOrdering::Acquire, &guard);
        // SAFETY: INV-C4 — the array is never null (created in `new`, replaced by non-null
        // copies) and is not freed while `guard` pins this thread.
        f(unsafe { v.deref() })
    }

    /// Adds a freshly mapped chunk. Callers are serialised (the pool lock).
    pub fn insert(&self, c: Chunk) {
        let guard = epoch::pin();
        // Acquire: we copy the current contents.
        let old = self.chunks.load(AtomicOrdering::Acquire, &guard);
        // SAFETY: INV-C4, as in `read`.
        let mut v = unsafe { old.deref() }.clone();
        let i = v.binary_search(&c).unwrap_err();
        v.insert(i, c);
        // Release: publishes the copy's contents to `read`'s Acquire load.
        self.chunks.store(Owned::new(v), AtomicOrdering::Release);
        // SAFETY: INV-C4 — `old` is unlinked (the store above replaced it and writers are
        // serialised), so only threads pinned now can hold it; crossbeam frees it after they
        // unpin.
        unsafe { guard.defer_destroy(old) };
    }

    /// A copy of the sorted chunk list (for a collection, which then needs no lookup here).
    pub fn snapshot(&self) -> Vec<Chunk> {
        self.read(|v| v.to_vec())
    }

    /// The number of chunks.
    pub fn len(&self) -> usize {
        self.read(|v| v.len())
    }

    /// Removes and returns every chunk (heap teardown; no reader is left).
    pub fn take_all(&self) -> Vec<Chunk> {
        let guard = epoch::pin();
        let old = self.chunks.swap(Owned::new(Vec::new()), AtomicOrdering::AcqRel, &guard);
        // SAFETY: INV-C4 — unlinked by the swap; we copy before retiring it.
        let v = unsafe { old.deref() }.clone();
        // SAFETY: as in `insert`.
        unsafe { guard.defer_destroy(old) };
        v
    }

    /// The chunk holding `addr`, if it is one of ours.
    pub fn lookup(&self, addr: Address) -> Option<Chunk> {
        self.read(|v| lookup_sorted(v, addr))
    }
}

impl Drop for ChunkMap {
    fn drop(&mut self) {
        // SAFETY: `&mut self`: no reader is left; the array is owned by the map.
        unsafe { drop(std::mem::replace(&mut self.chunks, Atomic::null()).into_owned()) };
    }
}

/// The chunk of `sorted` holding `addr`, if any.
#[inline]
pub(crate) fn lookup_sorted(sorted: &[Chunk], addr: Address) -> Option<Chunk> {
    let c = Chunk::containing(addr);
    sorted.binary_search(&c).ok().map(|_| c)
}

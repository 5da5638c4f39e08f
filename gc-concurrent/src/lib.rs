//! # gc-concurrent — the garbage-collected heap of pyrs-nogil
//!
//! Owns every byte of the object heap: where objects live (a mark-region heap in the Immix style,
//! Blackburn & McKinley, *Immix: A Mark-Region Garbage Collector with Space Efficiency, Fast
//! Collection, and Mutator Performance*, PLDI 2008, plus a large-object space), how threads allocate
//! (per-thread bump allocation into runs of free lines, [`Mutator`]), when a collection is due
//! (allocation volume, [`Mutator::collection_due`]) and how it runs: on a collector thread
//! ([`Heap::start_collector`]) with two short pauses around concurrent marking — a
//! snapshot-at-the-beginning write barrier ([`satb`]) keeps marking complete while mutators run,
//! objects allocated meanwhile are born marked — then finalizers and a lazy sweep of lines and
//! blocks while mutators run; or all in one pause ([`Heap::collect`]).
//!
//! It never interprets object contents: the object model (crate `objmodel`) reports roots and
//! outgoing pointers through [`GcClient`], and owns the `user_byte` of every [`GcWord`]. It never
//! stops threads either: the runtime does, through the [`World`] it hands the collector thread.
//! Objects never move.
//!
//! ## Module map
//!
//! | module | owns |
//! | --- | --- |
//! | `address` | the [`Address`] newtype and heap geometry constants |
//! | `header` | [`GcWord`], the first word of every object: size, mark epoch, flags, user byte |
//! | `chunk` | 4 MiB aligned chunks: mapping, the side metadata table at the chunk's start |
//! | `block` | 32 KiB blocks: states, free-line-run search, per-block sweep |
//! | `line` | 64-byte lines and their mark bytes |
//! | `bitmap` | the per-granule object-start bitmap (interior-pointer lookup, validity by epoch) |
//! | `pool` | the global block pool (recyclable, free, fresh blocks), growth and release to the OS |
//! | `los` | the large-object space (one mapping per object) |
//! | `mutator` | [`Mutator`]: bump allocation fast path, refill, trigger accounting |
//! | `trace` | [`GcClient`], [`Tracer`]: marking with an explicit mark stack, conservative ranges |
//! | `collect` | the cycle: initial pause, concurrent mark, final pause, finalize, lazy sweep |
//! | `concurrent` | the collector thread and the [`World`] the runtime provides |
//! | [`satb`] | the SATB write barrier, per-thread logs, snapshot-on-first-touch (INV-S1..S3) |
//! | `verify` | the heap verifier (`PYRS_GC_VERIFY=1`) |
//! | `heap` | [`Heap`], [`HeapConfig`], [`heap()`], [`Heap::find_object`] |
//! | `stats` | [`HeapStats`], [`CollectionStats`] |
//! | [`stack`] | native stack bounds and register spilling for conservative scanning |
//! | `os` | `mmap`/`munmap`/`madvise` wrappers (the only `libc` calls besides `stack`) |
//! | `sync` | the std/loom shim for the protocol words that the loom models check |
//!
//! ## At a glance
//!
//! - Geometry: 4 MiB chunks (mmap, aligned, side metadata in their first 3 blocks) of 32 KiB
//!   blocks of 64-byte lines; objects are 8-byte granules, at least 16 bytes; objects above 8 KiB
//!   get their own mapping in the large-object space.
//! - Allocation: each mutator bump-allocates into runs of free lines ("holes") of a block it owns,
//!   claiming them by marking them with the current epoch, and hands blocks back to a global pool
//!   (recyclable blocks filed by longest hole) when it moves on; medium objects that do not fit
//!   the current hole go to a second, overflow region.
//! - Collection: mark (epoch in every GC word, every overlapped line marked) concurrently, then
//!   sweep lines per block, chunk by chunk, by the collector thread and by mutators that need a
//!   block: empty blocks become free, blocks with holes recyclable; dead large objects are
//!   unmapped; blocks free for a whole cycle are `madvise(MADV_DONTNEED)`d.
//! - Trigger: due when the bytes allocated since the last collection reach
//!   `max(PYRS_GC_MIN_HEAP (32 MiB) × running threads (at most 4), live × PYRS_GC_GROWTH (0.85))`; allocating threads wait for a
//!   running cycle once they reach twice that; `PYRS_GC_STRESS=1` makes every refill due;
//!   `PYRS_GC_VERIFY=1` verifies the heap around every marking.
//!
//! ## Sources of `unsafe`
//!
//! Raw memory is the point of this crate, so `unsafe` is concentrated in five places, each with its
//! numbered invariants in its module doc: metadata reached by address arithmetic (`chunk`, INV-C*),
//! the mutator's allocation state shared with a collector that only touches it while the owner is
//! stopped (`mutator`, INV-M*), headers read through object pointers the client vouches for
//! (`trace`, INV-T*; the barrier, `mutator::satb_log`), headers read through start bits
//! (`bitmap`, INV-B*; `header`, INV-H*), and OS calls (`os`, `stack`). Blocks handed between
//! sweepers and mutators follow INV-P1 (`pool`).
//!
//! ## Example
//!
//! ```
//! use gc_concurrent::{GcClient, Heap, HeapConfig, Tracer};
//! use std::ptr::NonNull;
//!
//! struct NoRoots;
//! impl GcClient for NoRoots {
//!     fn roots(&self, _: &mut Tracer) {}
//!     fn trace(&self, _: NonNull<u8>, _: &mut Tracer) {}
//! }
//!
//! let heap: &'static Heap = Heap::leak(HeapConfig::default());
//! let mut m = heap.new_mutator();
//! let obj = m.alloc(24, 7);
//! assert_eq!(heap.find_object(obj.as_ptr() as usize + 20), Some(obj));
//! let stats = heap.collect(&NoRoots); // nothing is rooted: the object dies
//! assert_eq!(stats.live_bytes, 0);
//! assert_eq!(heap.find_object(obj.as_ptr() as usize), None);
//! ```

mod address;
mod assist;
mod bitmap;
mod block;
mod chunk;
mod collect;
mod concurrent;
pub mod grey;
mod header;
mod heap;
mod line;
mod los;
mod mutator;
mod os;
mod pool;
mod resurrect;
pub mod satb;
pub mod stack;
mod stats;
mod sync;
mod trace;
mod verify;

pub use address::Address;
pub use concurrent::{Stopped, World};
pub use header::GcWord;
pub use heap::{Due, Heap, HeapConfig, heap};
pub use mutator::Mutator;
pub use stats::{CollectionStats, HeapStats};
pub use trace::{GcClient, Tracer, tracing_concurrently};

/// Heap geometry, public so that clients and tests can reason about it.
pub mod geometry {
    pub use crate::address::{
        BYTES_IN_BLOCK, BYTES_IN_CHUNK, BYTES_IN_GRANULE, BYTES_IN_LINE, LINES_IN_BLOCK,
        MAX_SMALL_OBJECT, MIN_OBJECT,
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gc_word_is_one_word() {
        assert_eq!(std::mem::size_of::<GcWord>(), 8);
        assert_eq!(std::mem::align_of::<GcWord>(), 8);
    }

    #[test]
    fn handles_are_small() {
        assert_eq!(std::mem::size_of::<Address>(), 8);
        assert_eq!(std::mem::size_of::<Option<Address>>(), 16);
    }
}

//! The collection plan: what `Heap::collect` does, in order (cf. mmtk-core `plan/immix/global.rs`).
//!
//! ```text
//! 1. advance the epoch          (on wrap 255 -> 1: reset all line marks, header.rs / line.rs)
//! 2. retire every mutator       bump regions closed, blocks Full, allocation colour set (INV-M3)
//!    (epochs 128 and 255:       drop the start bits of dead objects, header.rs INV-H3)
//! 3. mark                       client roots, then drain the mark stack (trace.rs)
//! 4. finalize                   run the finalizers of unmarked objects (memory still intact)
//! 5. sweep                      blocks: start bits, line counts, lists, release (pool.rs);
//!                               large objects: unmap the unmarked (los.rs)
//! 6. re-arm the trigger         max(min_heap, live × growth); clear the due flag
//! ```
//!
//! Precondition (the VM's job): every mutator thread is stopped at a safepoint, or is the caller.
//! That is what makes the Relaxed accesses to mutator state, bitmaps, line marks and GC words in
//! steps 2–5 race-free (INV-M1, INV-T2): the safepoint handshake orders each mutator's last writes
//! before the collector's reads, and the collector's writes before each mutator's next reads.
//!
//! The concurrent version (a later issue) splits step 3: an initial handshake does 1, 2 and the
//! roots and sets `marking` (SATB barrier on, allocation colour = epoch); the marker drains
//! concurrently; a final handshake drains the SATB buffers and turns both off; 4 and 5 follow
//! (sweeping lazily per block).

use std::ptr::NonNull;
use std::time::Instant;

use crate::address::Address;
use crate::bitmap;
use crate::chunk::Chunk;
use crate::header::{self, GcWord};
use crate::heap::{Finalizer, Heap};
use crate::stats::CollectionStats;
use crate::sync::Ordering;
use crate::trace::{GcClient, Tracer};

impl Heap {
    /// Runs a full collection.
    ///
    /// Precondition (the caller's job): every mutator thread is stopped at a safepoint or is the
    /// caller. Marks from the roots the client enumerates, traces with the client, runs the
    /// finalizers of dead objects, then sweeps: recomputes free lines per block, frees empty
    /// blocks (returning those unused for a whole cycle to the OS) and dead large objects.
    /// Every mutator's bump region is retired; its next allocation picks fresh free lines.
    pub fn collect(&self, client: &dyn GcClient) -> CollectionStats {
        let _one_at_a_time = self.collect_lock.lock();
        let t0 = Instant::now();
        let cycle = self.record.lock().cycles + 1;
        let chunks = self.pool.chunks.snapshot();
        let epoch = self.advance_epoch(&chunks);

        // 2. Retire mutators.
        let colour = self.allocation_colour();
        let mut retired_bytes = 0;
        for m in self.mutators.lock().iter() {
            // SAFETY: INV-M1 — the owner is stopped at a safepoint (our precondition) and we hold
            // the registry lock, so neither the owner nor its Drop touches the local now.
            retired_bytes += unsafe { &mut *m.0.as_ptr() }.retire(colour);
        }
        self.note_allocated(retired_bytes);
        if header::is_cleanse_epoch(epoch) {
            self.cleanse_start_bits(&chunks, header::prev_epoch(epoch));
        }

        // 3. Mark.
        // Relaxed: nothing reads `marking` concurrently yet (heap.rs module doc).
        self.marking.store(true, Ordering::Relaxed);
        let mut tracer = Tracer::new(epoch, chunks, self.los.snapshot());
        client.roots(&mut tracer);
        tracer.drain(client);
        self.marking.store(false, Ordering::Relaxed);
        let mark_time = t0.elapsed();

        // 4. Finalize: take the entries of unmarked objects out first, so that no lock is held
        // while the finalizers run.
        let dead: Vec<(Address, Finalizer)> = {
            let mut table = self.finalizers.lock();
            let mut dead = Vec::new();
            table.retain(|&obj, &mut f| {
                // SAFETY: registered objects are heap objects not yet freed (an entry is removed
                // when its object dies, here), and memory is not reused during a collection.
                let marked = unsafe { GcWord::from_object(obj.to_ptr()) }.mark_epoch() == epoch;
                if !marked {
                    dead.push((obj, f));
                }
                marked
            });
            dead
        };
        for &(obj, f) in &dead {
            // SAFETY: heap objects are never at address 0.
            f(unsafe { NonNull::new_unchecked(obj.to_mut_ptr()) });
        }

        // 5. Sweep.
        let t_sweep = Instant::now();
        let totals = self.pool.sweep(tracer.chunks(), epoch, cycle as u32);
        let (large_freed, large_bytes_freed) = self.los.sweep(epoch);
        let sweep_time = t_sweep.elapsed();

        // 6. Re-arm the trigger.
        let live = tracer.marked_bytes;
        let next_trigger = self
            .config
            .min_heap
            .max((live as f64 * self.config.growth) as usize)
            .max(1);
        // Relaxed (all): the world is stopped; see the heap.rs module doc.
        let allocated = self.allocated_since.swap(0, Ordering::Relaxed);
        self.trigger.store(next_trigger, Ordering::Relaxed);
        self.due.store(false, Ordering::Relaxed);

        let pause = t0.elapsed();
        let mut r = self.record.lock();
        let reclaimed = (r.live_bytes + allocated).saturating_sub(live);
        r.cycles = cycle;
        r.pauses.push(pause);
        r.mark_time += mark_time;
        r.live_bytes = live;
        r.reclaimed += reclaimed;
        r.finalizers_run += dead.len();
        CollectionStats {
            cycle,
            pause,
            mark_time,
            sweep_time,
            marked_objects: tracer.marked_objects,
            live_bytes: live,
            conservative_roots: tracer.conservative_roots,
            allocated_since_last: allocated,
            reclaimed_bytes: reclaimed,
            blocks_swept: totals.blocks_swept,
            blocks_freed: totals.blocks_freed,
            blocks_released: totals.blocks_released,
            live_lines: totals.live_lines,
            large_objects_freed: large_freed,
            large_bytes_freed,
            finalizers_run: dead.len(),
            next_trigger,
        }
    }

    /// Before the markings with epochs 128 and 255: clears the start bits of every object whose
    /// mark is not `keep` (the previous epoch), i.e. of every dead object whose bit is still set,
    /// so that no stale mark can come back into the valid window (header.rs, INV-H3). Object by
    /// object, but twice every 255 collections. World stopped.
    fn cleanse_start_bits(&self, chunks: &[Chunk], keep: u8) {
        for chunk in chunks {
            for block in chunk.data_blocks() {
                if block.state().may_hold_objects() {
                    bitmap::cleanse_block(block, keep);
                }
            }
        }
    }

    /// Moves to the next epoch in 1..=255. On the wrap back to 1, resets every line mark so that
    /// a mark from 255 collections ago cannot read as current (line.rs). World stopped.
    fn advance_epoch(&self, chunks: &[Chunk]) -> u8 {
        let new = header::next_epoch(self.epoch());
        if new == 1 {
            for chunk in chunks {
                for l in chunk.meta().lines.iter() {
                    // Relaxed: world stopped. Load first so that discarded (all-zero) metadata
                    // pages are not faulted back in.
                    if l.load(std::sync::atomic::Ordering::Relaxed) != 0 {
                        l.store(0, std::sync::atomic::Ordering::Relaxed);
                    }
                }
            }
        }
        // Relaxed: world stopped; mutators read it after the safepoint handshake.
        self.epoch.store(new, Ordering::Relaxed);
        new
    }
}

//! The collection cycle: two short pauses around concurrent marking, then finalization and a
//! lazy sweep while mutators run (cf. mmtk-core's `plan/concurrent/`, G1's remark).
//!
//! ```text
//! initial pause   (world stopped)  verify the heap (PYRS_GC_VERIFY), advance the epoch, retire
//!                                  every mutator (new objects are born marked, INV-M3), scan
//!                                  the roots onto the mark stack, SATB barrier on
//! concurrent mark (collector thread, drain the mark stack, tracing through the client; take
//!                 and assisting     the SATB logs that mutators fill (satb.rs) and mark them;
//!                 mutators)         allocating mutators take shares of the work (assist.rs)
//! final pause     (world stopped)  take every mutator's partial log; mark and trace them with a
//!                                  budget. Stack empty: marking is complete (INV-S1) — barrier
//!                                  off, verify the marks, retire every mutator, install the sweep
//!                                  (pool.rs INV-P1) and open it. Budget spent: resume, mark on,
//!                                  retry.
//! finalize        (collector thread) run the finalizers of the unmarked (their memory intact:
//!                                  blocks that may hold them are not swept before, INV-P2)
//! sweep           (collector thread, and any mutator that needs a block, from the final pause
//!                                  on) chunk by chunk; the blocks set aside for the finalizers;
//!                                  dead large objects unmapped; idle blocks returned to the OS
//! end             re-arm the trigger (max(min_heap × running, live × growth)), wake throttled mutators
//! ```
//!
//! [`Heap::collect`] runs the same steps in one pause (tests, `gc.collect()`); the collector
//! thread (`concurrent.rs`) runs them with two pauses.
//!
//! Why the pauses are short: the initial pause costs the roots (stacks, globals) and retiring
//! each mutator (a few stores); the final pause costs the last partial logs and what they reach
//! within the budget; neither touches every object or block. Work proportional to the heap —
//! tracing, finalizer lookup, sweeping, the epoch wrap-around passes (header.rs INV-H3,
//! line.rs) — happens while mutators run.
//!
//! The final pause may only end marking with every log and the mark stack empty and every
//! mutator stopped: a mutator between a barrier's log and its store is not at a safepoint, so a
//! stopped world has no half-done barrier.

use std::ptr::NonNull;
use std::time::{Duration, Instant};

use crate::address::Address;
use crate::header::{self, GcWord};
use crate::heap::{Finalizer, Heap, IDLE, MARKING, SWEEPING};
use crate::line::LiveMarks;
use crate::satb::BARRIER;
use crate::stats::CollectionStats;
use crate::sync::Ordering;
use crate::trace::{GcClient, Tracer};

/// Objects the final pause may trace before it gives up and lets mutators run again.
pub(crate) const FINAL_PAUSE_BUDGET: usize = 5_000;
/// Final-pause attempts with a budget; the next one finishes marking whatever it costs.
pub(crate) const BUDGETED_ATTEMPTS: usize = 8;

/// A marking in progress, between the initial and the final pause.
pub(crate) struct Marking {
    pub tracer: Tracer,
    epoch: u8,
    pub cycle: u64,
    /// When the initial pause began.
    started: Instant,
    /// Bytes allocated between the previous cycle's initial pause and this one's.
    allocated_before: usize,
    /// Bytes allocated while this marking ran (set by the final pause that ends it).
    allocated_marking: usize,
}

impl Heap {
    /// The initial pause (world stopped, collect lock held): see the module doc. None if a cycle
    /// is already in progress.
    pub(crate) fn begin_marking(&self, client: &dyn GcClient) -> Option<Marking> {
        if !self.is_idle() {
            return None;
        }
        let started = Instant::now();
        if self.config.verify {
            crate::verify::verify_heap(self, client);
        }
        let cycle = self.record.lock().cycles + 1;
        let chunks = self.pool.chunks.snapshot();
        let prev = self.epoch();
        let epoch = header::next_epoch(prev);
        // Relaxed (all stores of this pause): world stopped, see the heap.rs module doc.
        self.epoch.store(epoch, Ordering::Relaxed);
        self.live_marks.store(LiveMarks(prev, epoch).pack(), Ordering::Relaxed);
        let retired = self.retire_mutators(epoch);
        // Relaxed: world stopped (heap.rs module doc).
        self.total_allocated.fetch_add(retired, Ordering::Relaxed);
        let allocated_before = retired + self.allocated_since.swap(0, Ordering::Relaxed);
        let mut tracer = Tracer::new(epoch, chunks, self.los.snapshot());
        // With a world attached, mutators may assist this marking (assist.rs). A whole cycle in
        // one pause (`collect`) leaves them no chance to, but a CAS costs little there.
        tracer.set_parallel(self.world.get().is_some());
        // Relaxed (both): summed after the final pause; no assist runs in a pause.
        self.assist_marked_bytes.store(0, Ordering::Relaxed);
        self.assist_marked_objects.store(0, Ordering::Relaxed);
        // The barrier first: root scanning reports snapshots (satb.rs `Snapshot`) under the new
        // cycle's number. Nothing stores while the world is stopped.
        BARRIER.begin(epoch);
        client.roots(&mut tracer);
        self.phase.store(MARKING, Ordering::Relaxed);
        // Allocation from here on counts towards the next cycle. A pending `DUE_FINALIZE` stays:
        // the resurrected objects still wait for a thread.
        self.due.fetch_and(crate::heap::DUE_FINALIZE, Ordering::Relaxed);
        Some(Marking { tracer, epoch, cycle, started, allocated_before, allocated_marking: 0 })
    }

    /// Retires every mutator (their regions closed, their blocks `Full`) and sets the
    /// allocation colour. Returns the bytes they had allocated and not yet counted. World
    /// stopped.
    fn retire_mutators(&self, colour: u8) -> usize {
        let mut bytes = 0;
        let mut finalizers = Vec::new();
        for m in self.mutators.lock().iter() {
            // SAFETY: INV-M1 — the owner is stopped at a safepoint (world stopped) and we hold
            // the registry lock, so neither the owner nor its Drop touches the local now.
            let local = unsafe { &mut *m.0.as_ptr() };
            bytes += local.retire(colour);
            // Registered since the last pause: from now on a marking may find them dead.
            finalizers.append(&mut local.take_finalizers());
        }
        // Not under the registry lock: a dying mutator takes the registry lock, then this one.
        self.finalizers.lock().append(&mut finalizers);
        bytes
    }

    /// The final pause (world stopped, collect lock held): takes every log and traces what it
    /// reaches, at most `budget` objects. Returns true when marking is complete (and the sweep
    /// installed), false when the budget ran out (marking goes on).
    pub(crate) fn try_finish_marking(&self, m: &mut Marking, client: &dyn GcClient, budget: usize) -> bool {
        for mu in self.mutators.lock().iter() {
            // SAFETY: INV-M1, as in `retire_mutators`.
            for p in unsafe { &mut *mu.0.as_ptr() }.take_log() {
                m.tracer.visit(p as *const u8);
            }
        }
        for p in self.satb_queue.take_all().into_iter().flatten() {
            m.tracer.visit(p as *const u8);
        }
        // INV-A1: with the world stopped, every grey object is in the tracer or in the queue.
        for p in self.grey.take_all() {
            m.tracer.push_grey(p);
        }
        if !m.tracer.drain(client, budget) {
            return false;
        }
        // Marking is complete: weak references to the unmarked are cleared first (their
        // referents may be resurrected next, but a weak reference does not see them again).
        client.clear_weak(&|p| m.tracer.is_marked(p));
        // Then resurrect the unreachable objects that have a finalizer to run
        // (resurrect.rs INV-RS2), tracing their subgraphs to completion in this pause.
        let doomed = self.resurrecting.take_unmarked(m.epoch);
        if !doomed.is_empty() {
            for p in &doomed {
                m.tracer.visit(p.as_ptr());
            }
            let done = m.tracer.drain(client, usize::MAX);
            debug_assert!(done, "an unlimited drain completes");
            client.resurrected(&doomed);
        }
        // INV-S1: every object reachable at the initial pause is marked.
        BARRIER.end();
        client.marking_done();
        if self.config.verify {
            crate::verify::verify_marks(self, client, m.epoch);
        }
        // Relaxed (all): world stopped.
        self.live_marks.store(LiveMarks(m.epoch, m.epoch).pack(), Ordering::Relaxed);
        // Allocated during marking: counts towards the next cycle.
        self.note_allocated(self.retire_mutators(m.epoch));
        m.allocated_marking = self.allocated_since.load(Ordering::Relaxed);
        self.pool.begin_sweep(m.tracer.chunks().to_vec(), m.epoch, m.cycle as u32);
        self.phase.store(SWEEPING, Ordering::Relaxed);
        true
    }

    /// After the final pause (collector thread, or the pausing thread in [`collect`]): runs
    /// the finalizers of the dead, sweeps, re-arms the trigger, ends the cycle. `pauses` is the
    /// total time mutators stood stopped for this cycle so far.
    pub(crate) fn finish_cycle(&self, m: Marking, pauses: Duration) -> CollectionStats {
        let mark_time = m.started.elapsed();
        // Relaxed: read only by this (the collector) thread, in `give_way`.
        self.last_mark_ns.store(mark_time.as_nanos() as u64, Ordering::Relaxed);
        let epoch = m.epoch;
        let finalizers_run = self.run_finalizers(epoch);
        // The blocks that may hold their objects may be swept now (pool.rs INV-P2).
        self.pool.finalized();
        // Live: what the marking found (objects allocated while it ran are born marked and count
        // towards the next cycle's volume instead).
        // Relaxed: the assists' adds happened before the final pause's handshake.
        let live = m.tracer.marked_bytes + self.assist_marked_bytes.load(Ordering::Relaxed);
        // Relaxed: written only by this (the collector) thread, in `pause`.
        let running = self.last_running.load(Ordering::Relaxed).clamp(1, crate::heap::MIN_HEAP_THREADS);
        let next_trigger = (self.config.min_heap * running).max((live as f64 * self.config.growth) as usize).max(1);
        let t_sweep = Instant::now();
        while self.pool.sweep_chunk() {}
        // Mutators may still be sweeping chunks they took (pool.acquire).
        let keep = next_trigger / crate::address::BYTES_IN_BLOCK;
        let totals = loop {
            if let Some(t) = self.pool.finish_sweep(keep) {
                break t;
            }
            std::thread::yield_now();
        };
        let (large_freed, large_bytes_freed) = self.los.sweep(epoch);
        let sweep_time = t_sweep.elapsed();

        // Relaxed (all): advisory counters and flags (heap.rs module doc).
        let allocated_during = self.allocated_since.load(Ordering::Relaxed);
        self.trigger.store(next_trigger, Ordering::Relaxed);
        let (cycle, reclaimed) = {
            let mut r = self.record.lock();
            let reclaimed = (r.live_bytes + m.allocated_before).saturating_sub(live);
            r.cycles = m.cycle;
            r.mark_time += mark_time;
            r.live_bytes = live;
            r.reclaimed += reclaimed;
            r.finalizers_run += finalizers_run;
            (m.cycle, reclaimed)
        };
        self.phase.store(IDLE, Ordering::Relaxed);
        self.due.fetch_and(!crate::heap::DUE_OVERDUE, Ordering::Relaxed);
        if allocated_during >= next_trigger {
            self.due.fetch_or(crate::heap::DUE_START, Ordering::Relaxed);
        }
        {
            let mut done = self.completed.lock().unwrap_or_else(|e| e.into_inner());
            *done += 1;
            self.completed_cv.notify_all();
        }
        CollectionStats {
            cycle,
            pause: pauses,
            mark_time,
            sweep_time,
            marked_objects: m.tracer.marked_objects + self.assist_marked_objects.load(Ordering::Relaxed),
            assisted_objects: self.assist_marked_objects.load(Ordering::Relaxed),
            allocated_while_marking: m.allocated_marking,
            live_bytes: live,
            conservative_roots: m.tracer.conservative_roots,
            allocated_since_last: m.allocated_before,
            reclaimed_bytes: reclaimed,
            blocks_swept: totals.blocks_swept,
            blocks_freed: totals.blocks_freed,
            blocks_released: totals.blocks_released,
            live_lines: totals.live_lines,
            large_objects_freed: large_freed,
            large_bytes_freed,
            finalizers_run,
            next_trigger,
        }
    }

    /// Runs the finalizers of every registered object not marked with `epoch`. The entries are
    /// taken out first, so that no lock is held while finalizers run. Objects registered since
    /// the initial pause are born marked, so they stay.
    fn run_finalizers(&self, epoch: u8) -> usize {
        let dead: Vec<(Address, Finalizer)> = {
            let mut table = self.finalizers.lock();
            let mut dead = Vec::new();
            table.retain(|&(obj, f)| {
                // SAFETY: registered objects are heap objects not yet freed (an entry is removed
                // when its object dies, here): their blocks are not swept before this returns
                // (pool.rs INV-P2), large objects only after it.
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
        dead.len()
    }

    /// Runs a whole collection in one pause: marking, finalizers and sweep.
    ///
    /// Precondition (the caller's job): every mutator thread is stopped at a safepoint or is the
    /// caller. Returns None, doing nothing, if a concurrent cycle is in progress (wait for
    /// [`is_idle`](Self::is_idle) and retry).
    pub fn try_collect(&self, client: &dyn GcClient) -> Option<CollectionStats> {
        let _pause = self.collect_lock.lock();
        let t0 = Instant::now();
        let mut m = self.begin_marking(client)?;
        let done = self.try_finish_marking(&mut m, client, usize::MAX);
        debug_assert!(done, "an unlimited final pause completes marking");
        let stats = self.finish_cycle(m, Duration::ZERO);
        let pause = t0.elapsed();
        self.record_pause(pause);
        Some(CollectionStats { pause, ..stats })
    }

    /// Runs a whole collection in one pause (see [`try_collect`](Self::try_collect)).
    ///
    /// # Panics
    /// If a concurrent cycle is in progress.
    pub fn collect(&self, client: &dyn GcClient) -> CollectionStats {
        self.try_collect(client).expect("Heap::collect during a concurrent cycle")
    }

    /// Records a time some mutator stood stopped for the collector.
    pub fn record_pause(&self, d: Duration) {
        self.record.lock().pauses.push(d);
    }

    /// Records a time one thread stood stopped by a pause, as it saw it
    /// ([`HeapStats::thread_stops`](crate::HeapStats::thread_stops)).
    pub fn record_thread_stop(&self, d: Duration) {
        if self.config.log {
            eprintln!("gc: thread stop {d:?}");
        }
        self.record.lock().thread_stops.push(d);
    }
}


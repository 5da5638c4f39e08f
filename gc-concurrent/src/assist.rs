//! Mark assists: allocating threads help the collector thread mark (cf. Go's GC assists,
//! G1's parallel marking).
//!
//! ## Problem
//! Everything a mutator allocates while a marking runs is born marked (satb.rs, INV-S2): it
//! survives this cycle whatever happens to it, as floating garbage. A program that allocates
//! faster than one collector thread marks therefore grows its heap by (allocation rate ×
//! marking time) per cycle. On a machine with as many busy mutators as cores the collector
//! thread also gets only a share of one core. Yielding the CPU to it (`Heap::pace`) helps only
//! as far as the scheduler lets it.
//!
//! ## Scheme
//! While a marking runs, a mutator that has allocated another `FLUSH_BYTES` (mutator.rs) pays
//! for it with marking work: it takes grey objects from a shared queue, traces them on its own
//! mark stack until it has marked `HeapConfig::assist_ratio` times the bytes it allocated
//! (`PYRS_GC_ASSIST`, default 4), or the work runs out, or a pause is requested; then it gives
//! what is left back to the queue. So marking
//! proceeds at the speed of every allocating core, and the faster a thread allocates, the more
//! it marks — it cannot outrun the marking by much.
//!
//! Grey objects (marked, fields not traced yet) move between markers in *packets*:
//! - the collector thread splits off the older part of its mark stack (at most half, at most
//!   [`STOCK`] objects) into the [`GreyQueue`] whenever the queue holds less than `STOCK` or an
//!   assist found it empty (the `hungry` flag), checking every [`SLICE`] objects;
//! - an assist takes a packet (or a full SATB log, whose entries it visits like the collector
//!   does), and puts back its unfinished stack, plus the objects it may not trace itself
//!   (`GcClient::may_trace_in_mutator`: contents behind a lock that the assisting thread may
//!   hold itself), as one packet;
//! - the collector takes packets back when its own stack runs dry, and the final pause takes
//!   all of them.
//!
//! With several markers an object may be reached by two at once, so while assists are possible
//! a marker claims an object by a CAS on its GC word (trace.rs, INV-T2): exactly one of them
//! marks its lines, counts it and pushes it.
//!
//! ## Invariants
//! - INV-A1: every grey object is in exactly one place: the collector's mark stack (or prefetch
//!   FIFO), a packet in the grey queue, or an assisting mutator's tracer. A mutator holds grey
//!   objects only inside [`Heap::assist`], which runs inside an allocation refill, never at a
//!   safepoint, and returns every one of them to the queue before it returns. So when the world
//!   is stopped, every grey object is in the collector's tracer or in the queue, and the final
//!   pause sees all of them: INV-S1 (satb.rs) holds with assists.
//! - INV-A2: an assist runs only while `phase == MARKING` (read at its start; the phase leaves
//!   `MARKING` only in a pause, which cannot overlap an assist by INV-A1), with the client of
//!   the collector's concurrent tracing and `tracing_concurrently()` true, so it reads fields
//!   exactly as the collector thread does.
//! - INV-A3: an assist stops within [`SLICE`] objects once a pause is requested
//!   (`Heap::pausing`), so assists add at most a slice of tracing to the time a pause takes to
//!   stop the threads.
//!
//! ## Orderings
//! The queue's own are in grey.rs (loom-checked in loom-tests `grey_sharing`). `pausing` and
//! the assisted-bytes counters are advisory or summed after a pause: Relaxed. Mark claims are
//! Relaxed CASes: the claim decides only who traces; the fields an object's tracer reads reach it
//! through the client's own publication, as for the collector thread.

use crate::address::MIN_OBJECT;
use crate::heap::{Heap, MARKING};
use crate::satb::BARRIER;
use crate::sync::Ordering;
use crate::trace::{Tracer, concurrently};

/// Objects a marker traces between looks at the queue and the pause flag.
pub(crate) const SLICE: usize = 256;
/// The least allocation an assist pays for (bytes).
const MIN_ASSIST_BYTES: usize = 4 << 10;
/// The collector gives work away only when its stack holds more than this.
const MIN_SPLIT: usize = 8;
/// The collector keeps about this many grey objects in the queue while its own stack is deep
/// enough (a packet at most this large, at most half its stack), so that an assist rarely
/// finds the queue empty and has to wait for a split.
const STOCK: usize = 1024;

impl Heap {
    /// Marking work paid for `allocated` bytes of allocation (see the module doc). Returns
    /// whether there was work to do; without it, the caller yields its CPU to the collector
    /// thread instead.
    pub(crate) fn assist(&self, allocated: usize) -> bool {
        let Some(world) = self.world.get() else {
            return false;
        };
        if self.config.assist_ratio == 0 {
            return false;
        }
        // Relaxed: INV-A2 — the phase leaves MARKING only in a pause, and this thread is not at
        // a safepoint until it returns.
        if self.phase.load(Ordering::Relaxed) != MARKING {
            return false;
        }

        let client = world.concurrent_client();
        self.grey.begin_assist();
        // At least a small packet's worth: in GC-stress mode pace runs at every refill, with
        // little allocated since the last.
        let goal = allocated.max(MIN_ASSIST_BYTES).saturating_mul(self.config.assist_ratio);
        let mut t = Tracer::assisting(BARRIER.epoch());
        // Objects traced at most: bounds the work when what it finds is mostly marked already.
        let mut traced_budget = goal / MIN_OBJECT;
        let mut worked = false;
        concurrently(|| {
            // Relaxed (pausing): INV-A3, advisory; a late look costs one slice.
            while t.marked_bytes < goal && traced_budget > 0 && !self.pausing.load(Ordering::Relaxed) {
                if t.stack_is_empty() {
                    if let Some(p) = self.grey.pop() {
                        t.push_grey(p);
                    } else if let Some(log) = self.satb_queue.pop() {
                        for e in log {
                            t.visit(e as *const u8);
                        }
                    } else if !t.flush_pending() {
                        self.grey.set_hungry();
                        break;
                    }
                }
                worked = true;
                traced_budget = traced_budget.saturating_sub(t.drain_assist(client, SLICE));
            }
        });
        // INV-A1: everything grey that this thread holds goes back before it returns.
        t.flush_pending();
        self.grey.push(t.take_grey());
        // Relaxed: summed by the collector after the final pause (a handshake later).
        self.assist_marked_bytes.fetch_add(t.marked_bytes, Ordering::Relaxed);
        self.assist_marked_objects.fetch_add(t.marked_objects, Ordering::Relaxed);
        self.grey.end_assist();
        worked
    }

    /// The collector's concurrent marking with assists: traces in slices, between which it
    /// stocks the grey queue from the old end of its stack (when the queue runs low or an
    /// assist found it empty), and takes work back (packets, SATB logs) when its stack runs dry. Returns when it found no work anywhere and no assist is
    /// in progress: an assist's unfinished work would otherwise land on the final pause.
    pub(crate) fn mark_sharing(&self, t: &mut Tracer, client: &dyn crate::trace::GcClient) {
        loop {
            if t.drain(client, SLICE) {
                let packets = self.grey.take_all();
                let logs = self.satb_queue.take_all();
                if packets.is_empty() && logs.is_empty() {
                    if self.grey.quiescent() {
                        return;
                    }
                    std::thread::yield_now();
                    continue;
                }
                for p in packets {
                    t.push_grey(p);
                }
                for p in logs.into_iter().flatten() {
                    t.visit(p as *const u8);
                }
            } else if (self.grey.take_hungry() || self.grey.len() < STOCK)
                && let Some(share) = t.split_grey(MIN_SPLIT, STOCK)
            {
                self.grey.push(share);
            }
        }
    }
}

//! The heap verifier (`PYRS_GC_VERIFY=1`, [`HeapConfig::verify`](crate::HeapConfig)): a second,
//! independent traversal from the roots that checks what the collector relies on, with the world
//! stopped.
//!
//! - In the final pause, once marking is complete (`verify_marks`): every object reachable
//!   from the roots carries the epoch just marked (INV-S1: the SATB barrier and born-marked
//!   allocation lost nothing), and every line it overlaps is marked with it (so the sweep keeps
//!   it).
//! - In the initial pause, before the next marking (`verify_heap`): every reachable object is
//!   still valid (marked with the last epoch), lies in a block that may hold objects (not `Free`
//!   or `Fresh`) on lines that are in use (INV-L1) with its start bit set (INV-B1) — i.e. the
//!   sweep and allocation since freed nothing live.
//!
//! The traversal keeps its own visited set and never writes a mark. Conservative words resolve
//! only to objects marked with the checked epoch: a conservative scan cannot tell a stale or
//! non-pointer word from a root, so an unmarked object found that way proves nothing; exact
//! pointers (roots the client reports exactly, and every field of every object reached) must
//! all pass.
//!
//! A failed check prints a report to stderr and aborts the process: the heap is corrupt, and
//! going on would only hide where.

use std::collections::HashSet;

use crate::address::{Address, MAX_SMALL_OBJECT};
use crate::bitmap;
use crate::block::Block;
use crate::header;
use crate::heap::Heap;
use crate::line::Line;
use crate::trace::{GcClient, Tracer};

/// The state of one verification traversal.
pub(crate) struct Check {
    epoch: u8,
    seen: HashSet<usize>,
    failures: Vec<String>,
    checked: usize,
    /// The object whose fields are being traced (None: roots).
    pub(crate) parent: Option<Address>,
}

impl Check {
    /// Checks the object at `a` with GC word `bits` the first time it is seen; returns whether it
    /// is new (its fields are then traced).
    pub(crate) fn visit(&mut self, a: Address, bits: u64) -> bool {
        if !self.seen.insert(a.as_usize()) {
            return false;
        }
        self.checked += 1;
        let mark = header::mark_of_bits(bits);
        if mark != self.epoch {
            let from = match self.parent {
                // SAFETY: the parent is a reachable object the traversal just popped.
                Some(p) => {
                    let pb = unsafe { crate::header::GcWord::from_object(p.to_ptr()) }.load();
                    format!("a field of {p:?} (kind {}, mark {})", (pb >> 32) as u8, header::mark_of_bits(pb))
                }
                None => "a root".to_string(),
            };
            self.fail(format!(
                "reachable object {a:?} (kind {}, {} bytes) has mark {mark}, expected {}; reached from {from}",
                (bits >> 32) as u8,
                header::size_of_bits(bits),
                self.epoch
            ));
        }
        let size = header::size_of_bits(bits);
        if size <= MAX_SMALL_OBJECT {
            let block = Block::containing(a);
            let state = block.state();
            if !state.may_hold_objects() {
                self.fail(format!("reachable object {a:?} lies in a {state:?} block"));
            }
            if !bitmap::is_start(a) {
                self.fail(format!("reachable object {a:?} has no start bit"));
            }
            let mut l = a.align_down(crate::address::BYTES_IN_LINE);
            while l < a.add(size) {
                let m = Line::containing(l).mark_epoch();
                if m != self.epoch {
                    self.fail(format!("reachable object {a:?} ({size} bytes) overlaps line {l:?} marked {m} (free)"));
                }
                l = l.add(crate::address::BYTES_IN_LINE);
            }
        }
        true
    }

    fn fail(&mut self, msg: String) {
        if self.failures.len() < 20 {
            self.failures.push(msg);
        }
    }
}

fn run(heap: &Heap, client: &dyn GcClient, epoch: u8, when: &str) {
    let check = Check { epoch, seen: HashSet::new(), failures: Vec::new(), checked: 0, parent: None };
    let mut t = Tracer::verifier(epoch, heap.pool.chunks.snapshot(), heap.los.snapshot(), check);
    client.roots(&mut t);
    t.drain(client, usize::MAX);
    let check = t.verify.take().expect("a verifier tracer");
    if !check.failures.is_empty() {
        eprintln!("gc-concurrent: heap verification failed {when} (epoch {epoch}, {} objects checked):", check.checked);
        for f in &check.failures {
            eprintln!("  {f}");
        }
        std::process::abort();
    }
}

/// After marking with `epoch` completed (final pause): see the module doc.
pub(crate) fn verify_marks(heap: &Heap, client: &dyn GcClient, epoch: u8) {
    run(heap, client, epoch, "after marking");
}

/// Before a marking (initial pause, the last cycle's sweep complete): see the module doc.
pub(crate) fn verify_heap(heap: &Heap, client: &dyn GcClient) {
    run(heap, client, heap.epoch(), "before marking");
}

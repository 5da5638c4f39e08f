//! Model check of mark assists (gc-concurrent/src/assist.rs) with the real grey queue
//! (gc-concurrent/src/grey.rs).
//!
//! The object graph is fixed (the SATB barrier's part is `satb_marking`'s): root 0 points to 1
//! and 2, and both point to 3 (two markers may reach it at once). The collector marks the root in an initial pause, then traces
//! while a mutator assists: the mutator asks for work (`hungry`), the collector splits its stack
//! into a packet, the mutator traces part of it and hands the rest back before its next
//! safepoint. Markers claim objects with an atomic swap of the mark (the GC word's CAS). The
//! collector ends concurrent marking only when the queue is quiescent, and the final pause
//! takes whatever is left. Asserted in the final pause (INV-A1 and the claim rule of INV-T2):
//! every object is marked and was traced exactly once.
//!
//! Stop-the-world is modelled by a `world` mutex that the mutator holds between safepoints and
//! a pause holds while it runs: the handshake itself is `satb_marking`'s and
//! `safepoint_handshake`'s subject, and its full model multiplies the interleavings past what
//! loom explores here in reasonable time.
#![cfg(loom)]

use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use loom::sync::{Arc, Mutex};
use loom::thread;
use loom_tests::grey::GreyQueue;

const CHILDREN: [&[usize]; 4] = [&[1, 2], &[3], &[3], &[]];

struct World {
    /// Held by the mutator while it runs between safepoints, and by each pause.
    world: Mutex<()>,
    grey: GreyQueue<usize>,
    marked: [AtomicBool; 4],
    traced: [AtomicUsize; 4],
}

impl World {
    fn new() -> World {
        World {
            world: Mutex::new(()),
            grey: GreyQueue::new(),
            marked: std::array::from_fn(|_| AtomicBool::new(false)),
            traced: std::array::from_fn(|_| AtomicUsize::new(0)),
        }
    }

    /// Claims `o` for the calling marker (the GC word's CAS): true if it was unmarked.
    fn claim(&self, o: usize) -> bool {
        !self.marked[o].swap(true, Ordering::Relaxed)
    }

    /// Traces `o`: claims its children onto `stack`.
    fn trace(&self, o: usize, stack: &mut Vec<usize>) {
        self.traced[o].fetch_add(1, Ordering::Relaxed);
        for &c in CHILDREN[o] {
            if self.claim(c) {
                stack.push(c);
            }
        }
    }
}

/// The mutator's assist (`Heap::assist`): bracketed, bounded, hands back what it holds.
fn assist(w: &World) {
    w.grey.begin_assist();
    let mut stack = Vec::new();
    let mut budget = 1;
    loop {
        if stack.is_empty() {
            match w.grey.pop() {
                Some(p) => stack = p,
                None => {
                    w.grey.set_hungry();
                    break;
                }
            }
        }
        if budget == 0 {
            break;
        }
        budget -= 1;
        let o = stack.pop().unwrap();
        w.trace(o, &mut stack);
    }
    // INV-A1: everything grey goes back before the assist ends.
    w.grey.push(stack);
    w.grey.end_assist();
}

fn collector(w: &World) {
    let mut stack = Vec::new();
    {
        let _pause = w.world.lock().unwrap();
        assert!(w.claim(0));
        stack.push(0);
    }
    // Concurrent marking (`Heap::mark_sharing`), one object per slice.
    let mut spins = 0;
    loop {
        if let Some(o) = stack.pop() {
            w.trace(o, &mut stack);
            if w.grey.take_hungry() && !stack.is_empty() {
                let half: Vec<usize> = stack.drain(..stack.len().div_ceil(2)).collect();
                w.grey.push(half);
            }
            continue;
        }
        let packets = w.grey.take_all();
        if packets.is_empty() {
            if w.grey.quiescent() {
                break;
            }
            // Bounded in the model: the final pause takes what an assist still holds.
            spins += 1;
            if spins > 2 {
                break;
            }
            thread::yield_now();
            continue;
        }
        stack.extend(packets.into_iter().flatten());
    }
    // Final pause: no assist is in progress while the world is stopped.
    {
        let _pause = w.world.lock().unwrap();
        stack.extend(w.grey.take_all().into_iter().flatten());
        while let Some(o) = stack.pop() {
            w.trace(o, &mut stack);
        }
        for o in 0..4 {
            assert!(w.marked[o].load(Ordering::Relaxed), "object {o} left unmarked");
            assert_eq!(w.traced[o].load(Ordering::Relaxed), 1, "object {o} traced other than once");
        }
    }
}

#[test]
fn assists_lose_no_grey_object() {
    loom::model(|| {
        let w = Arc::new(World::new());
        let w2 = w.clone();
        let mutator = thread::spawn(move || {
            // Allocations' worth of assists, each between two safepoints.
            for _ in 0..2 {
                let running = w2.world.lock().unwrap();
                assist(&w2);
                drop(running);
                thread::yield_now();
            }
        });
        collector(&w);
        mutator.join().unwrap();
    });
}

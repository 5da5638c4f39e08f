//! Keyed parking: the queue an inflated lock's waiters sleep in.
//!
//! A contended lock word (lock.rs) sets its PARKED bit and its waiters sleep here, keyed by the
//! word's address, until the holder's release wakes one of them. The interface is the one of
//! `parking_lot_core`, which implements it outside loom (a hash table of queues, one small
//! lock per bucket — no global lock):
//!
//! - [`park`]`(key, validate)`: under the queue's lock, run `validate`; if it returns false,
//!   return at once; otherwise sleep until an [`unpark_one`] for `key` picks this thread.
//! - [`unpark_one`]`(key, callback)`: under the queue's lock, dequeue one waiter (if any), call
//!   `callback(have_more_waiters)` — the releaser stores the new lock word there — then wake it.
//!
//! # Invariant
//! - INV-P1 (no lost wake-up): `validate` and `callback` run under the same queue lock, so a
//!   waiter either sees the word the releaser's callback stored (and does not sleep) or is in
//!   the queue before the callback runs (and is woken).
//!
//! Under `cfg(loom)` the same interface is implemented with one loom mutex and condition
//! variable, so the models exercise INV-P1 with loom's scheduler.

#[cfg(not(loom))]
mod imp {
    use parking_lot_core::{DEFAULT_PARK_TOKEN, DEFAULT_UNPARK_TOKEN, ParkResult};

    #[inline]
    pub(crate) fn park(key: usize, validate: impl FnOnce() -> bool) -> bool {
        // SAFETY: parking_lot_core's contract: `validate` and the callbacks do not park or
        // unpark themselves and do not panic; `key` is the address of a lock word, unique to it.
        let r = unsafe { parking_lot_core::park(key, validate, || {}, |_, _| {}, DEFAULT_PARK_TOKEN, None) };
        matches!(r, ParkResult::Unparked(_))
    }

    #[inline]
    pub(crate) fn unpark_one(key: usize, callback: impl FnOnce(bool)) {
        // SAFETY: as in `park`: the callback only stores the lock word.
        unsafe {
            parking_lot_core::unpark_one(key, |r| {
                callback(r.have_more_threads);
                DEFAULT_UNPARK_TOKEN
            })
        };
    }
}

#[cfg(loom)]
mod imp {
    use crate::sync::{Condvar, Mutex, lock, wait};

    /// Waiters: (key, ticket); a woken waiter's ticket is removed by the waker.
    struct Queue {
        waiting: Vec<(usize, usize)>,
        next: usize,
    }

    loom::lazy_static! {
        static ref Q: (Mutex<Queue>, Condvar) = (Mutex::new(Queue { waiting: Vec::new(), next: 0 }), Condvar::new());
    }

    pub(crate) fn park(key: usize, validate: impl FnOnce() -> bool) -> bool {
        let mut g = lock(&Q.0);
        if !validate() {
            return false;
        }
        let ticket = g.next;
        g.next += 1;
        g.waiting.push((key, ticket));
        while g.waiting.iter().any(|&(_, t)| t == ticket) {
            g = wait(&Q.1, g);
        }
        true
    }

    pub(crate) fn unpark_one(key: usize, callback: impl FnOnce(bool)) {
        let mut g = lock(&Q.0);
        if let Some(i) = g.waiting.iter().position(|&(k, _)| k == key) {
            g.waiting.remove(i);
        }
        let more = g.waiting.iter().any(|&(k, _)| k == key);
        callback(more);
        Q.1.notify_all();
    }
}

pub(crate) use imp::{park, unpark_one};

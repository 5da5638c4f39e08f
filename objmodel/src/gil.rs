//! The interpreter lock: the GIL of the GIL build (`--features gil`), for comparison with the
//! nogil build on the same code base, and the *serial token* of the nogil build's
//! contention-adaptive serial mode (serial.rs). In the GIL build every running thread holds
//! it; in the nogil build only threads in serial mode do, and threads that never conflict never
//! touch it.
//!
//! # Scheme (CPython 3.2+'s "new GIL")
//! One lock; a thread runs Python code only while holding it. It is released around every
//! blocking call (threads.rs `blocking`, which every lock wait, join, sleep and I/O goes
//! through) and on request: a thread that has waited [`INTERVAL`] for the GIL without any
//! switch happening sets `POLL_GIL` on the holder, which drops the GIL at its next safepoint
//! and does not take it back until another thread has taken it (forced switching), so a
//! busy thread cannot starve the others.
//!
//! # Invariants
//! - INV-G1: at most one registered thread is `Running` with the GIL; a thread waiting for the
//!   GIL is `Parked` (threads.rs calls `acquire` before leaving Parked), so a collection started
//!   by the holder never waits for a thread that waits for the GIL, nor does a bias revocation
//!   of the waiter's objects (the revoker acts for a parked owner).
//! - INV-G3 (nogil build): a thread takes the token only at a safepoint, where it holds no
//!   object lock (lock.rs INV-L3), and drops it before every blocking call; so the holder never
//!   waits for an object lock held by a thread that waits for the token.
//! - INV-G2: `switches` increases on every acquisition, so a waiter can tell whether the
//!   holder changed during its interval, and a forced yielder whether someone else took over.
//!
//! Orderings: all state is under the `parking_lot` mutex; the only atomic touched is the
//! holder's `poll` word (Relaxed: a hint, see threads.rs).

use std::sync::atomic::Ordering;
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::threads::{POLL_GIL, ThreadCtl};

/// How long a waiter waits before asking the holder to drop the GIL (CPython's default 5 ms).
pub const INTERVAL: Duration = Duration::from_millis(5);

struct State {
    holder: *const ThreadCtl,
    switches: u64,
    waiters: usize,
}

// SAFETY: `holder` is only dereferenced under the mutex while that thread is registered (it
// releases the GIL before unregistering, see threads.rs `unregister`).
unsafe impl Send for State {}

static GIL: Mutex<State> = Mutex::new(State { holder: std::ptr::null(), switches: 0, waiters: 0 });
static CHANGED: Condvar = Condvar::new();

/// Take the GIL for `ctl` (called while parked: INV-G1).
pub fn acquire(ctl: &ThreadCtl) {
    let t0 = crate::sync::now_ns();
    let mut g = GIL.lock();
    if !g.holder.is_null() {
        g.waiters += 1;
        while !g.holder.is_null() {
            let seen = g.switches;
            let timed_out = CHANGED.wait_for(&mut g, INTERVAL).timed_out();
            if timed_out && !g.holder.is_null() && g.switches == seen {
                // SAFETY: see `State`: the holder is registered while it holds the GIL.
                let h = unsafe { &*g.holder };
                // Relaxed: a hint polled at safepoints (threads.rs).
                h.poll.fetch_or(POLL_GIL, Ordering::Relaxed);
            }
        }
        g.waiters -= 1;
        let waited = crate::sync::now_ns().saturating_sub(t0);
        crate::threads::count(|s| {
            if cfg!(feature = "gil") {
                s.contended += 1;
                s.wait_ns += waited;
            } else {
                s.serial_waits += 1;
                s.serial_wait_ns += waited;
            }
        });
        crate::events::record_gil(t0, waited);
    }
    g.holder = ctl as *const ThreadCtl;
    g.switches += 1;
    // Wake a forced yielder waiting for this switch (`release`).
    CHANGED.notify_all();
}

/// Drop the GIL held by `ctl` (nothing if it does not hold it). `forced`: the holder was
/// asked to switch; it waits (still parked) until another thread has taken the GIL, when
/// there is a waiter.
pub fn release(ctl: &ThreadCtl, forced: bool) {
    let mut g = GIL.lock();
    if !std::ptr::eq(g.holder, ctl) {
        return;
    }
    g.holder = std::ptr::null();
    // Relaxed: see the module doc.
    ctl.poll.fetch_and(!POLL_GIL, Ordering::Relaxed);
    CHANGED.notify_all();
    if forced && g.waiters > 0 {
        let seen = g.switches;
        while g.switches == seen && g.waiters > 0 {
            CHANGED.wait(&mut g);
        }
    }
}

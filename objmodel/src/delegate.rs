//! Delegated pauses: the collector thread hands a stop-the-world to a running Python thread.
//!
//! # Problem
//! The GC's collector thread is not a Python thread. When it stops the world itself
//! (`threads::stop_the_world_from_outside`) it needs a core twice per pause: to ask the threads
//! to stop and wait for them, and, once they are all stopped, to run the pause and restart
//! them. With as many Python threads as cores, every core is busy when the collector wakes for
//! the pause: the first thread to stop waits for the collector to get a core back (a scheduler
//! tick, 4 ms at 250 Hz), and at the restart a stopped thread may wait behind the collector on
//! its core. Each pause takes well under a millisecond of work, yet the threads stood stopped
//! for several.
//!
//! # Scheme
//! The collector *posts* the pause (its closure) in the registry's [`Delegation`] slot, sets
//! `POLL_PAUSE` on every running thread, and sleeps. The first thread to reach a safepoint with
//! the bit set *claims* the post and runs an ordinary `stop_the_world` with the collector's
//! closure as its body, on its own stack; then it marks the post done and wakes the collector.
//! While the claimer stops the others and runs the pause, the collector sleeps, so the Python
//! threads have every core, and nothing needs a core back at the restart.
//!
//! A post that no running thread can take (every thread is parked in a blocking call, or none is
//! registered) is taken by the collector itself, which then stops the world from outside as
//! before. The collector looks again every [`CLAIM_CHECK`] and asks again: a thread that was
//! running may have parked since, and a thread that registered since was not asked.
//!
//! The slot moves `Idle → Posted → Claimed → Done → Idle`, always under its mutex; the poster
//! alone moves it out of `Idle` and back into it, so one post is in flight at a time.
//!
//! # Invariants
//! - INV-D1: a posted closure runs exactly once: only the thread that moves the slot from
//!   `Posted` to `Claimed` (under the slot's mutex) runs it, the poster included.
//! - INV-D2: the closure outlives its run: the poster returns only once the slot reads `Done`
//!   (or after it ran the closure itself), and the claimer's last touch of the closure happens
//!   before it writes `Done` under the mutex. The closure is used by one thread at a time: its
//!   poster sleeps from the post until `Done`.
//! - INV-D3: the claimer runs the pause as any `stop_the_world` caller does (INV-T1..T4): it is
//!   at a safepoint, holds no object lock, and passes its own stack pointer (registers spilled
//!   below it) to the closure for its own roots.
//! - INV-D4: no thread waits on the slot while holding a registry or thread mutex, and the
//!   poster holds no mutex while it waits for a claim or for `Done`: the claimer's
//!   `stop_the_world` never waits for the poster (which is not registered anyway).
//!
//! # Orderings
//! The slot is read and written under its mutex (acquire/release by the lock), which also orders
//! the closure's captured state between the poster and the claimer. `POLL_PAUSE` is a hint like
//! every poll bit (threads.rs): a thread that misses it only claims later or not at all.

use crate::sync::{Condvar, Mutex, Ordering, lock, wait};
use crate::threads::{POLL_PAUSE, Registry, StoppedThread};

/// How long the poster sleeps between looks at an unclaimed post (see the module doc).
#[cfg(not(loom))]
const CLAIM_CHECK: std::time::Duration = std::time::Duration::from_millis(1);

/// A pause's body: the stopped threads and the running thread's own stack pointer (0 when the
/// collector runs it from outside).
type PauseFn<'a> = dyn FnMut(&[StoppedThread<'_>], usize) + 'a;

/// A posted closure with its lifetime erased (INV-D2 keeps it valid while used).
#[derive(Clone, Copy)]
struct RawPause(*mut PauseFn<'static>);

// SAFETY: INV-D2: the closure is used by one thread at a time, and the slot's mutex orders the
// handover from the poster to the claimer and back.
unsafe impl Send for RawPause {}

#[derive(Clone, Copy)]
enum Slot {
    Idle,
    Posted(RawPause),
    Claimed,
    Done,
}

/// The registry's slot for one posted pause (see the module doc).
pub(crate) struct Delegation {
    slot: Mutex<Slot>,
    cv: Condvar,
}

impl Delegation {
    pub(crate) fn new() -> Delegation {
        Delegation { slot: Mutex::new(Slot::Idle), cv: Condvar::new() }
    }
}

/// Stop every registered thread, run `f` with them stopped, restart them, from a thread that is
/// not registered (the collector thread), by handing the pause to a running thread when one
/// reaches a safepoint (see the module doc). `f` gets the threads and the stack pointer of the
/// thread that runs it (0 when the caller runs it itself). Returns `f`'s result and whether a
/// Python thread ran it.
pub fn stop_the_world_delegated<R>(reg: &Registry, f: impl FnOnce(&[StoppedThread<'_>], usize) -> R) -> (R, bool) {
    let mut f = Some(f);
    let mut out = None;
    let mut body = |ts: &[StoppedThread<'_>], sp: usize| {
        if let Some(f) = f.take() {
            out = Some(f(ts, sp));
        }
    };
    let by_thread = post_and_wait(reg, &mut body);
    (out.expect("a posted pause runs before its poster returns (INV-D1, INV-D2)"), by_thread)
}

/// Post `body`, wait until a thread ran it or run it here. Returns true when a thread ran it.
fn post_and_wait(reg: &Registry, body: &mut PauseFn<'_>) -> bool {
    let d = &reg.delegation;
    // SAFETY: only the lifetime is erased; INV-D2: `body` outlives every use of the pointer,
    // since this function returns only after the slot reads `Done` or after running it here.
    let raw = RawPause(unsafe { std::mem::transmute::<*mut PauseFn<'_>, *mut PauseFn<'static>>(body) });
    {
        let mut s = lock(&d.slot);
        while !matches!(*s, Slot::Idle) {
            s = wait(&d.cv, s);
        }
        *s = Slot::Posted(raw);
    }
    let mut asked = reg.ask_running(POLL_PAUSE);
    let mut s = lock(&d.slot);
    loop {
        match *s {
            Slot::Posted(_) if asked == 0 => {
                // Nobody can take it: run it here (INV-D1: we claimed it under the mutex).
                *s = Slot::Claimed;
                drop(s);
                crate::threads::stop_the_world_from_outside(reg, |ts| body(ts, 0));
                *lock(&d.slot) = Slot::Idle;
                d.cv.notify_all();
                return false;
            }
            Slot::Posted(_) => {
                s = wait_a_while(d, s);
                if matches!(*s, Slot::Posted(_)) {
                    // INV-D4: ask without holding the slot.
                    drop(s);
                    asked = reg.ask_running(POLL_PAUSE);
                    s = lock(&d.slot);
                }
            }
            Slot::Claimed => s = wait(&d.cv, s),
            Slot::Done => {
                *s = Slot::Idle;
                d.cv.notify_all();
                return true;
            }
            Slot::Idle => unreachable!("only the poster empties the slot"),
        }
    }
}

/// Sleep on the slot for [`CLAIM_CHECK`] or until notified. Under loom (which does not model
/// timeouts) a yield: the model explores the claim arriving before and after the next look.
fn wait_a_while<'a>(d: &'a Delegation, s: crate::sync::MutexGuard<'a, Slot>) -> crate::sync::MutexGuard<'a, Slot> {
    #[cfg(not(loom))]
    {
        match d.cv.wait_timeout(s, CLAIM_CHECK) {
            Ok((g, _)) => g,
            Err(e) => e.into_inner().0,
        }
    }
    #[cfg(loom)]
    {
        drop(s);
        loom::thread::yield_now();
        lock(&d.slot)
    }
}

/// At a safepoint of a registered thread that found `POLL_PAUSE` (threads.rs `poll_slow`):
/// claim a posted pause and run it, stopping the world from here. `sp` as in `poll_slow`.
pub(crate) fn claim_and_run(reg: &Registry, ctl: &crate::threads::ThreadCtl, sp: usize) {
    // Relaxed: a hint (module doc); the slot decides.
    ctl.poll.fetch_and(!POLL_PAUSE, Ordering::Relaxed);
    let d = &reg.delegation;
    let raw = {
        let mut s = lock(&d.slot);
        let Slot::Posted(raw) = *s else { return };
        *s = Slot::Claimed;
        raw
    };
    let t0 = crate::sync::now_ns();
    // SAFETY: INV-D1 (we claimed it) and INV-D2 (the poster sleeps until `Done`, set below after
    // the last use): the closure is alive and ours alone.
    let body = unsafe { &mut *raw.0 };
    // None: another thread was collecting and this one stopped for it; post still ours, retry.
    while crate::threads::stop_the_world(sp, |ts| body(ts, sp)).is_none() {}
    // The claimer stood stopped for the pause as much as the threads it stopped.
    crate::threads::note_stopped(t0);
    *lock(&d.slot) = Slot::Done;
    d.cv.notify_all();
}

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
//! After the restart the claimer *gives way*: while a thread it restarted does not run yet, it
//! sleeps in steps of 20 µs (at most 2 ms). Without it, the stopped threads often waited
//! 1-12 ms after the restart. The scheduler had put both Python threads on one core while the
//! collector marked on the other; when the collector went to sleep for the pause, its core
//! stayed idle (the scheduler did not move a thread there), and the stopped thread, yielding
//! while it watched its poll word, got its shared core back only at the scheduler's next turn.
//! The claimer's sleep hands that core over at once, and its own wake-up goes to the idle
//! core. `perf sched` showed it; on gc_big_tree at 4M nodes the longest thread stop fell from
//! 2-5 ms to 0.3 ms.
//!
//! The collector sleeps on until every thread the pause stopped runs again: the restart counts
//! the threads it releases, each reports when it runs again (threads.rs `resume_running`), and
//! the last report (or the claimer's own, after the restart) marks the post done and wakes the
//! collector. Woken any sooner, the collector would take a core at once, most likely that of a
//! restarted thread that yielded its core while it watched its poll word, and that thread would
//! wait for the scheduler's next turn: measured, 3-12 ms after a pause of 0.1-0.3 ms.
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
//! - INV-D5: the slot reads `Done` only once every thread the pause stopped runs again:
//!   `resuming` holds the claimer's token from before the stop until after the restart pass,
//!   and one count per restarted thread, added under that thread's mutex before its `stop`
//!   clears (so before it can report). A `Claimed` slot always comes to `Done`: a restarted
//!   thread reports as soon as it runs.
//!
//! # Orderings
//! The slot is read and written under its mutex (acquire/release by the lock), which also orders
//! the closure's captured state between the poster and the claimer. `resuming` is AcqRel: the
//! thread that takes it to zero writes `Done` after every other report (the count orders them). `POLL_PAUSE` is a hint like
//! every poll bit (threads.rs): a thread that misses it only claims later or not at all.

use crate::sync::{AtomicUsize, Condvar, Mutex, Ordering, lock, wait};
use crate::threads::{POLL_PAUSE, Registry, StoppedThread};

/// How long the poster sleeps between looks at an unclaimed post (see the module doc).
#[cfg(not(loom))]
const CLAIM_CHECK: std::time::Duration = std::time::Duration::from_millis(1);
/// The claimer's sleeps while a thread it restarted does not run yet (`give_way`), and their
/// total at most.
#[cfg(not(loom))]
const GIVE_WAY_STEP: std::time::Duration = std::time::Duration::from_micros(20);
#[cfg(not(loom))]
const GIVE_WAY_MAX: std::time::Duration = std::time::Duration::from_millis(2);

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
    /// Threads a claimed pause restarted that do not run yet, plus the claimer's token
    /// (INV-D5).
    resuming: AtomicUsize,
}

impl Delegation {
    pub(crate) fn new() -> Delegation {
        Delegation { slot: Mutex::new(Slot::Idle), cv: Condvar::new(), resuming: AtomicUsize::new(0) }
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
    // INV-D5: the claimer's token, dropped after the restart below. Relaxed: no count can be
    // added or dropped before this pause's restart pass, which the stop orders after this store.
    d.resuming.store(1, Ordering::Relaxed);
    // SAFETY: INV-D1 (we claimed it) and INV-D2 (the poster sleeps until `Done`, set after the
    // last use): the closure is alive and ours alone.
    let body = unsafe { &mut *raw.0 };
    // None: another thread was collecting and this one stopped for it; post still ours, retry.
    while crate::threads::stop_the_world_for(sp, true, |ts| body(ts, sp)).is_none() {}
    give_way(d);
    // The claimer stood stopped for the pause as much as the threads it stopped.
    crate::threads::note_stopped(t0);
    resumed(reg);
}

/// After the restart: while a thread it restarted does not run yet, sleep in short steps, at
/// most [`GIVE_WAY_MAX`] (see the module doc).
fn give_way(d: &Delegation) {
    #[cfg(not(loom))]
    {
        let t0 = std::time::Instant::now();
        // Acquire: pairs with the reports' AcqRel (the count is only a hint here, though).
        while d.resuming.load(Ordering::Acquire) > 1 && t0.elapsed() < GIVE_WAY_MAX {
            std::thread::sleep(GIVE_WAY_STEP);
        }
    }
    #[cfg(loom)]
    let _ = d;
}

/// The restart of a delegated pause releases a stopped thread (threads.rs `stopped_world`, under
/// that thread's mutex, before its `stop` clears): count it (INV-D5).
pub(crate) fn restarting(reg: &Registry) {
    // Relaxed: the thread's mutex orders this add before its report (`resumed`).
    reg.delegation.resuming.fetch_add(1, Ordering::Relaxed);
}

/// A thread the delegated pause restarted runs again, or the claimer is done restarting: the
/// last of them ends the post and wakes the poster (INV-D5).
pub(crate) fn resumed(reg: &Registry) {
    let d = &reg.delegation;
    // AcqRel: see the module doc.
    if d.resuming.fetch_sub(1, Ordering::AcqRel) == 1 {
        *lock(&d.slot) = Slot::Done;
        d.cv.notify_all();
    }
}

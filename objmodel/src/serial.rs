//! Contention-adaptive serial mode: threads that keep conflicting take turns, as under a GIL,
//! until the conflict is gone.
//!
//! # Problem
//! Two threads that really run in parallel and keep writing the same object (a counter under
//! one `Lock`, a dict with a few hot keys) pay for every operation with cache misses: the
//! object's lock word and data move between cores each time the other thread touched them
//! last. Such a program runs *slower* on two cores than on one, and slower than under a GIL,
//! which lets one thread run alone for 5 ms at a time with everything in its cache. PyPy's STM
//! met the same wall as aborted transactions and fell back to serialising; here the fallback
//! is explicit, measured, and confined to the threads that conflict.
//!
//! # Scheme
//! Every thread estimates, from events its lock slow paths already see, how much of its time
//! conflicts cost it:
//! - a *handoff*: a thin lock taken whose last holder was another thread (lock.rs) — the
//!   object came from another core; charged [`HANDOFF_COST_NS`];
//! - a contended wait for an object lock or a user `Lock` — charged the time waited, up to
//!   [`WAIT_CAP_NS`] (a longer wait is synchronisation, not a conflict over data); a wait for
//!   a lock the thread holds itself (`Condition.wait`'s waiter lock) is a signal, not charged.
//!
//! Charges accumulate per thread (no shared counter). Each time another [`CHECK_NS`] has been
//! charged, the thread reads the clock: if the charges since its window began reach
//! 1/[`ENTER_DIVISOR`] of the window, and the window is at least [`MIN_WINDOW_NS`] long (a
//! burst is not a sustained conflict), the thread enters **serial mode**; a window older than
//! [`WINDOW_NS`] starts over. In serial mode the thread runs Python code only while holding
//! the *serial token* — the same lock the GIL build uses as its GIL (gil.rs), with the same
//! forced switching after 5 ms — so conflicting threads run one at a time in slices, while
//! threads that do not conflict keep running in parallel beside them.
//!
//! A thread leaves serial mode when it is asked to hand the token over after its *span* has
//! passed: it releases the token and runs free again. If it conflicts again within a span of
//! leaving, the conflict is persistent and its next span doubles (up to [`SPAN_MAX_NS`]);
//! otherwise the span starts over at [`SPAN_MIN_NS`]. Probing costs a few hundred
//! microseconds of conflicts per span.
//!
//! # Invariants
//! - INV-SM1: the token is taken only at a safepoint (`threads::poll_slow`, asked for with
//!   `POLL_SERIAL` on the thread's own poll word), never inside a lock slow path, so a thread
//!   waiting for the token holds no object lock (gil.rs INV-G3).
//! - INV-SM2: a thread drops the token before every blocking call (`threads::blocking_at`) and
//!   when it exits, and waits for it as a *parked* thread, so collections and revocations never
//!   wait for a thread that waits for the token (gil.rs INV-G1).
//! - INV-SM3: all policy state is the thread's own (a thread-local); the only shared state is
//!   the token, touched only by threads in serial mode.
//!
//! # Switches
//! `PYRS_SERIAL=0` turns serial mode off (for experiments); `PYRS_SERIAL=always` puts every
//! thread in serial mode from its start and keeps it there — the GIL build's scheduling with the
//! nogil build's locks, a stress mode for the token protocol that the test suite runs.
//! `PYRS_SERIAL_LOG=1` prints every entry and exit on stderr. Recording a contention report
//! turns serial mode off unless `PYRS_SERIAL` is set, so that the report shows the conflicts
//! as they cost at full parallelism. `--lock-stats` counts entries,
//! time in serial mode and token waits.
//!
//! The GIL build does not use this module: there every thread always holds the lock.

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::AtomicBool;

use crate::threads::{POLL_SERIAL, ThreadCtl};
use crate::sync::Ordering;

/// Estimated cost of one handoff (a cache-line transfer of the lock word, plus the object's
/// data that follows it).
pub const HANDOFF_COST_NS: u64 = 250;
/// Most that one wait is charged: a longer wait is synchronisation (a join, a `Condition`, an
/// empty queue), which serialising would not shorten, not a conflict over data.
pub const WAIT_CAP_NS: u64 = 20_000;
/// Charges between two looks at the clock.
pub const CHECK_NS: u64 = 50_000;
/// Serial mode starts when conflicts cost at least 1/ENTER_DIVISOR of the window.
pub const ENTER_DIVISOR: u64 = 4;
/// Shortest window that can lead into serial mode: a burst of conflicts (a few threads meeting
/// at a queue at once) is not a sustained conflict that taking turns would remove.
pub const MIN_WINDOW_NS: u64 = 2_000_000;
/// A window with too few charges starts over after this long.
pub const WINDOW_NS: u64 = 10_000_000;
/// First (and shortest) time a thread stays in serial mode.
pub const SPAN_MIN_NS: u64 = 20_000_000;
/// Longest span, reached after repeated re-entries.
pub const SPAN_MAX_NS: u64 = 640_000_000;

struct Policy {
    /// Whether this thread is in serial mode.
    serial: Cell<bool>,
    /// Whether it holds the token now.
    holds: Cell<bool>,
    /// Charges (ns) since `window_start`.
    charged: Cell<u64>,
    /// Look at the clock once `charged` reaches this.
    next_check: Cell<u64>,
    window_start: Cell<u64>,
    /// When the current serial span began, and how long it lasts.
    since: Cell<u64>,
    span: Cell<u64>,
    /// When the thread last left serial mode (0 = never).
    left_at: Cell<u64>,
}

std::thread_local! {
    static POLICY: Policy = const {
        Policy {
            serial: Cell::new(false),
            holds: Cell::new(false),
            charged: Cell::new(0),
            next_check: Cell::new(CHECK_NS),
            window_start: Cell::new(0),
            since: Cell::new(0),
            span: Cell::new(SPAN_MIN_NS),
            left_at: Cell::new(0),
        }
    };
}

struct Config {
    enabled: bool,
    /// `PYRS_SERIAL` was given (so `off_unless_asked` does not apply).
    asked: bool,
    always: bool,
    log: bool,
}

/// Set by `off_unless_asked`.
static OFF_BY_DEFAULT: AtomicBool = AtomicBool::new(false);

/// Turn serial mode off unless `PYRS_SERIAL` asks for it: contention recording calls this, so
/// that a report shows conflicts as they cost at full parallelism, not hidden behind turns.
pub fn off_unless_asked() {
    // Relaxed: set before the program's threads start; read on slow paths only.
    OFF_BY_DEFAULT.store(true, Ordering::Relaxed);
}

/// Whether serial mode is on in this process.
pub fn enabled() -> bool {
    let c = config();
    // Relaxed: see `off_unless_asked`.
    c.enabled && (c.asked || !OFF_BY_DEFAULT.load(Ordering::Relaxed))
}

fn config() -> &'static Config {
    static C: OnceLock<Config> = OnceLock::new();
    C.get_or_init(|| {
        let v = std::env::var("PYRS_SERIAL").unwrap_or_default();
        let nogil = !cfg!(feature = "gil");
        Config {
            enabled: nogil && v != "0",
            asked: !v.is_empty(),
            always: nogil && v == "always",
            log: std::env::var("PYRS_SERIAL_LOG").is_ok_and(|v| v == "1"),
        }
    })
}

/// Whether conflicts charged `charged` ns over a window of `elapsed` ns put a thread in serial
/// mode.
pub fn should_enter(charged: u64, elapsed: u64) -> bool {
    elapsed >= MIN_WINDOW_NS && charged.saturating_mul(ENTER_DIVISOR) >= elapsed
}

/// The span of a serial mode entered at `now` by a thread whose last span was `span` and which
/// left serial mode at `left_at` (0 = never): doubled when the conflict came back within a
/// span of leaving, else the minimum.
pub fn next_span(span: u64, left_at: u64, now: u64) -> u64 {
    if left_at != 0 && now.saturating_sub(left_at) < span { (span * 2).min(SPAN_MAX_NS) } else { SPAN_MIN_NS }
}

/// A handoff happened on this thread (lock.rs).
#[inline(always)]
pub fn note_handoff() {
    note_conflict(HANDOFF_COST_NS);
}

/// This thread waited `ns` for a lock another thread held (charged at most [`WAIT_CAP_NS`]).
#[inline(always)]
pub fn note_wait(ns: u64) {
    note_conflict(ns.min(WAIT_CAP_NS));
}

#[inline(always)]
fn note_conflict(ns: u64) {
    POLICY.with(|p| {
        let c = p.charged.get() + ns;
        p.charged.set(c);
        if c >= p.next_check.get() {
            check(p);
        }
    })
}

#[cold]
#[inline(never)]
fn check(p: &Policy) {
    let c = p.charged.get();
    p.next_check.set(c + CHECK_NS);
    if p.serial.get() || !enabled() {
        return;
    }
    let Some(ctl) = crate::threads::current_ctl() else { return };
    let now = crate::sync::now_ns();
    let elapsed = now.saturating_sub(p.window_start.get());
    if should_enter(c, elapsed) {
        let span = next_span(p.span.get(), p.left_at.get(), now);
        enter(p, ctl, now, span);
    } else if elapsed > WINDOW_NS {
        restart_window(p, now);
    }
}

fn restart_window(p: &Policy, now: u64) {
    p.window_start.set(now);
    p.charged.set(0);
    p.next_check.set(CHECK_NS);
}

fn enter(p: &Policy, ctl: &ThreadCtl, now: u64, span: u64) {
    p.serial.set(true);
    p.since.set(now);
    p.span.set(span);
    crate::threads::count(|s| s.serial_entries += 1);
    if config().log {
        let window = now.saturating_sub(p.window_start.get());
        let why = if span == u64::MAX {
            "for good (PYRS_SERIAL=always)".to_string()
        } else {
            let cost = p.charged.get() as f64 * 100.0 / window.max(1) as f64;
            format!("for {} ms (conflicts cost {cost:.0}% of the last {:.2} ms)", span / 1_000_000, window as f64 / 1e6)
        };
        eprintln!("[serial] thread {} enters serial mode {why}", ctl.tid);
    }
    // Relaxed: a hint to ourselves; the next safepoint takes the token (INV-SM1).
    ctl.poll.fetch_or(POLL_SERIAL, Ordering::Relaxed);
}

fn leave(p: &Policy, ctl: &ThreadCtl, now: u64) {
    p.serial.set(false);
    p.left_at.set(now);
    let stayed = now.saturating_sub(p.since.get());
    crate::threads::count(|s| s.serial_ns += stayed);
    restart_window(p, now);
    if config().log {
        eprintln!("[serial] thread {} leaves serial mode after {:.1} ms", ctl.tid, stayed as f64 / 1e6);
    }
}

/// Whether the calling thread holds the serial token: then no other thread in serial mode can
/// run until it blocks, so waiting by spinning would only delay the holder of what it waits for.
#[inline]
pub fn holds_token() -> bool {
    POLICY.with(|p| p.holds.get())
}

/// A thread was just registered (threads.rs): under `PYRS_SERIAL=always` it enters serial mode
/// for good.
pub fn on_register(ctl: &ThreadCtl) {
    if config().always {
        POLICY.with(|p| enter(p, ctl, crate::sync::now_ns(), u64::MAX));
    }
}

/// Before a blocking call (threads.rs `blocking_at`, the thread already parked): drop the token
/// (INV-SM2). Returns whether the thread must take it again at its next safepoint.
pub fn before_blocking(ctl: &ThreadCtl) -> bool {
    POLICY.with(|p| {
        if p.holds.get() {
            p.holds.set(false);
            crate::gil::release(ctl, false);
        }
        p.serial.get()
    })
}

/// After a blocking call, for a thread in serial mode: take the token at the next safepoint.
pub fn after_blocking(ctl: &ThreadCtl) {
    // Relaxed: as in `enter`.
    ctl.poll.fetch_or(POLL_SERIAL, Ordering::Relaxed);
}

/// At a safepoint, parked (threads.rs `poll_slow`): `switch` = another thread asked for the
/// token. Takes the token if the thread is in serial mode and lacks it; hands it over when
/// asked, or leaves serial mode if its span has passed.
pub fn at_safepoint(ctl: &ThreadCtl, switch: bool) {
    POLICY.with(|p| {
        if p.holds.get() && switch {
            let now = crate::sync::now_ns();
            if now.saturating_sub(p.since.get()) >= p.span.get() {
                leave(p, ctl, now);
                p.holds.set(false);
                crate::gil::release(ctl, false);
                return;
            }
            crate::gil::release(ctl, true);
            crate::gil::acquire(ctl);
        } else if !p.holds.get() && p.serial.get() {
            crate::gil::acquire(ctl);
            p.holds.set(true);
        }
    })
}

/// The thread is exiting: drop the token and close the books (INV-SM2).
pub fn on_exit(ctl: &ThreadCtl) {
    POLICY.with(|p| {
        if p.serial.get() {
            leave(p, ctl, crate::sync::now_ns());
        }
        if p.holds.get() {
            p.holds.set(false);
            crate::gil::release(ctl, false);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enters_when_conflicts_cost_a_quarter_of_the_window() {
        assert!(should_enter(500_000, MIN_WINDOW_NS));
        assert!(!should_enter(500_000, MIN_WINDOW_NS + 1));
        assert!(!should_enter(CHECK_NS, CHECK_NS), "a burst, not a sustained conflict");
        assert!(!should_enter(0, MIN_WINDOW_NS));
    }

    #[test]
    fn spans_double_while_the_conflict_persists() {
        let now = 10 * SPAN_MAX_NS;
        assert_eq!(next_span(SPAN_MIN_NS, 0, now), SPAN_MIN_NS, "first entry");
        assert_eq!(next_span(SPAN_MIN_NS, now - 1_000, now), 2 * SPAN_MIN_NS, "back within a span");
        assert_eq!(next_span(4 * SPAN_MIN_NS, now - 1_000, now), 8 * SPAN_MIN_NS);
        assert_eq!(next_span(SPAN_MAX_NS, now - 1_000, now), SPAN_MAX_NS, "capped");
        assert_eq!(next_span(8 * SPAN_MIN_NS, now - 8 * SPAN_MIN_NS, now), SPAN_MIN_NS, "a quiet span resets it");
    }
}

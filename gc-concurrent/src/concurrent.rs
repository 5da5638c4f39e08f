//! The collector thread: runs each cycle (collect.rs) with two short pauses and everything else
//! while mutators run.
//!
//! The heap does not know how to stop threads; the runtime does. It hands the heap a [`World`]:
//! a way to stop every mutator at a safepoint and get a [`GcClient`] for their roots, and a client
//! for tracing while they run. [`Heap::start_collector`] spawns the thread; mutators that find a
//! cycle due at a safepoint call [`Heap::request_collection`] (a notify, no waiting), and
//! mutators that allocated too far ahead of a running cycle call
//! [`Heap::wait_for_cycle_end`] while parked.
//!
//! The collector thread is not a mutator: it allocates nothing, holds no object across a pause
//! except through its mark stack (which the pause itself uses), and the world it stops does not
//! include it. The world may run a pause's work on a mutator while the collector thread waits
//! (the runtime does: objmodel's delegate.rs): the pause's closure then moves to that thread and
//! back, and nothing in it may depend on running on the collector thread.

use std::time::{Duration, Instant};

use crate::collect::{BUDGETED_ATTEMPTS, FINAL_PAUSE_BUDGET, Marking};
use crate::heap::Heap;
use crate::stats::CollectionStats;
use crate::sync::Ordering;
use crate::trace::{GcClient, concurrently};

/// `Heap::give_way` sleeps only when the last marking took at least this many times its
/// longest sleep.
pub(crate) const GIVE_WAY_SHARE: u32 = 50;

/// What the runtime provides to the collector thread.
pub trait World: Sync {
    /// Stops every mutator thread at a safepoint (or finds it parked), calls `f` with a client
    /// whose `roots` enumerates all their roots, and restarts them. Called from the collector
    /// thread, which is not a mutator; `f` may run on another thread meanwhile (a mutator the
    /// runtime hands the pause to), while this call waits.
    fn stop_the_world(&self, f: &mut dyn FnMut(&dyn GcClient)) -> Stopped;
    /// A client for tracing while mutators run (its `roots` is never called).
    fn concurrent_client(&self) -> &dyn GcClient;
    /// How many mutators a restart has not reached yet: stopped for a pause that ended, and not
    /// yet running again on a core (`Heap::give_way` waits for them).
    fn still_stopped(&self) -> usize {
        0
    }
}

/// What [`World::stop_the_world`] reports of the stop.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stopped {
    /// How many of the threads were running when the stop was requested: those need a core
    /// again at the restart (`Heap::give_way`), and the next cycle's trigger scales with them.
    pub running: usize,
    /// Whether a mutator ran the pause while the collector thread slept: then no restarted
    /// thread waits for the collector's core (no `Heap::give_way`).
    pub on_mutator: bool,
    /// When the stop was requested and when the threads were restarted, if the world knows:
    /// the pause as the threads see it. Without it the pause is the whole `stop_the_world`
    /// call, which may be longer (handing the pause over; a restarted thread taking the
    /// collector's core at once).
    pub span: Option<(Instant, Instant)>,
}

impl Heap {
    /// Starts the collector thread (once; later calls do nothing). From then on cycles run
    /// concurrently, each when a mutator calls [`request_collection`](Self::request_collection).
    pub fn start_collector(&'static self, world: &'static dyn World) {
        // Relaxed: only makes the call idempotent; the thread's state is its own.
        if self.collector_started.swap(true, Ordering::Relaxed) {
            return;
        }
        self.attach_world(world);
        std::thread::Builder::new()
            .name("pyrs-gc".into())
            .spawn(move || {
                loop {
                    {
                        let mut r = self.requested.lock().unwrap_or_else(|e| e.into_inner());
                        while !*r {
                            r = self.requested_cv.wait(r).unwrap_or_else(|e| e.into_inner());
                        }
                        *r = false;
                    }
                    let cycle = std::panic::AssertUnwindSafe(|| self.run_cycle(world));
                    if std::panic::catch_unwind(cycle).is_err() {
                        // A bug in the collector: the world may be stopped and the heap half
                        // swept; going on would hang or corrupt. The panic message is printed.
                        eprintln!("gc-concurrent: the collector thread panicked; aborting");
                        std::process::abort();
                    }
                }
            })
            .expect("gc-concurrent: cannot start the collector thread");
    }

    /// Lets mutators assist the markings of cycles run with `world` (assist.rs): they trace with
    /// its concurrent client. [`start_collector`](Self::start_collector) does it; call it
    /// yourself, before the first cycle, when you drive [`run_cycle`](Self::run_cycle) from your
    /// own thread. Later calls do nothing.
    pub fn attach_world(&self, world: &'static dyn World) {
        let _ = self.world.set(world);
    }

    /// Whether the collector thread runs (cycles are concurrent).
    pub fn collector_running(&self) -> bool {
        // Relaxed: set once, before any cycle.
        self.collector_started.load(Ordering::Relaxed)
    }

    /// Asks the collector thread for a cycle (it starts one if none is running). Returns at once.
    pub fn request_collection(&self) {
        let mut r = self.requested.lock().unwrap_or_else(|e| e.into_inner());
        *r = true;
        self.requested_cv.notify_one();
    }

    /// Blocks until the cycle in progress (if any) has ended. Call it parked (it waits for the
    /// collector, which stops the world). Returns the time waited.
    pub fn wait_for_cycle_end(&self) -> Duration {
        let t0 = Instant::now();
        let mut done = self.completed.lock().unwrap_or_else(|e| e.into_inner());
        let target = *done + 1;
        while !self.is_idle() && *done < target {
            // Timed: the cycle may have ended between the phase check and the wait.
            done = self
                .completed_cv
                .wait_timeout(done, Duration::from_millis(10))
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        t0.elapsed()
    }

    /// Runs one cycle on the calling thread, which must not be a mutator: the initial pause,
    /// concurrent marking, final pauses until marking completes, then finalization and the
    /// sweep while mutators run. Returns None if a cycle was already in progress.
    pub fn run_cycle(&self, world: &dyn World) -> Option<CollectionStats> {
        let mut paused = Duration::ZERO;
        let mut marking: Option<Marking> = None;
        paused += self.pause(world, "initial", &mut |client| {
            marking = self.begin_marking(client);
        });
        let mut m = marking?;
        let cycle = m.cycle;
        let mut attempt = 0;
        loop {
            concurrently(|| self.mark_sharing(&mut m.tracer, world.concurrent_client()));
            attempt += 1;
            let budget = if attempt <= BUDGETED_ATTEMPTS { FINAL_PAUSE_BUDGET } else { usize::MAX };
            let mut done = false;
            paused += self.pause(world, "final", &mut |client| {
                done = self.try_finish_marking(&mut m, client, budget);
            });
            if self.config.log {
                eprintln!("gc: cycle {cycle}: final pause attempt {attempt}: {}", if done { "marking complete" } else { "budget spent, marking goes on" });
            }
            if done {
                break;
            }
        }
        let stats = concurrently(|| self.finish_cycle(m, paused));
        if self.config.log {
            eprintln!("gc: cycle {cycle}: {stats}");
        }
        Some(stats)
    }

    /// One pause: stops the world, runs `f` under the collect lock, records the time mutators
    /// stood stopped (from the stop request to the restart). The world may run `f` on a mutator
    /// (objmodel's delegate.rs): then this thread sleeps through the pause.
    fn pause(&self, world: &dyn World, what: &str, f: &mut dyn FnMut(&dyn GcClient)) -> Duration {
        let t0 = Instant::now();
        let mut stopped = Duration::ZERO;
        let mut work = Duration::ZERO;
        // Relaxed: advisory (assist.rs INV-A3); the stop handshake is what orders the pause.
        self.pausing.store(true, Ordering::Relaxed);
        let stop = world.stop_the_world(&mut |client| {
            stopped = t0.elapsed();
            let _pause = self.collect_lock.lock();
            f(client);
            work = t0.elapsed() - stopped;
        });
        self.pausing.store(false, Ordering::Relaxed);
        // Relaxed: read only by this (the collector) thread, in `finish_cycle`.
        self.last_running.store(stop.running, Ordering::Relaxed);
        let d = stop.span.filter(|&(began, _)| began >= t0).map_or_else(|| t0.elapsed(), |(began, restarted)| restarted - began);
        self.record_pause(d);
        if self.config.log {
            let by = if stop.on_mutator { "a mutator" } else { "the collector" };
            eprintln!("gc: {what} pause {d:?} run by {by} (posted to stopped {stopped:?}, work {work:?}, back to the collector after {:?})", t0.elapsed());
        }
        if !stop.on_mutator {
            self.give_way(world, stop.running);
        }
        d
    }

    /// After a pause this thread ran itself that restarted `restarted` threads (a pause run by
    /// a mutator needs none of this: this thread slept through it): if they and this thread
    /// outnumber the cores, sleep until every one of them runs again, for at most
    /// `HeapConfig::restart_yield_us`, before marking on.
    ///
    /// Why: a thread stopped at a safepoint first watches its poll word, yielding its core
    /// (threads.rs `resume_running`), so at the restart a restarted thread may be runnable but
    /// queued behind a busy thread on the same core. Were this thread to go straight back to
    /// marking, such a thread would wait for the scheduler's next tick (4 ms at 250 Hz): a
    /// thread stop many times longer than the pause. Sleeping frees this core, and the scheduler
    /// runs the waiting thread on it; marking resumes once all have run (assists mark
    /// meanwhile). With a core to spare for every restarted thread nobody waits, and this
    /// thread does not sleep.
    ///
    /// The price: once the restarted threads hold every core, this thread may wait up to a tick
    /// for one, and marking meanwhile proceeds only through assists, while everything allocated
    /// is floating garbage. So it gives way only when markings are long, at least
    /// [`GIVE_WAY_SHARE`] times the longest sleep: there the delay is a few percent of a cycle.
    /// With short markings (a small live heap, cycles back to back) the sleep would be a large
    /// share of each cycle: on two cores gc_churn (100 MiB live, 80-130 ms markings) peaked at
    /// 3.3-3.5x its live size instead of 3.0x when it gave way after every pause (or after
    /// markings of 100 ms and more); with the bar at 250 ms it peaks at 2.97x, and gc_big_tree
    /// (1 GiB live, markings of 0.4-1 s) gives way: p99 thread stop 2.3 ms instead of 6-8 ms.
    fn give_way(&self, world: &dyn World, restarted: usize) {
        static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
        let cores = *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        let limit = Duration::from_micros(self.config.restart_yield_us);
        // Relaxed: written only by this thread (collect.rs `finish_cycle`).
        let last_mark = Duration::from_nanos(self.last_mark_ns.load(Ordering::Relaxed));
        if limit.is_zero() || restarted < cores || last_mark < limit * GIVE_WAY_SHARE {
            return;
        }
        let t0 = Instant::now();
        loop {
            std::thread::sleep(Duration::from_micros(50));
            if world.still_stopped() == 0 || t0.elapsed() >= limit {
                return;
            }
        }
    }
}

//! The thread registry and the handshakes between Python threads: safepoint polls, parking,
//! stop-the-world, and bias revocation.
//!
//! # Problem
//! Two kinds of work need another thread's cooperation. A collection must see every thread's
//! roots, so the collector may only scan a thread that is stopped at a safepoint or blocked in
//! code that does not touch Python objects. A bias revocation (lock.rs) must change a lock word
//! that its owner writes with plain stores, so it may only happen while the owner is not inside
//! `lock`/`unlock`. In both cases the other thread is either asked to act at its next safepoint
//! (a *handshake*), or, if it is parked, acted for.
//!
//! # Scheme
//! Every Python thread has a [`ThreadCtl`] in the [`Registry`]: a `poll` word read at every
//! safepoint (one Relaxed load; non-zero sends the thread to [`poll_slow`]), and, under its own
//! mutex, its `state`:
//! - `Running`: executing; reaches a safepoint (calls, backward jumps) soon.
//! - `Parked`: inside [`blocking`] (lock waits, join, sleep, I/O): it published its stack
//!   pointer with its registers spilled below it and touches no Python object until it leaves.
//! - `Stopped`: it saw `POLL_STOP` at a safepoint and waits for the collector.
//! - `Exited`: it is unregistering and will never touch a Python object again.
//!
//! **Stop-the-world** (`stop_the_world`): the collector wins the `collecting` flag, takes the
//! registry lock (so no thread registers or leaves the list meanwhile), marks itself
//! `Stopped` (unless it is the GC's own collector thread, which is not registered:
//! `stop_the_world_from_outside`), sets `stop` and `POLL_STOP` on every other thread, waits under each thread's
//! mutex until it is not `Running`, runs the collection, then clears `stop` and wakes them. A
//! thread leaving `Parked` waits while its `stop` is set. A second would-be collector must not
//! block while `Running` (the first collector waits for it): it polls instead, stops for the
//! first collection, and reports that it did not collect. The GC's collector thread usually
//! does not stop the world itself: it posts the pause, and a running thread that finds
//! `POLL_PAUSE` at a safepoint runs it with `stop_the_world` (delegate.rs).
//!
//! **Revocation** (`revoke`): the revoking thread R first parks itself, keeping the serial token
//! if it holds one (`parked_keeping_token`) (so a collector or a
//! revoker of R's own objects never waits for it), finds the owner O by thread id, and under
//! O's mutex: if O is not `Running` it revokes on O's behalf; otherwise it queues the word's
//! address on O, sets `POLL_HANDSHAKE` and waits on O's condition variable. O drains its queue
//! at its next safepoint (and when it parks, stops or exits) and notifies. R wakes and looks
//! again: the owner may have answered and rebiased the word to itself since (lock.rs,
//! Rebiasing), so while the word is biased to O and R's request is no longer queued, R queues
//! it again — a request that O already drained would otherwise leave R waiting for O's next
//! park or stop. An owner that is not registered any more has exited: R revokes directly.
//!
//! # Invariants
//! - INV-T1: while the collector runs its closure, no other registered thread is `Running`
//!   (states change under the thread's own mutex; `Running` is entered only with `stop` clear,
//!   and `stop` is cleared only after the closure).
//! - INV-T2: a lock word biased to O is changed by a thread other than O only while O's state,
//!   read under O's mutex (held during the change), is not `Running` — or after O exited.
//! - INV-T3: a `Parked` or `Stopped` thread's published `sp` bounds from below every native
//!   stack slot that may hold one of its Values (the vm's conservative scan relies on it).
//! - INV-T4: no thread holds a registry or thread mutex while waiting for another thread's
//!   safepoint, except the one collector (winner of `collecting`) holding the registry lock;
//!   other threads take the registry lock only briefly (register, unregister after `Exited`,
//!   revocation lookups while parked), so the collector never waits for a thread that waits
//!   for it.
//!
//! # Orderings
//! States are read and written under mutexes (acquire/release by the lock). `poll` is an atomic
//! so the safepoint check needs no lock: Relaxed everywhere, because it is only a hint — a
//! thread that misses a fresh bit reaches its next safepoint later, and whoever set the bit
//! waits under the mutex, where the real state lives.

use std::cell::Cell;

use crate::lock::LockWord;
use crate::sync::{Arc, AtomicBool, AtomicUsize, Condvar, Mutex, MutexGuard, Ordering, lock, wait};

/// `poll` bit: a collector waits for this thread to stop.
pub const POLL_STOP: usize = 1;
/// `poll` bit: revocation requests are queued for this thread.
pub const POLL_HANDSHAKE: usize = 2;
/// Yields a stopped thread spends watching its poll word before it sleeps (`resume_running`).
#[cfg(not(loom))]
const STOP_SPINS: u32 = 2000;
#[cfg(loom)]
const STOP_SPINS: u32 = 1;

/// `poll` bit: another thread waited 5 ms for the GIL (GIL build) or the serial token (nogil
/// build's serial mode, serial.rs); hand it over.
pub const POLL_GIL: usize = 4;
/// `poll` bit (nogil build): this thread entered serial mode or came back from a blocking call
/// in it; take the serial token at this safepoint (serial.rs INV-SM1).
pub const POLL_SERIAL: usize = 8;
/// `poll` bit: the collector thread posted a pause for a running thread to run
/// (delegate.rs); claim it at this safepoint.
pub const POLL_PAUSE: usize = 16;

pub use crate::delegate::stop_the_world_delegated;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    Running,
    Parked,
    Stopped,
    Exited,
}

/// Per-thread lock counters (`--lock-stats`), kept thread-locally and merged at exit.
#[derive(Clone, Copy, Default, Debug)]
pub struct LockStats {
    /// Acquisitions by the bias owner (no atomic read-modify-write).
    pub biased: u64,
    /// Uncontended thin (CAS) acquisitions.
    pub thin: u64,
    /// Acquisitions that had to wait (spin or park).
    pub contended: u64,
    /// Of those, acquisitions that slept in the park queue.
    pub parked: u64,
    /// Times this thread inflated a lock (set PARKED).
    pub inflations: u64,
    /// Bias revocations this thread requested.
    pub revocations: u64,
    /// Thin locks this thread biased to itself again (lock.rs, Rebiasing).
    pub rebiases: u64,
    /// Nanoseconds spent waiting for contended locks.
    pub wait_ns: u64,
    /// Nanoseconds spent waiting for revocation handshakes.
    pub revoke_wait_ns: u64,
    /// Safepoint handshakes this thread answered (revocations done at its safepoints).
    pub handshakes: u64,
    /// Times this thread entered serial mode (serial.rs).
    pub serial_entries: u64,
    /// Nanoseconds it spent in serial mode.
    pub serial_ns: u64,
    /// Waits for the serial token, and their total time.
    pub serial_waits: u64,
    pub serial_wait_ns: u64,
}

impl LockStats {
    pub fn add(&mut self, o: &LockStats) {
        self.biased += o.biased;
        self.thin += o.thin;
        self.contended += o.contended;
        self.parked += o.parked;
        self.inflations += o.inflations;
        self.revocations += o.revocations;
        self.rebiases += o.rebiases;
        self.wait_ns += o.wait_ns;
        self.revoke_wait_ns += o.revoke_wait_ns;
        self.handshakes += o.handshakes;
        self.serial_entries += o.serial_entries;
        self.serial_ns += o.serial_ns;
        self.serial_waits += o.serial_waits;
        self.serial_wait_ns += o.serial_wait_ns;
    }
}

/// One registered thread: see the module doc.
pub struct ThreadCtl {
    /// The bias id of the thread (never reused; 0 = never bias).
    pub tid: usize,
    /// Safepoint poll word: `POLL_*` bits.
    pub poll: AtomicUsize,
    /// The embedder's per-thread pointer (the vm's `Vm`).
    pub user: usize,
    /// Highest address of the thread's native stack.
    pub stack_hi: usize,
    inner: Mutex<Inner>,
    cv: Condvar,
}

struct Inner {
    state: State,
    sp: usize,
    stop: bool,
    /// Addresses of lock words whose bias revocation is requested.
    revokes: Vec<usize>,
    /// Restarted by a delegated pause (delegate.rs): report running again
    /// (`delegate::resumed`).
    report_resume: bool,
}

/// A thread as the collector sees it while the world is stopped.
pub struct StoppedThread<'a> {
    pub ctl: &'a ThreadCtl,
    pub state: State,
    /// Published stack pointer (0 for the collector itself: it knows its own).
    pub sp: usize,
}

/// All registered threads.
pub struct Registry {
    inner: Mutex<RegInner>,
    /// Set while a thread runs `stop_the_world`.
    collecting: AtomicBool,
    next_tid: AtomicUsize,
    count: AtomicUsize,
    /// The slot of a pause the collector thread posted (delegate.rs).
    pub(crate) delegation: crate::delegate::Delegation,
}

struct RegInner {
    threads: Vec<Arc<ThreadCtl>>,
    /// Lock statistics of threads that have exited.
    retired: LockStats,
}

struct Local {
    tid: Cell<usize>,
    ctl: Cell<*const ThreadCtl>,
    reg: Cell<*const Registry>,
    stats: std::cell::UnsafeCell<LockStats>,
    stopped: Cell<u64>,
    handoffs: Cell<u64>,
    /// Rebiasing streaks (`note_own_take`): (lock word address, consecutive own takes).
    streaks: [Cell<(usize, u32)>; STREAK_SLOTS],
}

/// Entries of the per-thread streak table: a few hot shared objects per thread at once.
const STREAK_SLOTS: usize = 8;

#[cfg(not(loom))]
std::thread_local! {
    static LOCAL: Local = const {
        Local {
            tid: Cell::new(0),
            ctl: Cell::new(std::ptr::null()),
            reg: Cell::new(std::ptr::null()),
            stats: std::cell::UnsafeCell::new(LockStats {
                biased: 0, thin: 0, contended: 0, parked: 0, inflations: 0, revocations: 0,
                rebiases: 0, wait_ns: 0, revoke_wait_ns: 0, handshakes: 0, serial_entries: 0, serial_ns: 0,
                serial_waits: 0, serial_wait_ns: 0,
            }),
            stopped: Cell::new(0),
            handoffs: Cell::new(0),
            streaks: [const { Cell::new((0, 0)) }; STREAK_SLOTS],
        }
    };
}
#[cfg(loom)]
loom::thread_local! {
    static LOCAL: Local = Local {
        tid: Cell::new(0),
        ctl: Cell::new(std::ptr::null()),
        reg: Cell::new(std::ptr::null()),
        stats: std::cell::UnsafeCell::new(LockStats::default()),
        stopped: Cell::new(0),
        handoffs: Cell::new(0),
        streaks: [const { Cell::new((0, 0)) }; STREAK_SLOTS],
    };
}

/// Monotonic nanoseconds since the process's first call (the time base of lock events).
pub fn now_ns() -> u64 {
    crate::sync::now_ns()
}

/// The calling thread's bias id (0 if it is not registered).
#[inline(always)]
pub fn current_tid() -> usize {
    LOCAL.with(|l| l.tid.get())
}

/// Update the calling thread's lock counters.
#[inline(always)]
pub fn count(f: impl FnOnce(&mut LockStats)) {
    LOCAL.with(|l| {
        // SAFETY: the counters are this thread's own and `f` (a counter update) cannot reach
        // another `count`/`local_stats` call, so this is the only reference while it lives.
        f(unsafe { &mut *l.stats.get() });
    })
}

/// A thin take of the lock word at `addr` by this thread; `own`: its last holder was this
/// thread. Returns true when that completes a streak of `lock::REBIAS_AFTER` own takes in a
/// row, the signal to rebias (lock.rs). A take from another holder ends the streak. The table
/// is direct-mapped: objects that collide only start their streaks over, and an address
/// reused by a new object at worst rebiases it early (a heuristic, never a correctness input).
#[inline(always)]
pub fn note_own_take(addr: usize, own: bool) -> bool {
    // The serial token's holder rebiases sooner (lock.rs, Rebiasing in serial mode).
    fn rebias_after() -> u32 {
        if crate::lock::holds_serial_token() { crate::lock::REBIAS_AFTER_SERIAL } else { crate::lock::REBIAS_AFTER }
    }
    LOCAL.with(|l| {
        // Headers are 16-byte aligned; fold in higher bits so neighbours in a line spread out.
        let slot = &l.streaks[((addr >> 4) ^ (addr >> 12)) % STREAK_SLOTS];
        let (a, n) = slot.get();
        if a != addr {
            slot.set((addr, own as u32));
            false
        } else if !own {
            slot.set((addr, 0));
            false
        } else if n + 1 >= rebias_after() {
            slot.set((addr, 0));
            true
        } else {
            slot.set((addr, n + 1));
            false
        }
    })
}

/// The calling thread's lock counters so far.
pub fn local_stats() -> LockStats {
    // SAFETY: as in `count`: no `&mut` to the counters is live during this copy.
    LOCAL.with(|l| unsafe { *l.stats.get() })
}

fn current() -> Option<(&'static Registry, &'static ThreadCtl)> {
    LOCAL.with(|l| {
        let (r, c) = (l.reg.get(), l.ctl.get());
        if c.is_null() {
            None
        } else {
            // SAFETY: set by `register` from a registry that outlives its threads and a
            // ThreadCtl kept alive by the registry's list until `unregister` clears the cell.
            Some(unsafe { (&*r, &*c) })
        }
    })
}

/// The calling thread's control block, if it is registered.
pub fn current_ctl() -> Option<&'static ThreadCtl> {
    current().map(|(_, c)| c)
}

#[cfg(not(loom))]
static GLOBAL: std::sync::OnceLock<Registry> = std::sync::OnceLock::new();

impl Registry {
    pub fn new() -> Registry {
        Registry {
            inner: Mutex::new(RegInner { threads: Vec::new(), retired: LockStats::default() }),
            collecting: AtomicBool::new(false),
            next_tid: AtomicUsize::new(1),
            count: AtomicUsize::new(0),
            delegation: crate::delegate::Delegation::new(),
        }
    }

    /// The process's registry.
    #[cfg(not(loom))]
    pub fn global() -> &'static Registry {
        GLOBAL.get_or_init(Registry::new)
    }

    /// Register the calling thread (which must not be registered yet). Returns once the thread
    /// may run Python code: after any collection in progress (and, in the GIL build, holding
    /// the GIL).
    ///
    /// # Safety
    /// `self` must outlive the registration (until `unregister`).
    pub unsafe fn register(&self, user: usize, stack_hi: usize) -> Arc<ThreadCtl> {
        // Relaxed: a unique-id counter; no data is published through it.
        let mut tid = self.next_tid.fetch_add(1, Ordering::Relaxed);
        if tid > crate::lock::MAX_TID {
            tid = 0;
        }
        let ctl = Arc::new(ThreadCtl {
            tid,
            poll: AtomicUsize::new(0),
            user,
            stack_hi,
            inner: Mutex::new(Inner { state: State::Parked, sp: 0, stop: false, revokes: Vec::new(), report_resume: false }),
            cv: Condvar::new(),
        });
        // Not Running yet: INV-T4 allows blocking on the registry lock here.
        lock(&self.inner).threads.push(ctl.clone());
        // Relaxed: an approximate count for `threading.active_count`-style queries.
        self.count.fetch_add(1, Ordering::Relaxed);
        LOCAL.with(|l| {
            l.tid.set(tid);
            l.ctl.set(&*ctl as *const ThreadCtl);
            l.reg.set(self as *const Registry);
        });
        leave_parked(&ctl);
        #[cfg(all(not(feature = "gil"), not(loom)))]
        crate::serial::on_register(&ctl);
        ctl
    }

    /// Unregister the calling thread: it becomes `Exited` at once (collectors stop waiting for
    /// it), then leaves the list; its lock counters join the registry's totals.
    pub fn unregister(&self) {
        let Some((_, ctl)) = current() else { return };
        {
            let mut g = lock(&ctl.inner);
            drain_revokes(ctl, &mut g);
            g.state = State::Exited;
            ctl.cv.notify_all();
        }
        #[cfg(all(feature = "gil", not(loom)))]
        crate::gil::release(ctl, false);
        #[cfg(all(not(feature = "gil"), not(loom)))]
        crate::serial::on_exit(ctl);
        let stats = local_stats();
        // Exited: a collector holding this lock does not wait for us (INV-T4).
        let mut r = lock(&self.inner);
        r.retired.add(&stats);
        r.threads.retain(|t| !std::ptr::eq(&**t, ctl));
        // Relaxed: see `register`.
        self.count.fetch_sub(1, Ordering::Relaxed);
        drop(r);
        LOCAL.with(|l| {
            l.tid.set(0);
            l.ctl.set(std::ptr::null());
            l.reg.set(std::ptr::null());
        });
    }

    /// Number of registered threads (approximate while threads start and stop).
    pub fn count(&self) -> usize {
        // Relaxed: see `register`.
        self.count.load(Ordering::Relaxed)
    }

    /// Move the calling thread's lock counters so far into the registry's totals (a thread
    /// about to end: `unregister` later adds only what it counts after this).
    pub fn retire_stats(&self) {
        let s = local_stats();
        blocking(|| lock(&self.inner).retired.add(&s));
        // SAFETY: as in `count`: the counters are this thread's own, no other reference lives.
        LOCAL.with(|l| unsafe { *l.stats.get() = LockStats::default() });
    }

    /// Lock counters of all exited threads plus the calling thread's.
    pub fn total_stats(&self) -> LockStats {
        let mut s = local_stats();
        blocking(|| s.add(&lock(&self.inner).retired));
        s
    }

    /// How many registered threads are `Stopped`: waiting for a collection, or restarted and
    /// not yet running on a core (gc-concurrent's `give_way`). Takes the registry lock, then
    /// each thread's mutex briefly, in the order `stopped_world` takes them (INV-T4).
    pub fn count_stopped(&self) -> usize {
        lock(&self.inner).threads.iter().filter(|t| lock(&t.inner).state == State::Stopped).count()
    }

    /// Set `bit` in the poll word of every `Running` thread; returns how many there are. Takes
    /// the registry lock, then each thread's mutex briefly (INV-T4), from a thread that is not
    /// running Python code (delegate.rs's poster).
    pub(crate) fn ask_running(&self, bit: usize) -> usize {
        let r = lock(&self.inner);
        let mut n = 0;
        for t in r.threads.iter() {
            if lock(&t.inner).state == State::Running {
                // Relaxed: see the module doc.
                t.poll.fetch_or(bit, Ordering::Relaxed);
                n += 1;
            }
        }
        n
    }

    fn find(&self, tid: usize) -> Option<Arc<ThreadCtl>> {
        lock(&self.inner).threads.iter().find(|t| t.tid == tid).cloned()
    }
}

impl Default for Registry {
    fn default() -> Self {
        Registry::new()
    }
}

/// Revoke, as its owner, every bias queued on `ctl` (called with `ctl`'s mutex held, by the
/// owner itself at a safepoint/park/stop/exit).
fn drain_revokes(ctl: &ThreadCtl, g: &mut Inner) {
    if g.revokes.is_empty() {
        return;
    }
    for a in g.revokes.drain(..) {
        // SAFETY: the requester keeps the object alive (it holds a reference on its stack and
        // waits for us), and the address is that of a LockWord (`revoke`).
        let w = unsafe { &*(a as *const LockWord) };
        if w.revoke_bias_of(ctl.tid) {
            crate::events::on_revoked(w);
        }
        count(|s| s.handshakes += 1);
    }
    // Relaxed: see the module doc.
    ctl.poll.fetch_and(!POLL_HANDSHAKE, Ordering::Relaxed);
    ctl.cv.notify_all();
}

/// Parked → Running: wait while a collection wants this thread stopped (and, in the GIL
/// build, take the GIL first, still parked, so collectors never wait for us meanwhile).
fn leave_parked(ctl: &ThreadCtl) {
    #[cfg(all(feature = "gil", not(loom)))]
    crate::gil::acquire(ctl);
    resume_running(ctl, lock(&ctl.inner));
}

/// With `ctl`'s mutex held (`g`): wait while a collection wants this thread stopped, then mark
/// it Running. A wait counts as time stopped for the GC (`note_stopped`).
fn resume_running<'a>(ctl: &'a ThreadCtl, mut g: MutexGuard<'a, Inner>) {
    let t0 = g.stop.then(crate::sync::now_ns);
    let mut spins = 0;
    while g.stop {
        if spins < STOP_SPINS {
            // Pauses are short: watch the poll word (yielding the CPU) before sleeping, so that
            // the restart needs no wake-up for a thread still watching — a wake-up can hand the
            // restarter's core to the woken thread and leave the others stopped for a time
            // slice. (A watcher queued behind a busy thread on its core gets a core when the
            // restarter sleeps after the restart: delegate.rs `give_way`, gc-concurrent's
            // `give_way`.)
            drop(g);
            // Relaxed: a hint; the mutex below decides (module doc).
            while spins < STOP_SPINS && ctl.poll.load(Ordering::Relaxed) & POLL_STOP != 0 {
                crate::sync::yield_now();
                spins += 1;
            }
            spins += 1;
            g = lock(&ctl.inner);
            continue;
        }
        g = wait(&ctl.cv, g);
    }
    g.state = State::Running;
    g.sp = 0;
    let report = std::mem::take(&mut g.report_resume);
    drop(g);
    if report && let Some((reg, _)) = current() {
        crate::delegate::resumed(reg);
    }
    if let Some(t0) = t0 {
        note_stopped(t0);
    }
}

/// Account a wait for a collection that began at `t0` (a GcWait event; `stopped_ns`).
pub(crate) fn note_stopped(t0: u64) {
    let d = crate::sync::now_ns().saturating_sub(t0);
    LOCAL.with(|l| l.stopped.set(l.stopped.get() + d));
    crate::events::record_plain(crate::events::EventKind::GcWait, t0, d, 0);
    // Once per thread and pause, not a hot path: the heap's record takes a lock.
    #[cfg(not(loom))]
    gc_concurrent::heap().record_thread_stop(std::time::Duration::from_nanos(d));
}

/// Count a handoff: true for one in `n` (per thread, no shared counter).
#[inline]
pub fn sample_handoff(n: u64) -> bool {
    LOCAL.with(|l| {
        let c = l.handoffs.get() + 1;
        l.handoffs.set(c);
        c % n == 0
    })
}

/// Nanoseconds the calling thread has stood stopped for collections so far.
pub fn stopped_ns() -> u64 {
    LOCAL.with(|l| l.stopped.get())
}

/// A wait being timed on the calling thread: `waited` is the wall time since `start` minus the
/// time the thread stood stopped for collections meanwhile, so that a report charges that part
/// to the GC, not to the lock or handshake waited for.
#[derive(Clone, Copy)]
pub struct WaitClock {
    start: u64,
    stopped: u64,
}

impl WaitClock {
    pub fn start() -> WaitClock {
        WaitClock { start: crate::sync::now_ns(), stopped: stopped_ns() }
    }
    pub fn start_ns(&self) -> u64 {
        self.start
    }
    pub fn waited(&self) -> u64 {
        crate::sync::now_ns().saturating_sub(self.start).saturating_sub(stopped_ns() - self.stopped)
    }
}

fn enter_parked(ctl: &ThreadCtl, sp: usize) {
    let mut g = lock(&ctl.inner);
    drain_revokes(ctl, &mut g);
    g.state = State::Parked;
    g.sp = sp;
    ctl.cv.notify_all();
}

/// Run `f` as a parked thread (INV-T3: `sp` is the published stack pointer). `f` must not
/// touch Python objects, hold object locks it takes, or reach a safepoint.
pub fn blocking_at<R>(sp: usize, f: impl FnOnce() -> R) -> R {
    let Some((_, ctl)) = current() else { return f() };
    enter_parked(ctl, sp);
    #[cfg(all(feature = "gil", not(loom)))]
    crate::gil::release(ctl, false);
    // serial.rs INV-SM2: drop the serial token while blocked; take it back at a safepoint.
    #[cfg(all(not(feature = "gil"), not(loom)))]
    let serial = crate::serial::before_blocking(ctl);
    let r = f();
    leave_parked(ctl);
    #[cfg(all(not(feature = "gil"), not(loom)))]
    if serial {
        crate::serial::after_blocking(ctl);
    }
    r
}

/// Run `f` as a parked thread that keeps the serial token if it holds one (serial.rs): for
/// a revocation handshake, which waits for no thread that waits for the token — an owner
/// waiting for the token is parked and revoked for at once, and a running owner answers at its
/// next safepoint before it asks for the token (`poll_slow` drains revocations first). Dropping
/// the token there would hand the other serial thread a whole slice before this one runs on.
fn parked_keeping_token<R>(f: impl FnOnce() -> R) -> R {
    // The GIL build never revokes (no bias); if it did, it must drop the GIL like any wait.
    #[cfg(feature = "gil")]
    return blocking(f);
    #[cfg(not(feature = "gil"))]
    let run = |sp: usize| {
        let Some((_, ctl)) = current() else { return f() };
        enter_parked(ctl, sp);
        let r = f();
        leave_parked(ctl);
        r
    };
    #[cfg(all(not(feature = "gil"), not(loom)))]
    {
        gc_concurrent::stack::with_registers_spilled(run)
    }
    #[cfg(all(not(feature = "gil"), loom))]
    {
        run(0)
    }
}

/// Run `f` as a parked thread, spilling registers and publishing the stack pointer first.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    #[cfg(not(loom))]
    {
        gc_concurrent::stack::with_registers_spilled(|sp| blocking_at(sp, f))
    }
    #[cfg(loom)]
    {
        blocking_at(0, f)
    }
}

/// The safepoint slow path: answer handshakes, stop for a collection, yield the GIL.
/// `sp` as in `blocking_at`.
#[cold]
pub fn poll_slow(sp: usize) {
    let Some((reg, ctl)) = current() else { return };
    // Relaxed: see the module doc; the mutex below reads the real state.
    let p = ctl.poll.load(Ordering::Relaxed);
    if p & (POLL_STOP | POLL_HANDSHAKE) != 0 {
        let mut g = lock(&ctl.inner);
        drain_revokes(ctl, &mut g);
        if g.stop {
            g.state = State::Stopped;
            g.sp = sp;
            ctl.cv.notify_all();
            resume_running(ctl, g);
        }
    }
    if p & POLL_PAUSE != 0 {
        crate::delegate::claim_and_run(reg, ctl, sp);
    }
    #[cfg(all(feature = "gil", not(loom)))]
    if p & POLL_GIL != 0 {
        enter_parked(ctl, sp);
        crate::gil::release(ctl, true);
        leave_parked(ctl);
    }
    // Serial mode (serial.rs): take, hand over or give up the token, as a parked thread
    // (serial.rs INV-SM1, INV-SM2); no object lock is held at a safepoint (lock.rs INV-L3).
    #[cfg(all(not(feature = "gil"), not(loom)))]
    if p & (POLL_SERIAL | POLL_GIL) != 0 {
        // Relaxed: see the module doc.
        ctl.poll.fetch_and(!POLL_SERIAL, Ordering::Relaxed);
        enter_parked(ctl, sp);
        crate::serial::at_safepoint(ctl, p & POLL_GIL != 0);
        leave_parked(ctl);
    }
}

/// Stop every other registered thread, run `f` over all threads, restart them. Returns None
/// (without running `f`) if another thread was collecting: the caller stopped for it instead.
/// `sp` as in `blocking_at` (the caller's own stack pointer, registers spilled).
pub fn stop_the_world<R>(sp: usize, f: impl FnOnce(&[StoppedThread<'_>]) -> R) -> Option<R> {
    stop_the_world_for(sp, false, f)
}

/// `stop_the_world`, for a delegated pause (delegate.rs) when `delegated`: the threads it
/// restarts report when they run again.
pub(crate) fn stop_the_world_for<R>(sp: usize, delegated: bool, f: impl FnOnce(&[StoppedThread<'_>]) -> R) -> Option<R> {
    let (reg, me) = current().expect("stop_the_world from an unregistered thread");
    // One collector at a time: the loser of this CAS must not block while Running (the winner
    // waits for it), so it polls until the winner stops it. Acquire on success pairs with the
    // Release that ends the previous collection.
    while reg.collecting.compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
        // Relaxed: see the module doc.
        if me.poll.load(Ordering::Relaxed) & POLL_STOP != 0 {
            poll_slow(sp);
            return None;
        }
        crate::sync::yield_now();
    }
    Some(stopped_world(reg, Some((me, sp)), delegated, f))
}

/// Stop every registered thread from a thread that is not one (the collector thread), run `f`
/// over all of them, restart them. Waits while another thread collects (an unregistered thread
/// is never asked to stop, so it may wait).
pub fn stop_the_world_from_outside<R>(reg: &Registry, f: impl FnOnce(&[StoppedThread<'_>]) -> R) -> R {
    // Acquire: as in `stop_the_world`.
    while reg.collecting.compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
        crate::sync::yield_now();
    }
    stopped_world(reg, None, false, f)
}

/// The body of a stop-the-world, the `collecting` flag won: `me` is the calling registered
/// thread and its stack pointer (it stops itself), or None for an outside collector.
fn stopped_world<R>(reg: &Registry, me: Option<(&ThreadCtl, usize)>, delegated: bool, f: impl FnOnce(&[StoppedThread<'_>]) -> R) -> R {
    // INV-T4: whoever holds the registry lock holds it briefly and waits for nobody's
    // safepoint (only the collector does, and that is us), so blocking on it here is safe.
    let regg = lock(&reg.inner);
    if let Some((me, sp)) = me {
        let mut g = lock(&me.inner);
        drain_revokes(me, &mut g);
        g.state = State::Stopped;
        g.sp = sp;
        me.cv.notify_all();
    }
    #[cfg(not(loom))]
    let began = std::time::Instant::now();
    let is_me = |t: &ThreadCtl| me.is_some_and(|(m, _)| std::ptr::eq(t, m));
    let others = || regg.threads.iter().filter(|t| !is_me(t));
    for t in others() {
        let mut g = lock(&t.inner);
        g.stop = true;
        // Relaxed: see the module doc.
        t.poll.fetch_or(POLL_STOP, Ordering::Relaxed);
    }
    let t0 = crate::sync::now_ns();
    let mut view = Vec::with_capacity(regg.threads.len());
    for t in regg.threads.iter() {
        if is_me(t) {
            view.push(StoppedThread { ctl: t, state: State::Stopped, sp: 0 });
            continue;
        }
        let mut g = lock(&t.inner);
        while g.state == State::Running {
            g = wait(&t.cv, g);
        }
        view.push(StoppedThread { ctl: t, state: g.state, sp: g.sp });
    }
    if me.is_some() {
        crate::events::record_plain(crate::events::EventKind::Handshake, t0, crate::sync::now_ns().saturating_sub(t0), 0);
    }
    let r = f(&view);
    drop(view);
    // Release in two passes: every flag first (no wake-up, so no thread can take this core
    // before all are free; threads watching their poll word leave at once), then the wake-ups
    // for those that went to sleep. A thread that checks `stop` under its mutex after the
    // first pass sees it clear; one already waiting gets the notification.
    for t in others() {
        let mut g = lock(&t.inner);
        if delegated && g.state == State::Stopped {
            // delegate.rs INV-D5: counted before `stop` clears, so before it can resume.
            g.report_resume = true;
            crate::delegate::restarting(reg);
        }
        g.stop = false;
        // Relaxed: see the module doc.
        t.poll.fetch_and(!POLL_STOP, Ordering::Relaxed);
    }
    #[cfg(not(loom))]
    note_restart(began);
    for t in others() {
        t.cv.notify_all();
    }
    if let Some((me, _)) = me {
        let mut g = lock(&me.inner);
        g.state = State::Running;
        g.sp = 0;
    }
    drop(regg);
    // Release: see the CAS in `stop_the_world`.
    reg.collecting.store(false, Ordering::Release);
    r
}

#[cfg(not(loom))]
static LAST_PAUSE: std::sync::Mutex<Option<(std::time::Instant, std::time::Instant)>> = std::sync::Mutex::new(None);

#[cfg(not(loom))]
fn note_restart(began: std::time::Instant) {
    *LAST_PAUSE.lock().unwrap_or_else(|e| e.into_inner()) = Some((began, std::time::Instant::now()));
}

/// When the last stop-the-world began (the stop requested) and when it released its threads
/// (just before the wake-ups): the pause as the threads see it, whatever the collector's own
/// thread does before or after (a woken thread may take its core at once).
#[cfg(not(loom))]
pub fn last_pause() -> Option<(std::time::Instant, std::time::Instant)> {
    *LAST_PAUSE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Revoke the bias of `word` held by thread `owner` (lock.rs): returns when the word is no
/// longer biased to `owner`. See the module doc.
pub fn revoke(word: &LockWord, owner: usize) {
    parked_keeping_token(|| {
        let found = match current() {
            Some((reg, _)) => reg.find(owner),
            #[cfg(not(loom))]
            None => Registry::global().find(owner),
            #[cfg(loom)]
            None => None,
        };
        let Some(o) = found else {
            // The owner exited (or never was registered here): INV-T2's "gone" case.
            if word.revoke_bias_of(owner) {
                crate::events::on_revoked(word);
            }
            return;
        };
        let mut g = lock(&o.inner);
        let mut queued = false;
        loop {
            // Acquire: pairs with the owner's Release revocation (drain_revokes) — though the
            // mutex already orders it; this load only decides whether we are done.
            let w = word.load(Ordering::Acquire);
            if w & crate::lock::BIASED == 0 || (w >> crate::lock::TID_SHIFT) & crate::lock::MAX_TID != owner {
                if queued {
                    // Revoked by someone else: our request must not outlive this call (the
                    // object is only known to be alive while we hold it).
                    g.revokes.retain(|&a| a != word.addr());
                }
                return;
            }
            if g.state != State::Running {
                if queued {
                    g.revokes.retain(|&a| a != word.addr());
                }
                // INV-T2: the owner is parked, stopped or exiting and cannot run `lock`/`unlock`
                // until it takes its mutex, which we hold.
                if word.revoke_bias_of(owner) {
                    crate::events::on_revoked(word);
                }
                return;
            }
            // Queue the request, or queue it again: the owner may have answered it (drained
            // it) and then rebiased the word to itself before this thread woke up — a token
            // holder in serial mode does so after 64 takes (lock.rs). Waiting on without a
            // request would wait for the owner's next park or stop instead (a GC pause,
            // tens of milliseconds away).
            if !queued || !g.revokes.contains(&word.addr()) {
                g.revokes.push(word.addr());
                // Relaxed: see the module doc.
                o.poll.fetch_or(POLL_HANDSHAKE, Ordering::Relaxed);
                queued = true;
            }
            g = wait(&o.cv, g);
        }
    });
}

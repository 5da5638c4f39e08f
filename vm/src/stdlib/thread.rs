//! `_thread`: OS threads running Python code in parallel, and the basic lock types.
//!
//! Every Python thread is a real OS thread with its own `Vm` (registered with the safepoint
//! protocol, see `safepoint.rs`); there is no global interpreter lock. Every blocking wait here
//! (lock acquisition, sleeping) parks the thread through `safepoint::blocking`, so collections
//! never wait for a blocked thread.
//!
//! Besides CPython's names, three private helpers serve the Python-level thread modules
//! (`stdlib/py_threads`): `_format_exception(exc)` (the traceback report as a string, for
//! `threading.excepthook`), `_cpu_count()` (for `concurrent.futures` when `os` is missing) and
//! `_sleep(secs)` (a parked sleep that does not need the `time` module).

use std::any::Any;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use objmodel::layout::{NativeData, NativeObj};
use objmodel::{TypeObj, Value};
use parking_lot::{Condvar, Mutex};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, float, int, str as pystr, tuple};
use crate::vm::Vm;

thread_local! {
    static IDENT: u64 = next_ident();
}
static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);
static RUNNING: AtomicUsize = AtomicUsize::new(0);

fn next_ident() -> u64 {
    // Relaxed: only uniqueness matters. Offset so idents look like CPython's large numbers.
    139_000_000_000_000 + NEXT_IDENT.fetch_add(1, Ordering::Relaxed) * 4096
}

/// The calling thread's Python identity (`threading.get_ident()`).
pub fn ident() -> u64 {
    IDENT.with(|i| *i)
}

/// How long a wait that may end within microseconds spins before it sleeps (`spin_until`).
const SPIN_NS: u64 = 20_000;

/// Spins up to [`SPIN_NS`] (less if `deadline` comes first), with exponentially longer pauses
/// between tries, until `ready` returns true; returns whether it did. Never spins in the GIL
/// build or while this thread holds serial mode's token (objmodel serial.rs): there the thread
/// that would make `ready` true cannot run meanwhile. For waits that often end within
/// microseconds (`LockData::spin_take`, an empty `SimpleQueue.get`).
pub fn spin_until(deadline: Option<Instant>, mut ready: impl FnMut() -> bool) -> bool {
    if cfg!(feature = "gil") || objmodel::serial::holds_token() {
        return false;
    }
    let start = Instant::now();
    let limit = Duration::from_nanos(SPIN_NS);
    for round in 0u32.. {
        for _ in 0..(1u32 << round.min(6)) {
            std::hint::spin_loop();
        }
        if ready() {
            return true;
        }
        let now = Instant::now();
        if now - start >= limit || deadline.is_some_and(|d| now >= d) {
            return false;
        }
    }
    false
}

/// A lock: `owner` is 0 when free, else the owning thread's ident (for RLock recursion and
/// error messages). Waiters sleep on the condvar.
pub struct LockData {
    state: Mutex<(u64, usize)>,
    cond: Condvar,
    reentrant: bool,
}

impl NativeData for LockData {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static TYPES: std::sync::OnceLock<(usize, usize)> = std::sync::OnceLock::new();

fn lock_types() -> (&'static TypeObj, &'static TypeObj) {
    let (a, b) = *TYPES.get().expect("_thread types");
    (crate::objects::type_::as_type(Value::from_raw(a)), crate::objects::type_::as_type(Value::from_raw(b)))
}

fn lock_data(vm: &mut Vm, v: Value) -> PyResult<&'static LockData> {
    if v.is_ptr() && v.header().kind() == objmodel::Kind::Native {
        // SAFETY: kind Native has layout NativeObj.
        let n = unsafe { v.cast::<NativeObj>() };
        if let Some(d) = n.data::<LockData>() {
            return Ok(d);
        }
    }
    Err(vm.type_error("expected a lock"))
}

pub fn new_lock(reentrant: bool) -> Value {
    let (l, r) = lock_types();
    objmodel::alloc::new_native(
        if reentrant { r } else { l },
        Box::new(LockData { state: Mutex::new((0, 0)), cond: Condvar::new(), reentrant }),
    )
}

impl LockData {
    fn try_take(&self, st: &mut (u64, usize), me: u64) -> bool {
        if st.0 == 0 {
            *st = (me, 1);
            true
        } else if self.reentrant && st.0 == me {
            st.1 += 1;
            true
        } else {
            false
        }
    }

    /// Acquire; `timeout` None = forever. Returns whether it was acquired.
    pub fn acquire(&self, vm: &mut Vm, blocking: bool, timeout: Option<Duration>) -> bool {
        let me = ident();
        {
            let mut st = self.state.lock();
            if self.try_take(&mut st, me) {
                return true;
            }
            if !blocking {
                return false;
            }
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        let clock = objmodel::threads::WaitClock::start();
        let holder = self.state.lock().0;
        let wait = |vm: &mut Vm, deadline: Option<Instant>| {
            crate::safepoint::blocking(vm, || {
                let mut st = self.state.lock();
                loop {
                    if self.try_take(&mut st, me) {
                        return true;
                    }
                    match deadline {
                        None => self.cond.wait(&mut st),
                        Some(d) => {
                            if self.cond.wait_until(&mut st, d).timed_out() {
                                return self.try_take(&mut st, me);
                            }
                        }
                    }
                }
            })
        };
        let got = (holder == me && self.spin_take(me, deadline)) || {
            // A long wait may be for a lock that a dead object still holds (a generator
            // suspended in `with lock:`): after a while, collect and try again
            // (finalize::collect_for_stuck_wait), at growing intervals while it lasts.
            let mut step = crate::finalize::STUCK_WAIT;
            loop {
                let next = Instant::now() + step;
                if deadline.is_some_and(|d| d <= next) || gc_concurrent::heap().resurrecting_count() == 0 {
                    break wait(vm, deadline);
                }
                if wait(vm, Some(next)) {
                    break true;
                }
                crate::finalize::collect_for_stuck_wait(vm);
                step = (step * 2).min(crate::finalize::STUCK_WAIT_MAX);
            }
        };
        // A conflict for serial mode's policy (objmodel serial.rs) — unless this thread holds
        // the lock itself: that is a signal wait (`Condition.wait` blocks on a waiter lock it
        // took, until `notify` releases it), which taking turns would not shorten.
        if holder != me {
            objmodel::serial::note_wait(clock.waited());
        }
        if crate::contention::enabled() {
            let (ty, op) = if self.reentrant { ("RLock", "RLock.acquire") } else { ("lock", "Lock.acquire") };
            let holder = crate::contention::tid_of_ident(holder);
            crate::contention::record_user_lock_wait(ty, op, clock.start_ns(), clock.waited(), holder);
        }
        got
    }

    /// Tries to take the lock for up to [`SPIN_NS`] (less if `deadline` comes first) before
    /// the caller sleeps, with exponentially longer pauses between tries.
    ///
    /// Only for *signal waits* (the caller holds the lock itself: `Condition.wait` blocks on a
    /// waiter lock it took until `notify` releases it), which often end within microseconds: a
    /// `Future.result()` whose task is about to finish. Sleeping costs each side a futex call
    /// and the sleeper a context switch (several microseconds, more than the wait); a thread
    /// pool of short tasks spent a third of its time there (`ThreadPoolExecutor.map` over
    /// 100,000 tiny tasks: 2.1-2.3 s, 1.6-1.9 s with the spin). Waits for a lock another thread
    /// holds do not spin: on a queue's mutex, spinning threads kept taking it from each other
    /// (a producer/consumer pair ran twice as long). The spin is bounded and short, so a wait
    /// that lasts still sleeps; while spinning the thread is not at a safepoint, like any
    /// native code of that length. No spinning where the holder cannot run meanwhile
    /// (`spin_until`).
    fn spin_take(&self, me: u64, deadline: Option<Instant>) -> bool {
        spin_until(deadline, || self.state.try_lock().is_some_and(|mut st| self.try_take(&mut st, me)))
    }

    pub fn release(&self, vm: &mut Vm) -> PyResult<()> {
        let mut st = self.state.lock();
        if st.0 == 0 || (self.reentrant && st.0 != ident()) {
            return Err(vm.runtime_error(if self.reentrant {
                "cannot release un-acquired lock"
            } else {
                "release unlocked lock"
            }));
        }
        st.1 -= 1;
        if st.1 == 0 {
            st.0 = 0;
            self.cond.notify_one();
        }
        Ok(())
    }
}

/// `_thread.TIMEOUT_MAX`: the longest timeout a wait accepts (seconds); longer ones raise
/// OverflowError instead of overflowing the deadline arithmetic.
pub const TIMEOUT_MAX: f64 = 9_223_372_036.0;

fn timeout_arg(vm: &mut Vm, blocking: Value, timeout: Value) -> PyResult<(bool, Option<Duration>)> {
    let b = if blocking.is_null() { true } else { vm.truthy(blocking)? };
    let t = if timeout.is_null() || timeout.is_none() {
        -1.0
    } else if crate::objects::float::as_f64(timeout).is_some() || crate::objects::int::is_int(timeout) {
        crate::objects::numbers::to_f64(vm, timeout, false)?
    } else {
        // CPython reads a non-float timeout as an integer (`_PyTime_FromSecondsObject`):
        // "'str' object cannot be interpreted as an integer".
        vm.index_value(timeout)? as f64
    };
    if t.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if !b && t != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if t < 0.0 && t != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    // CPython converts the timeout to its nanosecond clock first, which fails past about 292
    // years (TIMEOUT_MAX is that, floored); a timeout that converts is waited out.
    if t > 9_223_372_036.854_775_807 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok((b, if t < 0.0 { None } else { Some(Duration::from_secs_f64(t)) }))
}

fn l_acquire(vm: &mut Vm, a: Args) -> PyResult {
    let d = lock_data(vm, a.at(0))?;
    let [blocking, timeout] = a.rest().bind(vm, "acquire", ["blocking", "timeout"], 2, 0)?;
    let (b, t) = timeout_arg(vm, blocking, timeout)?;
    Ok(objmodel::bool_(d.acquire(vm, b, t)))
}
fn l_release(vm: &mut Vm, a: Args) -> PyResult {
    let d = lock_data(vm, a.at(0))?;
    d.release(vm)?;
    Ok(objmodel::none())
}
fn l_enter(vm: &mut Vm, a: Args) -> PyResult {
    let d = lock_data(vm, a.at(0))?;
    d.acquire(vm, true, None);
    Ok(objmodel::true_())
}
fn l_exit(vm: &mut Vm, a: Args) -> PyResult {
    let d = lock_data(vm, a.at(0))?;
    d.release(vm)?;
    Ok(objmodel::false_())
}
fn l_locked(vm: &mut Vm, a: Args) -> PyResult {
    let d = lock_data(vm, a.at(0))?;
    Ok(objmodel::bool_(d.state.lock().0 != 0))
}
fn l_is_owned(vm: &mut Vm, a: Args) -> PyResult {
    let d = lock_data(vm, a.at(0))?;
    Ok(objmodel::bool_(d.state.lock().0 == ident()))
}
/// RLock support for Condition: release fully, returning the saved count.
fn l_release_save(vm: &mut Vm, a: Args) -> PyResult {
    let d = lock_data(vm, a.at(0))?;
    let mut st = d.state.lock();
    if st.0 != ident() {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let n = st.1;
    *st = (0, 0);
    d.cond.notify_one();
    Ok(int::from_usize(n))
}
fn l_acquire_restore(vm: &mut Vm, a: Args) -> PyResult {
    let d = lock_data(vm, a.at(0))?;
    let n = vm.index_value(a.at(1))? as usize;
    d.acquire(vm, true, None);
    d.state.lock().1 = n.max(1);
    Ok(objmodel::none())
}
fn l_repr(vm: &mut Vm, a: Args) -> PyResult {
    let d = lock_data(vm, a.at(0))?;
    let st = *d.state.lock();
    let s = if d.reentrant {
        format!(
            "<{} _thread.RLock object owner={} count={} at {:#x}>",
            if st.0 != 0 { "locked" } else { "unlocked" },
            st.0,
            st.1,
            a.at(0).raw()
        )
    } else {
        format!("<{} _thread.lock object at {:#x}>", if st.0 != 0 { "locked" } else { "unlocked" }, a.at(0).raw())
    };
    Ok(pystr::new(&s))
}

fn allocate_lock(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(new_lock(false))
}
fn rlock_new(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(new_lock(true))
}
fn lock_new(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(new_lock(false))
}

fn start_new_thread(vm: &mut Vm, a: Args) -> PyResult {
    start_thread(vm, a, false)
}

/// `_thread._start_new_thread_first(func, args)` (pyrs-nogil), for `threading.Thread.start`:
/// `start_new_thread` that returns after the new thread's first slice (first_slice.rs).
fn start_new_thread_first(vm: &mut Vm, a: Args) -> PyResult {
    start_thread(vm, a, true)
}

fn start_thread(vm: &mut Vm, a: Args, first: bool) -> PyResult {
    a.check(vm, "start_new_thread", 2, 3)?;
    let (func, args) = (a.at(0), a.at(1));
    if !crate::objects::tuple::is_tuple(args) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = a.get(2).unwrap_or(Value::NULL);
    if !kwargs.is_null() && !dict::is_dict(kwargs) {
        return Err(vm.type_error("optional 3rd arg must be a dictionary"));
    }
    let (tx, rx) = std::sync::mpsc::channel::<u64>();
    RUNNING.fetch_add(1, Ordering::AcqRel);
    let vals = vec![func, args, if kwargs.is_null() { objmodel::none() } else { kwargs }];
    let slice = first.then(|| std::sync::Arc::new(crate::first_slice::FirstSlice::default()));
    let child_slice = slice.clone();
    let r = crate::safepoint::spawn_python_thread("python-thread".into(), vals, move |vm, v| {
        crate::contention::thread_started();
        vm.first_slice = child_slice;
        let _ = tx.send(ident());
        let (func, args, kwargs) = (v[0], v[1], v[2]);
        let pos = tuple::items(args);
        let r = if kwargs.is_none() {
            vm.call(func, Args::new(pos))
        } else {
            crate::interp::helpers::call_ex(vm, func, args, kwargs)
        };
        if let Err(e) = r
            && !vm.err_matches(&e, vm.rt.exc.system_exit)
        {
            // CPython 3.8+ reports it as an unraisable exception.
            crate::interp::traceback::write_unraisable_msg(vm, e, Some("Exception ignored in thread started by"), func, None);
        }
        if let Some(slice) = vm.first_slice.take() {
            slice.open();
        }
        crate::contention::thread_finished();
        RUNNING.fetch_sub(1, Ordering::AcqRel);
    });
    match r {
        Ok(_) => {
            let id = crate::safepoint::blocking(vm, || rx.recv().unwrap_or(0));
            if let Some(slice) = slice {
                let limit = crate::first_slice::slice_limit();
                crate::safepoint::blocking(vm, || slice.wait(limit));
            }
            Ok(int::from_i64(id as i64))
        }
        Err(e) => {
            RUNNING.fetch_sub(1, Ordering::AcqRel);
            Err(vm.runtime_error(format!("can't start new thread: {e}")))
        }
    }
}

/// `_thread._set_name(name)` (pyrs-nogil): the `threading` name of the calling thread, for
/// contention reports.
fn set_name(vm: &mut Vm, a: Args) -> PyResult {
    if let Some(n) = pystr::as_str(a.at(0)) {
        crate::contention::set_thread_name(n);
    }
    let _ = vm;
    Ok(objmodel::none())
}

/// `_thread._contention_done()` (pyrs-nogil): the calling thread's contention recording and
/// lock statistics are complete (threading calls it before `join()` can return, so a joiner
/// that prints `--lock-stats` at exit counts this thread even if it has not unregistered yet).
fn contention_done(_vm: &mut Vm, _a: Args) -> PyResult {
    crate::contention::thread_finished();
    objmodel::threads::Registry::global().retire_stats();
    Ok(objmodel::none())
}

fn get_ident(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(int::from_i64(ident() as i64))
}
/// `_thread._slice_mark()` (pyrs-nogil): an opaque mark of the calling thread's current slice,
/// for `_same_slice` (first_slice.rs: `Future.result()` keeps the GIL's order).
fn slice_mark(_vm: &mut Vm, _a: Args) -> PyResult {
    let (calls, nanos) = crate::first_slice::slice_mark();
    let n = |x: u64| int::from_i64(x as i64);
    Ok(tuple::new(&[n(ident()), n(calls), n(nanos)]))
}

/// `_thread._same_slice(mark)` (pyrs-nogil): whether the calling thread took `mark` and has
/// neither blocked nor run a switch interval since (if so, its slice ends now).
fn same_slice(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_same_slice", 1, 1)?;
    let mark = a.at(0);
    if !tuple::is_tuple(mark) {
        return Err(vm.type_error("_same_slice() argument must be a mark"));
    }
    let items = tuple::items(mark);
    let field = |i: usize| items.get(i).and_then(|v| int::to_i64(*v)).map(|n| n as u64);
    let same = match (field(0), field(1), field(2)) {
        (Some(id), Some(calls), Some(nanos)) => id == ident() && crate::first_slice::same_slice((calls, nanos)),
        _ => false,
    };
    Ok(objmodel::bool_(same))
}

fn get_native_id(_vm: &mut Vm, _a: Args) -> PyResult {
    // SAFETY: gettid has no preconditions.
    let tid = unsafe { libc_gettid() };
    Ok(int::from_i64(tid))
}
fn count(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(int::from_usize(RUNNING.load(Ordering::Acquire)))
}

unsafe extern "C" {
    fn gettid() -> i32;
}

unsafe fn libc_gettid() -> i64 {
    // SAFETY: gettid(2) is always safe to call.
    unsafe { gettid() as i64 }
}

/// `time.sleep` and friends: sleep as a parked thread. `secs` beyond `Duration`'s range (or
/// NaN) is clamped rather than panicking; callers validate the value first.
pub fn sleep(vm: &mut Vm, secs: f64) {
    let d = Duration::try_from_secs_f64(secs.max(0.0)).unwrap_or(Duration::MAX);
    crate::safepoint::blocking(vm, || std::thread::sleep(d));
}

fn t_sleep(vm: &mut Vm, a: Args) -> PyResult {
    let s = crate::objects::numbers::to_f64(vm, a.at(0), false)?;
    if s.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if s > TIMEOUT_MAX {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    sleep(vm, s);
    Ok(objmodel::none())
}

/// `_thread._format_exception(exc)`: the CPython-style report (traceback, chained exceptions
/// and the final line) of `exc` as a string; `threading.excepthook` writes it to the stream it
/// chose. Not a CPython name: the `traceback` module is not required by the thread modules.
fn format_exception(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_format_exception", 1, 1)?;
    let text = crate::interp::traceback::format_exception(vm, a.at(0), crate::interp::traceback::LineStyle::Interpreter);
    Ok(pystr::new(&text))
}

/// `_thread._cpu_count()`: the number of CPUs usable by this process (None if unknown); the
/// default worker count of `concurrent.futures` when `os` is not available.
fn cpu_count(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => int::from_usize(n.get()),
        Err(_) => objmodel::none(),
    })
}

/// The size `_thread.stack_size(size)` last set (0: the default). Relaxed: a lone value with
/// no data published through it; a thread started concurrently with the call may see either.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// The stack new Python threads get: the size `stack_size()` set if it is larger than the
/// default of 256 MiB (threads here need more stack per Python frame than CPython's).
pub fn thread_stack_bytes() -> usize {
    STACK_SIZE.load(Ordering::Relaxed).max(256 << 20)
}

/// `_thread.stack_size([size])`: returns the size set before (0 = default) and sets a new one
/// (0, or at least 32 KiB as CPython's pthread build requires). As in CPython, the size
/// defaults to 0: a call without one also resets it.
fn stack_size(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "stack_size", 0, 1)?;
    let old = STACK_SIZE.load(Ordering::Relaxed);
    let n = match a.get(0) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if n < 0 {
        return Err(vm.value_error("size must be 0 or a positive value"));
    }
    if n != 0 && n < 32768 {
        return Err(vm.value_error(format!("size not valid: {n} bytes")));
    }
    STACK_SIZE.store(n as usize, Ordering::Relaxed);
    Ok(int::from_usize(old))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    use crate::objects::define::func;
    let m = crate::objects::module::new_module("_thread");
    let d = crate::objects::module::module_dict(m);
    func(d, "start_new_thread", start_new_thread);
    func(d, "start_new", start_new_thread);
    func(d, "_start_new_thread_first", start_new_thread_first);
    func(d, "_slice_mark", slice_mark);
    func(d, "_same_slice", same_slice);
    func(d, "allocate_lock", allocate_lock);
    func(d, "allocate", allocate_lock);
    func(d, "get_ident", get_ident);
    func(d, "_set_name", set_name);
    func(d, "_contention_done", contention_done);
    func(d, "get_native_id", get_native_id);
    func(d, "_count", count);
    func(d, "_sleep", t_sleep);
    func(d, "_format_exception", format_exception);
    func(d, "_cpu_count", cpu_count);
    func(d, "stack_size", stack_size);
    let (l, r) = lock_types();
    dict::set_by_name(d, "LockType", l.as_value());
    dict::set_by_name(d, "lock", l.as_value());
    dict::set_by_name(d, "RLock", r.as_value());
    dict::set_by_name(d, "error", vm.rt.exc.runtime_error.as_value());
    dict::set_by_name(d, "TIMEOUT_MAX", float::new(TIMEOUT_MAX));
    Ok(m)
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{method, method_flags};
    let mk = |n: &str| crate::runtime::bootstrap_type(n, r.types.object, objmodel::Kind::Native, objmodel::types::tflags::C_TYPE_NAME);
    let l = mk("lock");
    let rl = mk("RLock");
    let _ = TYPES.set((l.as_value().raw(), rl.as_value().raw()));
    for t in [l, rl] {
        crate::objects::define::attr(t, "__module__", pystr::new("_thread"));
        t.module.set(pystr::new("_thread"));
        method(t, "acquire", l_acquire);
        method(t, "release", l_release);
        method(t, "__enter__", l_enter);
        method(t, "__exit__", l_exit);
        method(t, "locked", l_locked);
        method(t, "_is_owned", l_is_owned);
        method(t, "__repr__", l_repr);
        method(t, "acquire_lock", l_acquire);
        method(t, "release_lock", l_release);
    }
    method(rl, "_release_save", l_release_save);
    method(rl, "_acquire_restore", l_acquire_restore);
    method_flags(l, "__new__", lock_new, 0);
    method_flags(rl, "__new__", rlock_new, 0);
}

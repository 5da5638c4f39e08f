//! `_pyrs_queue`: the native core of `queue.SimpleQueue` (CPython's is C, in `_queue`), the
//! work queue of `concurrent.futures.ThreadPoolExecutor`.
//!
//! # Problem
//! A pure-Python SimpleQueue serialises `put` and `get` on a `threading.Condition`: every
//! `put` takes a lock, appends and runs `notify` in Python; every `get` takes the lock and
//! may wait on a waiter lock. For a thread pool of short tasks that is several Python-level
//! lock operations per task, on the one object every worker touches.
//!
//! # Scheme
//! The items sit in a `VecDeque` in the object's [`Cell`] (its mutex, and the SATB snapshot
//! that stands in for a write barrier, b/mod.rs). Sleeping consumers wait on a separate
//! [`Signal`] (mutex, condvar, counters), so that the cell's mutex is never held while a
//! thread blocks (b/mod.rs: a pause reads the state without it).
//!
//! - `put` pushes under the cell lock and counts the item in `available` there, then wakes one
//!   sleeper if `sleepers` says there is one.
//! - `get` pops under the cell lock; when the queue is empty it spins briefly (like a signal
//!   wait in `_thread`, see `thread::spin_until`), then sleeps as a parked thread
//!   (`safepoint::blocking`) until `available` is non-zero, and tries again.
//!
//! # Invariants
//! - INV-Q1: `available` equals the number of items, changed only with the cell lock held.
//! - INV-Q2 (no lost wake-up): a sleeper increments `sleepers` and then reads `available`,
//!   both under the signal mutex, and sleeps only if it read 0; `put` increments `available`
//!   and then reads `sleepers`. Both are SeqCst, so in their single total order either the
//!   sleeper's read sees the new item or `put`'s read sees the sleeper; in the second case `put`
//!   takes the signal mutex before notifying, which it can get only once the sleeper is inside
//!   `wait` (or has not yet locked: then it will read `available` after the put).

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use objmodel::Value;
use parking_lot::{Condvar, Mutex};

use super::{Trace, finish, new_obj, new_type, set_new, this, ty};
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::int;
use crate::vm::Vm;

/// Where consumers sleep (see the module doc).
#[derive(Default)]
struct Signal {
    lock: Mutex<()>,
    cond: Condvar,
    /// Items in the queue (INV-Q1).
    available: AtomicUsize,
    /// Consumers about to sleep or asleep (INV-Q2).
    sleepers: AtomicUsize,
}

pub struct SimpleQueue {
    items: VecDeque<Value>,
    signal: Arc<Signal>,
}

impl Trace for SimpleQueue {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        for v in &self.items {
            f(*v);
        }
    }
}

type Q = super::Cell<SimpleQueue>;

static TYPE: OnceLock<usize> = OnceLock::new();

fn me(vm: &mut Vm, a: &Args) -> PyResult<&'static Q> {
    this::<SimpleQueue>(vm, a.get(0), "_pyrs_queue.SimpleQueue")
}

fn sq_new(vm: &mut Vm, a: Args) -> PyResult {
    let Some(cls) = a.get(0).and_then(crate::objects::type_::try_type) else {
        return Err(vm.type_error("SimpleQueue.__new__(X): X is not a type object"));
    };
    Ok(new_obj(cls, SimpleQueue { items: VecDeque::new(), signal: Arc::new(Signal::default()) }))
}

/// `put(item, block=True, timeout=None)`: never blocks (the queue is unbounded).
fn put(vm: &mut Vm, a: Args) -> PyResult {
    let q = me(vm, &a)?;
    let [item, _block, _timeout] = a.rest().bind(vm, "put", ["item", "block", "timeout"], 3, 1)?;
    push(q, item);
    Ok(objmodel::none())
}

fn put_nowait(vm: &mut Vm, a: Args) -> PyResult {
    let q = me(vm, &a)?;
    let [item] = a.rest().bind(vm, "put_nowait", ["item"], 1, 1)?;
    push(q, item);
    Ok(objmodel::none())
}

fn push(q: &'static Q, item: Value) {
    let signal = {
        let mut st = q.lock();
        st.items.push_back(item);
        // INV-Q1; SeqCst: INV-Q2.
        st.signal.available.fetch_add(1, Ordering::SeqCst);
        st.signal.clone()
    };
    // SeqCst: INV-Q2.
    if signal.sleepers.load(Ordering::SeqCst) > 0 {
        let _g = signal.lock.lock();
        signal.cond.notify_one();
    }
}

fn pop(q: &'static Q) -> (Option<Value>, Arc<Signal>) {
    let mut st = q.lock();
    let v = st.items.pop_front();
    if v.is_some() {
        // INV-Q1.
        st.signal.available.fetch_sub(1, Ordering::SeqCst);
    }
    (v, st.signal.clone())
}

/// `_get(block, timeout, nothing)`: the next item, or `nothing` when the queue stayed empty
/// (at once if `block` is false, else after `timeout` seconds; None waits for ever). The
/// Python wrapper (`queue.SimpleQueue.get`) checks the arguments and raises `Empty`.
fn get(vm: &mut Vm, a: Args) -> PyResult {
    let q = me(vm, &a)?;
    let [block, timeout, nothing] = a.rest().bind(vm, "_get", ["block", "timeout", "nothing"], 3, 3)?;
    let block = vm.truthy(block)?;
    let timeout = if timeout.is_none() {
        None
    } else {
        let t = crate::objects::numbers::to_f64(vm, timeout, false)?;
        if t.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        // CPython converts to 64-bit nanoseconds first (`_PyTime_FromSecondsObject`).
        if t > crate::stdlib::thread::TIMEOUT_MAX {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        Some(Duration::from_secs_f64(t.max(0.0)))
    };
    let deadline = timeout.map(|t| Instant::now() + t);
    let mut spun = false;
    loop {
        let (v, signal) = pop(q);
        if let Some(v) = v {
            return Ok(v);
        }
        let now = Instant::now();
        if !block || deadline.is_some_and(|d| now >= d) {
            return Ok(nothing);
        }
        if !spun {
            spun = true;
            // Relaxed: a hint; the pop that follows synchronises through the cell lock.
            if crate::stdlib::thread::spin_until(deadline, || signal.available.load(Ordering::Relaxed) > 0) {
                continue;
            }
        }
        crate::safepoint::blocking(vm, || {
            let mut g = signal.lock.lock();
            // SeqCst (both): INV-Q2.
            signal.sleepers.fetch_add(1, Ordering::SeqCst);
            while signal.available.load(Ordering::SeqCst) == 0 {
                match deadline {
                    None => signal.cond.wait(&mut g),
                    Some(d) => {
                        if signal.cond.wait_until(&mut g, d).timed_out() {
                            break;
                        }
                    }
                }
            }
            signal.sleepers.fetch_sub(1, Ordering::SeqCst);
        });
    }
}

fn qsize(vm: &mut Vm, a: Args) -> PyResult {
    let q = me(vm, &a)?;
    let n = q.lock().items.len();
    Ok(int::from_usize(n))
}

fn empty(vm: &mut Vm, a: Args) -> PyResult {
    let q = me(vm, &a)?;
    let e = q.lock().items.is_empty();
    Ok(objmodel::bool_(e))
}

pub fn make_module(_vm: &mut Vm) -> PyResult<Value> {
    use crate::objects::define::method;
    let mut first = false;
    TYPE.get_or_init(|| {
        first = true;
        new_type("SimpleQueue", "_pyrs_queue").as_value().raw()
    });
    let t = ty(&TYPE);
    if first {
        set_new(t, sq_new);
        let ms: &[(&'static str, crate::args::NativeFn)] = &[
            ("put", put),
            ("put_nowait", put_nowait),
            ("_get", get),
            ("qsize", qsize),
            ("empty", empty),
        ];
        for (n, f) in ms {
            method(t, n, *f);
        }
        finish(t);
    }
    let m = crate::objects::module::new_module("_pyrs_queue");
    let d = crate::objects::module::module_dict(m);
    super::set(d, "SimpleQueue", t.as_value());
    Ok(m)
}

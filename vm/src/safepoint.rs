//! The vm side of the thread protocol: registering each Python thread's `Vm`, parking around
//! blocking calls, answering safepoints, stopping the world for a collection, and starting
//! Python threads.
//!
//! The protocol itself — thread states, the stop-the-world and bias-revocation handshakes and
//! their invariants (INV-T1..T4) — lives in `objmodel/src/threads.rs`, where the loom models
//! compile it. This module adds what only the vm knows: the `Vm` pointer and native stack
//! bounds that a collector scans (`ThreadCtl::user`, `stack_hi`), and INV-S3 below.
//!
//! # Invariant
//! - INV-S3: Values handed to a thread that is being created are in `PENDING` (a root) until the
//!   new thread has them on its own stack.

use std::sync::atomic::Ordering;

use objmodel::Value;
use objmodel::threads::{self, Registry, StoppedThread};
use parking_lot::Mutex;

use crate::vm::Vm;

static PENDING: Mutex<Vec<Value>> = Mutex::new(Vec::new());

/// Register the calling thread's `Vm`; returns once it may run Python code.
pub fn register(vm: &mut Vm) {
    let (_, hi) = gc_concurrent::stack::current_thread_stack_bounds();
    // SAFETY: the global registry lives for the whole process.
    let ctl = unsafe { Registry::global().register(vm as *mut Vm as usize, hi) };
    vm.poll = &ctl.poll as *const _;
    vm.ctl = Some(ctl);
}

pub fn unregister(vm: &mut Vm) {
    if vm.ctl.take().is_some() {
        vm.poll = &NO_POLL as *const _;
        Registry::global().unregister();
    }
}

/// The poll word of a `Vm` that is not registered (never set).
pub static NO_POLL: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

pub fn thread_count() -> usize {
    Registry::global().count()
}

/// Run `f` (which must not touch Python objects) as a parked thread: collections and
/// revocations of this thread's biased objects may run meanwhile. Used around every blocking
/// operation. The thread's first blocking call ends its first slice (first_slice.rs).
pub fn blocking<R>(vm: &mut Vm, f: impl FnOnce() -> R) -> R {
    if let Some(slice) = vm.first_slice.take() {
        slice.open();
    }
    crate::first_slice::note_blocking();
    threads::blocking(f)
}

/// Whether the thread's poll word asks for the slow path (one Relaxed load; threads.rs).
#[inline(always)]
pub fn poll_pending(vm: &Vm) -> bool {
    // SAFETY: `vm.poll` points at this thread's ThreadCtl (kept alive by `vm.ctl`) or NO_POLL.
    // Relaxed: a hint (threads.rs module doc).
    unsafe { (*vm.poll).load(Ordering::Relaxed) != 0 }
}

/// Called at a safepoint when the poll word is set: answer handshakes, stop for a
/// collection, yield the GIL.
#[cold]
pub fn stop_here(_vm: &mut Vm) {
    gc_concurrent::stack::with_registers_spilled(threads::poll_slow);
}

/// Stop the world, run `f` with every other thread stopped, parked or exiting, restart the
/// world. `f` gets the threads and the caller's own stack pointer. Returns None if another
/// thread was already collecting (the caller then stopped for it).
pub fn with_world_stopped<R>(_vm: &mut Vm, f: impl FnOnce(&[StoppedThread<'_>], usize) -> R) -> Option<R> {
    gc_concurrent::stack::with_registers_spilled(|sp| threads::stop_the_world(sp, |ts| f(ts, sp)))
}

/// Keep `vals` alive while a new thread starts (INV-S3); the thread calls `take_pending`.
pub fn add_pending(vals: &[Value]) {
    PENDING.lock().extend_from_slice(vals);
}

pub fn remove_pending(vals: &[Value]) {
    let mut p = PENDING.lock();
    for v in vals {
        if let Some(i) = p.iter().position(|x| x.is(*v)) {
            p.swap_remove(i);
        }
    }
}

pub fn for_each_pending(f: &mut dyn FnMut(Value)) {
    for v in PENDING.lock().iter() {
        f(*v);
    }
}

/// Start a Python thread running `body(vm, vals)` on a new OS thread with a large stack
/// (`thread::thread_stack_bytes`).
pub fn spawn_python_thread(
    name: String,
    vals: Vec<Value>,
    body: impl FnOnce(&mut Vm, &[Value]) + Send + 'static,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    add_pending(&vals);
    let raw: Vec<usize> = vals.iter().map(|v| v.raw()).collect();
    std::thread::Builder::new().name(name).stack_size(crate::stdlib::thread::thread_stack_bytes()).spawn(move || {
        let vals: Vec<Value> = raw.into_iter().map(Value::from_raw).collect();
        let mut vm = Vm::new();
        let vm = &mut *vm;
        vm.temp_roots.extend_from_slice(&vals);
        remove_pending(&vals);
        body(vm, &vals);
        crate::stdlib::sys::raw_flush_stdout_if_needed();
    })
}

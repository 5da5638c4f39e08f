//! Safepoints, parking and the stop-the-world handshake between Python threads.
//!
//! # Problem
//! A collection must see every root of every thread: the frames and the native stack of a thread
//! that is running Python code change all the time, so the collector may only scan a thread that
//! is stopped at a safepoint or blocked in native code that does not touch Python objects.
//!
//! # Scheme
//! Each Python thread is registered here with a state:
//! - `RUNNING`: executing Python code; polls `STOP_REQUESTED` at safepoints (calls and backward
//!   jumps, see `gc_glue::safepoint`).
//! - `PARKED`: inside [`blocking`]: about to block (lock wait, join, sleep, queue get, I/O). It
//!   spilled its registers and published its stack pointer first, and touches no Python object
//!   until it is `RUNNING` again.
//! - `STOPPED`: it saw `STOP_REQUESTED` at a safepoint, published its stack pointer and waits.
//!
//! A thread that wants to collect (the *collector*) sets `STOP_REQUESTED` under the `WORLD` lock
//! and waits until every other registered thread is `PARKED` or `STOPPED`; it then scans all
//! threads and collects, clears `STOP_REQUESTED` and wakes everyone. A thread leaving `PARKED`
//! waits while a stop is in progress. If a second thread wants to collect while a stop is in
//! progress, it simply stops like the others.
//!
//! # Invariants
//! - INV-S1: while `STOP_REQUESTED` is set and the collector runs, no other registered thread is
//!   `RUNNING` (state changes happen under `WORLD`, and `RUNNING` is entered only when no stop is
//!   requested).
//! - INV-S2: a `PARKED` or `STOPPED` thread's published `sp` bounds (from below) every native
//!   stack slot that may hold one of its Values, and its `Vm` is not mutated until it runs again.
//! - INV-S3: Values handed to a thread that is being created are in `PENDING` until the new
//!   thread has them on its own stack.
//!
//! Orderings: all state is read and written under the `WORLD` mutex (acquire/release by the
//! lock); `STOP_REQUESTED` is additionally an atomic so the safepoint poll is one load without
//! the lock. A `Relaxed` poll is enough: a thread that misses a fresh request just reaches its
//! next safepoint later, and the collector waits for it under the lock.

use std::sync::atomic::{AtomicBool, Ordering};

use objmodel::Value;
use parking_lot::{Condvar, Mutex};

use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    Running,
    Parked,
    Stopped,
}

pub struct ThreadEntry {
    pub vm: *mut Vm,
    pub stack_hi: usize,
    pub sp: usize,
    pub state: State,
    pub id: u64,
}

// SAFETY: the raw Vm pointer is only dereferenced by other threads under INV-S1/INV-S2.
unsafe impl Send for ThreadEntry {}

pub struct World {
    pub threads: Vec<ThreadEntry>,
    stopping: bool,
}

pub static WORLD: Mutex<World> = Mutex::new(World { threads: Vec::new(), stopping: false });
static CHANGED: Condvar = Condvar::new();
pub static STOP_REQUESTED: AtomicBool = AtomicBool::new(false);
static PENDING: Mutex<Vec<Value>> = Mutex::new(Vec::new());
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Register the calling thread (state RUNNING once no stop is in progress).
pub fn register(vm: &mut Vm) -> u64 {
    let (_, hi) = gc_concurrent::stack::current_thread_stack_bounds();
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let mut w = WORLD.lock();
    while w.stopping {
        CHANGED.wait(&mut w);
    }
    w.threads.push(ThreadEntry { vm: vm as *mut Vm, stack_hi: hi, sp: 0, state: State::Running, id });
    id
}

pub fn unregister(vm: &Vm) {
    let mut w = WORLD.lock();
    w.threads.retain(|t| !std::ptr::eq(t.vm, vm));
    CHANGED.notify_all();
}

pub fn thread_count() -> usize {
    WORLD.lock().threads.len()
}

fn set_state(w: &mut World, vm: *const Vm, st: State, sp: usize) {
    for t in w.threads.iter_mut() {
        if std::ptr::eq(t.vm, vm) {
            t.state = st;
            t.sp = sp;
        }
    }
}

/// Run `f` (which must not touch Python objects) as a parked thread: collections may run
/// meanwhile. Used around every blocking operation.
pub fn blocking<R>(vm: &mut Vm, f: impl FnOnce() -> R) -> R {
    let vmp = vm as *mut Vm as *const Vm;
    gc_concurrent::stack::with_registers_spilled(|sp| {
        {
            let mut w = WORLD.lock();
            set_state(&mut w, vmp, State::Parked, sp);
            CHANGED.notify_all();
        }
        let r = f();
        let mut w = WORLD.lock();
        while w.stopping {
            CHANGED.wait(&mut w);
        }
        set_state(&mut w, vmp, State::Running, 0);
        r
    })
}

/// Called at a safepoint when `STOP_REQUESTED` is set: stop until the collection is over.
#[cold]
pub fn stop_here(vm: &mut Vm) {
    let vmp = vm as *mut Vm as *const Vm;
    gc_concurrent::stack::with_registers_spilled(|sp| {
        let mut w = WORLD.lock();
        if !w.stopping {
            return;
        }
        set_state(&mut w, vmp, State::Stopped, sp);
        CHANGED.notify_all();
        while w.stopping {
            CHANGED.wait(&mut w);
        }
        set_state(&mut w, vmp, State::Running, 0);
    });
}

/// Stop the world, run `f` with every other thread stopped or parked, restart the world.
/// Returns None if another thread is already collecting (the caller then stopped for it).
pub fn with_world_stopped<R>(vm: &mut Vm, f: impl FnOnce(&World, usize) -> R) -> Option<R> {
    let vmp = vm as *mut Vm as *const Vm;
    {
        let w = WORLD.lock();
        if w.stopping {
            drop(w);
            stop_here(vm);
            return None;
        }
    }
    gc_concurrent::stack::with_registers_spilled(|sp| {
        let mut w = WORLD.lock();
        if w.stopping {
            drop(w);
            stop_here(vm);
            return None;
        }
        w.stopping = true;
        // Relaxed: see the module doc (polls that miss it are caught by the wait below).
        STOP_REQUESTED.store(true, Ordering::Relaxed);
        set_state(&mut w, vmp, State::Stopped, sp);
        loop {
            let all = w.threads.iter().all(|t| std::ptr::eq(t.vm, vmp) || t.state != State::Running);
            if all {
                break;
            }
            CHANGED.wait(&mut w);
        }
        let r = f(&w, sp);
        w.stopping = false;
        STOP_REQUESTED.store(false, Ordering::Relaxed);
        set_state(&mut w, vmp, State::Running, 0);
        CHANGED.notify_all();
        Some(r)
    })
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

/// Start a Python thread running `body(vm, vals)` on a new OS thread with a large stack.
pub fn spawn_python_thread(
    name: String,
    vals: Vec<Value>,
    body: impl FnOnce(&mut Vm, &[Value]) + Send + 'static,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    add_pending(&vals);
    let raw: Vec<usize> = vals.iter().map(|v| v.raw()).collect();
    std::thread::Builder::new().name(name).stack_size(256 << 20).spawn(move || {
        let vals: Vec<Value> = raw.into_iter().map(Value::from_raw).collect();
        let mut vm = Vm::new();
        let vm = &mut *vm;
        vm.temp_roots.extend_from_slice(&vals);
        remove_pending(&vals);
        body(vm, &vals);
        crate::stdlib::sys::raw_flush_stdout_if_needed();
    })
}

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
/// (`thread::thread_stack_bytes`). Nobody joins it: Python's `join` waits on locks.
///
/// The new thread detaches itself before it runs anything, and the starter gives up its handle
/// without detaching it. Dropping a `JoinHandle` detaches the thread from the *starting* thread,
/// and glibc's `pthread_detach` on a thread that is exiting at that moment may read the
/// thread's descriptor after the thread freed it: it marks the thread detached, the exiting
/// thread sees the mark and frees its own stack, another exiting thread trims glibc's stack
/// cache and unmaps that stack (these stacks are far larger than the cache's 40 MiB), and only
/// then does `pthread_detach` read whether the thread was exiting. A short thread started by
/// `threading` often exits before its starter drops the handle: `thread_churn` crashed
/// (SIGSEGV in `pthread_detach` under `start_thread`) in about one run in twenty with
/// `PYRS_GC_STRESS=1` on one core. A thread that detaches itself is running, so glibc frees
/// its stack only at its exit, once the kernel is done with it.
pub fn spawn_python_thread(
    name: String,
    vals: Vec<Value>,
    body: impl FnOnce(&mut Vm, &[Value]) + Send + 'static,
) -> std::io::Result<()> {
    add_pending(&vals);
    let raw: Vec<usize> = vals.iter().map(|v| v.raw()).collect();
    let spawned = std::thread::Builder::new().name(name).stack_size(crate::stdlib::thread::thread_stack_bytes()).spawn(move || {
        detach_self();
        let vals: Vec<Value> = raw.into_iter().map(Value::from_raw).collect();
        let mut vm = Vm::new();
        let vm = &mut *vm;
        vm.temp_roots.extend_from_slice(&vals);
        remove_pending(&vals);
        body(vm, &vals);
        crate::stdlib::sys::raw_flush_stdout_if_needed();
    });
    match spawned {
        Ok(handle) => {
            give_up_handle(handle);
            Ok(())
        }
        Err(e) => {
            remove_pending(&vals);
            Err(e)
        }
    }
}

/// Detaches the calling thread (see `spawn_python_thread`).
#[cfg(unix)]
fn detach_self() {
    // SAFETY: pthread_self() is the calling thread, which is running and joinable (its starter
    // gives up its handle without detaching or joining it: `give_up_handle`), so it is detached
    // exactly once, by itself.
    let r = unsafe { libc::pthread_detach(libc::pthread_self()) };
    debug_assert_eq!(r, 0, "pthread_detach(pthread_self())");
}

#[cfg(not(unix))]
fn detach_self() {}

/// Drops the starter's handle on a thread that detaches itself (`detach_self`), without the
/// detach a dropped `JoinHandle` does.
#[cfg(unix)]
fn give_up_handle(handle: std::thread::JoinHandle<()>) {
    use std::os::unix::thread::JoinHandleExt;
    // The raw pthread_t is the thread's own to release now (it detaches itself); this handle's
    // other parts (the result packet, the Thread) are freed here.
    let _ = handle.into_pthread_t();
}

#[cfg(not(unix))]
fn give_up_handle(handle: std::thread::JoinHandle<()>) {
    drop(handle);
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    unsafe extern "C" {
        // POSIX; the libc crate does not bind it.
        fn pthread_attr_getdetachstate(attr: *const libc::pthread_attr_t, state: *mut libc::c_int) -> libc::c_int;
    }

    /// The calling thread's detach state, as glibc reports it.
    fn detach_state() -> libc::c_int {
        let mut attr = std::mem::MaybeUninit::<libc::pthread_attr_t>::uninit();
        let mut state = -1;
        // SAFETY: `attr` is initialised by pthread_getattr_np before it is read and destroyed
        // after; `state` is a valid local.
        unsafe {
            assert_eq!(libc::pthread_getattr_np(libc::pthread_self(), attr.as_mut_ptr()), 0);
            assert_eq!(pthread_attr_getdetachstate(attr.as_ptr(), &mut state), 0);
            libc::pthread_attr_destroy(attr.as_mut_ptr());
        }
        state
    }

    /// A Python thread is detached (by itself) before its body runs, so that no other thread
    /// ever calls `pthread_detach` on it while it exits (see `spawn_python_thread`).
    #[test]
    fn python_threads_detach_themselves_before_they_run() {
        let (tx, rx) = std::sync::mpsc::channel();
        spawn_python_thread("detach-test".into(), Vec::new(), move |_vm, _| {
            tx.send(detach_state()).unwrap();
        })
        .unwrap();
        let state = rx.recv_timeout(std::time::Duration::from_secs(60)).unwrap();
        assert_eq!(state, libc::PTHREAD_CREATE_DETACHED);
    }
}

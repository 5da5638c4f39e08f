//! The vm side of garbage collection: the thread registry, the root set, and collection at
//! safepoints.
//!
//! Roots of a collection:
//! 1. the runtime's permanent roots (types, interned strings, `sys.modules`, builtins);
//! 2. each thread's frame data stack (scanned conservatively: stale slots above a frame's stack
//!    pointer are harmless, `find_object` validates every word);
//! 3. each thread's native stack from its spilled registers up to the stack base, scanned
//!    conservatively — this is what makes a `Value` held in any Rust local safe;
//! 4. each thread's `temp_roots`, handled exception and frame chain.
//!
//! Cycles run on gc-concurrent's collector thread (started with the runtime). The world stops
//! twice per cycle — through the handshake in objmodel/src/threads.rs, run by the first Python
//! thread to reach a safepoint after the collector posted the pause (objmodel/src/delegate.rs;
//! the collector runs it itself, from outside, when every thread is parked): every thread stops
//! at its next safepoint (calls, backward jumps) or is already parked — for the initial pause (roots, including the frames of running generators)
//! and the final pause (the last SATB logs; per-thread attribute caches dropped). Marking,
//! finalizers and sweeping run while Python threads run. A thread at a safepoint that finds a
//! cycle due only wakes the collector; one that allocated far ahead of a running cycle waits for
//! it, parked. `gc.collect()` runs a whole collection in one pause on the calling thread.
//! Allocation never collects, so native code between safepoints never sees objects vanish.

use std::ptr::NonNull;

use gc_concurrent::{GcClient, Tracer};
use objmodel::Value;

use crate::vm::Vm;

pub(crate) fn register_thread(vm: &mut Vm) {
    crate::safepoint::register(vm);
}

pub(crate) fn unregister_thread(vm: &mut Vm) {
    crate::safepoint::unregister(vm);
}

struct Client<'a> {
    threads: &'a [objmodel::threads::StoppedThread<'a>],
    /// The collector's own stack pointer (its registers are spilled below it).
    my_sp: usize,
    /// The collecting Python thread's Vm (null for the collector thread, which has none).
    me: *const Vm,
}

/// Reports the pointers of `obj` (both clients: pauses and the collector's concurrent tracing).
fn trace_fields(obj: NonNull<u8>, tracer: &mut Tracer) {
    let v = Value::from_raw(obj.as_ptr() as usize);
    objmodel::trace::trace_object(v, &mut |c| visit_value(tracer, c));
}

fn visit_value(tracer: &mut Tracer, v: Value) {
    if v.is_ptr() {
        tracer.visit(v.raw() as *const u8);
    }
}

impl GcClient for Client<'_> {
    fn roots(&self, tracer: &mut Tracer) {
        crate::runtime::rt().for_each_root(&mut |v| visit_value(tracer, v));
        crate::stdlib::for_each_root(&mut |v| visit_value(tracer, v));
        crate::safepoint::for_each_pending(&mut |v| visit_value(tracer, v));
        crate::finalize::for_each_root(&mut |v| visit_value(tracer, v));
        for t in self.threads {
            if t.state == objmodel::threads::State::Exited {
                // Leaving for good: it holds no Value anyone needs, and its Vm is going away.
                continue;
            }
            let vmp = t.ctl.user as *const Vm;
            // SAFETY: INV-T1/INV-T3 (objmodel threads.rs): every other thread is stopped or
            // parked and does not touch its Vm; the collector's own Vm is borrowed by this call
            // chain only for reading.
            let vm = unsafe { &*vmp };
            let sp = if std::ptr::eq(vmp, self.me) { self.my_sp } else { t.sp };
            if sp != 0 {
                tracer.visit_conservative(sp as *const usize, t.ctl.stack_hi as *const usize);
            }
            for (lo, hi) in vm.stack.used_ranges() {
                tracer.visit_conservative(lo, hi);
            }
            for v in &vm.temp_roots {
                visit_value(tracer, *v);
            }
            for v in &vm.repr_guard {
                visit_value(tracer, *v);
            }
            visit_value(tracer, vm.exc_info);
            for f in &vm.frames {
                visit_value(tracer, f.code);
                visit_value(tracer, f.globals);
            }
            for &g in &vm.running_gens {
                visit_value(tracer, g);
                crate::interp::generator::snapshot_running(g, &mut |v| visit_value(tracer, v));
            }
        }
    }

    fn trace(&self, obj: NonNull<u8>, tracer: &mut Tracer) {
        trace_fields(obj, tracer);
    }

    fn marking_done(&self) {
        clear_attr_caches(self.threads);
    }

    fn resurrected(&self, objs: &[NonNull<u8>]) {
        crate::finalize::resurrected(objs);
    }

    fn clear_weak(&self, is_live: &dyn Fn(NonNull<u8>) -> bool) {
        crate::finalize::weak_cleared(crate::stdlib::modules_a::weak::clear_dead(is_live));
    }
}

/// Drops every thread's attribute cache: it names objects without keeping them alive, and the
/// sweep after this may free some (world stopped).
fn clear_attr_caches(threads: &[objmodel::threads::StoppedThread<'_>]) {
    for t in threads {
        if t.state == objmodel::threads::State::Exited {
            continue;
        }
        // SAFETY: as in `roots`: all threads are stopped; clearing a cache is a plain write
        // to memory no other thread touches until it resumes.
        let vm = unsafe { &mut *(t.ctl.user as *mut Vm) };
        vm.attr_cache.clear();
        vm.global_cache.clear();
    }
}

/// The collector thread's view of the runtime (gc-concurrent's `World`).
struct VmWorld;

/// Tracing while Python threads run: no roots, objects only.
struct ConcurrentClient;

impl GcClient for ConcurrentClient {
    fn roots(&self, _tracer: &mut Tracer) {
        unreachable!("roots are scanned in pauses")
    }
    fn trace(&self, obj: NonNull<u8>, tracer: &mut Tracer) {
        trace_fields(obj, tracer);
    }
    /// Native objects keep their Values behind a mutex (or a generator's snapshot word) that
    /// the assisting thread, allocating, may hold itself: the collector thread traces those.
    /// Every other layout is read with atomic loads, as the collector thread reads it.
    fn may_trace_in_mutator(&self, obj: NonNull<u8>) -> bool {
        Value::from_raw(obj.as_ptr() as usize).header().kind() != objmodel::Kind::Native
    }
}

impl gc_concurrent::World for VmWorld {
    /// Hands the pause to a running Python thread when one reaches a safepoint (objmodel's
    /// delegate.rs), which then scans its own stack from its safepoint; runs it here when every
    /// thread is parked.
    fn stop_the_world(&self, f: &mut dyn FnMut(&dyn GcClient)) -> gc_concurrent::Stopped {
        let (running, on_mutator) = objmodel::threads::stop_the_world_delegated(objmodel::threads::Registry::global(), |threads, sp| {
            // The thread running the pause, if a Python one: its Vm, scanned from `sp`.
            let me = objmodel::threads::current_ctl().map_or(std::ptr::null(), |c| c.user as *const Vm);
            f(&Client { threads, my_sp: sp, me });
            threads.iter().filter(|t| t.state == objmodel::threads::State::Stopped).count()
        });
        gc_concurrent::Stopped { running, on_mutator, span: objmodel::threads::last_pause() }
    }
    fn concurrent_client(&self) -> &dyn GcClient {
        &ConcurrentClient
    }
    fn still_stopped(&self) -> usize {
        objmodel::threads::Registry::global().count_stopped()
    }
}

/// Starts the collector thread (runtime start-up), unless `PYRS_GC_CONCURRENT=0` asks for
/// whole collections in one pause at safepoints instead (for comparisons).
pub fn start_collector() {
    if std::env::var("PYRS_GC_CONCURRENT").is_ok_and(|v| v.trim() == "0") {
        return;
    }
    gc_concurrent::heap().start_collector(&VmWorld);
}

/// Stop for a pause, or wake the collector if a cycle is due, or wait for a running cycle if
/// this thread allocated too far ahead of it. Called at safepoints (calls and backward jumps).
#[inline]
pub fn safepoint(vm: &mut Vm) {
    if crate::safepoint::poll_pending(vm) {
        crate::safepoint::stop_here(vm);
    }
    if objmodel::alloc::collection_due() {
        on_due(vm);
    }
}

#[cold]
#[inline(never)]
fn on_due(vm: &mut Vm) {
    let heap = gc_concurrent::heap();
    if heap.take_finalize_due() {
        crate::finalize::run_pending(vm, false);
        if !heap.collection_due() {
            return;
        }
    }
    if !heap.collector_running() {
        collect(vm);
        return;
    }
    let due = heap.take_due();
    if due.start {
        heap.request_collection();
    }
    if due.overdue {
        // Allocation throttling: stopped by the GC as much as a pause is, so it counts as one.
        let waited = crate::safepoint::blocking(vm, || heap.wait_for_cycle_end());
        heap.record_pause(waited);
    }
}

/// Run a whole collection in one pause on this thread (`gc.collect()`), after any concurrent
/// cycle in progress has ended.
#[inline(never)]
pub fn collect(vm: &mut Vm) {
    let me = vm as *const Vm;
    let heap = gc_concurrent::heap();
    loop {
        if !heap.is_idle() {
            crate::safepoint::blocking(vm, || heap.wait_for_cycle_end());
        }
        let done = crate::safepoint::with_world_stopped(vm, |threads, sp| {
            let client = Client { threads, my_sp: sp, me };
            heap.try_collect(&client).is_some()
        });
        match done {
            Some(true) => return,
            // Another thread stopped the world first (we stopped for it), or a concurrent
            // cycle began: wait and retry.
            _ => continue,
        }
    }
}

/// `--gc-stats`: print the collector's statistics to stderr.
pub fn print_stats() {
    let s = gc_concurrent::heap().stats();
    eprintln!("{s}");
}

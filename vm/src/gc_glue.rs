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
//! Collections run only at safepoints (the interpreter polls at calls and backward jumps) and
//! allocation never collects, so native code between safepoints never sees objects vanish.
//! A collection stops the world through the handshake in objmodel/src/threads.rs (every
//! other thread stops at its next safepoint or is already parked).

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
    me: *const Vm,
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
        }
    }

    fn trace(&self, obj: NonNull<u8>, tracer: &mut Tracer) {
        let v = Value::from_raw(obj.as_ptr() as usize);
        objmodel::trace::trace_object(v, &mut |c| visit_value(tracer, c));
    }
}

/// Collect now if the allocator asked for it, or stop for another thread's collection.
/// Called at safepoints (calls and backward jumps).
#[inline]
pub fn safepoint(vm: &mut Vm) {
    if crate::safepoint::poll_pending(vm) {
        crate::safepoint::stop_here(vm);
    }
    if objmodel::alloc::collection_due() {
        collect(vm);
    }
}

/// Run a full stop-the-world collection.
#[inline(never)]
pub fn collect(vm: &mut Vm) {
    let me = vm as *const Vm;
    crate::safepoint::with_world_stopped(vm, |threads, sp| {
        let client = Client { threads, my_sp: sp, me };
        gc_concurrent::heap().collect(&client);
        for t in threads {
            if t.state == objmodel::threads::State::Exited {
                continue;
            }
            // SAFETY: as in `roots`: all threads are stopped; clearing a cache is a plain write
            // to memory no other thread touches until it resumes.
            unsafe { (*(t.ctl.user as *mut Vm)).attr_cache.clear() };
        }
    });
}

/// `--gc-stats`: print the collector's statistics to stderr.
pub fn print_stats() {
    let s = gc_concurrent::heap().stats();
    eprintln!("{s}");
}

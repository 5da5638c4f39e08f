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
//! In this stage a collection is stop-the-world on a single mutator: when several Python
//! threads are registered, the collection is deferred to the threads issue's handshake.

use std::ptr::NonNull;

use gc_concurrent::{GcClient, Tracer};
use objmodel::Value;
use parking_lot::Mutex;

use crate::vm::Vm;

struct ThreadEntry {
    vm: usize,
    stack_hi: usize,
}

static THREADS: Mutex<Vec<ThreadEntry>> = Mutex::new(Vec::new());

pub(crate) fn register_thread(vm: &Vm) {
    let (_, hi) = gc_concurrent::stack::current_thread_stack_bounds();
    THREADS.lock().push(ThreadEntry { vm: vm as *const Vm as usize, stack_hi: hi });
}

pub(crate) fn unregister_thread(vm: &Vm) {
    THREADS.lock().retain(|t| t.vm != vm as *const Vm as usize);
}

struct Client<'a> {
    vm: &'a Vm,
    sp: usize,
    stack_hi: usize,
}

fn visit_value(tracer: &mut Tracer, v: Value) {
    if v.is_ptr() {
        tracer.visit(v.raw() as *const u8);
    }
}

impl GcClient for Client<'_> {
    fn roots(&self, tracer: &mut Tracer) {
        self.vm.rt.for_each_root(&mut |v| visit_value(tracer, v));
        for (lo, hi) in self.vm.stack.used_ranges() {
            tracer.visit_conservative(lo, hi);
        }
        tracer.visit_conservative(self.sp as *const usize, self.stack_hi as *const usize);
        for v in &self.vm.temp_roots {
            visit_value(tracer, *v);
        }
        visit_value(tracer, self.vm.exc_info);
        for f in &self.vm.frames {
            visit_value(tracer, f.code);
            visit_value(tracer, f.globals);
        }
        crate::stdlib::for_each_root(&mut |v| visit_value(tracer, v));
    }

    fn trace(&self, obj: NonNull<u8>, tracer: &mut Tracer) {
        let v = Value::from_raw(obj.as_ptr() as usize);
        objmodel::trace::trace_object(v, &mut |c| visit_value(tracer, c));
    }
}

/// Collect now if the allocator asked for it. Called at safepoints.
#[inline]
pub fn safepoint(vm: &mut Vm) {
    if objmodel::alloc::collection_due() {
        collect(vm);
    }
}

/// Run a full collection (stop-the-world; see module doc).
#[inline(never)]
pub fn collect(vm: &mut Vm) {
    let hi = {
        let t = THREADS.lock();
        if t.len() != 1 {
            // Several Python threads: needs the all-thread handshake (threads issue).
            return;
        }
        t[0].stack_hi
    };
    let vm: &Vm = vm;
    gc_concurrent::stack::with_registers_spilled(|sp| {
        let client = Client { vm, sp, stack_hi: hi };
        gc_concurrent::heap().collect(&client);
    });
}

/// `--gc-stats`: print the collector's statistics to stderr.
pub fn print_stats() {
    let s = gc_concurrent::heap().stats();
    eprintln!("{s}");
}

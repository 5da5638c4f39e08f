//! `Vm`: the state of one Python thread — its value stack for frames, the exception being
//! handled, the recursion depth, its attribute cache — and error constructors.
//!
//! A `Vm` is never shared: every OS thread running Python code owns exactly one and passes
//! `&mut Vm` down every call. Shared state lives in the [`Runtime`].

use objmodel::{TypeObj, Value};

use crate::error::PyErr;
use crate::interp::datastack::DataStack;
use crate::objects::exceptions;
use crate::runtime::{Runtime, rt};

/// One entry of the per-thread frame chain (for tracebacks and `sys._getframe`).
#[derive(Clone, Copy)]
pub struct FrameRef {
    /// The running code object (a `CodeObj` Value).
    pub code: Value,
    /// Pointer to the frame's current instruction index, updated by the interpreter.
    pub pc: *const usize,
    pub globals: Value,
    /// The frame's fast locals and cells.
    pub fast: *mut Value,
    /// The namespace of a module or class body (NULL in functions).
    pub locals: Value,
    /// The frame's `f_locals` slot (see `Frame::f_locals`).
    pub f_locals: *mut Value,
}

pub struct Vm {
    pub rt: &'static Runtime,
    /// Locals and value stacks of the frames of this thread.
    pub stack: DataStack,
    /// The frames currently executing, innermost last.
    pub frames: Vec<FrameRef>,
    /// The exception being handled (`sys.exc_info()`), or NULL.
    pub exc_info: Value,
    /// Python call depth, checked against the recursion limit.
    pub depth: usize,
    /// Lowest native stack address a Python call may start below (the thread's stack bottom
    /// plus a margin for the native code under it): deeper calls raise RecursionError instead
    /// of overflowing the native stack (`interp::call::enter_call`).
    pub stack_limit: usize,
    /// Values that native code holds in Rust heap memory across calls into Python code.
    pub temp_roots: Vec<Value>,
    /// Per-thread attribute lookup cache keyed by (type version, name).
    pub attr_cache: Box<crate::ops::attr_cache::AttrCache>,
    /// Where each `LoadGlobal` site found its name (ops/global_cache.rs).
    pub global_cache: Box<crate::ops::global_cache::GlobalCache>,
    /// Set while the thread is unwinding a RecursionError (gives the handler some headroom).
    pub recursion_headroom: bool,
    /// Containers whose repr is in progress (for `[...]` on self-reference).
    pub repr_guard: Vec<Value>,
    /// Generators whose frames this thread runs now, innermost last (their slots are reported
    /// by a marking's initial pause: interp/generator.rs).
    pub running_gens: Vec<Value>,
    /// This thread's entry in the thread registry (objmodel/src/threads.rs).
    pub ctl: Option<std::sync::Arc<objmodel::threads::ThreadCtl>>,
    /// `ctl`'s safepoint poll word (or a never-set word before registration).
    pub poll: *const std::sync::atomic::AtomicUsize,
    /// The gate its starter waits on until this thread first blocks or ends (first_slice.rs).
    pub first_slice: Option<std::sync::Arc<crate::first_slice::FirstSlice>>,
}

impl Vm {
    /// A Vm for the calling thread (attaches it to the heap). Boxed: the GC registry keeps its
    /// address.
    pub fn new() -> Box<Vm> {
        let rt = crate::runtime::init();
        objmodel::alloc::attach_thread();
        let mut vm = Box::new(Vm {
            rt,
            stack: DataStack::new(),
            frames: Vec::with_capacity(64),
            exc_info: Value::NULL,
            depth: 0,
            stack_limit: native_stack_limit(),
            temp_roots: Vec::new(),
            attr_cache: crate::ops::attr_cache::AttrCache::new(),
            global_cache: crate::ops::global_cache::GlobalCache::new(),
            recursion_headroom: false,
            repr_guard: Vec::new(),
            running_gens: Vec::new(),
            ctl: None,
            poll: &crate::safepoint::NO_POLL as *const _,
            first_slice: None,
        });
        crate::gc_glue::register_thread(&mut vm);
        vm
    }

    pub fn intern(&self, s: &str) -> Value {
        self.rt.intern(s)
    }

    /// A new exception of type `ty` with a single message argument.
    pub fn new_error(&mut self, ty: &TypeObj, msg: impl Into<String>) -> PyErr {
        let s = objmodel::alloc::new_str(&msg.into());
        PyErr(exceptions::new_exception(ty, &[s]))
    }
    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(rt().exc.type_error, msg)
    }
    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(rt().exc.value_error, msg)
    }
    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(rt().exc.index_error, msg)
    }
    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(rt().exc.attribute_error, msg)
    }
    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(rt().exc.runtime_error, msg)
    }
    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(rt().exc.overflow_error, msg)
    }
    pub fn zero_division(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(rt().exc.zero_division_error, msg)
    }
    pub fn name_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(rt().exc.name_error, msg)
    }
    pub fn not_implemented_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(rt().exc.not_implemented_error, msg)
    }
    /// KeyError carries the key itself as its argument.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        PyErr(exceptions::new_exception(rt().exc.key_error, &[key]))
    }
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let args: &[Value] = if value.is_null() || value.is_none() { &[] } else { &[value] };
        PyErr(exceptions::new_exception(rt().exc.stop_iteration, args))
    }
    /// Whether `e` is an instance of `ty` (or a subclass).
    pub fn err_matches(&self, e: &PyErr, ty: &TypeObj) -> bool {
        crate::objects::type_::is_subtype(e.0.class(), ty)
    }

    /// Enter a container repr; true if `v` is already being printed (recursion).
    pub fn repr_guard_enter(&mut self, v: Value) -> bool {
        if self.repr_guard.iter().any(|x| x.is(v)) {
            return true;
        }
        self.repr_guard.push(v);
        false
    }
    pub fn repr_guard_exit(&mut self, v: Value) {
        if let Some(p) = self.repr_guard.iter().rposition(|x| x.is(v)) {
            self.repr_guard.remove(p);
        }
    }

    /// Run `f` with `vals` registered as roots (for Values kept in Rust heap memory while `f`
    /// may run Python code).
    pub fn with_roots<R>(&mut self, vals: &[Value], f: impl FnOnce(&mut Vm) -> R) -> R {
        let n = self.temp_roots.len();
        self.temp_roots.extend_from_slice(vals);
        let r = f(self);
        self.temp_roots.truncate(n);
        r
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        crate::gc_glue::unregister_thread(self);
    }
}

/// `Vm::stack_limit` for the calling thread: its stack's lowest address plus a quarter of the
/// stack, at most 4 MiB (native recursion that runs no Python call in between — nested reprs,
/// deep data in json or pickle — has that much room below the deepest Python frame).
fn native_stack_limit() -> usize {
    let (lo, hi) = gc_concurrent::stack::current_thread_stack_bounds();
    lo + ((hi - lo) / 4).min(4 << 20)
}

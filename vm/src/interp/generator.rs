//! Generators: a generator owns its frame's slots (fast locals, cells and value stack) in a
//! native payload, so a suspended frame costs no copying: resumption points a new `Frame` at
//! the same slots and restores the pc, stack depth and block stack saved at the last yield.
//!
//! Layout: a `FixedObj` of kind Generator with a = the `GenState` holder (NativeObj), b =
//! `__name__`, c = `__qualname__`, d = the code object.

use std::any::Any;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use objmodel::layout::{NativeData, NativeObj};
use objmodel::{Kind, Value};

use super::eval::{Exit, run_frame};
use super::frame::{Block, Frame, no_blocks};
use crate::args::Args;
use crate::bytecode::CodeObject;
use crate::error::{PyErr, PyResult};
use crate::objects::{exceptions, function};
use crate::vm::{FrameRef, Vm};

struct GenInner {
    slots: Box<[Value]>,
    pc: usize,
    sp: usize,
    blocks: Vec<Block>,
    started: bool,
    finished: bool,
    func: Value,
    globals: Value,
    /// The generator's own handled-exception state (CPython's gi_exc_state).
    exc_info: Value,
}

pub struct GenState {
    running: AtomicBool,
    /// Set once, right after creation, on a generator a `for` loop owns ("Loop-owned
    /// generators" in bytecode.rs, INV-LO1). Only the thread running that loop's frame reads
    /// it: Relaxed suffices, since a frame moving to another thread (a suspended generator
    /// frame resumed elsewhere) is ordered by that generator's `running` Release/Acquire.
    loop_owned: AtomicBool,
    /// Whether this generator is registered for closing when it dies (`FIN_*`, see
    /// [`note_suspended`]). Changed only by the thread that holds `running` (or by the finalizer
    /// after the collector handed the dead generator over); others read it only as a hint
    /// (`is_registered`), so Relaxed suffices.
    finalizer: AtomicU8,
    inner: UnsafeCell<GenInner>,
    /// Snapshot-on-first-touch for the concurrent marker (gc-concurrent satb.rs, INV-S3): the
    /// frame's slots change without a write barrier, so whoever touches them first in a marking
    /// cycle — the resuming thread before it runs the frame, or the marker before it reads
    /// them — reports all of them once. A generator running when a marking starts is reported
    /// by the initial pause (`snapshot_running`).
    snap: gc_concurrent::satb::Snapshot,
}

// SAFETY: `inner` is changed only by the thread that set `running` (compare-exchange in
// `resume`) or by `close` on a generator that never started, each after `before_change`; it is
// read by the collector with the world stopped, or by the concurrent marker only inside
// `snap.ensure` — which excludes changes (INV-S3).
unsafe impl Sync for GenState {}
unsafe impl Send for GenState {}

impl GenState {
    /// Reports every Value of the frame state.
    ///
    /// # Safety
    /// Nobody changes `inner` meanwhile (see the `Sync` impl).
    unsafe fn report(&self, visit: &mut dyn FnMut(Value)) {
        // SAFETY: the caller's contract.
        let g = unsafe { &*self.inner.get() };
        for v in g.slots.iter() {
            visit(*v);
        }
        for b in &g.blocks {
            visit(b.saved_exc);
        }
        visit(g.func);
        visit(g.globals);
        visit(g.exc_info);
    }

    /// Call before changing `inner`: while a marking runs, logs the current state for the marker
    /// once per cycle.
    fn before_change(&self) {
        if gc_concurrent::satb::active() {
            self.snap.ensure(gc_concurrent::satb::cycle(), || {
                // SAFETY: inside `ensure` nobody changes `inner` (INV-S3).
                unsafe { self.report(&mut |v| objmodel::alloc::satb_log(v.raw())) }
            });
        }
    }
}

/// Reports the frame state of a generator running on a stopped thread as roots of the marking
/// starting in this pause (world stopped).
pub fn snapshot_running(g: Value, visit: &mut dyn FnMut(Value)) {
    let st = state(g);
    st.snap.ensure(gc_concurrent::satb::cycle(), || {
        // SAFETY: world stopped: the thread running the frame is stopped.
        unsafe { st.report(visit) }
    });
}

impl NativeData for GenState {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        if gc_concurrent::tracing_concurrently() {
            // A report in this cycle (by a resumer or the initial pause) already covers every
            // Value the frame held at the snapshot; otherwise report now, excluding changes.
            self.snap.ensure(gc_concurrent::satb::cycle(), || {
                // SAFETY: inside `ensure` nobody changes `inner` (INV-S3).
                unsafe { self.report(visit) }
            });
        } else {
            // SAFETY: world stopped (no resume in progress on other threads; a running
            // generator's frame is on a stopped thread whose slots are these).
            unsafe { self.report(visit) }
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn state(g: Value) -> &'static GenState {
    let holder = function::fixed(g).a.get();
    // SAFETY: a generator's `a` is a NativeObj holding a GenState (set in new_generator).
    let n = unsafe { holder.cast::<NativeObj>() };
    n.data::<GenState>().expect("generator state")
}

pub fn is_generator(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::Generator
}

/// Create a generator for `func`; `init` binds the arguments into the slots.
pub fn new_generator(
    vm: &mut Vm,
    func: Value,
    code_v: Value,
    code: &'static CodeObject,
    init: impl FnOnce(&mut Vm, &mut [Value]) -> PyResult<()>,
) -> PyResult {
    let n = Frame::slots_needed(code);
    let mut slots = vec![Value::NULL; n].into_boxed_slice();
    init(vm, &mut slots)?;
    let fo = function::func(func);
    let st = GenState {
        snap: gc_concurrent::satb::Snapshot::new(),
        running: AtomicBool::new(false),
        loop_owned: AtomicBool::new(false),
        finalizer: AtomicU8::new(FIN_NONE),
        inner: UnsafeCell::new(GenInner {
            slots,
            pc: 0,
            sp: 0,
            blocks: Vec::new(),
            started: false,
            finished: false,
            func,
            globals: fo.globals.get(),
            exc_info: Value::NULL,
        }),
    };
    let holder = objmodel::alloc::new_native(vm.rt.types.internal, Box::new(st));
    let t = if code.has_flag(crate::bytecode::flags::COROUTINE) {
        vm.rt.extra.coroutine
    } else if code.has_flag(crate::bytecode::flags::ASYNC_GENERATOR) {
        vm.rt.extra.async_generator
    } else {
        vm.rt.types.generator
    };
    Ok(objmodel::alloc::new_fixed(Kind::Generator, t, 0, holder, fo.name.get(), fo.qualname.get(), code_v))
}

/// Result of one resumption.
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

/// The generator-kind `self` of a native method (a TypeError for anything else, e.g.
/// `type(gen).send(1, None)`).
pub(crate) fn gen_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(&g) if is_generator(g) => Ok(g),
        Some(&v) => Err(vm.type_error(format!("expected a generator object, got '{}'", v.class().error_name()))),
        None => Err(vm.type_error("method needs an argument")),
    }
}

/// Resume `g` sending `sent`, or throwing `throw` into it.
pub fn resume(vm: &mut Vm, g: Value, sent: Value, throw: Option<PyErr>) -> PyResult<Step> {
    if !is_generator(g) {
        return Err(vm.type_error(format!("expected a generator object, got '{}'", g.class().error_name())));
    }
    let st = state(g);
    if st.running.compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
        return Err(vm.value_error(format!("{} already executing", kind_name(g))));
    }
    st.before_change();
    // SAFETY: we own the generator while `running` is set.
    let inner = unsafe { &mut *st.inner.get() };
    vm.running_gens.push(g);
    let r = resume_locked(vm, g, inner, sent, throw);
    vm.running_gens.pop();
    // Release: the frame state saved above is visible to the next thread that resumes.
    st.running.store(false, Ordering::Release);
    r
}

fn resume_locked(vm: &mut Vm, g: Value, inner: &mut GenInner, sent: Value, throw: Option<PyErr>) -> PyResult<Step> {
    if inner.finished {
        if std::ptr::eq(g.class(), vm.rt.extra.coroutine)
            && !throw.as_ref().is_some_and(|e| vm.err_matches(e, vm.rt.exc.generator_exit))
        {
            return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
        }
        if let Some(e) = throw {
            return Err(e);
        }
        return Ok(Step::Returned(Value::NULL));
    }
    if !inner.started && throw.is_none() && !sent.is_none() && !sent.is_null() {
        return Err(vm.type_error(format!("can't send non-None value to a just-started {}", kind_name(g))));
    }
    let fo = function::func(inner.func);
    let code_v = function::fixed(g).d.get();
    let code: &'static CodeObject = super::code::rust_code(code_v);
    let ncells = code.cellvars.len() + code.freevars.len();
    let base = inner.slots.as_mut_ptr();
    let mut f = Frame {
        code,
        code_v,
        func: inner.func,
        globals: inner.globals,
        builtins: vm.rt.builtins_dict,
        locals: Value::NULL,
        consts: super::code::consts(code_v),
        names: super::code::names(code_v),
        fast: base,
        // SAFETY: slots hold nlocals + ncells + stack.
        stack: unsafe { base.add(code.varnames.len() + ncells) },
        sp: inner.sp,
        pc: inner.pc,
        blocks: no_blocks(),
        nblocks: 0,
        generator: g,
        f_locals: Value::NULL,
    };
    f.set_blocks(&inner.blocks);
    let _ = fo;
    super::call::enter_call(vm)?;
    let saved_exc = vm.exc_info;
    vm.exc_info = inner.exc_info;
    vm.frames.push(FrameRef {
        code: code_v,
        pc: &f.pc as *const usize,
        globals: inner.globals,
        fast: f.fast,
        locals: Value::NULL,
        f_locals: &mut f.f_locals as *mut Value,
    });
    let result = (|| {
        if let Some(e) = throw {
            // Delegate to a sub-generator suspended in `yield from`.
            if inner.started && matches!(code.instrs.get(f.pc), Some(crate::bytecode::Instr::YieldFrom)) {
                // SAFETY: at a YieldFrom the sub-iterator is on top of the stack.
                let sub = unsafe { *f.stack.add(f.sp - 1) };
                if is_generator(sub) {
                    match resume(vm, sub, Value::NULL, Some(e)) {
                        Ok(Step::Yielded(y)) => return Ok(Exit::Yield(y)),
                        Ok(Step::Returned(r)) => {
                            // SAFETY: replace the sub-iterator by its return value and continue.
                            unsafe { *f.stack.add(f.sp - 1) = if r.is_null() { objmodel::none() } else { r } };
                            f.pc += 1;
                        }
                        Err(e2) => {
                            f.pc += 1;
                            super::unwind::handle(vm, &mut f, e2, false)?;
                        }
                    }
                    return run_frame(vm, &mut f);
                }
                if !vm.err_matches(&e, vm.rt.exc.generator_exit) {
                    let name = vm.intern("throw");
                    if let Some(m) = vm.lookup_type_cached(sub.class(), name) {
                        // Another iterator with `throw` (an awaitable's iterator): delegate.
                        match crate::ops::call::call_with_self(vm, m, sub, Args::new(&[e.0])) {
                            Ok(y) => return Ok(Exit::Yield(y)),
                            Err(e2) if vm.err_matches(&e2, vm.rt.exc.stop_iteration) => {
                                let r = exceptions::stop_iteration_value(e2.0);
                                // SAFETY: replace the sub-iterator by its return value.
                                unsafe { *f.stack.add(f.sp - 1) = r };
                                f.pc += 1;
                            }
                            Err(e2) => {
                                f.pc += 1;
                                super::unwind::handle(vm, &mut f, e2, false)?;
                            }
                        }
                        return run_frame(vm, &mut f);
                    }
                }
            }
            f.pc += if inner.started { 0 } else { 0 };
            super::unwind::handle(vm, &mut f, e, !inner.started)?;
        } else if inner.started {
            // The value of the suspended `yield` expression.
            // SAFETY: a yield left room for its result on the stack.
            unsafe { *f.stack.add(f.sp) = if sent.is_null() { objmodel::none() } else { sent } };
            f.sp += 1;
        }
        inner.started = true;
        run_frame(vm, &mut f)
    })();
    vm.frames.pop();
    inner.exc_info = vm.exc_info;
    vm.exc_info = saved_exc;
    super::call::leave_call(vm);
    inner.started = true;
    match result {
        Ok(Exit::Yield(v)) => {
            inner.pc = f.pc;
            inner.sp = f.sp;
            inner.blocks.clear();
            inner.blocks.extend_from_slice(f.live_blocks());
            if !inner.blocks.is_empty() {
                note_suspended(g);
            }
            Ok(Step::Yielded(v))
        }
        Ok(Exit::Return(v)) => {
            finish(inner);
            note_finished(g);
            Ok(Step::Returned(v))
        }
        Err(e) => {
            finish(inner);
            note_finished(g);
            if std::ptr::eq(g.class(), vm.rt.extra.async_generator)
                && vm.err_matches(&e, vm.rt.exc.stop_async_iteration)
            {
                let r = vm.runtime_error("async generator raised StopAsyncIteration");
                exceptions::obj(r.0).cause.set(e.0);
                exceptions::obj(r.0).context.set(e.0);
                return Err(r);
            }
            if vm.err_matches(&e, vm.rt.exc.stop_iteration) {
                let r = vm.runtime_error(format!("{} raised StopIteration", kind_name(g)));
                exceptions::obj(r.0).cause.set(e.0);
                exceptions::obj(r.0).context.set(e.0);
                return Err(r);
            }
            Err(e)
        }
    }
}

/// `GenState::finalizer`: never registered.
const FIN_NONE: u8 = 0;
/// Registered with the collector (`finalize::register_generator`): closed when found dead.
const FIN_REGISTERED: u8 = 1;
/// Handed over dead and closed (or being closed) once: never registered again (PEP 442's
/// finalizers run at most once).
const FIN_DONE: u8 = 2;

/// A generator suspended at a `yield` inside a `try`, `with` or `except` block (its block stack
/// is not empty): if it is dropped there, CPython's finalizer closes it, which runs the
/// `finally` clauses and `__exit__` methods. Such a generator is registered once with the
/// collector's resurrecting finalizers (`finalize::register_generator`), so that the cycle that
/// finds it unreachable hands it to [`finalize_dead`]. Coroutines and async generators are not
/// (their finalization is not modelled). Generators suspended outside any block need nothing:
/// closing them could run no code.
#[inline]
fn note_suspended(g: Value) {
    let st = state(g);
    if st.finalizer.load(Ordering::Relaxed) != FIN_NONE {
        return;
    }
    if kind_name(g) != "generator" {
        // Not modelled for coroutines and async generators: decided once.
        st.finalizer.store(FIN_DONE, Ordering::Relaxed);
        return;
    }
    st.finalizer.store(FIN_REGISTERED, Ordering::Relaxed);
    crate::finalize::register_generator(g);
}

/// The generator finished: withdraw its registration, if any (closing it would do nothing).
#[inline]
fn note_finished(g: Value) {
    if state(g).finalizer.load(Ordering::Relaxed) == FIN_REGISTERED {
        mark_finalized(g);
    }
}

/// Nothing is left for `g`'s finalizer to do, or it ran (a loop closed it): withdraw the
/// registration, if any, and never register again.
fn mark_finalized(g: Value) {
    let st = state(g);
    if st.finalizer.swap(FIN_DONE, Ordering::Relaxed) == FIN_REGISTERED {
        crate::finalize::unregister_generator(g);
    }
}

/// Whether `g` is a generator registered to be closed when it dies (a hint for `del`, which
/// then collects at once: `finalize::collect_on_del`).
#[inline]
pub fn is_registered(g: Value) -> bool {
    is_generator(g) && state(g).finalizer.load(Ordering::Relaxed) == FIN_REGISTERED
}

/// The collector found the registered generator `g` unreachable and handed it over
/// (`finalize`'s queue): close it as CPython's generator finalizer does, reporting a failure
/// as unraisable ("Exception ignored in: <generator object ...>").
pub(crate) fn finalize_dead(vm: &mut Vm, g: Value) {
    if !is_generator(g) {
        return;
    }
    let st = state(g);
    st.finalizer.store(FIN_DONE, Ordering::Relaxed);
    // SAFETY: a peek at the flags; the generator is unreachable except through the finalizer
    // queue, so no other thread resumes it.
    let live = unsafe { (*st.inner.get()).started && !(*st.inner.get()).finished };
    if !live {
        return;
    }
    if let Err(e) = close(vm, g) {
        let at = crate::finalize::running_at(vm);
        crate::interp::traceback::write_unraisable(vm, e, g, at);
    }
}

/// "generator", "coroutine" or "async generator", for error messages.
fn kind_name(g: Value) -> &'static str {
    match g.class().name_str() {
        "coroutine" => "coroutine",
        "async_generator" => "async generator",
        _ => "generator",
    }
}

fn finish(inner: &mut GenInner) {
    inner.finished = true;
    for s in inner.slots.iter_mut() {
        *s = Value::NULL;
    }
    inner.blocks.clear();
}

/// `next(gen)`.
pub fn gen_next(vm: &mut Vm, g: Value) -> PyResult<Option<Value>> {
    match resume(vm, g, objmodel::none(), None)? {
        Step::Yielded(v) => Ok(Some(v)),
        Step::Returned(_) => Ok(None),
    }
}

/// One step of `yield from it` sending `v`.
pub fn yield_from_step(vm: &mut Vm, it: Value, v: Value) -> PyResult<Step> {
    if is_generator(it) {
        return match resume(vm, it, v, None)? {
            Step::Returned(r) => Ok(Step::Returned(if r.is_null() { objmodel::none() } else { r })),
            s => Ok(s),
        };
    }
    if v.is_none() || v.is_null() {
        if it.is_ptr() && it.header().kind() == Kind::Iter {
            return Ok(match vm.next(it)? {
                Some(y) => Step::Yielded(y),
                None => Step::Returned(objmodel::none()),
            });
        }
        let ty = it.class();
        let Some(m) = vm.lookup_type_cached(ty, vm.rt.names.__next__) else {
            return Err(vm.type_error(format!("'{}' object is not an iterator", ty.error_name())));
        };
        return match crate::ops::call::call_with_self(vm, m, it, Args::new(&[])) {
            Ok(y) => Ok(Step::Yielded(y)),
            Err(e) if vm.err_matches(&e, vm.rt.exc.stop_iteration) => {
                Ok(Step::Returned(exceptions::stop_iteration_value(e.0)))
            }
            Err(e) => Err(e),
        };
    }
    match vm.call_method(it, "send", &[v]) {
        Ok(y) => Ok(Step::Yielded(y)),
        Err(e) if vm.err_matches(&e, vm.rt.exc.stop_iteration) => Ok(Step::Returned(exceptions::stop_iteration_value(e.0))),
        Err(e) => Err(e),
    }
}

pub(crate) fn gen_send(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "send", 2, 2)?;
    match resume(vm, a.at(0), a.at(1), None)? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_next_m(vm: &mut Vm, a: Args) -> PyResult {
    let g = gen_self(vm, &a)?;
    match resume(vm, g, objmodel::none(), None)? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_iter(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(a.at(0))
}

pub(crate) fn gen_throw(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "throw", 2, 4)?;
    let (t, v) = (a.at(1), a.get(2));
    let e = match v {
        Some(v) if !v.is_none() && crate::objects::type_::is_type(t) && !exceptions::is_exception(v) => {
            vm.call1(t, v)?
        }
        Some(v) if exceptions::is_exception(v) => v,
        _ => super::helpers::make_exception(vm, t)?,
    };
    match resume(vm, a.at(0), Value::NULL, Some(PyErr(e)))? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(r) => Err(vm.stop_iteration(r)),
    }
}

/// Marks the fresh generator `g` as owned by the `for` loop about to iterate it (INV-LO1; only
/// `interp::call::call_for_iterable` may call this).
pub(crate) fn set_loop_owned(g: Value) {
    state(g).loop_owned.store(true, Ordering::Relaxed);
}

/// A `for` loop (or unwinding) drops the value-stack slot holding `v` early: close `v` if it
/// is a loop-owned generator, or the loop-owned generators a fresh `enumerate`/`zip`/`map`/
/// `filter` holds (INV-LO2), last first.
pub fn close_loop_iterator(vm: &mut Vm, v: Value, code: Value, pc: usize) {
    if is_generator(v) {
        close_owned(vm, v, code, pc);
        return;
    }
    let mut sources = [Value::NULL; 8];
    let n = crate::objects::iter::wrapped_sources(v, &mut sources);
    for s in sources[..n].iter().rev() {
        if is_generator(*s) {
            close_owned(vm, *s, code, pc);
        }
    }
}

/// The generator `g` stays open: it is an argument of a call that may keep it (INV-LO2).
pub(crate) fn clear_loop_owned(g: Value) {
    if is_generator(g) {
        state(g).loop_owned.store(false, Ordering::Relaxed);
    }
}

/// A `for` loop drops its iterator slot early (`PopIter`, exception unwinding): if `v` is a
/// loop-owned generator, that slot held its only reference (INV-LO1), so it is garbage now and
/// CPython's finalizer would close it: close it, reporting a failure as unraisable (with the
/// dropping frame's `code` and `pc` as the traceback of an exception that has none).
pub fn close_owned(vm: &mut Vm, v: Value, code: Value, pc: usize) {
    if !is_generator(v) || !state(v).loop_owned.load(Ordering::Relaxed) {
        return;
    }
    // CPython's `_PyGen_Finalize` closes only a generator suspended at a yield.
    let st = state(v);
    // SAFETY: read of flags by the only thread that can reach `v` (INV-LO1).
    let live = unsafe { (*st.inner.get()).started && !(*st.inner.get()).finished };
    if !live {
        return;
    }
    // This is the generator's finalizer: it does not run again when the generator dies.
    mark_finalized(v);
    if let Err(e) = close(vm, v) {
        crate::interp::traceback::write_unraisable(vm, e, v, Some((code, pc)));
    }
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, g: Value) -> PyResult<()> {
    if !is_generator(g) {
        return Err(vm.type_error(format!("expected a generator object, got '{}'", g.class().error_name())));
    }
    let inner_started = {
        let st = state(g);
        // SAFETY: read-only peek at flags by the owning thread.
        let i = unsafe { &*st.inner.get() };
        i.started && !i.finished
    };
    if !inner_started {
        let st = state(g);
        st.before_change();
        // SAFETY: not running (flags checked above); mark finished.
        let i = unsafe { &mut *st.inner.get() };
        finish(i);
        return Ok(());
    }
    let ge = exceptions::new_exception(vm.rt.exc.generator_exit, &[]);
    match resume(vm, g, Value::NULL, Some(PyErr(ge))) {
        Ok(Step::Yielded(_)) => Err(vm.runtime_error(format!("{} ignored GeneratorExit", kind_name(g)))),
        Ok(Step::Returned(_)) => Ok(()),
        Err(e) if vm.err_matches(&e, vm.rt.exc.generator_exit) || vm.err_matches(&e, vm.rt.exc.stop_iteration) => Ok(()),
        Err(e) => Err(e),
    }
}

pub(crate) fn gen_close(vm: &mut Vm, a: Args) -> PyResult {
    let g = gen_self(vm, &a)?;
    close(vm, g)?;
    Ok(objmodel::none())
}

fn gen_repr(vm: &mut Vm, a: Args) -> PyResult {
    let g = gen_self(vm, &a)?;
    let q = crate::objects::str::as_str(function::fixed(g).c.get()).unwrap_or("?");
    Ok(crate::objects::str::new(&format!("<generator object {q} at {:#x}>", g.raw())))
}

fn get_name(vm: &mut Vm, a: Args) -> PyResult {
    Ok(function::fixed(gen_self(vm, &a)?).b.get())
}
fn get_qualname(vm: &mut Vm, a: Args) -> PyResult {
    Ok(function::fixed(gen_self(vm, &a)?).c.get())
}
fn get_running(vm: &mut Vm, a: Args) -> PyResult {
    Ok(objmodel::bool_(state(gen_self(vm, &a)?).running.load(Ordering::Relaxed)))
}
fn get_code(vm: &mut Vm, a: Args) -> PyResult {
    Ok(function::fixed(gen_self(vm, &a)?).d.get())
}
fn get_frame(vm: &mut Vm, a: Args) -> PyResult {
    let st = state(gen_self(vm, &a)?);
    // SAFETY: read of a flag by the owning thread.
    let fin = unsafe { (*st.inner.get()).finished };
    Ok(if fin { objmodel::none() } else { objmodel::true_() })
}
/// `gi_suspended` (3.11): paused at a `yield`, i.e. started, not finished and not running.
fn get_suspended(vm: &mut Vm, a: Args) -> PyResult {
    let st = state(gen_self(vm, &a)?);
    // SAFETY: read of flags by the owning thread, as in `get_frame`.
    let (started, fin) = unsafe { ((*st.inner.get()).started, (*st.inner.get()).finished) };
    Ok(objmodel::bool_(started && !fin && !st.running.load(Ordering::Relaxed)))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::method;
    let t = r.types.generator;
    method(t, "send", gen_send);
    method(t, "__next__", gen_next_m);
    method(t, "__iter__", gen_iter);
    method(t, "throw", gen_throw);
    method(t, "close", gen_close);
    method(t, "__repr__", gen_repr);
    init_common(t, "gi_");
}

/// The attributes generators, coroutines and async generators share; `prefix` is `gi_`,
/// `cr_` or `ag_`.
pub(crate) fn init_common(t: &'static objmodel::TypeObj, prefix: &str) {
    use crate::objects::define::getset;
    getset(t, "__name__", get_name, None);
    getset(t, "__qualname__", get_qualname, None);
    let names: [&'static str; 4] = match prefix {
        "cr_" => ["cr_running", "cr_frame", "cr_code", "cr_suspended"],
        "ag_" => ["ag_running", "ag_frame", "ag_code", "ag_suspended"],
        _ => ["gi_running", "gi_frame", "gi_code", "gi_suspended"],
    };
    getset(t, names[0], get_running, None);
    getset(t, names[1], get_frame, None);
    getset(t, names[2], get_code, None);
    if prefix != "ag_" {
        getset(t, names[3], get_suspended, None);
    }
}

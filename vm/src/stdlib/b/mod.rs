//! Native modules of stdlib group B (`itertools`, `_collections`, `_functools`, `_pyrs_re`,
//! `_pyrs_queue`) and
//! the helpers they share.
//!
//! Every native object of these modules is a `NativeObj` whose payload is a [`Cell`]: the
//! object's Rust state behind a mutex. The mutex is never held while Python code may run (a
//! call into Python could re-enter the same object), so each method copies what it needs out of
//! the state, releases the lock, calls into Python, and locks again to store the result.
//! Values kept in the state are reported to the collector by the state's [`Trace`] impl.
//!
//! The types are created with `HEAPTYPE` set: the protocol fast paths for non-heap types
//! (comparison, hashing, binary operators) only know the built-in layouts, and would never
//! reach the special methods these types define in their dicts.

pub mod collections;
pub mod functools;
pub mod itertools;
pub mod re;
pub mod simple_queue;

use std::any::Any;

use objmodel::layout::{NativeData, NativeObj};
use objmodel::types::tflags;
use objmodel::{Kind, TypeObj, Value};
use parking_lot::{Mutex, MutexGuard};

use crate::args::NativeFn;
use crate::objects::{define, dict, str as pystr};
use crate::vm::Vm;

/// Rust state that holds Values.
pub trait Trace {
    fn trace(&self, visit: &mut dyn FnMut(Value));
}

/// The payload of the group's native objects: Rust state behind a mutex, and the
/// snapshot-on-first-touch word that stands in for a write barrier on it (gc-concurrent satb.rs,
/// INV-S3): the first `lock` in a marking cycle logs every Value the state holds before the
/// caller can change it.
pub struct Cell<T: Trace + Send + 'static>(Mutex<T>, gc_concurrent::satb::Snapshot);

impl<T: Trace + Send + 'static> NativeData for Cell<T> {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        if gc_concurrent::tracing_concurrently() {
            // The concurrent marker: take the lock like any reader. What holders removed since
            // the snapshot was logged by the first of them (`lock`).
            self.0.lock().trace(visit);
            return;
        }
        // SAFETY: a pause: every mutator is stopped at a safepoint or parked; no thread holds this
        // mutex there (it is never held across calls into Python or blocking calls), so reading
        // is race-free.
        let st = unsafe { &*self.0.data_ptr() };
        st.trace(visit);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl<T: Trace + Send + 'static> Cell<T> {
    #[inline]
    pub fn lock(&self) -> MutexGuard<'_, T> {
        let g = self.0.lock();
        if gc_concurrent::satb::active() {
            self.1.ensure(gc_concurrent::satb::cycle(), || g.trace(&mut |v| objmodel::alloc::satb_log(v.raw())));
        }
        g
    }
}

/// A new native object of class `cls` holding `st`.
pub fn new_obj<T: Trace + Send + 'static>(cls: &TypeObj, st: T) -> Value {
    objmodel::alloc::new_native(cls, Box::new(Cell(Mutex::new(st), gc_concurrent::satb::Snapshot::new())))
}

/// The state of `v` if it is a native object holding a `T`.
#[inline]
pub fn state<T: Trace + Send + 'static>(v: Value) -> Option<&'static Cell<T>> {
    if !v.is_ptr() || v.header().kind() != Kind::Native {
        return None;
    }
    // SAFETY: kind Native has layout NativeObj; the payload lives as long as the object, which
    // the caller keeps alive (it holds `v`).
    let n: &'static NativeObj = unsafe { v.cast::<NativeObj>() };
    n.data::<Cell<T>>()
}

/// `state` or a TypeError naming the expected type.
pub fn this<T: Trace + Send + 'static>(vm: &mut Vm, v: Option<Value>, tname: &str) -> crate::error::PyResult<&'static Cell<T>> {
    match v.and_then(state::<T>) {
        Some(s) => Ok(s),
        None => {
            let got = v.map(|v| v.class().name_str().to_string()).unwrap_or_else(|| "nothing".into());
            Err(vm.type_error(format!("descriptor requires a '{tname}' object but received a '{got}'")))
        }
    }
}

/// A native class of this group: kind Native, subclassable, `__module__` set.
pub fn new_type(name: &str, module: &str) -> &'static TypeObj {
    let obj = crate::runtime::rt().types.object;
    let t = crate::runtime::bootstrap_type(name, obj, Kind::Native, tflags::BASETYPE | tflags::HEAPTYPE | tflags::C_TYPE_NAME);
    let m = pystr::new(module);
    t.module.set(m);
    define::attr(t, "__module__", m);
    t
}

/// Register `__new__` (a static function taking the class first).
pub fn set_new(t: &TypeObj, f: NativeFn) {
    define::method_flags(t, "__new__", f, 0);
}

/// Finish a type after its methods were added (refresh the cached flags).
pub fn finish(t: &TypeObj) {
    crate::objects::type_::update_flags_from_dict(t);
    t.bump_version();
}

/// A type stored in a `OnceLock<usize>`.
pub fn ty(cell: &std::sync::OnceLock<usize>) -> &'static TypeObj {
    crate::objects::type_::as_type(Value::from_raw(*cell.get().expect("type initialised")))
}

/// Mark an iterator type: `__iter__` returns self.
pub fn iter_self(_vm: &mut Vm, a: crate::args::Args) -> crate::error::PyResult {
    Ok(a.at(0))
}

/// Set a module attribute.
pub fn set(d: Value, name: &str, v: Value) {
    dict::set_by_name(d, name, v);
}

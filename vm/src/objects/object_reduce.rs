//! `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`: the default
//! reductions `pickle` and `copy` use (CPython 3.11's `Objects/typeobject.c`,
//! `object___reduce_ex___impl`, `_common_reduce`, `object_getstate`).
//!
//! The runtime supplies what Python code cannot see, the first built-in (non-heap) class of
//! the object's MRO and whether the object's layout is a plain instance (its state is its
//! `__dict__` and slots); the reductions themselves are `copyreg`'s Python helpers
//! (`_reduce_object`, `_getstate_default`), as CPython's C code also calls into `copyreg`.

use objmodel::types::tflags;
use objmodel::{Kind, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{tuple, type_};
use crate::vm::Vm;

/// `object.__reduce_ex__(self, protocol)`: a class's own `__reduce__` decides; otherwise the
/// default reduction for `protocol`.
pub fn reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__reduce_ex__", 2, 2)?;
    let (obj, proto) = (args.at(0), args.at(1));
    let object_reduce = vm.getattr_str(vm.rt.types.object.as_value(), "__reduce__")?;
    let own_reduce = vm.getattr_str(obj.class_value(), "__reduce__")?;
    if !own_reduce.is(object_reduce) {
        let bound = vm.getattr_str(obj, "__reduce__")?;
        return vm.call0(bound);
    }
    common_reduce(vm, obj, proto)
}

/// `object.__reduce__(self)`: the default reduction of protocol 0.
pub fn reduce(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__reduce__", 1, 1)?;
    common_reduce(vm, args.at(0), Value::small(0))
}

/// `object.__getstate__(self)`: the instance dict (None when empty), paired with a dict of
/// the set slots when the class has slots.
pub fn getstate(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__getstate__", 1, 1)?;
    let obj = args.at(0);
    let f = copyreg_helper(vm, "_getstate_default")?;
    let tp_name = crate::objects::str::new(&obj.class().error_name());
    vm.call(f, Args::new(&[obj, objmodel::false_(), objmodel::bool_(is_plain(obj)), tp_name]))
}

fn common_reduce(vm: &mut Vm, obj: Value, proto: Value) -> PyResult {
    let f = copyreg_helper(vm, "_reduce_object")?;
    let base = builtin_base(obj);
    let tp_name = crate::objects::str::new(&obj.class().error_name());
    vm.call(f, Args::new(&[obj, proto, base, objmodel::bool_(is_plain(obj)), tp_name]))
}

fn copyreg_helper(vm: &mut Vm, name: &str) -> PyResult {
    let m = crate::import::import_module(vm, "copyreg")?;
    vm.getattr_str(m, name)
}

/// The first class of `obj`'s MRO that is not a heap type (a class statement's), as
/// `copyreg._reduce_ex` finds with `__flags__`.
fn builtin_base(obj: Value) -> Value {
    let cls = obj.class();
    let mro = cls.mro.get();
    if let Some(items) = tuple::as_items(mro) {
        for &c in items {
            if let Some(t) = type_::try_type(c)
                && !t.has_flag(tflags::HEAPTYPE)
            {
                return c;
            }
        }
    }
    objmodel::builtin_types().object.as_value()
}

/// Whether `obj` holds nothing beyond its `__dict__` and slots: a small int is a value, every
/// other layout but a plain instance's carries state of its own kind.
fn is_plain(obj: Value) -> bool {
    obj.is_ptr() && obj.header().kind() == Kind::Object
}

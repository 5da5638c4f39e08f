//! `BaseExceptionGroup` and `ExceptionGroup`: built-in types whose methods forward to the
//! embedded Python module `_exceptiongroup` (imported on first use).

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::tuple;
use crate::vm::Vm;

fn forward(vm: &mut Vm, name: &str, a: Args) -> PyResult {
    let m = crate::import::import_module(vm, "_exceptiongroup")?;
    let f = vm.getattr_str(m, name)?;
    vm.call(f, a)
}

fn eg_new(vm: &mut Vm, a: Args) -> PyResult {
    forward(vm, "eg_new", a)
}
fn eg_str(vm: &mut Vm, a: Args) -> PyResult {
    forward(vm, "eg_str", a)
}
fn eg_message(vm: &mut Vm, a: Args) -> PyResult {
    forward(vm, "eg_message", a)
}
fn eg_exceptions(vm: &mut Vm, a: Args) -> PyResult {
    forward(vm, "eg_exceptions", a)
}
fn eg_derive(vm: &mut Vm, a: Args) -> PyResult {
    forward(vm, "eg_derive", a)
}
fn eg_split(vm: &mut Vm, a: Args) -> PyResult {
    forward(vm, "eg_split", a)
}
fn eg_subgroup(vm: &mut Vm, a: Args) -> PyResult {
    forward(vm, "eg_subgroup", a)
}
fn eg_class_getitem(vm: &mut Vm, a: Args) -> PyResult {
    forward(vm, "eg_class_getitem", a)
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method, method_flags};
    let (beg, eg, exc) = (r.exc.base_exception_group, r.exc.exception_group, r.exc.exception);
    // ExceptionGroup(BaseExceptionGroup, Exception), as in CPython.
    eg.bases.set(tuple::new(&[beg.as_value(), exc.as_value()]));
    let mro = [eg.as_value(), beg.as_value(), exc.as_value(), r.exc.base_exception.as_value(), r.types.object.as_value()];
    eg.mro.set(tuple::new(&mro));
    let mut subs = tuple::items(exc.subclasses.get()).to_vec();
    subs.push(eg.as_value());
    exc.subclasses.set(tuple::new(&subs));
    eg.bump_version();
    crate::objects::define::forwarding_new(beg, eg_new);
    method(beg, "__str__", eg_str);
    method(beg, "derive", eg_derive);
    method(beg, "split", eg_split);
    method(beg, "subgroup", eg_subgroup);
    method_flags(beg, "__class_getitem__", eg_class_getitem, crate::ops::call::bflags::CLASSMETHOD);
    getset(beg, "message", eg_message, None);
    getset(beg, "exceptions", eg_exceptions, None);
}

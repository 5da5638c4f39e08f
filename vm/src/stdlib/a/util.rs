//! Helpers shared by the group-A native modules: CPython's argument conversions
//! (`PyFloat_AsDouble`, `__index__` to big ints), module creation and error mapping.

use num_bigint::BigInt;
use objmodel::Value;

use crate::args::NativeFn;
use crate::error::{PyErr, PyResult};
use crate::objects::{dict, float, int, module, str as pystr};
use crate::vm::Vm;

/// `PyFloat_AsDouble`: floats, then `__float__`, then `__index__`; other objects raise
/// `TypeError: must be real number, not X`.
pub fn as_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = float::as_f64(v) {
        return Ok(f);
    }
    if let Some(i) = v.as_small() {
        return Ok(i as f64);
    }
    if int::is_int(v) {
        return big_to_f64(vm, &int::to_bigint(v).unwrap());
    }
    if let Some(r) = vm.call_method_special(v, vm.rt.names.__float__, &[])? {
        if let Some(f) = float::as_f64(r) {
            return Ok(f);
        }
        return Err(vm.type_error(format!(
            "{}.__float__ returned non-float (type {})",
            v.class().name_str(),
            r.class().name_str()
        )));
    }
    if let Some(r) = vm.call_method_special(v, vm.rt.names.__index__, &[])? {
        if int::is_int(r) {
            return big_to_f64(vm, &int::to_bigint(r).unwrap());
        }
        return Err(vm.type_error(format!("__index__ returned non-int (type {})", r.class().error_name())));
    }
    Err(vm.type_error(format!("must be real number, not {}", v.class().error_name())))
}

pub fn big_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    crate::numeric::arith::bigint_to_f64(b).map_err(|e| vm.math_err(e))
}

/// `operator.index(v)` as a BigInt.
pub fn as_bigint(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(b) = int::to_bigint(v) {
        return Ok(b);
    }
    let r = vm.index(v)?;
    Ok(int::to_bigint(r).unwrap_or_default())
}

/// Map a numeric-library error.
pub fn merr(vm: &mut Vm, e: crate::numeric::MathError) -> PyErr {
    vm.math_err(e)
}

pub fn fl(x: f64) -> Value {
    float::new(x)
}

pub fn s(x: &str) -> Value {
    pystr::new(x)
}

/// A new module and its dict.
pub fn new_module(name: &str) -> (Value, Value) {
    let m = module::new_module(name);
    let d = module::module_dict(m);
    (m, d)
}

/// Register native functions in a dict.
pub fn funcs(d: Value, fs: &[(&'static str, NativeFn)]) {
    for (n, f) in fs {
        crate::objects::define::func(d, n, *f);
    }
}

pub fn set(d: Value, name: &str, v: Value) {
    dict::set_by_name(d, name, v);
}

/// Run Python source in a module dict (for the Python-level parts of native modules).
pub fn exec_in(vm: &mut Vm, d: Value, src: &str, filename: &str) -> PyResult<()> {
    crate::import::remember_source(filename, src);
    let code = crate::builtins::introspect::compile_source(vm, src, filename, crate::compile::Mode::Exec)?;
    crate::interp::call::exec_code(vm, code, d, d)?;
    Ok(())
}

/// All items of an iterable, kept alive by a list (returned first; hold it in a local while
/// the items are used across calls into Python code).
pub fn collect_rooted(vm: &mut Vm, iterable: Value) -> PyResult<(Value, Vec<Value>)> {
    let items = vm.collect(iterable)?;
    let holder = crate::objects::list::new_list(&items);
    Ok((holder, items))
}

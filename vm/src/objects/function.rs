//! Functions, bound methods, cells, `classmethod`, `staticmethod` and `property`.
//!
//! Fixed-shape layouts (`FixedObj`): bound method `a` = function, `b` = self; cell `a` =
//! contents; classmethod/staticmethod `a` = wrapped callable, `b` = `__dict__`; property `a` =
//! fget, `b` = fset, `c` = fdel, `d` = doc.

use objmodel::layout::{FixedObj, FunctionObj};
use objmodel::{Kind, Value};

use crate::error::PyResult;
use crate::vm::Vm;

#[inline(always)]
pub fn fixed(v: Value) -> &'static FixedObj {
    // SAFETY: callers pass objects of a FixedObj kind (bound method, cell, property, ...).
    unsafe { v.cast::<FixedObj>() }
}

#[inline(always)]
pub fn func(v: Value) -> &'static FunctionObj {
    debug_assert!(v.is_ptr() && v.header().kind() == Kind::Function);
    // SAFETY: kind Function has layout FunctionObj.
    unsafe { v.cast::<FunctionObj>() }
}

pub fn new_bound_method(f: Value, slf: Value) -> Value {
    let t = objmodel::builtin_types();
    objmodel::alloc::new_fixed(Kind::BoundMethod, t.method, 0, f, slf, Value::NULL, Value::NULL)
}

pub fn new_cell(v: Value) -> Value {
    let t = objmodel::builtin_types();
    objmodel::alloc::new_fixed(Kind::Cell, t.cell, 0, v, Value::NULL, Value::NULL, Value::NULL)
}

#[inline(always)]
pub fn cell_get(c: Value) -> Value {
    fixed(c).a.get()
}

#[inline(always)]
pub fn cell_set(c: Value, v: Value) {
    fixed(c).a.set(v)
}

/// A new Python function object.
pub fn new_function(code: Value, globals: Value, qualname: Value, name: Value) -> Value {
    let t = objmodel::builtin_types();
    let f: &FunctionObj = objmodel::alloc::alloc_obj(Kind::Function, t.function);
    f.code.set(code);
    f.globals.set(globals);
    f.name.set(name);
    f.qualname.set(qualname);
    f.doc.set(objmodel::none());
    let module = crate::objects::dict::get_str(globals, crate::runtime::rt().names.__name__);
    f.module.set(module.unwrap_or_else(objmodel::none));
    objmodel::alloc::value_of(f)
}

pub fn property_get(vm: &mut Vm, p: Value, obj: Value) -> PyResult {
    let fget = fixed(p).a.get();
    if fget.is_null() || fget.is_none() {
        let name = property_name(vm, p);
        return Err(vm.attribute_error(format!("property {name}of '{}' object has no getter", obj.class().error_name())));
    }
    vm.call1(fget, obj)
}

fn property_name(vm: &mut Vm, p: Value) -> String {
    let fget = fixed(p).a.get();
    let f = if !fget.is_null() && !fget.is_none() { fget } else { fixed(p).b.get() };
    if f.is_ptr()
        && f.header().kind() == Kind::Function
        && let Some(n) = crate::objects::str::as_str(func(f).name.get())
    {
        let _ = vm;
        return format!("'{n}' ");
    }
    String::new()
}

pub fn property_set(vm: &mut Vm, p: Value, obj: Value, value: Value, name: Value) -> PyResult<()> {
    let o = fixed(p);
    let f = if value.is_null() { o.c.get() } else { o.b.get() };
    if f.is_null() || f.is_none() {
        let pname = crate::objects::str::as_str(name).unwrap_or("?");
        // A direct `prop.__set__(obj, v)` / `prop.__delete__(obj)` has no attribute name:
        // name the property after its accessor, as property_get does.
        let pname = if pname.is_empty() { property_name(vm, p) } else { format!("'{pname}' ") };
        let getter = o.a.get();
        if getter.is_ptr() && getter.header().kind() == Kind::Builtin {
            // A native attribute (getset descriptor) without a setter.
            return Err(vm.attribute_error(format!(
                "attribute {pname}of '{}' objects is not writable",
                obj.class().name_str()
            )));
        }
        let what = if value.is_null() { "deleter" } else { "setter" };
        return Err(vm.attribute_error(format!(
            "property {pname}of '{}' object has no {what}",
            obj.class().name_str()
        )));
    }
    if value.is_null() {
        vm.call1(f, obj)?;
    } else {
        vm.call2(f, obj, value)?;
    }
    Ok(())
}

/// A property (also used for native getset descriptors, with builtin fget/fset).
pub fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    let t = objmodel::builtin_types();
    objmodel::alloc::new_fixed(Kind::Property, t.property, 0, fget, fset, fdel, doc)
}

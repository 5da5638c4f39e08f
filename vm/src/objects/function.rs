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
        return Err(vm.attribute_error(property_message(p, obj, "getter")));
    }
    vm.call1(fget, obj)
}

/// The name `__set_name__` gave property `p` (an interned str; NULL when it was never bound
/// in a class body). Kept in the object's first word: interned strings live for the whole
/// process and the collector never moves objects, so the raw bits stay valid untraced.
pub fn property_bound_name(p: Value) -> Value {
    Value::from_raw(fixed(p).i.get())
}

/// Record `name` (interned) as property `p`'s bound name (`property.__set_name__`, and the
/// copies `getter`/`setter`/`deleter` make).
pub fn set_property_bound_name(p: Value, name: Value) {
    if name.is_null() {
        return;
    }
    let interned = crate::runtime::rt().intern_value(name);
    fixed(p).i.set(interned.raw());
}

/// CPython's message for a property without the accessor `what`: the bound name (repr) and
/// the qualified name of the instance's class.
fn property_message(p: Value, obj: Value, what: &str) -> String {
    let qualname = obj.class().qualname.get();
    let q = crate::objects::str::as_str(qualname).map(str::to_string).unwrap_or_else(|| obj.class().name_str().to_string());
    let q = crate::objects::str::repr(&q);
    match crate::objects::str::as_str(property_bound_name(p)) {
        Some(n) => format!("property {} of {q} object has no {what}", crate::objects::str::repr(n)),
        None => format!("property of {q} object has no {what}"),
    }
}

pub fn property_set(vm: &mut Vm, p: Value, obj: Value, value: Value, name: Value) -> PyResult<()> {
    let o = fixed(p);
    let f = if value.is_null() { o.c.get() } else { o.b.get() };
    if f.is_null() || f.is_none() {
        let getter = o.a.get();
        if getter.is_ptr() && getter.header().kind() == Kind::Builtin {
            // A native attribute (getset descriptor) without a setter.
            let pname = crate::objects::str::as_str(name).unwrap_or("?");
            if is_readonly_member(obj, pname) {
                return Err(vm.attribute_error("readonly attribute"));
            }
            let pname = if pname.is_empty() { String::new() } else { format!("'{pname}' ") };
            return Err(vm.attribute_error(format!(
                "attribute {pname}of '{}' objects is not writable",
                obj.class().name_str()
            )));
        }
        let what = if value.is_null() { "deleter" } else { "setter" };
        return Err(vm.attribute_error(property_message(p, obj, what)));
    }
    if value.is_null() {
        vm.call1(f, obj)?;
    } else {
        vm.call2(f, obj, value)?;
    }
    Ok(())
}

/// The read-only attributes that CPython 3.11 defines as members (`PyMemberDef` with
/// `READONLY`) rather than getsets: assigning one says "readonly attribute". Native attributes
/// here are all getsets; this names the members among them, by defining type.
const READONLY_MEMBERS: &[(&str, &[&str])] = &[
    ("function", &["__closure__", "__globals__", "__builtins__"]),
    ("method", &["__func__", "__self__"]),
    ("slice", &["start", "stop", "step"]),
    ("range", &["start", "stop", "step"]),
    ("complex", &["real", "imag"]),
    ("staticmethod", &["__func__", "__wrapped__"]),
    ("classmethod", &["__func__", "__wrapped__"]),
    ("property", &["fget", "fset", "fdel"]),
    ("super", &["__thisclass__", "__self__", "__self_class__"]),
    ("partial", &["func", "args", "keywords"]),
    ("code", &[
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags",
        "co_nlocals", "co_consts", "co_names", "co_filename", "co_name", "co_qualname",
        "co_firstlineno", "co_linetable", "co_exceptiontable",
    ]),
];

/// Whether `name` of `obj` is one of `READONLY_MEMBERS` (of its class or a base).
fn is_readonly_member(obj: Value, name: &str) -> bool {
    crate::objects::tuple::items(obj.class().mro.get()).iter().any(|c| {
        let t = crate::objects::type_::as_type(*c);
        (!t.has_flag(objmodel::types::tflags::HEAPTYPE) || t.has_flag(objmodel::types::tflags::C_TYPE_NAME))
            && READONLY_MEMBERS.iter().any(|(n, attrs)| *n == t.name_str() && attrs.contains(&name))
    })
}

/// A property (also used for native getset descriptors, with builtin fget/fset).
pub fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    let t = objmodel::builtin_types();
    objmodel::alloc::new_fixed(Kind::Property, t.property, 0, fget, fset, fdel, doc)
}

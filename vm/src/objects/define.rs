//! Helpers to fill type and module dicts with native functions.

use objmodel::{TypeObj, Value};

use crate::args::NativeFn;
use crate::objects::dict;
use crate::ops::call::{bflags, new_native_fn};

/// A method descriptor `name` on type `t`.
pub fn method(t: &TypeObj, name: &'static str, f: NativeFn) {
    method_flags(t, name, f, bflags::METHOD);
}

/// A native in `t`'s dict with explicit flags (0 = static, `CLASSMETHOD` = binds the class).
pub fn method_flags(t: &TypeObj, name: &'static str, f: NativeFn, flags: usize) {
    // A type's `__new__` checks its first argument (`ops/new_args.rs`); every native here
    // knows its type (`data`) for its qualified name and repr.
    let flags = if name == "__new__" { flags | crate::ops::call::bflags::NEW } else { flags };
    let flags = if crate::objects::descriptor_types::slot_arity(name).is_some() { flags | bflags::FIXED_ARITY } else { flags };
    let b = new_native_fn(name, f, Value::NULL, flags);
    crate::ops::call::builtin(b).data.set(t.as_value());
    if let Some(cls) = crate::objects::descriptor_types::class_for_type_native(name, flags) {
        b.header().set_class(cls);
    }
    dict::set_by_name(t.dict.get(), name, b);
}

/// A `__new__` that forwards to Python code which builds the instance with a base type's
/// `__new__` (as CPython's C constructors call their base's directly): it skips the checks of
/// `ops/new_args.rs`, which would refuse that inner call as unsafe.
pub fn forwarding_new(t: &TypeObj, f: NativeFn) {
    let b = new_native_fn("__new__", f, Value::NULL, 0);
    crate::ops::call::builtin(b).data.set(t.as_value());
    dict::set_by_name(t.dict.get(), "__new__", b);
}

/// A native attribute (getset descriptor): a property whose fget/fset are natives taking
/// `(obj)` and `(obj, value)`.
pub fn getset(t: &TypeObj, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let g = new_native_fn(name, get, Value::NULL, 0);
    // The getter names the owner, for the descriptor's repr and `__objclass__`.
    crate::ops::call::builtin(g).data.set(t.as_value());
    let s = match set {
        Some(f) => new_native_fn(name, f, Value::NULL, 0),
        None => Value::NULL,
    };
    let p = crate::objects::function::new_property(g, s, Value::NULL, objmodel::none());
    p.header().set_class(crate::runtime::rt().extra.getset_descriptor);
    dict::set_by_name(t.dict.get(), name, p);
}

/// A plain value in `t`'s dict.
pub fn attr(t: &TypeObj, name: &str, v: Value) {
    dict::set_by_name(t.dict.get(), name, v);
}

/// A native function in a module (or any) dict.
pub fn func(d: Value, name: &'static str, f: NativeFn) {
    let b = new_native_fn(name, f, Value::NULL, 0);
    // A module function remembers its module's name for `__module__` (CPython's `m_module`).
    if let Some(m) = dict::get_by_name(d, "__name__")
        && crate::objects::str::is_str(m)
    {
        crate::ops::call::builtin(b).data.set(m);
    }
    dict::set_by_name(d, name, b);
}

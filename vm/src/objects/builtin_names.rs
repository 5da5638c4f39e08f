//! How a native function or method descriptor names itself (`__qualname__`, `repr`), as
//! CPython's `meth_get__qualname__`, `descr_get_qualname` and the `method_descriptor` /
//! `wrapper_descriptor` reprs do.
//!
//! A native registered in a type's dict (`define::method_flags`) keeps that type in its `data`
//! slot; one bound to a receiver (`[].append`, `dict.fromkeys`) names the receiver's type (or
//! the receiver itself when it is a type).

use objmodel::layout::BuiltinObj;
use objmodel::{Kind, TypeObj, Value};

use crate::objects::{str as pystr, type_};
use crate::ops::call::bflags;

/// The dunder names CPython implements as type slots: their descriptors are `slot wrapper`s,
/// not `method`s.
pub(crate) const SLOT_NAMES: &[&str] = &[
    "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__",
    "__str__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__",
    "__set__", "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__", "__add__", "__radd__",
    "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__",
    "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__",
    "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__",
    "__float__", "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__",
    "__iand__", "__ixor__", "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__",
    "__ifloordiv__", "__itruediv__", "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__",
    "__getitem__", "__setitem__", "__delitem__", "__contains__",
];

/// The type a native was defined in, if it was defined in one.
fn owner(b: &BuiltinObj) -> Option<&'static TypeObj> {
    let d = b.data.get();
    if d.is_null() { None } else { type_::try_type(d) }
}

/// The type whose qualified name prefixes the native's: its receiver's, or its owner's.
fn prefix_type(b: &BuiltinObj) -> Option<&'static TypeObj> {
    let bound = b.bound.get();
    if bound.is_null() || bound.is_none() {
        return owner(b);
    }
    if bound.is_ptr() && bound.header().kind() == Kind::Module {
        return None;
    }
    Some(type_::try_type(bound).unwrap_or_else(|| bound.class()))
}

/// `__qualname__` of a native called with `receiver` as its first argument (`None` for an
/// unbound native): `list.append`, `A.__init_subclass__`, `len`.
pub fn qualname(b: &BuiltinObj, receiver: Option<Value>) -> String {
    let ty = match receiver {
        Some(r) => Some(type_::try_type(r).unwrap_or_else(|| r.class())),
        None => prefix_type(b),
    };
    match ty {
        Some(t) => format!("{}.{}", pystr::as_str(t.qualname.get()).unwrap_or("?"), b.name()),
        None => b.name().to_string(),
    }
}

/// The repr of an unbound native: `<method 'append' of 'list' objects>`, `<slot wrapper
/// '__add__' of 'list' objects>`, `<built-in method __new__ of type object at 0x..>`,
/// `<built-in function len>`.
pub fn unbound_repr(b: &BuiltinObj) -> String {
    let name = b.name();
    match owner(b) {
        Some(t) if b.flags & (bflags::METHOD | bflags::CLASSMETHOD) != 0 => {
            let what = if SLOT_NAMES.contains(&name) { "slot wrapper" } else { "method" };
            format!("<{what} '{name}' of '{}' objects>", t.name_str())
        }
        Some(t) => format!("<built-in method {name} of type object at {:#x}>", t.as_value().raw()),
        None => format!("<built-in function {name}>"),
    }
}

/// `__doc__` of a native (CPython's `meth_get__doc__` / `method_get_doc`): the docstring
/// CPython 3.11 gives the same function, looked up by its defining type's name (`str.join`)
/// or its module's name (`builtins.len`, `math.sqrt`); None for a native CPython has no
/// docstring for.
pub fn doc(b: &BuiltinObj) -> Value {
    match table_key(b).and_then(|k| crate::objects::builtin_docs::builtin_doc(&k)) {
        Some(d) => pystr::new(d),
        None => objmodel::none(),
    }
}

/// `__text_signature__` of a native (CPython's `meth_get__text_signature__`): the signature
/// CPython 3.11 gives the same function (`($module, obj, /)` for `len`), looked up as `doc`
/// looks up the docstring; None where CPython has none (`max`, `getattr`).
pub fn text_signature(b: &BuiltinObj) -> Value {
    match table_key(b).and_then(|k| crate::objects::builtin_sigs::builtin_text_signature(&k)) {
        Some(s) => pystr::new(s),
        None => objmodel::none(),
    }
}

/// The key of a native in the generated tables: `owner.name`, the owner being the defining
/// type's name or the module's name; None for a native with neither.
fn table_key(b: &BuiltinObj) -> Option<String> {
    if let Some(t) = owner(b).or_else(|| bound_owner(b)) {
        return Some(format!("{}.{}", t.name_str(), b.name()));
    }
    let bound = b.bound.get();
    let module = if !bound.is_null() && bound.is_ptr() && bound.header().kind() == Kind::Module {
        crate::objects::dict::get_by_name(crate::objects::module::module_dict(bound), "__name__")
    } else {
        let d = b.data.get();
        if !d.is_null() && pystr::is_str(d) { Some(d) } else { None }
    };
    module.and_then(pystr::as_str).map(|m| format!("{m}.{}", b.name()))
}

/// The type that defines a native bound to a receiver (`''.join`, `True.bit_length`,
/// `dict.fromkeys`): the first class along the receiver's MRO (the receiver's own when it is
/// a class) whose dict holds a native of the same name running the same code.
fn bound_owner(b: &BuiltinObj) -> Option<&'static TypeObj> {
    let bound = b.bound.get();
    if bound.is_null() || (bound.is_ptr() && bound.header().kind() == Kind::Module) {
        return None;
    }
    let start = type_::try_type(bound).unwrap_or_else(|| bound.class());
    let name = b.name();
    crate::objects::tuple::items(start.mro.get()).iter().map(|c| type_::as_type(*c)).find(|t| {
        crate::objects::dict::get_by_name(t.dict.get(), name).is_some_and(|v| {
            v.is_ptr() && v.header().kind() == Kind::Builtin && crate::ops::call::builtin(v).func == b.func
        })
    })
}

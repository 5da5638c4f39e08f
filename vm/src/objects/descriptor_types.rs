//! The classes of native descriptors, as CPython names them (Objects/descrobject.c,
//! Objects/methodobject.c): a native method in a type's dict is a `method_descriptor` (a
//! `wrapper_descriptor` for a slot dunder, a `classmethod_descriptor` for a class method);
//! binding one gives a `builtin_function_or_method` (a `method-wrapper` for a slot dunder); a
//! native attribute is a `getset_descriptor`; a `__slots__` entry is a `member_descriptor`.
//!
//! All native callables keep kind `Builtin` and native attributes kind `Property`, so calls and
//! attribute lookups dispatch as before; only the class (what `type()`, `repr` and
//! `isinstance` see) differs.
//!
//! Slot members: a slot's value lives in the instance's hidden attribute table (see
//! `slots.rs`), so the member descriptor is *not* treated as a data descriptor by the attribute
//! fast paths (which look in that table first); when the table has no entry, `ops::attr::bind`
//! finds the member and raises CPython's AttributeError. Its own `__get__`/`__set__`/
//! `__delete__` read and write the same table for explicit descriptor calls.

use objmodel::layout::ObjectObj;
use objmodel::{Kind, TypeObj, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{builtin_names, dict, str as pystr, type_};
use crate::ops::call::{bflags, builtin};
use crate::vm::Vm;

/// The dunder names CPython implements as type slots (`slot wrapper`s).
pub fn is_slot_name(name: &str) -> bool {
    builtin_names::SLOT_NAMES.contains(&name)
}

/// The class of a native defined in a type's dict with `flags`.
pub fn class_for_type_native(name: &str, flags: usize) -> Option<&'static TypeObj> {
    let x = &crate::runtime::rt().extra;
    if flags & bflags::METHOD != 0 {
        Some(if is_slot_name(name) { x.wrapper_descriptor } else { x.method_descriptor })
    } else if flags & bflags::CLASSMETHOD != 0 {
        Some(x.classmethod_descriptor)
    } else {
        None
    }
}

/// Native `d` (a `METHOD` descriptor) bound to `obj`: a `builtin_function_or_method`, or a
/// `method-wrapper` for a slot wrapper.
pub fn bind_native(d: Value, obj: Value) -> Value {
    let b = builtin(d);
    let m = objmodel::alloc::new_builtin(b.name(), b.func, obj, b.flags & bflags::ANY_KEYS);
    if d.class().is(crate::runtime::rt().extra.wrapper_descriptor) {
        m.header().set_class(crate::runtime::rt().extra.method_wrapper);
    }
    m
}

/// Class-method native `d` bound to class `cls` (`dict.fromkeys`): a
/// `builtin_function_or_method` whose `__self__` is the class.
pub fn bind_class_native(d: Value, cls: Value) -> Value {
    let b = builtin(d);
    objmodel::alloc::new_builtin(b.name(), b.func, cls, b.flags & bflags::ANY_KEYS)
}

fn is_class(v: Value, t: &TypeObj) -> bool {
    v.is_ptr() && v.class().is(t)
}

/// `descriptor 'upper' for 'str' objects doesn't apply to a 'int' object`, or None when `obj`
/// is an instance of the descriptor's owner.
fn check_applies(vm: &mut Vm, name: &str, owner: &TypeObj, obj: Value) -> PyResult<()> {
    if type_::isinstance(obj, owner) {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
        owner.name_str(),
        obj.class().error_name()
    )))
}

/// Native method descriptor `d` called unbound with first argument `slf`: CPython's error
/// when there is none (`unbound method list.append() needs an argument`; for a slot wrapper
/// `descriptor '__repr__' of 'object' object needs an argument`) or when it is not an
/// instance of the descriptor's owner (natives read `self` as their owner's layout).
#[inline]
pub fn check_self(vm: &mut Vm, d: Value, slf: Option<Value>) -> PyResult<()> {
    let owner = native_owner(d);
    match (slf, owner) {
        (Some(v), Some(t)) if type_::isinstance(v, t) => Ok(()),
        (Some(_), None) => Ok(()),
        (Some(v), Some(t)) => Err(wrong_self(vm, d, t, v)),
        (None, _) => Err(needs_argument(vm, d, owner)),
    }
}

/// The number of arguments after `self` that CPython's slot wrapper `name` takes, for the
/// slots with a fixed count (`list.__add__` takes exactly one), or None.
pub fn slot_arity(name: &str) -> Option<usize> {
    Some(match name {
        "__len__" | "__repr__" | "__str__" | "__hash__" | "__neg__" | "__pos__" | "__abs__" | "__invert__"
        | "__bool__" | "__int__" | "__float__" | "__index__" | "__iter__" | "__next__" => 0,
        "__add__" | "__radd__" | "__sub__" | "__rsub__" | "__mul__" | "__rmul__" | "__truediv__"
        | "__rtruediv__" | "__floordiv__" | "__rfloordiv__" | "__mod__" | "__rmod__" | "__divmod__"
        | "__rdivmod__" | "__lshift__" | "__rlshift__" | "__rshift__" | "__rrshift__" | "__and__" | "__rand__"
        | "__or__" | "__ror__" | "__xor__" | "__rxor__" | "__matmul__" | "__rmatmul__" | "__iadd__"
        | "__isub__" | "__imul__" | "__imod__" | "__itruediv__" | "__ifloordiv__" | "__ilshift__"
        | "__irshift__" | "__iand__" | "__ior__" | "__ixor__" | "__imatmul__" | "__eq__" | "__ne__" | "__lt__"
        | "__le__" | "__gt__" | "__ge__" | "__contains__" | "__getitem__" | "__delitem__" | "__delattr__"
        | "__instancecheck__" | "__subclasscheck__" => 1,
        "__setitem__" | "__setattr__" => 2,
        _ => return None,
    })
}

/// A native method `d` called with `n` positional arguments, `self` included: CPython's
/// slot wrappers take a fixed number (`expected 1 argument, got 0`). Called for natives
/// flagged `FIXED_ARITY` (ops/call.rs).
#[inline]
pub fn check_arity(vm: &mut Vm, d: Value, n: usize, has_kw: bool) -> PyResult<()> {
    let name = builtin(d).name();
    match slot_arity(name) {
        Some(want) if n != want + 1 || has_kw => Err(arity_error(vm, name, want, n.saturating_sub(1), has_kw)),
        _ => Ok(()),
    }
}

#[cold]
fn arity_error(vm: &mut Vm, name: &str, want: usize, got: usize, has_kw: bool) -> crate::error::PyErr {
    if has_kw {
        return vm.type_error(format!("wrapper {name}() takes no keyword arguments"));
    }
    let s = if want == 1 { "" } else { "s" };
    // CPython's wrappers of the two-argument slots unpack with PyArg_UnpackTuple(args, "",
    // ...), whose message starts with the (empty) name and a space.
    let lead = if want == 2 { " " } else { "" };
    vm.type_error(format!("{lead}expected {want} argument{s}, got {got}"))
}

#[cold]
fn needs_argument(vm: &mut Vm, d: Value, owner: Option<&TypeObj>) -> crate::error::PyErr {
    let name = builtin(d).name().to_string();
    let owner = owner.map_or_else(|| "object".to_string(), |t| t.error_name().into_owned());
    if is_slot_name(&name) {
        vm.type_error(format!("descriptor '{name}' of '{owner}' object needs an argument"))
    } else {
        vm.type_error(format!("unbound method {owner}.{name}() needs an argument"))
    }
}

#[cold]
fn wrong_self(vm: &mut Vm, d: Value, owner: &TypeObj, v: Value) -> crate::error::PyErr {
    let name = builtin(d).name().to_string();
    if is_slot_name(&name) {
        vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            owner.error_name(),
            v.class().error_name()
        ))
    } else {
        match check_applies(vm, &name, owner, v) {
            Err(e) => e,
            Ok(()) => unreachable!("wrong_self: {name} applies"),
        }
    }
}

/// Native class-method descriptor `d` (`vars(int)['from_bytes']`) called unbound with first
/// argument `cls`: CPython's errors when there is none, when it is not a type, or when it is
/// not a subtype of the descriptor's owner (the native reads it as such a type).
pub fn check_class_arg(vm: &mut Vm, d: Value, cls: Option<Value>) -> PyResult<()> {
    let Some(owner) = native_owner(d) else { return Ok(()) };
    let name = builtin(d).name();
    let owner_name = owner.error_name();
    match cls {
        None => Err(vm.type_error(format!("descriptor '{name}' of '{owner_name}' object needs an argument"))),
        Some(c) => match type_::try_type(c) {
            None => Err(vm.type_error(format!(
                "descriptor '{name}' for type '{owner_name}' needs a type, not a '{}' as arg 2",
                c.class().error_name()
            ))),
            Some(t) if !type_::is_subtype(t, owner) => Err(vm.type_error(format!(
                "descriptor '{name}' requires a subtype of '{owner_name}' but received '{}'",
                t.error_name()
            ))),
            Some(_) => Ok(()),
        },
    }
}

fn native_owner(d: Value) -> Option<&'static TypeObj> {
    let o = builtin(d).data.get();
    if o.is_null() { None } else { type_::try_type(o) }
}

/// `method_descriptor.__get__(obj, type=None)` (also `wrapper_descriptor`'s).
fn method_descr_get(vm: &mut Vm, a: Args) -> PyResult {
    let (d, obj) = (a.at(0), a.get(1).unwrap_or_else(objmodel::none));
    if obj.is_none() {
        return Ok(d);
    }
    if let Some(owner) = native_owner(d) {
        check_applies(vm, builtin(d).name(), owner, obj)?;
    }
    Ok(bind_native(d, obj))
}

/// `classmethod_descriptor.__get__(obj, type=None)`: binds the class.
fn classmethod_descr_get(vm: &mut Vm, a: Args) -> PyResult {
    let d = a.at(0);
    let obj = a.get(1).unwrap_or_else(objmodel::none);
    let ty = match a.get(2) {
        Some(t) if !t.is_none() => t,
        _ if !obj.is_none() => obj.class().as_value(),
        _ => return Err(vm.type_error(format!("descriptor '{}' needs a type, not None", builtin(d).name()))),
    };
    Ok(bind_class_native(d, ty))
}

fn descr_objclass(vm: &mut Vm, a: Args) -> PyResult {
    match native_owner(a.at(0)) {
        Some(t) => Ok(t.as_value()),
        None => Err(vm.attribute_error("__objclass__")),
    }
}

/// `__self__` of a bound native: its receiver (None for a plain function).
/// `__self__` of a native: its receiver, or for a module function its module (found in
/// `sys.modules` by the module name the native keeps in `data`), else None.
fn native_self(vm: &mut Vm, a: Args) -> PyResult {
    let b = builtin(a.at(0));
    let s = b.bound.get();
    if !s.is_null() {
        return Ok(s);
    }
    let d = b.data.get();
    let name = if !d.is_null() && pystr::is_str(d) { pystr::as_str(d) } else { None };
    let module = name.and_then(|n| dict::get_by_name(vm.rt.sys_modules, n));
    Ok(module.unwrap_or_else(objmodel::none))
}

/// `<method-wrapper '__str__' of object object at 0x...>`.
fn method_wrapper_repr(_vm: &mut Vm, a: Args) -> PyResult {
    let b = builtin(a.at(0));
    let s = b.bound.get();
    Ok(pystr::new(&format!("<method-wrapper '{}' of {} object at {:#x}>", b.name(), s.class().name_str(), s.raw())))
}

fn method_wrapper_eq(_vm: &mut Vm, a: Args) -> PyResult {
    let (x, y) = (a.at(0), a.at(1));
    if !is_class(y, x.class()) {
        return Ok(objmodel::not_implemented());
    }
    let (bx, by) = (builtin(x), builtin(y));
    Ok(objmodel::bool_(bx.func == by.func && bx.bound.get().is(by.bound.get())))
}

// --- getset descriptors (native attributes) ---

/// The name and owner of a getset descriptor: its getter native carries both.
fn getset_parts(d: Value) -> (String, Option<&'static TypeObj>) {
    let g = crate::objects::function::fixed(d).a.get();
    if g.is_ptr() && g.header().kind() == Kind::Builtin {
        (builtin(g).name().to_string(), native_owner(g))
    } else {
        ("?".to_string(), None)
    }
}

fn getset_repr(_vm: &mut Vm, a: Args) -> PyResult {
    let (name, owner) = getset_parts(a.at(0));
    let tn = owner.map(|t| t.name_str().to_string()).unwrap_or_else(|| "?".into());
    Ok(pystr::new(&format!("<attribute '{name}' of '{tn}' objects>")))
}
fn getset_name(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(pystr::new(&getset_parts(a.at(0)).0))
}
fn getset_qualname(_vm: &mut Vm, a: Args) -> PyResult {
    let (name, owner) = getset_parts(a.at(0));
    Ok(pystr::new(&match owner {
        Some(t) => format!("{}.{name}", pystr::as_str(t.qualname.get()).unwrap_or("?")),
        None => name,
    }))
}
/// `__doc__` of a getset descriptor: for the `__dict__` and `__weakref__` a Python class
/// gets, CPython's texts for them; else the docstring CPython gives the same attribute of
/// the same built-in type, if the generated table knows it.
fn getset_doc(_vm: &mut Vm, a: Args) -> PyResult {
    let (name, owner) = getset_parts(a.at(0));
    let Some(t) = owner else { return Ok(objmodel::none()) };
    if t.has_flag(objmodel::types::tflags::HEAPTYPE) {
        match name.as_str() {
            "__dict__" => return Ok(pystr::new("dictionary for instance variables")),
            "__weakref__" => return Ok(pystr::new("list of weak references to the object")),
            _ => {}
        }
    }
    Ok(match crate::objects::builtin_sigs::builtin_attr_doc(&format!("{}.{name}", t.name_str())) {
        Some(d) => pystr::new(d),
        None => objmodel::none(),
    })
}
fn getset_objclass(vm: &mut Vm, a: Args) -> PyResult {
    match getset_parts(a.at(0)).1 {
        Some(t) => Ok(t.as_value()),
        None => Err(vm.attribute_error("__objclass__")),
    }
}
fn getset_get(vm: &mut Vm, a: Args) -> PyResult {
    let (d, obj) = (a.at(0), a.get(1).unwrap_or_else(objmodel::none));
    if obj.is_none() {
        return Ok(d);
    }
    let (name, owner) = getset_parts(d);
    if let Some(t) = owner {
        check_applies(vm, &name, t, obj)?;
    }
    crate::objects::function::property_get(vm, d, obj)
}
fn getset_set(vm: &mut Vm, a: Args) -> PyResult {
    let (d, obj, v) = (a.at(0), a.at(1), a.at(2));
    let name = pystr::new(&getset_parts(d).0);
    crate::objects::function::property_set(vm, d, obj, v, name)?;
    Ok(objmodel::none())
}
fn getset_delete(vm: &mut Vm, a: Args) -> PyResult {
    let (d, obj) = (a.at(0), a.at(1));
    let name = pystr::new(&getset_parts(d).0);
    crate::objects::function::property_set(vm, d, obj, Value::NULL, name)?;
    Ok(objmodel::none())
}

// --- member descriptors (`__slots__` entries) ---

/// A member descriptor for slot `name` (an interned str) of class `owner`. Its instance dict
/// holds `__name__`, `__qualname__`, `__objclass__` and `__doc__`.
pub fn new_member(name: Value, owner: &TypeObj) -> Value {
    let cls = crate::runtime::rt().extra.member_descriptor;
    let o = objmodel::alloc::alloc_obj::<ObjectObj>(Kind::Object, cls);
    let d = dict::new_dict();
    let qual = format!("{}.{}", pystr::as_str(owner.qualname.get()).unwrap_or("?"), pystr::as_str(name).unwrap_or("?"));
    dict::set_by_name(d, "__name__", name);
    dict::set_by_name(d, "__qualname__", pystr::new(&qual));
    dict::set_by_name(d, "__objclass__", owner.as_value());
    dict::set_by_name(d, "__doc__", objmodel::none());
    o.dict.set(d);
    objmodel::alloc::value_of(o)
}

/// Whether `v` is a slot member descriptor.
#[inline]
pub fn is_member(v: Value) -> bool {
    is_class(v, crate::runtime::rt().extra.member_descriptor)
}

/// The slot name and owner class of member `m`.
pub fn member_parts(m: Value) -> (Value, &'static TypeObj) {
    // SAFETY: member descriptors are Kind::Object (`new_member`), layout ObjectObj.
    let d = unsafe { m.cast::<ObjectObj>() }.dict.get();
    let name = dict::get_by_name(d, "__name__").unwrap_or_else(objmodel::none);
    let owner = dict::get_by_name(d, "__objclass__").and_then(type_::try_type).unwrap_or(objmodel::builtin_types().object);
    (name, owner)
}

fn member_repr(_vm: &mut Vm, a: Args) -> PyResult {
    let (name, owner) = member_parts(a.at(0));
    Ok(pystr::new(&format!("<member '{}' of '{}' objects>", pystr::as_str(name).unwrap_or("?"), owner.name_str())))
}

fn member_check(vm: &mut Vm, m: Value, obj: Value) -> PyResult<Value> {
    let (name, owner) = member_parts(m);
    check_applies(vm, pystr::as_str(name).unwrap_or("?"), owner, obj)?;
    Ok(name)
}

/// Where `obj` keeps its slot values: its slot table when it has one (slots.rs), else its
/// hidden attribute table (the instance dict).
pub fn member_storage(obj: Value, create: bool) -> Option<Value> {
    if crate::objects::slots::has_slot_table(obj) {
        return crate::objects::slots::slot_table(obj, create);
    }
    crate::ops::attr::instance_dict(obj, create)
}

fn member_get(vm: &mut Vm, a: Args) -> PyResult {
    let (m, obj) = (a.at(0), a.get(1).unwrap_or_else(objmodel::none));
    if obj.is_none() {
        return Ok(m);
    }
    let name = member_check(vm, m, obj)?;
    let found = member_storage(obj, false).and_then(|d| dict::get_str(d, name));
    match found {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, name)),
    }
}

fn member_set(vm: &mut Vm, a: Args) -> PyResult {
    let (m, obj, v) = (a.at(0), a.at(1), a.at(2));
    let name = member_check(vm, m, obj)?;
    match member_storage(obj, true) {
        Some(d) => {
            dict::set_str(d, name, v);
            Ok(objmodel::none())
        }
        None => Err(vm.no_attribute(obj, name)),
    }
}

fn member_delete(vm: &mut Vm, a: Args) -> PyResult {
    let (m, obj) = (a.at(0), a.at(1));
    let name = member_check(vm, m, obj)?;
    let removed = member_storage(obj, false).and_then(|d| dict::remove_str(d, name));
    match removed {
        Some(_) => Ok(objmodel::none()),
        None => Err(vm.attribute_error(pystr::as_str(name).unwrap_or("?").to_string())),
    }
}

fn doc(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(builtin_names::doc(builtin(a.at(0))))
}

fn text_signature(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(builtin_names::text_signature(builtin(a.at(0))))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method};
    let x = &r.extra;
    let call = |vm: &mut Vm, a: Args| vm.call(a.at(0), a.rest());
    let repr = |_vm: &mut Vm, a: Args| Ok(pystr::new(&builtin_names::unbound_repr(builtin(a.at(0)))));
    let name = |_vm: &mut Vm, a: Args| Ok(pystr::new(builtin(a.at(0)).name()));
    let qualname = |_vm: &mut Vm, a: Args| Ok(pystr::new(&builtin_names::qualname(builtin(a.at(0)), None)));
    for t in [x.method_descriptor, x.wrapper_descriptor, x.classmethod_descriptor] {
        method(t, "__call__", call);
        method(t, "__repr__", repr);
        getset(t, "__name__", name, None);
        getset(t, "__qualname__", qualname, None);
        getset(t, "__objclass__", descr_objclass, None);
        getset(t, "__doc__", doc, None);
        getset(t, "__text_signature__", text_signature, None);
    }
    method(x.method_descriptor, "__get__", method_descr_get);
    method(x.wrapper_descriptor, "__get__", method_descr_get);
    method(x.classmethod_descriptor, "__get__", classmethod_descr_get);
    let t = x.method_wrapper;
    method(t, "__call__", call);
    method(t, "__repr__", method_wrapper_repr);
    method(t, "__eq__", method_wrapper_eq);
    getset(t, "__name__", name, None);
    getset(t, "__qualname__", |_vm, a| {
        let b = builtin(a.at(0));
        Ok(pystr::new(&builtin_names::qualname(b, Some(b.bound.get()))))
    }, None);
    getset(t, "__self__", native_self, None);
    getset(t, "__doc__", doc, None);
    getset(t, "__text_signature__", text_signature, None);
    getset(r.types.builtin_function, "__self__", native_self, None);
    getset(r.types.builtin_function, "__doc__", doc, None);
    getset(r.types.builtin_function, "__text_signature__", text_signature, None);
    let g = x.getset_descriptor;
    method(g, "__repr__", getset_repr);
    method(g, "__get__", getset_get);
    method(g, "__set__", getset_set);
    method(g, "__delete__", getset_delete);
    getset(g, "__name__", getset_name, None);
    getset(g, "__qualname__", getset_qualname, None);
    getset(g, "__objclass__", getset_objclass, None);
    getset(g, "__doc__", getset_doc, None);
    let m = x.member_descriptor;
    method(m, "__repr__", member_repr);
    method(m, "__get__", member_get);
    method(m, "__set__", member_set);
    method(m, "__delete__", member_delete);
}

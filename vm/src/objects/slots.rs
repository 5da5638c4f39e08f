//! `__slots__`: a class whose every Python-level class in the MRO declares `__slots__` (without
//! `"__dict__"`) gets instances without a `__dict__`; assigning any other attribute raises
//! AttributeError. Slot values are stored in the object's hidden attribute table (the layout is
//! the plain instance layout), so slots cost no extra machinery in the attribute fast paths.
//!
//! A class that has a `__dict__` and slot members somewhere in its MRO (`class B(A)` without
//! `__slots__` below a slotted `A`) is flagged `MIXED_SLOTS`: its instances keep slot values in
//! a separate table (`slot_table`) so that `__dict__` shows only the other attributes.

use objmodel::types::tflags;
use objmodel::{TypeObj, Value};

use crate::error::PyResult;
use crate::objects::{dict, str as pystr, tuple, type_};
use crate::vm::Vm;

/// Record slot names for `ty` (whose namespace is `d`) and set `SLOTS_ONLY` when applicable.
pub fn setup_slots(vm: &mut Vm, ty: &TypeObj, d: Value) -> PyResult<()> {
    let Some(slots) = dict::get_by_name(d, "__slots__") else { return Ok(()) };
    let names: Vec<Value> = if pystr::is_str(slots) { vec![slots] } else { vm.collect(slots)? };
    // CPython refuses any nonempty __slots__ (even `__dict__` or `__weakref__` alone) on
    // subtypes of the variable-size built-ins (their items fill the object; here their
    // layouts have no room for slot storage besides the dict), before checking the names.
    if !names.is_empty() && matches!(ty.instance_kind(), objmodel::Kind::Tuple | objmodel::Kind::Int | objmodel::Kind::Bytes) {
        let base = ty.base.get();
        let name = if base.is_null() { "object".to_string() } else { type_::as_type(base).name_str().to_string() };
        return Err(vm.type_error(format!("nonempty __slots__ not supported for subtype of '{name}'")));
    }
    let mut all: Vec<Value> = Vec::new();
    let mut members: Vec<Value> = Vec::new();
    let mut has_dict = false;
    let mut has_weakref = false;
    for n in &names {
        let Some(s) = pystr::as_str(*n) else {
            return Err(vm.type_error(format!("__slots__ items must be strings, not '{}'", n.class().error_name())));
        };
        if !is_identifier(s) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if s == "__dict__" {
            if has_dict || base_has_dict(ty) {
                return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
            }
            has_dict = true;
        } else if s == "__weakref__" {
            if has_weakref || base_has_weakref(ty) {
                return Err(vm.type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"));
            }
            has_weakref = true;
        } else if s != "__weakref__" && dict::get_by_name(d, s).is_some() {
            // type_new: a slot's descriptor would replace the class attribute.
            return Err(vm.value_error(format!("'{s}' in __slots__ conflicts with class variable")));
        }
        let slot = match mangle(ty.name_str(), s) {
            Some(m) => vm.rt.intern(&m),
            None => vm.rt.intern_value(*n),
        };
        if s != "__dict__" && s != "__weakref__" {
            members.push(slot);
        }
        all.push(slot);
    }
    if !members.is_empty() {
        ty.set_flag(tflags::OWN_SLOTS);
    }
    // One member descriptor per slot, added in sorted order as CPython's type_new does.
    members.sort_by(|a, b| pystr::as_str(*a).cmp(&pystr::as_str(*b)));
    for m in &members {
        dict::set_str(d, *m, crate::objects::descriptor_types::new_member(*m, ty));
    }
    // Every other class in the MRO must be slots-only (or a built-in without instance dicts).
    for c in &tuple::items(ty.mro.get())[1..] {
        let ct = type_::as_type(*c);
        if ct.has_flag(tflags::HEAPTYPE) {
            if !ct.has_flag(tflags::SLOTS_ONLY) {
                has_dict = true;
            } else if let Some(inherited) = dict::get_by_name(ct.dict.get(), "__slotnames__") {
                all.extend_from_slice(tuple::items(inherited));
            }
        } else if ct.has_flag(tflags::HAS_DICT) {
            // A built-in whose instances have a dict of their own (exceptions).
            has_dict = true;
        }
    }
    if !has_dict {
        dict::set_by_name(d, "__slotnames__", tuple::new(&all));
        ty.set_flag(tflags::SLOTS_ONLY);
    }
    Ok(())
}

/// Flag `ty` `MIXED_SLOTS` when its plain instances have a `__dict__` and its MRO declares slot
/// members (called after `setup_slots`).
pub fn mark_mixed(ty: &TypeObj) {
    if ty.has_flag(tflags::SLOTS_ONLY) || ty.instance_kind() != objmodel::Kind::Object {
        return;
    }
    if tuple::items(ty.mro.get()).iter().any(|c| type_::as_type(*c).has_flag(tflags::OWN_SLOTS)) {
        ty.set_flag(tflags::MIXED_SLOTS);
    }
}

/// The table holding the slot values of `obj` when it keeps them apart from its `__dict__`
/// (an instance of a `MIXED_SLOTS` class), created on demand when `create`. None for every
/// other object (their slot values live in the instance dict) and for a missing table.
pub fn slot_table(obj: Value, create: bool) -> Option<Value> {
    let s = objmodel::layout::object_slot_table(obj)?;
    let t = s.get();
    if !t.is_null() {
        return Some(t);
    }
    if !create {
        return None;
    }
    let nd = dict::new_dict();
    s.set(nd);
    Some(nd)
}

/// Whether `obj` keeps its slot values in a table of their own (see `slot_table`).
#[inline]
pub fn has_slot_table(obj: Value) -> bool {
    obj.is_ptr() && objmodel::layout::object_slot_table(obj).is_some()
}

/// Whether instances of `ty`'s base already have a `__dict__` (a class without `__slots__`
/// somewhere above, or a built-in with instance dicts such as the exceptions).
fn base_has_dict(ty: &TypeObj) -> bool {
    any_above(ty, |ct| if ct.has_flag(tflags::HEAPTYPE) { !ct.has_flag(tflags::SLOTS_ONLY) } else { ct.has_flag(tflags::HAS_DICT) })
}

/// Whether any class in the MRO of `ty`'s base (none without a base) satisfies `f`.
fn any_above(ty: &TypeObj, f: impl Fn(&TypeObj) -> bool) -> bool {
    let base = ty.base.get();
    !base.is_null() && tuple::items(type_::as_type(base).mro.get()).iter().any(|c| f(type_::as_type(*c)))
}

/// Whether instances of `ty`'s base already have a `__weakref__` slot (a Python-level class
/// without `__slots__`, or with `"__weakref__"` in them). (Variable-size built-ins, CPython's
/// `__itemsize__ != 0`, were refused earlier: no slots at all there.)
fn base_has_weakref(ty: &TypeObj) -> bool {
    any_above(ty, |ct| {
        ct.has_flag(tflags::HEAPTYPE)
            && (!ct.has_flag(tflags::SLOTS_ONLY)
                || dict::get_by_name(ct.dict.get(), "__slotnames__")
                    .is_some_and(|n| tuple::items(n).iter().any(|x| pystr::as_str(*x) == Some("__weakref__"))))
    })
}

/// Whether `name` may be assigned on instances of a slots-only type. Looked up through the
/// per-thread type cache: every attribute store on such an instance asks, and an uncached MRO
/// walk would take the class dict's lock each time, moving it between the cores of threads
/// that merely share the class.
pub fn slot_allowed(vm: &mut Vm, ty: &TypeObj, name: Value) -> bool {
    let Some(names) = vm.lookup_type_cached(ty, vm.rt.names.__slotnames__) else { return true };
    let Some(s) = pystr::as_str(name) else { return false };
    tuple::items(names).iter().any(|n| pystr::as_str(*n) == Some(s))
}

/// A private name (`__x`) in class `cls` as the compiler spells it (`_cls__x`), or None when
/// `name` is not mangled.
fn mangle(cls: &str, name: &str) -> Option<String> {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = cls.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(format!("_{stripped}{name}"))
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

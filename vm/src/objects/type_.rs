//! Type objects: subtype tests, MRO lookup, C3 linearisation and class creation.

use objmodel::types::tflags;
use objmodel::{Kind, TypeObj, Value};

use super::{dict, tuple};
use crate::error::PyResult;
use crate::runtime::{Runtime, rt};
use crate::vm::Vm;

#[inline(always)]
pub fn is_type(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::Type
}

/// The TypeObj of a value known to be a type.
#[inline(always)]
pub fn as_type(v: Value) -> &'static TypeObj {
    debug_assert!(is_type(v));
    // SAFETY: kind Type has layout TypeObj (debug-checked).
    unsafe { v.cast::<TypeObj>() }
}

pub fn try_type(v: Value) -> Option<&'static TypeObj> {
    if is_type(v) { Some(as_type(v)) } else { None }
}

/// `issubclass(a, b)` for types: walk a's MRO.
#[inline]
pub fn is_subtype(a: &TypeObj, b: &TypeObj) -> bool {
    if a.is(b) {
        return true;
    }
    tuple::items(a.mro.get()).iter().any(|t| t.is(b.as_value()))
}

/// `isinstance(v, t)` without `__instancecheck__`.
#[inline]
pub fn isinstance(v: Value, t: &TypeObj) -> bool {
    is_subtype(v.class(), t)
}

/// Find `name` (an interned or any str) along the MRO of `t`, without descriptors.
#[inline]
pub fn lookup(t: &TypeObj, name: Value) -> Option<Value> {
    for c in tuple::items(t.mro.get()) {
        let d = as_type(*c).dict.get();
        if let Some(v) = dict::get_str(d, name) {
            return Some(v);
        }
    }
    None
}

/// Lookup by Rust text.
pub fn lookup_str(t: &TypeObj, name: &str) -> Option<Value> {
    for c in tuple::items(t.mro.get()) {
        if let Some(v) = dict::get_by_name(as_type(*c).dict.get(), name) {
            return Some(v);
        }
    }
    None
}

/// The class's `__dict__` entry (own dict only).
pub fn own_attr(t: &TypeObj, name: Value) -> Option<Value> {
    dict::get_str(t.dict.get(), name)
}

/// C3 linearisation of `bases` for a new class (CPython's `mro_implementation`).
pub fn c3_mro(vm: &mut Vm, newtype: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| tuple::items(as_type(*b).mro.get()).to_vec()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![newtype];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand);
                break;
            }
        }
        let Some(c) = found else {
            let names: Vec<String> = bases.iter().map(|b| as_type(*b).name_str().to_string()).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0].is(c) {
                s.remove(0);
            }
        }
    }
}

/// The "solid base" whose instance layout a class with these bases uses.
fn best_base(vm: &mut Vm, bases: &[Value]) -> PyResult<&'static TypeObj> {
    let t = objmodel::builtin_types();
    let mut best: &'static TypeObj = t.object;
    for b in bases {
        let bt = as_type(*b);
        let bk = layout_base(bt);
        let ck = layout_base(best);
        if bk.is(ck) || is_subtype(ck, bk) {
            continue;
        }
        if is_subtype(bk, ck) {
            best = bt;
        } else {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
        let _ = t;
    }
    for b in bases {
        let bt = as_type(*b);
        if is_subtype(bt, solid(best)) && !bt.is(best) && solid(bt).is(solid(best)) && best.is(t.object) {
            best = bt;
        }
    }
    Ok(best)
}

/// The nearest ancestor (or `t` itself) that defines `t`'s instance layout for the layout
/// conflict check of `best_base`: `solid`, except that a Python-level class declaring slot
/// members of its own is a layout of its own (CPython's `extra_ivars`), so
/// `class C(A, B)` with slotted unrelated `A` and `B` conflicts.
fn layout_base(t: &'static TypeObj) -> &'static TypeObj {
    let mut c = t;
    while c.has_flag(tflags::HEAPTYPE) {
        if c.has_flag(tflags::OWN_SLOTS) {
            return c;
        }
        let b = c.base.get();
        if b.is_null() {
            return c;
        }
        c = as_type(b);
    }
    solid(c)
}

/// Whether instances of `a` and `b` share one layout, so an object may change between them
/// (`__class__` assignment; CPython's `compatible_for_assignment`): both have a `__dict__` or
/// neither, and their nearest layout-defining ancestors (`layout_base`) are the same class, or
/// declare the same slot names over the same layout.
pub fn same_layout(a: &'static TypeObj, b: &'static TypeObj) -> bool {
    if a.has_flag(tflags::SLOTS_ONLY) != b.has_flag(tflags::SLOTS_ONLY) {
        return false;
    }
    let (la, lb) = (layout_base(a), layout_base(b));
    if std::ptr::eq(la, lb) {
        return true;
    }
    if !la.has_flag(tflags::OWN_SLOTS) || !lb.has_flag(tflags::OWN_SLOTS) {
        return false;
    }
    let (pa, pb) = (la.base.get(), lb.base.get());
    if pa.is_null() || pb.is_null() || !std::ptr::eq(layout_base(as_type(pa)), layout_base(as_type(pb))) {
        return false;
    }
    super::type_sizes::own_slot_names(la) == super::type_sizes::own_slot_names(lb)
}

/// Nearest built-in ancestor that defines the instance layout. As in CPython's
/// `solid_base`, a built-in exception class that adds no instance fields to its base shares
/// its base's layout, so `class E(ArithmeticError, TypeError)` is allowed; the exceptions
/// that do add fields in CPython (below) stay solid, so `class E(OSError, ImportError)` still
/// conflicts.
pub fn solid(t: &'static TypeObj) -> &'static TypeObj {
    const OWN_FIELDS: [&str; 11] = [
        "AttributeError",
        "BaseExceptionGroup",
        "ImportError",
        "NameError",
        "OSError",
        "StopIteration",
        "SyntaxError",
        "SystemExit",
        "UnicodeDecodeError",
        "UnicodeEncodeError",
        "UnicodeTranslateError",
    ];
    let mut c = t;
    loop {
        let b = c.base.get();
        if b.is_null() {
            break;
        }
        let shares_base_layout = c.has_flag(tflags::HEAPTYPE)
            || (c.instance_kind() == objmodel::Kind::Exception
                && as_type(b).instance_kind() == objmodel::Kind::Exception
                && !OWN_FIELDS.contains(&c.name_str()));
        if !shares_base_layout {
            break;
        }
        c = as_type(b);
    }
    c
}

/// The most derived of `meta` and the metaclasses of `bases` (CPython's
/// _PyType_CalculateMetaclass), or the metaclass-conflict TypeError.
pub fn calculate_metaclass(vm: &mut Vm, meta: &'static TypeObj, bases: &[Value]) -> PyResult<&'static TypeObj> {
    let mut winner = meta;
    for b in bases {
        let bm = b.class();
        if is_subtype(winner, bm) {
            continue;
        }
        if is_subtype(bm, winner) {
            winner = bm;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// Create a class: `type(name, bases, ns)` after `__prepare__`/body execution. `meta` is the
/// metaclass (a subclass of type).
pub fn new_class(vm: &mut Vm, meta: &TypeObj, name: Value, bases: &[Value], ns: Value) -> PyResult<Value> {
    let t = objmodel::builtin_types();
    for b in bases {
        let Some(bt) = try_type(*b) else {
            // CPython computes the most derived metaclass first (_PyType_CalculateMetaclass):
            // a base such as `1`, whose type is unrelated to `meta`, is a conflict there.
            let bm = b.class();
            if !is_subtype(meta, bm) && !is_subtype(bm, meta) {
                return Err(vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
            return Err(vm.type_error("bases must be types"));
        };
        if !bt.has_flag(tflags::BASETYPE) {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", bt.name_str())));
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(*b)) {
            return Err(vm.type_error(format!("duplicate base class {}", as_type(*b).name_str())));
        }
    }
    let bases_v: Vec<Value> = if bases.is_empty() { vec![t.object.as_value()] } else { bases.to_vec() };
    let base = best_base(vm, &bases_v)?;
    let ty = objmodel::alloc::alloc_obj::<TypeObj>(Kind::Type, meta);
    let kind = solid(base).instance_kind();
    ty.instance_kind.store(kind as u32, std::sync::atomic::Ordering::Relaxed);
    let mut flags = tflags::HEAPTYPE | tflags::BASETYPE | tflags::HAS_DICT;
    for b in &bases_v {
        let bf = as_type(*b).flags();
        flags |= bf
            & (tflags::EXCEPTION
                | tflags::HAS_GETATTR
                | tflags::HAS_GETATTRIBUTE
                | tflags::HAS_SETATTR
                | tflags::HAS_EQ
                | tflags::HAS_HASH
                | tflags::HAS_DEL
                | tflags::BUILTIN_SUBCLASS);
    }
    if !solid(base).is(t.object) {
        flags |= tflags::BUILTIN_SUBCLASS;
    }
    ty.flags.store(flags, std::sync::atomic::Ordering::Relaxed);
    ty.name.set(name);
    let qual = dict::get_str(ns, rt().names.__qualname__).unwrap_or(name);
    ty.qualname.set(qual);
    ty.base.set(base.as_value());
    ty.bases.set(tuple::new(&bases_v));
    ty.subclasses.set(tuple::empty());
    let d = dict::copy(ns);
    // `__init_subclass__` and `__class_getitem__` are implicit classmethods (CPython type_new).
    for name in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict::get_by_name(d, name)
            && f.is_ptr()
            && f.header().kind() == Kind::Function
        {
            let cm = objmodel::alloc::new_fixed(Kind::ClassMethod, t.classmethod, 0, f, Value::NULL, Value::NULL, Value::NULL);
            dict::set_by_name(d, name, cm);
        }
    }
    dict::remove_str(d, rt().names.__qualname__);
    let module = dict::get_str(d, rt().names.__module__).unwrap_or_else(|| objmodel::none());
    ty.module.set(module);
    ty.dict.set(d);
    let mro = c3_mro(vm, ty.as_value(), &bases_v)?;
    ty.mro.set(tuple::new(&mro));
    update_flags_from_dict(ty);
    if dict::get_str(d, rt().names.__eq__).is_some() && dict::get_str(d, rt().names.__hash__).is_none() {
        // A class that defines __eq__ but not __hash__ is unhashable (CPython sets it to None).
        dict::set_str(d, rt().names.__hash__, objmodel::none());
    }
    super::slots::setup_slots(vm, ty, d)?;
    super::slots::mark_mixed(ty);
    add_implicit_attributes(ty, d, &bases_v);
    ty.bump_version();
    for b in &bases_v {
        add_subclass(as_type(*b), ty.as_value());
    }
    Ok(ty.as_value())
}

/// The entries CPython's type_new adds to a class dict: `__dict__` and `__weakref__`
/// descriptors for a class whose only base is `object` and that declares no `__slots__`
/// (others inherit them or have none), and `__doc__` (None without a docstring).
fn add_implicit_attributes(ty: &TypeObj, d: Value, bases: &[Value]) {
    let t = objmodel::builtin_types();
    if dict::get_by_name(d, "__slots__").is_none() && bases.len() == 1 && bases[0].is(t.object.as_value()) {
        if dict::get_by_name(d, "__dict__").is_none() {
            crate::objects::define::getset(ty, "__dict__", super::object::object_get_dict, Some(super::object::object_set_dict));
        }
        if dict::get_by_name(d, "__weakref__").is_none() {
            crate::objects::define::getset(ty, "__weakref__", |_vm, _a| Ok(objmodel::none()), None);
        }
    }
    if dict::get_by_name(d, "__doc__").is_none() {
        dict::set_by_name(d, "__doc__", objmodel::none());
    }
}

fn add_subclass(base: &TypeObj, sub: Value) {
    let mut v = tuple::items(base.subclasses.get()).to_vec();
    v.push(sub);
    base.subclasses.set(tuple::new(&v));
}

/// Refresh the flags that cache "defines X in Python" after the class dict changed.
pub fn update_flags_from_dict(ty: &TypeObj) {
    let n = &rt().names;
    let d = ty.dict.get();
    let has = |k: Value| dict::get_str(d, k).is_some();
    if has(n.__getattr__) {
        ty.set_flag(tflags::HAS_GETATTR);
    }
    if has(n.__getattribute__) {
        ty.set_flag(tflags::HAS_GETATTRIBUTE);
    }
    if has(n.__setattr__) || has(n.__delattr__) {
        ty.set_flag(tflags::HAS_SETATTR);
    }
    if has(n.__eq__) {
        ty.set_flag(tflags::HAS_EQ);
    }
    if has(n.__hash__) || has(n.__eq__) {
        ty.set_flag(tflags::HAS_HASH);
    }
    if dict::get_by_name(d, "__del__").is_some() {
        ty.set_flag(tflags::HAS_DEL);
    }
}

/// Invalidate attribute caches for `ty` and every subclass after a class attribute changed.
pub fn modified(ty: &TypeObj) {
    ty.bump_version();
    update_flags_from_dict(ty);
    for s in tuple::items(ty.subclasses.get()) {
        modified(as_type(*s));
    }
}

/// Populate the dicts of all built-in types.
pub fn init_builtin_type_methods(r: &'static Runtime) {
    crate::objects::init_all(r);
}

//! `dict` core operations with Python hashing and equality (which may run user code); the
//! table itself is `dict_table.rs`, the Python-visible methods `dict_methods.rs`.

use objmodel::layout::DictObj;
use objmodel::{Kind, Value};

use super::dict_table as table;
use crate::error::PyResult;
use crate::vm::Vm;

#[inline(always)]
pub fn is_dict(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::Dict
}

pub fn new_dict() -> Value {
    new_dict_with_class(objmodel::builtin_types().dict)
}

pub fn new_dict_with_class(class: &objmodel::TypeObj) -> Value {
    let d: &DictObj = objmodel::alloc::alloc_obj(Kind::Dict, class);
    objmodel::alloc::value_of(d)
}

/// Key equality used by dicts and sets: identity, then fast paths for str and numbers, then
/// `==` (which may call `__eq__`).
#[inline]
pub fn key_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if super::str::both_exact(a, b) {
        return Ok(super::str::eq(a, b));
    }
    if a.is_small() && b.is_small() {
        return Ok(false);
    }
    vm.eq(a, b)
}

pub fn len(d: Value) -> usize {
    table::len(d)
}

pub fn get(vm: &mut Vm, d: Value, k: Value) -> PyResult<Option<Value>> {
    // An exact-str key compares without Python code: try the lock-free seqlock reader that
    // global and attribute loads use (it answers None when the locked path must decide: a
    // write in progress, or a stored non-str key with the same hash). Shared dicts read by
    // many threads (`d[k]`, `d.get(k)`) then take no lock at all.
    if super::str::both_exact(k, k) {
        let h = super::str::hash(k);
        if let Some(r) = table::get_str_lockfree(d, k, h) {
            return Ok(r);
        }
        return table::get(d, k, h, &mut |a, b| key_eq(vm, a, b));
    }
    let h = vm.hash(k)?;
    table::get(d, k, h, &mut |a, b| key_eq(vm, a, b))
}

pub fn set(vm: &mut Vm, d: Value, k: Value, v: Value) -> PyResult<()> {
    let h = vm.hash(k)?;
    table::set(d, k, h, v, &mut |a, b| key_eq(vm, a, b))?;
    Ok(())
}

/// `d.setdefault(k, dflt)`: one atomic lookup-or-insert (dict_table.rs).
pub fn setdefault(vm: &mut Vm, d: Value, k: Value, dflt: Value) -> PyResult<Value> {
    let h = vm.hash(k)?;
    table::setdefault(d, k, h, dflt, &mut |a, b| key_eq(vm, a, b))
}

/// `d.update(other)` for a dict `other`: a snapshot of `other` (under its lock), stored into
/// `d` under one hold of `d`'s lock (released only around `__eq__` calls).
pub fn update_from_dict(vm: &mut Vm, d: Value, other: Value) -> PyResult<()> {
    let items = table::snapshot(other);
    // The snapshot is Rust heap memory: root its keys and values while `__eq__` may run.
    let roots: Vec<Value> = items.iter().flat_map(|&(_, k, v)| [k, v]).collect();
    vm.with_roots(&roots, |vm| table::set_many(d, &items, &mut |a, b| key_eq(vm, a, b)))
}

/// Remove `k`, returning its value (None if absent).
pub fn remove(vm: &mut Vm, d: Value, k: Value) -> PyResult<Option<Value>> {
    let h = vm.hash(k)?;
    table::remove(d, k, h, &mut |a, b| key_eq(vm, a, b))
}

fn str_key_eq(a: Value, b: Value) -> PyResult<bool> {
    Ok(super::str::is_str(a) && super::str::is_str(b) && super::str::eq(a, b))
}

/// Lookup with a str key, no user code (non-str keys never match).
#[inline]
pub fn get_str(d: Value, k: Value) -> Option<Value> {
    let h = super::str::hash(k);
    if let Some(r) = table::get_str_lockfree(d, k, h) {
        return r;
    }
    table::get(d, k, h, &mut str_key_eq).ok().flatten()
}

/// Store with a str key, no user code.
pub fn set_str(d: Value, k: Value, v: Value) {
    let h = super::str::hash(k);
    let _ = table::set(d, k, h, v, &mut str_key_eq);
}

/// `set_str` that also reports the entry index the key now has (for attribute hints).
pub fn set_str_ix(d: Value, k: Value, v: Value) -> usize {
    let h = super::str::hash(k);
    // `str_key_eq` runs no Python code and cannot fail.
    table::set_ix(d, k, h, v, &mut str_key_eq).unwrap_or(0)
}

/// Remove a str key, no user code.
pub fn remove_str(d: Value, k: Value) -> Option<Value> {
    let h = super::str::hash(k);
    table::remove(d, k, h, &mut str_key_eq).ok().flatten()
}

/// Lookup by Rust text, no user code.
pub fn get_by_name(d: Value, name: &str) -> Option<Value> {
    let h = crate::numeric::hash::hash_str(name);
    table::get(d, Value::NULL, h, &mut |a, _| Ok(super::str::as_str(a) == Some(name))).ok().flatten()
}

/// Store under an interned name.
pub fn set_by_name(d: Value, name: &str, v: Value) {
    let k = if crate::runtime::is_initialised() { crate::runtime::rt().intern(name) } else { super::str::new(name) };
    set_str(d, k, v);
}

/// (key, value) pairs in insertion order (a snapshot taken under the dict's lock).
pub fn items(d: Value) -> Vec<(Value, Value)> {
    table::snapshot(d).into_iter().map(|(_, k, v)| (k, v)).collect()
}

pub fn keys(d: Value) -> Vec<Value> {
    table::snapshot(d).into_iter().map(|(_, k, _)| k).collect()
}

/// Copy of a dict (same class: plain dict).
pub fn copy(d: Value) -> Value {
    let items = table::snapshot(d);
    let n = new_dict();
    table::reserve(n, items.len());
    // Identity comparisons only: the keys come from one dict, so no two are equal.
    let _ = table::set_many(n, &items, &mut |a, b| Ok(a.is(b)));
    n
}

/// (hash, key, value) triples in insertion order (a snapshot; hashes as stored, folded).
pub fn entries_with_hash(d: Value) -> Vec<(i64, Value, Value)> {
    table::snapshot(d)
}

/// Lookup with a known hash.
pub fn get_with_hash(vm: &mut Vm, d: Value, k: Value, h: i64) -> PyResult<Option<Value>> {
    table::get(d, k, h, &mut |a, b| key_eq(vm, a, b))
}

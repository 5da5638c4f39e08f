//! `set`/`frozenset` core operations with Python hashing and equality; CPython's algorithms
//! for the order-relevant operations (update, union, intersection, difference).

use objmodel::layout::SetObj;
use objmodel::{Kind, TypeObj, Value};

use super::set_table as table;
use crate::bytecode::{BinOp, CmpOp};
use crate::error::PyResult;
use crate::objects::dict::key_eq;
use crate::vm::Vm;

#[inline(always)]
pub fn is_set_like(v: Value) -> bool {
    v.is_ptr() && matches!(v.header().kind(), Kind::Set | Kind::FrozenSet)
}

pub fn new_set() -> Value {
    new_set_with_class(objmodel::builtin_types().set, Kind::Set)
}

pub fn new_frozenset() -> Value {
    new_set_with_class(objmodel::builtin_types().frozenset, Kind::FrozenSet)
}

pub fn new_set_with_class(cls: &TypeObj, kind: Kind) -> Value {
    let s: &SetObj = objmodel::alloc::alloc_obj(kind, cls);
    objmodel::alloc::value_of(s)
}

/// A new empty set of the same kind (set/frozenset, exact built-in class).
pub fn new_like(s: Value) -> Value {
    if s.header().kind() == Kind::FrozenSet { new_frozenset() } else { new_set() }
}

pub fn len(s: Value) -> usize {
    table::len(s)
}

pub fn add(vm: &mut Vm, s: Value, k: Value) -> PyResult<bool> {
    let h = vm.hash(k)?;
    table::add(s, k, h, &mut |a, b| key_eq(vm, a, b))
}

pub fn add_with_hash(vm: &mut Vm, s: Value, k: Value, h: i64) -> PyResult<bool> {
    table::add(s, k, h, &mut |a, b| key_eq(vm, a, b))
}

pub fn contains(vm: &mut Vm, s: Value, k: Value) -> PyResult<bool> {
    let h = match vm.hash(k) {
        Ok(h) => h,
        Err(e) if is_set_like(k) && vm.err_matches(&e, vm.rt.exc.type_error) => {
            // `set() in s` looks up the frozenset with the same items (CPython does this).
            let f = to_frozenset(vm, k)?;
            return contains(vm, s, f);
        }
        Err(e) => return Err(e),
    };
    Ok(table::find(s, k, h, &mut |a, b| key_eq(vm, a, b))?.is_some())
}

pub fn discard(vm: &mut Vm, s: Value, k: Value) -> PyResult<bool> {
    let h = match vm.hash(k) {
        Ok(h) => h,
        Err(e) if is_set_like(k) && vm.err_matches(&e, vm.rt.exc.type_error) => {
            let f = to_frozenset(vm, k)?;
            return discard(vm, s, f);
        }
        Err(e) => return Err(e),
    };
    table::discard(s, k, h, &mut |a, b| key_eq(vm, a, b))
}

fn to_frozenset(vm: &mut Vm, s: Value) -> PyResult {
    let f = new_frozenset();
    update(vm, f, s)?;
    Ok(f)
}

pub fn items(s: Value) -> Vec<Value> {
    table::entries(s).into_iter().map(|(_, k)| k).collect()
}

/// `set_update_internal`: merge another set (CPython's set_merge), a dict's keys, or any
/// iterable.
pub fn update(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if is_set_like(other) {
        if other.is(s) || len(other) == 0 {
            return Ok(());
        }
        if table::merge_fast(s, other) {
            return Ok(());
        }
        for (h, k) in table::entries(other) {
            add_with_hash(vm, s, k, h)?;
        }
        return Ok(());
    }
    if crate::objects::dict::is_dict(other) && other.class().is(vm.rt.types.dict) {
        table::presize(s, crate::objects::dict::len(other));
        for (h, k, _) in crate::objects::dict::entries_with_hash(other) {
            add_with_hash(vm, s, k, h)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(it)? {
        add(vm, s, k)?;
    }
    Ok(())
}

/// A new set (of `like`'s kind) holding `src`'s items (CPython's `make_new_set_basetype`).
pub fn copy_of(vm: &mut Vm, like: Value, src: Value) -> PyResult {
    let r = new_like(like);
    update(vm, r, src)?;
    Ok(r)
}

fn find_in(vm: &mut Vm, s: Value, k: Value, h: i64) -> PyResult<bool> {
    Ok(table::find(s, k, h, &mut |x, y| key_eq(vm, x, y))?.is_some())
}

/// `set_intersection`.
pub fn intersection(vm: &mut Vm, so: Value, other: Value) -> PyResult {
    let result = new_like(so);
    if other.is(so) {
        return copy_of(vm, so, so);
    }
    if is_set_like(other) {
        let (mut a, mut b) = (so, other);
        if len(b) > len(a) {
            std::mem::swap(&mut a, &mut b);
        }
        for (h, k) in table::entries(b) {
            if find_in(vm, a, k, h)? {
                add_with_hash(vm, result, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(it)? {
        let h = vm.hash(k)?;
        if find_in(vm, so, k, h)? {
            add_with_hash(vm, result, k, h)?;
        }
    }
    Ok(result)
}

/// `set_difference_update_internal`.
pub fn difference_update(vm: &mut Vm, so: Value, other: Value) -> PyResult<()> {
    if other.is(so) {
        table::clear(so);
        return Ok(());
    }
    if is_set_like(other) {
        let other = if (len(other) >> 3) > len(so) { intersection(vm, so, other)? } else { other };
        for (h, k) in table::entries(other) {
            table::discard(so, k, h, &mut |x, y| key_eq(vm, x, y))?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(it)? {
            discard(vm, so, k)?;
        }
    }
    table::shrink_dummies(so);
    Ok(())
}

/// `set_difference`.
pub fn difference(vm: &mut Vm, so: Value, other: Value) -> PyResult {
    let is_dict = crate::objects::dict::is_dict(other) && other.class().is(vm.rt.types.dict);
    let other_len = if is_set_like(other) {
        len(other)
    } else if is_dict {
        crate::objects::dict::len(other)
    } else {
        let r = copy_of(vm, so, so)?;
        difference_update(vm, r, other)?;
        return Ok(r);
    };
    if (len(so) >> 2) > other_len {
        let r = copy_of(vm, so, so)?;
        difference_update(vm, r, other)?;
        return Ok(r);
    }
    let r = new_like(so);
    for (h, k) in table::entries(so) {
        let present = if is_dict {
            crate::objects::dict::get_with_hash(vm, other, k, h)?.is_some()
        } else {
            find_in(vm, other, k, h)?
        };
        if !present {
            add_with_hash(vm, r, k, h)?;
        }
    }
    Ok(r)
}

/// `set_symmetric_difference_update(so, other)`.
pub fn symmetric_difference_update(vm: &mut Vm, so: Value, other: Value) -> PyResult<()> {
    if other.is(so) {
        table::clear(so);
        return Ok(());
    }
    if crate::objects::dict::is_dict(other) && other.class().is(vm.rt.types.dict) {
        for (h, k, _) in crate::objects::dict::entries_with_hash(other) {
            if !table::discard(so, k, h, &mut |x, y| key_eq(vm, x, y))? {
                add_with_hash(vm, so, k, h)?;
            }
        }
        return Ok(());
    }
    let other = if is_set_like(other) { other } else { copy_of(vm, so, other)? };
    for (h, k) in table::entries(other) {
        if !table::discard(so, k, h, &mut |x, y| key_eq(vm, x, y))? {
            add_with_hash(vm, so, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`.
pub fn symmetric_difference(vm: &mut Vm, so: Value, other: Value) -> PyResult {
    let r = copy_of(vm, so, other)?;
    symmetric_difference_update(vm, r, so)?;
    Ok(r)
}

/// Operators `- & | ^` between sets.
pub fn set_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !is_set_like(b) || !is_set_like(a) {
        return Ok(None);
    }
    Ok(Some(match op {
        BinOp::Sub => difference(vm, a, b)?,
        BinOp::And => intersection(vm, a, b)?,
        BinOp::Or => {
            let r = copy_of(vm, a, a)?;
            update(vm, r, b)?;
            r
        }
        BinOp::Xor => symmetric_difference(vm, a, b)?,
        _ => return Ok(None),
    }))
}

/// In-place operators on a mutable set.
pub fn set_inplace(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !is_set_like(b) {
        return Ok(None);
    }
    match op {
        BinOp::Or => update(vm, a, b)?,
        BinOp::Sub => difference_update(vm, a, b)?,
        BinOp::And => {
            let r = intersection(vm, a, b)?;
            table::swap_bodies(a, r);
        }
        BinOp::Xor => symmetric_difference_update(vm, a, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a))
}

/// Make `s` hold exactly `src`'s table (used by `intersection_update`).
pub fn replace_contents(_vm: &mut Vm, s: Value, src: Value) -> PyResult<()> {
    table::swap_bodies(s, src);
    Ok(())
}

pub fn is_subset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if len(a) > len(b) {
        return Ok(false);
    }
    for (h, k) in table::entries(a) {
        if table::find(b, k, h, &mut |x, y| key_eq(vm, x, y))?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
    Ok(match op {
        CmpOp::Eq => len(a) == len(b) && is_subset(vm, a, b)?,
        CmpOp::Ne => !(len(a) == len(b) && is_subset(vm, a, b)?),
        CmpOp::Le => is_subset(vm, a, b)?,
        CmpOp::Ge => is_subset(vm, b, a)?,
        CmpOp::Lt => len(a) < len(b) && is_subset(vm, a, b)?,
        CmpOp::Gt => len(a) > len(b) && is_subset(vm, b, a)?,
    })
}

pub fn frozenset_hash(vm: &mut Vm, s: Value) -> PyResult<i64> {
    // The table keeps hashes folded to 63 bits; CPython mixes the full 64-bit hashes, so
    // recompute those that folding may have changed (ints never exceed 61 bits).
    let mut hs = Vec::with_capacity(len(s));
    for (h, k) in table::entries(s) {
        hs.push(if k.is_small() { h } else { vm.hash(k)? });
    }
    Ok(crate::numeric::hash::hash_frozenset(&hs))
}

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
        let n_other = len(other);
        if n_other == 0 {
            return Ok(());
        }
        if table::fill(s) == 0 && table::capacity(s) <= table::capacity(other) && len(s) == 0 {
            table::copy_table_into_empty(s, other);
            return Ok(());
        }
        if (table::fill(s) + n_other) * 5 >= table::capacity(s).saturating_sub(1) * 3 {
            table::resize(s, (len(s) + n_other) * 2);
        }
        for (h, k) in table::entries(other) {
            add_with_hash(vm, s, k, h)?;
        }
        return Ok(());
    }
    if crate::objects::dict::is_dict(other) && other.class().is(vm.rt.types.dict) {
        let n = crate::objects::dict::len(other);
        if (table::fill(s) + n) * 5 >= table::capacity(s).saturating_sub(1) * 3 {
            table::resize(s, (len(s) + n) * 2);
        }
        for k in crate::objects::dict::keys(other) {
            add(vm, s, k)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(it)? {
        add(vm, s, k)?;
    }
    Ok(())
}

/// A new set (of `like`'s kind) holding `src`'s items (CPython's `make_new_set` + update).
pub fn copy_of(vm: &mut Vm, like: Value, src: Value) -> PyResult {
    let r = new_like(like);
    update(vm, r, src)?;
    Ok(r)
}

/// `set_intersection`.
pub fn intersection(vm: &mut Vm, so: Value, other: Value) -> PyResult {
    let result = new_like(so);
    if is_set_like(other) {
        let (mut a, mut b) = (so, other);
        if len(b) > len(a) {
            std::mem::swap(&mut a, &mut b);
        }
        // iterate over the smaller one (b), keep those in a
        for (h, k) in table::entries(b) {
            if table::find(a, k, h, &mut |x, y| key_eq(vm, x, y))?.is_some() {
                add_with_hash(vm, result, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(it)? {
        let h = vm.hash(k)?;
        if table::find(so, k, h, &mut |x, y| key_eq(vm, x, y))?.is_some() {
            add_with_hash(vm, result, k, h)?;
        }
    }
    Ok(result)
}

/// `set_difference`.
pub fn difference(vm: &mut Vm, so: Value, other: Value) -> PyResult {
    let other_len = if is_set_like(other) || crate::objects::dict::is_dict(other) { Some(vm.len(other)?) } else { None };
    match other_len {
        Some(n) if (len(so) >> 2) > n => {
            let r = copy_of(vm, so, so)?;
            for k in if is_set_like(other) { items(other) } else { crate::objects::dict::keys(other) } {
                discard(vm, r, k)?;
            }
            Ok(r)
        }
        Some(_) => {
            let r = new_like(so);
            for (h, k) in table::entries(so) {
                let present = if is_set_like(other) {
                    table::find(other, k, h, &mut |x, y| key_eq(vm, x, y))?.is_some()
                } else {
                    crate::objects::dict::get(vm, other, k)?.is_some()
                };
                if !present {
                    add_with_hash(vm, r, k, h)?;
                }
            }
            Ok(r)
        }
        None => {
            let r = copy_of(vm, so, so)?;
            let it = vm.iter(other)?;
            while let Some(k) = vm.next(it)? {
                discard(vm, r, k)?;
            }
            Ok(r)
        }
    }
}

/// `set_symmetric_difference_update(so, other)`.
pub fn symmetric_difference_update(vm: &mut Vm, so: Value, other: Value) -> PyResult<()> {
    let other = if is_set_like(other) { other } else { copy_of(vm, new_set(), other)? };
    for (h, k) in table::entries(other) {
        if !table::discard(so, k, h, &mut |x, y| key_eq(vm, x, y))? {
            add_with_hash(vm, so, k, h)?;
        }
    }
    Ok(())
}

/// Operators `- & | ^` between sets.
pub fn set_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !is_set_like(b) {
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
        BinOp::Xor => {
            let r = copy_of(vm, a, b)?;
            symmetric_difference_update(vm, r, a)?;
            r
        }
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
        BinOp::Sub => {
            for k in items(b) {
                discard(vm, a, k)?;
            }
        }
        BinOp::And => {
            let r = intersection(vm, a, b)?;
            replace_contents(vm, a, r)?;
        }
        BinOp::Xor => symmetric_difference_update(vm, a, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a))
}

/// Make `s` hold exactly `src`'s items (used by `&=` and `intersection_update`).
pub fn replace_contents(vm: &mut Vm, s: Value, src: Value) -> PyResult<()> {
    table::clear(s);
    update(vm, s, src)
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
    let _ = vm;
    let hs: Vec<i64> = table::entries(s).into_iter().map(|(h, _)| h).collect();
    Ok(crate::numeric::hash::hash_frozenset(&hs))
}

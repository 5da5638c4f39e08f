//! `_bisect` / `bisect`: binary search and insertion on sorted sequences (CPython's loops and
//! comparison order, `key=` support).

use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{int, list};
use crate::vm::Vm;

fn getitem(vm: &mut Vm, a: Value, i: usize) -> PyResult<Value> {
    if list::is_list(a)
        && let Some(v) = list::get(a, i)
    {
        return Ok(v);
    }
    vm.getitem(a, int::from_usize(i))
}

/// Parse `(a, x, lo=0, hi=None, *, key=None)`; returns (a, x, lo, hi, key).
fn parse(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<(Value, Value, usize, usize, Value)> {
    let [a, x, lo, hi, key] = args.bind(vm, fname, ["a", "x", "lo", "hi", "key"], 4, 2)?;
    let lo = if lo.is_null() { 0 } else { vm.index_value(lo)? };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let hi = if hi.is_null() || hi.is_none() { vm.len(a)? as i64 } else { vm.index_value(hi)? };
    let key = if key.is_null() { objmodel::none() } else { key };
    Ok((a, x, lo as usize, hi.max(0) as usize, key))
}

fn keyed(vm: &mut Vm, key: Value, v: Value) -> PyResult<Value> {
    if key.is_none() { Ok(v) } else { vm.call1(key, v) }
}

fn right(vm: &mut Vm, a: Value, x: Value, mut lo: usize, mut hi: usize, key: Value) -> PyResult<usize> {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let item = getitem(vm, a, mid)?;
        let k = keyed(vm, key, item)?;
        if vm.lt(x, k)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn left(vm: &mut Vm, a: Value, x: Value, mut lo: usize, mut hi: usize, key: Value) -> PyResult<usize> {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let item = getitem(vm, a, mid)?;
        let k = keyed(vm, key, item)?;
        if vm.lt(k, x)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult {
    let (a, x, lo, hi, key) = parse(vm, &args, "bisect_right")?;
    right(vm, a, x, lo, hi, key).map(int::from_usize)
}
fn bisect_left(vm: &mut Vm, args: Args) -> PyResult {
    let (a, x, lo, hi, key) = parse(vm, &args, "bisect_left")?;
    left(vm, a, x, lo, hi, key).map(int::from_usize)
}

fn insert(vm: &mut Vm, a: Value, i: usize, x: Value) -> PyResult {
    if list::is_list(a) && a.class().is(vm.rt.types.list) {
        list::insert(a, i, x);
        return Ok(objmodel::none());
    }
    vm.call_method(a, "insert", &[int::from_usize(i), x])?;
    Ok(objmodel::none())
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult {
    let (a, x, lo, hi, key) = parse(vm, &args, "insort_right")?;
    let kx = keyed(vm, key, x)?;
    let i = right(vm, a, kx, lo, hi, key)?;
    insert(vm, a, i, x)
}
fn insort_left(vm: &mut Vm, args: Args) -> PyResult {
    let (a, x, lo, hi, key) = parse(vm, &args, "insort_left")?;
    let kx = keyed(vm, key, x)?;
    let i = left(vm, a, kx, lo, hi, key)?;
    insert(vm, a, i, x)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = super::util::new_module("bisect");
    super::util::funcs(
        d,
        &[
            ("bisect_right", bisect_right),
            ("bisect_left", bisect_left),
            ("insort_right", insort_right),
            ("insort_left", insort_left),
            ("bisect", bisect_right),
            ("insort", insort_right),
        ],
    );
    Ok(m)
}

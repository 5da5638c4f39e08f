//! Stable sorting with Python's `<` (which may run user code and may fail). A hand-written
//! merge sort: `std`'s sorts may panic on inconsistent orderings, which user `__lt__` can
//! produce; this one only ever asks `lt` and stops at the first error.

use objmodel::Value;

use crate::error::PyResult;
use crate::vm::Vm;

/// Sort `items` (stable). With `keys`, orders by the keys; `reverse` keeps stability as
/// CPython does (reverse, stable-sort, reverse).
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, keys: Option<Vec<Value>>, reverse: bool) -> PyResult<()> {
    let n = items.len();
    let keys = keys.unwrap_or_else(|| items.clone());
    let mut idx: Vec<usize> = (0..n).collect();
    if reverse {
        idx.reverse();
    }
    let all: Vec<Value> = keys.iter().chain(items.iter()).copied().collect();
    vm.with_roots(&all, |vm| -> PyResult<()> {
        let mut buf = idx.clone();
        merge_sort(vm, &keys, &mut idx, &mut buf)?;
        Ok(())
    })?;
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
    *items = sorted;
    Ok(())
}

fn lt(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(x < y);
    }
    if let (Some(x), Some(y)) = (crate::objects::str::as_str(a), crate::objects::str::as_str(b))
        && a.class().is(vm.rt.types.str_)
        && b.class().is(vm.rt.types.str_)
    {
        return Ok(x < y);
    }
    vm.lt(a, b)
}

fn merge_sort(vm: &mut Vm, keys: &[Value], idx: &mut [usize], buf: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n <= 16 {
        // insertion sort (stable)
        for i in 1..n {
            let cur = idx[i];
            let mut j = i;
            while j > 0 && lt(vm, keys[cur], keys[idx[j - 1]])? {
                idx[j] = idx[j - 1];
                j -= 1;
            }
            idx[j] = cur;
        }
        return Ok(());
    }
    let mid = n / 2;
    {
        let (l, r) = idx.split_at_mut(mid);
        let (bl, br) = buf.split_at_mut(mid);
        merge_sort(vm, keys, l, bl)?;
        merge_sort(vm, keys, r, br)?;
    }
    // already ordered?
    if !lt(vm, keys[idx[mid]], keys[idx[mid - 1]])? {
        return Ok(());
    }
    buf[..n].copy_from_slice(idx);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if lt(vm, keys[buf[j]], keys[buf[i]])? {
            idx[k] = buf[j];
            j += 1;
        } else {
            idx[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        idx[k] = buf[i];
        i += 1;
        k += 1;
    }
    while j < n {
        idx[k] = buf[j];
        j += 1;
        k += 1;
    }
    Ok(())
}

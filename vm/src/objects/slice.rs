//! `slice` objects and index normalisation (CPython's `PySlice_Unpack`/`AdjustIndices`).

use objmodel::{Kind, Value};

use crate::error::PyResult;
use crate::objects::function::fixed;
use crate::vm::Vm;

pub fn is_slice(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::Slice
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    let t = objmodel::builtin_types();
    objmodel::alloc::new_fixed(Kind::Slice, t.slice, 0, start, stop, step, Value::NULL)
}

pub fn parts(s: Value) -> (Value, Value, Value) {
    let f = fixed(s);
    (f.a.get(), f.b.get(), f.c.get())
}

fn clamp_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = crate::objects::int::to_i64(v) {
        return Ok(i);
    }
    let iv = vm.index(v).map_err(|_| {
        vm.type_error("slice indices must be integers or None or have an __index__ method")
    })?;
    Ok(match crate::objects::int::to_i64(iv) {
        Some(i) => i,
        None => {
            if crate::objects::int::sign(iv) < 0 {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
    })
}

/// Normalise against a sequence length: (start, stop, step, slicelength).
pub fn indices(vm: &mut Vm, s: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let (a, b, c) = parts(s);
    let step = if c.is_none() { 1 } else { clamp_index(vm, c)? };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let norm = |v: i64| -> i64 {
        if v < 0 {
            let v = v + len;
            if v < lower { lower } else { v }
        } else if v > upper {
            upper
        } else {
            v
        }
    };
    let start = if a.is_none() { if step < 0 { upper } else { lower } } else { norm(clamp_index(vm, a)?) };
    let stop = if b.is_none() { if step < 0 { lower } else { upper } } else { norm(clamp_index(vm, b)?) };
    let n = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

/// The positions selected by a slice.
pub fn positions(vm: &mut Vm, s: Value, len: usize) -> PyResult<Vec<usize>> {
    let (start, _, step, n) = indices(vm, s, len)?;
    Ok((0..n as i64).map(|i| (start + i * step) as usize).collect())
}

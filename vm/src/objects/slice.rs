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

/// A slice's bounds after `PySlice_Unpack` (which may run `__index__`), before they are
/// adjusted to a length. Splitting the two lets a container adjust them under its lock, against
/// the length it is about to act on.
#[derive(Clone, Copy, Debug)]
pub struct Unpacked {
    pub start: Option<i64>,
    pub stop: Option<i64>,
    pub step: i64,
}

/// `PySlice_Unpack`: the bounds as integers (None for a `None` bound); raises for a zero step.
pub fn unpack(vm: &mut Vm, s: Value) -> PyResult<Unpacked> {
    let (a, b, c) = parts(s);
    let step = if c.is_none() { 1 } else { clamp_index(vm, c)? };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let start = if a.is_none() { None } else { Some(clamp_index(vm, a)?) };
    let stop = if b.is_none() { None } else { Some(clamp_index(vm, b)?) };
    Ok(Unpacked { start, stop, step })
}

impl Unpacked {
    /// `PySlice_AdjustIndices`: (start, stop, step, slicelength) for a sequence of `len` items.
    /// Runs no Python code.
    pub fn adjust(&self, len: usize) -> (i64, i64, i64, usize) {
        let step = self.step;
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
        let start = self.start.map_or(if step < 0 { upper } else { lower }, norm);
        let stop = self.stop.map_or(if step < 0 { lower } else { upper }, norm);
        let n = if step < 0 {
            if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        (start, stop, step, n as usize)
    }
}

/// Normalise against a sequence length: (start, stop, step, slicelength).
pub fn indices(vm: &mut Vm, s: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    Ok(unpack(vm, s)?.adjust(len))
}

/// The positions selected by a slice.
pub fn positions(vm: &mut Vm, s: Value, len: usize) -> PyResult<Vec<usize>> {
    let (start, _, step, n) = indices(vm, s, len)?;
    Ok((0..n as i64).map(|i| (start + i * step) as usize).collect())
}

#[cfg(test)]
mod tests {
    use super::Unpacked;

    /// `adjust` agrees with CPython's `slice(a, b, c).indices(len)` and `len(range(...))`
    /// (the expected tuples were printed by python3).
    #[test]
    fn adjust_matches_cpython() {
        #[rustfmt::skip]
        let cases: &[(usize, Option<i64>, Option<i64>, i64, (i64, i64, i64, usize))] = &[
            (0, None, None, 1, (0, 0, 1, 0)),
            (0, None, None, -1, (-1, -1, -1, 0)),
            (0, Some(-2), None, 1, (0, 0, 1, 0)),
            (0, None, Some(-1), 2, (0, 0, 2, 0)),
            (0, Some(10), Some(-10), -3, (-1, -1, -3, 0)),
            (0, Some(-100), Some(100), 1, (0, 0, 1, 0)),
            (0, Some(3), Some(1), 1, (0, 0, 1, 0)),
            (0, Some(4), None, -2, (-1, -1, -2, 0)),
            (0, Some(-1), Some(-6), -1, (-1, -1, -1, 0)),
            (0, Some(0), Some(0), 1, (0, 0, 1, 0)),
            (1, None, None, 1, (0, 1, 1, 1)),
            (1, None, None, -1, (0, -1, -1, 1)),
            (1, Some(-2), None, 1, (0, 1, 1, 1)),
            (1, None, Some(-1), 2, (0, 0, 2, 0)),
            (1, Some(10), Some(-10), -3, (0, -1, -3, 1)),
            (1, Some(-100), Some(100), 1, (0, 1, 1, 1)),
            (1, Some(3), Some(1), 1, (1, 1, 1, 0)),
            (1, Some(4), None, -2, (0, -1, -2, 1)),
            (1, Some(-1), Some(-6), -1, (0, -1, -1, 1)),
            (1, Some(0), Some(0), 1, (0, 0, 1, 0)),
            (5, None, None, 1, (0, 5, 1, 5)),
            (5, None, None, -1, (4, -1, -1, 5)),
            (5, Some(-2), None, 1, (3, 5, 1, 2)),
            (5, None, Some(-1), 2, (0, 4, 2, 2)),
            (5, Some(10), Some(-10), -3, (4, -1, -3, 2)),
            (5, Some(-100), Some(100), 1, (0, 5, 1, 5)),
            (5, Some(3), Some(1), 1, (3, 1, 1, 0)),
            (5, Some(4), None, -2, (4, -1, -2, 3)),
            (5, Some(-1), Some(-6), -1, (4, -1, -1, 5)),
            (5, Some(0), Some(0), 1, (0, 0, 1, 0)),
        ];
        for &(len, start, stop, step, want) in cases {
            assert_eq!(Unpacked { start, stop, step }.adjust(len), want, "slice({start:?}, {stop:?}, {step}) of {len}");
        }
    }
}

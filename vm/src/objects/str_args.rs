//! Argument checks of the str/bytes methods with CPython's exact messages (which depend on how
//! each method is declared in CPython: METH_NOARGS, METH_O, Argument Clinic, or PyArg_ParseTuple).

use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::vm::Vm;

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// METH_NOARGS: `str.upper() takes no arguments (1 given)` (`qual` = "str.upper").
pub fn noargs(vm: &mut Vm, a: &Args, qual: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!("{qual}() takes no arguments ({} given)", a.len().saturating_sub(1))));
    }
    Ok(())
}

/// METH_O: `str.join() takes exactly one argument (0 given)`; returns the argument.
pub fn one(vm: &mut Vm, a: &Args, qual: &str) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    if a.len() != 2 {
        return Err(vm.type_error(format!("{qual}() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    Ok(a.at(1))
}

/// Argument Clinic positional-only: `ljust expected at least 1 argument, got 0` (counts
/// exclude self).
pub fn clinic(vm: &mut Vm, a: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = a.len().saturating_sub(1);
    if n < min {
        if min == max {
            return Err(vm.type_error(format!("{name} expected {min} argument{}, got {n}", plural(min))));
        }
        return Err(vm.type_error(format!("{name} expected at least {min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        if min == max {
            return Err(vm.type_error(format!("{name} expected {max} argument{}, got {n}", plural(max))));
        }
        return Err(vm.type_error(format!("{name} expected at most {max} argument{}, got {n}", plural(max))));
    }
    Ok(())
}

/// PyArg_ParseTuple style: `find() takes at least 1 argument (0 given)`.
pub fn parse_tuple(vm: &mut Vm, a: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = a.len().saturating_sub(1);
    if n < min {
        let kind = if min == max { "exactly" } else { "at least" };
        return Err(vm.type_error(format!("{name}() takes {kind} {min} argument{} ({n} given)", plural(min))));
    }
    if n > max {
        let kind = if min == max { "exactly" } else { "at most" };
        return Err(vm.type_error(format!("{name}() takes {kind} {max} argument{} ({n} given)", plural(max))));
    }
    Ok(())
}

/// Argument Clinic keyword binding (`'x' is an invalid keyword argument for split()`): like
/// `Args::bind` on the arguments after self, but with Clinic's messages.
pub fn clinic_kw<const N: usize>(
    vm: &mut Vm,
    a: &Args,
    fname: &str,
    names: [&str; N],
    required: usize,
) -> PyResult<[Value; N]> {
    let pos = &a.pos[1.min(a.pos.len())..];
    let mut out = [Value::NULL; N];
    if pos.len() > N {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {N} argument{} ({} given)",
            plural(N),
            pos.len() + a.kwnames.len()
        )));
    }
    out[..pos.len()].copy_from_slice(pos);
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let kname = crate::objects::str::as_str(*k).unwrap_or("");
        match names.iter().position(|n| *n == kname) {
            Some(i) => {
                if !out[i].is_null() {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{kname}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = *v;
            }
            None => return Err(vm.type_error(format!("'{kname}' is an invalid keyword argument for {fname}()"))),
        }
    }
    for (i, v) in out.iter().enumerate().take(required) {
        if v.is_null() {
            return Err(vm.type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
        }
    }
    Ok(out)
}

/// `x` as an index-sized int (`'str' object cannot be interpreted as an integer`).
pub fn index_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = v.as_small() {
        return Ok(i);
    }
    vm.index_value(v)
}

/// Optional start/end slice bounds of find/count/startswith (None or index objects), with the
/// message of `_PyEval_SliceIndex`.
pub fn slice_bound(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            if let Some(i) = v.as_small() {
                return Ok(Some(i));
            }
            if !crate::objects::int::is_int(v) && vm.lookup_type_cached(v.class(), vm.rt.names.__index__).is_none() {
                return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
            }
            let b = vm.index(v)?;
            Ok(Some(match crate::objects::int::to_i64(b) {
                Some(i) => i,
                None => {
                    if crate::objects::int::sign(b) < 0 {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
            }))
        }
    }
}

/// CPython's ADJUST_INDICES: clamp `end` to `len`, wrap negatives; `start` may exceed `len`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let n = len as i64;
    let mut e = end.unwrap_or(n);
    if e > n {
        e = n;
    } else if e < 0 {
        e += n;
        if e < 0 {
            e = 0;
        }
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s += n;
        if s < 0 {
            s = 0;
        }
    }
    (s, e)
}

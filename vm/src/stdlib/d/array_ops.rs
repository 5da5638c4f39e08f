//! `array.array` indexing, slicing (get, set, delete), `+`, `*`, their in-place forms,
//! iteration and rich comparison, with CPython's messages. Locking follows `array.rs`: one
//! array lock at a time, other arrays copied first.

use std::cmp::Ordering;

use objmodel::Value;

use super::array::{extend_with, iter_new, make, me_of, snapshot as snap, state_of};
use super::array_elem as el;
use crate::args::Args;
use crate::bytecode::CmpOp;
use crate::error::PyResult;
use crate::objects::{int, slice, type_};
use crate::vm::Vm;

pub(super) fn define(t: &objmodel::TypeObj) {
    use crate::objects::define::method;
    let ms: &[(&'static str, crate::args::NativeFn)] = &[
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iter__", iter),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
    ];
    for (n, f) in ms {
        method(t, n, *f);
    }
}

fn index_of(vm: &mut Vm, key: Value) -> PyResult<i64> {
    if int::is_int(key) || vm.lookup_type_cached(key.class(), vm.rt.names.__index__).is_some() {
        return vm.index_value(key);
    }
    Err(vm.type_error("array indices must be integers"))
}

fn getitem(vm: &mut Vm, a: Args) -> PyResult {
    let this = me_of(vm, &a)?;
    a.rest().check(vm, "__getitem__", 1, 1)?;
    let key = a.at(1);
    if slice::is_slice(key) {
        let u = slice::unpack(vm, key)?;
        let mut g = this.lock();
        let (code, data) = (g.code, &mut g.data);
        let size = code.size();
        let (start, _, step, n) = u.adjust(data.len() / size);
        let mut out = Vec::with_capacity(n * size);
        for k in 0..n {
            let i = (start + k as i64 * step) as usize;
            out.extend_from_slice(&data[i * size..(i + 1) * size]);
        }
        drop(g);
        return Ok(make(code, out));
    }
    let i = index_of(vm, key)?;
    let g = this.lock();
    let e = crate::objects::subscript::norm_index(i, g.len()).map(|j| g.at(j));
    drop(g);
    match e {
        Some(e) => Ok(el::to_value(e)),
        None => Err(vm.index_error("array index out of range")),
    }
}

fn setitem(vm: &mut Vm, a: Args) -> PyResult {
    let this = me_of(vm, &a)?;
    a.rest().check(vm, "__setitem__", 2, 2)?;
    let (key, v) = (a.at(1), a.at(2));
    if slice::is_slice(key) {
        let Some(other) = state_of(v) else {
            return Err(vm.type_error(format!("can only assign array (not \"{}\") to array slice", v.class().error_name())));
        };
        let (oc, od) = snap(other);
        let u = slice::unpack(vm, key)?;
        let mut g = this.lock();
        let (code, data) = (g.code, &mut g.data);
        if oc != code {
            drop(g);
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        let size = code.size();
        let (start, stop, step, n) = u.adjust(data.len() / size);
        let m = od.len() / size;
        if step == 1 {
            let (s, e) = (start as usize, (stop.max(start)) as usize);
            data.splice(s * size..e * size, od);
            return Ok(objmodel::none());
        }
        if m != n {
            drop(g);
            return Err(vm.value_error(format!("attempt to assign array of size {m} to extended slice of size {n}")));
        }
        for k in 0..n {
            let i = (start + k as i64 * step) as usize;
            data[i * size..(i + 1) * size].copy_from_slice(&od[k * size..(k + 1) * size]);
        }
        return Ok(objmodel::none());
    }
    let i = index_of(vm, key)?;
    let code = this.lock().code;
    let e = el::from_value(vm, code, v)?;
    let mut g = this.lock();
    let (code, data) = (g.code, &mut g.data);
    let size = code.size();
    match crate::objects::subscript::norm_index(i, data.len() / size) {
        Some(j) => {
            el::put(code, e, &mut data[j * size..]);
            Ok(objmodel::none())
        }
        None => {
            drop(g);
            Err(vm.index_error("array assignment index out of range"))
        }
    }
}

fn delitem(vm: &mut Vm, a: Args) -> PyResult {
    let this = me_of(vm, &a)?;
    a.rest().check(vm, "__delitem__", 1, 1)?;
    let key = a.at(1);
    if slice::is_slice(key) {
        let u = slice::unpack(vm, key)?;
        let mut g = this.lock();
        let (code, data) = (g.code, &mut g.data);
        let size = code.size();
        let (start, _, step, n) = u.adjust(data.len() / size);
        let mut gone = vec![false; data.len() / size];
        for k in 0..n {
            gone[(start + k as i64 * step) as usize] = true;
        }
        let kept: Vec<u8> =
            data.chunks(size).zip(&gone).filter(|(_, g)| !**g).flat_map(|(c, _)| c.iter().copied()).collect();
        *data = kept;
        return Ok(objmodel::none());
    }
    let i = index_of(vm, key)?;
    let mut g = this.lock();
    let (code, data) = (g.code, &mut g.data);
    let size = code.size();
    match crate::objects::subscript::norm_index(i, data.len() / size) {
        Some(j) => {
            data.drain(j * size..(j + 1) * size);
            Ok(objmodel::none())
        }
        None => {
            drop(g);
            Err(vm.index_error("array assignment index out of range"))
        }
    }
}

fn iter(vm: &mut Vm, a: Args) -> PyResult {
    me_of(vm, &a)?;
    Ok(iter_new(a.at(0)))
}

/// Whether a user-defined class of `other` offers the reflected operator (then it gets its
/// turn; the built-in sequences' reflected operators would only repeat our error worse).
fn has_reflected(other: Value, name: &str) -> bool {
    let c = other.class();
    c.has_flag(objmodel::types::tflags::HEAPTYPE) && type_::lookup_str(c, name).is_some()
}

fn add(vm: &mut Vm, a: Args) -> PyResult {
    let this = me_of(vm, &a)?;
    a.rest().check(vm, "__add__", 1, 1)?;
    let other = a.at(1);
    let Some(o) = state_of(other) else {
        if has_reflected(other, "__radd__") {
            return Ok(objmodel::not_implemented());
        }
        return Err(vm.type_error(format!("can only append array (not \"{}\") to array", other.class().error_name())));
    };
    let (oc, od) = snap(o);
    let (code, mut data) = snap(this);
    if oc != code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    data.extend_from_slice(&od);
    Ok(make(code, data))
}

fn iadd(vm: &mut Vm, a: Args) -> PyResult {
    let this = me_of(vm, &a)?;
    a.rest().check(vm, "__iadd__", 1, 1)?;
    let other = a.at(1);
    if state_of(other).is_none() {
        return Err(vm.type_error(format!("can only extend array with array (not \"{}\")", other.class().error_name())));
    }
    extend_with(vm, this, other)?;
    Ok(a.at(0))
}

fn count_arg(vm: &mut Vm, other: Value) -> PyResult<Option<usize>> {
    if !int::is_int(other) && vm.lookup_type_cached(other.class(), vm.rt.names.__index__).is_none() {
        return Ok(None);
    }
    let n = vm.index_value(other)?;
    Ok(Some(n.max(0) as usize))
}

fn repeat(vm: &mut Vm, data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    match data.len().checked_mul(n) {
        Some(t) if t <= isize::MAX as usize / 2 => Ok(data.repeat(n)),
        _ => Err(vm.new_error(vm.rt.exc.memory_error, String::new())),
    }
}

fn mul(vm: &mut Vm, a: Args) -> PyResult {
    let this = me_of(vm, &a)?;
    a.rest().check(vm, "__mul__", 1, 1)?;
    let other = a.at(1);
    let Some(n) = count_arg(vm, other)? else {
        if has_reflected(other, "__rmul__") && state_of(other).is_none() {
            return Ok(objmodel::not_implemented());
        }
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", other.class().error_name())));
    };
    let (code, data) = snap(this);
    let out = repeat(vm, &data, n)?;
    Ok(make(code, out))
}

fn imul(vm: &mut Vm, a: Args) -> PyResult {
    let this = me_of(vm, &a)?;
    a.rest().check(vm, "__imul__", 1, 1)?;
    let other = a.at(1);
    let Some(n) = count_arg(vm, other)? else {
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", other.class().error_name())));
    };
    let (_, data) = snap(this);
    let out = repeat(vm, &data, n)?;
    let mut g = this.lock();
    g.data = out;
    Ok(a.at(0))
}

/// CPython's `array_richcompare`: lengths first for `==`/`!=`, then the first differing item.
fn compare(vm: &mut Vm, a: Args, op: CmpOp) -> PyResult {
    let this = me_of(vm, &a)?;
    let Some(o) = a.get(1).and_then(state_of) else {
        return Ok(objmodel::not_implemented());
    };
    let (ca, da) = snap(this);
    let (cb, db) = snap(o);
    let (na, nb) = (da.len() / ca.size(), db.len() / cb.size());
    if na != nb && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(objmodel::bool_(op == CmpOp::Ne));
    }
    let ea = |i: usize| el::get(ca, &da[i * ca.size()..]);
    let eb = |i: usize| el::get(cb, &db[i * cb.size()..]);
    let first = (0..na.min(nb)).find(|&i| !el::eq(ea(i), eb(i)));
    let ord = match first {
        None => Some(na.cmp(&nb)),
        Some(i) => {
            if op == CmpOp::Eq {
                return Ok(objmodel::false_());
            }
            if op == CmpOp::Ne {
                return Ok(objmodel::true_());
            }
            let (x, y) = (ea(i), eb(i));
            if el::mixed(x, y) {
                let sym = match op {
                    CmpOp::Lt => "<",
                    CmpOp::Le => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                };
                return Err(vm.type_error(format!(
                    "'{sym}' not supported between instances of '{}' and '{}'",
                    el::kind_name(x),
                    el::kind_name(y)
                )));
            }
            el::partial_cmp(x, y)
        }
    };
    let r = match ord {
        None => false,
        Some(o) => match op {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            _ => o != Ordering::Less,
        },
    };
    Ok(objmodel::bool_(r))
}

fn eq(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, CmpOp::Eq)
}
fn ne(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, CmpOp::Ne)
}
fn lt(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, CmpOp::Lt)
}
fn le(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, CmpOp::Le)
}
fn gt(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, CmpOp::Gt)
}
fn ge(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, CmpOp::Ge)
}

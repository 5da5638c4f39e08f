//! `range`: start, stop, step as int Values (a, b, c) and the length (d), any size.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use objmodel::{Kind, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::function::fixed;
use crate::objects::int;
use crate::vm::Vm;

fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start < stop { (stop - start - 1u32).div_floor(step) + 1u32 } else { BigInt::zero() }
    } else if start > stop {
        (start - stop - 1u32).div_floor(&(-step)) + 1u32
    } else {
        BigInt::zero()
    }
}

pub fn new_range(vm: &mut Vm, start: Value, stop: Value, step: Value) -> PyResult {
    let s = int::to_bigint(step).unwrap();
    if s.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    let len = length(&int::to_bigint(start).unwrap(), &int::to_bigint(stop).unwrap(), &s);
    let t = objmodel::builtin_types();
    Ok(objmodel::alloc::new_fixed(Kind::Range, t.range, 0, start, stop, step, int::from_bigint(&len)))
}

fn parts(r: Value) -> (Value, Value, Value, Value) {
    let f = fixed(r);
    (f.a.get(), f.b.get(), f.c.get(), f.d.get())
}

/// Fast parts as i64 when everything is small.
pub fn small_parts(r: Value) -> Option<(i64, i64, i64, i64)> {
    let (a, b, c, d) = parts(r);
    Some((a.as_small()?, b.as_small()?, c.as_small()?, d.as_small()?))
}

pub fn len_value(r: Value) -> Value {
    parts(r).3
}

fn range_new(vm: &mut Vm, a: Args) -> PyResult {
    if a.has_kw() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let args = &a.pos[1..];
    let mut v = [Value::NULL; 3];
    for (i, x) in args.iter().enumerate().take(3) {
        v[i] = vm.index(*x).map_err(|_| {
            vm.type_error(format!("'{}' object cannot be interpreted as an integer", x.class().error_name()))
        })?;
    }
    match args.len() {
        1 => new_range(vm, Value::small(0), v[0], Value::small(1)),
        2 => new_range(vm, v[0], v[1], Value::small(1)),
        3 => new_range(vm, v[0], v[1], v[2]),
        0 => Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    }
}

fn item_at(r: Value, i: &BigInt) -> Value {
    let (a, _, c, _) = parts(r);
    int::from_bigint(&(int::to_bigint(a).unwrap() + i * int::to_bigint(c).unwrap()))
}

/// `PySlice_GetLongIndices` against a (possibly huge) length: (start, stop, step).
fn slice_long_indices(vm: &mut Vm, key: Value, length: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let (a, b, c) = crate::objects::slice::parts(key);
    let idx = |vm: &mut Vm, v: Value| -> PyResult<BigInt> {
        if !int::is_int(v) && (!v.is_ptr() || vm.lookup_type_cached(v.class(), vm.rt.names.__index__).is_none()) {
            return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
        }
        let r = vm.index(v)?;
        Ok(int::to_bigint(r).unwrap())
    };
    let step = if c.is_none() { BigInt::from(1) } else { idx(vm, c)? };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), length - 1) } else { (BigInt::zero(), length.clone()) };
    let norm = |v: BigInt| -> BigInt {
        if v.is_negative() {
            let w = v + length;
            if w < lower { lower.clone() } else { w }
        } else if v > upper {
            upper.clone()
        } else {
            v
        }
    };
    let start = if a.is_none() { if neg { upper.clone() } else { lower.clone() } } else { norm(idx(vm, a)?) };
    let stop = if b.is_none() { if neg { lower.clone() } else { upper.clone() } } else { norm(idx(vm, b)?) };
    Ok((start, stop, step))
}

pub fn range_getitem(vm: &mut Vm, r: Value, key: Value) -> PyResult {
    if crate::objects::slice::is_slice(key) {
        let (a, _, c, d) = parts(r);
        let (start, stop, step) = slice_long_indices(vm, key, &int::to_bigint(d).unwrap())?;
        let st = int::to_bigint(c).unwrap();
        let a = int::to_bigint(a).unwrap();
        let nstart = &a + &st * start;
        let nstop = &a + &st * stop;
        let nstep = st * step;
        return new_range(vm, int::from_bigint(&nstart), int::from_bigint(&nstop), int::from_bigint(&nstep));
    }
    if !int::is_int(key) && (!key.is_ptr() || vm.lookup_type_cached(key.class(), vm.rt.names.__index__).is_none()) {
        return Err(vm.type_error(format!("range indices must be integers or slices, not {}", key.class().error_name())));
    }
    if let (Some(i), Some((a, _, c, n))) = (key.as_small(), small_parts(r)) {
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.index_error("range object index out of range"));
        }
        return Ok(int::from_i128(a as i128 + j as i128 * c as i128));
    }
    let i = vm.index(key)?;
    let i = int::to_bigint(i).unwrap();
    let n = int::to_bigint(len_value(r)).unwrap();
    let j = if i.is_negative() { &i + &n } else { i };
    if j.is_negative() || j >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(item_at(r, &j))
}

/// Whether `x` takes the arithmetic membership path (exact int or bool).
fn exact_int(vm: &Vm, x: Value) -> bool {
    x.is_small() || x.is_true_obj() || x.is_false_obj() || (int::is_int(x) && x.class().is(vm.rt.types.int))
}

pub fn range_contains(vm: &mut Vm, r: Value, x: Value) -> PyResult<bool> {
    if !exact_int(vm, x) {
        let it = range_iter(vm, r)?;
        while let Some(v) = vm.next(it)? {
            if vm.eq(v, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let (a, b, c, _) = parts(r);
    let (a, b, c, x) = (
        int::to_bigint(a).unwrap(),
        int::to_bigint(b).unwrap(),
        int::to_bigint(c).unwrap(),
        int::to_bigint(x).unwrap(),
    );
    let inside = if c.is_positive() { a <= x && x < b } else { b < x && x <= a };
    Ok(inside && ((&x - &a) % &c).is_zero())
}

pub fn range_eq(a: Value, b: Value) -> bool {
    let (pa, pb) = (parts(a), parts(b));
    let la = int::to_bigint(pa.3).unwrap();
    let lb = int::to_bigint(pb.3).unwrap();
    if la != lb {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    if int::to_bigint(pa.0) != int::to_bigint(pb.0) {
        return false;
    }
    la == BigInt::from(1) || int::to_bigint(pa.2) == int::to_bigint(pb.2)
}

/// CPython's iterator type for range `r`: `longrange_iterator` once start, stop, step or
/// length leaves a C long (`range_iterator` otherwise).
fn iter_type(r: Value) -> &'static objmodel::TypeObj {
    let (a, b, c, d) = parts(r);
    let t = &crate::runtime::rt().extra;
    let small = |v: Value| int::to_bigint(v).is_some_and(|n| n >= BigInt::from(i64::MIN) && n <= BigInt::from(i64::MAX));
    if [a, b, c, d].into_iter().all(small) { t.range_iterator } else { t.longrange_iterator }
}

/// Iterator over a range: fields a = current, b = step, c = remaining count.
pub fn range_iter(_vm: &mut Vm, r: Value) -> PyResult {
    let (a, _, c, d) = parts(r);
    // `d` keeps the first value for `__reduce__` (iter_reduce.rs).
    Ok(crate::objects::iter::new_iter(iter_type(r), crate::objects::iter::sub::RANGE, a, c, d, a))
}

pub fn range_iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    if let Some(r) = crate::objects::iter::next_range_inline(it) {
        return Ok(r);
    }
    // Big ints somewhere (or a next value past the small-int range).
    let f = fixed(it);
    let (cur, step, rem) = (f.a.get(), f.b.get(), f.c.get());
    let n = int::to_bigint(rem).unwrap();
    if !n.is_positive() {
        return Ok(None);
    }
    f.c.set(int::from_bigint(&(n - 1)));
    let next = vm.binary_op(crate::bytecode::BinOp::Add, cur, step)?;
    f.a.set(next);
    Ok(Some(cur))
}

fn range_len(vm: &mut Vm, a: Args) -> PyResult {
    let n = len_value(a.at(0));
    if int::to_i64(n).is_none() {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    Ok(n)
}

fn range_repr(vm: &mut Vm, a: Args) -> PyResult {
    let (s, e, st, _) = parts(a.at(0));
    let ss = vm.repr_string(s)?;
    let es = vm.repr_string(e)?;
    let text = if st.as_small() == Some(1) {
        format!("range({ss}, {es})")
    } else {
        format!("range({ss}, {es}, {})", vm.repr_string(st)?)
    };
    Ok(crate::objects::str::new(&text))
}

fn range_getitem_m(vm: &mut Vm, a: Args) -> PyResult {
    range_getitem(vm, a.at(0), a.at(1))
}
fn range_contains_m(vm: &mut Vm, a: Args) -> PyResult {
    Ok(objmodel::bool_(range_contains(vm, a.at(0), a.at(1))?))
}
fn range_iter_m(vm: &mut Vm, a: Args) -> PyResult {
    range_iter(vm, a.at(0))
}
fn range_reversed(vm: &mut Vm, a: Args) -> PyResult {
    let (s, _, st, n) = parts(a.at(0));
    let (s, st, n) = (int::to_bigint(s).unwrap(), int::to_bigint(st).unwrap(), int::to_bigint(n).unwrap());
    let last = int::from_bigint(&(&s + &st * (&n - 1)));
    let _ = vm;
    Ok(crate::objects::iter::new_iter(
        iter_type(a.at(0)),
        crate::objects::iter::sub::RANGE,
        last,
        int::from_bigint(&-st),
        int::from_bigint(&n),
        last,
    ))
}
fn range_index(vm: &mut Vm, a: Args) -> PyResult {
    let x = crate::objects::str_args::one(vm, &a, "range.index")?;
    let r = a.at(0);
    if exact_int(vm, x) {
        if range_contains(vm, r, x)? {
            let (s, _, st, _) = parts(r);
            let i = (int::to_bigint(x).unwrap() - int::to_bigint(s).unwrap()) / int::to_bigint(st).unwrap();
            return Ok(int::from_bigint(&i));
        }
        let xr = vm.repr_string(x)?;
        return Err(vm.value_error(format!("{xr} is not in range")));
    }
    let it = range_iter(vm, r)?;
    let mut i = 0usize;
    while let Some(v) = vm.next(it)? {
        if vm.eq(v, x)? {
            return Ok(int::from_usize(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}
fn range_count(vm: &mut Vm, a: Args) -> PyResult {
    let x = crate::objects::str_args::one(vm, &a, "range.count")?;
    let r = a.at(0);
    if exact_int(vm, x) {
        return Ok(Value::small(range_contains(vm, r, x)? as i64));
    }
    let it = range_iter(vm, r)?;
    let mut n = 0usize;
    while let Some(v) = vm.next(it)? {
        if vm.eq(v, x)? {
            n += 1;
        }
    }
    Ok(int::from_usize(n))
}
fn get_start(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(parts(a.at(0)).0)
}
fn get_stop(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(parts(a.at(0)).1)
}
fn get_step(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(parts(a.at(0)).2)
}
fn range_hash(vm: &mut Vm, a: Args) -> PyResult {
    let h = crate::objects::hashing::builtin_hash(vm, a.at(0))?;
    Ok(int::from_i64(h))
}
fn range_eq_m(_vm: &mut Vm, a: Args) -> PyResult {
    let b = a.at(1);
    if !(b.is_ptr() && b.header().kind() == Kind::Range) {
        return Ok(objmodel::not_implemented());
    }
    Ok(objmodel::bool_(range_eq(a.at(0), b)))
}
fn range_bool(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(objmodel::bool_(int::sign(len_value(a.at(0))) != 0))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method, method_flags};
    let t = r.types.range;
    method_flags(t, "__new__", range_new, 0);
    method(t, "__len__", range_len);
    method(t, "__repr__", range_repr);
    method(t, "__getitem__", range_getitem_m);
    method(t, "__contains__", range_contains_m);
    method(t, "__iter__", range_iter_m);
    method(t, "__reversed__", range_reversed);
    method(t, "__hash__", range_hash);
    method(t, "__eq__", range_eq_m);
    method(t, "__bool__", range_bool);
    method(t, "index", range_index);
    method(t, "count", range_count);
    getset(t, "start", get_start, None);
    getset(t, "stop", get_stop, None);
    getset(t, "step", get_step, None);
    let _ = ToPrimitive::to_i64(&BigInt::zero());
}

//! Rich comparison (Objects/object.c `do_richcompare`): native fast paths for built-in types,
//! then `a.__op__(b)`, then the reflected `b.__rop__(a)` (first when `type(b)` is a subclass of
//! `type(a)`), then identity for `==`/`!=`, else TypeError.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use objmodel::types::tflags;
use objmodel::{Kind, Value};

use super::arith::{Num, as_num};
use crate::args::Args;
use crate::bytecode::CmpOp;
use crate::error::PyResult;
use crate::objects::{list, str as pystr, tuple, type_};
use crate::ops::call::call_with_self;
use crate::vm::Vm;

pub fn swapped(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        o => o,
    }
}

pub fn op_str(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
    }
}

pub fn op_dunder(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Gt => "__gt__",
        CmpOp::Ge => "__ge__",
    }
}

#[inline]
pub fn apply(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

/// Exact comparison of an int with a float (no rounding of large ints).
fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fi = crate::numeric::arith::f64_to_bigint(fl).ok()?;
    match i.cmp(&fi) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

fn num_cmp(a: &Num, b: &Num) -> Option<Option<Ordering>> {
    use Num::*;
    Some(match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Int(x), Big(y)) => Some(BigInt::from(*x).cmp(y)),
        (Big(x), Int(y)) => Some(x.cmp(&BigInt::from(*y))),
        (Big(x), Big(y)) => Some(x.cmp(y)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Int(x), Float(y)) => {
            if x.unsigned_abs() < (1u64 << 53) {
                (*x as f64).partial_cmp(y)
            } else {
                cmp_int_float(&BigInt::from(*x), *y)
            }
        }
        (Float(x), Int(y)) => {
            if y.unsigned_abs() < (1u64 << 53) {
                x.partial_cmp(&(*y as f64))
            } else {
                cmp_int_float(&BigInt::from(*y), *x).map(|o| o.reverse())
            }
        }
        (Big(x), Float(y)) => cmp_int_float(x, *y),
        (Float(x), Big(y)) => cmp_int_float(y, *x).map(|o| o.reverse()),
        _ => return None,
    })
}

/// Native comparison for built-in types. Ok(None) = NotImplemented.
pub fn native_compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
    if let Some(o) = crate::objects::int_fast::compare(a, b) {
        return Ok(Some(apply(op, o)));
    }
    if pystr::is_str(a) && pystr::is_str(b) {
        return Ok(Some(pystr::compare_exact(a, b, op)));
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        if let (Num::Complex(ar, ai), _) | (_, Num::Complex(ar, ai)) = (&x, &y) {
            let _ = (ar, ai);
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(None);
            }
            let (p, q) = (complex_parts(&x), complex_parts(&y));
            let eq = p == q;
            return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
        }
        return Ok(Some(match num_cmp(&x, &y).flatten() {
            Some(o) => apply(op, o),
            None => op == CmpOp::Ne,
        }));
    }
    if !a.is_ptr() || !b.is_ptr() {
        return Ok(None);
    }
    let (ka, kb) = (a.header().kind(), b.header().kind());
    match (ka, kb) {
        (Kind::Tuple, Kind::Tuple) => {
            let (x, y) = (tuple::items(a).to_vec(), tuple::items(b).to_vec());
            seq_compare(vm, &x, &y, op).map(Some)
        }
        (Kind::List, Kind::List) => {
            let (x, y) = (list::to_vec(a), list::to_vec(b));
            vm.with_roots(&[a, b], |vm| seq_compare(vm, &x, &y, op)).map(Some)
        }
        (Kind::Dict, Kind::Dict) => {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(None);
            }
            let e = crate::objects::dict_methods::dict_eq(vm, a, b)?;
            Ok(Some(if op == CmpOp::Eq { e } else { !e }))
        }
        (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => crate::objects::set::set_compare(vm, a, b, op).map(Some),
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
            let (x, y) = (crate::objects::bytes::as_bytes(a).unwrap(), crate::objects::bytes::as_bytes(b).unwrap());
            Ok(Some(apply(op, x.cmp(&y))))
        }
        (Kind::Range, Kind::Range) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let e = crate::objects::range::range_eq(a, b);
            Ok(Some(if op == CmpOp::Eq { e } else { !e }))
        }
        (Kind::Slice, Kind::Slice) => {
            let (a1, a2, a3) = crate::objects::slice::parts(a);
            let (b1, b2, b3) = crate::objects::slice::parts(b);
            seq_compare(vm, &[a1, a2, a3], &[b1, b2, b3], op).map(Some)
        }
        (Kind::DictView, _) | (_, Kind::DictView) => crate::objects::dict_methods::view_compare(vm, a, b, op),
        // Bound methods (Python and native) are equal when they bind the same callable to the
        // same receiver (`x.append == x.append`); other orderings are unsupported.
        (Kind::BoundMethod, Kind::BoundMethod) | (Kind::Builtin, Kind::Builtin) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let e = if ka == Kind::Builtin {
                let (x, y) = (crate::ops::call::builtin(a), crate::ops::call::builtin(b));
                x.func == y.func && x.bound.get().is(y.bound.get()) && a.class().is(b.class())
            } else {
                let (x, y) = (crate::objects::function::fixed(a), crate::objects::function::fixed(b));
                x.a.get().is(y.a.get()) && x.b.get().is(y.b.get())
            };
            Ok(Some(if op == CmpOp::Eq { e } else { !e }))
        }
        _ => Ok(None),
    }
}

fn complex_parts(n: &Num) -> (f64, f64) {
    match n {
        Num::Int(i) => (*i as f64, 0.0),
        Num::Big(b) => (b.to_f64().unwrap_or(f64::INFINITY), 0.0),
        Num::Float(f) => (*f, 0.0),
        Num::Complex(r, i) => (*r, *i),
    }
}

/// Lexicographic comparison of two sequences (items compared with `==` then `op`).
pub fn seq_compare(vm: &mut Vm, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
    let n = x.len().min(y.len());
    for i in 0..n {
        if !vm.eq(x[i], y[i])? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => {
                    let r = vm.compare(x[i], y[i], op)?;
                    vm.truthy(r)
                }
            };
        }
    }
    Ok(apply(op, x.len().cmp(&y.len())))
}

impl Vm {
    /// `a op b` (may return any object from a user `__op__`).
    pub fn compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            return Ok(objmodel::bool_(apply(op, x.cmp(&y))));
        }
        let builtin_a = a.is_small() || !a.class().has_flag(tflags::HEAPTYPE);
        let builtin_b = b.is_small() || !b.class().has_flag(tflags::HEAPTYPE);
        // Native-payload built-in types (memoryview, stdlib natives) compare through their
        // type dicts, as heap types do.
        let native = |v: Value| v.is_ptr() && v.header().kind() == Kind::Native;
        if builtin_a && builtin_b && !native(a) && !native(b) {
            if let Some(r) = native_compare(self, a, b, op)? {
                return Ok(objmodel::bool_(r));
            }
            return self.compare_fallback(a, b, op);
        }
        self.compare_slow(a, b, op)
    }

    fn compare_fallback(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult {
        match op {
            CmpOp::Eq => Ok(objmodel::bool_(a.is(b))),
            CmpOp::Ne => Ok(objmodel::bool_(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op_str(op),
                a.class().error_name(),
                b.class().error_name()
            ))),
        }
    }

    #[inline(never)]
    fn compare_slow(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult {
        let n = self.intern(op_dunder(op));
        let rn = self.intern(op_dunder(swapped(op)));
        let (ta, tb) = (a.class(), b.class());
        let mut checked_reflected = false;
        if !ta.is(tb)
            && type_::is_subtype(tb, ta)
            && let Some(f) = self.lookup_type_cached(tb, rn)
        {
            checked_reflected = true;
            let r = call_with_self(self, f, b, Args::new(&[a]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if let Some(f) = self.lookup_type_cached(ta, n) {
            let r = call_with_self(self, f, a, Args::new(&[b]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if !checked_reflected && let Some(f) = self.lookup_type_cached(tb, rn) {
            let r = call_with_self(self, f, b, Args::new(&[a]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        self.compare_fallback(a, b, op)
    }

    pub fn compare_bool(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
        if op == CmpOp::Eq {
            return self.eq(a, b);
        }
        let r = self.compare(a, b, op)?;
        self.truthy(r)
    }

    /// `a < b` as used by sorting, min and max.
    pub fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            return Ok(x < y);
        }
        let r = self.compare(a, b, CmpOp::Lt)?;
        self.truthy(r)
    }
}

//! Run-time code objects: the compiler's `CodeObject` plus its constants and names turned into
//! Values once. Code objects are kept for the process lifetime (their Rust part is leaked and
//! the Value is a permanent root): functions created from them may live anywhere.

use std::sync::Arc;

use objmodel::layout::CodeObj;
use objmodel::{Kind, Value};

use crate::bytecode::{CodeObject, Const};
use crate::objects::{int, str as pystr, tuple};
use crate::runtime::rt;

#[inline(always)]
pub fn code_obj(v: Value) -> &'static CodeObj {
    debug_assert!(v.is_ptr() && v.header().kind() == Kind::Code);
    // SAFETY: kind Code has layout CodeObj.
    unsafe { v.cast::<CodeObj>() }
}

/// The compiler's code object behind a CodeObj Value.
#[inline(always)]
pub fn rust_code(v: Value) -> &'static CodeObject {
    // SAFETY: `code` is a pointer leaked from an `Arc<CodeObject>` in `new_code` and never freed.
    unsafe { &*(code_obj(v).code as *const CodeObject) }
}

/// Materialise a compile-time constant.
pub fn const_value(c: &Const) -> Value {
    match c {
        Const::None => objmodel::none(),
        Const::Bool(b) => objmodel::bool_(*b),
        Const::Ellipsis => objmodel::ellipsis(),
        Const::Int(i) => int::from_bigint(i),
        Const::Float(f) => crate::objects::float::new(*f),
        Const::Complex(r, i) => objmodel::alloc::new_complex(*r, *i),
        Const::Str(s) => rt().intern(s),
        Const::Bytes(b) => objmodel::alloc::new_bytes(b),
        Const::Tuple(items) => {
            let v: Vec<Value> = items.iter().map(const_value).collect();
            tuple::new(&v)
        }
        Const::FrozenSet(items) => {
            // Constants hash and compare without running Python code.
            let add = |s: Value, v: Value| {
                let _ = crate::objects::set_table::add(s, v, const_hash(v), &mut |a, b| Ok(const_eq(a, b)));
            };
            let first = crate::objects::set::new_frozenset();
            for item in items {
                add(first, const_value(item));
            }
            // CPython's compiler then rebuilds the constant from the first one's iteration order
            // (`merge_consts_recursive`), which can change the table layout.
            let s = crate::objects::set::new_frozenset();
            for v in crate::objects::set::items(first) {
                add(s, v);
            }
            s
        }
        Const::Code(c) => new_code(c.clone()),
    }
}

/// `hash()` of a materialised constant (as `objects::hashing::builtin_hash`).
fn const_hash(v: Value) -> i64 {
    use crate::numeric::hash as h;
    if let Some(i) = v.as_small() {
        return h::hash_i64(i);
    }
    match v.header().kind() {
        Kind::Str => pystr::hash(v),
        Kind::Int | Kind::Bool => match int::to_i64(v) {
            Some(i) => h::hash_i64(i),
            None => h::hash_bigint(&int::to_bigint(v).unwrap_or_default()),
        },
        Kind::Float => h::hash_f64_or_identity(crate::objects::float::as_f64(v).unwrap_or(0.0), v.raw()),
        Kind::Complex => {
            // SAFETY: kind Complex has layout ComplexObj.
            let c = unsafe { v.cast::<objmodel::layout::ComplexObj>() };
            h::hash_complex(c.re, c.im)
        }
        Kind::Bytes => h::hash_bytes(crate::objects::bytes::bytes_slice(v)),
        Kind::Tuple => {
            let hs: Vec<i64> = tuple::items(v).iter().map(|x| const_hash(*x)).collect();
            h::hash_tuple(&hs)
        }
        _ => h::hash_pointer(v.raw()),
    }
}

/// A number constant as (real, imag) exact-ish parts: ints as BigInt, floats and complex as f64.
enum Num {
    Int(num_bigint::BigInt),
    Complex(f64, f64),
}

fn const_num(v: Value) -> Option<Num> {
    if let Some(i) = v.as_small() {
        return Some(Num::Int(i.into()));
    }
    match v.header().kind() {
        Kind::Int | Kind::Bool => int::to_bigint(v).map(Num::Int),
        Kind::Float => crate::objects::float::as_f64(v).map(|f| Num::Complex(f, 0.0)),
        Kind::Complex => {
            // SAFETY: kind Complex has layout ComplexObj.
            let c = unsafe { v.cast::<objmodel::layout::ComplexObj>() };
            Some(Num::Complex(c.re, c.im))
        }
        _ => None,
    }
}

/// `==` of materialised constants.
fn const_eq(a: Value, b: Value) -> bool {
    if a.is(b) {
        return true;
    }
    if let (Some(x), Some(y)) = (const_num(a), const_num(b)) {
        let int_eq_float = |i: &num_bigint::BigInt, f: f64| {
            f.is_finite() && f.fract() == 0.0 && num_bigint::BigInt::try_from(f as i128).is_ok_and(|g| &g == i)
        };
        return match (x, y) {
            (Num::Int(i), Num::Int(j)) => i == j,
            (Num::Int(i), Num::Complex(re, im)) | (Num::Complex(re, im), Num::Int(i)) => im == 0.0 && int_eq_float(&i, re),
            (Num::Complex(r1, i1), Num::Complex(r2, i2)) => r1 == r2 && i1 == i2,
        };
    }
    if a.is_small() || b.is_small() {
        return false;
    }
    match (a.header().kind(), b.header().kind()) {
        (Kind::Str, Kind::Str) => pystr::as_str(a) == pystr::as_str(b),
        (Kind::Bytes, Kind::Bytes) => crate::objects::bytes::bytes_slice(a) == crate::objects::bytes::bytes_slice(b),
        (Kind::Tuple, Kind::Tuple) => {
            let (x, y) = (tuple::items(a), tuple::items(b));
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| const_eq(*p, *q))
        }
        _ => false,
    }
}

/// A run-time code object (permanent).
pub fn new_code(c: Arc<CodeObject>) -> Value {
    let r = rt();
    let consts: Vec<Value> = c.consts.iter().map(const_value).collect();
    let names: Vec<Value> = c.names.iter().map(|n| r.intern(n)).collect();
    let varnames: Vec<Value> = c.varnames.iter().map(|n| r.intern(n)).collect();
    let o: &CodeObj = objmodel::alloc::alloc_obj(Kind::Code, r.types.code);
    o.consts.set(tuple::new(&consts));
    o.names.set(tuple::new(&names));
    o.varnames.set(tuple::new(&varnames));
    o.filename.set(pystr::new(&c.filename));
    o.name.set(r.intern(&c.name));
    o.qualname.set(pystr::new(&c.qualname));
    let raw = Arc::into_raw(c) as usize;
    // SAFETY: unpublished fresh object; `code` is a plain word.
    unsafe { *(std::ptr::addr_of!(o.code) as *mut usize) = raw };
    let v = objmodel::alloc::value_of(o);
    r.add_root(v);
    v
}

pub fn consts(v: Value) -> &'static [Value] {
    tuple::items(code_obj(v).consts.get())
}

pub fn names(v: Value) -> &'static [Value] {
    tuple::items(code_obj(v).names.get())
}

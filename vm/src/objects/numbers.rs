//! The number protocol shared by `int`, `bool`, `float` and `complex`: the arithmetic and
//! comparison dunders (routed to the native operators of `ops::arith`, returning
//! NotImplemented for operands the receiver's type does not handle, as CPython), unary
//! operators, reprs, and conversions. Type-specific methods live in `int_methods.rs`,
//! `float_methods.rs` and `complex.rs`.

use num_traits::Zero;
use objmodel::{Kind, Value};

use crate::args::Args;
use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::error::PyResult;
use crate::objects::{float, int, str as pystr};
use crate::ops::arith::{Num, as_num};
use crate::vm::Vm;

/// Unary operators on built-in numbers; None if `v` is not a number.
pub fn native_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let Some(n) = as_num(v) else { return Ok(None) };
    let _ = vm;
    Ok(Some(match (op, n) {
        (UnaryOp::Negative, Num::Int(i)) => int::from_i128(-(i as i128)),
        (UnaryOp::Negative, Num::Big(b)) => int::from_bigint(&-b),
        (UnaryOp::Negative, Num::Float(f)) => float::new(-f),
        (UnaryOp::Negative, Num::Complex(r, i)) => objmodel::alloc::new_complex(-r, -i),
        (UnaryOp::Positive, Num::Int(i)) => int::from_i64(i),
        (UnaryOp::Positive, Num::Big(b)) => int::from_bigint(&b),
        (UnaryOp::Positive, Num::Float(f)) => {
            if v.class().is(objmodel::builtin_types().float) {
                v
            } else {
                float::new(f)
            }
        }
        (UnaryOp::Positive, Num::Complex(r, i)) => objmodel::alloc::new_complex(r, i),
        (UnaryOp::Invert, Num::Int(i)) => int::from_i64(!i),
        (UnaryOp::Invert, Num::Big(b)) => int::from_bigint(&(-b - 1)),
        _ => return Ok(None),
    }))
}

/// repr of an int Value (honours the int max str digits limit only via `int_repr_checked`).
pub fn int_repr(v: Value) -> String {
    match int::to_i64(v) {
        Some(i) => i.to_string(),
        None => int::to_bigint(v).unwrap().to_string(),
    }
}

/// `repr(int)` with CPython's `sys.set_int_max_str_digits` check.
pub fn int_repr_checked(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Some(i) = int::to_i64(v) {
        return Ok(i.to_string());
    }
    crate::numfmt::int_to_decimal_string(&int::to_bigint(v).unwrap()).map_err(|e| vm.fmt_err(e, None))
}

/// repr of a float.
pub fn float_repr(x: f64) -> String {
    crate::numfmt::float_repr(x)
}

/// `complex` repr as CPython: `(1+2j)`, `2j`, `(-0-1j)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    crate::numfmt::complex_repr(re, im)
}

/// Rank of a built-in number kind: int/bool 0, float 1, complex 2.
fn rank(v: Value) -> Option<u8> {
    if v.is_small() {
        return Some(0);
    }
    if !v.is_ptr() {
        return None;
    }
    match v.header().kind() {
        Kind::Int | Kind::Bool => Some(0),
        Kind::Float => Some(1),
        Kind::Complex => Some(2),
        _ => None,
    }
}

/// Whether the dunder of `this`'s type handles `other` (int handles ints; float ints and
/// floats; complex all three).
#[inline]
fn handles(this: Value, other: Value) -> bool {
    match (rank(this), rank(other)) {
        (Some(a), Some(b)) => b <= a,
        _ => false,
    }
}

const TYPE_NAMES: [&str; 3] = ["int", "float", "complex"];

fn descriptor_error(vm: &mut Vm, name: &str, rank: u8, got: Value) -> crate::error::PyErr {
    vm.type_error(format!(
        "descriptor '{name}' requires a '{}' object but received a '{}'",
        TYPE_NAMES[rank as usize],
        got.class().name_str()
    ))
}

fn binop_impl<const R: u8, const OPI: usize, const REV: bool>(vm: &mut Vm, a: Args) -> PyResult {
    let op = crate::ops::binary::ALL_OPS[OPI];
    let (n, rn, _) = crate::ops::binary::op_names(op);
    let name = if REV { rn } else { n };
    match a.get(0) {
        Some(x) if rank(x) == Some(R) => {}
        Some(x) => return Err(descriptor_error(vm, name, R, x)),
        None => return Err(vm.type_error(format!("descriptor '{name}' of '{}' object needs an argument", TYPE_NAMES[R as usize]))),
    }
    if a.pos.len() != 2 || a.has_kw() {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len().saturating_sub(1))));
    }
    if !handles(a.at(0), a.at(1)) {
        return Ok(objmodel::not_implemented());
    }
    let (x, y) = if REV { (a.at(1), a.at(0)) } else { (a.at(0), a.at(1)) };
    match (as_num(x), as_num(y)) {
        (Some(p), Some(q)) => Ok(crate::ops::arith::num_binop(vm, op, &p, &q)?.unwrap_or_else(objmodel::not_implemented)),
        _ => Ok(objmodel::not_implemented()),
    }
}

macro_rules! binop_table {
    ($r:expr; $($i:expr),*) => {
        [$([binop_impl::<$r, $i, false> as crate::args::NativeFn, binop_impl::<$r, $i, true> as crate::args::NativeFn]),*]
    };
}

/// The `__op__`/`__rop__` natives of type rank `rank` (0 int, 1 float, 2 complex).
fn binop_method(rank: u8, op: BinOp, reflected: bool) -> crate::args::NativeFn {
    let idx = crate::ops::binary::ALL_OPS.iter().position(|o| *o == op).unwrap();
    let table: [[crate::args::NativeFn; 2]; 13] = match rank {
        0 => binop_table!(0; 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
        1 => binop_table!(1; 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
        _ => binop_table!(2; 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
    };
    table[idx][reflected as usize]
}

fn cmp_impl<const R: u8, const OPI: usize>(vm: &mut Vm, a: Args) -> PyResult {
    let op = CMP_OPS[OPI];
    let name = crate::ops::compare::op_dunder(op);
    match a.get(0) {
        Some(x) if rank(x) == Some(R) => {}
        Some(x) => return Err(descriptor_error(vm, name, R, x)),
        None => return Err(vm.type_error(format!("descriptor '{name}' of '{}' object needs an argument", TYPE_NAMES[R as usize]))),
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len().saturating_sub(1))));
    }
    let (x, y) = (a.at(0), a.at(1));
    // int's comparisons only take ints; float's take ints and floats; complex's (== and !=
    // only) take all three.
    let ok = match (rank(x), rank(y)) {
        (Some(0), Some(0)) => true,
        (Some(1), Some(r)) => r <= 1,
        (Some(2), Some(_)) => true,
        _ => false,
    };
    if !ok {
        return Ok(objmodel::not_implemented());
    }
    match crate::ops::compare::native_compare(vm, x, y, op)? {
        Some(b) => Ok(objmodel::bool_(b)),
        None => Ok(objmodel::not_implemented()),
    }
}

const CMP_OPS: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];

fn cmp_method(rank: u8, op: CmpOp) -> crate::args::NativeFn {
    let idx = CMP_OPS.iter().position(|o| *o == op).unwrap();
    macro_rules! row {
        ($r:expr) => {
            [cmp_impl::<$r, 0> as crate::args::NativeFn, cmp_impl::<$r, 1>, cmp_impl::<$r, 2>, cmp_impl::<$r, 3>, cmp_impl::<$r, 4>, cmp_impl::<$r, 5>]
        };
    }
    let table: [crate::args::NativeFn; 6] = match rank {
        0 => row!(0),
        1 => row!(1),
        _ => row!(2),
    };
    table[idx]
}

fn num_repr(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.at(0);
    Ok(pystr::new(&match as_num(v) {
        Some(Num::Float(f)) => float_repr(f),
        Some(Num::Complex(r, i)) => complex_repr(r, i),
        // `int.__repr__(True)` is '1': bool's own __repr__ gives 'True'.
        _ if v.is_true_obj() => "1".to_string(),
        _ if v.is_false_obj() => "0".to_string(),
        Some(_) => int_repr_checked(vm, v)?,
        None => return Err(vm.type_error("descriptor '__repr__' requires a number")),
    }))
}

fn num_hash(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_i64(crate::objects::hashing::builtin_hash(vm, a.at(0))?))
}

fn num_bool(vm: &mut Vm, a: Args) -> PyResult {
    let _ = vm;
    Ok(objmodel::bool_(match as_num(a.at(0)) {
        Some(Num::Int(i)) => i != 0,
        Some(Num::Big(b)) => !b.is_zero(),
        Some(Num::Float(f)) => f != 0.0,
        Some(Num::Complex(r, i)) => r != 0.0 || i != 0.0,
        None => true,
    }))
}

fn unary_method(op: UnaryOp) -> crate::args::NativeFn {
    macro_rules! mk {
        ($op:expr) => {{
            fn f(vm: &mut Vm, a: Args) -> PyResult {
                Ok(native_unary(vm, $op, a.at(0))?.unwrap_or_else(objmodel::not_implemented))
            }
            f as crate::args::NativeFn
        }};
    }
    match op {
        UnaryOp::Negative => mk!(UnaryOp::Negative),
        UnaryOp::Positive => mk!(UnaryOp::Positive),
        UnaryOp::Invert => mk!(UnaryOp::Invert),
        UnaryOp::Not => mk!(UnaryOp::Not),
    }
}

/// Convert to an int Value (`int(x)` for numbers): truncation for floats.
pub fn to_int_value(vm: &mut Vm, v: Value) -> PyResult {
    match as_num(v) {
        Some(Num::Int(i)) => Ok(int::from_i64(i)),
        Some(Num::Big(b)) => Ok(int::from_bigint(&b)),
        Some(Num::Float(f)) => {
            let b = crate::numeric::arith::trunc_f64(f).map_err(|e| vm.math_err(e))?;
            Ok(int::from_bigint(&b))
        }
        _ => Err(vm.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            v.class().name_str()
        ))),
    }
}

/// `float(x)` conversion (`parse_str`: also parse str/bytes).
pub fn to_f64(vm: &mut Vm, x: Value, parse_str: bool) -> PyResult<f64> {
    if let Some(f) = float::as_f64(x)
        && x.class().is(vm.rt.types.float)
    {
        return Ok(f);
    }
    if let Some(n) = as_num(x)
        && !x.class().has_flag(objmodel::types::tflags::HEAPTYPE)
    {
        if let Num::Complex(..) = n {
            return Err(vm.type_error("float() argument must be a string or a real number, not 'complex'"));
        }
        return crate::ops::arith::num_to_f64(vm, &n);
    }
    if parse_str {
        if let Some(s) = pystr::as_str(x) {
            return match crate::numfmt::parse_float(s) {
                Some(f) => Ok(f),
                None => {
                    let r = pystr::repr(s);
                    Err(vm.value_error(format!("could not convert string to float: {r}")))
                }
            };
        }
        if let Some(b) = crate::objects::bytes::data(x) {
            return match crate::numfmt::parse_float_bytes(b) {
                Some(f) => Ok(f),
                None => {
                    let r = vm.repr_string(x)?;
                    Err(vm.value_error(format!("could not convert string to float: {r}")))
                }
            };
        }
    }
    if let Some(r) = vm.call_method_special(x, vm.rt.names.__float__, &[])? {
        if let Some(f) = float::as_f64(r) {
            return Ok(f);
        }
        return Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", x.class().error_name(), r.class().error_name())));
    }
    if let Some(r) = vm.call_method_special(x, vm.rt.names.__index__, &[])? {
        if !int::is_int(r) {
            return Err(vm.type_error(format!("__index__ returned non-int (type {})", r.class().error_name())));
        }
        return crate::ops::arith::num_to_f64(vm, &as_num(r).unwrap());
    }
    if let Some(n) = as_num(x) {
        if let Num::Complex(..) = n {
            return Err(vm.type_error("float() argument must be a string or a real number, not 'complex'"));
        }
        return crate::ops::arith::num_to_f64(vm, &n);
    }
    Err(vm.type_error(if parse_str {
        format!("float() argument must be a string or a real number, not '{}'", x.class().name_str())
    } else {
        format!("must be real number, not {}", x.class().name_str())
    }))
}

/// `int.__getnewargs__` / `float.__getnewargs__`: `(int(self),)` / `(float(self),)`, the value
/// as an exact int or float (a subclass instance in the tuple would make pickling recurse).
fn num_getnewargs(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__getnewargs__", 1, 1)?;
    let v = a.at(0);
    let exact = if let Some(x) = crate::objects::float::as_f64(v) {
        crate::objects::float::new(x)
    } else if let Some(b) = crate::objects::int::to_bigint(v) {
        crate::objects::int::from_bigint(&b)
    } else {
        v
    };
    Ok(crate::objects::tuple::new(&[exact]))
}
fn num_format(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() != 2 {
        return Err(vm.type_error(format!("__format__ expected 1 argument, got {}", a.len().saturating_sub(1))));
    }
    if !pystr::is_str(a.at(1)) {
        return Err(vm.type_error(format!("__format__() argument must be str, not {}", a.at(1).class().error_name())));
    }
    crate::objects::str_format::format_number(vm, a.at(0), a.at(1))
}
fn num_divmod(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() != 2 || !handles(a.at(0), a.at(1)) {
        return Ok(objmodel::not_implemented());
    }
    Ok(crate::ops::arith::num_divmod(vm, a.at(0), a.at(1))?.unwrap_or_else(objmodel::not_implemented))
}
fn num_rdivmod(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() != 2 || !handles(a.at(0), a.at(1)) {
        return Ok(objmodel::not_implemented());
    }
    Ok(crate::ops::arith::num_divmod(vm, a.at(1), a.at(0))?.unwrap_or_else(objmodel::not_implemented))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::method;
    use crate::ops::binary::{ALL_OPS, op_names};
    let t = r.types;
    for (rank, ty) in [t.int, t.float, t.complex].into_iter().enumerate() {
        let rank = rank as u8;
        for op in ALL_OPS {
            if ty.is(t.float) && matches!(op, BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor) {
                continue;
            }
            if ty.is(t.complex) && matches!(op, BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::FloorDiv | BinOp::Mod) {
                continue;
            }
            if op == BinOp::MatMul {
                continue;
            }
            let (n, rn, _) = op_names(op);
            method(ty, n, binop_method(rank, op, false));
            method(ty, rn, binop_method(rank, op, true));
        }
        for op in [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge] {
            method(ty, crate::ops::compare::op_dunder(op), cmp_method(rank, op));
        }
        method(ty, "__repr__", num_repr);
        method(ty, "__hash__", num_hash);
        method(ty, "__bool__", num_bool);
        method(ty, "__neg__", unary_method(UnaryOp::Negative));
        method(ty, "__pos__", unary_method(UnaryOp::Positive));
        method(ty, "__format__", num_format);
        method(ty, "__getnewargs__", num_getnewargs);
    }
    for ty in [t.int, t.float] {
        method(ty, "__divmod__", num_divmod);
        method(ty, "__rdivmod__", num_rdivmod);
    }
    method(t.int, "__invert__", unary_method(UnaryOp::Invert));
    crate::objects::int_methods::init(r);
    crate::objects::float_methods::init(r);
    crate::objects::complex::init(r);
}

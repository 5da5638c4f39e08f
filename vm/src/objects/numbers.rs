//! Methods of `int`, `bool`, `float` and `complex`: constructors, the arithmetic dunders (all
//! routed to the native operators of `ops::arith`), conversions and reprs.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
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
        (UnaryOp::Positive, Num::Float(f)) => float::new(f),
        (UnaryOp::Positive, Num::Complex(r, i)) => objmodel::alloc::new_complex(r, i),
        (UnaryOp::Invert, Num::Int(i)) => int::from_i64(!i),
        (UnaryOp::Invert, Num::Big(b)) => int::from_bigint(&(-b - 1)),
        _ => return Ok(None),
    }))
}

/// repr of an int Value.
pub fn int_repr(v: Value) -> String {
    match int::to_i64(v) {
        Some(i) => i.to_string(),
        None => int::to_bigint(v).unwrap().to_string(),
    }
}

/// repr of a float.
pub fn float_repr(x: f64) -> String {
    crate::numfmt::float_repr(x)
}

/// `complex` repr as CPython: `(1+2j)`, `2j`, `(-0-1j)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| -> String {
        let s = float_repr(x);
        s.strip_suffix(".0").map(|t| t.to_string()).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", fmt(im));
    }
    let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) || (im.is_nan() && im.is_sign_negative()) { "-" } else { "+" };
    format!("({}{}{}j)", fmt(re), sign, fmt(im.abs()))
}

fn binop_method(op: BinOp, reflected: bool) -> crate::args::NativeFn {
    macro_rules! mk {
        ($op:expr, $r:expr) => {{
            fn f(vm: &mut Vm, a: Args) -> PyResult {
                if a.pos.len() != 2 {
                    return Err(vm.type_error("expected 1 argument"));
                }
                let (x, y) = if $r { (a.at(1), a.at(0)) } else { (a.at(0), a.at(1)) };
                match (as_num(x), as_num(y)) {
                    (Some(p), Some(q)) => Ok(crate::ops::arith::num_binop(vm, $op, &p, &q)?.unwrap_or_else(objmodel::not_implemented)),
                    _ => Ok(objmodel::not_implemented()),
                }
            }
            f as crate::args::NativeFn
        }};
    }
    macro_rules! all {
        ($($o:ident),*) => {
            match (op, reflected) {
                $((BinOp::$o, false) => mk!(BinOp::$o, false), (BinOp::$o, true) => mk!(BinOp::$o, true),)*
            }
        };
    }
    all!(Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor)
}

fn cmp_method(op: CmpOp) -> crate::args::NativeFn {
    macro_rules! mk {
        ($op:expr) => {{
            fn f(vm: &mut Vm, a: Args) -> PyResult {
                if as_num(a.at(1)).is_none() {
                    return Ok(objmodel::not_implemented());
                }
                match crate::ops::compare::native_compare(vm, a.at(0), a.at(1), $op)? {
                    Some(b) => Ok(objmodel::bool_(b)),
                    None => Ok(objmodel::not_implemented()),
                }
            }
            f as crate::args::NativeFn
        }};
    }
    match op {
        CmpOp::Lt => mk!(CmpOp::Lt),
        CmpOp::Le => mk!(CmpOp::Le),
        CmpOp::Eq => mk!(CmpOp::Eq),
        CmpOp::Ne => mk!(CmpOp::Ne),
        CmpOp::Gt => mk!(CmpOp::Gt),
        CmpOp::Ge => mk!(CmpOp::Ge),
    }
}

fn num_repr(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.at(0);
    let _ = vm;
    Ok(pystr::new(&match as_num(v) {
        Some(Num::Float(f)) => float_repr(f),
        Some(Num::Complex(r, i)) => complex_repr(r, i),
        _ if v.is_true_obj() => "True".to_string(),
        _ if v.is_false_obj() => "False".to_string(),
        _ => int_repr(v),
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

fn int_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = crate::objects::type_::as_type(a.at(0));
    let [x, base] = a.rest().bind(vm, "int", ["x", "base"], 2, 0)?;
    let r = if x.is_null() {
        Value::small(0)
    } else if !base.is_null() {
        let b = vm.index_value(base)?;
        let s = if let Some(s) = pystr::as_str(x) {
            s.to_string()
        } else if let Some(b) = crate::objects::bytes::as_bytes(x) {
            String::from_utf8_lossy(&b).to_string()
        } else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        parse_int(vm, &s, b as u32, x)?
    } else if let Some(s) = pystr::as_str(x) {
        parse_int(vm, s, 10, x)?
    } else if let Some(b) = crate::objects::bytes::as_bytes(x) {
        parse_int(vm, &String::from_utf8_lossy(&b), 10, x)?
    } else if int::is_int(x) {
        int::from_bigint(&int::to_bigint(x).unwrap())
    } else if as_num(x).is_some() {
        to_int_value(vm, x)?
    } else if let Some(r) = vm.call_method_special(x, vm.rt.names.__int__, &[])? {
        r
    } else if let Some(r) = vm.call_method_special(x, vm.rt.names.__index__, &[])? {
        r
    } else if let Some(r) = vm.call_method_special(x, vm.rt.names.__trunc__, &[])? {
        r
    } else {
        return Err(vm.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            x.class().name_str()
        )));
    };
    if cls.is(vm.rt.types.int) {
        return Ok(r);
    }
    Ok(int::from_bigint_with_class(&int::to_bigint(r).unwrap(), cls))
}

fn parse_int(vm: &mut Vm, s: &str, base: u32, orig: Value) -> PyResult {
    match crate::numfmt::parse_int(s, base) {
        Some(b) => Ok(int::from_bigint(&b)),
        None => {
            let r = vm.repr_string(orig)?;
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

fn float_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = crate::objects::type_::as_type(a.at(0));
    a.rest().check(vm, "float", 0, 1)?;
    let x = a.get(1);
    let f = match x {
        None => 0.0,
        Some(x) => to_f64(vm, x, true)?,
    };
    if cls.is(vm.rt.types.float) {
        return Ok(float::new(f));
    }
    Ok(float::new_with_class(f, cls))
}

/// `float(x)` conversion.
pub fn to_f64(vm: &mut Vm, x: Value, parse_str: bool) -> PyResult<f64> {
    if let Some(n) = as_num(x) {
        if let Num::Complex(..) = n {
            return Err(vm.type_error("float() argument must be a string or a real number, not 'complex'"));
        }
        return crate::ops::arith::num_to_f64(vm, &n);
    }
    if parse_str && let Some(s) = pystr::as_str(x) {
        return match crate::numfmt::parse_float(s) {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr_string(x)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if let Some(r) = vm.call_method_special(x, vm.rt.names.__float__, &[])? {
        if let Some(f) = float::as_f64(r) {
            return Ok(f);
        }
        return Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", x.class().name_str(), r.class().name_str())));
    }
    if let Some(r) = vm.call_method_special(x, vm.rt.names.__index__, &[])? {
        return to_f64(vm, r, false);
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        x.class().name_str()
    )))
}

fn bool_new(vm: &mut Vm, a: Args) -> PyResult {
    a.rest().check(vm, "bool", 0, 1)?;
    match a.get(1) {
        None => Ok(objmodel::false_()),
        Some(x) => Ok(objmodel::bool_(vm.truthy(x)?)),
    }
}

fn complex_new(vm: &mut Vm, a: Args) -> PyResult {
    let [re, im] = a.rest().bind(vm, "complex", ["real", "imag"], 2, 0)?;
    let (mut r, mut i) = (0.0, 0.0);
    if !re.is_null() {
        if let Some(s) = pystr::as_str(re) {
            let t = s.trim().trim_start_matches('(').trim_end_matches(')');
            let parsed = parse_complex(t).ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?;
            return Ok(objmodel::alloc::new_complex(parsed.0, parsed.1));
        }
        match as_num(re) {
            Some(Num::Complex(a, b)) => {
                r = a;
                i = b;
            }
            Some(n) => r = crate::ops::arith::num_to_f64(vm, &n)?,
            None => r = to_f64(vm, re, false)?,
        }
    }
    if !im.is_null() {
        match as_num(im) {
            Some(Num::Complex(a, b)) => {
                r -= b;
                i += a;
            }
            Some(n) => i += crate::ops::arith::num_to_f64(vm, &n)?,
            None => i += to_f64(vm, im, false)?,
        }
    }
    Ok(objmodel::alloc::new_complex(r, i))
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let s = s.trim();
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        if body.is_empty() || body == "+" {
            return Some((0.0, 1.0));
        }
        if body == "-" {
            return Some((0.0, -1.0));
        }
        // find split point: last + or - not at start and not after e/E
        let b = body.as_bytes();
        let mut split = None;
        for i in (1..b.len()).rev() {
            if (b[i] == b'+' || b[i] == b'-') && !(b[i - 1] == b'e' || b[i - 1] == b'E') {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => {
                let re = crate::numfmt::parse_float(&body[..i])?;
                let ims = &body[i..];
                let im = if ims == "+" { 1.0 } else if ims == "-" { -1.0 } else { crate::numfmt::parse_float(ims)? };
                Some((re, im))
            }
            None => Some((0.0, crate::numfmt::parse_float(body)?)),
        };
    }
    Some((crate::numfmt::parse_float(s)?, 0.0))
}

fn int_index(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_bigint(&int::to_bigint(a.at(0)).unwrap()))
}
fn num_float(vm: &mut Vm, a: Args) -> PyResult {
    Ok(float::new(to_f64(vm, a.at(0), false)?))
}
fn num_int(vm: &mut Vm, a: Args) -> PyResult {
    to_int_value(vm, a.at(0))
}
fn int_bit_length(_vm: &mut Vm, a: Args) -> PyResult {
    let b = int::to_bigint(a.at(0)).unwrap();
    Ok(int::from_usize(b.abs().bits() as usize))
}
fn int_bit_count(_vm: &mut Vm, a: Args) -> PyResult {
    let b = int::to_bigint(a.at(0)).unwrap();
    let (_, digits) = b.to_u32_digits();
    Ok(int::from_usize(digits.iter().map(|d| d.count_ones() as usize).sum()))
}
fn num_real(vm: &mut Vm, a: Args) -> PyResult {
    match as_num(a.at(0)) {
        Some(Num::Complex(r, _)) => Ok(float::new(r)),
        Some(Num::Float(f)) => Ok(float::new(f)),
        _ => int_index(vm, a),
    }
}
fn num_imag(_vm: &mut Vm, a: Args) -> PyResult {
    match as_num(a.at(0)) {
        Some(Num::Complex(_, i)) => Ok(float::new(i)),
        Some(Num::Float(_)) => Ok(float::new(0.0)),
        _ => Ok(Value::small(0)),
    }
}
fn num_conjugate(vm: &mut Vm, a: Args) -> PyResult {
    match as_num(a.at(0)) {
        Some(Num::Complex(r, i)) => Ok(objmodel::alloc::new_complex(r, -i)),
        Some(Num::Float(f)) => Ok(float::new(f)),
        _ => int_index(vm, a),
    }
}
fn int_numerator(vm: &mut Vm, a: Args) -> PyResult {
    int_index(vm, a)
}
fn int_denominator(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::small(1))
}
fn float_is_integer(_vm: &mut Vm, a: Args) -> PyResult {
    let f = float::as_f64(a.at(0)).unwrap();
    Ok(objmodel::bool_(f.is_finite() && f.fract() == 0.0))
}
fn float_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult {
    let f = float::as_f64(a.at(0)).unwrap();
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = crate::numeric::math::frexp(f);
    let mut mant = m;
    let mut exp = e as i64;
    for _ in 0..300 {
        if mant == mant.floor() {
            break;
        }
        mant *= 2.0;
        exp -= 1;
    }
    let mut num = crate::numeric::arith::f64_to_bigint(mant).map_err(|e| vm.math_err(e))?;
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    Ok(crate::objects::tuple::new(&[int::from_bigint(&num), int::from_bigint(&den)]))
}
fn num_trunc(vm: &mut Vm, a: Args) -> PyResult {
    to_int_value(vm, a.at(0))
}
fn float_floor(vm: &mut Vm, a: Args) -> PyResult {
    let f = float::as_f64(a.at(0)).unwrap();
    let b = crate::numeric::arith::floor_f64(f).map_err(|e| vm.math_err(e))?;
    Ok(int::from_bigint(&b))
}
fn float_ceil(vm: &mut Vm, a: Args) -> PyResult {
    let f = float::as_f64(a.at(0)).unwrap();
    let b = crate::numeric::arith::ceil_f64(f).map_err(|e| vm.math_err(e))?;
    Ok(int::from_bigint(&b))
}
fn num_round(vm: &mut Vm, a: Args) -> PyResult {
    crate::builtins::funcs::round_value(vm, a.at(0), a.get(1).unwrap_or(Value::NULL))
}
fn num_abs(vm: &mut Vm, a: Args) -> PyResult {
    Ok(match as_num(a.at(0)) {
        Some(Num::Int(i)) => int::from_i128((i as i128).abs()),
        Some(Num::Big(b)) => int::from_bigint(&b.abs()),
        Some(Num::Float(f)) => float::new(f.abs()),
        Some(Num::Complex(r, i)) => float::new(r.hypot(i)),
        None => return Err(vm.type_error("bad operand type for abs()")),
    })
}
fn num_divmod(vm: &mut Vm, a: Args) -> PyResult {
    crate::builtins::funcs::divmod_values(vm, a.at(0), a.at(1))
}
fn num_rdivmod(vm: &mut Vm, a: Args) -> PyResult {
    crate::builtins::funcs::divmod_values(vm, a.at(1), a.at(0))
}
fn num_getnewargs(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::objects::tuple::new(&[a.at(0)]))
}
fn num_format(vm: &mut Vm, a: Args) -> PyResult {
    crate::objects::str_format::format_number(vm, a.at(0), a.at(1))
}
fn int_to_bytes(vm: &mut Vm, a: Args) -> PyResult {
    let [length, order] = a.rest().bind(vm, "to_bytes", ["length", "byteorder"], 2, 0)?;
    let signed = a.kw("signed").map(|v| v.is_true_obj()).unwrap_or(false);
    let len = if length.is_null() { 1 } else { vm.index_value(length)? as usize };
    let big = order.is_null() || pystr::as_str(order) == Some("big");
    let b = int::to_bigint(a.at(0)).unwrap();
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = b.to_signed_bytes_le();
    if !signed && bytes.len() > len && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if bytes.len() > len {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(len, fill);
    if big {
        bytes.reverse();
    }
    Ok(objmodel::alloc::new_bytes(&bytes))
}
fn int_from_bytes(vm: &mut Vm, a: Args) -> PyResult {
    let [bytes, order] = a.rest().bind(vm, "from_bytes", ["bytes", "byteorder"], 2, 1)?;
    let signed = a.kw("signed").map(|v| v.is_true_obj()).unwrap_or(false);
    let mut data = match crate::objects::bytes::as_bytes(bytes) {
        Some(b) => b,
        None => vm.collect(bytes)?.iter().map(|v| int::to_i64(*v).unwrap_or(0) as u8).collect(),
    };
    let big = order.is_null() || pystr::as_str(order) == Some("big");
    if big {
        data.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&data) } else { BigInt::from_bytes_le(num_bigint::Sign::Plus, &data) };
    Ok(int::from_bigint(&n))
}
fn float_hex(vm: &mut Vm, a: Args) -> PyResult {
    let f = float::as_f64(a.at(0)).unwrap();
    let _ = vm;
    Ok(pystr::new(&crate::numfmt::float_hex(f)))
}
fn float_fromhex(vm: &mut Vm, a: Args) -> PyResult {
    let s = pystr::as_str(a.at(1)).unwrap_or("");
    match crate::numfmt::float_fromhex(s) {
        Ok(f) => Ok(float::new(f)),
        Err(e) => Err(vm.fmt_err(e, None)),
    }
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method, method_flags};
    use crate::ops::binary::{ALL_OPS, op_names};
    let t = r.types;
    for ty in [t.int, t.float, t.complex] {
        for op in ALL_OPS {
            let (n, rn, _) = op_names(op);
            method(ty, n, binop_method(op, false));
            method(ty, rn, binop_method(op, true));
        }
        for op in [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge] {
            method(ty, crate::ops::compare::op_dunder(op), cmp_method(op));
        }
        method(ty, "__repr__", num_repr);
        method(ty, "__hash__", num_hash);
        method(ty, "__bool__", num_bool);
        method(ty, "__neg__", unary_method(UnaryOp::Negative));
        method(ty, "__pos__", unary_method(UnaryOp::Positive));
        method(ty, "__abs__", num_abs);
        method(ty, "__format__", num_format);
        method(ty, "__getnewargs__", num_getnewargs);
        method(ty, "conjugate", num_conjugate);
        getset(ty, "real", num_real, None);
        getset(ty, "imag", num_imag, None);
    }
    for ty in [t.int, t.float] {
        method(ty, "__float__", num_float);
        method(ty, "__int__", num_int);
        method(ty, "__trunc__", num_trunc);
        method(ty, "__round__", num_round);
        method(ty, "__divmod__", num_divmod);
        method(ty, "__rdivmod__", num_rdivmod);
    }
    method_flags(t.int, "__new__", int_new, 0);
    method(t.int, "__index__", int_index);
    method(t.int, "__invert__", unary_method(UnaryOp::Invert));
    method(t.int, "__floor__", int_index);
    method(t.int, "__ceil__", int_index);
    method(t.int, "bit_length", int_bit_length);
    method(t.int, "bit_count", int_bit_count);
    method(t.int, "to_bytes", int_to_bytes);
    method_flags(t.int, "from_bytes", int_from_bytes, crate::ops::call::bflags::CLASSMETHOD);
    method(t.int, "as_integer_ratio", |_vm, a| {
        Ok(crate::objects::tuple::new(&[int::from_bigint(&int::to_bigint(a.at(0)).unwrap()), Value::small(1)]))
    });
    getset(t.int, "numerator", int_numerator, None);
    getset(t.int, "denominator", int_denominator, None);
    method_flags(t.float, "__new__", float_new, 0);
    method(t.float, "is_integer", float_is_integer);
    method(t.float, "as_integer_ratio", float_as_integer_ratio);
    method(t.float, "__floor__", float_floor);
    method(t.float, "__ceil__", float_ceil);
    method(t.float, "hex", float_hex);
    method_flags(t.float, "fromhex", float_fromhex, crate::ops::call::bflags::CLASSMETHOD);
    method_flags(t.bool_, "__new__", bool_new, 0);
    method(t.bool_, "__repr__", num_repr);
    method_flags(t.complex, "__new__", complex_new, 0);
    let _ = (Kind::Int, ToPrimitive::to_i64(&BigInt::zero()));
}

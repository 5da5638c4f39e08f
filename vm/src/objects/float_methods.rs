//! Methods of `float`: construction and parsing, exact ratios, hex conversion, rounding and
//! integer conversions.

use num_bigint::BigInt;
use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::str_args::noargs;
use crate::objects::{float, int, str as pystr, tuple};
use crate::vm::Vm;

fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<f64> {
    match a.get(0).and_then(float::as_f64) {
        Some(f) => Ok(f),
        None => Err(vm.type_error(match a.get(0) {
            Some(v) => format!("descriptor '{name}' for 'float' objects doesn't apply to a '{}' object", v.class().name_str()),
            None => format!("unbound method float.{name}() needs an argument"),
        })),
    }
}

fn float_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = crate::objects::type_::as_type(a.at(0));
    if a.has_kw() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!("float expected at most 1 argument, got {}", a.len() - 1)));
    }
    let f = match a.get(1) {
        None => 0.0,
        Some(x) => {
            if cls.is(vm.rt.types.float) && x.class().is(vm.rt.types.float) {
                return Ok(x);
            }
            crate::objects::numbers::to_f64(vm, x, true)?
        }
    };
    if cls.is(vm.rt.types.float) {
        return Ok(float::new(f));
    }
    Ok(float::new_with_class(f, cls))
}

fn exact(vm: &mut Vm, a: &Args, name: &str) -> PyResult {
    let f = this(vm, a, name)?;
    if a.at(0).class().is(vm.rt.types.float) {
        return Ok(a.at(0));
    }
    Ok(float::new(f))
}

fn float_is_integer(vm: &mut Vm, a: Args) -> PyResult {
    let f = this(vm, &a, "is_integer")?;
    noargs(vm, &a, "float.is_integer")?;
    Ok(objmodel::bool_(f.is_finite() && f.fract() == 0.0))
}

/// `float.as_integer_ratio` (exact, lowest terms).
pub fn as_integer_ratio(vm: &mut Vm, f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (mut m, e) = crate::numeric::math::frexp(f);
    let mut exp = e as i64;
    let mut i = 0;
    while i < 300 && m != m.floor() {
        m *= 2.0;
        exp -= 1;
        i += 1;
    }
    let mut num = crate::numeric::arith::f64_to_bigint(m).map_err(|e| vm.math_err(e))?;
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    Ok((num, den))
}

fn float_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult {
    let f = this(vm, &a, "as_integer_ratio")?;
    noargs(vm, &a, "float.as_integer_ratio")?;
    let (n, d) = as_integer_ratio(vm, f)?;
    Ok(tuple::new(&[int::from_bigint(&n), int::from_bigint(&d)]))
}
fn float_trunc(vm: &mut Vm, a: Args) -> PyResult {
    let f = this(vm, &a, "__trunc__")?;
    let b = crate::numeric::arith::trunc_f64(f).map_err(|e| vm.math_err(e))?;
    Ok(int::from_bigint(&b))
}
fn float_floor(vm: &mut Vm, a: Args) -> PyResult {
    let f = this(vm, &a, "__floor__")?;
    let b = crate::numeric::arith::floor_f64(f).map_err(|e| vm.math_err(e))?;
    Ok(int::from_bigint(&b))
}
fn float_ceil(vm: &mut Vm, a: Args) -> PyResult {
    let f = this(vm, &a, "__ceil__")?;
    let b = crate::numeric::arith::ceil_f64(f).map_err(|e| vm.math_err(e))?;
    Ok(int::from_bigint(&b))
}
/// `float.__round__(ndigits=None)`.
pub fn round(vm: &mut Vm, f: f64, nd: Option<Value>) -> PyResult {
    match nd {
        None => {
            let r = crate::numfmt::round_float_to_int(f).map_err(|e| vm.fmt_err(e, None))?;
            let b = crate::numeric::arith::f64_to_bigint(r).map_err(|e| vm.math_err(e))?;
            Ok(int::from_bigint(&b))
        }
        Some(v) if v.is_none() => round(vm, f, None),
        Some(v) => {
            let n = match crate::objects::str_args::index_arg(vm, v) {
                Ok(n) => n,
                Err(e) => {
                    if int::is_int(v) {
                        if int::sign(v) < 0 { i64::MIN / 2 } else { i64::MAX / 2 }
                    } else {
                        return Err(e);
                    }
                }
            };
            let r = crate::numfmt::round_float(f, n).map_err(|e| vm.fmt_err(e, None))?;
            Ok(float::new(r))
        }
    }
}
fn float_round(vm: &mut Vm, a: Args) -> PyResult {
    let f = this(vm, &a, "__round__")?;
    crate::objects::str_args::clinic(vm, &a, "__round__", 0, 1)?;
    round(vm, f, a.get(1))
}
fn float_abs(vm: &mut Vm, a: Args) -> PyResult {
    let f = this(vm, &a, "__abs__")?;
    Ok(float::new(f.abs()))
}
fn float_hex(vm: &mut Vm, a: Args) -> PyResult {
    let f = this(vm, &a, "hex")?;
    noargs(vm, &a, "float.hex")?;
    Ok(pystr::new(&crate::numfmt::float_hex(f)))
}
fn float_fromhex(vm: &mut Vm, a: Args) -> PyResult {
    let x = crate::objects::str_args::one(vm, &a, "float.fromhex")?;
    let Some(s) = pystr::as_str(x) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let f = crate::numfmt::float_fromhex(s).map_err(|e| vm.fmt_err(e, None))?;
    let cls = a.at(0);
    if cls.is(vm.rt.types.float.as_value()) {
        return Ok(float::new(f));
    }
    let v = float::new(f);
    vm.call1(cls, v)
}
fn float_getformat(vm: &mut Vm, a: Args) -> PyResult {
    let x = crate::objects::str_args::one(vm, &a, "float.__getformat__")?;
    match pystr::as_str(x) {
        Some("double") | Some("float") => Ok(pystr::new("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(vm.type_error(format!("__getformat__() argument must be str, not {}", x.class().error_name()))),
    }
}
fn float_pow(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "__pow__")?;
    crate::objects::str_args::clinic(vm, &a, "__pow__", 1, 2)?;
    if let Some(m) = a.get(2)
        && !m.is_none()
    {
        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let (x, y) = (a.at(0), a.at(1));
    if !(int::is_int(y) || float::is_float(y)) {
        return Ok(objmodel::not_implemented());
    }
    crate::ops::arith::num_binop_values(vm, crate::bytecode::BinOp::Pow, x, y)
}
fn float_rpow(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "__rpow__")?;
    crate::objects::str_args::clinic(vm, &a, "__rpow__", 1, 2)?;
    if let Some(m) = a.get(2)
        && !m.is_none()
    {
        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let (y, x) = (a.at(0), a.at(1));
    if !(int::is_int(x) || float::is_float(x)) {
        return Ok(objmodel::not_implemented());
    }
    crate::ops::arith::num_binop_values(vm, crate::bytecode::BinOp::Pow, x, y)
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method, method_flags};
    use crate::ops::call::bflags;
    let t = r.types.float;
    method_flags(t, "__new__", float_new, 0);
    method(t, "is_integer", float_is_integer);
    method(t, "as_integer_ratio", float_as_integer_ratio);
    method(t, "__trunc__", float_trunc);
    method(t, "__int__", float_trunc);
    method(t, "__float__", |vm, a| exact(vm, &a, "__float__"));
    method(t, "__floor__", float_floor);
    method(t, "__ceil__", float_ceil);
    method(t, "__round__", float_round);
    method(t, "__abs__", float_abs);
    method(t, "__pow__", float_pow);
    method(t, "__rpow__", float_rpow);
    method(t, "hex", float_hex);
    method(t, "conjugate", |vm, a| {
        noargs(vm, &a, "float.conjugate")?;
        exact(vm, &a, "conjugate")
    });
    method_flags(t, "fromhex", float_fromhex, bflags::CLASSMETHOD);
    method_flags(t, "__getformat__", float_getformat, bflags::CLASSMETHOD);
    getset(t, "real", |vm, a| exact(vm, &a, "real"), None);
    getset(t, "imag", |_vm, _a| Ok(float::new(0.0)), None);
}

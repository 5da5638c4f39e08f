//! Methods of `int` and `bool`: construction and parsing (bases, underscores, the
//! `sys.set_int_max_str_digits` limit), bit operations, byte conversion, rounding, and
//! `bool`'s logical operators.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::str_args::{clinic_kw, noargs};
use crate::objects::{float, int, str as pystr, tuple};
use crate::vm::Vm;

/// `self` as a BigInt, with CPython's descriptor error otherwise.
fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<BigInt> {
    match a.get(0).and_then(int::to_bigint) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(match a.get(0) {
            Some(v) => format!("descriptor '{name}' for 'int' objects doesn't apply to a '{}' object", v.class().name_str()),
            None => format!("unbound method int.{name}() needs an argument"),
        })),
    }
}

/// An exact int Value equal to `self` (ints are returned as is; bools and subclasses convert).
fn exact(vm: &mut Vm, a: &Args, name: &str) -> PyResult {
    let v = a.at(0);
    if v.is_small() || (int::is_int(v) && v.class().is(vm.rt.types.int)) {
        return Ok(v);
    }
    Ok(int::from_bigint(&this(vm, a, name)?))
}

fn parse_str_int(vm: &mut Vm, x: Value, base: u32) -> PyResult {
    let limit = crate::numfmt::int_max_str_digits();
    let r = if let Some(s) = pystr::as_str(x) {
        crate::numfmt::parse_int_with_limit(s, base, limit)
    } else {
        crate::numfmt::parse_int_bytes(crate::objects::bytes::data(x).unwrap(), base, limit)
    };
    match r {
        Ok(b) => Ok(int::from_bigint(&b)),
        Err(e) => {
            let repr = vm.repr_string(x)?;
            let fe = e.to_fmt_error(base, &repr);
            Err(vm.fmt_err(fe, None))
        }
    }
}

/// `int(x)` for a non-str object: `__int__`, `__index__`, `__trunc__`, buffers.
pub fn int_from_object(vm: &mut Vm, x: Value) -> PyResult {
    if int::is_int(x) {
        if x.class().is(vm.rt.types.int) || x.is_small() {
            return Ok(x);
        }
    }
    if pystr::is_str(x) || crate::objects::bytes::is_bytes_like(x) {
        return parse_str_int(vm, x, 10);
    }
    let names = [vm.rt.names.__int__, vm.rt.names.__index__];
    for (i, n) in names.iter().enumerate() {
        if x.is_ptr()
            && let Some(f) = vm.lookup_type_cached(x.class(), *n)
        {
            let r = crate::ops::call::call_with_self(vm, f, x, Args::new(&[]))?;
            if !int::is_int(r) {
                let which = if i == 0 { "__int__" } else { "__index__" };
                return Err(vm.type_error(format!("{which} returned non-int (type {})", r.class().error_name())));
            }
            if !r.is_small() && !r.class().is(vm.rt.types.int) {
                return Ok(int::from_bigint(&int::to_bigint(r).unwrap()));
            }
            return Ok(r);
        }
    }
    if let Some(f) = float::as_f64(x) {
        let b = crate::numeric::arith::trunc_f64(f).map_err(|e| vm.math_err(e))?;
        return Ok(int::from_bigint(&b));
    }
    let trunc = vm.intern("__trunc__");
    if x.is_ptr()
        && let Some(f) = vm.lookup_type_cached(x.class(), trunc)
    {
        let r = crate::ops::call::call_with_self(vm, f, x, Args::new(&[]))?;
        if int::is_int(r) {
            return Ok(r);
        }
        if x.is_ptr() && vm.lookup_type_cached(r.class(), vm.rt.names.__index__).is_some() {
            return vm.index(r);
        }
        return Err(vm.type_error(format!("__trunc__ returned non-Integral (type {})", r.class().error_name())));
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.class().name_str()
    )))
}

fn int_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = crate::objects::type_::as_type(a.at(0));
    let [x, base] = clinic_kw(vm, &a, "int", ["", "base"], 0).map_err(|e| {
        if a.len() > 3 { vm.type_error(format!("int() takes at most 2 arguments ({} given)", a.len() - 1)) } else { e }
    })?;
    if a.kwnames.iter().any(|k| pystr::as_str(*k) == Some("")) {
        return Err(vm.type_error("'' is an invalid keyword argument for int()"));
    }
    let r = if x.is_null() {
        if !base.is_null() {
            return Err(vm.type_error("int() missing string argument"));
        }
        Value::small(0)
    } else if !base.is_null() {
        let b = match base.as_small() {
            Some(b) => b,
            None => {
                if !int::is_int(base) && vm.lookup_type_cached(base.class(), vm.rt.names.__index__).is_none() {
                    return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", base.class().error_name())));
                }
                let bv = vm.index(base)?;
                int::to_i64(bv).unwrap_or(-1)
            }
        };
        if !(pystr::is_str(x) || crate::objects::bytes::is_bytes_like(x)) {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        }
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        parse_str_int(vm, x, b as u32)?
    } else {
        int_from_object(vm, x)?
    };
    if cls.is(vm.rt.types.int) {
        return Ok(r);
    }
    Ok(int::from_bigint_with_class(&int::to_bigint(r).unwrap(), cls))
}

fn int_index(vm: &mut Vm, a: Args) -> PyResult {
    exact(vm, &a, "__index__")
}
fn int_float(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "__float__")?;
    let f = crate::numeric::arith::bigint_to_f64(&b).map_err(|e| vm.math_err(e))?;
    Ok(float::new(f))
}
fn int_bit_length(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.get(0).unwrap_or(Value::NULL);
    if let Some(i) = v.as_small() {
        noargs(vm, &a, "int.bit_length")?;
        return Ok(Value::small(64 - i.unsigned_abs().leading_zeros() as i64));
    }
    let b = this(vm, &a, "bit_length")?;
    noargs(vm, &a, "int.bit_length")?;
    Ok(int::from_usize(b.magnitude().bits() as usize))
}
fn int_bit_count(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "bit_count")?;
    noargs(vm, &a, "int.bit_count")?;
    Ok(int::from_usize(b.magnitude().iter_u32_digits().map(|d| d.count_ones() as usize).sum()))
}
fn int_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult {
    let v = exact(vm, &a, "as_integer_ratio")?;
    noargs(vm, &a, "int.as_integer_ratio")?;
    Ok(tuple::new(&[v, Value::small(1)]))
}
fn int_conjugate(vm: &mut Vm, a: Args) -> PyResult {
    let v = exact(vm, &a, "conjugate")?;
    noargs(vm, &a, "int.conjugate")?;
    Ok(v)
}
fn int_self(vm: &mut Vm, a: Args) -> PyResult {
    exact(vm, &a, "real")
}
fn int_zero(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::small(0))
}
fn int_one(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::small(1))
}
fn int_trunc(vm: &mut Vm, a: Args) -> PyResult {
    exact(vm, &a, "__trunc__")
}
fn int_bool(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "__bool__")?;
    Ok(objmodel::bool_(!b.is_zero()))
}
fn int_sizeof(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "__sizeof__")?;
    let digits = b.magnitude().bits().div_ceil(30).max(1) as usize;
    Ok(int::from_usize(24 + 4 * digits))
}

/// `int.__round__(ndigits)`: halves to even at `10**-ndigits`.
fn int_round(vm: &mut Vm, a: Args) -> PyResult {
    let v = exact(vm, &a, "__round__")?;
    crate::objects::str_args::clinic(vm, &a, "__round__", 0, 1)?;
    let Some(nd) = a.get(1) else { return Ok(v) };
    let n = crate::objects::str_args::index_arg(vm, nd).or_else(|e| {
        if int::is_int(nd) { Ok(if int::sign(nd) < 0 { i64::MIN } else { i64::MAX }) } else { Err(e) }
    })?;
    if n >= 0 {
        return Ok(v);
    }
    Ok(int::from_bigint(&round_int(&int::to_bigint(v).unwrap(), n)))
}

/// Round `v` to a multiple of `10**(-n)` (n < 0), halves to even.
pub fn round_int(v: &BigInt, n: i64) -> BigInt {
    let digits = n.unsigned_abs();
    if digits > (v.magnitude().bits() / 3 + 2) {
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), digits as usize);
    let (q, r) = v.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
    q * p
}

fn byteorder_arg(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if v.is_null() {
        return Ok(true);
    }
    match pystr::as_str(v) {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", v.class().error_name()))),
    }
}

/// Bind `(length, byteorder, *, signed)` / `(bytes, byteorder, *, signed)` with Clinic messages.
fn bind_bytes_args(vm: &mut Vm, a: &Args, fname: &str, first: &str, first_required: bool) -> PyResult<[Value; 3]> {
    let pos = &a.pos[1.min(a.pos.len())..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!("{fname}() takes at most 2 positional arguments ({} given)", pos.len())));
    }
    let mut out = [Value::NULL; 3];
    out[..pos.len()].copy_from_slice(pos);
    let names = [first, "byteorder", "signed"];
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let kn = pystr::as_str(*k).unwrap_or("");
        match names.iter().position(|n| *n == kn) {
            Some(i) if out[i].is_null() => out[i] = *v,
            Some(i) => {
                return Err(vm.type_error(format!("argument for {fname}() given by name ('{kn}') and position ({})", i + 1)));
            }
            None => return Err(vm.type_error(format!("'{kn}' is an invalid keyword argument for {fname}()"))),
        }
    }
    if first_required && out[0].is_null() {
        return Err(vm.type_error(format!("{fname}() missing required argument '{first}' (pos 1)")));
    }
    Ok(out)
}

fn int_to_bytes(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "to_bytes")?;
    let [length, order, signed] = bind_bytes_args(vm, &a, "to_bytes", "length", false)?;
    let len = if length.is_null() { 1 } else { crate::objects::str_args::index_arg(vm, length)? };
    if len < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let big = byteorder_arg(vm, order)?;
    let signed = !signed.is_null() && vm.truthy(signed)?;
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let len = len as usize;
    let mut bytes = if signed {
        if b.is_zero() { Vec::new() } else { b.to_signed_bytes_le() }
    } else if b.is_zero() {
        Vec::new()
    } else {
        b.to_bytes_le().1
    };
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
    let cls = a.at(0);
    let [bytes, order, signed] = bind_bytes_args(vm, &a, "from_bytes", "bytes", true)?;
    let mut data = match crate::objects::bytes::data(bytes) {
        Some(b) => b.to_vec(),
        None => {
            let name = vm.intern("__bytes__");
            if bytes.is_ptr() && !pystr::is_str(bytes) && vm.lookup_type_cached(bytes.class(), name).is_some() {
                let r = vm.call_method_special(bytes, name, &[])?.unwrap();
                crate::objects::bytes::data(r).unwrap_or(&[]).to_vec()
            } else {
                let iterable = bytes.is_ptr()
                    && !pystr::is_str(bytes)
                    && (vm.lookup_type_cached(bytes.class(), vm.rt.names.__iter__).is_some()
                        || vm.lookup_type_cached(bytes.class(), vm.rt.names.__getitem__).is_some());
                if !iterable {
                    return Err(vm.type_error(format!("cannot convert '{}' object to bytes", bytes.class().error_name())));
                }
                let items = vm.collect(bytes)?;
                crate::objects::bytes::ints_to_bytes(vm, &items, "bytes must be in range(0, 256)")?
            }
        }
    };
    let big = byteorder_arg(vm, order)?;
    let signed = !signed.is_null() && vm.truthy(signed)?;
    if big {
        data.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&data) } else { BigInt::from_bytes_le(Sign::Plus, &data) };
    let r = int::from_bigint(&n);
    if cls.is(vm.rt.types.int.as_value()) {
        return Ok(r);
    }
    vm.call1(cls, r)
}

/// `int.__pow__(exp, mod=None)` (three-argument pow on ints).
fn int_pow(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "__pow__")?;
    crate::objects::str_args::clinic(vm, &a, "__pow__", 1, 2)?;
    let (base, exp) = (a.at(0), a.at(1));
    match a.get(2) {
        Some(m) if !m.is_none() => {
            if !int::is_int(exp) || !int::is_int(m) {
                return Ok(objmodel::not_implemented());
            }
            pow3(vm, base, exp, m)
        }
        _ => {
            if !int::is_int(exp) {
                return Ok(objmodel::not_implemented());
            }
            crate::ops::arith::num_binop_values(vm, crate::bytecode::BinOp::Pow, base, exp)
        }
    }
}
fn int_rpow(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "__rpow__")?;
    crate::objects::str_args::clinic(vm, &a, "__rpow__", 1, 2)?;
    let (exp, base) = (a.at(0), a.at(1));
    if !int::is_int(base) {
        return Ok(objmodel::not_implemented());
    }
    match a.get(2) {
        Some(m) if !m.is_none() => {
            if !int::is_int(m) {
                return Ok(objmodel::not_implemented());
            }
            pow3(vm, base, exp, m)
        }
        _ => crate::ops::arith::num_binop_values(vm, crate::bytecode::BinOp::Pow, base, exp),
    }
}

/// `pow(base, exp, mod)` for ints.
pub fn pow3(vm: &mut Vm, base: Value, exp: Value, m: Value) -> PyResult {
    let (b, e, md) = (int::to_bigint(base).unwrap(), int::to_bigint(exp).unwrap(), int::to_bigint(m).unwrap());
    if md.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let r = crate::numeric::intmath::pow_mod(&b, &e, &md).map_err(|e| vm.math_err(e))?;
    Ok(int::from_bigint(&r))
}

// ---- bool ----

fn bool_new(vm: &mut Vm, a: Args) -> PyResult {
    if a.has_kw() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!("bool expected at most 1 argument, got {}", a.len() - 1)));
    }
    match a.get(1) {
        None => Ok(objmodel::false_()),
        Some(x) => Ok(objmodel::bool_(vm.truthy(x)?)),
    }
}
fn bool_repr(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(pystr::new(if a.at(0).is_true_obj() { "True" } else { "False" }))
}
fn is_bool(v: Value) -> bool {
    v.is_true_obj() || v.is_false_obj()
}
fn bool_logic(op: crate::bytecode::BinOp) -> crate::args::NativeFn {
    macro_rules! mk {
        ($op:expr) => {{
            fn f(vm: &mut Vm, a: Args) -> PyResult {
                if a.len() != 2 {
                    return Err(vm.type_error(format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
                }
                let (x, y) = (a.at(0), a.at(1));
                if is_bool(x) && is_bool(y) {
                    let (p, q) = (x.is_true_obj(), y.is_true_obj());
                    return Ok(objmodel::bool_(match $op {
                        crate::bytecode::BinOp::And => p & q,
                        crate::bytecode::BinOp::Or => p | q,
                        _ => p ^ q,
                    }));
                }
                if !int::is_int(y) {
                    return Ok(objmodel::not_implemented());
                }
                crate::ops::arith::num_binop_values(vm, $op, x, y)
            }
            f as crate::args::NativeFn
        }};
    }
    use crate::bytecode::BinOp;
    match op {
        BinOp::And => mk!(BinOp::And),
        BinOp::Or => mk!(BinOp::Or),
        _ => mk!(BinOp::Xor),
    }
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method, method_flags};
    use crate::ops::call::bflags;
    let t = r.types.int;
    method_flags(t, "__new__", int_new, 0);
    method(t, "__index__", int_index);
    method(t, "__int__", int_index);
    method(t, "__float__", int_float);
    method(t, "__trunc__", int_trunc);
    method(t, "__floor__", int_trunc);
    method(t, "__ceil__", int_trunc);
    method(t, "__round__", int_round);
    method(t, "__bool__", int_bool);
    method(t, "__sizeof__", int_sizeof);
    method(t, "__pow__", int_pow);
    method(t, "__rpow__", int_rpow);
    method(t, "__abs__", |vm, a| {
        let b = this(vm, &a, "__abs__")?;
        Ok(int::from_bigint(&b.abs()))
    });
    method(t, "bit_length", int_bit_length);
    method(t, "bit_count", int_bit_count);
    method(t, "to_bytes", int_to_bytes);
    method_flags(t, "from_bytes", int_from_bytes, bflags::CLASSMETHOD);
    method(t, "as_integer_ratio", int_as_integer_ratio);
    method(t, "conjugate", int_conjugate);
    getset(t, "real", int_self, None);
    getset(t, "imag", int_zero, None);
    getset(t, "numerator", int_self, None);
    getset(t, "denominator", int_one, None);
    let b = r.types.bool_;
    method_flags(b, "__new__", bool_new, 0);
    method(b, "__repr__", bool_repr);
    method(b, "__str__", bool_repr);
    use crate::bytecode::BinOp;
    for (op, n, rn) in [(BinOp::And, "__and__", "__rand__"), (BinOp::Or, "__or__", "__ror__"), (BinOp::Xor, "__xor__", "__rxor__")] {
        method(b, n, bool_logic(op));
        method(b, rn, bool_logic(op));
    }
    let _ = (BigInt::one(), ToPrimitive::to_i64(&BigInt::zero()));
}

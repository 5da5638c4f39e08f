//! The `math` module (Modules/mathmodule.c semantics) on top of `crate::numeric::math`.

use num_bigint::BigInt;
use objmodel::Value;

use super::util::{as_bigint, as_f64, fl, merr};
use crate::args::Args;
use crate::error::PyResult;
use crate::numeric::math as nm;
use crate::numeric::MathResult;
use crate::objects::{float, int, tuple};
use crate::vm::Vm;

macro_rules! unary {
    ($($fname:ident => $f:path, $pyname:literal;)*) => {$(
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            a.check(vm, concat!("math.", $pyname), 1, 1)?;
            let x = as_f64(vm, a.at(0))?;
            let r: MathResult<f64> = $f(x);
            r.map(fl).map_err(|e| merr(vm, e))
        }
    )*};
}

unary! {
    m_sqrt => nm::sqrt, "sqrt";
    m_exp => nm::exp, "exp";
    m_exp2 => nm::exp2, "exp2";
    m_expm1 => nm::expm1, "expm1";
    m_log1p => nm::log1p, "log1p";
    m_sin => nm::sin, "sin";
    m_cos => nm::cos, "cos";
    m_tan => nm::tan, "tan";
    m_asin => nm::asin, "asin";
    m_acos => nm::acos, "acos";
    m_atan => nm::atan, "atan";
    m_sinh => nm::sinh, "sinh";
    m_cosh => nm::cosh, "cosh";
    m_tanh => nm::tanh, "tanh";
    m_asinh => nm::asinh, "asinh";
    m_acosh => nm::acosh, "acosh";
    m_atanh => nm::atanh, "atanh";
    m_cbrt => nm::cbrt, "cbrt";
    m_gamma => nm::gamma, "gamma";
    m_lgamma => nm::lgamma, "lgamma";
}

fn ok(x: f64) -> MathResult<f64> {
    Ok(x)
}

macro_rules! unary_total {
    ($($fname:ident => $f:path, $pyname:literal;)*) => {$(
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            a.check(vm, concat!("math.", $pyname), 1, 1)?;
            let x = as_f64(vm, a.at(0))?;
            ok($f(x)).map(fl).map_err(|e| merr(vm, e))
        }
    )*};
}

unary_total! {
    m_fabs => nm::fabs, "fabs";
    m_erf => nm::erf, "erf";
    m_erfc => nm::erfc, "erfc";
    m_degrees => nm::degrees, "degrees";
    m_radians => nm::radians, "radians";
    m_ulp => nm::ulp, "ulp";
}

macro_rules! binary {
    ($($fname:ident => $f:expr, $pyname:literal;)*) => {$(
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            a.check(vm, $pyname, 2, 2)?;
            let x = as_f64(vm, a.at(0))?;
            let y = as_f64(vm, a.at(1))?;
            let f: fn(f64, f64) -> MathResult<f64> = $f;
            f(x, y).map(fl).map_err(|e| merr(vm, e))
        }
    )*};
}

binary! {
    m_copysign => |x, y| Ok(nm::copysign(x, y)), "copysign";
    m_atan2 => |x, y| Ok(nm::atan2(x, y)), "atan2";
    m_remainder => nm::remainder, "remainder";
    m_fmod => nm::fmod, "fmod";
    m_pow => nm::pow, "pow";
    m_nextafter => |x, y| Ok(nm::nextafter(x, y)), "nextafter";
}

macro_rules! predicate {
    ($($fname:ident => $f:path, $pyname:literal;)*) => {$(
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            a.check(vm, concat!("math.", $pyname), 1, 1)?;
            let x = as_f64(vm, a.at(0))?;
            Ok(objmodel::bool_($f(x)))
        }
    )*};
}

predicate! {
    m_isfinite => nm::isfinite, "isfinite";
    m_isinf => nm::isinf, "isinf";
    m_isnan => nm::isnan, "isnan";
}

fn bigv(vm: &mut Vm, r: MathResult<BigInt>) -> PyResult {
    r.map(|b| int::from_bigint(&b)).map_err(|e| merr(vm, e))
}

/// floor/ceil: exact floats directly, else `__floor__`/`__ceil__`, else via float.
fn rounding(vm: &mut Vm, a: Args, name: &str, ceil: bool) -> PyResult {
    a.check(vm, name, 1, 1)?;
    let x = a.at(0);
    if float::is_float(x) && x.class().is(vm.rt.types.float) {
        let f = float::as_f64(x).unwrap();
        return bigv(vm, if ceil { nm::ceil(f) } else { nm::floor(f) });
    }
    if int::is_exact_int(x) {
        return Ok(x);
    }
    let dunder = if ceil { vm.rt.names.__ceil__ } else { vm.rt.names.__floor__ };
    if let Some(r) = vm.call_method_special(x, dunder, &[])? {
        return Ok(r);
    }
    let f = as_f64(vm, x)?;
    bigv(vm, if ceil { nm::ceil(f) } else { nm::floor(f) })
}
fn m_floor(vm: &mut Vm, a: Args) -> PyResult {
    rounding(vm, a, "math.floor", false)
}
fn m_ceil(vm: &mut Vm, a: Args) -> PyResult {
    rounding(vm, a, "math.ceil", true)
}
fn m_trunc(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "math.trunc", 1, 1)?;
    let x = a.at(0);
    if float::is_float(x) && x.class().is(vm.rt.types.float) {
        return bigv(vm, nm::trunc(float::as_f64(x).unwrap()));
    }
    if int::is_exact_int(x) {
        return Ok(x);
    }
    match vm.call_method_special(x, vm.rt.names.__trunc__, &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("type {} doesn't define __trunc__ method", x.class().error_name()))),
    }
}

fn m_factorial(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "math.factorial", 1, 1)?;
    let n = as_bigint(vm, a.at(0))?;
    let r = nm::factorial(&n);
    bigv(vm, r)
}
fn m_isqrt(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "math.isqrt", 1, 1)?;
    let n = as_bigint(vm, a.at(0))?;
    let r = nm::isqrt(&n);
    bigv(vm, r)
}
/// gcd of two ints with Lehmer's algorithm (Knuth, TAOCP 4.5.2, Algorithm L): the quotient
/// sequence is computed on the leading 63 bits in machine arithmetic and applied to the big
/// numbers in one step; machine-word Euclid once both fit.
pub fn gcd2(a: &BigInt, b: &BigInt) -> BigInt {
    use num_bigint::BigUint;
    use num_traits::{ToPrimitive, Zero};
    let (mut u, mut v): (BigUint, BigUint) = (a.magnitude().clone(), b.magnitude().clone());
    if u < v {
        std::mem::swap(&mut u, &mut v);
    }
    loop {
        if v.is_zero() {
            return BigInt::from(u);
        }
        if let Some(small_u) = u.to_u128() {
            let (mut p, mut q) = (small_u, v.to_u128().unwrap_or(0));
            while q != 0 {
                let r = p % q;
                p = q;
                q = r;
            }
            return BigInt::from(p);
        }
        let shift = u.bits() - 63;
        let mut uh = (&u >> shift).to_u64().unwrap_or(0) as i128;
        let mut vh = (&v >> shift).to_u64().unwrap_or(0) as i128;
        let (mut ca, mut cb, mut cc, mut cd) = (1i128, 0i128, 0i128, 1i128);
        loop {
            let (d1, d2) = (vh + cc, vh + cd);
            if d1 <= 0 || d2 <= 0 {
                break;
            }
            let q = (uh + ca).div_euclid(d1);
            if q != (uh + cb).div_euclid(d2) {
                break;
            }
            (ca, cc) = (cc, ca - q * cc);
            (cb, cd) = (cd, cb - q * cd);
            (uh, vh) = (vh, uh - q * vh);
        }
        if cb == 0 {
            let r = &u % &v;
            u = v;
            v = r;
        } else {
            let (bu, bv) = (BigInt::from(u), BigInt::from(v));
            let nu = &bu * ca + &bv * cb;
            let nv = &bu * cc + &bv * cd;
            u = nu.magnitude().clone();
            v = nv.magnitude().clone();
        }
    }
}

fn m_gcd(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "gcd")?;
    let mut res = BigInt::from(0);
    for x in a.pos {
        if let (Some(p), Some(q)) = (int::to_i64(*x), num_traits::ToPrimitive::to_i64(&res)) {
            // fast path on machine ints
            let (mut p, mut q) = (p.unsigned_abs(), q.unsigned_abs());
            while q != 0 {
                let r = p % q;
                p = q;
                q = r;
            }
            res = BigInt::from(p);
            continue;
        }
        let b = as_bigint(vm, *x)?;
        res = gcd2(&res, &b);
    }
    Ok(int::from_bigint(&res))
}
fn m_lcm(vm: &mut Vm, a: Args) -> PyResult {
    use num_traits::{Signed, Zero};
    a.no_kw(vm, "lcm")?;
    let mut v = Vec::with_capacity(a.len());
    for x in a.pos {
        v.push(as_bigint(vm, *x)?);
    }
    let mut it = v.iter();
    let Some(first) = it.next() else { return Ok(Value::small(1)) };
    let mut res = first.abs();
    for x in it {
        if res.is_zero() {
            break;
        }
        if x.is_zero() {
            res = BigInt::zero();
            continue;
        }
        let g = gcd2(&res, x);
        res = (&res / &g * x).abs();
    }
    Ok(int::from_bigint(&res))
}
fn m_comb(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "comb", 2, 2)?;
    let n = as_bigint(vm, a.at(0))?;
    let k = as_bigint(vm, a.at(1))?;
    let r = nm::comb(&n, &k);
    bigv(vm, r)
}
fn m_perm(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "perm", 1, 2)?;
    let n = as_bigint(vm, a.at(0))?;
    let k = match a.get(1) {
        Some(k) if !k.is_none() => Some(as_bigint(vm, k)?),
        _ => None,
    };
    let r = nm::perm(&n, k.as_ref());
    bigv(vm, r)
}

fn log_arg(vm: &mut Vm, v: Value) -> PyResult<Result<BigInt, f64>> {
    if int::is_int(v) {
        return Ok(Ok(int::to_bigint(v).unwrap()));
    }
    Ok(Err(as_f64(vm, v)?))
}
fn to_logarg(x: &Result<BigInt, f64>) -> nm::LogArg<'_> {
    match x {
        Ok(b) => nm::LogArg::Int(b),
        Err(f) => nm::LogArg::Float(*f),
    }
}
fn m_log(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "log")?;
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let x = log_arg(vm, a.at(0))?;
    let b = match a.get(1) {
        Some(b) => Some(log_arg(vm, b)?),
        None => None,
    };
    let r = nm::log(to_logarg(&x), b.as_ref().map(to_logarg));
    r.map(fl).map_err(|e| merr(vm, e))
}
fn m_log2(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "math.log2", 1, 1)?;
    let x = log_arg(vm, a.at(0))?;
    nm::log2(to_logarg(&x)).map(fl).map_err(|e| merr(vm, e))
}
fn m_log10(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "math.log10", 1, 1)?;
    let x = log_arg(vm, a.at(0))?;
    nm::log10(to_logarg(&x)).map(fl).map_err(|e| merr(vm, e))
}

fn m_ldexp(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "ldexp", 2, 2)?;
    let x = as_f64(vm, a.at(0))?;
    let i = a.at(1);
    if !int::is_int(i) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = match int::to_i64(i) {
        Some(e) => e,
        None => {
            if int::sign(i) < 0 {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    nm::ldexp(x, e).map(fl).map_err(|e| merr(vm, e))
}
fn m_frexp(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "math.frexp", 1, 1)?;
    let x = as_f64(vm, a.at(0))?;
    let (m, e) = nm::frexp(x);
    Ok(tuple::new(&[fl(m), int::from_i64(e as i64)]))
}
fn m_modf(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "math.modf", 1, 1)?;
    let x = as_f64(vm, a.at(0))?;
    let (f, i) = nm::modf(x);
    Ok(tuple::new(&[fl(f), fl(i)]))
}

fn m_fsum(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "math.fsum", 1, 1)?;
    let it = vm.iter(a.at(0))?;
    let mut acc = nm::Fsum::new();
    while let Some(x) = vm.next(it)? {
        let f = as_f64(vm, x)?;
        acc.add(f).map_err(|e| merr(vm, e))?;
    }
    acc.result().map(fl).map_err(|e| merr(vm, e))
}

fn m_hypot(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "hypot")?;
    let mut v = Vec::with_capacity(a.len());
    for x in a.pos {
        v.push(as_f64(vm, *x)?);
    }
    Ok(fl(nm::hypot(&v)))
}

fn m_dist(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "dist", 2, 2)?;
    let (_ph, p) = super::util::collect_rooted(vm, a.at(0))?;
    let (_qh, q) = super::util::collect_rooted(vm, a.at(1))?;
    {
        if p.len() != q.len() {
            return Err(vm.value_error("both points must have the same number of dimensions"));
        }
        let mut pf = Vec::with_capacity(p.len());
        let mut qf = Vec::with_capacity(q.len());
        for x in &p {
            pf.push(as_f64(vm, *x)?);
        }
        for x in &q {
            qf.push(as_f64(vm, *x)?);
        }
        nm::dist(&pf, &qf).map(fl).map_err(|e| merr(vm, e))
    }
}

fn m_isclose(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 2 {
        return Err(vm.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", a.len())));
    }
    let [x, y, rel, abs] = a.bind(vm, "isclose", ["a", "b", "rel_tol", "abs_tol"], 2, 2)?;
    let x = as_f64(vm, x)?;
    let y = as_f64(vm, y)?;
    let rel = if rel.is_null() { 1e-9 } else { as_f64(vm, rel)? };
    let abs = if abs.is_null() { 0.0 } else { as_f64(vm, abs)? };
    nm::isclose(x, y, rel, abs).map(objmodel::bool_).map_err(|e| merr(vm, e))
}

fn m_prod(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() != 1 {
        return Err(vm.type_error(format!("prod() takes exactly 1 positional argument ({} given)", a.len())));
    }
    let mut start = Value::small(1);
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        match crate::objects::str::as_str(*k) {
            Some("start") => start = *v,
            Some(n) => return Err(vm.type_error(format!("'{n}' is an invalid keyword argument for prod()"))),
            None => {}
        }
    }
    let it = vm.iter(a.at(0))?;
    let mut acc = start;
    while let Some(x) = vm.next(it)? {
        acc = vm.binary_op(crate::bytecode::BinOp::Mul, acc, x)?;
    }
    Ok(acc)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = super::util::new_module("math");
    super::util::funcs(
        d,
        &[
            ("sqrt", m_sqrt),
            ("exp", m_exp),
            ("exp2", m_exp2),
            ("expm1", m_expm1),
            ("log1p", m_log1p),
            ("sin", m_sin),
            ("cos", m_cos),
            ("tan", m_tan),
            ("asin", m_asin),
            ("acos", m_acos),
            ("atan", m_atan),
            ("sinh", m_sinh),
            ("cosh", m_cosh),
            ("tanh", m_tanh),
            ("asinh", m_asinh),
            ("acosh", m_acosh),
            ("atanh", m_atanh),
            ("cbrt", m_cbrt),
            ("gamma", m_gamma),
            ("lgamma", m_lgamma),
            ("fabs", m_fabs),
            ("erf", m_erf),
            ("erfc", m_erfc),
            ("degrees", m_degrees),
            ("radians", m_radians),
            ("ulp", m_ulp),
            ("copysign", m_copysign),
            ("atan2", m_atan2),
            ("remainder", m_remainder),
            ("fmod", m_fmod),
            ("pow", m_pow),
            ("nextafter", m_nextafter),
            ("isfinite", m_isfinite),
            ("isinf", m_isinf),
            ("isnan", m_isnan),
            ("floor", m_floor),
            ("ceil", m_ceil),
            ("trunc", m_trunc),
            ("factorial", m_factorial),
            ("isqrt", m_isqrt),
            ("gcd", m_gcd),
            ("lcm", m_lcm),
            ("comb", m_comb),
            ("perm", m_perm),
            ("log", m_log),
            ("log2", m_log2),
            ("log10", m_log10),
            ("ldexp", m_ldexp),
            ("frexp", m_frexp),
            ("modf", m_modf),
            ("fsum", m_fsum),
            ("hypot", m_hypot),
            ("dist", m_dist),
            ("isclose", m_isclose),
            ("prod", m_prod),
        ],
    );
    for (n, v) in [("pi", nm::PI), ("e", nm::E), ("tau", nm::TAU), ("inf", nm::INF), ("nan", nm::NAN)] {
        super::util::set(d, n, fl(v));
    }
    Ok(m)
}

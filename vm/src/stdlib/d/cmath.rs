//! `cmath`: the mathematical functions over complex numbers, with the branch cuts, special
//! values and errors CPython documents (C99 Annex G; Kahan, "Branch Cuts for Complex
//! Elementary Functions"). Finite arguments use numerically careful formulas (scaling near
//! overflow and underflow, `log1p` near |z| = 1); non-finite arguments take their result from
//! the tables in `cmath_tables.rs`. A result with an overflowed part raises
//! `OverflowError('math range error')`; a domain error (`log(0)`, `atanh(1)`, an infinite
//! argument where the result is undefined) raises `ValueError('math domain error')`.

use objmodel::Value;

use super::cmath_tables as tab;
use super::util;
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{float, tuple};
use crate::ops::arith::{Num, as_num};
use crate::vm::Vm;

/// How a computation ended: `Calc` marks table cells that are computed instead.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Flag {
    Ok,
    Dom,
    Rng,
    Calc,
}
pub type Entry = (f64, f64, Flag);
pub const OK: Flag = Flag::Ok;
pub const DOM: Flag = Flag::Dom;
pub const RNG: Flag = Flag::Rng;
pub const N: f64 = f64::NAN;
pub const C: Entry = (0.0, 0.0, Flag::Calc);

type Z = (f64, f64);
type R = (f64, f64, Flag);

const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
/// A quarter of the largest double: results below it cannot overflow when doubled twice.
const LARGE: f64 = f64::MAX / 4.0;
const SQRT_LARGE: f64 = 6.703903964971298e153; // sqrt(LARGE)
const LOG_LARGE: f64 = 708.3964185322641; // ln(LARGE)
const SQRT_MIN: f64 = 1.4916681462400413e-154; // sqrt(f64::MIN_POSITIVE)
/// Scaling by 2**53 brings subnormal parts into the normal range.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

// The C library's asinh, the one CPython's cmath calls (Rust's `f64::asinh` is a different
// formula and can differ in the last bit).
// SAFETY: glibc's `asinh` is a pure function of one double (no pointers, no global state
// beyond errno), so declaring it `safe` is sound; the same symbol is declared in
// `numeric/libm.rs`.
unsafe extern "C" {
    #[link_name = "asinh"]
    safe fn c_asinh(x: f64) -> f64;
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x < 0.0 { 0 } else { 5 }
    } else if x == 0.0 {
        if x.is_sign_negative() { 2 } else { 3 }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

/// The table entry for a non-finite argument, unless that cell is computed.
fn special(t: &tab::Table, z: Z) -> Option<R> {
    if z.0.is_finite() && z.1.is_finite() {
        return None;
    }
    let e = t[class(z.0)][class(z.1)];
    (e.2 != Flag::Calc).then_some(e)
}

/// Flag an overflow of a result computed from a finite argument.
fn range_checked(z: Z, r: Z) -> R {
    let over = z.0.is_finite() && z.1.is_finite() && (r.0.is_infinite() || r.1.is_infinite());
    (r.0, r.1, if over { Flag::Rng } else { Flag::Ok })
}

pub fn sqrt(z: Z) -> R {
    if let Some(r) = special(&tab::SQRT, z) {
        return r;
    }
    let (x, y) = z;
    if x == 0.0 && y == 0.0 {
        return (0.0, y, OK);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 { (s, d.copysign(y), OK) } else { (d, s.copysign(y), OK) }
}

pub fn exp(z: Z) -> R {
    let (x, y) = z;
    if x.is_infinite() && y.is_finite() && y != 0.0 {
        let m = if x > 0.0 { f64::INFINITY } else { 0.0 };
        return (m.copysign(y.cos()), m.copysign(y.sin()), OK);
    }
    if let Some(r) = special(&tab::EXP, z) {
        return r;
    }
    let r = if x > LOG_LARGE {
        let l = (x - 1.0).exp();
        (l * y.cos() * std::f64::consts::E, l * y.sin() * std::f64::consts::E)
    } else {
        let l = x.exp();
        (l * y.cos(), l * y.sin())
    };
    range_checked(z, r)
}

pub fn log(z: Z) -> R {
    if let Some(r) = special(&tab::LOG, z) {
        return r;
    }
    let (x, y) = z;
    let (ax, ay) = (x.abs(), y.abs());
    let mut flag = OK;
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN2
        } else {
            flag = DOM;
            f64::NEG_INFINITY
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    (re, y.atan2(x), flag)
}

pub fn log10(z: Z) -> R {
    let (a, b, f) = log(z);
    (a / LN10, b / LN10, f)
}

/// `cosh` (and `sinh` when `sinh` is set) for an infinite real part and a finite nonzero
/// imaginary part: the signs follow cos y and sin y.
fn hyp_inf(x: f64, y: f64, sinh: bool) -> R {
    let (c, s) = (f64::INFINITY.copysign(y.cos()), f64::INFINITY.copysign(y.sin()));
    let sx = 1f64.copysign(x);
    if sinh { (c * sx, s, OK) } else { (c, s * sx, OK) }
}

pub fn cosh(z: Z) -> R {
    let (x, y) = z;
    if x.is_infinite() && y.is_finite() && y != 0.0 {
        return hyp_inf(x, y, false);
    }
    if let Some(r) = special(&tab::COSH, z) {
        return r;
    }
    let r = if x.abs() > LOG_LARGE {
        let xm1 = x - 1f64.copysign(x);
        (y.cos() * xm1.cosh() * std::f64::consts::E, y.sin() * xm1.sinh() * std::f64::consts::E)
    } else {
        (y.cos() * x.cosh(), y.sin() * x.sinh())
    };
    range_checked(z, r)
}

pub fn sinh(z: Z) -> R {
    let (x, y) = z;
    if x.is_infinite() && y.is_finite() && y != 0.0 {
        return hyp_inf(x, y, true);
    }
    if let Some(r) = special(&tab::SINH, z) {
        return r;
    }
    let r = if x.abs() > LOG_LARGE {
        let xm1 = x - 1f64.copysign(x);
        (y.cos() * xm1.sinh() * std::f64::consts::E, y.sin() * xm1.cosh() * std::f64::consts::E)
    } else {
        (y.cos() * x.sinh(), y.sin() * x.cosh())
    };
    range_checked(z, r)
}

pub fn tanh(z: Z) -> R {
    let (x, y) = z;
    if x.is_infinite() && y.is_finite() && y != 0.0 {
        return (1f64.copysign(x), 0f64.copysign(2.0 * y.sin() * y.cos()), OK);
    }
    if let Some(r) = special(&tab::TANH, z) {
        return r;
    }
    if x.abs() > LOG_LARGE {
        return (1f64.copysign(x), 4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp(), OK);
    }
    let (tx, ty) = (x.tanh(), y.tan());
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx, OK)
}

/// ln|z| for huge arguments (halved first so that hypot cannot overflow): ln(|z|/2) + 2 ln 2
/// is ln(2|z|), the leading term of the inverse functions there.
fn ln_twice_abs_big(x: f64, y: f64) -> f64 {
    (x / 2.0).hypot(y / 2.0).ln() + LN2 * 2.0
}

pub fn asinh(z: Z) -> R {
    if let Some(r) = special(&tab::ASINH, z) {
        return r;
    }
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = ln_twice_abs_big(x, y);
        let re = if y >= 0.0 { l.copysign(x) } else { -l.copysign(-x) };
        return (re, y.atan2(x.abs()), OK);
    }
    let s1 = sqrt((1.0 + y, -x));
    let s2 = sqrt((1.0 - y, x));
    (c_asinh(s1.0 * s2.1 - s2.0 * s1.1), y.atan2(s1.0 * s2.0 - s1.1 * s2.1), OK)
}

pub fn acos(z: Z) -> R {
    if let Some(r) = special(&tab::ACOS, z) {
        return r;
    }
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = ln_twice_abs_big(x, y);
        let im = if x < 0.0 { -l.copysign(y) } else { l.copysign(-y) };
        return (y.abs().atan2(x), im, OK);
    }
    let s1 = sqrt((1.0 - x, -y));
    let s2 = sqrt((1.0 + x, y));
    (2.0 * s1.0.atan2(s2.0), c_asinh(s2.0 * s1.1 - s2.1 * s1.0), OK)
}

pub fn acosh(z: Z) -> R {
    if let Some(r) = special(&tab::ACOSH, z) {
        return r;
    }
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        return (ln_twice_abs_big(x, y), y.atan2(x), OK);
    }
    let s1 = sqrt((x - 1.0, y));
    let s2 = sqrt((x + 1.0, y));
    (c_asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0), OK)
}

pub fn atanh(z: Z) -> R {
    if let Some(r) = special(&tab::ATANH, z) {
        return r;
    }
    let (x, y) = z;
    if x < 0.0 {
        let (a, b, f) = atanh((-x, -y));
        return (-a, -b, f);
    }
    let ay = y.abs();
    if x > SQRT_LARGE || ay > SQRT_LARGE {
        let h = (x / 2.0).hypot(y / 2.0);
        return (x / 4.0 / h / h, -std::f64::consts::FRAC_PI_2.copysign(-y), OK);
    }
    if x == 1.0 && ay < SQRT_MIN {
        if ay == 0.0 {
            return (f64::INFINITY, y, DOM);
        }
        return (-(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(), (2f64.atan2(-ay) / 2.0).copysign(y), OK);
    }
    let re = (4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * y).atan2((1.0 - x) * (1.0 + x) - ay * ay) / 2.0;
    (re, im, OK)
}

/// f(z) = -i g(iz) for the circular functions defined through the hyperbolic ones.
fn rotated(g: fn(Z) -> R, z: Z) -> R {
    let (a, b, f) = g((-z.1, z.0));
    (b, -a, f)
}

pub fn asin(z: Z) -> R {
    rotated(asinh, z)
}
pub fn atan(z: Z) -> R {
    rotated(atanh, z)
}
pub fn sin(z: Z) -> R {
    rotated(sinh, z)
}
pub fn tan(z: Z) -> R {
    rotated(tanh, z)
}
pub fn cos(z: Z) -> R {
    cosh((-z.1, z.0))
}

pub fn rect(r: f64, phi: f64) -> R {
    if r.is_infinite() && phi.is_finite() && phi != 0.0 {
        return (r * phi.cos(), r * phi.sin(), OK);
    }
    if let Some(e) = special(&tab::RECT, (r, phi)) {
        return e;
    }
    if phi == 0.0 {
        return (r, r * phi, OK);
    }
    (r * phi.cos(), r * phi.sin(), OK)
}

/// `abs(z)` with CPython's overflow flag.
fn c_abs(z: Z) -> (f64, Flag) {
    if z.0.is_infinite() || z.1.is_infinite() {
        return (f64::INFINITY, OK);
    }
    if z.0.is_nan() || z.1.is_nan() {
        return (f64::NAN, OK);
    }
    let h = z.0.hypot(z.1);
    (h, if h.is_infinite() { RNG } else { OK })
}

/// Complex division (Smith's algorithm, as `complex.__truediv__`); a zero divisor is a
/// domain error here.
fn c_quot(a: Z, b: Z) -> R {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return (0.0, 0.0, DOM);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom, OK)
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom, OK)
    } else {
        (f64::NAN, f64::NAN, OK)
    }
}

/// The argument as a complex number (`PyArg_Parse` "D": complex, `__complex__`, then real).
fn arg(vm: &mut Vm, v: Value) -> PyResult<Z> {
    match as_num(v) {
        Some(Num::Complex(r, i)) => return Ok((r, i)),
        Some(Num::Float(f)) => return Ok((f, 0.0)),
        Some(Num::Int(i)) => return Ok((i as f64, 0.0)),
        _ => {}
    }
    if let Some(r) = vm.call_method_special(v, vm.intern("__complex__"), &[])? {
        return match as_num(r) {
            Some(Num::Complex(a, b)) => Ok((a, b)),
            _ => Err(vm.type_error(format!("__complex__ returned non-complex (type {})", r.class().error_name()))),
        };
    }
    Ok((super::array_elem::as_f64(vm, v)?, 0.0))
}

fn finish(vm: &mut Vm, r: R) -> PyResult {
    match r.2 {
        Flag::Dom => Err(vm.value_error("math domain error")),
        Flag::Rng => Err(vm.overflow_error("math range error")),
        _ => Ok(objmodel::alloc::new_complex(r.0, r.1)),
    }
}

macro_rules! unary {
    ($($fname:ident => $f:path, $pyname:literal;)*) => {$(
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            a.check(vm, concat!("cmath.", $pyname), 1, 1)?;
            let z = arg(vm, a.at(0))?;
            finish(vm, $f(z))
        }
    )*};
}

unary! {
    m_sqrt => sqrt, "sqrt";
    m_exp => exp, "exp";
    m_log10 => log10, "log10";
    m_sin => sin, "sin";
    m_cos => cos, "cos";
    m_tan => tan, "tan";
    m_asin => asin, "asin";
    m_acos => acos, "acos";
    m_atan => atan, "atan";
    m_sinh => sinh, "sinh";
    m_cosh => cosh, "cosh";
    m_tanh => tanh, "tanh";
    m_asinh => asinh, "asinh";
    m_acosh => acosh, "acosh";
    m_atanh => atanh, "atanh";
}

fn m_log(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "log", 1, 2)?;
    let z = arg(vm, a.at(0))?;
    let base = match a.get(1) {
        Some(b) => Some(arg(vm, b)?),
        None => None,
    };
    let mut r = log(z);
    if let Some(b) = base {
        let lb = log(b);
        let q = c_quot((r.0, r.1), (lb.0, lb.1));
        // As in CPython, a domain error of log(z) itself does not survive the division
        // (cmath.log(0, 2) is (-inf+nanj)); the base's and the division's do.
        let flag = [lb.2, q.2].into_iter().find(|f| *f != OK).unwrap_or(OK);
        r = (q.0, q.1, flag);
    }
    finish(vm, r)
}

fn m_phase(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "cmath.phase", 1, 1)?;
    let z = arg(vm, a.at(0))?;
    let phi = z.1.atan2(z.0);
    // CPython reports the C library's underflow flag of atan2 (a nonzero finite y so small
    // against x that the angle underflows) as a range error.
    if z.0.is_finite() && z.1.is_finite() && z.1 != 0.0 && phi == 0.0 {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(float::new(phi))
}

fn m_polar(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "cmath.polar", 1, 1)?;
    let z = arg(vm, a.at(0))?;
    let (r, f) = c_abs(z);
    if f == RNG {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(tuple::new(&[float::new(r), float::new(z.1.atan2(z.0))]))
}

fn m_rect(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "rect", 2, 2)?;
    let r = super::array_elem::as_f64(vm, a.at(0))?;
    let phi = super::array_elem::as_f64(vm, a.at(1))?;
    finish(vm, rect(r, phi))
}

macro_rules! predicate {
    ($($fname:ident => $pyname:literal, $test:expr;)*) => {$(
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            a.check(vm, concat!("cmath.", $pyname), 1, 1)?;
            let z = arg(vm, a.at(0))?;
            let t: fn(Z) -> bool = $test;
            Ok(objmodel::bool_(t(z)))
        }
    )*};
}

predicate! {
    m_isfinite => "isfinite", |z| z.0.is_finite() && z.1.is_finite();
    m_isinf => "isinf", |z| z.0.is_infinite() || z.1.is_infinite();
    m_isnan => "isnan", |z| z.0.is_nan() || z.1.is_nan();
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn m_isclose(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 2 {
        return Err(vm.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", a.len())));
    }
    let mut slots = [a.get(0), a.get(1), None, None];
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let name = crate::objects::str::as_str(*k).unwrap_or("");
        let i = match name {
            "a" => 0,
            "b" => 1,
            "rel_tol" => 2,
            "abs_tol" => 3,
            _ => return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for isclose()"))),
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!("argument for isclose() given by name ('{name}') and position ({})", i + 1)));
        }
        slots[i] = Some(*v);
    }
    for (i, n) in ["a", "b"].iter().enumerate() {
        if slots[i].is_none() {
            return Err(vm.type_error(format!("isclose() missing required argument '{n}' (pos {})", i + 1)));
        }
    }
    let x = arg(vm, slots[0].unwrap_or(Value::NULL))?;
    let y = arg(vm, slots[1].unwrap_or(Value::NULL))?;
    let rel = match slots[2] {
        Some(v) => super::array_elem::as_f64(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match slots[3] {
        Some(v) => super::array_elem::as_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(objmodel::true_());
    }
    if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
        return Ok(objmodel::false_());
    }
    let diff = c_abs((y.0 - x.0, y.1 - x.1)).0;
    let close = diff <= rel * c_abs(y).0 || diff <= rel * c_abs(x).0 || diff <= abs_tol;
    Ok(objmodel::bool_(close))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = util::new_module("cmath");
    util::funcs(
        d,
        &[
            ("sqrt", m_sqrt),
            ("exp", m_exp),
            ("log", m_log),
            ("log10", m_log10),
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
            ("phase", m_phase),
            ("polar", m_polar),
            ("rect", m_rect),
            ("isfinite", m_isfinite),
            ("isinf", m_isinf),
            ("isnan", m_isnan),
            ("isclose", m_isclose),
        ],
    );
    use std::f64::consts::{E, PI, TAU};
    for (n, v) in [("pi", PI), ("e", E), ("tau", TAU), ("inf", f64::INFINITY), ("nan", f64::NAN)] {
        util::set(d, n, float::new(v));
    }
    util::set(d, "infj", objmodel::alloc::new_complex(0.0, f64::INFINITY));
    util::set(d, "nanj", objmodel::alloc::new_complex(0.0, f64::NAN));
    Ok(m)
}

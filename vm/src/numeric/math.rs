//! The `math` module's float functions, following Modules/mathmodule.c
//! (CPython 3.11): the `math_1`/`math_2` error rules (a NaN from non-NaN
//! input is `ValueError("math domain error")`; an infinity from finite input
//! is `OverflowError("math range error")` for functions that can overflow
//! and a domain error for the others), the special-value wrappers (`m_log`,
//! `m_log2`, `m_log10`, `m_atan2`, `m_remainder`, `math_pow`, `math_ldexp`,
//! ...) and `loghelper`'s treatment of huge ints.  The elementary functions
//! themselves come from the platform libm, exactly as in CPython.
//!
//! Everything of the `math` module is reachable from here: the special
//! functions ([`super::special`]), the integer functions
//! ([`super::intmath`]) and the float→int conversions ([`super::arith`]) are
//! re-exported.

use num_bigint::BigInt;
use num_traits::Signed;

pub use super::arith::{ceil_f64 as ceil, floor_f64 as floor, trunc_f64 as trunc};
pub use super::intmath::{comb, factorial, gcd, isqrt, lcm, perm};
pub use super::special::{dist, erf, erfc, fsum, gamma, hypot, lgamma, Fsum};

use super::arith::{bigint_frexp, bigint_to_f64, float_truediv};
use super::libm;
use super::{MathError, MathResult};

pub const PI: f64 = std::f64::consts::PI;
pub const E: f64 = std::f64::consts::E;
pub const TAU: f64 = std::f64::consts::TAU;
pub const INF: f64 = f64::INFINITY;
pub const NAN: f64 = f64::NAN;

/// `math_1`: apply `f`, mapping NaN-from-non-NaN to a domain error and
/// infinity-from-finite to a range (`can_overflow`) or domain error.
fn math_1(x: f64, f: impl Fn(f64) -> f64, can_overflow: bool) -> MathResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { MathError::range() } else { MathError::domain() });
    }
    Ok(r)
}

/// `math_2`: the two-argument version (an infinity from finite inputs is
/// always a range error).
fn math_2(x: f64, y: f64, f: impl Fn(f64, f64) -> f64) -> MathResult<f64> {
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::range());
    }
    Ok(r)
}

macro_rules! math1 {
    ($($(#[$doc:meta])* $name:ident => $f:expr, $ovf:expr;)*) => {$(
        $(#[$doc])*
        pub fn $name(x: f64) -> MathResult<f64> {
            math_1(x, $f, $ovf)
        }
    )*};
}

math1! {
    /// `math.sqrt(x)`.
    sqrt => f64::sqrt, false;
    /// `math.exp(x)`.
    exp => |x| libm::exp(x), true;
    /// `math.exp2(x)`.
    exp2 => f64::exp2, true;
    /// `math.expm1(x)`.
    expm1 => f64::exp_m1, true;
    /// `math.log1p(x)`.
    log1p => |x: f64| if x == 0.0 { x } else { x.ln_1p() }, false;
    /// `math.sin(x)`.
    sin => |x| libm::sin(x), false;
    /// `math.cos(x)`.
    cos => |x| libm::cos(x), false;
    /// `math.tan(x)`.
    tan => f64::tan, false;
    /// `math.asin(x)`.
    asin => f64::asin, false;
    /// `math.acos(x)`.
    acos => f64::acos, false;
    /// `math.atan(x)`.
    atan => f64::atan, false;
    /// `math.sinh(x)`.
    sinh => f64::sinh, true;
    /// `math.cosh(x)`.
    cosh => f64::cosh, true;
    /// `math.tanh(x)`.
    tanh => f64::tanh, false;
    /// `math.asinh(x)`.
    asinh => |x| libm::asinh(x), false;
    /// `math.acosh(x)`.
    acosh => |x| libm::acosh(x), false;
    /// `math.atanh(x)`.
    atanh => |x| libm::atanh(x), false;
    /// `math.cbrt(x)`.
    cbrt => libm::cbrt, false;
}

/// `math.fabs(x)`.
pub fn fabs(x: f64) -> f64 {
    x.abs()
}

/// `math.copysign(x, y)`.
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.atan2(y, x)` with C99 special values (`m_atan2`).
pub fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() { (0.25 * PI).copysign(y) } else { (0.75 * PI).copysign(y) };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() { 0.0f64.copysign(y) } else { PI.copysign(y) };
    }
    y.atan2(x)
}

/// `math.remainder(x, y)`: IEEE 754 remainder (`m_remainder`), exact.
pub fn remainder(x: f64, y: f64) -> MathResult<f64> {
    math_2(x, y, |x, y| {
        if x.is_finite() && y.is_finite() {
            if y == 0.0 {
                return f64::NAN;
            }
            let (absx, absy) = (x.abs(), y.abs());
            let m = libm::fmod(absx, absy);
            let c = absy - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                m - 2.0 * libm::fmod(0.5 * (absx - m), absy)
            };
            return 1.0f64.copysign(x) * r;
        }
        if x.is_nan() {
            return x;
        }
        if y.is_nan() {
            return y;
        }
        if x.is_infinite() {
            return f64::NAN;
        }
        x
    })
}

/// `math.fmod(x, y)`.
pub fn fmod(x: f64, y: f64) -> MathResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::domain());
    }
    Ok(r)
}

/// `math.pow(x, y)` (not the `**` operator: see [`super::arith::float_pow`]).
pub fn pow(x: f64, y: f64) -> MathResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = libm::pow(x, y);
    if r.is_nan() {
        return Err(MathError::domain());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { MathError::domain() } else { MathError::range() });
    }
    Ok(r)
}

/// `math.ldexp(x, i)`; an int exponent beyond `i64` should be passed
/// saturated to `i64::MIN`/`i64::MAX` (CPython clamps to `LONG_MIN`/`MAX`).
pub fn ldexp(x: f64, i: i64) -> MathResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if i > i64::from(i32::MAX) {
        return Err(MathError::range());
    }
    if i < i64::from(i32::MIN) {
        return Ok(0.0f64.copysign(x));
    }
    let r = libm::ldexp(x, i as i32);
    if r.is_infinite() {
        return Err(MathError::range());
    }
    Ok(r)
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e`, `0.5 <= |m| < 1`;
/// zeros, infinities and NaNs give `(x, 0)`.
pub fn frexp(x: f64) -> (f64, i32) {
    libm::frexp(x)
}

/// `math.modf(x)`: `(fractional part, integer part)`, both with x's sign.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let ip = x.trunc();
    ((x - ip).copysign(x), ip)
}

/// An argument of the `log` family: `loghelper` treats ints specially.
#[derive(Debug, Clone, Copy)]
pub enum LogArg<'a> {
    Float(f64),
    Int(&'a BigInt),
}

fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 { libm::log(x) } else if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { x } else { f64::NAN };
    }
    if x > 0.0 { libm::log2(x) } else if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 { libm::log10(x) } else if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// `loghelper`: ints are converted to float when they fit, and otherwise
/// logged as `func(m) + func(2.0) * e` from their `frexp`; non-positive ints
/// are domain errors.
fn loghelper(x: LogArg<'_>, func: fn(f64) -> f64) -> MathResult<f64> {
    match x {
        LogArg::Int(n) => {
            if !n.is_positive() {
                return Err(MathError::domain());
            }
            match bigint_to_f64(n) {
                Ok(f) => Ok(func(f)),
                Err(_) => {
                    let (m, e) = bigint_frexp(n);
                    Ok(func(m) + func(2.0) * e as f64)
                }
            }
        }
        LogArg::Float(f) => math_1(f, func, false),
    }
}

/// `math.log(x[, base])`.
pub fn log(x: LogArg<'_>, base: Option<LogArg<'_>>) -> MathResult<f64> {
    let num = loghelper(x, m_log)?;
    match base {
        None => Ok(num),
        Some(b) => float_truediv(num, loghelper(b, m_log)?),
    }
}

/// `math.log(x)` for a float.
pub fn ln(x: f64) -> MathResult<f64> {
    loghelper(LogArg::Float(x), m_log)
}

/// `math.log2(x)`.
pub fn log2(x: LogArg<'_>) -> MathResult<f64> {
    loghelper(x, m_log2)
}

/// `math.log10(x)`.
pub fn log10(x: LogArg<'_>) -> MathResult<f64> {
    loghelper(x, m_log10)
}

/// `math.degrees(x)`.
pub fn degrees(x: f64) -> f64 {
    x * (180.0 / PI)
}

/// `math.radians(x)`.
pub fn radians(x: f64) -> f64 {
    x * (PI / 180.0)
}

/// `math.isfinite(x)`.
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

/// `math.isinf(x)`.
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

/// `math.isnan(x)`.
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// `math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0)`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> MathResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(MathError::value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// `math.nextafter(x, y)`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    libm::nextafter(x, y)
}

/// `math.ulp(x)`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return x - libm::nextafter(x, f64::NEG_INFINITY);
    }
    x2 - x
}

#[cfg(test)]
#[path = "math_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "math_binary_tests.rs"]
mod binary_tests;

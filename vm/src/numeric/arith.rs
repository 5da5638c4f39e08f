//! Int/float operator helpers with CPython 3.11 semantics.
//!
//! * int → float conversion (`PyLong_AsDouble`, `_PyLong_Frexp`) and int true
//!   division (`long_true_divide`), correctly rounded (round-half-even) for
//!   any size, from Objects/longobject.c;
//! * float `/`, `//`, `%`, `divmod` and `**` (`float_div`, `float_floor_div`,
//!   `float_rem`, `float_divmod`/`_float_div_mod`, `float_pow`) and float →
//!   int conversion (`PyLong_FromDouble`, `float.__round__`), from
//!   Objects/floatobject.c.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

use super::libm;
use super::{MathError, MathErrorKind, MathResult};

/// Correctly rounds `m * 2**e` (plus, if `sticky`, a positive amount smaller
/// than `2**e`) to a positive double, half to even, subnormals included.
/// `None` on overflow.  Callers must pass `m` with at least 55 significant
/// bits whenever `sticky` is set, so that the sticky part lies below the
/// rounding position.
fn round_to_f64(m: &BigUint, e: i64, sticky: bool) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let top = m.bits() as i64 + e; // 2**(top-1) <= value < 2**top
    if top > 1024 {
        return None;
    }
    if top < -1075 {
        return Some(0.0); // below half the smallest subnormal
    }
    let lsb = (top - 53).max(-1074);
    let shift = lsb - e;
    let q: u64 = if shift <= 0 {
        (m << (-shift) as u64).to_u64().expect("fits in 53 bits")
    } else {
        let shift = shift as u64;
        let q = (m >> shift).to_u64().expect("fits in 53 bits");
        let half_bit = m.bit(shift - 1);
        let below_half = (m.trailing_zeros().unwrap_or(0) < shift - 1) || sticky;
        let round_up = half_bit && (below_half || q & 1 == 1);
        q + u64::from(round_up)
    };
    let r = libm::ldexp(q as f64, lsb as i32);
    if r.is_infinite() { None } else { Some(r) }
}

/// `float(n)`: `PyLong_AsDouble`, correctly rounded; `OverflowError("int too
/// large to convert to float")` if the result would not be finite.
pub fn bigint_to_f64(n: &BigInt) -> MathResult<f64> {
    if let Some(small) = n.to_i64() {
        return Ok(small as f64);
    }
    match round_to_f64(n.magnitude(), 0, false) {
        Some(x) => Ok(if n.sign() == Sign::Minus { -x } else { x }),
        None => Err(MathError::overflow("int too large to convert to float")),
    }
}

/// `_PyLong_Frexp`: for `n != 0`, `(x, e)` with `0.5 <= |x| < 1` and
/// `n ~= x * 2**e`, `x` correctly rounded to 53 bits (half to even).
/// Returns `(0.0, 0)` for zero.
pub fn bigint_frexp(n: &BigInt) -> (f64, u64) {
    let m = n.magnitude();
    if m.is_zero() {
        return (0.0, 0);
    }
    let bits = m.bits();
    let q: u64 = if bits <= 53 {
        (m << (53 - bits)).to_u64().expect("53 bits")
    } else {
        let shift = bits - 53;
        let q = (m >> shift).to_u64().expect("53 bits");
        let half_bit = m.bit(shift - 1);
        let below = m.trailing_zeros().unwrap_or(0) < shift - 1;
        q + u64::from(half_bit && (below || q & 1 == 1))
    };
    let (x, e) = if q == 1 << 53 { (0.5, bits + 1) } else { (q as f64 / 9_007_199_254_740_992.0, bits) };
    (if n.sign() == Sign::Minus { -x } else { x }, e)
}

/// `a / b` on machine ints (`long_true_divide`'s fast path and beyond).
pub fn i64_truediv(a: i64, b: i64) -> MathResult<f64> {
    if b == 0 {
        return Err(MathError::zero_div("division by zero"));
    }
    const LIM: u64 = 1 << 53;
    if a.unsigned_abs() <= LIM && b.unsigned_abs() <= LIM {
        return Ok(a as f64 / b as f64);
    }
    int_truediv(&BigInt::from(a), &BigInt::from(b))
}

/// `a / b` on ints: the correctly rounded quotient (`long_true_divide`).
/// `ZeroDivisionError("division by zero")`, or `OverflowError("integer
/// division result too large for a float")`.
pub fn int_truediv(a: &BigInt, b: &BigInt) -> MathResult<f64> {
    if b.is_zero() {
        return Err(MathError::zero_div("division by zero"));
    }
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let signed = |x: f64| if negate { -x } else { x };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let (ma, mb) = (a.magnitude(), b.magnitude());
    let (na, nb) = (ma.bits() as i64, mb.bits() as i64);
    if na <= 53 && nb <= 53 {
        return Ok(signed(ma.to_u64().expect("53 bits") as f64 / mb.to_u64().expect("53 bits") as f64));
    }
    let diff = na - nb;
    if diff > 1025 {
        return Err(MathError::overflow("integer division result too large for a float"));
    }
    if diff < -1080 {
        return Ok(signed(0.0));
    }
    // Scale so that the integer quotient has at least 55 bits.
    let s = diff - 55;
    let (q, r) = if s >= 0 {
        let d = mb << s as u64;
        (ma / &d, ma % &d)
    } else {
        let n = ma << (-s) as u64;
        (&n / mb, &n % mb)
    };
    match round_to_f64(&q, s, !r.is_zero()) {
        Some(x) => Ok(signed(x)),
        None => Err(MathError::overflow("integer division result too large for a float")),
    }
}

/// `a / b` on floats: `ZeroDivisionError("float division by zero")`.
pub fn float_truediv(a: f64, b: f64) -> MathResult<f64> {
    if b == 0.0 {
        return Err(MathError::zero_div("float division by zero"));
    }
    Ok(a / b)
}

/// `_float_div_mod`: floor quotient and remainder with the divisor's sign.
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = libm::fmod(vx, wx);
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b` on floats.
pub fn float_floordiv(a: f64, b: f64) -> MathResult<f64> {
    if b == 0.0 {
        return Err(MathError::zero_div("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` on floats (`float_rem`).
pub fn float_mod(a: f64, b: f64) -> MathResult<f64> {
    if b == 0.0 {
        return Err(MathError::zero_div("float modulo"));
    }
    let mut m = libm::fmod(a, b);
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` on floats.
pub fn float_divmod(a: f64, b: f64) -> MathResult<(f64, f64)> {
    if b == 0.0 {
        return Err(MathError::zero_div("float divmod()"));
    }
    Ok(div_mod(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    libm::fmod(x.abs(), 2.0) == 1.0
}

/// `a ** b` on floats (`float_pow`, no modulus).  A negative base with a
/// non-integral exponent yields an error of kind
/// [`MathErrorKind::ComplexResult`]: the caller computes the complex power.
/// `0.0 ** negative` is `ZeroDivisionError("0.0 cannot be raised to a
/// negative power")`; overflow is `OverflowError("(34, 'Numerical result out
/// of range')")`, CPython's errno-derived message.
pub fn float_pow(iv: f64, iw: f64) -> MathResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(MathError::zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(MathError::new(MathErrorKind::ComplexResult, "complex result"));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let ix = libm::pow(base, iw);
    if ix.is_infinite() {
        return Err(MathError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -ix } else { ix })
}

/// `PyLong_FromDouble` on an integral-valued double (any fraction is
/// truncated): `OverflowError("cannot convert float infinity to integer")`,
/// `ValueError("cannot convert float NaN to integer")`.
pub fn f64_to_bigint(x: f64) -> MathResult<BigInt> {
    if x.is_infinite() {
        return Err(MathError::overflow("cannot convert float infinity to integer"));
    }
    if x.is_nan() {
        return Err(MathError::value("cannot convert float NaN to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(BigInt::from(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mag = BigInt::from(mant) << exp as usize;
    Ok(if t < 0.0 { -mag } else { mag })
}

/// `int(x)` / `math.trunc(x)` for a float.
pub fn trunc_f64(x: f64) -> MathResult<BigInt> {
    f64_to_bigint(x)
}

/// `math.floor(x)` for a float.
pub fn floor_f64(x: f64) -> MathResult<BigInt> {
    f64_to_bigint(x.floor())
}

/// `math.ceil(x)` for a float.
pub fn ceil_f64(x: f64) -> MathResult<BigInt> {
    f64_to_bigint(x.ceil())
}

/// `round(x)` (no ndigits) for a float: nearest int, halves to even.
pub fn round_f64(x: f64) -> MathResult<BigInt> {
    f64_to_bigint(x.round_ties_even())
}

#[cfg(test)]
#[path = "arith_tests.rs"]
mod tests;

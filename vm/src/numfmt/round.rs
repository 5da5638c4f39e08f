//! `round(float)` and `round(float, ndigits)`, following `float___round___impl`
//! and `double_round` in `Objects/floatobject.c`, plus `int(float)`'s
//! conversion (`PyLong_FromDouble`, `Objects/longobject.c`).
//!
//! `double_round` rounds the exact binary value to a decimal string with
//! dtoa mode 3 (half-to-even) and reads it back; [`super::dtoa::fixed`]
//! provides the same digits.

use num_bigint::BigInt;
use num_traits::Zero;

use super::FmtError;
use super::dtoa::{decompose, fixed};

/// `round(x, ndigits)` for a float. NaNs and infinities are returned
/// unchanged; `OverflowError: rounded value too large to represent` when
/// the rounded value overflows (e.g. `round(1.7976931348623157e308, -308)`).
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    if !x.is_finite() {
        return Ok(x);
    }
    // NDIGITS_MAX = (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and
    // NDIGITS_MIN = -(DBL_MAX_EXP + 1) * 0.30103, truncated.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let dec = fixed(x, ndigits);
    let text = format!(
        "{}0{}e{}",
        if x.is_sign_negative() { "-" } else { "" },
        dec.digits,
        dec.decpt - dec.digits.len() as i64
    );
    let rounded: f64 = text.parse().expect("valid float literal");
    if rounded.is_infinite() {
        return Err(FmtError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `round(x)` (no ndigits) as a float: the nearest integer, ties to even.
/// The caller converts to int with [`float_to_bigint`], which reports NaN
/// and infinities; here they are errors too, with the same messages.
pub fn round_float_to_int(x: f64) -> Result<f64, FmtError> {
    check_integral_convertible(x)?;
    let mut rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        rounded = 2.0 * (x / 2.0).round();
    }
    Ok(rounded)
}

fn check_integral_convertible(x: f64) -> Result<(), FmtError> {
    if x.is_nan() {
        return Err(FmtError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FmtError::overflow("cannot convert float infinity to integer"));
    }
    Ok(())
}

/// `int(x)` for a float: truncates towards zero (`PyLong_FromDouble`);
/// `ValueError` for NaN, `OverflowError` for infinities.
pub fn float_to_bigint(x: f64) -> Result<BigInt, FmtError> {
    check_integral_convertible(x)?;
    let t = x.trunc();
    if t == 0.0 {
        return Ok(BigInt::zero());
    }
    let (m, e) = decompose(t.abs());
    let mag = if e >= 0 { BigInt::from(m) << (e as usize) } else { BigInt::from(m >> (-e) as u32) };
    Ok(if t < 0.0 { -mag } else { mag })
}

//! `hex()`/`oct()`/`bin()` strings (`_PyLong_Format`, `Objects/longobject.c`)
//! and `float.hex()`/`float.fromhex()` (`float_hex_impl`, `float_fromhex`,
//! `Objects/floatobject.c`).

use num_bigint::BigInt;
use num_traits::Signed;

use super::FmtError;
use super::float_repr::float_repr;
use super::unicode_digits::is_ascii_space;

/// `_PyLong_Format(v, base)`: digits in `base` (2..=36, lower case) with a
/// `-` sign, and for bases 2, 8, 16 the `0b`/`0o`/`0x` prefix when `prefix`
/// is set: `int_to_str_radix(-31, 16, true) == "-0x1f"` (what `hex()`
/// returns). Base 10 ignores the int-digits limit; use
/// [`super::int_to_decimal_string`] for `str()`.
pub fn int_to_str_radix(v: &BigInt, base: u32, prefix: bool) -> String {
    assert!((2..=36).contains(&base), "int_to_str_radix: bad base {base}");
    let digits = v.magnitude().to_str_radix(base);
    let mut out = String::with_capacity(digits.len() + 3);
    if v.is_negative() {
        out.push('-');
    }
    if prefix {
        match base {
            2 => out.push_str("0b"),
            8 => out.push_str("0o"),
            16 => out.push_str("0x"),
            _ => {}
        }
    }
    out.push_str(&digits);
    out
}

/// `float.hex(x)`: `'0x1.8000000000000p+0'` for 1.5, `'-0x0.0p+0'` for -0.0,
/// `'inf'`/`'nan'` for non-finite values.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0x0.0p+0".into() } else { "0x0.0p+0".into() };
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 { (0, -1022) } else { (1, exp_bits - 1023) };
    let sign = if x < 0.0 { "-" } else { "" };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.unsigned_abs())
}

const DBL_MIN_EXP: i64 = -1021;
const DBL_MAX_EXP: i64 = 1024;
const DBL_MANT_DIG: i64 = 53;
const LONG_MAX: i64 = i64::MAX;
const LONG_MIN: i64 = i64::MIN;

/// `ldexp(x, e)` for values whose result is exactly representable (or
/// overflows).
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

/// `float.fromhex(s)`: exact, round-half-even. Errors:
/// `ValueError: invalid hexadecimal floating-point string`,
/// `OverflowError: hexadecimal value too large to represent as a float`.
pub fn float_fromhex(s: &str) -> Result<f64, FmtError> {
    let parse_error = || FmtError::value("invalid hexadecimal floating-point string");
    let overflow_error =
        || FmtError::overflow("hexadecimal value too large to represent as a float");
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as i64);
    let mut i = 0;
    while is_ascii_space(at(i)) {
        i += 1;
    }

    let finish = |mut i: usize, x: f64| -> Result<f64, FmtError> {
        while is_ascii_space(at(i)) {
            i += 1;
        }
        if i != b.len() { Err(parse_error()) } else { Ok(x) }
    };

    // Infinities and NaNs (`_Py_parse_inf_or_nan`: a prefix match).
    {
        let mut j = i;
        let negative = at(j) == b'-';
        if matches!(at(j), b'-' | b'+') {
            j += 1;
        }
        let rest = &b[j.min(b.len())..];
        let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        if starts(b"inf") {
            j += if starts(b"infinity") { 8 } else { 3 };
            return finish(j, if negative { f64::NEG_INFINITY } else { f64::INFINITY });
        }
        if starts(b"nan") {
            return finish(j + 3, if negative { -f64::NAN } else { f64::NAN });
        }
    }

    let mut negate = false;
    if at(i) == b'-' {
        negate = true;
        i += 1;
    } else if at(i) == b'+' {
        i += 1;
    }
    if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X') {
        i += 2;
    }
    // Coefficient: <integer> [. <fraction>]; all hex digit values, most
    // significant first.
    let mut coeff: Vec<i64> = Vec::new();
    while let Some(d) = hex(at(i)) {
        coeff.push(d);
        i += 1;
    }
    let mut fdigits: i64 = 0;
    if at(i) == b'.' {
        i += 1;
        while let Some(d) = hex(at(i)) {
            coeff.push(d);
            fdigits += 1;
            i += 1;
        }
    }
    let mut ndigits = coeff.len() as i64;
    if ndigits == 0 {
        return Err(parse_error());
    }
    if ndigits > (DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2).min(LONG_MAX / 2 + 1 - DBL_MAX_EXP) / 4 {
        return Err(FmtError::value("hexadecimal string too long to convert"));
    }
    let mut exp: i64 = 0;
    if matches!(at(i), b'p' | b'P') {
        i += 1;
        let exp_start = i;
        if matches!(at(i), b'-' | b'+') {
            i += 1;
        }
        if !at(i).is_ascii_digit() {
            return Err(parse_error());
        }
        while at(i).is_ascii_digit() {
            i += 1;
        }
        // strtol saturates.
        let text = std::str::from_utf8(&b[exp_start..i]).expect("ASCII");
        exp = text.parse::<i64>().unwrap_or(if text.starts_with('-') { LONG_MIN } else { LONG_MAX });
    }

    // HEX_DIGIT(j): the j-th least significant digit.
    let digit = |j: i64| coeff[(coeff.len() as i64 - 1 - j) as usize];

    let sign = |x: f64| if negate { -x } else { x };
    while ndigits > 0 && digit(ndigits - 1) == 0 {
        ndigits -= 1;
    }
    if ndigits == 0 || exp < LONG_MIN / 2 {
        return finish(i, sign(0.0));
    }
    if exp > LONG_MAX / 2 {
        return Err(overflow_error());
    }
    exp -= 4 * fdigits;
    let mut top_exp = exp + 4 * (ndigits - 1);
    let mut d = digit(ndigits - 1);
    while d != 0 {
        top_exp += 1;
        d /= 2;
    }
    if top_exp < DBL_MIN_EXP - DBL_MANT_DIG {
        return finish(i, sign(0.0));
    }
    if top_exp > DBL_MAX_EXP {
        return Err(overflow_error());
    }
    let lsb = top_exp.max(DBL_MIN_EXP) - DBL_MANT_DIG;
    let mut x = 0.0f64;
    if exp >= lsb {
        for j in (0..ndigits).rev() {
            x = 16.0 * x + digit(j) as f64;
        }
        return finish(i, sign(ldexp(x, exp)));
    }
    let half_eps: i64 = 1 << ((lsb - exp - 1) % 4);
    let key_digit = (lsb - exp - 1) / 4;
    for j in (key_digit + 1..ndigits).rev() {
        x = 16.0 * x + digit(j) as f64;
    }
    let kd = digit(key_digit);
    x = 16.0 * x + (kd & (16 - 2 * half_eps)) as f64;
    if kd & half_eps != 0 {
        let mut round_up = (kd & (3 * half_eps - 1)) != 0
            || (half_eps == 8 && key_digit + 1 < ndigits && (digit(key_digit + 1) & 1) != 0);
        if !round_up {
            round_up = (0..key_digit).any(|j| digit(j) != 0);
        }
        if round_up {
            x += (2 * half_eps) as f64;
            if top_exp == DBL_MAX_EXP && x == ldexp((2 * half_eps) as f64, DBL_MANT_DIG) {
                return Err(overflow_error());
            }
        }
    }
    finish(i, sign(ldexp(x, exp + 4 * key_digit)))
}

//! Parsing numbers from strings like `float(str)` and `int(str, base)`.
//!
//! Follows `PyFloat_FromString`/`float_from_string_inner`
//! (`Objects/floatobject.c`), `_Py_string_to_number_with_underscores` and
//! `_Py_parse_inf_or_nan` (`Python/pystrtod.c`), and
//! `PyLong_FromUnicodeObject`/`PyLong_FromString` (`Objects/longobject.c`),
//! including `_PyUnicode_TransformDecimalAndSpaceToASCII`, so non-ASCII
//! decimal digits and whitespace are accepted as CPython accepts them.

use num_bigint::BigInt;
use num_traits::Zero;

use super::FmtError;
use super::unicode_digits::{is_ascii_space, transform_decimal_and_space_to_ascii};

/// `float(s)` for a str: `None` where CPython raises
/// `ValueError: could not convert string to float: ...` (see
/// [`FmtError::float_parse`]). Overflow gives infinities, underflow zeros.
pub fn parse_float(s: &str) -> Option<f64> {
    let bytes = transform_decimal_and_space_to_ascii(s);
    parse_float_ascii(&bytes)
}

/// `float(b)` for bytes-like objects: like [`parse_float`] but without
/// the Unicode digit/space transformation.
pub fn parse_float_bytes(bytes: &[u8]) -> Option<f64> {
    parse_float_ascii(bytes)
}

/// The ASCII part of [`parse_float`].
fn parse_float_ascii(bytes: &[u8]) -> Option<f64> {
    if bytes.contains(&0) {
        return None;
    }
    let cleaned;
    let bytes = if bytes.contains(&b'_') {
        cleaned = remove_underscores(bytes)?;
        &cleaned[..]
    } else {
        bytes
    };
    let start = bytes.iter().position(|&b| !is_ascii_space(b))?;
    let end = bytes.iter().rposition(|&b| !is_ascii_space(b)).expect("non-space exists") + 1;
    let body = &bytes[start..end];

    let (negative, unsigned) = match body.first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    if let Some(special) = parse_inf_or_nan(unsigned) {
        return Some(if negative { -special } else { special });
    }
    if !is_decimal_literal(unsigned) {
        return None;
    }
    let text = std::str::from_utf8(body).ok()?;
    text.parse::<f64>().ok()
}

/// `_Py_string_to_number_with_underscores`: underscores only between digits.
fn remove_underscores(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut prev = 0u8;
    for &b in bytes {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            out.push(b);
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
        }
        prev = b;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// `inf`, `infinity`, `nan` in any case (after the sign), the whole string.
fn parse_inf_or_nan(s: &[u8]) -> Option<f64> {
    if s.eq_ignore_ascii_case(b"inf") || s.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if s.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    }
}

/// `digits [. digits] [(e|E) [sign] digits]` with at least one mantissa
/// digit: exactly what `_Py_dg_strtod` consumes.
fn is_decimal_literal(s: &[u8]) -> bool {
    let mut i = 0;
    let int_digits = s.iter().take_while(|b| b.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if s.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = s[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = s[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == s.len()
}

/// Why `int(str, base)` failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// Base not 0 or 2..=36 (`int() base must be >= 2 and <= 36, or 0`).
    BadBase,
    /// Not a valid literal: raise [`FmtError::int_parse`]`(base, repr(s))`.
    Invalid,
    /// More decimal digits than `sys.get_int_max_str_digits()`.
    TooManyDigits { limit: usize, digits: usize },
}

impl ParseIntError {
    /// The ValueError CPython raises; `repr` is `repr(s)`.
    pub fn to_fmt_error(&self, base: u32, repr: &str) -> FmtError {
        match self {
            ParseIntError::BadBase => FmtError::value("int() base must be >= 2 and <= 36, or 0"),
            ParseIntError::Invalid => FmtError::int_parse(base, repr),
            ParseIntError::TooManyDigits { limit, digits } => {
                FmtError::int_too_long_from_str(*limit, *digits)
            }
        }
    }
}

/// `int(s, base)` for a str, without the digit-count limit; `None` for an
/// invalid literal or base. Base 0 infers `0x`/`0o`/`0b` and rejects
/// non-zero numbers with leading zeros (`'010'`).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_with_limit(s, base, 0).ok()
}

/// `int(s, base)` with `sys.set_int_max_str_digits`-style `limit` (0 = no
/// limit; power-of-two bases are never limited).
pub fn parse_int_with_limit(s: &str, base: u32, limit: usize) -> Result<BigInt, ParseIntError> {
    let bytes = transform_decimal_and_space_to_ascii(s);
    parse_int_ascii(&bytes, base, limit)
}

/// `int(b, base)` for bytes-like objects (`_PyLong_FromBytes`): like
/// [`parse_int_with_limit`] without the Unicode transformation. The
/// ValueError shows `repr(b)`.
pub fn parse_int_bytes(bytes: &[u8], base: u32, limit: usize) -> Result<BigInt, ParseIntError> {
    parse_int_ascii(bytes, base, limit)
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// `PyLong_FromString` on the transformed bytes, plus the "whole string
/// consumed" check of `PyLong_FromUnicodeObject`.
fn parse_int_ascii(bytes: &[u8], base: u32, limit: usize) -> Result<BigInt, ParseIntError> {
    if (base != 0 && base < 2) || base > 36 {
        return Err(ParseIntError::BadBase);
    }
    // C string semantics: everything stops at a NUL.
    let n = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    let b = &bytes[..n];
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_ascii_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(ParseIntError::Invalid);
    }
    let start = i;
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while digit_value(at(i)) < base || at(i) == b'_' {
        let c = at(i);
        if c == b'_' {
            if prev == b'_' {
                return Err(ParseIntError::Invalid);
            }
        } else {
            digits.push(c);
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() && limit > 0 && digits.len() > limit {
        return Err(ParseIntError::TooManyDigits { limit, digits: digits.len() });
    }
    if i == start {
        return Err(ParseIntError::Invalid);
    }
    let mut z = BigInt::parse_bytes(&digits, base).ok_or(ParseIntError::Invalid)?;
    if error_if_nonzero && !z.is_zero() {
        return Err(ParseIntError::Invalid);
    }
    while is_ascii_space(at(i)) {
        i += 1;
    }
    if i != bytes.len() {
        return Err(ParseIntError::Invalid);
    }
    if negative {
        z = -z;
    }
    Ok(z)
}

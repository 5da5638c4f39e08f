//! `repr(float)` and the general double-to-string conversion, following
//! `PyOS_double_to_string` and `format_float_short` in `Python/pystrtod.c`.
//!
//! Digits come from [`super::dtoa`] in the same modes CPython asks
//! `_Py_dg_dtoa` for; the layout code (where the point goes, zero padding,
//! exponent, `#`, "add .0 if integer") is a line-by-line port.

use super::dtoa::{self, Decimal};

/// Flags of `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// `Py_DTSF_SIGN`: always emit a sign (`+` for non-negative values).
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral values in fixed notation get `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (`#`): keep the point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: a result that rounds to zero loses its `-` (`z`).
    pub no_neg_0: bool,
}

/// What kind of value was formatted (`Py_DTST_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatKind {
    Finite,
    Infinite,
    Nan,
}

/// `repr(x)` (which is also `str(x)`) for a Python float.
pub fn float_repr(x: f64) -> String {
    let flags = DtsFlags { add_dot_0: true, ..DtsFlags::default() };
    double_to_string(x, 'r', 0, flags).0
}

/// `str(x)`; identical to [`float_repr`] since Python 3.2.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// `PyOS_double_to_string(val, format_code, precision, flags, &type)`.
///
/// `format_code` is one of `e E f F g G r` (`r` = repr: shortest digits,
/// `precision` ignored). Upper-case codes produce `E`, `INF`, `NAN`.
/// Panics on any other code (an internal error in CPython too).
pub fn double_to_string(
    val: f64,
    format_code: char,
    precision: usize,
    flags: DtsFlags,
) -> (String, FloatKind) {
    let upper = format_code.is_ascii_uppercase();
    let code = format_code.to_ascii_lowercase();
    let mut precision = precision;
    match code {
        'e' => precision += 1,
        'f' => {}
        'g' => {
            if precision == 0 {
                precision = 1;
            }
        }
        'r' => precision = 0,
        _ => panic!("double_to_string: bad format code {format_code:?}"),
    }
    format_float_short(val, code, precision, flags, upper)
}

/// Port of `format_float_short`; `code` is lower-case.
fn format_float_short(
    d: f64,
    code: char,
    precision: usize,
    flags: DtsFlags,
    upper: bool,
) -> (String, FloatKind) {
    let negative = d.is_sign_negative();
    let mut out = String::new();

    if !d.is_finite() {
        // dtoa reports the sign of an infinity but the sign of a NaN is ignored.
        let kind = if d.is_nan() { FloatKind::Nan } else { FloatKind::Infinite };
        if negative && kind == FloatKind::Infinite {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (kind, upper) {
            (FloatKind::Nan, false) => "nan",
            (FloatKind::Nan, true) => "NAN",
            (_, false) => "inf",
            (_, true) => "INF",
        });
        return (out, kind);
    }

    let Decimal { digits, decpt } = match code {
        'r' => dtoa::shortest(d),
        'f' => dtoa::fixed(d, precision.min(i64::MAX as usize) as i64),
        _ => dtoa::significant(d, precision),
    };
    let mut sign = negative;
    if flags.no_neg_0 && sign && digits == "0" {
        sign = false;
    }
    let digits = digits.as_bytes();
    let digits_len = digits.len() as i64;
    let precision = precision.min(i64::MAX as usize / 2) as i64;
    let mut decpt = decpt;

    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r': exponent notation from 1e16 on, and below 1e-4.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    // Ensure vdigits_start < decpt <= vdigits_end, or vdigits_start <
    // decpt < vdigits_end if add_dot_0_if_integer and no exponent.
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    debug_assert!(vdigits_start <= 0 && digits_len <= vdigits_end);
    debug_assert!(vdigits_start < decpt && decpt <= vdigits_end);

    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, ds: &[u8]| {
        out.push_str(std::str::from_utf8(ds).expect("ASCII digits"));
    };

    let cap = (vdigits_end - vdigits_start) as usize + 8;
    out.reserve(cap);
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }

    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }

    // The digits, with the decimal point if it falls inside them.
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(&mut out, &digits[decpt as usize..]);
    } else {
        push_digits(&mut out, digits);
    }

    // Zeros on the right.
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }

    // Delete a trailing decimal point unless using alternative formatting.
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }

    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        // sprintf("%+.02d", exp)
        out.push(if exp < 0 { '-' } else { '+' });
        let mag = exp.unsigned_abs();
        if mag < 10 {
            out.push('0');
        }
        out.push_str(&mag.to_string());
    }
    (out, FloatKind::Finite)
}

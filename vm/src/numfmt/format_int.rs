//! `int.__format__`, following `format_long_internal` and
//! `_PyLong_FormatAdvancedWriter` in `Python/formatter_unicode.c`; float
//! presentation types convert the int like `float(int)` (`PyLong_AsDouble`,
//! `Objects/longobject.c`) and go through [`super::format_float()`].

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive, Zero};

use super::format_float::format_float;
use super::number::{Locale, NumberParts, render_number};
use super::spec::{FormatSpec, parse_int_spec, unknown_presentation_type};
use super::{FmtError, int_max_str_digits};

/// `format(value, spec)` for an int with an already parsed spec (types
/// `b c d o x X n e E f F g G %`).
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> Result<String, FmtError> {
    match spec.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_long_internal(value, spec),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => format_float(bigint_to_f64(value)?, spec),
        t => Err(unknown_presentation_type(t.unwrap_or('\0'), "int")),
    }
}

/// `int.__format__(value, spec)`: parses `spec` (errors name `type_name`)
/// and formats. An empty spec gives `str(value)`; for int subclasses
/// (`bool`, ...) the caller must instead call `str(obj)` itself.
pub fn format_int_with_spec(value: &BigInt, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return int_to_decimal_string(value);
    }
    format_int(value, &parse_int_spec(spec, type_name)?)
}

/// `str(int)`, honouring `sys.set_int_max_str_digits` (ValueError beyond it).
pub fn int_to_decimal_string(value: &BigInt) -> Result<String, FmtError> {
    if let Some(i) = value.to_i64() {
        // At most 19 digits: below every allowed limit (640 at least).
        return Ok(i.to_string());
    }
    let limit = int_max_str_digits();
    if limit > 0 {
        // A lower bound on the digit count avoids converting huge values.
        let bits = value.magnitude().bits();
        if bits > 1 && ((bits - 1) as f64 * 0.301_029_995_663_981_1 - 1e-6) as u64 + 1 > limit as u64 {
            return Err(FmtError::int_too_long_to_str(limit));
        }
    }
    let s = value.to_str_radix(10);
    let n_digits = s.len() - usize::from(value.is_negative());
    if limit > 0 && n_digits > limit {
        return Err(FmtError::int_too_long_to_str(limit));
    }
    Ok(s)
}

/// `PyLong_AsDouble` (what `float(int)` does): correctly rounded,
/// `OverflowError: int too large to convert to float` when out of range.
pub fn bigint_to_f64(value: &BigInt) -> Result<f64, FmtError> {
    let mag = value.magnitude();
    let bits = mag.bits();
    let f = if bits <= 64 {
        mag.to_u64().expect("fits") as f64
    } else {
        // Keep the top 64 bits plus a sticky bit for everything below, so
        // the u64 -> f64 conversion rounds exactly like the full value.
        let shift = bits - 64;
        let top = (mag >> shift).to_u64().expect("64 bits");
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
        let top = top | u64::from(sticky);
        if shift > 2000 { f64::INFINITY } else { top as f64 * 2f64.powi(shift as i32) }
    };
    if f.is_infinite() {
        return Err(FmtError::overflow("int too large to convert to float"));
    }
    Ok(if value.sign() == BigSign::Minus { -f } else { f })
}

fn format_long_internal(value: &BigInt, spec: &FormatSpec) -> Result<String, FmtError> {
    if spec.precision.is_some() {
        return Err(FmtError::value("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_0 {
        return Err(FmtError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let locale = Locale::for_spec(spec);
    if spec.ty == Some('c') {
        if spec.sign.is_some() {
            return Err(FmtError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(FmtError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = value
            .to_i64()
            .ok_or_else(|| FmtError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(FmtError::overflow("%c arg not in range(0x110000)"));
        }
        // Lone surrogates cannot live in a Rust string.
        let ch = char::from_u32(x as u32).unwrap_or('\u{fffd}');
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: ch.encode_utf8(&mut buf),
            upper: false,
        };
        return render_number(spec, &locale, &parts);
    }

    let (base, prefix) = match spec.ty {
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x' | 'X') => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if base == 10 {
        let s = int_to_decimal_string(value)?;
        s.trim_start_matches('-').to_string()
    } else {
        value.magnitude().to_str_radix(base)
    };
    let parts = NumberParts {
        negative: value.is_negative() && !value.is_zero(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
        upper: spec.ty == Some('X'),
    };
    render_number(spec, &locale, &parts)
}

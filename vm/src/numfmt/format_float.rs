//! `float.__format__`, following `format_float_internal` and
//! `_PyFloat_FormatAdvancedWriter` in `Python/formatter_unicode.c`; the
//! digits come from [`super::float_repr::double_to_string`]
//! (`PyOS_double_to_string`, `Python/pystrtod.c`).

use super::FmtError;
use super::float_repr::{DtsFlags, double_to_string, float_repr};
use super::number::{Locale, NumberParts, render_number};
use super::spec::{FormatSpec, Sign, parse_float_spec, unknown_presentation_type};

/// `format(value, spec)` for a float with an already parsed spec (types
/// `'' e E f F g G n %`). Also used by int's float presentation types.
pub fn format_float(value: f64, spec: &FormatSpec) -> Result<String, FmtError> {
    let mut ty = match spec.ty {
        None => 'r',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => t,
        Some(t) => return Err(unknown_presentation_type(t, "float")),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FmtError::value("precision too big"));
    }
    let mut flags = DtsFlags { alt: spec.alternate, no_neg_0: spec.no_neg_0, ..DtsFlags::default() };
    let mut default_precision = 6;
    if ty == 'r' {
        // Omitted type: like repr() without precision, else like 'g' with
        // at least one digit after the point.
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = value;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let (mut buf, _) = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }

    if !matches!(spec.sign, Some(Sign::Plus | Sign::Space))
        && spec.width.is_none()
        && spec.ty != Some('n')
        && spec.grouping == super::spec::Grouping::None
    {
        return Ok(buf);
    }

    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    // parse_number: leading digits, optional '.', then the remainder.
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let locale = Locale::for_spec(spec);
    let parts = NumberParts { negative, prefix: "", digits, has_decimal, remainder, upper: false };
    render_number(spec, &locale, &parts)
}

/// `float.__format__(value, spec)`: parses `spec` (errors name
/// `type_name`) and formats; an empty spec gives `str(value)`.
pub fn format_float_with_spec(value: f64, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(float_repr(value));
    }
    format_float(value, &parse_float_spec(spec, type_name)?)
}

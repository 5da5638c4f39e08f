//! `str.__format__`, following `format_string_internal`, `calc_padding` and
//! `_PyUnicode_FormatAdvancedWriter` in `Python/formatter_unicode.c`.
//! Widths and precision count characters (code points), not bytes.

use super::FmtError;
use super::number::push_fill;
use super::spec::{Align, FormatSpec, Sign, parse_str_spec, unknown_presentation_type};

/// `format(s, spec)` for a str with an already parsed spec (type `s`).
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FmtError> {
    if spec.ty != Some('s') {
        return Err(unknown_presentation_type(spec.ty.unwrap_or('\0'), "str"));
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FmtError::value("Space not allowed in string format specifier"));
        }
        Some(_) => return Err(FmtError::value("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_0 {
        return Err(FmtError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FmtError::value("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Align::AfterSign {
        return Err(FmtError::value("'=' alignment not allowed in string format specifier"));
    }

    let len = s.chars().count();
    let (text, len) = match spec.precision {
        Some(p) if p < len => {
            let end = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            (&s[..end], p)
        }
        _ => (s, len),
    };
    let (lpad, rpad) = calc_padding(len, spec.width, spec.align);
    let mut out = String::new();
    out.try_reserve(text.len() + (lpad + rpad) * spec.fill.len_utf8())
        .map_err(|_| FmtError::memory())?;
    push_fill(&mut out, spec.fill, lpad as i64);
    out.push_str(text);
    push_fill(&mut out, spec.fill, rpad as i64);
    Ok(out)
}

/// `str.__format__(s, spec)`: parses `spec` (errors name `type_name`) and
/// formats; an empty spec gives `s` itself.
pub fn format_str_with_spec(s: &str, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    format_str(s, &parse_str_spec(spec, type_name)?)
}

/// `calc_padding`: (left, right) padding for `nchars` characters.
pub(crate) fn calc_padding(nchars: usize, width: Option<usize>, align: Align) -> (usize, usize) {
    let total = width.map_or(nchars, |w| w.max(nchars));
    let lpad = match align {
        Align::Right => total - nchars,
        Align::Center => (total - nchars) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    (lpad, total - nchars - lpad)
}

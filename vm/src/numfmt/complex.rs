//! `repr(complex)` and `complex.__format__`, following `complex_repr`
//! (`Objects/complexobject.c`) and `format_complex_internal` /
//! `_PyComplex_FormatAdvancedWriter` (`Python/formatter_unicode.c`).

use super::FmtError;
use super::float_repr::{DtsFlags, double_to_string};
use super::format_str::calc_padding;
use super::number::{Locale, NumberParts, push_fill, render_number};
use super::spec::{Align, FormatSpec, Sign, unknown_presentation_type};

/// `repr(complex(re, im))` (also `str()`): `1j`, `(1+2j)`, `(-0-0j)`,
/// `(nan+infj)`. Components use repr digits without a forced `.0`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = DtsFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        let (im_s, _) = double_to_string(im, 'r', 0, plain);
        return format!("{im_s}j");
    }
    let (re_s, _) = double_to_string(re, 'r', 0, plain);
    let (im_s, _) = double_to_string(im, 'r', 0, DtsFlags { sign: true, ..plain });
    format!("({re_s}{im_s}j)")
}

/// Parses a spec for `complex.__format__` (no default type, `>`) and checks
/// the presentation type (`'' e E f F g G n`).
pub fn parse_complex_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
    let f = FormatSpec::parse(spec, None, Align::Right, type_name)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => Ok(f),
        Some(t) => Err(unknown_presentation_type(t, type_name)),
    }
}

/// `complex.__format__(spec)`: parses `spec` (errors name `type_name`) and
/// formats; an empty spec gives `str(value)`.
pub fn format_complex_with_spec(
    re: f64,
    im: f64,
    spec: &str,
    type_name: &str,
) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    format_complex(re, im, &parse_complex_spec(spec, type_name)?)
}

/// `format(complex(re, im), spec)` with an already parsed spec.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FmtError> {
    let mut ty = match spec.ty {
        None => 'r',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => t,
        Some(t) => return Err(unknown_presentation_type(t, "complex")),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FmtError::value("precision too big"));
    }
    if spec.fill == '0' {
        return Err(FmtError::value("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Align::AfterSign {
        return Err(FmtError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let flags = DtsFlags { alt: spec.alternate, no_neg_0: spec.no_neg_0, ..DtsFlags::default() };
    let mut default_precision = 6;
    let mut skip_re = false;
    let mut add_parens = false;
    if ty == 'r' {
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
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
    let (re_buf, _) = double_to_string(re, ty, precision, flags);
    let (im_buf, _) = double_to_string(im, ty, precision, flags);
    let locale = Locale::for_spec(spec);

    // The parts are laid out without padding; padding comes last.
    let mut tmp = spec.clone();
    tmp.fill = ' ';
    tmp.align = Align::Left;
    tmp.width = None;
    let re_str = if skip_re { String::new() } else { render_part(&re_buf, &tmp, &locale)? };
    if !skip_re {
        tmp.sign = Some(Sign::Plus);
    }
    let im_str = render_part(&im_buf, &tmp, &locale)?;

    let body_len = re_str.chars().count() + im_str.chars().count() + 1 + 2 * usize::from(add_parens);
    let (lpad, rpad) = calc_padding(body_len, spec.width, spec.align);
    let mut out = String::new();
    out.try_reserve(body_len + (lpad + rpad) * spec.fill.len_utf8())
        .map_err(|_| FmtError::memory())?;
    push_fill(&mut out, spec.fill, lpad as i64);
    if add_parens {
        out.push('(');
    }
    out.push_str(&re_str);
    out.push_str(&im_str);
    out.push('j');
    if add_parens {
        out.push(')');
    }
    push_fill(&mut out, spec.fill, rpad as i64);
    Ok(out)
}

/// `parse_number` + `calc_number_widths` + `fill_number` for one component.
fn render_part(buf: &str, spec: &FormatSpec, locale: &Locale) -> Result<String, FmtError> {
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts { negative, prefix: "", digits, has_decimal, remainder, upper: false };
    render_number(spec, locale, &parts)
}

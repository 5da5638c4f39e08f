//! Layout of a formatted number: sign, prefix, padding, thousands grouping,
//! decimal point and remainder. Ports `calc_number_widths` and `fill_number`
//! from `Python/formatter_unicode.c` and `_PyUnicode_InsertThousandsGrouping`
//! from `Objects/unicodeobject.c`.
//!
//! The output looks like
//! `<lpadding><sign><prefix><spadding><grouped_digits><decimal><remainder><rpadding>`
//! where at most one of the paddings is non-empty.

use super::FmtError;
use super::spec::{Align, FormatSpec, Grouping, Sign};

/// `CHAR_MAX` in a C grouping string: stop grouping.
const CHAR_MAX: u8 = 127;

/// The separator/decimal-point conventions (CPython's `LocaleInfo`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Locale {
    pub decimal_point: char,
    pub thousands_sep: Option<char>,
    /// A C `localeconv()` grouping string: group sizes from the right, a
    /// trailing 0 (end of slice) repeats the last, `CHAR_MAX` stops.
    pub grouping: &'static [u8],
}

impl Locale {
    /// `get_locale_info(type == 'n' ? LT_CURRENT_LOCALE : thousands_separators)`.
    /// The current locale is always the C locale here: `.` and no grouping.
    pub fn for_spec(spec: &FormatSpec) -> Locale {
        if spec.ty == Some('n') {
            return Locale { decimal_point: '.', thousands_sep: None, grouping: &[] };
        }
        match spec.grouping {
            Grouping::None => {
                Locale { decimal_point: '.', thousands_sep: None, grouping: &[CHAR_MAX] }
            }
            Grouping::Comma => Locale { decimal_point: '.', thousands_sep: Some(','), grouping: &[3] },
            Grouping::Underscore => {
                Locale { decimal_point: '.', thousands_sep: Some('_'), grouping: &[3] }
            }
            Grouping::UnderscoreFour => {
                Locale { decimal_point: '.', thousands_sep: Some('_'), grouping: &[4] }
            }
        }
    }
}

/// CPython's `GroupGenerator`.
struct GroupGenerator {
    grouping: &'static [u8],
    pos: usize,
    previous: i64,
}

impl GroupGenerator {
    fn next(&mut self) -> i64 {
        match self.grouping.get(self.pos).copied().unwrap_or(0) {
            0 => self.previous,
            CHAR_MAX => 0,
            ch => {
                self.previous = i64::from(ch);
                self.pos += 1;
                i64::from(ch)
            }
        }
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits`, left-padding with
/// zeros (and separators between them) up to `min_width` characters.
pub(crate) fn insert_thousands_grouping(digits: &str, min_width: i64, locale: &Locale) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let sep_len: i64 = if locale.thousands_sep.is_some() { 1 } else { 0 };
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut digits_pos = digits.len();
    // Built right to left, reversed at the end.
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + digits.len() / 3 + 1);
    let mut use_separator = false;
    let mut groups = GroupGenerator { grouping: locale.grouping, pos: 0, previous: 0 };

    let mut fill = |rev: &mut Vec<char>, n_chars: i64, n_zeros: i64, use_sep: bool| {
        if let Some(sep) = locale.thousands_sep.filter(|_| use_sep) {
            rev.push(sep);
        }
        for _ in 0..n_chars {
            digits_pos -= 1;
            rev.push(digits[digits_pos]);
        }
        for _ in 0..n_zeros {
            rev.push('0');
        }
    };

    let mut loop_broken = false;
    loop {
        let mut len = groups.next();
        if len <= 0 {
            break;
        }
        len = len.min(remaining.max(min_width).max(1));
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        fill(&mut rev, n_chars, n_zeros, use_separator);
        use_separator = true;
        remaining -= n_chars;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            loop_broken = true;
            break;
        }
        min_width -= sep_len;
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        fill(&mut rev, n_chars, n_zeros, use_separator);
    }
    rev.iter().rev().collect()
}

/// The pieces of a number to lay out.
pub(crate) struct NumberParts<'a> {
    /// Whether the value is negative (a `-` was produced).
    pub negative: bool,
    /// `0x`-style prefix (empty if none).
    pub prefix: &'a str,
    /// The integer digits, grouped and zero-padded.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the point (fraction, exponent, `%`), or the
    /// character for `c` formatting.
    pub remainder: &'a str,
    /// Upper-case the prefix and digits (`X`).
    pub upper: bool,
}

/// `calc_number_widths` + `fill_number`.
pub(crate) fn render_number(
    spec: &FormatSpec,
    locale: &Locale,
    parts: &NumberParts<'_>,
) -> Result<String, FmtError> {
    let sign = match spec.sign {
        Some(Sign::Plus) => Some(if parts.negative { '-' } else { '+' }),
        Some(Sign::Space) => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let n_sign = i64::from(sign.is_some());
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_decimal = i64::from(parts.has_decimal);
    let n_remainder = parts.remainder.chars().count() as i64;
    let width = spec.width.map_or(-1, |w| w.min(i64::MAX as usize) as i64);

    let n_non_digit_non_padding = n_sign + n_prefix + n_decimal + n_remainder;
    let n_min_width = if spec.fill == '0' && spec.align == Align::AfterSign {
        width - n_non_digit_non_padding
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_thousands_grouping(parts.digits, n_min_width, locale)
    };
    let n_grouped = grouped.chars().count() as i64;

    let n_padding = width - (n_non_digit_non_padding + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match spec.align {
            Align::Left => rpad = n_padding,
            Align::Center => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            Align::AfterSign => spad = n_padding,
            Align::Right => lpad = n_padding,
        }
    }

    let total = (lpad + spad + rpad) as usize + n_non_digit_non_padding as usize + grouped.len();
    let mut out = String::new();
    out.try_reserve(total).map_err(|_| FmtError::memory())?;
    push_fill(&mut out, spec.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if parts.upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    push_fill(&mut out, spec.fill, spad);
    if parts.upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if parts.has_decimal {
        out.push(locale.decimal_point);
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, rpad);
    Ok(out)
}

pub(crate) fn push_fill(out: &mut String, fill: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(fill);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comma() -> Locale {
        Locale { decimal_point: '.', thousands_sep: Some(','), grouping: &[3] }
    }

    #[test]
    fn grouping() {
        let l = comma();
        assert_eq!(insert_thousands_grouping("1234567", 0, &l), "1,234,567");
        assert_eq!(insert_thousands_grouping("123", 0, &l), "123");
        assert_eq!(insert_thousands_grouping("1234", 10, &l), "00,001,234");
        assert_eq!(insert_thousands_grouping("1234", 9, &l), "0,001,234");
        assert_eq!(insert_thousands_grouping("1234", 8, &l), "0,001,234");
        assert_eq!(insert_thousands_grouping("1234", 7, &l), "001,234");
        let none = Locale { decimal_point: '.', thousands_sep: None, grouping: &[CHAR_MAX] };
        assert_eq!(insert_thousands_grouping("1234", 7, &none), "0001234");
        let c = Locale { decimal_point: '.', thousands_sep: None, grouping: &[] };
        assert_eq!(insert_thousands_grouping("1234", 2, &c), "1234");
        let four = Locale { decimal_point: '.', thousands_sep: Some('_'), grouping: &[4] };
        assert_eq!(insert_thousands_grouping("11111111", 0, &four), "1111_1111");
        assert_eq!(insert_thousands_grouping("1", 7, &four), "00_0001");
    }
}

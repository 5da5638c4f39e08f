//! The format-spec mini-language
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! following `parse_internal_render_format_spec` in
//! `Python/formatter_unicode.c` (CPython 3.11), with its exact error messages.

use super::FmtError;
use super::unicode_digits::to_decimal;

/// Alignment (`<`, `>`, `^`, `=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// An explicitly given sign option (`-`, `+`, space).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    Minus,
    Plus,
    Space,
}

/// Thousands grouping (CPython's `LocaleType` for the spec).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits.
    Underscore,
    /// `_` every four digits (`b`, `o`, `x`, `X`).
    UnderscoreFour,
}

/// A parsed format spec (CPython's `InternalFormatSpec`), with the
/// per-type defaults already applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Align,
    /// `None` when no sign option was given.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero (floats only).
    pub no_neg_0: bool,
    /// `#`
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type; `None` is the empty type (floats' default).
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The spec CPython uses for an empty format string of a type with the
    /// given defaults.
    pub fn empty(default_type: Option<char>, default_align: Align) -> Self {
        FormatSpec {
            fill: ' ',
            align: default_align,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty: default_type,
        }
    }

    /// `parse_internal_render_format_spec(obj, spec, ..., default_type,
    /// default_align)`; `type_name` is `type(obj).__name__` for messages.
    /// Does not check that the type code suits the object (see
    /// [`parse_int_spec`] and friends for that).
    pub fn parse(
        spec: &str,
        default_type: Option<char>,
        default_align: Align,
        type_name: &str,
    ) -> Result<FormatSpec, FmtError> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0;
        let mut f = FormatSpec::empty(default_type, default_align);
        let mut align_specified = false;
        let mut fill_char_specified = false;

        if end - pos >= 2 && Align::from_char(chars[pos + 1]).is_some() {
            f.align = Align::from_char(chars[pos + 1]).unwrap();
            f.fill = chars[pos];
            fill_char_specified = true;
            align_specified = true;
            pos += 2;
        } else if end - pos >= 1 && Align::from_char(chars[pos]).is_some() {
            f.align = Align::from_char(chars[pos]).unwrap();
            align_specified = true;
            pos += 1;
        }

        if end - pos >= 1 {
            let sign = match chars[pos] {
                '+' => Some(Sign::Plus),
                '-' => Some(Sign::Minus),
                ' ' => Some(Sign::Space),
                _ => None,
            };
            if sign.is_some() {
                f.sign = sign;
                pos += 1;
            }
        }
        if end - pos >= 1 && chars[pos] == 'z' {
            f.no_neg_0 = true;
            pos += 1;
        }
        if end - pos >= 1 && chars[pos] == '#' {
            f.alternate = true;
            pos += 1;
        }
        // The special case for 0-padding (backwards compat).
        if !fill_char_specified && end - pos >= 1 && chars[pos] == '0' {
            f.fill = '0';
            if !align_specified && default_align == Align::Right {
                f.align = Align::AfterSign;
            }
            pos += 1;
        }

        f.width = get_integer(&chars, &mut pos)?;

        if end - pos >= 1 && chars[pos] == ',' {
            f.grouping = Grouping::Comma;
            pos += 1;
        }
        if end - pos >= 1 && chars[pos] == '_' {
            if f.grouping != Grouping::None {
                return Err(FmtError::value("Cannot specify both ',' and '_'."));
            }
            f.grouping = Grouping::Underscore;
            pos += 1;
        }
        if end - pos >= 1 && chars[pos] == ',' && f.grouping == Grouping::Underscore {
            return Err(FmtError::value("Cannot specify both ',' and '_'."));
        }

        if end - pos >= 1 && chars[pos] == '.' {
            pos += 1;
            f.precision = get_integer(&chars, &mut pos)?;
            if f.precision.is_none() {
                return Err(FmtError::value("Format specifier missing precision"));
            }
        }

        if end - pos > 1 {
            return Err(FmtError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{}'",
                truncate_type_name(type_name)
            )));
        }
        if end - pos == 1 {
            f.ty = Some(chars[pos]);
        }

        if f.grouping != Grouping::None {
            match f.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if f.grouping == Grouping::Underscore => {
                    f.grouping = Grouping::UnderscoreFour;
                }
                Some(t) => {
                    let sep = if f.grouping == Grouping::Comma { ',' } else { '_' };
                    return Err(FmtError::value(format!(
                        "Cannot specify '{sep}' with {}.",
                        quote_type_char(t)
                    )));
                }
            }
        }
        Ok(f)
    }
}

/// `get_integer`: a run of (Unicode) decimal digits; `None` if empty.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let mut acc: u64 = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| to_decimal(c)) {
        let d = u64::from(d);
        if acc > (i64::MAX as u64 - d) / 10 {
            return Err(FmtError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok(if n == 0 { None } else { Some(acc as usize) })
}

/// `'%.200s'` of a type name.
pub(crate) fn truncate_type_name(name: &str) -> &str {
    if name.len() <= 200 {
        return name;
    }
    let mut end = 200;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// `'c'` for printable ASCII, `'\xNN'` otherwise, as CPython's messages do.
fn quote_type_char(t: char) -> String {
    let cp = t as u32;
    if cp > 32 && cp < 128 { format!("'{t}'") } else { format!("'\\x{cp:x}'") }
}

/// `unknown_presentation_type`: "Unknown format code 'q' for object of type 'int'".
pub(crate) fn unknown_presentation_type(t: char, type_name: &str) -> FmtError {
    FmtError::value(format!(
        "Unknown format code {} for object of type '{}'",
        quote_type_char(t),
        truncate_type_name(type_name)
    ))
}

/// Parses a spec for `int.__format__` (defaults `d`, `>`) and checks the
/// presentation type (`b c d o x X n e E f F g G %`). `type_name` is the
/// object's type name (e.g. `"bool"` for `format(True, 'q')`).
pub fn parse_int_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
    let f = FormatSpec::parse(spec, Some('d'), Align::Right, type_name)?;
    match f.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            Ok(f)
        }
        t => Err(unknown_presentation_type(t.unwrap_or('\0'), type_name)),
    }
}

/// Parses a spec for `float.__format__` (no default type, `>`) and checks
/// the presentation type (`'' e E f F g G n %`).
pub fn parse_float_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
    let f = FormatSpec::parse(spec, None, Align::Right, type_name)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => Ok(f),
        Some(t) => Err(unknown_presentation_type(t, type_name)),
    }
}

/// Parses a spec for `str.__format__` (defaults `s`, `<`) and checks the
/// presentation type (`s` only).
pub fn parse_str_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
    let f = FormatSpec::parse(spec, Some('s'), Align::Left, type_name)?;
    match f.ty {
        Some('s') => Ok(f),
        t => Err(unknown_presentation_type(t.unwrap_or('\0'), type_name)),
    }
}

//! The `str.format` template language, ported from `MarkupIterator`,
//! `parse_field`, `field_name_split` and `FieldNameIterator` in
//! `Objects/stringlib/unicode_format.h` (CPython 3.11).
//!
//! [`parse_format_string`] yields literal text and replacement fields lazily
//! (CPython reports a syntax error only when rendering reaches it, after
//! formatting the fields before it). [`parse_field_name`] splits a field
//! name into its first part (auto-numbered, index or keyword) and the
//! `.attr` / `[key]` chain. Rendering (argument lookup, `!r` conversion,
//! nested specs up to depth 2, `__format__`) is the interpreter's job;
//! [`check_conversion`] and the message helpers give CPython's errors.

use super::FmtError;
use super::unicode_digits::to_decimal;

/// A replacement field `{name!conversion:spec}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatField<'a> {
    pub name: &'a str,
    /// The character after `!`, unchecked (see [`check_conversion`]).
    pub conversion: Option<char>,
    pub spec: &'a str,
    /// The spec contains `{`: render it as a template first (with the
    /// recursion depth decreased; depth 0 raises "Max string recursion exceeded").
    pub spec_needs_expanding: bool,
}

/// One step of the template: literal text (with `{{`/`}}` already reduced
/// to one brace) followed by an optional field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatItem<'a> {
    pub literal: &'a str,
    pub field: Option<FormatField<'a>>,
}

/// Iterator over a `str.format` template (`MarkupIterator`); stops after
/// the first error.
pub struct MarkupIter<'a> {
    s: &'a str,
    pos: usize,
    failed: bool,
}

/// Parses `template` lazily into [`FormatItem`]s (`_string.formatter_parser`).
pub fn parse_format_string(template: &str) -> MarkupIter<'_> {
    MarkupIter { s: template, pos: 0, failed: false }
}

impl<'a> Iterator for MarkupIter<'a> {
    type Item = Result<FormatItem<'a>, FmtError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.s.len() {
            return None;
        }
        let r = self.step();
        if r.is_err() {
            self.failed = true;
        }
        Some(r)
    }
}

impl<'a> MarkupIter<'a> {
    fn peek(&self) -> Option<char> {
        self.s[self.pos..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn step(&mut self) -> Result<FormatItem<'a>, FmtError> {
        let s = self.s;
        let start = self.pos;
        let mut c = '\0';
        let mut markup_follows = false;
        while let Some(ch) = self.bump() {
            c = ch;
            if ch == '{' || ch == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = self.pos >= s.len();
        let mut end = self.pos;
        if markup_follows && c == '}' && (at_end || self.peek() != Some('}')) {
            return Err(FmtError::value("Single '}' encountered in format string"));
        }
        if markup_follows && at_end && c == '{' {
            return Err(FmtError::value("Single '{' encountered in format string"));
        }
        if markup_follows && !at_end {
            if self.peek() == Some(c) {
                // An escaped brace: keep one in the literal, skip the other.
                self.pos += 1;
                markup_follows = false;
            } else {
                end -= 1;
            }
        }
        let literal = &s[start..end];
        if !markup_follows {
            return Ok(FormatItem { literal, field: None });
        }
        let field = self.parse_field()?;
        Ok(FormatItem { literal, field: Some(field) })
    }

    /// `parse_field`: after the opening `{`.
    fn parse_field(&mut self) -> Result<FormatField<'a>, FmtError> {
        let s = self.s;
        let name_start = self.pos;
        let mut c = '\0';
        let mut terminated = false;
        while let Some(ch) = self.bump() {
            c = ch;
            match ch {
                '{' => return Err(FmtError::value("unexpected '{' in field name")),
                '[' => {
                    while let Some(n) = self.peek() {
                        if n == ']' {
                            break;
                        }
                        self.pos += n.len_utf8();
                    }
                }
                '}' | ':' | '!' => {
                    terminated = true;
                    break;
                }
                _ => {}
            }
        }
        if !terminated {
            return Err(FmtError::value("expected '}' before end of string"));
        }
        let name = &s[name_start..self.pos - 1];
        if c == '}' {
            return Ok(FormatField { name, conversion: None, spec: "", spec_needs_expanding: false });
        }
        let mut conversion = None;
        if c == '!' {
            let Some(conv) = self.bump() else {
                return Err(FmtError::value(
                    "end of string while looking for conversion specifier",
                ));
            };
            conversion = Some(conv);
            if let Some(next) = self.bump() {
                if next == '}' {
                    return Ok(FormatField { name, conversion, spec: "", spec_needs_expanding: false });
                }
                if next != ':' {
                    return Err(FmtError::value("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = self.pos;
        let mut count = 1;
        let mut needs_expanding = false;
        while let Some(ch) = self.bump() {
            match ch {
                '{' => {
                    needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        let spec = &s[spec_start..self.pos - 1];
                        return Ok(FormatField { name, conversion, spec, spec_needs_expanding: needs_expanding });
                    }
                }
                _ => {}
            }
        }
        Err(FmtError::value("unmatched '{' in format spec"))
    }
}

/// `do_conversion`'s check of the character after `!`: `r`, `s` or `a`.
pub fn check_conversion(c: char) -> Result<char, FmtError> {
    match c {
        'r' | 's' | 'a' => Ok(c),
        _ => {
            let cp = c as u32;
            Err(FmtError::value(if cp > 32 && cp < 127 {
                format!("Unknown conversion specifier {c}")
            } else {
                format!("Unknown conversion specifier \\x{cp:x}")
            }))
        }
    }
}

/// The first part of a field name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldNameKey<'a> {
    /// Positional argument (explicit or auto-numbered). Out of range:
    /// `IndexError` with [`replacement_index_message`].
    Index(usize),
    /// Keyword argument (`KeyError(name)` when missing).
    Name(&'a str),
}

/// A `.attr` or `[key]` step after the first part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldNamePart<'a> {
    Attribute(&'a str),
    /// `[digits]`: sequence index (`getitem_sequence`/`getitem_idx`).
    Index(usize),
    /// `[text]`: `obj['text']`.
    Key(&'a str),
}

/// A split field name. Apply `parts` in order, then raise `parts_error`
/// if set (CPython parses the chain lazily, between lookups).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldName<'a> {
    pub first: FieldNameKey<'a>,
    pub parts: Vec<FieldNamePart<'a>>,
    pub parts_error: Option<FmtError>,
}

/// Auto-numbering state shared by all fields of one `str.format` call
/// (including nested specs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AutoNumber {
    state: AutoState,
    next: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum AutoState {
    #[default]
    Init,
    Auto,
    Manual,
}

/// The `get_integer` of `unicode_format.h`: `Ok(None)` if not all digits.
fn get_integer(s: &str) -> Result<Option<usize>, FmtError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: u64 = 0;
    for c in s.chars() {
        let Some(d) = to_decimal(c) else { return Ok(None) };
        let d = u64::from(d);
        if acc > (i64::MAX as u64 - d) / 10 {
            return Err(FmtError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc as usize))
}

/// `field_name_split` + `FieldNameIterator`. Pass `None` for `auto` when
/// numbering does not apply (`_string.formatter_field_name_split`).
pub fn parse_field_name<'a>(
    name: &'a str,
    auto: Option<&mut AutoNumber>,
) -> Result<FieldName<'a>, FmtError> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(split);
    let idx = get_integer(first)?;
    let empty = first.is_empty();
    let numeric = empty || idx.is_some();
    let mut idx = idx;
    if let Some(auto) = auto {
        if auto.state == AutoState::Init && numeric {
            auto.state = if empty { AutoState::Auto } else { AutoState::Manual };
        }
        if numeric {
            if auto.state == AutoState::Manual && empty {
                return Err(FmtError::value(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if auto.state != AutoState::Manual && !empty {
                return Err(FmtError::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        if empty {
            idx = Some(auto.next);
            auto.next += 1;
        }
    }
    let first = match idx {
        Some(i) => FieldNameKey::Index(i),
        None => FieldNameKey::Name(first),
    };
    let (parts, parts_error) = split_rest(rest);
    Ok(FieldName { first, parts, parts_error })
}

fn split_rest(mut rest: &str) -> (Vec<FieldNamePart<'_>>, Option<FmtError>) {
    let mut parts = Vec::new();
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        let part = match c {
            '.' => {
                let end = rest.find(['.', '[']).unwrap_or(rest.len());
                let attr = &rest[..end];
                rest = &rest[end..];
                if attr.is_empty() {
                    return (parts, Some(FmtError::value("Empty attribute in format string")));
                }
                FieldNamePart::Attribute(attr)
            }
            '[' => {
                let Some(end) = rest.find(']') else {
                    return (parts, Some(FmtError::value("Missing ']' in format string")));
                };
                let key = &rest[..end];
                rest = &rest[end + 1..];
                let idx = match get_integer(key) {
                    Ok(i) => i,
                    Err(e) => return (parts, Some(e)),
                };
                if key.is_empty() {
                    return (parts, Some(FmtError::value("Empty attribute in format string")));
                }
                match idx {
                    Some(i) => FieldNamePart::Index(i),
                    None => FieldNamePart::Key(key),
                }
            }
            _ => {
                return (
                    parts,
                    Some(FmtError::value(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    )),
                );
            }
        };
        parts.push(part);
    }
    (parts, None)
}

/// `IndexError` message for a positional field beyond the arguments.
pub fn replacement_index_message(index: usize) -> String {
    format!("Replacement index {index} out of range for positional args tuple")
}

//! Character properties and case mappings with CPython 3.11's exact semantics (Unicode 14.0),
//! from the tables in `unicode_db.rs` (generated from CPython by `unicode_gen.py`). ASCII takes
//! fast paths that never touch the tables.

use super::unicode_db as db;

/// The property flags of `c` (see the constants in `unicode_db`).
#[inline]
pub fn flags(c: char) -> u16 {
    let cp = c as u32;
    let blk = db::INDEX1[(cp >> db::SHIFT) as usize] as usize;
    let rec = db::INDEX2[(blk << db::SHIFT) + (cp as usize & ((1 << db::SHIFT) - 1))];
    db::RECORDS[rec as usize]
}

#[inline]
fn has(c: char, f: u16) -> bool {
    flags(c) & f != 0
}

#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f');
    }
    has(c, db::SPACE)
}
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, db::ALPHA)
}
#[inline]
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, db::DECIMAL)
}
#[inline]
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, db::DIGIT)
}
#[inline]
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, db::NUMERIC)
}
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, db::ALPHA | db::DECIMAL | db::DIGIT | db::NUMERIC)
}
#[inline]
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    has(c, db::PRINTABLE)
}
#[inline]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, db::LOWER)
}
#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, db::UPPER)
}
#[inline]
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && has(c, db::TITLE)
}
#[inline]
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, db::CASED)
}
#[inline]
pub fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    has(c, db::CASE_IGNORABLE)
}
#[inline]
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    has(c, db::XID_START)
}
#[inline]
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    has(c, db::XID_CONTINUE)
}
/// Line boundaries of `str.splitlines` (except that `\r\n` counts as one).
#[inline]
pub fn is_linebreak(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\n' | '\x0b' | '\x0c' | '\r' | '\x1c' | '\x1d' | '\x1e');
    }
    has(c, db::LINEBREAK)
}

fn lookup(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table.binary_search_by_key(&(c as u32), |e| e.0).ok().map(|i| table[i].1)
}

/// Append the full uppercase mapping of `c`.
#[inline]
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        match lookup(&db::UPPER_MAP, c) {
            Some(m) => out.push_str(m),
            None => out.push(c),
        }
    }
}
#[inline]
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        match lookup(&db::LOWER_MAP, c) {
            Some(m) => out.push_str(m),
            None => out.push(c),
        }
    }
}
#[inline]
pub fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        match lookup(&db::TITLE_MAP, c) {
            Some(m) => out.push_str(m),
            None => out.push(c),
        }
    }
}
#[inline]
pub fn push_fold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        match lookup(&db::FOLD_MAP, c) {
            Some(m) => out.push_str(m),
            None => out.push(c),
        }
    }
}

/// CPython's final-sigma rule (`handle_capital_sigma`): the lowercase of U+03A3 at char index
/// `i` of `chars`.
fn sigma_lower(chars: &[char], i: usize) -> char {
    let mut j = i;
    let mut final_ = false;
    while j > 0 {
        j -= 1;
        let c = chars[j];
        if !is_case_ignorable(c) {
            final_ = is_cased(c);
            break;
        }
    }
    if final_ {
        let mut k = i + 1;
        while k < chars.len() {
            let c = chars[k];
            if !is_case_ignorable(c) {
                final_ = !is_cased(c);
                break;
            }
            k += 1;
        }
    }
    if final_ { '\u{3c2}' } else { '\u{3c3}' }
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '\u{3a3}' {
            out.push(sigma_lower(&chars, i));
        } else {
            push_lower(&mut out, c);
        }
    }
    out
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            if c == '\u{3a3}' {
                out.push(sigma_lower(&chars, i));
            } else {
                push_lower(&mut out, c);
            }
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            if c == '\u{3a3}' {
                out.push(sigma_lower(&chars, i));
            } else {
                push_lower(&mut out, c);
            }
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else if c == '\u{3a3}' {
            out.push(sigma_lower(&chars, i));
        } else {
            push_lower(&mut out, c);
        }
    }
    out
}

pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        if !cased && is_lower(c) {
            cased = true;
        }
    }
    cased
}

pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        if !cased && is_upper(c) {
            cased = true;
        }
    }
    cased
}

pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

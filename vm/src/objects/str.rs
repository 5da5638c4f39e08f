//! `str` core: access, construction, hashing and comparison. The Python-visible methods live in
//! `str_methods*.rs`.

use objmodel::layout::StrObj;
use objmodel::{Kind, Value};

/// The text of a str object (including subclasses), or None for other values.
#[inline(always)]
pub fn as_str(v: Value) -> Option<&'static str> {
    if v.is_ptr() && v.header().kind() == Kind::Str {
        // SAFETY: kind Str has layout StrObj.
        Some(unsafe { v.cast::<StrObj>() }.as_str())
    } else {
        None
    }
}

/// The StrObj of a value known to be a str.
#[inline(always)]
pub fn str_obj(v: Value) -> &'static StrObj {
    debug_assert!(as_str(v).is_some());
    // SAFETY: callers pass str objects (debug-checked).
    unsafe { v.cast::<StrObj>() }
}

#[inline(always)]
pub fn is_str(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::Str
}

pub fn new(s: &str) -> Value {
    objmodel::alloc::new_str(s)
}

/// Length in characters.
pub fn char_len(v: Value) -> usize {
    str_obj(v).nchars
}

/// The runtime's string hash (never -1), cached in the object.
#[inline]
pub fn hash(v: Value) -> i64 {
    let o = str_obj(v);
    if let Some(h) = o.cached_hash() {
        return h;
    }
    let h = crate::numeric::hash::hash_str(o.as_str());
    o.set_hash(h);
    h
}

/// Equality of two str objects.
#[inline]
pub fn eq(a: Value, b: Value) -> bool {
    if a.is(b) {
        return true;
    }
    let (x, y) = (str_obj(a), str_obj(b));
    if x.nbytes != y.nbytes {
        return false;
    }
    if let (Some(h1), Some(h2)) = (x.cached_hash(), y.cached_hash())
        && h1 != h2
    {
        return false;
    }
    x.as_str() == y.as_str()
}

/// The character at char index `i` (caller checked bounds).
pub fn char_at(v: Value, i: usize) -> char {
    let o = str_obj(v);
    if o.is_ascii() { o.as_str().as_bytes()[i] as char } else { o.as_str().chars().nth(i).unwrap_or('\0') }
}

/// Byte offset of char index `i` (i may equal the length).
pub fn byte_offset(v: Value, i: usize) -> usize {
    let o = str_obj(v);
    if o.is_ascii() {
        i
    } else {
        o.as_str().char_indices().nth(i).map(|(b, _)| b).unwrap_or(o.nbytes)
    }
}

/// Substring by char indices [start, end).
pub fn substring(v: Value, start: usize, end: usize) -> &'static str {
    let s = as_str(v).unwrap();
    let a = byte_offset(v, start);
    let b = byte_offset(v, end);
    &s[a..b]
}

/// A str of one character; ASCII characters are cached.
pub fn from_char(c: char) -> Value {
    if c.is_ascii() {
        return crate::objects::str_cache::ascii_char(c as u8);
    }
    let mut buf = [0u8; 4];
    new(c.encode_utf8(&mut buf))
}

/// CPython's repr of a str: quotes chosen as CPython does, escapes for control characters.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Approximation of Python's `str.isprintable` per character (Unicode categories Cc, Cf, Cs, Co,
/// Cn, Zl, Zp, Zs except space are not printable).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || (0x7f..0xa0).contains(&n) {
        return false;
    }
    if n == 0xad || (0x2028..=0x2029).contains(&n) || (0x200b..=0x200f).contains(&n) || (0x202a..=0x202e).contains(&n)
    {
        return false;
    }
    if (0x2060..=0x2064).contains(&n) || n == 0xfeff || (0xd800..=0xdfff).contains(&n) || (0xe000..=0xf8ff).contains(&n)
    {
        return false;
    }
    if c.is_whitespace() && c != ' ' {
        return false;
    }
    true
}

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

/// Both values are exact `str` (not subclasses): their equality is byte equality and can never
/// run Python code. Used by the dict and set tables' fast paths.
#[inline]
pub fn both_exact(a: Value, b: Value) -> bool {
    let t = objmodel::builtin_types().str_;
    is_str(a) && is_str(b) && a.class().is(t) && b.class().is(t)
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

/// `a op b` for two exact strs (`both_exact`): code-point order is the byte order of their
/// UTF-8 text.
#[inline]
pub fn compare_exact(a: Value, b: Value, op: crate::bytecode::CmpOp) -> bool {
    use crate::bytecode::CmpOp;
    match op {
        CmpOp::Eq => eq(a, b),
        CmpOp::Ne => !eq(a, b),
        _ => crate::ops::compare::apply(op, str_obj(a).as_str().cmp(str_obj(b).as_str())),
    }
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
    if (c as u32) < 0x100 {
        return latin1_char(c);
    }
    let mut buf = [0u8; 4];
    new_with_nchars(c.encode_utf8(&mut buf), 1)
}

/// One-character strings U+0080..U+00FF, created once and shared (as CPython's).
fn latin1_char(c: char) -> Value {
    use std::sync::OnceLock;
    static LATIN1: OnceLock<Vec<usize>> = OnceLock::new();
    let t = LATIN1.get_or_init(|| {
        let rt = crate::runtime::rt();
        (0x80u32..0x100)
            .map(|n| {
                let mut buf = [0u8; 4];
                let v = new(char::from_u32(n).unwrap().encode_utf8(&mut buf));
                rt.add_root(v);
                v.raw()
            })
            .collect()
    });
    Value::from_raw(t[c as usize - 0x80])
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
            c if is_printable(c) => out.push(c),
            c => {
                use std::fmt::Write;
                let n = c as u32;
                let _ = if n < 0x100 {
                    write!(out, "\\x{n:02x}")
                } else if n < 0x10000 {
                    write!(out, "\\u{n:04x}")
                } else {
                    write!(out, "\\U{n:08x}")
                };
            }
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for one character (CPython's table).
#[inline]
pub fn is_printable(c: char) -> bool {
    crate::objects::unicode::is_printable(c)
}

/// A new str from text whose length in characters is known.
pub fn new_with_nchars(s: &str, nchars: usize) -> Value {
    debug_assert_eq!(s.chars().count(), nchars);
    let size = std::mem::size_of::<StrObj>() + s.len();
    let h = objmodel::alloc::alloc_raw(size, Kind::Str, objmodel::builtin_types().str_);
    // SAFETY: sized for StrObj + bytes; exclusive until returned (as in alloc::new_str).
    let o = unsafe { &mut *(h.as_ptr() as *mut StrObj) };
    o.nbytes = s.len();
    o.nchars = nchars;
    o.hash = std::sync::atomic::AtomicI64::new(-1);
    o.init_flat();
    // SAFETY: unpublished; data_mut covers exactly nbytes.
    unsafe { o.data_mut().copy_from_slice(s.as_bytes()) };
    Value::from_header(h.as_ptr())
}

/// `a + b` for two str objects: one allocation, no re-counting of characters.
pub fn concat(a: Value, b: Value) -> Value {
    let (x, y) = (str_obj(a), str_obj(b));
    if y.nbytes == 0 && a.class().is(objmodel::builtin_types().str_) {
        return a;
    }
    if x.nbytes == 0 && b.class().is(objmodel::builtin_types().str_) {
        return b;
    }
    let n = x.nbytes + y.nbytes;
    if n >= objmodel::str_append::VIEW_MIN_BYTES && x.nbytes >= y.nbytes {
        // Linear `s += piece` loops: see objmodel str_append.rs. Only when appending to the
        // longer side: a view's buffer has spare room, wasted where nothing is appended.
        return objmodel::str_append::concat(x, y);
    }
    let size = std::mem::size_of::<StrObj>() + n;
    let h = objmodel::alloc::alloc_raw(size, Kind::Str, objmodel::builtin_types().str_);
    // SAFETY: sized for StrObj + n bytes; exclusive until returned.
    let o = unsafe { &mut *(h.as_ptr() as *mut StrObj) };
    o.nbytes = n;
    o.nchars = x.nchars + y.nchars;
    o.hash = std::sync::atomic::AtomicI64::new(-1);
    o.init_flat();
    // SAFETY: unpublished; the two copies fill exactly nbytes.
    unsafe {
        let d = o.data_mut();
        d[..x.nbytes].copy_from_slice(x.as_str().as_bytes());
        d[x.nbytes..].copy_from_slice(y.as_str().as_bytes());
    }
    Value::from_header(h.as_ptr())
}

/// Byte offset of char index `ci` in `s` (`ci` may equal the length).
#[inline]
pub fn char_to_byte(s: &str, ci: usize) -> usize {
    // An ASCII prefix of `ci` bytes holds exactly `ci` chars (checking only the prefix keeps
    // this O(ci) instead of O(len)).
    if s.len() <= ci || s.as_bytes()[..ci].is_ascii() {
        return ci.min(s.len());
    }
    s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(s.len())
}

/// Char index of byte offset `b` (a char boundary) in `s`.
#[inline]
pub fn byte_to_char(s: &str, b: usize) -> usize {
    // Only the prefix counts: scanning all of `s` made `s.find(x, i)` in a loop quadratic.
    let head = &s[..b];
    if head.is_ascii() { b } else { head.chars().count() }
}

/// Concatenation of str Values (for BUILD_STRING): one allocation, character counts summed
/// instead of recounted. Non-str items are skipped.
pub fn concat_all(items: &[Value]) -> Value {
    let (mut nbytes, mut nchars) = (0, 0);
    for v in items {
        if is_str(*v) {
            let o = str_obj(*v);
            nbytes += o.nbytes;
            nchars += o.nchars;
        }
    }
    let size = std::mem::size_of::<StrObj>() + nbytes;
    let h = objmodel::alloc::alloc_raw(size, Kind::Str, objmodel::builtin_types().str_);
    // SAFETY: sized for StrObj + nbytes; exclusive until returned.
    let o = unsafe { &mut *(h.as_ptr() as *mut StrObj) };
    o.nbytes = nbytes;
    o.nchars = nchars;
    o.hash = std::sync::atomic::AtomicI64::new(-1);
    o.init_flat();
    // SAFETY: unpublished; the copies below fill exactly nbytes.
    let d = unsafe { o.data_mut() };
    let mut at = 0;
    for v in items {
        if is_str(*v) {
            let b = str_obj(*v).as_str().as_bytes();
            d[at..at + b.len()].copy_from_slice(b);
            at += b.len();
        }
    }
    Value::from_header(h.as_ptr())
}

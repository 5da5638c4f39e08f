//! The `SyntaxError` for a bad escape in a string or bytes literal, worded and placed as
//! CPython 3.11 does: `(unicode error) 'unicodeescape' codec can't decode bytes in position
//! 2-3: truncated \UXXXXXXXX escape` (the well-known `'C:\Users\...'` error), or
//! `(value error) invalid \x escape at position 0` for bytes, at the end of the literal.
//!
//! The parser only says that a literal has a malformed escape; this re-reads the literal the
//! way CPython's `decode_unicode_with_escapes` does. Positions count bytes of the literal's
//! body (of each f-string literal part separately), where CPython first rewrites every
//! non-ASCII character as a ten-byte `\UXXXXXXXX` escape and a backslash before one as
//! `\u005c`.

use super::error::{CompileError, SYNTAX, SourceCtx};
use super::lexscan::{Scan, TokKind, Token};
use super::parse_error::text;

/// The error for the first bad escape in the string token around `offset` (or, with
/// `anywhere`, failing that in any string token of the source), if there is one.
pub(super) fn escape_error(ctx: &SourceCtx, scan: &Scan, offset: u32, anywhere: bool) -> Option<Box<CompileError>> {
    let strings = || scan.tokens.iter().filter(|t| t.kind == TokKind::Str);
    let near = strings().filter(|t| t.start <= offset && offset <= t.end);
    let rest = strings().filter(|_| anywhere);
    near.chain(rest).find_map(|t| token_error(ctx, t))
}

fn token_error(ctx: &SourceCtx, t: &Token) -> Option<Box<CompileError>> {
    let src = text(ctx, t);
    let q = src.find(['\'', '"'])?;
    let prefix = src[..q].to_ascii_lowercase();
    if prefix.contains('r') {
        return None;
    }
    let quote = &src[q..q + 1];
    let triple = src[q..].starts_with(&quote.repeat(3)) && src.len() >= q + 6;
    let open = if triple { 3 } else { 1 };
    let body = src.get(q + open..src.len().checked_sub(open)?)?;
    let msg = if prefix.contains('b') {
        bytes_error(body.as_bytes())
    } else if prefix.contains('f') {
        fstring_parts(body).into_iter().find_map(|part| unicode_error(&cpython_buffer(part)))
    } else {
        unicode_error(&cpython_buffer(body))
    }?;
    Some(ctx.error_at(SYNTAX, msg, t.end, t.end))
}

/// The literal's body as CPython's decoder sees it: non-ASCII characters as `\UXXXXXXXX`, a
/// backslash before one (or at the end) followed by `u005c`.
fn cpython_buffer(body: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(b'\\');
            match chars.peek() {
                None => {
                    out.extend_from_slice(b"u005c");
                    break;
                }
                Some(n) if !n.is_ascii() => out.extend_from_slice(b"u005c"),
                Some(_) => {}
            }
            continue;
        }
        if c.is_ascii() {
            out.push(c as u8);
        } else {
            out.extend_from_slice(format!("\\U{:08x}", c as u32).as_bytes());
        }
    }
    out
}

/// The message for the first bad escape of a `str` literal's (converted) body.
fn unicode_error(b: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        let Some(&c) = b.get(i + 1) else { break };
        i += 2;
        let (count, reason) = match c {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => {
                if let Err((end, reason)) = named_escape(b, &mut i) {
                    return Some(decode_message(start, end, reason));
                }
                continue;
            }
            _ => continue,
        };
        let mut ch: u32 = 0;
        for _ in 0..count {
            match b.get(i).and_then(|d| (*d as char).to_digit(16)) {
                Some(d) => ch = ch * 16 + d,
                None => return Some(decode_message(start, i, reason)),
            }
            i += 1;
        }
        if ch > 0x10ffff {
            return Some(decode_message(start, i, "illegal Unicode character"));
        }
    }
    None
}

/// Checks the `\N{name}` escape whose name starts at `*i` (just after the `N`), moving `*i`
/// past it; on error, the end of the bad range and the reason.
fn named_escape(b: &[u8], i: &mut usize) -> Result<(), (usize, &'static str)> {
    const MALFORMED: &str = "malformed \\N character escape";
    if b.get(*i) != Some(&b'{') {
        return Err((*i, MALFORMED));
    }
    *i += 1;
    let name_start = *i;
    while *i < b.len() && b[*i] != b'}' {
        *i += 1;
    }
    if *i >= b.len() {
        return Err((*i, MALFORMED));
    }
    let name = std::str::from_utf8(&b[name_start..*i]).unwrap_or("");
    if name.is_empty() {
        return Err((*i, MALFORMED));
    }
    *i += 1;
    if unicode_names2::character(name).is_none() {
        return Err((*i, "unknown Unicode character name"));
    }
    Ok(())
}

fn decode_message(start: usize, end: usize, reason: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
}

/// The message for the first bad escape of a bytes literal's body (`\x` needs two hex digits).
fn bytes_error(b: &[u8]) -> Option<String> {
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        if b[i + 1] == b'x' && !(b.get(i + 2).is_some_and(u8::is_ascii_hexdigit) && b.get(i + 3).is_some_and(u8::is_ascii_hexdigit)) {
            return Some(format!("(value error) invalid \\x escape at position {i}"));
        }
        i += 2;
    }
    None
}

/// The literal parts of an f-string body, each decoded on its own by CPython: text between
/// replacement fields, split after the first brace of each `{{` / `}}`.
fn fstring_parts(body: &str) -> Vec<&str> {
    let b = body.as_bytes();
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        match b[i] {
            b'\\' => {
                // `\N{...}` braces belong to the escape.
                if b.get(i + 1) == Some(&b'N') && b.get(i + 2) == Some(&b'{') {
                    i += 3;
                    while i < b.len() && b[i] != b'}' {
                        i += 1;
                    }
                }
                i += 2;
            }
            c @ (b'{' | b'}') if b.get(i + 1) == Some(&c) => {
                parts.push(&body[start..i + 1]);
                i += 2;
                start = i;
            }
            b'{' => {
                parts.push(&body[start..i]);
                i = skip_field(b, i);
                start = i;
            }
            _ => i += 1,
        }
    }
    parts.push(&body[start.min(body.len())..]);
    parts
}

/// The index after the replacement field starting at `b[i] == b'{'` (its closing brace).
fn skip_field(b: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < b.len() {
        match b[i] {
            b'{' | b'(' | b'[' => depth += 1,
            b'}' | b')' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            q @ (b'\'' | b'"') => {
                i += 1;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uni(s: &str) -> Option<String> {
        unicode_error(&cpython_buffer(s))
    }

    #[test]
    fn positions_follow_cpython() {
        let m = uni(r"C:\Users\bob").unwrap();
        assert!(m.ends_with("position 2-3: truncated \\UXXXXXXXX escape"), "{m}");
        assert!(uni(r"é\x").unwrap().contains("position 10-11"));
        assert!(uni(r"\N{NOPE}").unwrap().ends_with("position 0-7: unknown Unicode character name"));
        assert!(uni(r"\N").unwrap().ends_with("position 0-1: malformed \\N character escape"));
        assert!(uni(r"\U00110000").unwrap().ends_with("position 0-9: illegal Unicode character"));
        assert_eq!(uni(r"\N{BULLET} \d \x41 \u00e9"), None);
        assert_eq!(bytes_error(br"ab\xzz").as_deref(), Some("(value error) invalid \\x escape at position 2"));
        assert_eq!(fstring_parts(r"a{x:>{w}}b{{c\x1"), vec!["a", "b{", r"c\x1"]);
    }
}

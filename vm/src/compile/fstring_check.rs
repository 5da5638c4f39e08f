//! CPython 3.11's scan of f-string replacement fields, for the errors the parser crate lets
//! through: an expression part may hold neither a backslash (not even inside a nested string
//! literal) nor a `#`.
//!
//! The scan follows `fstring_find_literal` / `fstring_find_expr` in CPython 3.11's
//! `Parser/string_parser.c` over the raw text of each f-string token: doubled braces and
//! `\N{...}` escapes are literal text, nested string literals and brackets are skipped, and a
//! format spec after a top-level `:` is scanned one level deeper. Any other malformation stops
//! the scan of that literal and is left to the parser.
//!
//! CPython raises these errors while parsing the string atom, so the error points at the token
//! after the whole (implicitly concatenated) string: its start and end, or an empty range at
//! the end of the logical line.

use super::error::{CompileError, SYNTAX, SourceCtx};
use super::lexscan::{Scan, TokKind};

const BACKSLASH: &str = "f-string expression part cannot include a backslash";
const HASH: &str = "f-string expression part cannot include '#'";

/// Whether `source` may hold an f-string literal (an `f` prefix before a quote): a cheap test
/// before rescanning with tokens kept.
pub(super) fn may_have_fstring(source: &str) -> bool {
    let b = source.as_bytes();
    let quote = |i: usize| matches!(b.get(i), Some(b'\'' | b'"'));
    (0..b.len()).any(|i| {
        matches!(b[i], b'f' | b'F') && (quote(i + 1) || (matches!(b.get(i + 1), Some(b'r' | b'R')) && quote(i + 2)))
    })
}

/// The first f-string expression-part error in source order, with the start offset of the
/// string token that holds it (to compete with a parser error by position).
pub(super) fn first_error(ctx: &SourceCtx, scan: &Scan) -> Option<(u32, Box<CompileError>)> {
    for (k, t) in scan.tokens.iter().enumerate() {
        if t.kind != TokKind::Str {
            continue;
        }
        let Some(text) = ctx.source.get(t.start as usize..t.end as usize) else { continue };
        let Some(msg) = check_literal(text) else { continue };
        let mut last = k;
        while scan.tokens.get(last + 1).is_some_and(|n| n.kind == TokKind::Str) {
            last += 1;
        }
        let (start, end) = match scan.tokens.get(last + 1) {
            Some(n) if n.kind == TokKind::Newline => (n.start, n.start),
            Some(n) => (n.start, n.end),
            None => (scan.tokens[last].end, scan.tokens[last].end),
        };
        return Some((t.start, ctx.error_at(SYNTAX, msg, start, end)));
    }
    None
}

/// The error message for one string token's text (prefix and quotes included), if it is an
/// f-string with a forbidden character in an expression part.
fn check_literal(text: &str) -> Option<&'static str> {
    let b = text.as_bytes();
    let q = b.iter().position(|&c| c == b'\'' || c == b'"')?;
    let prefix = &text[..q];
    if !prefix.contains(['f', 'F']) {
        return None;
    }
    let raw = prefix.contains(['r', 'R']);
    let triple = b.len() >= q + 6 && b[q + 1] == b[q] && b[q + 2] == b[q];
    let quote_len = if triple { 3 } else { 1 };
    let body = b.get(q + quote_len..b.len().checked_sub(quote_len)?)?;
    let mut s = Scanner { b: body, i: 0, raw };
    match s.literal_and_fields(0) {
        Err(Stop::Error(m)) => Some(m),
        _ => None,
    }
}

enum Stop {
    /// A forbidden character: CPython's message.
    Error(&'static str),
    /// Something else is malformed; the parser reports it.
    Other,
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    raw: bool,
}

impl Scanner<'_> {
    /// Literal text and replacement fields up to the end, or (at `level` > 0, inside a format
    /// spec) up to the `}` that closes the enclosing field.
    fn literal_and_fields(&mut self, level: u32) -> Result<(), Stop> {
        while self.i < self.b.len() {
            let mut c = self.b[self.i];
            self.i += 1;
            if !self.raw && c == b'\\' && self.i < self.b.len() {
                c = self.b[self.i];
                self.i += 1;
                if c == b'N' {
                    if self.b.get(self.i) == Some(&b'{') {
                        while self.i < self.b.len() && self.b[self.i] != b'}' {
                            self.i += 1;
                        }
                        self.i += 1;
                    }
                    continue;
                }
            }
            if c == b'{' || c == b'}' {
                if level == 0 && self.b.get(self.i) == Some(&c) {
                    self.i += 1;
                    continue;
                }
                if c == b'}' {
                    if level == 0 {
                        return Err(Stop::Other);
                    }
                    self.i -= 1;
                    return Ok(());
                }
                self.field(level)?;
            }
        }
        Ok(())
    }

    /// One replacement field, just after its `{`; consumes through the closing `}`.
    fn field(&mut self, level: u32) -> Result<(), Stop> {
        if level >= 2 {
            return Err(Stop::Other);
        }
        let mut quote: Option<(u8, bool)> = None;
        let mut parens: Vec<u8> = Vec::new();
        let end = loop {
            let Some(&c) = self.b.get(self.i) else { return Err(Stop::Other) };
            if c == b'\\' {
                return Err(Stop::Error(BACKSLASH));
            }
            if let Some((qc, triple)) = quote {
                if c == qc {
                    if !triple {
                        quote = None;
                    } else if self.b.get(self.i + 1) == Some(&c) && self.b.get(self.i + 2) == Some(&c) {
                        self.i += 2;
                        quote = None;
                    }
                }
                self.i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = self.b.get(self.i + 1) == Some(&c) && self.b.get(self.i + 2) == Some(&c);
                    if triple {
                        self.i += 2;
                    }
                    quote = Some((c, triple));
                }
                b'[' | b'(' | b'{' => parens.push(c),
                b'#' => return Err(Stop::Error(HASH)),
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if parens.is_empty() => {
                    if c != b'}' && self.b.get(self.i + 1) == Some(&b'=') && c != b':' {
                        self.i += 2;
                        continue;
                    }
                    if c != b'>' && c != b'<' {
                        break c;
                    }
                }
                b']' | b'}' | b')' => {
                    let open = parens.pop().ok_or(Stop::Other)?;
                    if !matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        return Err(Stop::Other);
                    }
                }
                _ => {}
            }
            self.i += 1;
        };
        if quote.is_some() {
            return Err(Stop::Other);
        }
        let mut c = end;
        if c == b'=' {
            self.i += 1;
            while self.b.get(self.i).is_some_and(|x| x.is_ascii_whitespace()) {
                self.i += 1;
            }
            c = *self.b.get(self.i).ok_or(Stop::Other)?;
        }
        if c == b'!' {
            self.i += 2;
            c = *self.b.get(self.i).ok_or(Stop::Other)?;
        }
        if c == b':' {
            self.i += 1;
            self.literal_and_fields(level + 1)?;
            c = *self.b.get(self.i).ok_or(Stop::Other)?;
        }
        if c != b'}' {
            return Err(Stop::Other);
        }
        self.i += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::check_literal;

    #[test]
    fn finds_forbidden_characters() {
        assert_eq!(check_literal(r#"f"{'\n'.join(x)}""#), Some(super::BACKSLASH));
        assert_eq!(check_literal(r#"f"{a#}""#), Some(super::HASH));
        assert_eq!(check_literal(r#"f"{a:{b#}}""#), Some(super::HASH));
        assert_eq!(check_literal(r#"f"{'#'}""#), None);
        assert_eq!(check_literal(r#"f"\N{DASH}{{#}} {a!r:\n}""#), None);
        assert_eq!(check_literal(r#"rf"\{a}""#), None);
        assert_eq!(check_literal(r#""{\n}""#), None);
        assert_eq!(check_literal(r#"f"{a!=b}{c==d}{e>=f}""#), None);
    }
}

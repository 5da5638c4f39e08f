//! Turning parser errors into CPython-style `SyntaxError`s.
//!
//! `rustpython-parser` reports LALR-level errors ("unrecognized token") with a byte offset.
//! CPython 3.11's messages are more specific, so we combine the parser's error with a
//! [`lexscan`](super::lexscan) pass over the source: tokenizer-level problems (unterminated
//! strings, unmatched brackets, unclosed brackets at end of input) take precedence, as they do
//! in CPython, and the token stream around the error position lets us recognise a few common
//! cases (a header line before a missing indented block, `print x`, a missing comma).

use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{FStringErrorType, ParseError, ParseErrorType, Tok};

use super::error::{CompileError, INDENTATION, SYNTAX, SourceCtx, TAB};
use super::escape_error::escape_error;
use super::lexscan::{self, Issue, IssueKind, Scan, TokKind, Token};
use super::syntax_hints::{
    bad_number, ends_with_header, expected_block, expression_end, try_without_handlers, unexpected_token,
};

pub(super) const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
];

/// Error for a tokenizer-level issue found by the scanner.
pub(crate) fn issue_error(ctx: &SourceCtx, issue: &Issue) -> Box<CompileError> {
    let (kind, msg) = match issue.kind {
        IssueKind::UnterminatedString { triple } => {
            let last_char = (ctx.source.len() as u32).saturating_sub(1);
            let line = ctx.lines.line_col(ctx.source, if triple { last_char } else { issue.start }).0;
            let what = if triple { "unterminated triple-quoted string literal" } else { "unterminated string literal" };
            (SYNTAX, format!("{what} (detected at line {line})"))
        }
        IssueKind::Unmatched(c) => (SYNTAX, format!("unmatched '{c}'")),
        IssueKind::Mismatch { open, open_start, close } => {
            let open_line = ctx.lines.line_col(ctx.source, open_start).0;
            let line = ctx.lines.line_col(ctx.source, issue.start).0;
            if open_line == line {
                (SYNTAX, format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'"))
            } else {
                (
                    SYNTAX,
                    format!(
                        "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}"
                    ),
                )
            }
        }
        IssueKind::TooManyParens => (SYNTAX, "too many nested parentheses".to_string()),
        IssueKind::TooManyIndents => (INDENTATION, "too many levels of indentation".to_string()),
        IssueKind::BadDedent => (INDENTATION, "unindent does not match any outer indentation level".to_string()),
        IssueKind::Tabs => (TAB, "inconsistent use of tabs and spaces in indentation".to_string()),
        IssueKind::TooLongChain => {
            (SYNTAX, "too many nested expressions (maximum recursion depth exceeded during compilation)".to_string())
        }
    };
    ctx.error_at(kind, msg, issue.start, issue.end)
}

pub(super) fn unclosed(ctx: &SourceCtx, scan: &Scan) -> Option<Box<CompileError>> {
    let &(c, pos) = scan.open.last()?;
    Some(ctx.error_at(SYNTAX, format!("'{c}' was never closed"), pos, pos + 1))
}

pub(super) fn text<'s>(ctx: &SourceCtx<'s>, t: &Token) -> &'s str {
    ctx.source.get(t.start as usize..t.end as usize).unwrap_or("")
}

fn fstring_message(e: &FStringErrorType) -> String {
    match e {
        FStringErrorType::UnclosedLbrace => "f-string: expecting '}'".to_string(),
        FStringErrorType::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'".to_string()
        }
        FStringErrorType::ExpectedRbrace => "f-string: expecting '}'".to_string(),
        FStringErrorType::UnopenedRbrace | FStringErrorType::SingleRbrace => {
            "f-string: single '}' is not allowed".to_string()
        }
        FStringErrorType::InvalidExpression(inner) => format!("f-string: {}", parse_type_message(inner)),
        other => format!("f-string: {other}"),
    }
}

fn parse_type_message(e: &ParseErrorType) -> String {
    match e {
        ParseErrorType::Lexical(l) => lexical_message(l).1,
        _ => "invalid syntax".to_string(),
    }
}

fn char_message(c: char) -> String {
    if c.is_ascii() {
        "invalid syntax".to_string()
    } else if c.is_control() || c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}') {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    }
}

fn lexical_message(e: &LexicalErrorType) -> (&'static str, String) {
    let s = |m: &str| (SYNTAX, m.to_string());
    match e {
        LexicalErrorType::StringError => s("unterminated string literal"),
        LexicalErrorType::UnicodeError => {
            s("(unicode error) 'unicodeescape' codec can't decode bytes: malformed escape sequence")
        }
        LexicalErrorType::NestingError => s("unmatched ')'"),
        LexicalErrorType::IndentationError => {
            (INDENTATION, "unindent does not match any outer indentation level".to_string())
        }
        LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => {
            (TAB, "inconsistent use of tabs and spaces in indentation".to_string())
        }
        LexicalErrorType::DefaultArgumentError => s("non-default argument follows default argument"),
        LexicalErrorType::DuplicateArgumentError(n) => s(&format!("duplicate argument '{n}' in function definition")),
        LexicalErrorType::PositionalArgumentError => s("positional argument follows keyword argument"),
        LexicalErrorType::UnpackedArgumentError => s("iterable argument unpacking follows keyword argument unpacking"),
        LexicalErrorType::DuplicateKeywordArgumentError(n) => s(&format!("keyword argument repeated: {n}")),
        LexicalErrorType::UnrecognizedToken { tok } => s(&char_message(*tok)),
        LexicalErrorType::FStringError(f) => s(&fstring_message(f)),
        LexicalErrorType::LineContinuationError => s("unexpected character after line continuation character"),
        LexicalErrorType::Eof => s("unexpected EOF while parsing"),
        LexicalErrorType::OtherError(m) => match m.as_str() {
            "Invalid decimal literal" => s("invalid decimal literal"),
            "Invalid Token" => {
                s("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
            }
            "Invalid Syntax" => s("invalid syntax"),
            "EOL while scanning string literal" => s("unterminated string literal"),
            other if other.starts_with("ParseBigIntError") || other.starts_with("ParseIntError") => s("invalid syntax"),
            other => s(other),
        },
    }
}

/// Maps a parser error to a `SyntaxError`/`IndentationError`/`TabError`.
///
/// Like CPython, tokenizer errors anywhere in the file take precedence over parser errors (a
/// lexical error reported by the parser competes by position), and a parser error on a line
/// after a bracket that is never closed becomes "'(' was never closed".
pub(crate) fn map_parse_error(ctx: &SourceCtx, err: &ParseError) -> Box<CompileError> {
    let offset: u32 = err.offset.into();
    let scan = lexscan::scan(ctx.source, true);
    let eof_like = matches!(err.error, ParseErrorType::Eof | ParseErrorType::Lexical(LexicalErrorType::Eof));
    let lexical = matches!(err.error, ParseErrorType::Lexical(_)) && !eof_like;
    let same_line = |o: u32| ctx.lines.line_col(ctx.source, o).0 == ctx.lines.line_col(ctx.source, offset).0;
    // Errors CPython's tokenizer raises as exceptions are found even past the parser's error;
    // indentation problems only when the parser gets that far.
    let raised = matches!(
        scan.issue.map(|i| i.kind),
        Some(
            IssueKind::UnterminatedString { .. }
                | IssueKind::Unmatched(_)
                | IssueKind::Mismatch { .. }
                | IssueKind::TooManyParens
        )
    );
    if let Some(issue) = &scan.issue
        && ((!lexical && raised) || issue.start <= offset || same_line(issue.start))
    {
        return issue_error(ctx, issue);
    }
    let e = parser_error(ctx, err, &scan, offset, eof_like);
    if !lexical
        && e.kind == SYNTAX
        && let (Some(&(_, outermost)), Some(&(_, innermost))) = (scan.open.first(), scan.open.last())
    {
        // CPython compares with the last token its parser read: the error token, or the end of
        // the expression after it when a rule like "forgot a comma" parsed one.
        let _ = outermost;
        let line = |o: u32| ctx.lines.line_col(ctx.source, o).0;
        let read_to =
            if e.msg.ends_with("Perhaps you forgot a comma?") { expression_end(ctx, &scan, offset) } else { offset };
        if line(innermost) < line(read_to) {
            return unclosed(ctx, &scan).unwrap_or(e);
        }
    }
    e
}

fn parser_error(ctx: &SourceCtx, err: &ParseError, scan: &Scan, offset: u32, eof_like: bool) -> Box<CompileError> {
    if eof_like {
        if let Some(e) = unclosed(ctx, scan) {
            return e;
        }
        let end = scan.tokens.last().map_or(0, |t| t.start);
        if let Some(e) = try_without_handlers(ctx, scan, u32::MAX, end) {
            return e;
        }
    }
    match &err.error {
        ParseErrorType::Eof | ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            ctx.error_at(SYNTAX, "invalid syntax", offset, offset)
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let rest = ctx.source.get(offset as usize..).unwrap_or("");
            if rest.trim().is_empty() && ends_with_header(ctx, scan) {
                expected_block(ctx, scan, offset)
            } else {
                let msg = "unindent does not match any outer indentation level";
                ctx.error_at(INDENTATION, msg, offset, offset)
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::StringError) => {
            // The parser's lexer also stops at a bad `\N` escape in a well-closed literal.
            if let Some(e) = escape_error(ctx, scan, offset, false) {
                return e;
            }
            let line = ctx.lines.line_col(ctx.source, offset).0;
            ctx.error_at(SYNTAX, format!("unterminated string literal (detected at line {line})"), offset, offset)
        }
        ParseErrorType::Lexical(LexicalErrorType::NestingError) => {
            unclosed(ctx, scan).unwrap_or_else(|| ctx.error_at(SYNTAX, "unmatched ')'", offset, offset + 1))
        }
        ParseErrorType::Lexical(e) => {
            if matches!(e, LexicalErrorType::UnicodeError)
                && let Some(e) = escape_error(ctx, scan, offset, true)
            {
                return e;
            }
            let (kind, msg) = lexical_message(e);
            let mut offset = offset;
            if let LexicalErrorType::OtherError(m) = e
                && (m.starts_with("ParseBigIntError") || m.starts_with("ParseIntError") || m == "Invalid Syntax")
                && let Some(err) = bad_number(ctx, scan, offset + 1).or_else(|| bad_number(ctx, scan, offset))
            {
                return err;
            }
            let in_string = matches!(e, LexicalErrorType::UnicodeError)
                || matches!(e, LexicalErrorType::OtherError(m) if m.starts_with("bytes can only contain"));
            if in_string
                && let Some(t) =
                    scan.tokens.iter().find(|t| t.kind == TokKind::Str && t.start < offset && offset <= t.end)
            {
                // Escape and bytes errors point at the string literal; CPython marks all of a
                // bytes literal with non-ASCII characters.
                if matches!(e, LexicalErrorType::OtherError(_)) {
                    return ctx.error_at(kind, msg, t.start, t.end);
                }
                offset = t.start;
            }
            if matches!(e, LexicalErrorType::OtherError(m) if m == "Invalid Token")
                && let Some(t) =
                    scan.tokens.iter().find(|t| t.kind == TokKind::Number && t.start < offset && offset <= t.end)
            {
                offset = t.start;
            }
            let string_at =
                |o: u32| scan.tokens.iter().position(|t| t.kind == TokKind::Str && t.start <= o && o <= t.end);
            if let LexicalErrorType::FStringError(_) = e
                && let Some(k) = string_at(offset)
            {
                // CPython reports f-string errors at the end of the literal.
                offset = scan.tokens[k].end;
            }
            if let LexicalErrorType::OtherError(m) = e
                && m.starts_with("cannot mix bytes")
                && let Some(mut k) = string_at(offset)
            {
                // ... and mixed literals at the end of the concatenation.
                while scan.tokens.get(k + 1).is_some_and(|t| t.kind == TokKind::Str) {
                    k += 1;
                }
                offset = scan.tokens[k].end;
            }
            if let LexicalErrorType::PositionalArgumentError = e
                && let Some(k) = scan.tokens.iter().position(|t| t.start >= offset)
            {
                // CPython points after the offending argument, and names `**` unpacking.
                let d = scan.tokens[k].depth;
                let end = scan.tokens[k..]
                    .iter()
                    .find(|t| (t.depth == d && text(ctx, t) == ",") || (t.kind == TokKind::Close && t.depth < d))
                    .map_or(offset, |t| t.start);
                let open = scan.tokens[..k].iter().rposition(|t| t.kind == TokKind::Open && t.depth < d).unwrap_or(0);
                let last_kw = scan.tokens[open..k].iter().rposition(|t| t.depth == d && text(ctx, t) == "=");
                let last_star = scan.tokens[open..k].iter().rposition(|t| {
                    t.depth == d && ctx.source.get(t.start as usize..).is_some_and(|s| s.starts_with("**"))
                });
                let msg = if last_star > last_kw {
                    "positional argument follows keyword argument unpacking"
                } else {
                    "positional argument follows keyword argument"
                };
                return ctx.error_at(SYNTAX, msg, end, end + 1);
            }
            if let LexicalErrorType::UnrecognizedToken { tok } = e {
                // The lexer reports the position after the offending character.
                let start = offset.saturating_sub(tok.len_utf8() as u32);
                if ctx.source.get(start as usize..).is_some_and(|r| r.starts_with(*tok)) {
                    offset = start;
                }
            }
            let msg = if msg == "unterminated string literal" {
                format!("{msg} (detected at line {})", ctx.lines.line_col(ctx.source, offset).0)
            } else {
                msg
            };
            ctx.error_at(kind, msg, offset, offset + 1)
        }
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => {
            // CPython's offset is the width of the indentation (its last character).
            let rest = ctx.source.get(offset as usize..).unwrap_or("");
            let at = offset + (rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len()) as u32;
            ctx.error_at(INDENTATION, "unexpected indent", at.saturating_sub(1).max(offset), at)
        }
        ParseErrorType::UnrecognizedToken(_, Some(expected)) if expected == "Indent" => {
            expected_block(ctx, scan, offset)
        }
        ParseErrorType::UnrecognizedToken(Tok::Dedent, _) => try_without_handlers(ctx, scan, offset, offset)
            .unwrap_or_else(|| ctx.error_at(INDENTATION, "unexpected unindent", offset, offset)),
        ParseErrorType::UnrecognizedToken(Tok::EndOfFile, _) => {
            unclosed(ctx, scan).unwrap_or_else(|| ctx.error_at(SYNTAX, "invalid syntax", offset, offset))
        }
        ParseErrorType::UnrecognizedToken(..) => unexpected_token(ctx, scan, offset),
        ParseErrorType::ExtraToken(_) | ParseErrorType::InvalidToken => {
            ctx.error_at(SYNTAX, "invalid syntax", offset, offset + 1)
        }
    }
}

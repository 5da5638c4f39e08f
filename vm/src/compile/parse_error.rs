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
use super::lexscan::{self, Issue, IssueKind, Scan, TokKind, Token};

const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
];

/// Error for a tokenizer-level issue found by the scanner.
pub(crate) fn issue_error(ctx: &SourceCtx, issue: &Issue) -> Box<CompileError> {
    let (kind, msg) = match issue.kind {
        IssueKind::UnterminatedString { triple } => {
            let line =
                if triple { ctx.lines.line_count().max(1) } else { ctx.lines.line_col(ctx.source, issue.start).0 };
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
        IssueKind::TooLongChain => {
            (SYNTAX, "too many nested expressions (maximum recursion depth exceeded during compilation)".to_string())
        }
    };
    ctx.error_at(kind, msg, issue.start, issue.end)
}

fn unclosed(ctx: &SourceCtx, scan: &Scan) -> Option<Box<CompileError>> {
    let &(c, pos) = scan.open.last()?;
    Some(ctx.error_at(SYNTAX, format!("'{c}' was never closed"), pos, pos + 1))
}

fn text<'s>(ctx: &SourceCtx<'s>, t: &Token) -> &'s str {
    ctx.source.get(t.start as usize..t.end as usize).unwrap_or("")
}

/// "expected an indented block after 'if' statement on line N", from the logical line that
/// ends before `offset`.
fn expected_block(ctx: &SourceCtx, scan: &Scan, offset: u32) -> Box<CompileError> {
    let toks = &scan.tokens;
    let header_end = toks.iter().rposition(|t| t.kind == TokKind::Newline && t.start < offset);
    let mut msg = "expected an indented block".to_string();
    if let Some(end) = header_end {
        let begin = toks[..end].iter().rposition(|t| t.kind == TokKind::Newline).map_or(0, |i| i + 1);
        let mut first = begin;
        // Skip decorators' lines are separate logical lines; `async` prefixes a keyword.
        if toks.get(first).is_some_and(|t| text(ctx, t) == "async") {
            first += 1;
        }
        if let Some(t) = toks.get(first).filter(|_| first < end) {
            let line = ctx.lines.line_col(ctx.source, t.start).0;
            let what = match text(ctx, t) {
                "def" => Some("function definition".to_string()),
                "class" => Some("class definition".to_string()),
                kw @ ("if" | "elif" | "else" | "while" | "for" | "try" | "except" | "finally" | "with" | "match"
                | "case") => Some(format!("'{kw}' statement")),
                _ => None,
            };
            if let Some(what) = what {
                msg = format!("expected an indented block after {what} on line {line}");
            }
        }
    }
    ctx.error_at(INDENTATION, msg, offset, offset)
}

/// Whether the last logical line of the source ends with ':' (a header without a body).
fn ends_with_header(ctx: &SourceCtx, scan: &Scan) -> bool {
    let toks = &scan.tokens;
    let n = toks.len();
    n >= 2 && toks[n - 1].kind == TokKind::Newline && text(ctx, &toks[n - 2]) == ":"
}

fn starts_expression(ctx: &SourceCtx, t: &Token) -> bool {
    match t.kind {
        TokKind::Number | TokKind::Str => true,
        TokKind::Name => !KEYWORDS.contains(&text(ctx, t)),
        _ => false,
    }
}

fn ends_expression(ctx: &SourceCtx, t: &Token) -> bool {
    match t.kind {
        TokKind::Number | TokKind::Str | TokKind::Close => true,
        TokKind::Name => !KEYWORDS.contains(&text(ctx, t)) || matches!(text(ctx, t), "None" | "True" | "False"),
        _ => false,
    }
}

/// The tokens of the logical line containing `offset` (without its end-of-line token) and the
/// index of the first token at or after `offset` (the line's length at its end).
fn logical_line(scan: &Scan, offset: u32) -> (&[Token], usize) {
    let toks = &scan.tokens;
    let begin = toks.iter().rposition(|t| t.kind == TokKind::Newline && t.start < offset).map_or(0, |i| i + 1);
    let end = toks[begin..].iter().position(|t| t.kind == TokKind::Newline).map_or(toks.len(), |i| begin + i);
    let line = &toks[begin..end];
    (line, line.iter().position(|t| t.start >= offset).unwrap_or(line.len()))
}

/// Bracket depth inside which a token sits (a closing bracket belongs to the inner level).
fn inner_depth(t: &Token) -> u32 {
    if t.kind == TokKind::Close { t.depth + 1 } else { t.depth }
}

/// Messages for invalid number literals such as `1abc`, `0x`, `1_` (the parser sees a number
/// followed by a name), positioned at the literal.
fn bad_number(ctx: &SourceCtx, scan: &Scan, offset: u32) -> Option<Box<CompileError>> {
    let num = scan.tokens.iter().find(|t| t.kind == TokKind::Number && t.start < offset && offset < t.end)?;
    let lower = text(ctx, num).to_ascii_lowercase();
    let what = match lower.get(..2) {
        Some("0x") => "hexadecimal",
        Some("0o") => "octal",
        Some("0b") => "binary",
        _ => "decimal",
    };
    Some(ctx.error_at(SYNTAX, format!("invalid {what} literal"), num.start, num.end))
}

/// Refinements of a generic "invalid syntax" at the token starting at `offset` (or the end of
/// its line), recognising the cases CPython 3.11 reports more specifically.
fn unexpected_token(ctx: &SourceCtx, scan: &Scan, offset: u32) -> Box<CompileError> {
    if let Some(e) = bad_number(ctx, scan, offset) {
        return e;
    }
    let (line, i) = logical_line(scan, offset);
    let tx = |k: usize| line.get(k).map_or("", |t| text(ctx, t));
    let kw_at = usize::from(tx(0) == "async");
    let keyword = tx(kw_at);
    let cur = line.get(i);
    let at_end = cur.is_none();
    let before_at_depth0 = |word: &str| line[..i].iter().any(|t| t.depth == 0 && text(ctx, t) == word);
    let expected_colon = match keyword {
        "else" | "try" | "finally" => i == kw_at + 1,
        "except" => at_end,
        "if" | "elif" | "while" | "with" => at_end && i > kw_at + 1,
        "class" => at_end && i > kw_at + 1,
        "def" => i >= 1 && tx(i - 1) == ")" && line[i - 1].depth == 0,
        "for" => before_at_depth0("in") && cur.is_none_or(|c| c.depth == 0),
        _ => false,
    };
    if expected_colon {
        return ctx.error_at(SYNTAX, "expected ':'", offset, offset + 1);
    }
    if keyword == "def" && i == kw_at + 2 && !at_end {
        return ctx.error_at(SYNTAX, "expected '('", offset, offset + 1);
    }
    if let Some(cur) = cur
        && text(ctx, cur) == "="
        && i >= 1
        && matches!(keyword, "if" | "elif" | "while")
        && line[i - 1].kind == TokKind::Name
        && (i < 2 || tx(i - 2) != ".")
    {
        let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
        return ctx.error_at(SYNTAX, msg, line[i - 1].start, cur.end);
    }
    // `a if b` without `else`.
    let depth = cur.map_or(0, inner_depth);
    let same_level = |t: &Token| t.depth == depth;
    if let Some(k) = line[..i].iter().rposition(|t| same_level(t) && text(ctx, t) == "if")
        && k > kw_at
        && k >= 1
        && !line[k..i].iter().any(|t| same_level(t) && text(ctx, t) == "else")
        && !line[..k].iter().any(|t| same_level(t) && text(ctx, t) == "for")
    {
        return ctx.error_at(SYNTAX, "expected 'else' after 'if' expression", line[k - 1].start, offset);
    }
    let Some(&cur) = cur else {
        return ctx.error_at(SYNTAX, "invalid syntax", offset, offset + 1);
    };
    if i >= 1 {
        let prev = line[i - 1];
        let prev_text = text(ctx, &prev);
        if prev.kind == TokKind::Name
            && matches!(prev_text, "print" | "exec")
            && (i == 1 || matches!(tx(i - 2), ":" | ";"))
            && starts_expression(ctx, &cur)
        {
            let msg = format!("Missing parentheses in call to '{prev_text}'. Did you mean {prev_text}(...)?");
            return ctx.error_at(SYNTAX, msg, prev.start, cur.end);
        }
        let name_then_string = prev.kind == TokKind::Name && cur.kind == TokKind::Str;
        if cur.depth > 0
            && prev.depth == cur.depth
            && ends_expression(ctx, &prev)
            && starts_expression(ctx, &cur)
            && !name_then_string
        {
            return ctx.error_at(SYNTAX, "invalid syntax. Perhaps you forgot a comma?", prev.start, cur.end);
        }
    }
    ctx.error_at(SYNTAX, "invalid syntax", cur.start, cur.end)
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
            "cannot use starred expression here" => s("can't use starred expression here"),
            "cannot use double starred expression here" => s("can't use double starred expression here"),
            other if other.starts_with("ParseBigIntError") || other.starts_with("ParseIntError") => s("invalid syntax"),
            other => s(other),
        },
    }
}

/// Maps a parser error to a `SyntaxError`/`IndentationError`/`TabError`.
pub(crate) fn map_parse_error(ctx: &SourceCtx, err: &ParseError) -> Box<CompileError> {
    let offset: u32 = err.offset.into();
    let scan = lexscan::scan(ctx.source, true);
    let eof_like = matches!(err.error, ParseErrorType::Eof | ParseErrorType::Lexical(LexicalErrorType::Eof));
    if let Some(issue) = &scan.issue
        && (eof_like || issue.start <= offset)
    {
        return issue_error(ctx, issue);
    }
    match &err.error {
        ParseErrorType::Eof | ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            unclosed(ctx, &scan).unwrap_or_else(|| ctx.error_at(SYNTAX, "invalid syntax", offset, offset))
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let rest = ctx.source.get(offset as usize..).unwrap_or("");
            if rest.trim().is_empty() && ends_with_header(ctx, &scan) {
                expected_block(ctx, &scan, offset)
            } else {
                let msg = "unindent does not match any outer indentation level";
                ctx.error_at(INDENTATION, msg, offset, offset)
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::StringError) => {
            let line = ctx.lines.line_col(ctx.source, offset).0;
            ctx.error_at(SYNTAX, format!("unterminated string literal (detected at line {line})"), offset, offset)
        }
        ParseErrorType::Lexical(LexicalErrorType::NestingError) => {
            unclosed(ctx, &scan).unwrap_or_else(|| ctx.error_at(SYNTAX, "unmatched ')'", offset, offset + 1))
        }
        ParseErrorType::Lexical(e) => {
            let (kind, msg) = lexical_message(e);
            let mut offset = offset;
            if let LexicalErrorType::OtherError(m) = e
                && (m.starts_with("ParseBigIntError") || m.starts_with("ParseIntError") || m == "Invalid Syntax")
                && let Some(err) = bad_number(ctx, &scan, offset + 1).or_else(|| bad_number(ctx, &scan, offset))
            {
                return err;
            }
            let in_string = matches!(e, LexicalErrorType::UnicodeError)
                || matches!(e, LexicalErrorType::OtherError(m) if m.starts_with("bytes can only contain"));
            if in_string
                && let Some(t) =
                    scan.tokens.iter().find(|t| t.kind == TokKind::Str && t.start < offset && offset <= t.end)
            {
                // Escape and bytes errors point at the string literal.
                offset = t.start;
            }
            if matches!(e, LexicalErrorType::OtherError(m) if m == "Invalid Token")
                && let Some(t) =
                    scan.tokens.iter().find(|t| t.kind == TokKind::Number && t.start < offset && offset <= t.end)
            {
                offset = t.start;
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
            // CPython points at the first token after the indentation.
            let rest = ctx.source.get(offset as usize..).unwrap_or("");
            let at = offset + (rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len()) as u32;
            ctx.error_at(INDENTATION, "unexpected indent", at, at)
        }
        ParseErrorType::UnrecognizedToken(_, Some(expected)) if expected == "Indent" => {
            expected_block(ctx, &scan, offset)
        }
        ParseErrorType::UnrecognizedToken(_, Some(expected)) if expected == "\":\"" => {
            ctx.error_at(SYNTAX, "expected ':'", offset, offset + 1)
        }
        ParseErrorType::UnrecognizedToken(Tok::Dedent, _) => {
            ctx.error_at(INDENTATION, "unexpected unindent", offset, offset)
        }
        ParseErrorType::UnrecognizedToken(Tok::EndOfFile, _) => {
            unclosed(ctx, &scan).unwrap_or_else(|| ctx.error_at(SYNTAX, "invalid syntax", offset, offset))
        }
        ParseErrorType::UnrecognizedToken(..) => unexpected_token(ctx, &scan, offset),
        ParseErrorType::ExtraToken(_) | ParseErrorType::InvalidToken => {
            ctx.error_at(SYNTAX, "invalid syntax", offset, offset + 1)
        }
    }
}

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
    let lit = text(ctx, num).to_ascii_lowercase();
    let at = |i: usize| num.start + i as u32;
    let (what, digits): (&str, fn(char) -> bool) = match lit.get(..2) {
        Some("0x") => ("hexadecimal", |c| c.is_ascii_hexdigit()),
        Some("0o") => ("octal", |c| ('0'..='7').contains(&c)),
        Some("0b") => ("binary", |c| c == '0' || c == '1'),
        _ => ("decimal", |c| c.is_ascii_digit()),
    };
    let body_start = if what == "decimal" { 0 } else { 2 };
    // CPython's tokenizer positions: a bad digit, a `_` not followed by a digit, or the prefix.
    for (i, c) in lit.char_indices().skip(body_start) {
        if c == '_' {
            if !lit[i + 1..].starts_with(|d: char| digits(d)) {
                return Some(ctx.error_at(SYNTAX, format!("invalid {what} literal"), at(i), at(i) + 1));
            }
        } else if what != "decimal" && c.is_ascii_digit() && !digits(c) {
            return Some(ctx.error_at(SYNTAX, format!("invalid digit '{c}' in {what} literal"), at(i), at(i) + 1));
        } else if what != "decimal" && !digits(c) {
            break;
        }
    }
    if what != "decimal" && lit.len() == 2 {
        return Some(ctx.error_at(SYNTAX, format!("invalid {what} literal"), at(1), at(2)));
    }
    Some(ctx.error_at(SYNTAX, format!("invalid {what} literal"), num.start, num.end))
}

/// Where an expression starting at `offset` ends (the token after it), following brackets;
/// the last token when a bracket is never closed.
fn expression_end(ctx: &SourceCtx, scan: &Scan, offset: u32) -> u32 {
    let Some(k) = scan.tokens.iter().position(|t| t.start >= offset) else { return offset };
    let d = scan.tokens[k].depth;
    for t in &scan.tokens[k + 1..] {
        let closes = t.kind == TokKind::Close && t.depth < d;
        let at_level = t.depth == d && t.kind != TokKind::Open && t.kind != TokKind::Close;
        let stops = at_level
            && (t.kind == TokKind::Newline
                || matches!(text(ctx, t), "," | "=" | ":" | ";")
                || (t.kind == TokKind::Name && KEYWORDS.contains(&text(ctx, t))));
        if closes || stops {
            return t.start;
        }
    }
    scan.tokens.last().map_or(offset, |t| t.start)
}

/// Whether the token is the second `*` of a `**` (tokens are single characters).
fn starts_after_star(ctx: &SourceCtx, t: &Token) -> bool {
    t.start > 0 && ctx.source.as_bytes().get(t.start as usize - 1) == Some(&b'*')
}

/// "':' expected after dictionary key" for `{k: v, k2}` (the error token ends an element with
/// no `:` inside a display whose earlier elements have one).
fn dict_key_without_value(ctx: &SourceCtx, line: &[Token], i: usize) -> Option<Box<CompileError>> {
    let cur = line.get(i)?;
    if !matches!(text(ctx, cur), "}" | ",") {
        return None;
    }
    let d = inner_depth(cur);
    let open = line[..i].iter().rposition(|t| t.kind == TokKind::Open && t.depth + 1 == d)?;
    if text(ctx, &line[open]) != "{" {
        return None;
    }
    let at_level = |t: &&Token| t.depth == d;
    let elem_start =
        line[open + 1..i].iter().rposition(|t| at_level(&t) && text(ctx, t) == ",").map_or(open + 1, |k| open + 2 + k);
    let colon = |r: &[Token]| r.iter().filter(at_level).any(|t| text(ctx, t) == ":");
    if elem_start >= i || colon(&line[elem_start..i]) || !colon(&line[open + 1..elem_start]) {
        return None;
    }
    let start = line[elem_start].start;
    Some(ctx.error_at(SYNTAX, "':' expected after dictionary key", start, line[i - 1].end))
}

/// "expected 'except' or 'finally' block" when the statement starting at `line_start` (or the
/// end of input, with `line_start` past it) closes the body of a `try` that has no handlers.
fn try_without_handlers(ctx: &SourceCtx, scan: &Scan, line_start: u32, at: u32) -> Option<Box<CompileError>> {
    let toks = &scan.tokens;
    let col = |t: &Token| ctx.lines.line_col(ctx.source, t.start).1;
    let cur_col = toks.iter().find(|t| t.start >= line_start).map_or(0, col);
    // First tokens of the logical lines before `line_start`.
    let mut firsts = Vec::new();
    let mut prev_newline = true;
    for t in toks.iter().take_while(|t| t.start < line_start) {
        if prev_newline && t.kind != TokKind::Newline {
            firsts.push(*t);
        }
        prev_newline = t.kind == TokKind::Newline;
    }
    let (last, earlier) = firsts.split_last()?;
    // Walk outwards through the headers of the blocks being closed, innermost first.
    let mut bound = col(last);
    if bound <= cur_col {
        return None;
    }
    for t in earlier.iter().rev() {
        let c = col(t);
        if c >= bound {
            continue;
        }
        if c < cur_col {
            return None;
        }
        if text(ctx, t) == "try" {
            return Some(ctx.error_at(SYNTAX, "expected 'except' or 'finally' block", at, at + 1));
        }
        if c == cur_col {
            return None;
        }
        bound = c;
    }
    None
}

/// Refinements of a generic "invalid syntax" at the token starting at `offset` (or the end of
/// its line), recognising the cases CPython 3.11 reports more specifically.
fn unexpected_token(ctx: &SourceCtx, scan: &Scan, offset: u32) -> Box<CompileError> {
    if let Some(e) = bad_number(ctx, scan, offset) {
        return e;
    }
    let (line, i) = logical_line(scan, offset);
    if i == 0
        && let Some(first) = line.first()
        && let Some(e) = try_without_handlers(ctx, scan, first.start, offset)
    {
        return e;
    }
    let tx = |k: usize| line.get(k).map_or("", |t| text(ctx, t));
    let kw_at = usize::from(tx(0) == "async");
    let keyword = tx(kw_at);
    let cur = line.get(i);
    let at_end = cur.is_none();
    let before_at_depth0 = |word: &str| line[..i].iter().any(|t| t.depth == 0 && text(ctx, t) == word);
    // Where CPython 3.11's grammar says "expected ':'" (forced colons after `def (...)`, `else`,
    // `try`, `finally`; otherwise only when the header runs into the end of the line).
    let header_ok = !before_at_depth0(":");
    let expected_colon = header_ok
        && match keyword {
            "else" | "try" | "finally" => i == kw_at + 1,
            "except" => at_end,
            "if" | "elif" | "while" | "with" | "class" => at_end && i > kw_at + 1,
            "def" => before_at_depth0(")"),
            "for" => {
                at_end
                    && line[..i].iter().rposition(|t| t.depth == 0 && text(ctx, t) == "in").is_some_and(|k| k + 1 < i)
            }
            _ => false,
        };
    if expected_colon {
        return ctx.error_at(SYNTAX, "expected ':'", offset, offset + 1);
    }
    if keyword == "def" && i == kw_at + 2 && !at_end {
        return ctx.error_at(SYNTAX, "expected '('", offset, offset + 1);
    }
    let starts = |t: &Token, s: &str| ctx.source.get(t.start as usize..).is_some_and(|r| r.starts_with(s));
    if keyword == "def"
        && let Some(cur) = cur
        && cur.depth == 1
    {
        let params = &line[..i];
        if params.iter().any(|t| t.depth == 1 && starts(t, "**")) {
            return ctx.error_at(SYNTAX, "arguments cannot follow var-keyword argument", offset, offset + 1);
        }
        let single_star = |t: &Token| t.depth == 1 && starts(t, "*") && !starts(t, "**");
        // CPython's rule needs the second `*` to start a parameter (`*name,` `*name)` or `*,`).
        let tx_at = |k: usize| line.get(k).map_or("", |t| text(ctx, t));
        let starts_param = tx_at(i + 1) == ","
            || (line.get(i + 1).is_some_and(|t| t.kind == TokKind::Name) && matches!(tx_at(i + 2), "," | ")" | ":"));
        if single_star(cur) && starts_param && params.iter().any(|t| single_star(t) && !starts_after_star(ctx, t)) {
            return ctx.error_at(SYNTAX, "* argument may appear only once", offset, offset + 1);
        }
    }
    if let Some(e) = dict_key_without_value(ctx, line, i) {
        return e;
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
        // Not for parameter names (default values are expressions) nor after the `in` of a
        // comprehension clause, where CPython's grammar expects no expression list.
        let open = line[..i].iter().rposition(|t| t.kind == TokKind::Open && t.depth < cur.depth).unwrap_or(0);
        let level = |t: &Token, s: &str| t.depth == cur.depth && text(ctx, t) == s;
        let item = line[open..i].iter().rposition(|t| level(t, ",")).map_or(open, |k| open + k);
        let in_params = keyword == "def" && cur.depth == 1 && !line[item..i].iter().any(|t| level(t, "="));
        let in_comprehension = line[open..i]
            .iter()
            .rposition(|t| level(t, "for"))
            .is_some_and(|f| line[open + f..i].iter().any(|t| level(t, "in")));
        if cur.depth > 0
            && !in_params
            && !in_comprehension
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
            let line = ctx.lines.line_col(ctx.source, offset).0;
            ctx.error_at(SYNTAX, format!("unterminated string literal (detected at line {line})"), offset, offset)
        }
        ParseErrorType::Lexical(LexicalErrorType::NestingError) => {
            unclosed(ctx, scan).unwrap_or_else(|| ctx.error_at(SYNTAX, "unmatched ')'", offset, offset + 1))
        }
        ParseErrorType::Lexical(e) => {
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
                // Escape and bytes errors point at the string literal.
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

//! Recognising specific syntax errors around the parser's error position.
//!
//! The parser only says which token it did not expect. CPython 3.11's grammar has dedicated
//! "invalid_*" rules producing better messages; these helpers reproduce the common ones from
//! the [`lexscan`](super::lexscan) token stream of the logical line around the error: missing
//! colons and parentheses in headers, `=` instead of `==`, a conditional expression without
//! `else`, a missing comma, `print x`, invalid number literals, misplaced `*`/`**` parameters,
//! dictionary keys without values, `try` without handlers and headers without a block. Each
//! rule was checked against CPython 3.11 (see `tests/errors.rs` and `tests/differential.rs`).

use super::error::{CompileError, INDENTATION, SYNTAX, SourceCtx};
use super::lexscan::{Scan, TokKind, Token};
use super::parse_error::{KEYWORDS, text};

/// "expected an indented block after 'if' statement on line N", from the logical line that
/// ends before `offset`.
pub(super) fn expected_block(ctx: &SourceCtx, scan: &Scan, offset: u32) -> Box<CompileError> {
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
pub(super) fn ends_with_header(ctx: &SourceCtx, scan: &Scan) -> bool {
    let toks = &scan.tokens;
    let n = toks.len();
    n >= 2 && toks[n - 1].kind == TokKind::Newline && text(ctx, &toks[n - 2]) == ":"
}

pub(super) fn starts_expression(ctx: &SourceCtx, t: &Token) -> bool {
    match t.kind {
        TokKind::Number | TokKind::Str => true,
        TokKind::Name => !KEYWORDS.contains(&text(ctx, t)),
        _ => false,
    }
}

pub(super) fn ends_expression(ctx: &SourceCtx, t: &Token) -> bool {
    match t.kind {
        TokKind::Number | TokKind::Str | TokKind::Close => true,
        TokKind::Name => !KEYWORDS.contains(&text(ctx, t)) || matches!(text(ctx, t), "None" | "True" | "False"),
        _ => false,
    }
}

/// The tokens of the logical line containing `offset` (without its end-of-line token) and the
/// index of the first token at or after `offset` (the line's length at its end).
pub(super) fn logical_line(scan: &Scan, offset: u32) -> (&[Token], usize) {
    let toks = &scan.tokens;
    let begin = toks.iter().rposition(|t| t.kind == TokKind::Newline && t.start < offset).map_or(0, |i| i + 1);
    let end = toks[begin..].iter().position(|t| t.kind == TokKind::Newline).map_or(toks.len(), |i| begin + i);
    let line = &toks[begin..end];
    (line, line.iter().position(|t| t.start >= offset).unwrap_or(line.len()))
}

/// Bracket depth inside which a token sits (a closing bracket belongs to the inner level).
pub(super) fn inner_depth(t: &Token) -> u32 {
    if t.kind == TokKind::Close { t.depth + 1 } else { t.depth }
}

/// Messages for invalid number literals such as `1abc`, `0x`, `1_` (the parser sees a number
/// followed by a name), positioned at the literal.
pub(super) fn bad_number(ctx: &SourceCtx, scan: &Scan, offset: u32) -> Option<Box<CompileError>> {
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
pub(super) fn expression_end(ctx: &SourceCtx, scan: &Scan, offset: u32) -> u32 {
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

/// Whether the byte just before the token is a `*`.
pub(super) fn starts_after_star(ctx: &SourceCtx, t: &Token) -> bool {
    t.start > 0 && ctx.source.as_bytes().get(t.start as usize - 1) == Some(&b'*')
}

/// "':' expected after dictionary key" for `{k: v, k2}` (the error token ends an element with
/// no `:` inside a display whose earlier elements have one).
pub(super) fn dict_key_without_value(ctx: &SourceCtx, line: &[Token], i: usize) -> Option<Box<CompileError>> {
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
pub(super) fn try_without_handlers(
    ctx: &SourceCtx,
    scan: &Scan,
    line_start: u32,
    at: u32,
) -> Option<Box<CompileError>> {
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
            // CPython marks the token it stopped at: the first one of the line that is neither
            // handler nor block (none at the end of the source: an empty range).
            let line_of = |o: u32| ctx.lines.line_col(ctx.source, o).0;
            let token = toks.iter().find(|t| t.start >= at && t.kind != TokKind::Newline);
            let (start, end) = match token.filter(|t| line_of(t.start) == line_of(at)) {
                Some(t) => (t.start, t.end),
                None => (at, at),
            };
            return Some(ctx.error_at(SYNTAX, "expected 'except' or 'finally' block", start, end));
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
pub(super) fn unexpected_token(ctx: &SourceCtx, scan: &Scan, offset: u32) -> Box<CompileError> {
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
        && line.get(i + 1).is_some_and(|t| starts_operand(ctx, t))
    {
        let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
        // invalid_named_expression marks NAME '=' bitwise_or: through the operand's last token.
        return ctx.error_at(SYNTAX, msg, line[i - 1].start, bitwise_or_end(ctx, &line[i + 1..]).unwrap_or(cur.end));
    }
    // `a if b` without `else` (invalid_expression needs the condition `b`: `1 if` alone is
    // plain invalid syntax).
    let depth = cur.map_or(0, inner_depth);
    let same_level = |t: &Token| t.depth == depth;
    if let Some(k) = line[..i].iter().rposition(|t| same_level(t) && text(ctx, t) == "if")
        && k > kw_at
        && k >= 1
        && k + 1 < i
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
            // CPython marks the whole expressions on both sides of the missing comma.
            let (start, end) = (operand_start(ctx, line, i), operand_end(ctx, line, i));
            return ctx.error_at(SYNTAX, "invalid syntax. Perhaps you forgot a comma?", start, end);
        }
    }
    ctx.error_at(SYNTAX, "invalid syntax", cur.start, cur.end)
}

/// Whether `t` can start a `bitwise_or` operand (`if x => 3` is not `x = <operand>`).
fn starts_operand(ctx: &SourceCtx, t: &Token) -> bool {
    let tx = text(ctx, t);
    starts_expression(ctx, t)
        || matches!(tx, "None" | "True" | "False" | "await" | "-" | "+" | "~" | "...")
        || (t.kind == TokKind::Open && tx != "}")
}

/// Whether `t` (outside any brackets of the expression) ends an operand on its side: a
/// separator, an assignment-like operator, or a keyword other than those inside expressions.
fn splits_operands(ctx: &SourceCtx, t: &Token) -> bool {
    let tx = text(ctx, t);
    match t.kind {
        TokKind::Newline => true,
        TokKind::Name => KEYWORDS.contains(&tx) && !matches!(tx, "and" | "or" | "not" | "in" | "is" | "await"),
        TokKind::Op => {
            matches!(tx, "," | ";" | ":" | "=" | ":=" | "->")
                || (tx.len() >= 2 && tx.ends_with('=') && !matches!(tx, "==" | "<=" | ">=" | "!="))
        }
        _ => false,
    }
}

/// Where the expression ending just before `line[i]` starts (CPython's `disjunction` before a
/// missing comma): back over brackets to a separator, keyword or the enclosing bracket.
fn operand_start(ctx: &SourceCtx, line: &[Token], i: usize) -> u32 {
    let mut nest = 0u32;
    let mut start = line[i - 1].start;
    for t in line[..i].iter().rev() {
        match t.kind {
            TokKind::Close => nest += 1,
            TokKind::Open if nest == 0 => break,
            TokKind::Open => nest -= 1,
            _ if nest == 0 && splits_operands(ctx, t) => break,
            _ => {}
        }
        start = t.start;
    }
    start
}

/// Where the expression starting at `line[i]` ends (the end of its last token): before a
/// separator, or before a second operand juxtaposed with it (`[1 2 3]` marks `1 2`).
fn operand_end(ctx: &SourceCtx, line: &[Token], i: usize) -> u32 {
    let mut nest = 0u32;
    let mut end = line[i].end;
    for (k, t) in line.iter().enumerate().skip(i) {
        let juxtaposed = k > i
            && starts_expression(ctx, t)
            && ends_expression(ctx, &line[k - 1])
            && !(t.kind == TokKind::Str && line[k - 1].kind == TokKind::Str);
        match t.kind {
            TokKind::Open => nest += 1,
            TokKind::Close if nest == 0 => break,
            TokKind::Close => nest -= 1,
            _ if nest == 0 && (juxtaposed || splits_operands(ctx, t)) => break,
            _ => {}
        }
        end = t.end;
    }
    end
}

/// The end of the `bitwise_or` expression the tokens start with: up to a comparison, boolean or
/// conditional keyword, `:`, `,`, `=` or the end of the enclosing brackets.
fn bitwise_or_end(ctx: &SourceCtx, toks: &[Token]) -> Option<u32> {
    const STOP: &[&str] = &[
        ":", ",", "=", ":=", ";", "if", "else", "and", "or", "not", "in", "is", "<", ">", "==", ">=", "<=", "!=", "for",
        "async", "lambda",
    ];
    let mut nest = 0u32;
    let mut end = None;
    for t in toks {
        let tx = text(ctx, t);
        match t.kind {
            TokKind::Newline => break,
            TokKind::Open => nest += 1,
            TokKind::Close if nest == 0 => break,
            TokKind::Close => nest -= 1,
            _ if nest == 0 && STOP.contains(&tx) => break,
            _ => {}
        }
        end = Some(t.end);
    }
    end
}

//! Compile errors and the source context used to position them.
//!
//! Every error the compiler reports — from the parser, the symbol table or code generation — is
//! a [`CompileError`] carrying the exception kind (`SyntaxError`, `IndentationError` or
//! `TabError`), CPython's message and position. Positions follow `SyntaxError`'s attributes:
//! 1-based line, 1-based character column (`offset`), end position, and the source line.
//! [`SourceCtx`] bundles what is needed to build one from a byte range.

use std::cell::RefCell;
use std::fmt;

use rustpython_parser::text_size::TextRange;

use super::linemap::LineMap;
use crate::bytecode::Location;

/// A compile-time error, mirroring CPython's `SyntaxError` attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// `"SyntaxError"`, `"IndentationError"` or `"TabError"`.
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based character column, like `SyntaxError.offset`.
    pub col: u32,
    pub end_line: u32,
    /// `SyntaxError.end_offset`: 0 or -1 where CPython reports no end.
    pub end_col: i64,
    /// The source line the error is on, as `SyntaxError.text` (see `with_parse_positions`).
    pub text: Option<String>,
    /// `args` is `(msg,)` alone, as for CPython's symbol-table errors.
    pub msg_only_args: bool,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({}, line {})", self.kind, self.msg, self.filename, self.line)
    }
}

impl std::error::Error for CompileError {}

impl CompileError {
    /// A parse error's `text` and `end_offset` as CPython 3.11 reports them. Errors its
    /// tokenizer raises keep the line without its newline and end where they start ("was never
    /// closed" at 0); its parser's carry the line with the newline it appends to the source;
    /// an indentation error and a missing block name no end (-1). The parser's line keeps its
    /// terminator when `source` has one there or when it parses a module (`exec`), for which
    /// CPython ends the source with a newline.
    pub(crate) fn with_parse_positions(mut self: Box<Self>, source: &str, exec: bool) -> Box<Self> {
        let newline = exec
            || source.split_inclusive('\n').nth((self.line as usize).saturating_sub(1)).is_some_and(|l| l.ends_with('\n'));
        let m = self.msg.as_str();
        if self.kind == TAB {
            if let Some(t) = &mut self.text
                && newline
            {
                t.push('\n');
            }
            return self;
        }
        if m.starts_with("duplicate argument") {
            // The parser we use finds this one; CPython's symbol table does.
            return self.with_compile_positions(source, exec);
        }
        if m.starts_with("keyword argument repeated") {
            // CPython's compiler finds this one: it spans the whole `name=value` argument.
            if let Some(t) = &self.text {
                let mut depth = 0i32;
                let rest: Vec<char> = t.chars().skip(self.col.saturating_sub(1) as usize).collect();
                let len = rest
                    .iter()
                    .position(|&c| {
                        match c {
                            '(' | '[' | '{' => depth += 1,
                            ')' | ']' | '}' if depth > 0 => depth -= 1,
                            _ => {}
                        }
                        depth == 0 && matches!(c, ',' | ')')
                    })
                    .unwrap_or(rest.len());
                self.end_col = self.col as i64 + len as i64;
            }
            return self.with_text_from_file();
        }
        let tokenizer = m.starts_with("unterminated ")
            || m.starts_with("unmatched '")
            || m.starts_with("closing parenthesis")
            || m.starts_with("too many nested parentheses")
            || (m.starts_with("invalid ") && m.ends_with(" literal"))
            || m.starts_with("invalid digit '");
        if m.starts_with("leading zeros in decimal") {
            // A tokenizer error that keeps its one-character span.
        } else if m.ends_with("' was never closed") {
            self.end_col = 0;
        } else if tokenizer {
            (self.end_line, self.end_col) = (self.line, self.col as i64);
        } else {
            if let Some(t) = &mut self.text
                && newline
            {
                t.push('\n');
            }
            // CPython's parser gives no end to an error at a token without one (the end of
            // the input); a missing handler before a statement marks that statement's token.
            let at_end = self.end_line == self.line && self.end_col <= self.col as i64;
            if m == "unexpected indent"
                || m.starts_with("unindent does not match")
                || (m == "expected 'except' or 'finally' block" && at_end)
            {
                self.end_col = -1;
            } else if m.starts_with("expected ':'") {
                (self.end_line, self.end_col) = (self.line, self.col as i64);
            } else if m.starts_with("expected an indented block") {
                let word = self.text.as_deref().and_then(|t| t.chars().skip(self.col.saturating_sub(1) as usize).collect::<String>().split(|c: char| !(c.is_alphanumeric() || c == '_')).next().map(|w| w.chars().count()));
                self.end_col = (self.col as usize + word.unwrap_or(0)) as i64;
            }
        }
        self
    }

    /// A parser error's position where it depends on how CPython's tokenizer ends the input.
    /// Its NEWLINE token leaves the '\n' out, so an error there ends where it starts. Without
    /// a final newline, a module (`exec`) gets an implicit one, but `eval` and `single` input
    /// ends in an ENDMARKER with no column: an error at the end of it reports offset 0 and end
    /// 0. A bracket "never closed" on the last line shows that line with its newline, or the
    /// implicit one of a module.
    pub(crate) fn with_input_end(mut self: Box<Self>, source: &str, exec: bool) -> Box<Self> {
        let lines: Vec<&str> = source.split_inclusive('\n').collect();
        let Some(line) = lines.get((self.line as usize).saturating_sub(1)) else { return self };
        let last = self.line as usize == lines.len();
        if self.kind == SYNTAX && self.msg == "invalid syntax" && self.col >= 1 {
            let at = self.col as usize - 1;
            let mut chars = line.chars();
            match chars.nth(at) {
                Some('\n') => (self.end_line, self.end_col) = (self.line, self.col as i64),
                None if last && !exec && at == line.chars().count() => {
                    self.col = 0;
                    (self.end_line, self.end_col) = (self.line, 0);
                }
                _ => {}
            }
        } else if self.msg.ends_with("' was never closed")
            && last
            && (exec || line.ends_with('\n'))
            && let Some(t) = &mut self.text
            && !t.ends_with('\n')
        {
            t.push('\n');
        }
        self
    }

    /// An error found after parsing, as CPython reports it: the target and literal checks its
    /// parser makes keep the source line; its compiler's and symbol table's read the line from
    /// the file (see `with_text_from_file`), and the symbol table's carry only the message in
    /// `args`.
    pub(crate) fn with_compile_positions(self: Box<Self>, source: &str, exec: bool) -> Box<Self> {
        let m = self.msg.as_str();
        let parser = (m.starts_with("cannot ") && !m.contains("__debug__"))
            || m.starts_with("assignment to yield expression")
            || m.ends_with("is an illegal expression for augmented assignment")
            || m.starts_with("only single target")
            || m.starts_with("illegal target for annotation")
            || m.starts_with("Generator expression must be parenthesized")
            || m.ends_with("number required in complex literal")
            || m == "invalid syntax"
            || m.starts_with("expected '");
        if parser {
            return self.with_parse_positions(source, exec);
        }
        let mut e = self.with_text_from_file();
        let m = e.msg.as_str();
        e.msg_only_args = m.contains("declaration")
            || m.starts_with("import * only allowed")
            || m.starts_with("duplicate argument")
            || m.starts_with("no binding for nonlocal")
            || m.contains("is parameter and")
            || m.starts_with("annotated name");
        e
    }

    /// A compile (not parse) error's `text`, as CPython reads it: from the file named
    /// `filename`, None when there is no such file (`<string>`).
    pub(crate) fn with_text_from_file(mut self: Box<Self>) -> Box<Self> {
        self.text = std::fs::read_to_string(&self.filename)
            .ok()
            .and_then(|t| t.lines().nth((self.line as usize).saturating_sub(1)).map(|l| format!("{l}\n")));
        self
    }
}

pub(crate) const SYNTAX: &str = "SyntaxError";
pub(crate) const INDENTATION: &str = "IndentationError";
pub(crate) const TAB: &str = "TabError";

/// Result type of the internal passes.
pub(crate) type CResult<T> = Result<T, Box<CompileError>>;

/// The source being compiled, for positions and error construction.
pub(crate) struct SourceCtx<'s> {
    pub filename: &'s str,
    pub source: &'s str,
    pub lines: LineMap,
    /// The `SyntaxWarning`s found so far (message and position), in CPython's order; see
    /// `syntax_warnings.rs`.
    pub warnings: RefCell<Vec<CompileError>>,
}

impl<'s> SourceCtx<'s> {
    pub(crate) fn new(filename: &'s str, source: &'s str) -> Self {
        SourceCtx { filename, source, lines: LineMap::new(source), warnings: RefCell::new(Vec::new()) }
    }

    pub(crate) fn location(&self, range: TextRange) -> Location {
        self.lines.location(self.source, range)
    }

    /// An error spanning the byte range `start..end`.
    pub(crate) fn error_at(
        &self,
        kind: &'static str,
        msg: impl Into<String>,
        start: u32,
        end: u32,
    ) -> Box<CompileError> {
        let (line, col) = self.lines.line_col(self.source, start);
        let (mut end_line, mut end_col) = self.lines.line_col(self.source, end.max(start));
        if end_line > line && end == start + 1 {
            // A one-character range over a line break stays on its line.
            (end_line, end_col) = (line, col + 1);
        }
        let (col, end_col) = if kind == TAB {
            // CPython's tokenizer raises a TabError at no column (`col_offset` -1): offset 1,
            // end offset 0, so the traceback shows the line without a caret.
            (1, 0)
        } else {
            (col + 1, end_col as i64 + 1)
        };
        Box::new(CompileError {
            kind,
            msg: msg.into(),
            filename: self.filename.to_string(),
            line,
            col,
            end_line,
            end_col,
            text: Some(self.lines.line_text(self.source, line).to_string()),
            msg_only_args: false,
        })
    }

    /// A `SyntaxError` covering an AST node.
    pub(crate) fn error(&self, range: TextRange, msg: impl Into<String>) -> Box<CompileError> {
        self.error_at(SYNTAX, msg, range.start().into(), range.end().into())
    }
}

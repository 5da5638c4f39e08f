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
    pub end_col: u32,
    /// The source line the error is on, without its line terminator.
    pub text: Option<String>,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({}, line {})", self.kind, self.msg, self.filename, self.line)
    }
}

impl std::error::Error for CompileError {}

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
            (col + 1, end_col + 1)
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
        })
    }

    /// A `SyntaxError` covering an AST node.
    pub(crate) fn error(&self, range: TextRange, msg: impl Into<String>) -> Box<CompileError> {
        self.error_at(SYNTAX, msg, range.start().into(), range.end().into())
    }
}

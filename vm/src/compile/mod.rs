//! The bytecode compiler: Python 3.11 source to [`CodeObject`]s (see `bytecode.rs`).
//!
//! # Pipeline
//! 1. [`lexscan`] pre-scans the source for nesting beyond CPython's limits (which would otherwise
//!    make later recursive passes overflow the stack).
//! 2. `rustpython-parser` builds the AST; its errors are mapped to CPython's `SyntaxError`,
//!    `IndentationError` and `TabError` messages by [`parse_error`].
//! 3. [`symtable_build`] walks the AST recording name usage per scope, validating assignment
//!    targets ([`targets`]) and rejecting unsupported constructs (`except*`);
//!    [`symtable`] then resolves every name to local / global / free / cell exactly as CPython.
//! 4. The code generator ([`codegen`] and the `impl Compiler` blocks in [`stmt`], [`expr`],
//!    [`call`], [`assign`], [`unwind`], [`function`], [`comprehension`], [`pattern`] for
//!    `match`) emits instructions into
//!    [`unit::CodeUnit`]s (annotations in [`annotations`]); finishing a unit resolves jump
//!    labels, drops unreachable code and computes `max_stack` by abstract interpretation
//!    ([`stackdepth`]).
//!
//! Syntax errors, scoping decisions and instruction positions are checked against CPython 3.11
//! by the (ignored) differential tests in `tests/differential.rs`.
//!
//! Compilation never panics: every failure is a [`CompileError`]. As a last resort against
//! bugs, the passes run under `catch_unwind` and a panic becomes an "internal compiler error".
//! Sources that may nest deeply (per the pre-scan's estimate) are compiled on a helper thread
//! with a generous stack, since the passes and the AST's destructor recurse on nesting depth.
//!
//! # Conventions shared with the interpreter
//! * Module and class bodies use `LoadName`/`StoreName`; functions use fast locals, cells and
//!   globals as resolved by the symbol table; class bodies read free variables with
//!   `LoadClassDeref`.
//! * In [`Mode::Single`], top-level expression statements call `sys.displayhook(value)` (compiled
//!   as `<value> LoadConst 0 LoadConst None ImportName sys LoadAttr displayhook Swap 2
//!   CallFunction 1 PopTop`, i.e. like CPython's `PRINT_EXPR`).
//! * `__debug__` loads compile to the constant `True`.
//! * Annotations follow CPython 3.11 (functions get `__annotations__` via `StoreAttr`; module
//!   and class bodies fill an `__annotations__` dict); see `annotations.rs` and `bytecode.rs`.
//! * A lone `f(*x)` passes `x` itself to `CallFunctionEx` (see `bytecode.rs`).

mod annotations;
mod ast_checks;
mod assign;
mod call;
pub mod code_cache;
mod codegen;
mod comprehension;
mod dis;
mod error;
mod escape_error;
mod expr;
mod fold;
mod fstring_check;
mod fstring_spec;
mod function;
mod lexscan;
mod linemap;
mod parse_error;
mod pattern;
mod stackdepth;
mod stmt;
mod symtable;
mod symtable_build;
mod symtable_expr;
mod syntax_hints;
mod syntax_warnings;
mod targets;
mod trystar;
mod unit;
mod unwind;

#[cfg(test)]
mod tests;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use rustpython_parser::ast::{Mod, Ranged};

pub use ast_checks::ParseChecks;
pub use dis::dis;

/// Net stack effect of `instr` on its fall-through edge (contention reports walk back over it).
pub(crate) fn stackdepth_effect(instr: &crate::bytecode::Instr) -> i64 {
    stackdepth::effect(instr, false)
}
pub use error::CompileError;

use crate::bytecode::CodeObject;
use error::{SYNTAX, SourceCtx};
use lexscan::IssueKind;
use symtable_build::Top;

/// Maximum AST nesting the compiler recurses into before giving up with an error.
pub(crate) const MAX_NESTING: u32 = 2000;
/// Sources whose AST cannot nest deeper than this are compiled on the caller's thread.
pub(crate) const INLINE_NESTING: u32 = 300;
/// Stack size of the helper thread for larger sources.
const HELPER_STACK: usize = 64 << 20;

/// What the source is, as for Python's `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: a sequence of statements; the code returns `None`.
    Exec,
    /// A single expression; the code returns its value.
    Eval,
    /// One interactive statement: expression statements print their value.
    Single,
}

/// Compiles Python source to a module-level code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    compile_with_warnings(source, filename, mode).map(|(code, _)| code)
}

/// A compiled module and the `SyntaxWarning`s CPython's compiler would issue for it (each a
/// message and position; `kind` is `SyntaxError`, what the warning becomes when a warnings
/// filter turns it into an error).
pub type Compiled = (Arc<CodeObject>, Vec<CompileError>);

/// [`compile`], also returning the `SyntaxWarning`s to issue, in CPython's order.
pub fn compile_with_warnings(source: &str, filename: &str, mode: Mode) -> Result<Compiled, CompileError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let scan = lexscan::scan(source, false);
    if scan.nesting <= INLINE_NESTING {
        return guarded(source, filename, mode, &scan);
    }
    std::thread::scope(|s| {
        let spawned = std::thread::Builder::new()
            .name("pyrs-compile".to_string())
            .stack_size(HELPER_STACK)
            .spawn_scoped(s, || guarded(source, filename, mode, &scan));
        match spawned {
            Ok(handle) => handle.join().unwrap_or_else(|_| Err(internal_error(filename, "compiler thread failed"))),
            Err(_) => guarded(source, filename, mode, &scan),
        }
    })
}

fn internal_error(filename: &str, msg: &str) -> CompileError {
    CompileError {
        kind: SYNTAX,
        msg: format!("internal compiler error: {msg}"),
        filename: filename.to_string(),
        line: 1,
        col: 1,
        end_line: 1,
        end_col: 1,
        text: None,
        msg_only_args: false,
    }
}

/// Runs the compiler, turning a panic (a compiler bug) into an error.
fn guarded(source: &str, filename: &str, mode: Mode, scan: &lexscan::Scan) -> Result<Compiled, CompileError> {
    match catch_unwind(AssertUnwindSafe(|| compile_source(source, filename, mode, scan))) {
        Ok(result) => result.map_err(|e| *e),
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string());
            Err(internal_error(filename, &msg))
        }
    }
}

/// The checks that precede parsing (null bytes, nesting limits), then the parse itself with
/// errors mapped to CPython's messages.
fn parse_checked(ctx: &SourceCtx, mode: Mode, scan: &lexscan::Scan) -> error::CResult<Mod> {
    let source = ctx.source;
    if let Some(nul) = source.find('\0') {
        return Err(ctx.error_at(SYNTAX, "source code string cannot contain null bytes", nul as u32, nul as u32 + 1).with_parse_positions(source, mode == Mode::Exec));
    }
    if let Some(issue) = &scan.issue
        && matches!(issue.kind, IssueKind::TooManyParens | IssueKind::TooManyIndents | IssueKind::TooLongChain)
    {
        return Err(parse_error::issue_error(ctx, issue).with_parse_positions(source, mode == Mode::Exec));
    }
    let parse_mode = match mode {
        Mode::Exec => rustpython_parser::Mode::Module,
        Mode::Eval => rustpython_parser::Mode::Expression,
        Mode::Single => rustpython_parser::Mode::Interactive,
    };
    // The parser is stricter than CPython about tabs in indentation; give it spaces instead
    // (same offsets, same meaning once the scan found the indentation consistent).
    let patched;
    let parse_source = if scan.rewrites.is_empty() {
        source
    } else {
        let mut bytes = source.as_bytes().to_vec();
        for &at in &scan.rewrites {
            bytes[at as usize] = b' ';
        }
        patched = String::from_utf8(bytes).unwrap_or_else(|_| source.to_string());
        &patched
    };
    // CPython finds backslashes and '#' in f-string expressions while parsing the string atom:
    // before any later parser error, after any earlier one.
    // The token list is kept only for error refinement; rescan when an f-string could fail.
    let fstring = if fstring_check::may_have_fstring(source) && source.contains(['\\', '#']) {
        fstring_check::first_error(ctx, &lexscan::scan(source, true))
    } else {
        None
    };
    let parsed = rustpython_parser::parse(parse_source, parse_mode, ctx.filename);
    let before = |at: u32| parsed.as_ref().err().is_none_or(|e| at <= u32::from(e.offset));
    match fstring {
        Some((at, e)) if before(at) => Err(e.with_parse_positions(source, mode == Mode::Exec)),
        _ => parsed.map_err(|e| {
            parse_error::map_parse_error(ctx, &e)
                .with_parse_positions(source, mode == Mode::Exec)
                .with_input_end(source, mode == Mode::Exec)
        }),
    }
}

/// A `SyntaxError` with `msg` at byte range `range` of `source`.
pub fn syntax_error_at(
    source: &str,
    filename: &str,
    range: rustpython_parser::text_size::TextRange,
    msg: &str,
) -> CompileError {
    *SourceCtx::new(filename, source).error(range, msg)
}

/// Parses source into the parser's AST (for `ast.parse`), with the compiler's checks and error
/// messages. `source` must already have any BOM removed; positions in the tree are byte offsets
/// into it. Deeply nested sources are parsed on a helper thread, as for [`compile`].
pub fn parse_ast(source: &str, filename: &str, mode: Mode) -> Result<Mod, CompileError> {
    let scan = lexscan::scan(source, false);
    let run = || {
        catch_unwind(AssertUnwindSafe(|| parse_checked(&SourceCtx::new(filename, source), mode, &scan)))
            .unwrap_or_else(|_| Err(Box::new(internal_error(filename, "parser panicked"))))
            .map_err(|e| *e)
    };
    if scan.nesting <= INLINE_NESTING {
        return run();
    }
    std::thread::scope(|s| {
        let spawned = std::thread::Builder::new().name("pyrs-parse".to_string()).stack_size(HELPER_STACK).spawn_scoped(s, run);
        match spawned {
            Ok(handle) => handle.join().unwrap_or_else(|_| Err(internal_error(filename, "parser thread failed"))),
            Err(_) => run(),
        }
    })
}

fn compile_source(source: &str, filename: &str, mode: Mode, scan: &lexscan::Scan) -> error::CResult<Compiled> {
    let ctx = SourceCtx::new(filename, source);
    let module = parse_checked(&ctx, mode, scan)?;
    if let Mod::Interactive(m) = &module
        && let Some((first, rest)) = m.body.split_first()
    {
        // Like CPython, `single` input is one statement (several on one line are fine).
        let first_end = ctx.lines.line_col(source, first.end().into()).0;
        if let Some(extra) = rest.iter().find(|s| ctx.lines.line_col(source, s.start().into()).0 > first_end) {
            return Err(ctx.error(extra.range(), "multiple statements found while compiling a single statement").with_parse_positions(source, mode == Mode::Exec));
        }
    }
    let top = match &module {
        Mod::Module(m) => Top::Module(&m.body),
        Mod::Interactive(m) => Top::Interactive(&m.body),
        Mod::Expression(m) => Top::Expression(&m.body),
        Mod::FunctionType(_) => return Err(ctx.error(Default::default(), "invalid syntax")),
    };
    let table = symtable_build::build(&ctx, top).map_err(|e| e.with_compile_positions(source, mode == Mode::Exec))?;
    let code = codegen::compile_top(&ctx, &table, top).map_err(|e| e.with_compile_positions(source, mode == Mode::Exec))?;
    Ok((code, ctx.warnings.take()))
}

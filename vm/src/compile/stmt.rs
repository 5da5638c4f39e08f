//! Statements: dispatch, simple statements, `if`, loops, imports, `raise`, `assert`.
//!
//! Loops push a frame block (see `unwind`) so `break`/`continue` know what to clean up:
//!
//! ```text
//! for:   <iter> GetIter                 while:  start: <test> PopJumpIfFalse else
//!        start: ForIter cleanup                 <body> Jump start
//!        <store target> <body>                  else: <orelse>
//!        Jump start                             end:
//!        cleanup: <orelse>
//!        end:
//! ```
//!
//! `break` jumps to `end` (popping the iterator of a `for` with `PopIter`), `continue` to `start`.
//! Compound statements with exception handling (`try`, `with`) and the jumping statements live
//! in `unwind.rs`; definitions in `function.rs`; assignments in `assign.rs`.

use num_bigint::BigInt;
use rustpython_parser::ast::{self, Constant, Expr, Ranged, Stmt};

use super::codegen::{Compiler, NameCtx};
use super::error::CResult;
use super::unit::FBlockKind;
use crate::bytecode::{Const, Instr};

impl<'a> Compiler<'a> {
    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.nest(s.range())?;
        self.set_loc(s.range());
        self.stmt_inner(s)?;
        self.unnest();
        Ok(())
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => self.return_stmt(r),
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.delete_target(t)),
            Stmt::Assign(a) => self.assign(a),
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => self.with_stmt(w),
            Stmt::Raise(r) => self.raise_stmt(r),
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::TryStar(t) => self.try_star_stmt(t),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Assert(a) => self.assert_stmt(a),
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => self.expr_stmt(&e.value),
            Stmt::Break(b) => self.break_stmt(b.range),
            Stmt::Continue(c) => self.continue_stmt(c.range),
            Stmt::AsyncFunctionDef(f) => self.async_function_def(f),
            Stmt::AsyncFor(f) => self.async_for_stmt(f),
            Stmt::AsyncWith(w) => self.async_with_stmt(w),
            Stmt::TypeAlias(_) => Err(self.error(s.range(), "statement not supported by pyrs-nogil")),
        }
    }

    fn expr_stmt(&mut self, value: &'a Expr) -> CResult<()> {
        if self.interactive && self.units.len() == 1 {
            // Like PRINT_EXPR: sys.displayhook(value).
            self.expr(value)?;
            self.load_const(Const::Int(BigInt::from(0)));
            self.load_const(Const::None);
            let sys = self.unit().name("sys");
            self.emit(Instr::ImportName(sys));
            let hook = self.unit().name("displayhook");
            self.emit(Instr::LoadAttr(hook));
            self.emit(Instr::Swap(2));
            self.emit(Instr::CallFunction(1));
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if Self::is_const(value) {
            return Ok(());
        }
        self.expr(value)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn if_stmt(&mut self, s: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let next = if s.orelse.is_empty() { end } else { self.new_label() };
        self.jump_if(&s.test, false, next)?;
        self.stmts(&s.body)?;
        if !s.orelse.is_empty() {
            self.emit_jump(Instr::Jump, end);
            self.bind(next);
            self.stmts(&s.orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, s: &'a ast::StmtWhile) -> CResult<()> {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        let always = matches!(s.test.as_ref(), Expr::Constant(c) if const_truth(&c.value) == Some(true));
        if !always {
            self.jump_if(&s.test, false, orelse)?;
        }
        self.push_fblock(FBlockKind::WhileLoop, start, end);
        self.stmts(&s.body)?;
        self.pop_fblock();
        self.set_loc(s.test.range());
        self.emit_jump(Instr::Jump, start);
        self.bind(orelse);
        self.stmts(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, s: &'a ast::StmtFor) -> CResult<()> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.mark_owned_args = matches!(*s.iter, Expr::Call(_));
        self.expr(&s.iter)?;
        // As CPython: GetIter and ForIter carry the whole statement's position.
        self.set_loc(s.range);
        // A call's result may be a fresh generator the loop owns ("Loop-owned generators" in
        // bytecode.rs).
        let owned = matches!(*s.iter, Expr::Call(_) | Expr::GeneratorExp(_));
        self.emit(if owned { Instr::GetIterOwned } else { Instr::GetIter });
        self.bind(start);
        self.emit_jump(Instr::ForIter, cleanup);
        self.push_fblock(FBlockKind::ForLoop, start, end);
        self.store_target(&s.target)?;
        self.stmts(&s.body)?;
        self.pop_fblock();
        self.set_loc(s.range);
        self.emit_jump(Instr::Jump, start);
        self.bind(cleanup);
        self.stmts(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn raise_stmt(&mut self, r: &'a ast::StmtRaise) -> CResult<()> {
        let n = match (&r.exc, &r.cause) {
            (None, _) => 0,
            (Some(exc), None) => {
                self.expr(exc)?;
                1
            }
            (Some(exc), Some(cause)) => {
                self.expr(exc)?;
                self.expr(cause)?;
                2
            }
        };
        self.emit(Instr::Raise(n));
        Ok(())
    }

    fn assert_stmt(&mut self, a: &'a ast::StmtAssert) -> CResult<()> {
        self.ctx.check_assert(a);
        let end = self.new_label();
        self.jump_if(&a.test, true, end)?;
        // CPython 3.11's jump_if leaves the location of the last comparison it tested in place,
        // so the raise of `assert x == 3` is marked at `x == 3` (and at the whole statement
        // otherwise).
        let old = leaked_compare(&a.test).map(|r| self.set_loc(r));
        self.emit(Instr::LoadAssertionError);
        if let Some(msg) = &a.msg {
            self.expr(msg)?;
            self.emit(Instr::CallFunction(1));
        }
        self.emit(Instr::Raise(1));
        if let Some(old) = old {
            self.restore_loc(old);
        }
        self.bind(end);
        Ok(())
    }

    fn import(&mut self, i: &'a ast::StmtImport) -> CResult<()> {
        for alias in &i.names {
            self.load_const(Const::Int(BigInt::from(0)));
            self.load_const(Const::None);
            let name = self.unit().name(alias.name.as_str());
            self.emit(Instr::ImportName(name));
            match &alias.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds the submodule: walk the attributes.
                    let parts: Vec<&str> = alias.name.split('.').collect();
                    if parts.len() > 1 {
                        for (k, part) in parts[1..].iter().enumerate() {
                            let idx = self.unit().name(part);
                            self.emit(Instr::ImportFrom(idx));
                            if k + 2 < parts.len() {
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::PopTop);
                            }
                        }
                        self.name_op(asname, NameCtx::Store)?;
                        self.emit(Instr::PopTop);
                    } else {
                        self.name_op(asname, NameCtx::Store)?;
                    }
                }
                None => {
                    let top = alias.name.split('.').next().unwrap_or(alias.name.as_str());
                    self.name_op(top, NameCtx::Store)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult<()> {
        let level = i.level.as_ref().map_or(0, |l| l.to_u32());
        self.load_const(Const::Int(BigInt::from(level)));
        let names = i.names.iter().map(|a| Const::Str(a.name.to_string())).collect();
        self.load_const(Const::Tuple(names));
        let module = self.unit().name(i.module.as_ref().map_or("", |m| m.as_str()));
        self.emit(Instr::ImportName(module));
        if i.names.first().is_some_and(|a| a.name.as_str() == "*") {
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for alias in &i.names {
            let idx = self.unit().name(alias.name.as_str());
            self.emit(Instr::ImportFrom(idx));
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(store, NameCtx::Store)?;
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}

/// Truth value of a constant, if it has an obvious one.
pub(crate) fn const_truth(c: &Constant) -> Option<bool> {
    use num_traits::Zero;
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Int(i) => !i.is_zero(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Ellipsis => true,
    })
}

/// The range of the last comparison CPython 3.11's `compiler_jump_if` visits in `e` (it walks
/// `not`, `and`/`or` and conditional expressions, and positions itself at each comparison
/// without restoring the statement's location afterwards).
fn leaked_compare(e: &ast::Expr) -> Option<rustpython_parser::text_size::TextRange> {
    use rustpython_parser::ast::Ranged;
    match e {
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => leaked_compare(&u.operand),
        ast::Expr::BoolOp(b) => b.values.iter().filter_map(leaked_compare).last(),
        ast::Expr::IfExp(i) => [&*i.test, &*i.body, &*i.orelse].into_iter().filter_map(leaked_compare).last(),
        ast::Expr::Compare(c) => Some(c.range()),
        _ => None,
    }
}

//! `try` with `except*` clauses (PEP 654), compiled with the block-stack instructions plus
//! calls into the embedded module `_exceptiongroup`, whose `_star_begin(exc)` returns a state
//! object: `match(T)` splits off the part of the exception that matches `T` (or None),
//! `add(x)` records an exception raised (or re-raised) by a clause, and `finish()` returns
//! what to raise at the end (None: everything was handled).
//!
//! ```text
//!     SetupExcept handler  <body> PopBlock <orelse> Jump end
//! handler:                                   [exc]
//!     ImportName _exceptiongroup; LoadAttr _star_begin; Swap 2; CallFunction 1   [st]
//!   per clause:
//!     Copy 1; LoadMethod match; <type>; CallMethod 1            [st, m]
//!     Copy 1; LoadConst None; IsOp; PopJumpIfTrue skip
//!     SetupExcept bind; Copy 1; Reraise      (m becomes the handled exception, no new frame)
//! bind:                                      [st, m, m]
//!     <store name | PopTop>  SetupExcept raised
//!     <clause body> PopBlock PopExcept <clear name> PopTop Jump next          [st]
//! raised:                                    [st, m, x]
//!     <clear name> Copy 3; LoadMethod add; Copy 3; CallMethod 1; PopTop
//!     PopTop PopExcept PopExcept PopTop Jump next                               [st]
//! skip: PopTop
//! next:
//!   after the clauses:
//!     LoadMethod finish; CallMethod 0; Copy 1; LoadConst None; IsOp; PopJumpIfTrue done
//!     Reraise                  (the rest and what the clauses raised, as CPython combines them)
//! done: PopTop PopExcept
//! end:
//! ```
//! As in CPython, `break`, `continue` and `return` may not leave a clause body.

use rustpython_parser::ast::{self, ExceptHandler, Ranged, Stmt};

use super::codegen::{Compiler, NameCtx};
use super::error::CResult;
use super::unit::FBlockKind;
use super::unwind::TryParts;
use crate::bytecode::{Const, Instr};

const JUMP_OUT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    pub(crate) fn try_star_stmt(&mut self, t: &'a ast::StmtTryStar) -> CResult<()> {
        for ExceptHandler::ExceptHandler(h) in &t.handlers {
            self.check_star_clause(&h.body, false)?;
        }
        let parts = TryParts { range: t.range, body: &t.body, handlers: &t.handlers, orelse: &t.orelse };
        self.try_finally(parts, &t.finalbody, true)
    }

    /// Rejects `return` anywhere, and `break`/`continue` outside a loop, in a clause body.
    fn check_star_clause(&self, body: &[Stmt], in_loop: bool) -> CResult<()> {
        for s in body {
            match s {
                // CPython points at the returned value, if any.
                Stmt::Return(r) => return Err(self.error(r.value.as_ref().map_or(r.range, |v| v.range()), JUMP_OUT)),
                Stmt::Break(b) if !in_loop => return Err(self.error(b.range, JUMP_OUT)),
                Stmt::Continue(c) if !in_loop => return Err(self.error(c.range, JUMP_OUT)),
                Stmt::For(f) => {
                    self.check_star_clause(&f.body, true)?;
                    self.check_star_clause(&f.orelse, in_loop)?;
                }
                Stmt::While(w) => {
                    self.check_star_clause(&w.body, true)?;
                    self.check_star_clause(&w.orelse, in_loop)?;
                }
                Stmt::If(i) => {
                    self.check_star_clause(&i.body, in_loop)?;
                    self.check_star_clause(&i.orelse, in_loop)?;
                }
                Stmt::With(w) => self.check_star_clause(&w.body, in_loop)?,
                Stmt::Match(m) => {
                    for case in &m.cases {
                        self.check_star_clause(&case.body, in_loop)?;
                    }
                }
                Stmt::Try(t) => self.check_star_try(&t.body, &t.handlers, &t.orelse, &t.finalbody, in_loop)?,
                Stmt::TryStar(t) => self.check_star_try(&t.body, &t.handlers, &t.orelse, &t.finalbody, in_loop)?,
                _ => {}
            }
        }
        Ok(())
    }

    fn check_star_try(
        &self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        in_loop: bool,
    ) -> CResult<()> {
        self.check_star_clause(body, in_loop)?;
        for ExceptHandler::ExceptHandler(h) in handlers {
            self.check_star_clause(&h.body, in_loop)?;
        }
        self.check_star_clause(orelse, in_loop)?;
        self.check_star_clause(finalbody, in_loop)
    }

    fn call_state_method(&mut self, name: &str, with_arg_at: Option<u32>) {
        let idx = self.unit().name(name);
        self.emit(Instr::LoadMethod(idx));
        if let Some(depth) = with_arg_at {
            self.emit(Instr::Copy(depth));
            self.emit(Instr::CallMethod(1));
        } else {
            self.emit(Instr::CallMethod(0));
        }
    }

    fn jump_if_none(&mut self, target: super::unit::Label) {
        self.emit(Instr::Copy(1));
        self.load_const(Const::None);
        self.emit(Instr::IsOp(false));
        self.emit_jump(Instr::PopJumpIfTrue, target);
    }

    pub(crate) fn try_except_star(&mut self, t: TryParts<'a>) -> CResult<()> {
        let handler_l = self.new_label();
        let end = self.new_label();
        self.set_loc(t.range);
        self.emit_jump(Instr::SetupExcept, handler_l);
        self.push_fblock(FBlockKind::TryExcept, end, end);
        self.stmts(t.body)?;
        self.pop_fblock();
        self.set_loc(t.range);
        self.emit(Instr::PopBlock);
        self.stmts(t.orelse)?;
        self.emit_jump(Instr::Jump, end);
        self.bind(handler_l);
        self.load_const(Const::Int(0.into()));
        self.load_const(Const::None);
        let module = self.unit().name("_exceptiongroup");
        self.emit(Instr::ImportName(module));
        let begin = self.unit().name("_star_begin");
        self.emit(Instr::LoadAttr(begin));
        self.emit(Instr::Swap(2));
        self.emit(Instr::CallFunction(1));
        for h in t.handlers {
            let ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.error(h.range, "expected one or more exception types"));
            };
            let skip = self.new_label();
            let next = self.new_label();
            let bind = self.new_label();
            let raised = self.new_label();
            // [st] -> [st, m]
            self.emit(Instr::Copy(1));
            let idx = self.unit().name("match");
            self.emit(Instr::LoadMethod(idx));
            self.expr(ty)?;
            self.set_loc(h.range);
            self.emit(Instr::CallMethod(1));
            self.jump_if_none(skip);
            self.emit_jump(Instr::SetupExcept, bind);
            self.emit(Instr::Copy(1));
            self.emit(Instr::Reraise);
            self.bind(bind);
            match &h.name {
                Some(name) => self.name_op(name, NameCtx::Store)?,
                None => self.emit(Instr::PopTop),
            }
            self.emit_jump(Instr::SetupExcept, raised);
            self.stmts(&h.body)?;
            self.set_loc(h.range);
            self.emit(Instr::PopBlock);
            self.emit(Instr::PopExcept);
            if let Some(name) = &h.name {
                self.clear_name(name)?;
            }
            self.emit(Instr::PopTop);
            self.emit_jump(Instr::Jump, next);
            self.bind(raised);
            self.set_loc(h.range);
            if let Some(name) = &h.name {
                self.clear_name(name)?;
            }
            // [st, m, x]: st.add(x)
            self.emit(Instr::Copy(3));
            self.call_state_method("add", Some(3));
            self.emit(Instr::PopTop);
            self.emit(Instr::PopTop);
            self.emit(Instr::PopExcept);
            self.emit(Instr::PopExcept);
            self.emit(Instr::PopTop);
            self.emit_jump(Instr::Jump, next);
            self.bind(skip);
            self.emit(Instr::PopTop);
            self.bind(next);
        }
        self.set_loc(t.range);
        let done = self.new_label();
        self.call_state_method("finish", None);
        self.jump_if_none(done);
        self.emit(Instr::Reraise);
        self.bind(done);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.bind(end);
        Ok(())
    }
}

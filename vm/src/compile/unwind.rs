//! Exception handling (`try`, `with`) and the statements that leave blocks early
//! (`break`, `continue`, `return`), using the block-stack model of `bytecode.rs`.
//!
//! ```text
//! try/except:                               try/finally:
//!     SetupExcept handler                       SetupFinally final
//!     <body> PopBlock <orelse> Jump end         <body> PopBlock <finalbody> Jump end
//! handler:                [exc]             final:                [exc]
//!     <type> CheckExcMatch PopJumpIfFalse next  <finalbody> Reraise
//!     StoreFast e  SetupFinally cleanup     end:
//!     <body> PopBlock PopExcept e=None; del e; Jump end
//! cleanup:                [exc2]            with:
//!     e=None; del e; Reraise                    <mgr> SetupWith exc  <store as | PopTop>
//! next:                                         <body> PopBlock WithExitNormal Jump end
//!     ... more handlers ...                 exc:                  [exit, exc]
//!     Reraise             (no match)            WithExceptStart PopJumpIfTrue suppress
//! end:                                          Reraise
//!                                           suppress: PopTop PopExcept PopTop
//!                                           end:
//! ```
//!
//! Each construct pushes a frame block ([`FBlockKind`]) while its body is compiled. `break`,
//! `continue` and `return` walk the frame blocks from the innermost outwards and emit what
//! leaving each requires ([`Compiler::unwind_fblock`]): `PopBlock` for setup blocks,
//! `PopExcept` (and `e = None; del e`) for handlers, the `__exit__` call for `with`, a copy of
//! the `finally` body for try/finally, popping the iterator of `for` loops and the exception of
//! exceptional `finally` bodies. `return v` evaluates `v` first and keeps it on top of the stack
//! while unwinding (`preserve_tos`: values underneath are removed with `Swap 2; PopTop`).

use rustpython_parser::ast::{self, ExceptHandler};
use rustpython_parser::text_size::TextRange;

use super::codegen::{Compiler, NameCtx};
use super::error::CResult;
use super::unit::{FBlock, FBlockKind};
use crate::bytecode::{Const, Instr};

/// The parts of a `try` statement shared by `try`/`except` and `try`/`except*`.
#[derive(Clone, Copy)]
pub(crate) struct TryParts<'a> {
    pub range: TextRange,
    pub body: &'a [ast::Stmt],
    pub handlers: &'a [ExceptHandler],
    pub orelse: &'a [ast::Stmt],
}

impl<'a> Compiler<'a> {
    /// Emits the clean-up for leaving frame block `fb` early.
    fn unwind_fblock(&mut self, fb: FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        let old = std::mem::replace(&mut self.unit().loc, fb.loc);
        match fb.kind {
            FBlockKind::WhileLoop => {}
            FBlockKind::ForLoop => {
                // At the leaving statement's position (as CPython), which a traceback of closing
                // a loop-owned generator shows.
                self.unit().loc = old;
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopIter);
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlockKind::TryExcept => self.emit(Instr::PopBlock),
            FBlockKind::FinallyTry(body) => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, fb.start, fb.exit);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::WithExitNormal);
            }
            FBlockKind::AsyncWith => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.async_exit_normal();
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.clear_name(name)?;
                }
            }
        }
        self.restore_loc(old);
        Ok(())
    }

    /// Unwinds all frame blocks, or (with `to_loop`) those inside the innermost loop, which is
    /// returned. The frame-block stack is left as it was.
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, to_loop: bool) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.unit().fblocks.last().copied() else { return Ok(None) };
        if to_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.unit().fblocks.pop();
        self.unwind_fblock(top, preserve_tos)?;
        let found = self.unwind_fblock_stack(preserve_tos, to_loop)?;
        self.unit().fblocks.push(top);
        Ok(found)
    }

    /// `name = None; del name` (clears an `except ... as name` binding).
    pub(crate) fn clear_name(&mut self, name: &str) -> CResult<()> {
        self.load_const(Const::None);
        self.name_op(name, NameCtx::Store)?;
        self.name_op(name, NameCtx::Del)
    }

    pub(crate) fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        if !self.scope().is_function() {
            return Err(self.error(r.range, "'return' outside function"));
        }
        if r.value.is_some() && self.scope().is_coroutine && self.scope().is_generator {
            return Err(self.error(r.range, "'return' with value in async generator"));
        }
        let preserve = r.value.as_deref().is_some_and(|v| !Self::is_const(v));
        if let (Some(v), true) = (&r.value, preserve) {
            self.expr(v)?;
        }
        self.unwind_fblock_stack(preserve, false)?;
        match &r.value {
            None => self.load_const(Const::None),
            Some(v) if !preserve => self.expr(v)?,
            Some(_) => {}
        }
        self.set_loc(r.range);
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    pub(crate) fn break_stmt(&mut self, range: TextRange) -> CResult<()> {
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error(range, "'break' outside loop"));
        };
        self.unwind_fblock(lp, false)?;
        self.set_loc(range);
        self.emit_jump(Instr::Jump, lp.exit);
        Ok(())
    }

    pub(crate) fn continue_stmt(&mut self, range: TextRange) -> CResult<()> {
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error(range, "'continue' not properly in loop"));
        };
        self.set_loc(range);
        self.emit_jump(Instr::Jump, lp.start);
        Ok(())
    }

    pub(crate) fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let parts = TryParts { range: t.range, body: &t.body, handlers: &t.handlers, orelse: &t.orelse };
        self.try_finally(parts, &t.finalbody, false)
    }

    /// `try` (`star`: `try` with `except*` clauses) with an optional `finally:` around it.
    pub(crate) fn try_finally(&mut self, t: TryParts<'a>, finalbody: &'a [ast::Stmt], star: bool) -> CResult<()> {
        let inner = |c: &mut Self| if star { c.try_except_star(t) } else { c.try_except(t) };
        if finalbody.is_empty() {
            return inner(self);
        }
        let final_l = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupFinally, final_l);
        self.push_fblock(FBlockKind::FinallyTry(finalbody), end, end);
        if t.handlers.is_empty() {
            self.stmts(t.body)?;
            self.stmts(t.orelse)?;
        } else {
            inner(self)?;
        }
        self.pop_fblock();
        self.set_loc(t.range);
        self.emit(Instr::PopBlock);
        self.stmts(finalbody)?;
        self.emit_jump(Instr::Jump, end);
        self.bind(final_l);
        self.set_loc(t.range);
        self.push_fblock(FBlockKind::FinallyEnd, end, end);
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_except(&mut self, t: TryParts<'a>) -> CResult<()> {
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
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error(h.range, "default 'except:' must be last"));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Instr::CheckExcMatch);
                self.emit_jump(Instr::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, NameCtx::Store)?;
                    let cleanup = self.new_label();
                    self.emit_jump(Instr::SetupFinally, cleanup);
                    self.push_fblock(FBlockKind::HandlerCleanup(Some(name.as_str())), end, end);
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.set_loc(h.range);
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.clear_name(name)?;
                    self.emit_jump(Instr::Jump, end);
                    self.bind(cleanup);
                    self.clear_name(name)?;
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.push_fblock(FBlockKind::HandlerCleanup(None), end, end);
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.set_loc(h.range);
                    self.emit(Instr::PopExcept);
                    self.emit_jump(Instr::Jump, end);
                }
            }
            self.bind(next);
        }
        self.set_loc(t.range);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    pub(crate) fn with_stmt(&mut self, w: &'a ast::StmtWith) -> CResult<()> {
        self.with_items(&w.items, &w.body, w.range, false, 0)
    }

    /// The items of a `with` (`is_async`: `async with`, awaiting `__aenter__()` and
    /// `__aexit__(...)`) from `idx` on, each nesting the rest and the body.
    fn with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        range: TextRange,
        is_async: bool,
        idx: usize,
    ) -> CResult<()> {
        let Some(item) = items.get(idx) else { return self.stmts(body) };
        self.nest(range)?;
        let exc_l = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_loc(range);
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.await_top(1);
            self.emit_jump(Instr::SetupAsyncWith, exc_l);
            self.push_fblock(FBlockKind::AsyncWith, end, end);
        } else {
            self.emit_jump(Instr::SetupWith, exc_l);
            self.push_fblock(FBlockKind::With, end, end);
        }
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(Instr::PopTop),
        }
        self.with_items(items, body, range, is_async, idx + 1)?;
        self.pop_fblock();
        self.set_loc(range);
        self.emit(Instr::PopBlock);
        if is_async {
            self.async_exit_normal();
        } else {
            self.emit(Instr::WithExitNormal);
        }
        self.emit_jump(Instr::Jump, end);
        self.bind(exc_l);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.await_top(2);
        }
        let suppress = self.new_label();
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.bind(end);
        self.unnest();
        Ok(())
    }
}

impl<'a> Compiler<'a> {
    /// `[aexit] -> []`: awaits `aexit(None, None, None)`.
    fn async_exit_normal(&mut self) {
        for _ in 0..3 {
            self.load_const(Const::None);
        }
        self.emit(Instr::CallFunction(3));
        self.await_top(2);
        self.emit(Instr::PopTop);
    }

    pub(crate) fn async_with_stmt(&mut self, w: &'a ast::StmtAsyncWith) -> CResult<()> {
        if !self.scope().is_coroutine {
            return Err(self.error(w.range, "'async with' outside async function"));
        }
        self.with_items(&w.items, &w.body, w.range, true, 0)
    }

    pub(crate) fn async_for_stmt(&mut self, s: &'a ast::StmtAsyncFor) -> CResult<()> {
        if !self.scope().is_coroutine {
            return Err(self.error(s.range, "'async for' outside async function"));
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&s.iter)?;
        self.set_loc(s.range);
        self.emit(Instr::GetAIter);
        self.bind(start);
        self.emit_jump(Instr::SetupExcept, cleanup);
        self.emit(Instr::GetANext);
        self.load_const(Const::None);
        self.emit(Instr::YieldFrom);
        self.emit(Instr::PopBlock);
        self.push_fblock(FBlockKind::ForLoop, start, end);
        self.store_target(&s.target)?;
        self.stmts(&s.body)?;
        self.pop_fblock();
        self.set_loc(s.range);
        self.emit_jump(Instr::Jump, start);
        self.bind(cleanup);
        self.emit(Instr::EndAsyncFor);
        self.stmts(&s.orelse)?;
        self.bind(end);
        Ok(())
    }
}

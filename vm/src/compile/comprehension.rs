//! List/set/dict comprehensions and generator expressions, compiled as nested functions.
//!
//! `[e for x in it if c for y in z]` becomes a function of one argument `.0` (an iterator):
//!
//! ```text
//!     BuildList 0
//!     LoadFast .0
//! s1: ForIter a1
//!     <store x> <c> PopJumpIfFalse s1
//!     <z> GetIter
//! s2: ForIter a2
//!     <store y> <e> ListAppend 3      (the list is below the two iterators)
//!     Jump s2
//! a2: Jump s1
//! a1: ReturnValue
//! ```
//!
//! called as `MakeFunction; <it> GetIter; CallFunction 1` in the enclosing scope, so the
//! outermost iterable is evaluated there. Generator expressions `YieldValue; PopTop` each
//! element instead and return `None`. An `async for` clause loops with `GetANext` (see
//! `async_for_stmt`); an asynchronous list/set/dict comprehension is a coroutine whose call
//! is awaited, an asynchronous generator expression an async generator.

use rustpython_parser::ast::{self, Expr};

use super::codegen::Compiler;
use super::error::CResult;
use super::symtable::{CompKind, ScopeId};
use crate::bytecode::{Const, Instr, flags};

impl<'a> Compiler<'a> {
    pub(crate) fn comprehension(
        &mut self,
        scope: ScopeId,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(outer) = generators.first() else { return Err(self.internal("comprehension without generators")) };
        let name = kind.scope_name();
        let qualname = self.qualname(name, false);
        let line = self.unit().loc.line;
        let private = self.unit_ref().private.clone();
        let loc = self.unit_ref().loc;
        self.enter_unit(scope, name, qualname, flags::FUNCTION | flags::COMPREHENSION, line, private);
        // The comprehension's own instructions are positioned at the whole expression.
        self.unit().loc = loc;
        self.unit().code.argcount = 1;
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Generator => {}
        }
        self.comp_generator(generators, 0, kind, elt, value)?;
        if kind == CompKind::Generator {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit()?;
        self.make_closure(code, 0)?;
        self.expr(&outer.iter)?;
        self.emit(if outer.is_async { Instr::GetAIter } else { Instr::GetIter });
        self.emit(Instr::CallFunction(1));
        if self.table.scopes[scope].is_coroutine && kind != CompKind::Generator {
            // An asynchronous list/set/dict comprehension is a coroutine: await its result.
            self.await_top(0);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        idx: usize,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(g) = generators.get(idx) else { return Ok(()) };
        self.nest(elt_range(elt))?;
        let start = self.new_label();
        let anchor = self.new_label();
        if idx == 0 {
            let arg = self.unit().varname(".0");
            self.emit(Instr::LoadFast(arg));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Instr::GetAIter } else { Instr::GetIter });
        }
        self.bind(start);
        if g.is_async {
            self.emit_jump(Instr::SetupExcept, anchor);
            self.emit(Instr::GetANext);
            self.load_const(Const::None);
            self.emit(Instr::YieldFrom);
            self.emit(Instr::PopBlock);
        } else {
            self.emit_jump(Instr::ForIter, anchor);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if idx + 1 < generators.len() {
            self.comp_generator(generators, idx + 1, kind, elt, value)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match (kind, value) {
                (CompKind::Generator, _) => {
                    self.expr(elt)?;
                    if self.scope().is_coroutine {
                        self.emit(Instr::AsyncGenWrap);
                    }
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
                (CompKind::List, _) => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                (CompKind::Set, _) => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                (CompKind::Dict, Some(v)) => {
                    self.expr(elt)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(depth));
                }
                (CompKind::Dict, None) => return Err(self.internal("dict comprehension without value")),
            }
        }
        self.emit_jump(Instr::Jump, start);
        self.bind(anchor);
        if g.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        self.unnest();
        Ok(())
    }
}

fn elt_range(e: &Expr) -> rustpython_parser::text_size::TextRange {
    rustpython_parser::ast::Ranged::range(e)
}

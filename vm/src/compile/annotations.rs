//! Annotations, with CPython 3.11 semantics expressed in existing instructions.
//!
//! * `def f(x: int) -> str`: the annotations dict `{'x': int, 'return': str}` is built before
//!   the function and attached right after `MakeFunction`:
//!   `<dict> ... MakeFunction  Swap 2  Copy 2  StoreAttr __annotations__` (the function stays
//!   on the stack for decorators and the store).
//! * A module or class body containing variable annotations first creates its
//!   `__annotations__` dict (CPython's `SETUP_ANNOTATIONS`): class bodies with
//!   `BuildMap 0; StoreName __annotations__`; modules only if the name is not yet bound, so
//!   repeated `exec` or interactive statements keep earlier entries.
//! * `x: T = v` at module/class level assigns, then stores `T` in `__annotations__['x']`;
//!   annotations of complex targets (`a.b: T`) are evaluated and discarded there; in functions
//!   variable annotations are never evaluated.
//! * Under `from __future__ import annotations` the annotation's source text is stored instead
//!   of its value, and complex-target annotations are not evaluated at all.

use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

use super::codegen::Compiler;
use super::error::CResult;
use super::symtable::{ScopeKind, mangle};
use crate::bytecode::{Const, Instr};

/// Whether a body (not counting nested functions and classes) contains variable annotations.
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || find_ann(&i.orelse),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            find_ann(&t.body)
                || t.handlers.iter().any(|ast::ExceptHandler::ExceptHandler(h)| find_ann(&h.body))
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
        }
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    /// Pushes an annotation's value (or its source text when postponed).
    fn annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if self.table.future_annotations {
            let text = self.ctx.source.get(usize::from(e.start())..usize::from(e.end())).unwrap_or("");
            self.load_const(Const::Str(text.to_string()));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// Pushes the annotations dict of a `def`, if it has any annotations.
    pub(crate) fn function_annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let mut pairs: Vec<(String, &'a Expr)> = Vec::new();
        let private = self.unit_ref().private.clone();
        let mut add = |name: &str, ann: &'a Option<Box<Expr>>| {
            if let Some(ann) = ann {
                pairs.push((mangle(private.as_deref(), name).into_owned(), ann));
            }
        };
        for a in args.posonlyargs.iter().chain(&args.args) {
            add(&a.def.arg, &a.def.annotation);
        }
        if let Some(v) = &args.vararg {
            add(&v.arg, &v.annotation);
        }
        for a in &args.kwonlyargs {
            add(&a.def.arg, &a.def.annotation);
        }
        if let Some(k) = &args.kwarg {
            add(&k.arg, &k.annotation);
        }
        if let Some(r) = returns {
            pairs.push(("return".to_string(), r));
        }
        if pairs.is_empty() {
            return Ok(false);
        }
        let n = pairs.len() as u32;
        for (name, ann) in pairs {
            self.load_const(Const::Str(name));
            self.annotation(ann)?;
        }
        self.emit(Instr::BuildMap(n));
        Ok(true)
    }

    /// `[dict, function] -> [function]` with `function.__annotations__ = dict`.
    pub(crate) fn attach_annotations(&mut self) {
        self.emit(Instr::Swap(2));
        self.emit(Instr::Copy(2));
        let name = self.unit().name("__annotations__");
        self.emit(Instr::StoreAttr(name));
    }

    /// CPython's `SETUP_ANNOTATIONS` for a module or class body that needs it.
    pub(crate) fn setup_annotations(&mut self, body: &[Stmt]) {
        if !find_ann(body) {
            return;
        }
        let name = self.unit().name("__annotations__");
        if self.scope().kind == ScopeKind::Class {
            self.emit(Instr::BuildMap(0));
            self.emit(Instr::StoreName(name));
            return;
        }
        // Module: create it only if it does not exist yet.
        let missing = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupExcept, missing);
        self.emit(Instr::LoadName(name));
        self.emit(Instr::PopTop);
        self.emit(Instr::PopBlock);
        self.emit_jump(Instr::Jump, end);
        self.bind(missing);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::BuildMap(0));
        self.emit(Instr::StoreName(name));
        self.bind(end);
    }

    /// The annotation part of an annotated assignment statement (after any assignment).
    pub(crate) fn store_annotation(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if self.scope().is_function() {
            return Ok(());
        }
        match a.target.as_ref() {
            Expr::Name(n) if a.simple => {
                self.annotation(&a.annotation)?;
                let ann = self.unit().name("__annotations__");
                self.emit(Instr::LoadName(ann));
                let key = mangle(self.unit_ref().private.as_deref(), &n.id).into_owned();
                self.load_const(Const::Str(key));
                self.emit(Instr::StoreSubscr);
            }
            _ if !self.table.future_annotations => {
                self.expr(&a.annotation)?;
                self.emit(Instr::PopTop);
            }
            _ => {}
        }
        Ok(())
    }
}

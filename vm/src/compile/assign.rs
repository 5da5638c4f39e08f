//! Assignment, augmented assignment, annotated assignment, deletion and unpacking.
//!
//! * `a = b = v`: `<v> Copy 1 <store a> <store b>`.
//! * Stores: names via `name_op`; `o.x = v`: `<v> <o> StoreAttr x`; `o[k] = v`:
//!   `<v> <o> <k> StoreSubscr`; tuples/lists: `UnpackSequence n` or, with one starred target,
//!   `UnpackEx(before | after << 8)`, then each target in order (the first item is on top).
//! * `o.x += v`: `<o> Copy 1 LoadAttr x <v> InplaceOp Swap 2 StoreAttr x`;
//!   `o[k] += v`: `<o> <k> Copy 2 Copy 2 BinarySubscr <v> InplaceOp Swap 3 Swap 2 StoreSubscr`,
//!   so the target object and index are evaluated once.
//! * `x: T = v` assigns like `x = v`; `o.x: T` without a value evaluates `o` (and `o[k]: T`
//!   evaluates `o` and `k`), as CPython does. Where the annotation itself goes: `annotations.rs`.

use rustpython_parser::ast::{self, Expr, Ranged};
use rustpython_parser::text_size::TextRange;

use super::codegen::{Compiler, NameCtx};
use super::error::CResult;
use super::expr::binop;
use super::targets::expr_name;
use crate::bytecode::Instr;

impl<'a> Compiler<'a> {
    pub(crate) fn assign(&mut self, a: &'a ast::StmtAssign) -> CResult<()> {
        self.expr(&a.value)?;
        let n = a.targets.len();
        for (i, t) in a.targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Instr::Copy(1));
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    pub(crate) fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        self.nest(t.range())?;
        let old = self.set_loc(t.range());
        match t {
            Expr::Name(n) => self.name_op(&n.id, NameCtx::Store)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let idx = self.mangled_name(&a.attr);
                self.emit(Instr::StoreAttr(idx));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts, t.range())?
            }
            Expr::Starred(s) => return Err(self.error(s.range, "starred assignment target must be in a list or tuple")),
            other => return Err(self.error(other.range(), format!("cannot assign to {}", expr_name(other)))),
        }
        self.restore_loc(old);
        self.unnest();
        Ok(())
    }

    fn unpack(&mut self, elts: &'a [Expr], range: TextRange) -> CResult<()> {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(_) = e {
                if star.is_some() {
                    return Err(self.error(range, "multiple starred expressions in assignment"));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let (before, after) = (i, elts.len() - i - 1);
                if before >= 256 || after >= (1 << 24) {
                    return Err(self.error(range, "too many expressions in star-unpacking assignment"));
                }
                self.emit(Instr::UnpackEx(before as u32 | (after as u32) << 8));
            }
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    pub(crate) fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = Instr::InplaceOp(binop(a.op));
        let stmt_loc = self.unit().loc;
        let target_loc = self.location(a.target.range());
        match a.target.as_ref() {
            Expr::Name(n) => {
                self.unit().loc = target_loc;
                self.name_op(&n.id, NameCtx::Load)?;
                self.expr(&a.value)?;
                self.unit().loc = stmt_loc;
                self.emit(op);
                self.unit().loc = target_loc;
                self.name_op(&n.id, NameCtx::Store)?;
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.unit().loc = target_loc;
                let idx = self.mangled_name(&at.attr);
                self.emit(Instr::Copy(1));
                self.emit(Instr::LoadAttr(idx));
                self.expr(&a.value)?;
                self.unit().loc = stmt_loc;
                self.emit(op);
                self.unit().loc = target_loc;
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(idx));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.unit().loc = target_loc;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                self.unit().loc = stmt_loc;
                self.emit(op);
                self.unit().loc = target_loc;
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            other => {
                let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(other));
                return Err(self.error(other.range(), msg));
            }
        }
        self.unit().loc = stmt_loc;
        Ok(())
    }

    pub(crate) fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
            return self.store_annotation(a);
        }
        match a.target.as_ref() {
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::PopTop);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.emit(Instr::PopTop);
                self.ann_subscript(&s.slice)?;
            }
            _ => {}
        }
        self.store_annotation(a)
    }

    /// Evaluates (and discards) the parts of an annotated subscript target, as CPython does.
    fn ann_subscript(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(part)?;
                    self.emit(Instr::PopTop);
                }
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.ann_subscript(x)?;
                }
            }
            _ => {
                self.expr(e)?;
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    pub(crate) fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        self.nest(t.range())?;
        let old = self.set_loc(t.range());
        match t {
            Expr::Name(n) => self.name_op(&n.id, NameCtx::Del)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let idx = self.mangled_name(&a.attr);
                self.emit(Instr::DeleteAttr(idx));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.error(other.range(), format!("cannot delete {}", expr_name(other)))),
        }
        self.restore_loc(old);
        self.unnest();
        Ok(())
    }
}

//! Expressions (except calls, displays and comprehensions, which have their own files).
//!
//! Every expression sets the current location to its own range while its instructions are
//! emitted (sub-expressions set theirs and restore it), so an operator instruction carries the
//! range of the whole operation, as in CPython's tracebacks.
//!
//! Notable shapes:
//! * `a and b` / `a or b`: `<a> JumpIfFalseOrPop end <b> end:` (short-circuit keeps the value);
//!   in conditions, [`Compiler::jump_if`] compiles `and`/`or`/`not` to plain jumps instead.
//! * `a < b < c`: `<a> <b> Swap 2 Copy 2 CompareOp JumpIfFalseOrPop cleanup <c> CompareOp
//!   Jump end cleanup: Swap 2 PopTop end:` — the middle operand is evaluated once.
//! * f-strings: each part is a constant or `<value> [<spec>] FormatValue(flags)`, joined by
//!   `BuildString(n)`.
//! * Constant folding: negative numeric literals, binary operations on constants (fold.rs) and
//!   tuples of constants become constants.

use rustpython_parser::ast::{self, BoolOp, CmpOp, Constant, ConversionFlag, Expr, Operator, Ranged, UnaryOp};

use super::codegen::{Compiler, NameCtx};
use super::error::CResult;
use super::symtable::{CompKind, NodeTag, ScopeKind};
use super::unit::Label;
use crate::bytecode::{self, BinOp, Const, Instr};

/// Converts an AST constant.
pub(crate) fn const_of(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
        Constant::Int(i) => Const::Int(i.clone()),
        Constant::Tuple(t) => Const::Tuple(t.iter().map(const_of).collect()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex { real, imag } => Const::Complex(*real, *imag),
        Constant::Ellipsis => Const::Ellipsis,
    }
}

/// The value of an expression that folds to a constant: literals, negated numeric literals and
/// tuples of those.
pub(crate) fn fold_const(e: &Expr) -> Option<Const> {
    match e {
        Expr::Constant(c) => Some(const_of(&c.value)),
        Expr::UnaryOp(ast::ExprUnaryOp { op: UnaryOp::USub, operand, .. }) => match operand.as_ref() {
            Expr::Constant(c) => match &c.value {
                Constant::Int(i) => Some(Const::Int(-i)),
                Constant::Float(f) => Some(Const::Float(-f)),
                Constant::Complex { real, imag } => Some(Const::Complex(-real, -imag)),
                _ => None,
            },
            _ => None,
        },
        Expr::Tuple(t) => fold_tuple(&t.elts),
        Expr::BinOp(b) => super::fold::fold_binop(binop(b.op), &fold_const(&b.left)?, &fold_const(&b.right)?),
        _ => None,
    }
}

/// A constant tuple of the given elements, if they are all constants.
pub(crate) fn fold_tuple(elts: &[Expr]) -> Option<Const> {
    elts.iter().map(fold_const).collect::<Option<Vec<_>>>().map(Const::Tuple)
}

pub(crate) fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmp_instr(op: CmpOp) -> Instr {
    match op {
        CmpOp::Eq => Instr::CompareOp(bytecode::CmpOp::Eq),
        CmpOp::NotEq => Instr::CompareOp(bytecode::CmpOp::Ne),
        CmpOp::Lt => Instr::CompareOp(bytecode::CmpOp::Lt),
        CmpOp::LtE => Instr::CompareOp(bytecode::CmpOp::Le),
        CmpOp::Gt => Instr::CompareOp(bytecode::CmpOp::Gt),
        CmpOp::GtE => Instr::CompareOp(bytecode::CmpOp::Ge),
        CmpOp::Is => Instr::IsOp(false),
        CmpOp::IsNot => Instr::IsOp(true),
        CmpOp::In => Instr::ContainsOp(false),
        CmpOp::NotIn => Instr::ContainsOp(true),
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.nest(e.range())?;
        let old = self.set_loc(self.position_range(e));
        self.expr_inner(e)?;
        self.restore_loc(old);
        self.unnest();
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let (last, init) = b.values.split_last().ok_or_else(|| self.internal("empty boolean operation"))?;
                for v in init {
                    self.expr(v)?;
                    let jump = if b.op == BoolOp::And { Instr::JumpIfFalseOrPop } else { Instr::JumpIfTrueOrPop };
                    self.emit_jump(jump, end);
                }
                self.expr(last)?;
                self.bind(end);
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                if let Some(c) = fold_const(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Instr::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                if let Some(c) = fold_const(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(&u.operand)?;
                self.emit(Instr::Unary(match u.op {
                    UnaryOp::Invert => bytecode::UnaryOp::Invert,
                    UnaryOp::Not => bytecode::UnaryOp::Not,
                    UnaryOp::UAdd => bytecode::UnaryOp::Positive,
                    UnaryOp::USub => bytecode::UnaryOp::Negative,
                }));
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::IfExp(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Set(s) => self.starunpack(&s.elts, 0, super::call::Collection::Set)?,
            Expr::ListComp(c) => {
                let scope = self.child_scope(c, NodeTag::Comprehension)?;
                self.comprehension(scope, CompKind::List, &c.generators, &c.elt, None)?;
            }
            Expr::SetComp(c) => {
                let scope = self.child_scope(c, NodeTag::Comprehension)?;
                self.comprehension(scope, CompKind::Set, &c.generators, &c.elt, None)?;
            }
            Expr::DictComp(c) => {
                let scope = self.child_scope(c, NodeTag::Comprehension)?;
                self.comprehension(scope, CompKind::Dict, &c.generators, &c.key, Some(&c.value))?;
            }
            Expr::GeneratorExp(c) => {
                let scope = self.child_scope(c, NodeTag::Comprehension)?;
                self.comprehension(scope, CompKind::Generator, &c.generators, &c.elt, None)?;
            }
            Expr::Await(a) => {
                if !self.scope().is_coroutine {
                    let msg = if self.scope().is_function() {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    return Err(self.error(a.range, msg));
                }
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.await_top(0);
            }
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                if self.scope().is_coroutine {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range)?;
                if self.scope().is_coroutine {
                    return Err(self.error(y.range, "'yield from' inside async function"));
                }
                self.expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.emit(Instr::YieldFrom);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FormattedValue(f) => self.formatted_value(f)?,
            Expr::JoinedStr(j) => self.joined_str(j)?,
            Expr::Constant(c) => self.load_const(const_of(&c.value)),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let idx = self.mangled_name(&a.attr);
                self.emit(Instr::LoadAttr(idx));
            }
            Expr::Subscript(s) => {
                self.ctx.check_subscript(s);
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::BinarySubscr);
            }
            Expr::Starred(s) => return Err(self.error(s.range, "can't use starred expression here")),
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    self.load_const(Const::Bool(true));
                } else {
                    self.name_op(&n.id, NameCtx::Load)?;
                }
            }
            Expr::List(l) => self.starunpack(&l.elts, 0, super::call::Collection::List)?,
            Expr::Tuple(t) => self.starunpack(&t.elts, 0, super::call::Collection::Tuple)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                let n = match &s.step {
                    Some(step) => {
                        self.expr(step)?;
                        3
                    }
                    None => 2,
                };
                self.emit(Instr::BuildSlice(n));
            }
        }
        Ok(())
    }

    /// The range CPython gives an expression: a generator expression that is a call's sole
    /// argument includes the call's parentheses.
    fn position_range(&self, e: &Expr) -> rustpython_parser::text_size::TextRange {
        let range = e.range();
        if let Expr::GeneratorExp(_) = e {
            let src = self.ctx.source;
            let (start, end) = (usize::from(range.start()), usize::from(range.end()));
            let before = src.get(..start).unwrap_or("").trim_end();
            let after = src.get(end..).unwrap_or("").trim_start();
            if !src.get(start..).unwrap_or("").starts_with('(') && before.ends_with('(') && after.starts_with(')') {
                let open = before.len() - 1;
                let close = src.len() - after.len() + 1;
                return rustpython_parser::text_size::TextRange::new((open as u32).into(), (close as u32).into());
            }
        }
        range
    }

    /// Awaits the value on top of the stack: `GetAwaitable(where) LoadConst None YieldFrom`.
    pub(crate) fn await_top(&mut self, where_: u32) {
        self.emit(Instr::GetAwaitable(where_));
        self.load_const(Const::None);
        self.emit(Instr::YieldFrom);
    }

    fn check_yield(&self, range: rustpython_parser::text_size::TextRange) -> CResult<()> {
        if self.scope().kind != ScopeKind::Function {
            return Err(self.error(range, "'yield' outside function"));
        }
        Ok(())
    }

    /// Compiles a condition: jumps to `target` if the truth of `e` equals `cond`, otherwise falls
    /// through. Leaves the stack unchanged.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult<()> {
        self.nest(e.range())?;
        match e {
            Expr::UnaryOp(ast::ExprUnaryOp { op: UnaryOp::Not, operand, .. }) => {
                self.jump_if(operand, !cond, target)?
            }
            Expr::BoolOp(b) if !b.values.is_empty() => {
                let is_or = b.op == BoolOp::Or;
                if is_or == cond {
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let next = self.new_label();
                    let (last, init) = b.values.split_last().ok_or_else(|| self.internal("empty boolean operation"))?;
                    for v in init {
                        self.jump_if(v, !cond, next)?;
                    }
                    self.jump_if(last, cond, target)?;
                    self.bind(next);
                }
            }
            _ => {
                self.expr(e)?;
                let old = self.set_loc(e.range());
                self.emit_jump(if cond { Instr::PopJumpIfTrue } else { Instr::PopJumpIfFalse }, target);
                self.restore_loc(old);
            }
        }
        self.unnest();
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.ctx.check_compare(c);
        self.expr(&c.left)?;
        let n = c.ops.len().min(c.comparators.len());
        if n == 0 {
            return Err(self.internal("comparison without operators"));
        }
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit(cmp_instr(c.ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(cmp_instr(c.ops[i]));
            self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&c.comparators[n - 1])?;
        self.emit(cmp_instr(c.ops[n - 1]));
        self.emit_jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> CResult<()> {
        self.expr(&f.value)?;
        let mut fl = match f.conversion {
            ConversionFlag::None => 0,
            ConversionFlag::Str => 1,
            ConversionFlag::Repr => 2,
            ConversionFlag::Ascii => 3,
        };
        if let Some(spec) = &f.format_spec {
            self.format_spec(spec)?;
            fl |= 4;
        }
        self.emit(Instr::FormatValue(fl));
        Ok(())
    }

    fn joined_str(&mut self, j: &'a ast::ExprJoinedStr) -> CResult<()> {
        match j.values.as_slice() {
            [] => self.load_const(Const::Str(String::new())),
            [single] => {
                self.expr(single)?;
                if !matches!(
                    single,
                    Expr::FormattedValue(_) | Expr::Constant(ast::ExprConstant { value: Constant::Str(_), .. })
                ) {
                    // Defensive: anything else is formatted to a str.
                    self.emit(Instr::FormatValue(0));
                }
            }
            values => {
                for v in values {
                    self.expr(v)?;
                }
                self.emit(Instr::BuildString(values.len() as u32));
            }
        }
        Ok(())
    }
}

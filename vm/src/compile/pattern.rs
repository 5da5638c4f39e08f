//! The `match` statement (PEP 634), compiled as CPython 3.11 does (see "Pattern matching" in
//! `bytecode.rs`):
//!
//! ```text
//!        <subject>
//! case:  Copy 1  <pattern: consumes the copy or jumps to fail_pop[k]>  [<guard> PopJumpIfFalse fail_pop[0]]
//!        PopTop  <body>  Jump end
//!        fail_pop[n]: PopTop ... fail_pop[1]: PopTop  fail_pop[0]:     (next case)
//!        PopTop
//! end:
//! ```
//!
//! While a pattern runs, `PatCtx::on_top` counts the values it has on the stack above the
//! subject of the whole statement; a failing test jumps to `fail_pop[on_top]`.

use rustpython_parser::ast::{self, Constant, Pattern, Ranged};

use super::codegen::{Compiler, NameCtx};
use super::error::CResult;
use super::unit::Label;
use crate::bytecode::{CmpOp, Const, Instr};

pub(crate) struct PatCtx {
    on_top: usize,
    fail_pop: Vec<Label>,
    /// Names bound so far (for duplicate and OR-alternative checks).
    names: Vec<String>,
    /// Deferred captures: their values sit on the stack just above the subject, the last one
    /// deepest, and are stored once the whole pattern matched (as CPython does).
    stores: Vec<String>,
    /// Store captures at once (inside OR alternatives, which must agree on the stack shape).
    immediate: bool,
    /// Range of the last pattern compiled (where CPython reports OR-pattern name mismatches).
    last: ast::text_size::TextRange,
}

fn irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none(),
        Pattern::MatchOr(o) => o.patterns.iter().any(irrefutable),
        _ => false,
    }
}

fn unreachable_msg(p: &Pattern) -> String {
    match p {
        Pattern::MatchAs(ast::PatternMatchAs { pattern: None, name: Some(n), .. }) => {
            format!("name capture '{n}' makes remaining patterns unreachable")
        }
        Pattern::MatchOr(o) => o.patterns.iter().find(|q| irrefutable(q)).map_or_else(String::new, unreachable_msg),
        _ => "wildcard makes remaining patterns unreachable".to_string(),
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            if i + 1 < n && case.guard.is_none() && irrefutable(&case.pattern) {
                return Err(self.error(case.pattern.range(), unreachable_msg(&case.pattern)));
            }
            self.set_loc(case.pattern.range());
            self.emit(Instr::Copy(1));
            let mut pc = PatCtx { on_top: 1, fail_pop: Vec::new(), names: Vec::new(), stores: Vec::new(), immediate: false, last: case.pattern.range() };
            self.pattern(&case.pattern, &mut pc)?;
            for name in std::mem::take(&mut pc.stores) {
                self.name_op(&name, NameCtx::Store)?;
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc);
                self.jump_if(guard, false, fail)?;
            }
            self.set_loc(case.pattern.range());
            self.emit(Instr::PopTop);
            self.stmts(&case.body)?;
            self.emit_jump(Instr::Jump, end);
            self.emit_fail_pop(&pc);
        }
        self.set_loc(m.range);
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// The label a failing test jumps to with the current stack.
    fn fail_label(&mut self, pc: &mut PatCtx) -> Label {
        let depth = pc.on_top + pc.stores.len();
        while pc.fail_pop.len() <= depth {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[depth]
    }

    /// `PopJumpIfFalse` to the failure label (the test's bool is on top).
    fn jump_fail(&mut self, pc: &mut PatCtx) {
        let l = self.fail_label(pc);
        self.emit_jump(Instr::PopJumpIfFalse, l);
    }

    fn emit_fail_pop(&mut self, pc: &PatCtx) {
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(Instr::PopTop);
        }
        if let Some(&l) = pc.fail_pop.first() {
            self.bind(l);
        }
    }

    fn capture(&mut self, name: &str, range: ast::text_size::TextRange, pc: &mut PatCtx) -> CResult<()> {
        if pc.names.iter().any(|n| n == name) {
            return Err(self.error(range, format!("multiple assignments to name '{name}' in pattern")));
        }
        pc.names.push(name.to_string());
        if pc.immediate {
            self.name_op(name, NameCtx::Store)?;
        } else {
            // Rotate the value under the working items and the earlier captures.
            for i in (2..=(pc.on_top + pc.stores.len()) as u32).rev() {
                self.emit(Instr::Swap(i));
            }
            pc.stores.push(name.to_string());
        }
        pc.on_top -= 1;
        Ok(())
    }

    /// Subject on top (counted in `on_top`); consumed on success.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> CResult<()> {
        self.set_loc(p.range());
        pc.last = p.range();
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::CompareOp(CmpOp::Eq));
                pc.on_top -= 1;
                self.jump_fail(pc);
            }
            Pattern::MatchSingleton(s) => {
                let c = match &s.value {
                    Constant::Bool(b) => Const::Bool(*b),
                    _ => Const::None,
                };
                self.load_const(c);
                self.emit(Instr::IsOp(false));
                pc.on_top -= 1;
                self.jump_fail(pc);
            }
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => {
                    self.emit(Instr::PopTop);
                    pc.on_top -= 1;
                }
                (None, Some(name)) => self.capture(name, a.range, pc)?,
                (Some(q), name) => {
                    if name.is_some() {
                        self.emit(Instr::Copy(1));
                        pc.on_top += 1;
                    }
                    self.pattern(q, pc)?;
                    if let Some(name) = name {
                        self.set_loc(a.range);
                        self.capture(name, a.range, pc)?;
                    }
                }
            },
            Pattern::MatchStar(s) => match &s.name {
                Some(name) => self.capture(name, s.range, pc)?,
                None => {
                    self.emit(Instr::PopTop);
                    pc.on_top -= 1;
                }
            },
            Pattern::MatchSequence(s) => self.sequence_pattern(s, pc)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, pc)?,
            Pattern::MatchClass(c) => self.class_pattern(c, pc)?,
            Pattern::MatchOr(o) => self.or_pattern(o, pc)?,
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, s: &'a ast::PatternMatchSequence, pc: &mut PatCtx) -> CResult<()> {
        let n = s.patterns.len();
        let mut star = None;
        for (i, q) in s.patterns.iter().enumerate() {
            if matches!(q, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error(q.range(), "multiple starred names in sequence pattern"));
                }
                star = Some(i);
            }
        }
        self.emit(Instr::MatchSequence);
        self.jump_fail(pc);
        self.emit(Instr::GetLen);
        match star {
            None => {
                self.load_const(Const::Int((n as u64).into()));
                self.emit(Instr::CompareOp(CmpOp::Eq));
            }
            Some(_) => {
                self.load_const(Const::Int(((n - 1) as u64).into()));
                self.emit(Instr::CompareOp(CmpOp::Ge));
            }
        }
        self.jump_fail(pc);
        if n == 0 {
            self.emit(Instr::PopTop);
            pc.on_top -= 1;
            return Ok(());
        }
        match star {
            None => self.emit(Instr::UnpackSequence(n as u32)),
            Some(i) => self.emit(Instr::UnpackEx((i | ((n - i - 1) << 8)) as u32)),
        }
        pc.on_top += n - 1;
        for q in &s.patterns {
            self.pattern(q, pc)?;
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatCtx) -> CResult<()> {
        let n = m.keys.len();
        self.emit(Instr::MatchMapping);
        self.jump_fail(pc);
        if n == 0 && m.rest.is_none() {
            self.emit(Instr::PopTop);
            pc.on_top -= 1;
            return Ok(());
        }
        if n > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Const::Int((n as u64).into()));
            self.emit(Instr::CompareOp(CmpOp::Ge));
            self.jump_fail(pc);
        }
        let mut seen: Vec<String> = Vec::new();
        for k in &m.keys {
            if let ast::Expr::Constant(_) = k
                && let Some(c) = super::expr::fold_const(k)
            {
                let r = super::dis::const_repr(&c);
                if seen.contains(&r) {
                    return Err(self.error(m.range, format!("mapping pattern checks duplicate key ({r})")));
                }
                seen.push(r);
            }
            if !matches!(
                k,
                ast::Expr::Constant(_) | ast::Expr::Attribute(_) | ast::Expr::UnaryOp(_) | ast::Expr::BinOp(_)
            ) {
                return Err(self.error(k.range(), "mapping pattern keys may only match literals and attribute lookups"));
            }
            self.expr(k)?;
        }
        self.emit(Instr::BuildTuple(n as u32));
        pc.on_top += 1;
        if n > 0 {
            self.set_loc(m.range);
            self.emit(Instr::MatchKeys);
            pc.on_top += 1;
            self.emit(Instr::Copy(1));
            self.load_const(Const::None);
            self.emit(Instr::IsOp(true));
            self.jump_fail(pc);
            self.emit(Instr::UnpackSequence(n as u32));
            pc.on_top += n - 1;
            for q in &m.patterns {
                self.pattern(q, pc)?;
            }
        }
        self.set_loc(m.range);
        match &m.rest {
            Some(rest) => {
                self.emit(Instr::CopyDictWithoutKeys);
                self.capture(rest, m.range, pc)?;
            }
            None => {
                self.emit(Instr::PopTop);
                pc.on_top -= 1;
            }
        }
        self.emit(Instr::PopTop);
        pc.on_top -= 1;
        Ok(())
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatCtx) -> CResult<()> {
        for (i, a) in c.kwd_attrs.iter().enumerate() {
            if c.kwd_attrs[..i].iter().any(|b| b == a) {
                return Err(self.error(
                    c.kwd_patterns[i].range(),
                    format!("attribute name repeated in class pattern: {a}"),
                ));
            }
        }
        self.expr(&c.cls)?;
        let names = c.kwd_attrs.iter().map(|a| Const::Str(a.to_string())).collect();
        self.load_const(Const::Tuple(names));
        self.set_loc(c.range);
        self.emit(Instr::MatchClass(c.patterns.len() as u32));
        self.emit(Instr::Copy(1));
        self.load_const(Const::None);
        self.emit(Instr::IsOp(true));
        self.jump_fail(pc);
        let total = c.patterns.len() + c.kwd_patterns.len();
        if total == 0 {
            self.emit(Instr::PopTop);
            pc.on_top -= 1;
            return Ok(());
        }
        self.emit(Instr::UnpackSequence(total as u32));
        pc.on_top += total - 1;
        for q in c.patterns.iter().chain(&c.kwd_patterns) {
            self.pattern(q, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatCtx) -> CResult<()> {
        let end = self.new_label();
        let (last, rest) = o.patterns.split_last().expect("an OR pattern has alternatives");
        let base = pc.names.len();
        let mut first_names: Option<Vec<String>> = None;
        let mut check = |this: &Self, names: &[String], at: ast::text_size::TextRange| -> CResult<()> {
            let mut sorted = names.to_vec();
            sorted.sort();
            match &first_names {
                None => first_names = Some(sorted),
                Some(f) if *f != sorted => {
                    return Err(this.error(at, "alternative patterns bind different names"));
                }
                _ => {}
            }
            Ok(())
        };
        for q in rest {
            if irrefutable(q) {
                return Err(self.error(q.range(), unreachable_msg(q)));
            }
            self.set_loc(q.range());
            self.emit(Instr::Copy(1));
            let mut sub = PatCtx { on_top: 1, fail_pop: Vec::new(), names: pc.names.clone(), stores: Vec::new(), immediate: true, last: q.range() };
            self.pattern(q, &mut sub)?;
            check(self, &sub.names[base..], sub.last)?;
            self.emit(Instr::PopTop);
            self.emit_jump(Instr::Jump, end);
            self.emit_fail_pop(&sub);
        }
        let immediate = std::mem::replace(&mut pc.immediate, true);
        self.pattern(last, pc)?;
        pc.immediate = immediate;
        let new: Vec<String> = pc.names[base..].to_vec();
        check(self, &new, pc.last)?;
        self.bind(end);
        Ok(())
    }
}

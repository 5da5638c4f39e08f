//! First symbol-table pass, expressions: names, lambdas, comprehensions, `yield` and walrus.
//!
//! Comprehensions get their own function scope whose parameter `.0` receives the outermost
//! iterator (evaluated, and therefore visited, in the enclosing scope). A walrus inside a
//! comprehension binds in the nearest enclosing function (as `nonlocal`) or module (as
//! `global`), never in the comprehension, and may not rebind an iteration variable or appear in
//! a class body or an iterable expression, as in CPython.

use rustpython_parser::ast::{self, Expr, Ranged};
use rustpython_parser::text_size::TextRange;

use super::error::CResult;
use super::symtable::{CompKind, NodeTag, ScopeKind, SymbolTable, flag};
use super::symtable_build::Builder;
use super::targets::{self, TargetKind};

impl Builder<'_, '_> {
    pub(super) fn expr(&mut self, e: &Expr) -> CResult<()> {
        self.nest(e.range())?;
        self.expr_inner(e)?;
        self.unnest();
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::BoolOp(b) => self.exprs(&b.values)?,
            Expr::NamedExpr(n) => self.named_expr(n)?,
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                self.defaults(&l.args)?;
                let id = self.enter(ScopeKind::Function, "<lambda>", SymbolTable::key(l, NodeTag::Lambda));
                self.table.scopes[id].is_lambda = true;
                self.params(&l.args)?;
                self.expr(&l.body)?;
                self.exit();
            }
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                // CPython's order: all keys, then all values.
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(&d.values)?;
            }
            Expr::Set(s) => self.exprs(&s.elts)?,
            Expr::ListComp(c) => self.comprehension(
                SymbolTable::key(c, NodeTag::Comprehension),
                CompKind::List,
                &c.generators,
                &c.elt,
                None,
                c.range,
            )?,
            Expr::SetComp(c) => self.comprehension(
                SymbolTable::key(c, NodeTag::Comprehension),
                CompKind::Set,
                &c.generators,
                &c.elt,
                None,
                c.range,
            )?,
            Expr::DictComp(c) => self.comprehension(
                SymbolTable::key(c, NodeTag::Comprehension),
                CompKind::Dict,
                &c.generators,
                &c.key,
                Some(&c.value),
                c.range,
            )?,
            Expr::GeneratorExp(c) => self.comprehension(
                SymbolTable::key(c, NodeTag::Comprehension),
                CompKind::Generator,
                &c.generators,
                &c.elt,
                None,
                c.range,
            )?,
            Expr::Await(a) => {
                if self.cur().comprehension.is_some() {
                    self.cur().is_coroutine = true;
                }
                self.expr(&a.value)?
            }
            Expr::Yield(y) => {
                self.opt_expr(&y.value)?;
                self.yield_seen(y.range);
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.yield_seen(y.range);
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                self.exprs(&c.comparators)?;
            }
            Expr::Call(c) => {
                self.check_genexp_args(&c.args, c.keywords.len())?;
                if let Some(range) = super::ast_checks::sole_genexp_trailing_comma(self.ctx, c) {
                    return Err(self.ctx.error(range, "Generator expression must be parenthesized"));
                }
                self.expr(&c.func)?;
                self.exprs(&c.args)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                self.opt_expr(&f.format_spec)?;
            }
            Expr::JoinedStr(j) => self.exprs(&j.values)?,
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => self.name(n)?,
            Expr::List(l) => self.exprs(&l.elts)?,
            Expr::Tuple(t) => self.exprs(&t.elts)?,
            Expr::Slice(s) => {
                self.opt_expr(&s.lower)?;
                self.opt_expr(&s.upper)?;
                self.opt_expr(&s.step)?;
            }
        }
        Ok(())
    }

    fn name(&mut self, n: &ast::ExprName) -> CResult<()> {
        match n.ctx {
            ast::ExprContext::Load => {
                self.add_def(&n.id, flag::USE, n.range)?;
                // A use of `super` in a function implies a use of `__class__`.
                if n.id.as_str() == "super" && self.table.scopes[self.cur_id()].is_function() {
                    self.add_def("__class__", flag::USE, n.range)?;
                }
            }
            _ => self.add_def(&n.id, flag::LOCAL, n.range)?,
        }
        Ok(())
    }

    fn yield_seen(&mut self, range: TextRange) {
        let scope = self.cur();
        if let Some(kind) = scope.comprehension {
            let msg = format!("'yield' inside {}", kind.description());
            self.semantic(self.ctx.error(range, msg));
            return;
        }
        scope.is_generator = true;
    }

    fn named_expr(&mut self, n: &ast::ExprNamedExpr) -> CResult<()> {
        targets::check_named_expr(self.ctx, &n.target)?;
        let cur = self.cur_id();
        if self.table.scopes[cur].comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            self.semantic(self.ctx.error(n.range, msg));
        }
        if self.table.scopes[cur].comprehension.is_some()
            && let Expr::Name(target) = n.target.as_ref()
        {
            self.extend_namedexpr_scope(target)?;
        }
        self.expr(&n.value)?;
        self.expr(&n.target)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function (or module).
    fn extend_namedexpr_scope(&mut self, target: &ast::ExprName) -> CResult<()> {
        let name = self.mangled(&target.id);
        let cur = self.cur_id();
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.table.scopes[id];
            if scope.comprehension.is_some() {
                if scope.flags(&name) & flag::COMP_ITER != 0 {
                    let msg = format!("assignment expression cannot rebind comprehension iteration variable '{name}'");
                    self.semantic(self.ctx.error(target.range, msg));
                    return Ok(());
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let fl = if scope.flags(&name) & flag::GLOBAL != 0 { flag::GLOBAL } else { flag::NONLOCAL };
                    self.add_def_in(cur, &name, fl, target.range)?;
                    self.table.scopes[cur].directives.entry(name.clone()).or_insert(target.range);
                    return self.add_def_in(id, &name, flag::LOCAL, target.range);
                }
                ScopeKind::Module => {
                    self.add_def_in(cur, &name, flag::GLOBAL, target.range)?;
                    self.table.scopes[cur].directives.entry(name.clone()).or_insert(target.range);
                    return self.add_def_in(id, &name, flag::GLOBAL, target.range);
                }
                ScopeKind::Class => {
                    let msg = "assignment expression within a comprehension cannot be used in a class body";
                    self.semantic(self.ctx.error(target.range, msg));
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        key: (usize, u8),
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        range: TextRange,
    ) -> CResult<()> {
        let Some(outer) = generators.first() else { return Ok(()) };
        let parent_async = self.table.scopes[self.cur_id()].is_coroutine;
        for g in generators {
            targets::check_target(self.ctx, &g.target, TargetKind::For)?;
        }
        self.cur().comp_iter_expr += 1;
        self.expr(&outer.iter)?;
        self.cur().comp_iter_expr -= 1;
        let id = self.enter(ScopeKind::Function, kind.scope_name(), key);
        self.table.scopes[id].comprehension = Some(kind);
        self.table.scopes[id].is_generator = kind == CompKind::Generator;
        self.table.scopes[id].is_coroutine = generators.iter().any(|g| g.is_async);
        self.add_def(".0", flag::PARAM, outer.iter.range())?;
        self.comp_target(&outer.target)?;
        self.exprs(&outer.ifs)?;
        for g in &generators[1..] {
            self.comp_target(&g.target)?;
            self.cur().comp_iter_expr += 1;
            self.expr(&g.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.exprs(&g.ifs)?;
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        self.exit();
        // An `async for` or `await` makes it asynchronous; only a generator expression (an
        // async generator) may be asynchronous outside an `async def` or comprehension.
        if self.table.scopes[id].is_coroutine && kind != CompKind::Generator && !parent_async {
            // Inside another comprehension, that one becomes asynchronous too (3.11); it is
            // checked in turn when its own visit ends.
            if self.cur().comprehension.is_some() {
                self.cur().is_coroutine = true;
            } else {
                let msg = "asynchronous comprehension outside of an asynchronous function";
                return Err(self.ctx.error(range, msg));
            }
        }
        Ok(())
    }

    fn comp_target(&mut self, target: &Expr) -> CResult<()> {
        self.cur().comp_iter_target = true;
        let r = self.expr(target);
        self.cur().comp_iter_target = false;
        r
    }

    /// A generator expression must be parenthesized unless it is a call's only argument.
    pub(super) fn check_genexp_args(&self, args: &[Expr], nkeywords: usize) -> CResult<()> {
        if args.len() + nkeywords <= 1 {
            return Ok(());
        }
        for a in args {
            if let Expr::GeneratorExp(g) = a
                && !self.ctx.source.get(usize::from(g.range.start())..).is_some_and(|s| s.starts_with('('))
            {
                return Err(self.ctx.error(g.range, "Generator expression must be parenthesized"));
            }
        }
        Ok(())
    }
}

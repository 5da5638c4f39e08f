//! First symbol-table pass: walk the AST and record how every name is used in every scope.
//!
//! Mirrors CPython's `symtable_visit_*` functions. Besides recording `DEF_*` flags it performs the
//! checks CPython makes while parsing or building the symbol table:
//! * invalid assignment/deletion targets ([`targets`](super::targets)) and unsupported
//!   constructs (`except*`) abort immediately, like parse errors;
//! * scoping errors (`global` after use, `import *` in a function, `yield` in a comprehension,
//!   misplaced walrus, misplaced `from __future__`) are remembered and reported after the walk
//!   unless a parse-level error turns up later in the file, as CPython reports parse errors
//!   first.
//!
//! Annotations are visited in the scope where CPython evaluates them, unless postponed by
//! `from __future__ import annotations`.

use rustpython_parser::ast::{self, Constant, Expr, Ranged, Stmt};
use rustpython_parser::text_size::TextRange;

use super::MAX_NESTING;
use super::error::{CResult, CompileError, SYNTAX, SourceCtx};
use super::symtable::{NodeTag, Scope, ScopeId, ScopeKind, SymbolTable, analyze, flag, mangle};
use super::targets::{self, TargetKind};

/// What is being compiled.
#[derive(Clone, Copy)]
pub(crate) enum Top<'a> {
    Module(&'a [Stmt]),
    Interactive(&'a [Stmt]),
    Expression(&'a Expr),
}

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Builds and analyses the symbol table of a compilation unit.
pub(crate) fn build(ctx: &SourceCtx, top: Top) -> CResult<SymbolTable> {
    let mut b =
        Builder { ctx, table: SymbolTable::default(), stack: vec![0], depth: 0, pending: None, future_ok: false };
    b.table.scopes.push(Scope::new(ScopeKind::Module, None));
    match top {
        Top::Module(body) | Top::Interactive(body) => b.module_body(body)?,
        Top::Expression(e) => b.expr(e)?,
    }
    if let Some(err) = b.pending {
        return Err(err);
    }
    analyze(&mut b.table, ctx)?;
    Ok(b.table)
}

/// Whether a statement is a docstring (a string constant expression statement).
pub(crate) fn docstring(s: &Stmt) -> Option<&str> {
    match s {
        Stmt::Expr(ast::StmtExpr { value, .. }) => match value.as_ref() {
            Expr::Constant(ast::ExprConstant { value: Constant::Str(s), .. }) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

fn is_future_import(s: &Stmt) -> bool {
    matches!(s, Stmt::ImportFrom(f) if f.module.as_ref().is_some_and(|m| m.as_str() == "__future__")
        && f.level.as_ref().is_none_or(|l| l.to_u32() == 0))
}

pub(super) struct Builder<'c, 's> {
    pub(super) ctx: &'c SourceCtx<'s>,
    pub(super) table: SymbolTable,
    pub(super) stack: Vec<ScopeId>,
    depth: u32,
    /// First scoping error, reported if no parse-level error follows.
    pending: Option<Box<CompileError>>,
    /// Whether a `from __future__` import is still allowed here.
    future_ok: bool,
}

impl Builder<'_, '_> {
    pub(super) fn cur_id(&self) -> ScopeId {
        self.stack.last().copied().unwrap_or(0)
    }

    pub(super) fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.table.scopes[id]
    }

    pub(super) fn semantic(&mut self, err: Box<CompileError>) {
        if self.pending.is_none() {
            self.pending = Some(err);
        }
    }

    /// A `try` or `try`/`except*` statement, in CPython's order: the `else` clause before the
    /// handlers.
    fn try_parts(
        &mut self,
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        finalbody: &[ast::Stmt],
    ) -> CResult<()> {
        self.stmts(body)?;
        self.stmts(orelse)?;
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.opt_expr(&h.type_)?;
            if let Some(name) = &h.name {
                self.add_def(name, flag::LOCAL, h.range)?;
            }
            self.stmts(&h.body)?;
        }
        self.stmts(finalbody)
    }

    pub(super) fn mangled(&self, name: &str) -> String {
        mangle(self.table.scopes[self.cur_id()].private.as_deref(), name).into_owned()
    }

    pub(super) fn add_def(&mut self, name: &str, fl: u32, range: TextRange) -> CResult<()> {
        let mangled = self.mangled(name);
        self.add_def_in(self.cur_id(), &mangled, fl, range)
    }

    pub(super) fn add_def_in(&mut self, id: ScopeId, mangled: &str, fl: u32, range: TextRange) -> CResult<()> {
        let scope = &mut self.table.scopes[id];
        let old = scope.flags(mangled);
        if fl & flag::PARAM != 0 && old & flag::PARAM != 0 {
            return Err(self.ctx.error(range, format!("duplicate argument '{mangled}' in function definition")));
        }
        let mut fl = fl;
        if scope.comp_iter_target {
            // An iteration variable of a comprehension: it may not rebind a walrus target.
            if old & (flag::GLOBAL | flag::NONLOCAL) != 0 {
                let msg = format!("comprehension inner loop cannot rebind assignment expression target '{mangled}'");
                self.semantic(self.ctx.error(range, msg));
            }
            fl |= flag::COMP_ITER;
        }
        let scope = &mut self.table.scopes[id];
        scope.add_flags(mangled, fl);
        if fl & flag::PARAM != 0 {
            scope.params.push(mangled.to_string());
        } else if fl & flag::GLOBAL != 0 {
            self.table.scopes[0].add_flags(mangled, flag::GLOBAL);
        }
        Ok(())
    }

    pub(super) fn enter(&mut self, kind: ScopeKind, name: &str, key: (usize, u8)) -> ScopeId {
        let parent = self.cur_id();
        let private =
            if kind == ScopeKind::Class { Some(name.to_string()) } else { self.table.scopes[parent].private.clone() };
        let id = self.table.scopes.len();
        let mut scope = Scope::new(kind, private);
        // Walrus is forbidden anywhere inside a comprehension's iterable, even in nested scopes.
        scope.comp_iter_expr = self.table.scopes[parent].comp_iter_expr;
        self.table.scopes.push(scope);
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    pub(super) fn exit(&mut self) {
        self.stack.pop();
    }

    pub(super) fn nest(&mut self, range: TextRange) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(self
                .ctx
                .error(range, "too many nested expressions (maximum recursion depth exceeded during compilation)"));
        }
        Ok(())
    }

    pub(super) fn unnest(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    fn module_body(&mut self, body: &[Stmt]) -> CResult<()> {
        self.future_ok = true;
        for (i, s) in body.iter().enumerate() {
            if !(is_future_import(s) || i == 0 && docstring(s).is_some()) {
                self.future_ok = false;
            }
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> CResult<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    pub(super) fn exprs(&mut self, es: &[Expr]) -> CResult<()> {
        es.iter().try_for_each(|e| self.expr(e))
    }

    pub(super) fn opt_expr(&mut self, e: &Option<Box<Expr>>) -> CResult<()> {
        e.as_deref().map_or(Ok(()), |e| self.expr(e))
    }

    /// A value pattern `real +/- imag` must be a complex literal: CPython's grammar
    /// (`complex_number`) requires a real number on the left and an imaginary one on the right.
    fn check_complex_literal(&self, e: &ast::Expr) -> CResult<()> {
        use ast::{Constant as C, Expr as E};
        let E::BinOp(b) = e else { return Ok(()) };
        if !matches!(b.op, ast::Operator::Add | ast::Operator::Sub) {
            return Ok(());
        }
        fn number(x: &ast::Expr) -> Option<&ast::Constant> {
            match x {
                ast::Expr::Constant(c) => Some(&c.value),
                ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match u.operand.as_ref() {
                    ast::Expr::Constant(c) => Some(&c.value),
                    _ => None,
                },
                _ => None,
            }
        }
        if let Some(C::Complex { .. }) = number(&b.left) {
            return Err(self.ctx.error(b.left.range(), "real number required in complex literal"));
        }
        if let (E::Constant(c), Some(C::Int(_) | C::Float(_))) = (b.right.as_ref(), number(&b.left))
            && matches!(c.value, C::Int(_) | C::Float(_))
        {
            return Err(self.ctx.error(c.range, "imaginary number required in complex literal"));
        }
        Ok(())
    }

    /// Records the names a `match` pattern binds and visits the expressions it evaluates.
    fn pattern(&mut self, p: &ast::Pattern) -> CResult<()> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => {
                self.check_complex_literal(&v.value)?;
                self.expr(&v.value)?
            }
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for q in &s.patterns {
                    self.pattern(q)?;
                }
            }
            P::MatchMapping(m) => {
                self.exprs(&m.keys)?;
                for q in &m.patterns {
                    self.pattern(q)?;
                }
                if let Some(rest) = &m.rest {
                    self.add_def(rest, flag::LOCAL, m.range)?;
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for q in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(name) = &s.name {
                    self.add_def(name, flag::LOCAL, s.range)?;
                }
            }
            P::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.pattern(q)?;
                }
                if let Some(name) = &a.name {
                    self.add_def(name, flag::LOCAL, a.range)?;
                }
            }
            P::MatchOr(o) => {
                for q in &o.patterns {
                    self.pattern(q)?;
                }
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.nest(s.range())?;
        self.stmt_inner(s)?;
        self.unnest();
        Ok(())
    }

    fn stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => {
                if !f.type_params.is_empty() {
                    return Err(self.ctx.error(f.range, "expected '('"));
                }
                self.function_def(f, false, &f.name, &f.args, f.returns.as_deref(), &f.decorator_list, &f.body)?;
            }
            Stmt::AsyncFunctionDef(f) => {
                if !f.type_params.is_empty() {
                    return Err(self.ctx.error(f.range, "expected '('"));
                }
                self.function_def(f, true, &f.name, &f.args, f.returns.as_deref(), &f.decorator_list, &f.body)?;
            }
            Stmt::ClassDef(c) => {
                if !c.type_params.is_empty() {
                    return Err(self.ctx.error(c.range, "invalid syntax"));
                }
                self.add_def(&c.name, flag::LOCAL, c.range)?;
                super::ast_checks::check_class_genexp_bases(self.ctx, &c.bases, c.keywords.len())?;
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(&c.decorator_list)?;
                self.enter(ScopeKind::Class, &c.name, SymbolTable::key(c, NodeTag::Class));
                self.stmts(&c.body)?;
                self.exit();
            }
            Stmt::Return(r) => self.opt_expr(&r.value)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    targets::check_target(self.ctx, t, TargetKind::Del)?;
                }
                self.exprs(&d.targets)?;
            }
            Stmt::Assign(a) => {
                targets::check_assign(self.ctx, a)?;
                self.exprs(&a.targets)?;
                self.expr(&a.value)?;
            }
            Stmt::TypeAlias(t) => return Err(self.ctx.error(t.range, "invalid syntax")),
            Stmt::AugAssign(a) => {
                targets::check_augassign(self.ctx, &a.target)?;
                self.expr(&a.target)?;
                self.expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::For(f) => {
                targets::check_target(self.ctx, &f.target, TargetKind::For)?;
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::AsyncFor(f) => {
                targets::check_target(self.ctx, &f.target, TargetKind::For)?;
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        targets::check_target(self.ctx, v, TargetKind::Star)?;
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        targets::check_target(self.ctx, v, TargetKind::Star)?;
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    self.opt_expr(&case.guard)?;
                    self.stmts(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                self.opt_expr(&r.exc)?;
                self.opt_expr(&r.cause)?;
            }
            Stmt::Try(t) => self.try_parts(&t.body, &t.orelse, &t.handlers, &t.finalbody)?,
            Stmt::TryStar(t) => self.try_parts(&t.body, &t.orelse, &t.handlers, &t.finalbody)?,
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                self.opt_expr(&a.msg)?;
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
                    let store = name.split('.').next().unwrap_or(name);
                    self.add_def(store, flag::IMPORT, alias.range)?;
                }
            }
            Stmt::ImportFrom(i) => self.import_from(s, i)?,
            Stmt::Global(g) => self.declaration(&g.names, g.range, true)?,
            Stmt::Nonlocal(n) => self.declaration(&n.names, n.range, false)?,
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
        Ok(())
    }

    /// A `def` or `async def` (`is_async`); the node's address keys the scope.
    #[allow(clippy::too_many_arguments)]
    fn function_def<N: Ranged>(
        &mut self,
        node: &N,
        is_async: bool,
        name: &str,
        args: &ast::Arguments,
        returns: Option<&Expr>,
        decorators: &[Expr],
        body: &[Stmt],
    ) -> CResult<()> {
        let range = node.range();
        self.add_def(name, flag::LOCAL, range)?;
        self.defaults(args)?;
        self.arg_annotations(args, returns)?;
        self.exprs(decorators)?;
        let id = self.enter(ScopeKind::Function, name, SymbolTable::key(node, NodeTag::Function));
        self.table.scopes[id].is_coroutine = is_async;
        self.params(args)?;
        self.stmts(body)?;
        self.exit();
        Ok(())
    }

    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> CResult<()> {
        targets::check_annassign(self.ctx, &a.target)?;
        if let Expr::Name(n) = a.target.as_ref() {
            let cur = self.table.scopes[self.cur_id()].flags(&self.mangled(&n.id));
            if cur & (flag::GLOBAL | flag::NONLOCAL) != 0 && self.cur_id() != 0 && a.simple {
                let which = if cur & flag::GLOBAL != 0 { "global" } else { "nonlocal" };
                self.semantic(self.ctx.error(n.range, format!("annotated name '{}' can't be {which}", n.id)));
            }
            if a.simple {
                self.add_def(&n.id, flag::ANNOT | flag::LOCAL, n.range)?;
            } else if a.value.is_some() {
                self.add_def(&n.id, flag::LOCAL, n.range)?;
            }
        } else {
            self.expr(&a.target)?;
        }
        if !self.table.future_annotations {
            self.expr(&a.annotation)?;
        }
        self.opt_expr(&a.value)
    }

    fn import_from(&mut self, s: &Stmt, i: &ast::StmtImportFrom) -> CResult<()> {
        if is_future_import(s) {
            if !self.future_ok {
                return Err(self.ctx.error(i.range, "from __future__ imports must occur at the beginning of the file"));
            }
            let stmt_start: u32 = i.range.start().into();
            for alias in &i.names {
                match alias.name.as_str() {
                    // CPython's future.c reports these at the statement's first column, with
                    // a one-character caret.
                    "braces" => return Err(self.ctx.error_at(SYNTAX, "not a chance", stmt_start, stmt_start)),
                    "annotations" => self.table.future_annotations = true,
                    f if FUTURE_FEATURES.contains(&f) => {}
                    f => {
                        let msg = format!("future feature {f} is not defined");
                        return Err(self.ctx.error_at(SYNTAX, msg, stmt_start, stmt_start));
                    }
                }
            }
        }
        for alias in &i.names {
            if alias.name.as_str() == "*" {
                if self.table.scopes[self.cur_id()].kind != ScopeKind::Module {
                    self.semantic(self.ctx.error(alias.range, "import * only allowed at module level"));
                }
            } else {
                let name = alias.asname.as_ref().unwrap_or(&alias.name);
                self.add_def(name, flag::IMPORT, alias.range)?;
            }
        }
        Ok(())
    }

    /// `global` (`is_global`) or `nonlocal` declarations.
    fn declaration(&mut self, names: &[ast::Identifier], range: TextRange, is_global: bool) -> CResult<()> {
        let which = if is_global { "global" } else { "nonlocal" };
        for name in names {
            let mangled = self.mangled(name);
            let cur = self.table.scopes[self.cur_id()].flags(&mangled);
            if cur & (flag::PARAM | flag::LOCAL | flag::USE | flag::ANNOT) != 0 {
                let msg = if cur & flag::PARAM != 0 {
                    format!("name '{name}' is parameter and {which}")
                } else if cur & flag::USE != 0 {
                    format!("name '{name}' is used prior to {which} declaration")
                } else if cur & flag::ANNOT != 0 {
                    format!("annotated name '{name}' can't be {which}")
                } else {
                    format!("name '{name}' is assigned to before {which} declaration")
                };
                self.semantic(self.ctx.error(range, msg));
            }
            let fl = if is_global { flag::GLOBAL } else { flag::NONLOCAL };
            self.add_def(name, fl, range)?;
            self.cur().directives.entry(mangled).or_insert(range);
        }
        Ok(())
    }

    /// Default values, evaluated in the enclosing scope.
    pub(super) fn defaults(&mut self, args: &ast::Arguments) -> CResult<()> {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.opt_expr(&a.default)?;
        }
        Ok(())
    }

    /// Annotations of a `def`, visited in the enclosing scope (unless postponed).
    fn arg_annotations(&mut self, args: &ast::Arguments, returns: Option<&Expr>) -> CResult<()> {
        if self.table.future_annotations {
            return Ok(());
        }
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.opt_expr(&a.def.annotation)?;
        }
        for a in args.vararg.iter().chain(&args.kwarg) {
            self.opt_expr(&a.annotation)?;
        }
        returns.map_or(Ok(()), |r| self.expr(r))
    }

    pub(super) fn params(&mut self, args: &ast::Arguments) -> CResult<()> {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.add_def(&a.def.arg, flag::PARAM, a.def.range)?;
        }
        for a in args.vararg.iter().chain(&args.kwarg) {
            self.add_def(&a.arg, flag::PARAM, a.range)?;
        }
        Ok(())
    }
}

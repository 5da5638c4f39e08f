//! `_pyrs_ast.parse`: the parser's AST (rustpython-parser, the tree the compiler uses) turned
//! into instances of the node classes that `ast.py` defines, following the CPython 3.11 ASDL
//! (`Parser/Python.asdl`): the same class names, fields and position attributes.
//!
//! Positions: `lineno`/`end_lineno` are 1-based, `col_offset`/`end_col_offset` are UTF-8 byte
//! offsets from the start of the line, as in CPython. Where the parser's tree differs from
//! CPython's (argument defaults kept with each argument, the range of a decorated definition
//! starting at its first decorator), the builder converts.
//!
//! GC: every node is created before its children and each converted child is stored into its
//! parent (an attribute or a Python list) at once, so no Value waits in Rust heap memory while
//! node constructors (Python code) run; the Values in locals are roots.

use objmodel::Value;
use rustpython_parser::ast::{self, Constant, Expr, Mod, Pattern, Ranged, Stmt};
use rustpython_parser::text_size::TextRange;

use crate::error::PyResult;
use crate::objects::{dict, float, int, list, str as pystr, tuple};
use crate::vm::Vm;

/// Deepest node nesting converted before a RecursionError (the conversion recurses in Rust).
const MAX_DEPTH: u32 = 3000;

pub struct Builder<'s> {
    src: &'s str,
    filename: &'s str,
    /// Byte offset of the first character of each line.
    starts: Vec<u32>,
    /// Node class name -> class (the `ast` module's namespace).
    classes: Value,
    /// Operator / context class name -> the shared instance.
    singletons: Value,
    depth: u32,
    /// The parser-level checks the compiler makes later (invalid targets...).
    checks: crate::compile::ParseChecks<'s>,
    /// While converting a format spec: the range of the f-string that holds it (CPython 3.11
    /// positions the spec's parts there, all but a trailing constant).
    fstring_outer: Option<TextRange>,
    /// Deepest nesting seen (the caller drops deep trees on a big stack).
    pub max_depth: u32,
}

type R = PyResult<Value>;

fn line_starts(src: &str) -> Vec<u32> {
    let b = src.as_bytes();
    let mut starts = vec![0u32];
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            starts.push((i + 1) as u32);
        }
        i += 1;
    }
    starts
}

fn small(i: i64) -> Value {
    Value::small(i)
}

impl<'s> Builder<'s> {
    pub fn new(src: &'s str, filename: &'s str, classes: Value, singletons: Value) -> Self {
        Builder { src, filename, starts: line_starts(src), classes, singletons, depth: 0, checks: crate::compile::ParseChecks::new(filename, src), fstring_outer: None, max_depth: 0 }
    }

    /// 1-based line and byte column of a byte offset.
    fn line_col(&self, off: u32) -> (i64, i64) {
        let idx = match self.starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        (idx as i64 + 1, (off - self.starts[idx]) as i64)
    }

    fn class(&self, vm: &mut Vm, name: &str) -> R {
        dict::get_by_name(self.classes, name)
            .ok_or_else(|| vm.new_error(vm.rt.exc.system_error, format!("ast node class {name} is missing")))
    }

    /// A new node of class `name`, with position attributes when `range` is given.
    fn node(&mut self, vm: &mut Vm, name: &str, range: Option<TextRange>) -> R {
        let cls = self.class(vm, name)?;
        let n = vm.call0(cls)?;
        if let Some(r) = range {
            self.set_pos(vm, n, r.start().into(), r.end().into())?;
        }
        Ok(n)
    }

    fn set_pos(&mut self, vm: &mut Vm, n: Value, start: u32, end: u32) -> PyResult<()> {
        let (l, c) = self.line_col(start);
        let (el, ec) = self.line_col(end);
        vm.setattr_str(n, "lineno", small(l))?;
        vm.setattr_str(n, "col_offset", small(c))?;
        vm.setattr_str(n, "end_lineno", small(el))?;
        vm.setattr_str(n, "end_col_offset", small(ec))
    }

    fn set(&self, vm: &mut Vm, n: Value, field: &str, v: Value) -> PyResult<()> {
        vm.setattr_str(n, field, v)
    }

    fn singleton(&self, vm: &mut Vm, name: &str) -> R {
        dict::get_by_name(self.singletons, name)
            .ok_or_else(|| vm.new_error(vm.rt.exc.system_error, format!("ast singleton {name} is missing")))
    }

    fn enter(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.depth += 1;
        self.max_depth = self.max_depth.max(self.depth);
        if self.depth > MAX_DEPTH {
            return Err(vm.new_error(vm.rt.exc.recursion_error, "maximum recursion depth exceeded during ast construction"));
        }
        Ok(())
    }

    fn ident(s: &ast::Identifier) -> Value {
        pystr::new(s.as_str())
    }

    fn opt_ident(s: &Option<ast::Identifier>) -> Value {
        s.as_ref().map_or_else(objmodel::none, Self::ident)
    }

    fn names(ns: &[ast::Identifier]) -> Value {
        let l = list::new_list(&[]);
        for n in ns {
            list::append(l, Self::ident(n));
        }
        l
    }

    pub fn module(&mut self, vm: &mut Vm, m: &Mod) -> R {
        match m {
            Mod::Module(m) => {
                let n = self.node(vm, "Module", None)?;
                let body = self.stmts(vm, &m.body)?;
                self.set(vm, n, "body", body)?;
                self.set(vm, n, "type_ignores", list::new_list(&[]))?;
                Ok(n)
            }
            Mod::Interactive(m) => {
                let n = self.node(vm, "Interactive", None)?;
                let body = self.stmts(vm, &m.body)?;
                self.set(vm, n, "body", body)?;
                Ok(n)
            }
            Mod::Expression(m) => {
                let n = self.node(vm, "Expression", None)?;
                let body = self.expr(vm, &m.body)?;
                self.set(vm, n, "body", body)?;
                Ok(n)
            }
            Mod::FunctionType(m) => {
                let n = self.node(vm, "FunctionType", None)?;
                let a = self.exprs(vm, &m.argtypes)?;
                self.set(vm, n, "argtypes", a)?;
                let r = self.expr(vm, &m.returns)?;
                self.set(vm, n, "returns", r)?;
                Ok(n)
            }
        }
    }

    fn stmts(&mut self, vm: &mut Vm, ss: &[Stmt]) -> R {
        let l = list::new_list(&[]);
        for s in ss {
            let v = self.stmt(vm, s)?;
            list::append(l, v);
        }
        Ok(l)
    }

    fn exprs(&mut self, vm: &mut Vm, es: &[Expr]) -> R {
        let l = list::new_list(&[]);
        for e in es {
            let v = self.expr(vm, e)?;
            list::append(l, v);
        }
        Ok(l)
    }

    fn opt_expr(&mut self, vm: &mut Vm, e: Option<&Expr>) -> R {
        match e {
            Some(e) => self.expr(vm, e),
            None => Ok(objmodel::none()),
        }
    }

    /// Sets each (field, expression) pair on `n`.
    fn set_exprs(&mut self, vm: &mut Vm, n: Value, fields: &[(&str, &Expr)]) -> PyResult<()> {
        for (f, e) in fields {
            let v = self.expr(vm, e)?;
            self.set(vm, n, f, v)?;
        }
        Ok(())
    }

    fn set_opt(&mut self, vm: &mut Vm, n: Value, field: &str, e: &Option<Box<Expr>>) -> PyResult<()> {
        let v = self.opt_expr(vm, e.as_deref())?;
        self.set(vm, n, field, v)
    }

    fn set_list(&mut self, vm: &mut Vm, n: Value, field: &str, es: &[Expr]) -> PyResult<()> {
        let v = self.exprs(vm, es)?;
        self.set(vm, n, field, v)
    }

    fn set_body(&mut self, vm: &mut Vm, n: Value, field: &str, ss: &[Stmt]) -> PyResult<()> {
        let v = self.stmts(vm, ss)?;
        self.set(vm, n, field, v)
    }

    /// The range CPython gives a decorated definition: from its `def`/`async`/`class`
    /// keyword, not from the first decorator.
    fn def_range(&self, range: TextRange, decorators: &[Expr]) -> TextRange {
        let Some(last) = decorators.last() else { return range };
        let b = self.src.as_bytes();
        let mut i: usize = last.end().into();
        let end: usize = range.end().into();
        while i < end {
            match b[i] {
                b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' | b'\\' | b')' => i += 1,
                b'#' => {
                    while i < end && b[i] != b'\n' && b[i] != b'\r' {
                        i += 1;
                    }
                }
                b'@' => {
                    // Another decorator cannot follow the last one; be safe and stop.
                    break;
                }
                _ => {
                    let rest = self.src.get(i..).unwrap_or("");
                    if rest.starts_with("def") || rest.starts_with("async") || rest.starts_with("class") {
                        return TextRange::new((i as u32).into(), range.end());
                    }
                    break;
                }
            }
        }
        range
    }

    fn stmt(&mut self, vm: &mut Vm, s: &Stmt) -> R {
        self.enter(vm)?;
        let r = self.stmt_inner(vm, s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, vm: &mut Vm, s: &Stmt) -> R {
        if let Err(e) = self.checks.stmt(s) {
            return Err(crate::builtins::introspect::syntax_error(vm, &e));
        }
        let range = Some(s.range());
        let n = match s {
            Stmt::FunctionDef(ast::StmtFunctionDef {
                range, name, args, body, decorator_list, returns, type_comment, ..
            })
            | Stmt::AsyncFunctionDef(ast::StmtAsyncFunctionDef {
                range, name, args, body, decorator_list, returns, type_comment, ..
            }) => {
                let cls = if matches!(s, Stmt::FunctionDef(_)) { "FunctionDef" } else { "AsyncFunctionDef" };
                let n = self.node(vm, cls, Some(self.def_range(*range, decorator_list)))?;
                self.set(vm, n, "name", Self::ident(name))?;
                let a = self.arguments(vm, args)?;
                self.set(vm, n, "args", a)?;
                self.set_body(vm, n, "body", body)?;
                self.set_list(vm, n, "decorator_list", decorator_list)?;
                self.set_opt(vm, n, "returns", returns)?;
                self.set(vm, n, "type_comment", opt_string(type_comment))?;
                n
            }
            Stmt::ClassDef(c) => {
                let n = self.node(vm, "ClassDef", Some(self.def_range(c.range, &c.decorator_list)))?;
                self.set(vm, n, "name", Self::ident(&c.name))?;
                self.set_list(vm, n, "bases", &c.bases)?;
                let k = self.keywords(vm, &c.keywords)?;
                self.set(vm, n, "keywords", k)?;
                self.set_body(vm, n, "body", &c.body)?;
                self.set_list(vm, n, "decorator_list", &c.decorator_list)?;
                n
            }
            Stmt::Return(x) => {
                let n = self.node(vm, "Return", range)?;
                self.set_opt(vm, n, "value", &x.value)?;
                n
            }
            Stmt::Delete(x) => {
                let n = self.node(vm, "Delete", range)?;
                self.set_list(vm, n, "targets", &x.targets)?;
                n
            }
            Stmt::Assign(x) => {
                let n = self.node(vm, "Assign", range)?;
                self.set_list(vm, n, "targets", &x.targets)?;
                self.set_exprs(vm, n, &[("value", &x.value)])?;
                self.set(vm, n, "type_comment", opt_string(&x.type_comment))?;
                n
            }
            Stmt::TypeAlias(x) => {
                // Python 3.12 syntax; 3.11 rejects it as the compiler does.
                let e = crate::compile::syntax_error_at(self.src, self.filename, x.range, "invalid syntax");
                return Err(crate::builtins::introspect::syntax_error(vm, &e));
            }
            Stmt::AugAssign(x) => {
                let n = self.node(vm, "AugAssign", range)?;
                self.set_exprs(vm, n, &[("target", &x.target)])?;
                let op = self.singleton(vm, operator_name(x.op))?;
                self.set(vm, n, "op", op)?;
                self.set_exprs(vm, n, &[("value", &x.value)])?;
                n
            }
            Stmt::AnnAssign(x) => {
                let n = self.node(vm, "AnnAssign", range)?;
                self.set_exprs(vm, n, &[("target", &x.target), ("annotation", &x.annotation)])?;
                self.set_opt(vm, n, "value", &x.value)?;
                // `(y): int` is not simple; the parser marks it so only when the statement
                // does not start at the target.
                let simple = x.simple && x.range.start() == x.target.range().start();
                self.set(vm, n, "simple", small(simple as i64))?;
                n
            }
            Stmt::For(ast::StmtFor { target, iter, body, orelse, type_comment, .. })
            | Stmt::AsyncFor(ast::StmtAsyncFor { target, iter, body, orelse, type_comment, .. }) => {
                let cls = if matches!(s, Stmt::For(_)) { "For" } else { "AsyncFor" };
                let n = self.node(vm, cls, range)?;
                self.set_exprs(vm, n, &[("target", target), ("iter", iter)])?;
                self.set_body(vm, n, "body", body)?;
                self.set_body(vm, n, "orelse", orelse)?;
                self.set(vm, n, "type_comment", opt_string(type_comment))?;
                n
            }
            Stmt::While(x) => {
                let n = self.node(vm, "While", range)?;
                self.set_exprs(vm, n, &[("test", &x.test)])?;
                self.set_body(vm, n, "body", &x.body)?;
                self.set_body(vm, n, "orelse", &x.orelse)?;
                n
            }
            Stmt::If(x) => {
                let n = self.node(vm, "If", range)?;
                self.set_exprs(vm, n, &[("test", &x.test)])?;
                self.set_body(vm, n, "body", &x.body)?;
                self.set_body(vm, n, "orelse", &x.orelse)?;
                n
            }
            Stmt::With(ast::StmtWith { items, body, type_comment, .. })
            | Stmt::AsyncWith(ast::StmtAsyncWith { items, body, type_comment, .. }) => {
                let cls = if matches!(s, Stmt::With(_)) { "With" } else { "AsyncWith" };
                let n = self.node(vm, cls, range)?;
                let l = list::new_list(&[]);
                self.set(vm, n, "items", l)?;
                for it in items {
                    let w = self.node(vm, "withitem", None)?;
                    list::append(l, w);
                    self.set_exprs(vm, w, &[("context_expr", &it.context_expr)])?;
                    self.set_opt(vm, w, "optional_vars", &it.optional_vars)?;
                }
                self.set_body(vm, n, "body", body)?;
                self.set(vm, n, "type_comment", opt_string(type_comment))?;
                n
            }
            Stmt::Match(x) => {
                let n = self.node(vm, "Match", range)?;
                self.set_exprs(vm, n, &[("subject", &x.subject)])?;
                let l = list::new_list(&[]);
                self.set(vm, n, "cases", l)?;
                for c in &x.cases {
                    let mc = self.node(vm, "match_case", None)?;
                    list::append(l, mc);
                    let p = self.pattern(vm, &c.pattern)?;
                    self.set(vm, mc, "pattern", p)?;
                    self.set_opt(vm, mc, "guard", &c.guard)?;
                    self.set_body(vm, mc, "body", &c.body)?;
                }
                n
            }
            Stmt::Raise(x) => {
                let n = self.node(vm, "Raise", range)?;
                self.set_opt(vm, n, "exc", &x.exc)?;
                self.set_opt(vm, n, "cause", &x.cause)?;
                n
            }
            Stmt::Try(ast::StmtTry { body, handlers, orelse, finalbody, .. })
            | Stmt::TryStar(ast::StmtTryStar { body, handlers, orelse, finalbody, .. }) => {
                let cls = if matches!(s, Stmt::Try(_)) { "Try" } else { "TryStar" };
                let n = self.node(vm, cls, range)?;
                self.set_body(vm, n, "body", body)?;
                let l = list::new_list(&[]);
                self.set(vm, n, "handlers", l)?;
                for h in handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    let e = self.node(vm, "ExceptHandler", Some(h.range))?;
                    list::append(l, e);
                    self.set_opt(vm, e, "type", &h.type_)?;
                    self.set(vm, e, "name", Self::opt_ident(&h.name))?;
                    self.set_body(vm, e, "body", &h.body)?;
                }
                self.set_body(vm, n, "orelse", orelse)?;
                self.set_body(vm, n, "finalbody", finalbody)?;
                n
            }
            Stmt::Assert(x) => {
                let n = self.node(vm, "Assert", range)?;
                self.set_exprs(vm, n, &[("test", &x.test)])?;
                self.set_opt(vm, n, "msg", &x.msg)?;
                n
            }
            Stmt::Import(x) => {
                let n = self.node(vm, "Import", range)?;
                let a = self.aliases(vm, &x.names)?;
                self.set(vm, n, "names", a)?;
                n
            }
            Stmt::ImportFrom(x) => {
                let n = self.node(vm, "ImportFrom", range)?;
                self.set(vm, n, "module", Self::opt_ident(&x.module))?;
                let a = self.aliases(vm, &x.names)?;
                self.set(vm, n, "names", a)?;
                let level = x.level.as_ref().map_or(0, |l| l.to_u32());
                self.set(vm, n, "level", small(level as i64))?;
                n
            }
            Stmt::Global(x) => {
                let n = self.node(vm, "Global", range)?;
                self.set(vm, n, "names", Self::names(&x.names))?;
                n
            }
            Stmt::Nonlocal(x) => {
                let n = self.node(vm, "Nonlocal", range)?;
                self.set(vm, n, "names", Self::names(&x.names))?;
                n
            }
            Stmt::Expr(x) => {
                let n = self.node(vm, "Expr", range)?;
                self.set_exprs(vm, n, &[("value", &x.value)])?;
                n
            }
            Stmt::Pass(_) => self.node(vm, "Pass", range)?,
            Stmt::Break(_) => self.node(vm, "Break", range)?,
            Stmt::Continue(_) => self.node(vm, "Continue", range)?,
        };
        Ok(n)
    }

    fn aliases(&mut self, vm: &mut Vm, names: &[ast::Alias]) -> R {
        let l = list::new_list(&[]);
        for a in names {
            let n = self.node(vm, "alias", Some(a.range))?;
            list::append(l, n);
            self.set(vm, n, "name", Self::ident(&a.name))?;
            self.set(vm, n, "asname", Self::opt_ident(&a.asname))?;
        }
        Ok(l)
    }

    fn keywords(&mut self, vm: &mut Vm, kws: &[ast::Keyword]) -> R {
        let l = list::new_list(&[]);
        for k in kws {
            let n = self.node(vm, "keyword", Some(k.range))?;
            list::append(l, n);
            self.set(vm, n, "arg", Self::opt_ident(&k.arg))?;
            self.set_exprs(vm, n, &[("value", &k.value)])?;
        }
        Ok(l)
    }

    fn arg(&mut self, vm: &mut Vm, a: &ast::Arg) -> R {
        let n = self.node(vm, "arg", Some(a.range))?;
        self.set(vm, n, "arg", Self::ident(&a.arg))?;
        self.set_opt(vm, n, "annotation", &a.annotation)?;
        self.set(vm, n, "type_comment", opt_string(&a.type_comment))?;
        Ok(n)
    }

    /// CPython's `arguments`: defaults of the positional parameters as one trailing list,
    /// keyword-only defaults aligned with `kwonlyargs` (None where absent).
    fn arguments(&mut self, vm: &mut Vm, a: &ast::Arguments) -> R {
        let n = self.node(vm, "arguments", None)?;
        let pos = list::new_list(&[]);
        self.set(vm, n, "posonlyargs", pos)?;
        for p in &a.posonlyargs {
            let v = self.arg(vm, &p.def)?;
            list::append(pos, v);
        }
        let args = list::new_list(&[]);
        self.set(vm, n, "args", args)?;
        for p in &a.args {
            let v = self.arg(vm, &p.def)?;
            list::append(args, v);
        }
        let va = match &a.vararg {
            Some(v) => self.arg(vm, v)?,
            None => objmodel::none(),
        };
        self.set(vm, n, "vararg", va)?;
        let kwonly = list::new_list(&[]);
        self.set(vm, n, "kwonlyargs", kwonly)?;
        let kwd = list::new_list(&[]);
        self.set(vm, n, "kw_defaults", kwd)?;
        for p in &a.kwonlyargs {
            let v = self.arg(vm, &p.def)?;
            list::append(kwonly, v);
            let d = self.opt_expr(vm, p.default.as_deref())?;
            list::append(kwd, d);
        }
        let kw = match &a.kwarg {
            Some(v) => self.arg(vm, v)?,
            None => objmodel::none(),
        };
        self.set(vm, n, "kwarg", kw)?;
        let defaults = list::new_list(&[]);
        self.set(vm, n, "defaults", defaults)?;
        for p in a.posonlyargs.iter().chain(a.args.iter()) {
            if let Some(d) = &p.default {
                let v = self.expr(vm, d)?;
                list::append(defaults, v);
            }
        }
        Ok(n)
    }

    fn comprehensions(&mut self, vm: &mut Vm, gens: &[ast::Comprehension]) -> R {
        let l = list::new_list(&[]);
        for g in gens {
            let n = self.node(vm, "comprehension", None)?;
            list::append(l, n);
            self.set_exprs(vm, n, &[("target", &g.target), ("iter", &g.iter)])?;
            self.set_list(vm, n, "ifs", &g.ifs)?;
            self.set(vm, n, "is_async", small(g.is_async as i64))?;
        }
        Ok(l)
    }

    fn expr(&mut self, vm: &mut Vm, e: &Expr) -> R {
        self.enter(vm)?;
        let r = self.expr_inner(vm, e);
        self.depth -= 1;
        r
    }

    fn ctx(&self, vm: &mut Vm, c: ast::ExprContext) -> R {
        self.singleton(
            vm,
            match c {
                ast::ExprContext::Load => "Load",
                ast::ExprContext::Store => "Store",
                ast::ExprContext::Del => "Del",
            },
        )
    }

    fn expr_inner(&mut self, vm: &mut Vm, e: &Expr) -> R {
        if let Err(err) = self.checks.expr(e) {
            return Err(crate::builtins::introspect::syntax_error(vm, &err));
        }
        let range = Some(e.range());
        let n = match e {
            Expr::BoolOp(x) => {
                let n = self.node(vm, "BoolOp", range)?;
                let op = self.singleton(vm, if x.op == ast::BoolOp::And { "And" } else { "Or" })?;
                self.set(vm, n, "op", op)?;
                self.set_list(vm, n, "values", &x.values)?;
                n
            }
            Expr::NamedExpr(x) => {
                let n = self.node(vm, "NamedExpr", range)?;
                self.set_exprs(vm, n, &[("target", &x.target), ("value", &x.value)])?;
                n
            }
            Expr::BinOp(x) => {
                let n = self.node(vm, "BinOp", range)?;
                self.set_exprs(vm, n, &[("left", &x.left)])?;
                let op = self.singleton(vm, operator_name(x.op))?;
                self.set(vm, n, "op", op)?;
                self.set_exprs(vm, n, &[("right", &x.right)])?;
                n
            }
            Expr::UnaryOp(x) => {
                let n = self.node(vm, "UnaryOp", range)?;
                let op = self.singleton(
                    vm,
                    match x.op {
                        ast::UnaryOp::Invert => "Invert",
                        ast::UnaryOp::Not => "Not",
                        ast::UnaryOp::UAdd => "UAdd",
                        ast::UnaryOp::USub => "USub",
                    },
                )?;
                self.set(vm, n, "op", op)?;
                self.set_exprs(vm, n, &[("operand", &x.operand)])?;
                n
            }
            Expr::Lambda(x) => {
                let n = self.node(vm, "Lambda", range)?;
                let a = self.arguments(vm, &x.args)?;
                self.set(vm, n, "args", a)?;
                self.set_exprs(vm, n, &[("body", &x.body)])?;
                n
            }
            Expr::IfExp(x) => {
                let n = self.node(vm, "IfExp", range)?;
                self.set_exprs(vm, n, &[("test", &x.test), ("body", &x.body), ("orelse", &x.orelse)])?;
                n
            }
            Expr::Dict(x) => {
                let n = self.node(vm, "Dict", range)?;
                let keys = list::new_list(&[]);
                self.set(vm, n, "keys", keys)?;
                for k in &x.keys {
                    let v = self.opt_expr(vm, k.as_ref())?;
                    list::append(keys, v);
                }
                self.set_list(vm, n, "values", &x.values)?;
                n
            }
            Expr::Set(x) => {
                let n = self.node(vm, "Set", range)?;
                self.set_list(vm, n, "elts", &x.elts)?;
                n
            }
            Expr::ListComp(ast::ExprListComp { elt, generators, .. })
            | Expr::SetComp(ast::ExprSetComp { elt, generators, .. })
            | Expr::GeneratorExp(ast::ExprGeneratorExp { elt, generators, .. }) => {
                let cls = match e {
                    Expr::ListComp(_) => "ListComp",
                    Expr::SetComp(_) => "SetComp",
                    _ => "GeneratorExp",
                };
                let n = self.node(vm, cls, range)?;
                self.set_exprs(vm, n, &[("elt", elt)])?;
                let g = self.comprehensions(vm, generators)?;
                self.set(vm, n, "generators", g)?;
                n
            }
            Expr::DictComp(x) => {
                let n = self.node(vm, "DictComp", range)?;
                self.set_exprs(vm, n, &[("key", &x.key), ("value", &x.value)])?;
                let g = self.comprehensions(vm, &x.generators)?;
                self.set(vm, n, "generators", g)?;
                n
            }
            Expr::Await(x) => {
                let n = self.node(vm, "Await", range)?;
                self.set_exprs(vm, n, &[("value", &x.value)])?;
                n
            }
            Expr::Yield(x) => {
                let n = self.node(vm, "Yield", range)?;
                self.set_opt(vm, n, "value", &x.value)?;
                n
            }
            Expr::YieldFrom(x) => {
                let n = self.node(vm, "YieldFrom", range)?;
                self.set_exprs(vm, n, &[("value", &x.value)])?;
                n
            }
            Expr::Compare(x) => {
                let n = self.node(vm, "Compare", range)?;
                self.set_exprs(vm, n, &[("left", &x.left)])?;
                let ops = list::new_list(&[]);
                self.set(vm, n, "ops", ops)?;
                for op in &x.ops {
                    let o = self.singleton(vm, cmpop_name(*op))?;
                    list::append(ops, o);
                }
                self.set_list(vm, n, "comparators", &x.comparators)?;
                n
            }
            Expr::Call(x) => {
                let n = self.node(vm, "Call", range)?;
                self.set_exprs(vm, n, &[("func", &x.func)])?;
                if let Some(r) = self.genexp_arg_range(x) {
                    let arg = self.expr(vm, &x.args[0])?;
                    let (start, end) = (r.start().into(), r.end().into());
                    self.set_pos(vm, arg, start, end)?;
                    self.set(vm, n, "args", list::new_list(&[arg]))?;
                } else {
                    self.set_list(vm, n, "args", &x.args)?;
                }
                let k = self.keywords(vm, &x.keywords)?;
                self.set(vm, n, "keywords", k)?;
                n
            }
            Expr::FormattedValue(x) => self.formatted_value(vm, x, x.range)?,
            Expr::JoinedStr(x) => {
                let n = self.node(vm, "JoinedStr", range)?;
                let outer = self.fstring_outer.unwrap_or(x.range);
                let l = list::new_list(&[]);
                self.set(vm, n, "values", l)?;
                for (i, v) in x.values.iter().enumerate() {
                    let trailing_constant = i + 1 == x.values.len() && matches!(v, Expr::Constant(_));
                    let at = if trailing_constant { x.range } else { outer };
                    let part = self.fstring_part(vm, v, at)?;
                    list::append(l, part);
                }
                n
            }
            Expr::Constant(x) => {
                let n = self.node(vm, "Constant", range)?;
                let v = constant(&x.value);
                self.set(vm, n, "value", v)?;
                self.set(vm, n, "kind", opt_string(&x.kind))?;
                n
            }
            Expr::Attribute(x) => {
                let n = self.node(vm, "Attribute", range)?;
                self.set_exprs(vm, n, &[("value", &x.value)])?;
                self.set(vm, n, "attr", Self::ident(&x.attr))?;
                let c = self.ctx(vm, x.ctx)?;
                self.set(vm, n, "ctx", c)?;
                n
            }
            Expr::Subscript(x) => {
                let n = self.node(vm, "Subscript", range)?;
                self.set_exprs(vm, n, &[("value", &x.value), ("slice", &x.slice)])?;
                let c = self.ctx(vm, x.ctx)?;
                self.set(vm, n, "ctx", c)?;
                n
            }
            Expr::Starred(x) => {
                let n = self.node(vm, "Starred", range)?;
                self.set_exprs(vm, n, &[("value", &x.value)])?;
                let c = self.ctx(vm, x.ctx)?;
                self.set(vm, n, "ctx", c)?;
                n
            }
            Expr::Name(x) => {
                let n = self.node(vm, "Name", range)?;
                self.set(vm, n, "id", Self::ident(&x.id))?;
                let c = self.ctx(vm, x.ctx)?;
                self.set(vm, n, "ctx", c)?;
                n
            }
            Expr::List(ast::ExprList { elts, ctx, .. }) | Expr::Tuple(ast::ExprTuple { elts, ctx, .. }) => {
                let cls = if matches!(e, Expr::List(_)) { "List" } else { "Tuple" };
                let n = self.node(vm, cls, range)?;
                self.set_list(vm, n, "elts", elts)?;
                let c = self.ctx(vm, *ctx)?;
                self.set(vm, n, "ctx", c)?;
                n
            }
            Expr::Slice(x) => {
                let n = self.node(vm, "Slice", range)?;
                self.set_opt(vm, n, "lower", &x.lower)?;
                self.set_opt(vm, n, "upper", &x.upper)?;
                self.set_opt(vm, n, "step", &x.step)?;
                n
            }
        };
        Ok(n)
    }

    /// A constant or replacement field of an f-string (or of a format spec): positioned at
    /// the whole enclosing string `outer`, as CPython 3.11 does.
    fn fstring_part(&mut self, vm: &mut Vm, e: &Expr, outer: TextRange) -> R {
        match e {
            Expr::Constant(x) => {
                let n = self.node(vm, "Constant", Some(outer))?;
                self.set(vm, n, "value", constant(&x.value))?;
                self.set(vm, n, "kind", opt_string(&x.kind))?;
                Ok(n)
            }
            Expr::FormattedValue(x) => {
                self.enter(vm)?;
                let r = self.formatted_value(vm, x, outer);
                self.depth -= 1;
                r
            }
            _ => self.expr(vm, e),
        }
    }

    fn formatted_value(&mut self, vm: &mut Vm, x: &ast::ExprFormattedValue, outer: TextRange) -> R {
        let n = self.node(vm, "FormattedValue", Some(outer))?;
        let saved = self.fstring_outer.take();
        let v = self.expr(vm, &x.value);
        self.fstring_outer = saved;
        self.set(vm, n, "value", v?)?;
        self.set(vm, n, "conversion", small(x.conversion as i8 as i64))?;
        let spec = match &x.format_spec {
            Some(spec) => {
                let saved = self.fstring_outer.replace(outer);
                let r = self.expr(vm, spec);
                self.fstring_outer = saved;
                r?
            }
            None => objmodel::none(),
        };
        self.set(vm, n, "format_spec", spec)?;
        Ok(n)
    }

    /// CPython's range for a generator expression that is a call's only argument: from the
    /// call's opening parenthesis to its end.
    fn genexp_arg_range(&self, call: &ast::ExprCall) -> Option<TextRange> {
        let [arg @ Expr::GeneratorExp(g)] = call.args.as_slice() else { return None };
        // A generator expression with parentheses of its own keeps its range.
        if !call.keywords.is_empty() || arg.start() != g.elt.start() {
            return None;
        }
        let b = self.src.as_bytes();
        let mut i: usize = arg.start().into();
        while i > 0 && matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\') {
            i -= 1;
        }
        let func_end: usize = call.func.end().into();
        if i == 0 || b[i - 1] != b'(' || i - 1 < func_end {
            return None;
        }
        // The parenthesis must be the call's own: only blanks between it and the callee.
        if !b[func_end..i - 1].iter().all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\')) {
            return None;
        }
        Some(TextRange::new(((i - 1) as u32).into(), call.range.end()))
    }

    fn patterns(&mut self, vm: &mut Vm, ps: &[Pattern]) -> R {
        let l = list::new_list(&[]);
        for p in ps {
            let v = self.pattern(vm, p)?;
            list::append(l, v);
        }
        Ok(l)
    }

    fn pattern(&mut self, vm: &mut Vm, p: &Pattern) -> R {
        self.enter(vm)?;
        let r = self.pattern_inner(vm, p);
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self, vm: &mut Vm, p: &Pattern) -> R {
        let range = Some(p.range());
        let n = match p {
            Pattern::MatchValue(x) => {
                let n = self.node(vm, "MatchValue", range)?;
                self.set_exprs(vm, n, &[("value", &x.value)])?;
                n
            }
            Pattern::MatchSingleton(x) => {
                let n = self.node(vm, "MatchSingleton", range)?;
                self.set(vm, n, "value", constant(&x.value))?;
                n
            }
            Pattern::MatchSequence(x) => {
                let n = self.node(vm, "MatchSequence", range)?;
                let ps = self.patterns(vm, &x.patterns)?;
                self.set(vm, n, "patterns", ps)?;
                n
            }
            Pattern::MatchMapping(x) => {
                let n = self.node(vm, "MatchMapping", range)?;
                self.set_list(vm, n, "keys", &x.keys)?;
                let ps = self.patterns(vm, &x.patterns)?;
                self.set(vm, n, "patterns", ps)?;
                self.set(vm, n, "rest", Self::opt_ident(&x.rest))?;
                n
            }
            Pattern::MatchClass(x) => {
                let n = self.node(vm, "MatchClass", range)?;
                self.set_exprs(vm, n, &[("cls", &x.cls)])?;
                let ps = self.patterns(vm, &x.patterns)?;
                self.set(vm, n, "patterns", ps)?;
                self.set(vm, n, "kwd_attrs", Self::names(&x.kwd_attrs))?;
                let kp = self.patterns(vm, &x.kwd_patterns)?;
                self.set(vm, n, "kwd_patterns", kp)?;
                n
            }
            Pattern::MatchStar(x) => {
                let n = self.node(vm, "MatchStar", range)?;
                self.set(vm, n, "name", Self::opt_ident(&x.name))?;
                n
            }
            Pattern::MatchAs(x) => {
                let n = self.node(vm, "MatchAs", range)?;
                let inner = match &x.pattern {
                    Some(p) => self.pattern(vm, p)?,
                    None => objmodel::none(),
                };
                self.set(vm, n, "pattern", inner)?;
                self.set(vm, n, "name", Self::opt_ident(&x.name))?;
                n
            }
            Pattern::MatchOr(x) => {
                let n = self.node(vm, "MatchOr", range)?;
                let ps = self.patterns(vm, &x.patterns)?;
                self.set(vm, n, "patterns", ps)?;
                n
            }
        };
        Ok(n)
    }
}

fn opt_string(s: &Option<String>) -> Value {
    s.as_deref().map_or_else(objmodel::none, pystr::new)
}

fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => objmodel::none(),
        Constant::Bool(b) => objmodel::bool_(*b),
        Constant::Str(s) => pystr::new(s),
        Constant::Bytes(b) => objmodel::alloc::new_bytes(b),
        Constant::Int(i) => int::from_bigint(i),
        Constant::Float(f) => float::new(*f),
        Constant::Complex { real, imag } => objmodel::alloc::new_complex(*real, *imag),
        Constant::Ellipsis => objmodel::ellipsis(),
        Constant::Tuple(items) => {
            // Allocation never collects and no Python code runs here, so the Vec is safe.
            let v: Vec<Value> = items.iter().map(constant).collect();
            tuple::new(&v)
        }
    }
}

fn operator_name(op: ast::Operator) -> &'static str {
    use ast::Operator::*;
    match op {
        Add => "Add",
        Sub => "Sub",
        Mult => "Mult",
        MatMult => "MatMult",
        Div => "Div",
        Mod => "Mod",
        Pow => "Pow",
        LShift => "LShift",
        RShift => "RShift",
        BitOr => "BitOr",
        BitXor => "BitXor",
        BitAnd => "BitAnd",
        FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: ast::CmpOp) -> &'static str {
    use ast::CmpOp::*;
    match op {
        Eq => "Eq",
        NotEq => "NotEq",
        Lt => "Lt",
        LtE => "LtE",
        Gt => "Gt",
        GtE => "GtE",
        Is => "Is",
        IsNot => "IsNot",
        In => "In",
        NotIn => "NotIn",
    }
}

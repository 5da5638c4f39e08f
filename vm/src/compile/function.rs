//! Function, lambda and class definitions.
//!
//! ```text
//! def f(a, b=1, *, c=2): ...     <decorators...>
//!                                LoadConst (1,)                   defaults (flag 1)
//!                                LoadConst 'c' <2> BuildMap 1     kw-only defaults (flag 2)
//!                                LoadClosure.. BuildTuple n       closure (flag 8)
//!                                LoadConst <code f> MakeFunction flags
//!                                CallFunction 1 (per decorator, innermost first)
//!                                <store f>
//!
//! class C(B, metaclass=M): ...   <decorators...> LoadBuildClass <MakeFunction body>
//!                                LoadConst 'C' <B> <M> LoadConst ('metaclass',)
//!                                CallFunctionKw 3  CallFunction 1.. <store C>
//! ```
//!
//! A function's docstring goes into `CodeObject::docstring`; a class body starts by setting
//! `__module__`, `__qualname__` (and `__doc__`) and returns its `__class__` cell if a method
//! uses zero-argument `super()`/`__class__`. Annotations: see `annotations.rs`.

use std::sync::Arc;

use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

use super::codegen::{Compiler, NameCtx};
use super::error::CResult;
use super::expr::fold_const;
use super::symtable::{NodeTag, ScopeId, mangle};
use super::symtable_build::docstring;
use crate::bytecode::{CodeObject, Const, Instr, flags};

/// The body of a function-like unit.
#[derive(Clone, Copy)]
enum Body<'a> {
    Stmts(&'a [Stmt]),
    Lambda(&'a Expr),
}

impl<'a> Compiler<'a> {
    fn decorators(&mut self, decorators: &'a [Expr]) -> CResult<u32> {
        for d in decorators {
            self.expr(d)?;
        }
        Ok(self.location(decorators.first().map_or_else(Default::default, Ranged::range)).line)
    }

    /// Calls the decorators (pushed earlier) on the object on top, innermost first.
    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for d in decorators.iter().rev() {
            let old = self.set_loc(d.range());
            self.emit(Instr::CallFunction(1));
            self.restore_loc(old);
        }
    }

    pub(crate) fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        self.any_function_def(f, &f.name, &f.args, f.returns.as_deref(), &f.decorator_list, &f.body)
    }

    pub(crate) fn async_function_def(&mut self, f: &'a ast::StmtAsyncFunctionDef) -> CResult<()> {
        self.any_function_def(f, &f.name, &f.args, f.returns.as_deref(), &f.decorator_list, &f.body)
    }

    /// A `def` or `async def` (the symbol table knows which); `node` keys its scope.
    fn any_function_def<N: Ranged>(
        &mut self,
        node: &'a N,
        name: &'a str,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
        decorators: &'a [Expr],
        body: &'a [Stmt],
    ) -> CResult<()> {
        let range = node.range();
        let mut first_line = self.unit().loc.line;
        if !decorators.is_empty() {
            first_line = self.decorators(decorators)?;
            self.set_loc(range);
        }
        let annotated = self.function_annotations(args, returns)?;
        let fn_flags = self.defaults(args)?;
        let scope = self.child_scope(node, NodeTag::Function)?;
        let qualname = self.qualname(name, true);
        let code = self.function_body(scope, name, qualname, args, Body::Stmts(body), first_line)?;
        self.set_loc(range);
        self.make_closure(code, fn_flags)?;
        if annotated {
            self.attach_annotations();
        }
        self.apply_decorators(decorators);
        self.name_op(name, NameCtx::Store)
    }

    pub(crate) fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let fn_flags = self.defaults(&l.args)?;
        let scope = self.child_scope(l, NodeTag::Lambda)?;
        let qualname = self.qualname("<lambda>", false);
        let line = self.unit().loc.line;
        let code = self.function_body(scope, "<lambda>", qualname, &l.args, Body::Lambda(&l.body), line)?;
        self.make_closure(code, fn_flags)
    }

    /// Pushes the positional-defaults tuple and keyword-only-defaults dict; returns the
    /// `MakeFunction` flags for them.
    fn defaults(&mut self, args: &'a ast::Arguments) -> CResult<u32> {
        let mut fn_flags = 0;
        let positional: Vec<&'a Expr> =
            args.posonlyargs.iter().chain(&args.args).filter_map(|a| a.default.as_deref()).collect();
        if !positional.is_empty() {
            match positional.iter().map(|d| fold_const(d)).collect::<Option<Vec<_>>>() {
                Some(values) => self.load_const(Const::Tuple(values)),
                None => {
                    for d in &positional {
                        self.expr(d)?;
                    }
                    self.emit(Instr::BuildTuple(positional.len() as u32));
                }
            }
            fn_flags |= 1;
        }
        let mut n = 0;
        for a in &args.kwonlyargs {
            if let Some(d) = &a.default {
                let key = mangle(self.unit_ref().private.as_deref(), &a.def.arg).into_owned();
                self.load_const(Const::Str(key));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            fn_flags |= 2;
        }
        Ok(fn_flags)
    }

    fn function_body(
        &mut self,
        scope: ScopeId,
        name: &str,
        qualname: String,
        args: &'a ast::Arguments,
        body: Body<'a>,
        first_line: u32,
    ) -> CResult<Arc<CodeObject>> {
        let mut code_flags = flags::FUNCTION;
        if matches!(body, Body::Lambda(_)) {
            code_flags |= flags::LAMBDA;
        }
        if args.vararg.is_some() {
            code_flags |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            code_flags |= flags::VARKEYWORDS;
        }
        let private = self.unit_ref().private.clone();
        self.enter_unit(scope, name, qualname, code_flags, first_line, private);
        let code = &mut self.unit().code;
        code.posonlyargcount = args.posonlyargs.len() as u32;
        code.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        code.kwonlyargcount = args.kwonlyargs.len() as u32;
        match body {
            Body::Stmts(stmts) => {
                let rest = match stmts.split_first() {
                    Some((first, rest)) if docstring(first).is_some() => {
                        self.unit().code.docstring = docstring(first).map(str::to_string);
                        rest
                    }
                    _ => stmts,
                };
                self.stmts(rest)?;
                self.load_const(Const::None);
                self.emit(Instr::ReturnValue);
            }
            Body::Lambda(e) => {
                self.expr(e)?;
                if self.scope().is_generator {
                    self.emit(Instr::PopTop);
                    self.load_const(Const::None);
                }
                self.emit(Instr::ReturnValue);
            }
        }
        self.exit_unit()
    }

    pub(crate) fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        let mut first_line = self.unit().loc.line;
        if !c.decorator_list.is_empty() {
            first_line = self.decorators(&c.decorator_list)?;
            self.set_loc(c.range);
        }
        let scope = self.child_scope(c, NodeTag::Class)?;
        let qualname = self.qualname(&c.name, true);
        self.enter_unit(scope, &c.name, qualname.clone(), flags::CLASS_BODY, first_line, Some(c.name.to_string()));
        self.set_loc(c.range);
        let name = self.unit().name("__name__");
        self.emit(Instr::LoadName(name));
        let module = self.unit().name("__module__");
        self.emit(Instr::StoreName(module));
        self.load_const(Const::Str(qualname));
        let qn = self.unit().name("__qualname__");
        self.emit(Instr::StoreName(qn));
        self.setup_annotations(&c.body);
        let rest = self.docstring_to_name(&c.body)?;
        self.stmts(rest)?;
        if self.scope().needs_class_closure {
            let cell = self
                .unit_ref()
                .cell_index("__class__", false)
                .ok_or_else(|| self.internal("missing __class__ cell"))?;
            self.emit(Instr::LoadClosure(cell));
        } else {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit()?;
        self.set_loc(c.range);
        self.emit(Instr::LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(Const::Str(c.name.to_string()));
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorator_list);
        self.name_op(&c.name, NameCtx::Store)
    }
}

//! Code generation core: the [`Compiler`], code-unit management and name resolution.
//!
//! The compiler walks the AST once, keeping a stack of [`CodeUnit`]s (module, then nested
//! function/class/lambda/comprehension bodies). Statement and expression compilation live in
//! sibling modules (`stmt`, `expr`, `call`, `assign`, `unwind`, `function`, `comprehension`),
//! all as `impl Compiler` blocks. This file provides the shared plumbing:
//!
//! * entering/leaving units, with `varnames`, `cellvars`, `freevars`, `cell2arg` and the
//!   qualified name derived from the symbol table exactly as CPython does;
//! * [`Compiler::name_op`], which picks `Fast`/`Deref`/`ClassDeref`/`Global`/`Name` loads,
//!   stores and deletes from the name's resolved scope;
//! * locations (each expression sets the current location for the instructions it emits and
//!   restores the enclosing one afterwards) and the nesting-depth guard.

use std::sync::Arc;

use rustpython_parser::ast::{Expr, Stmt};
use rustpython_parser::text_size::TextRange;

use super::MAX_NESTING;
use super::error::{CResult, CompileError, SourceCtx};
use super::symtable::{Scope, ScopeId, ScopeKind, SymScope, SymbolTable, mangle};
use super::symtable_build::{Top, docstring};
use super::unit::{CodeUnit, FBlock, FBlockKind, Label};
use crate::bytecode::{CodeObject, Const, Instr, Location, flags};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

pub(crate) struct Compiler<'a> {
    pub ctx: &'a SourceCtx<'a>,
    pub table: &'a SymbolTable,
    pub units: Vec<CodeUnit<'a>>,
    pub filename: Arc<str>,
    /// `Single` mode: top-level expression statements print their value.
    pub interactive: bool,
    /// Set by a `for` statement whose iterable is a call, taken by that call: its positional
    /// arguments that are calls get `OwnedArg` ("Loop-owned generators" in bytecode.rs).
    pub mark_owned_args: bool,
    depth: u32,
}

/// Compiles a whole module, interactive statement or expression.
pub(crate) fn compile_top<'a>(
    ctx: &'a SourceCtx<'a>,
    table: &'a SymbolTable,
    top: Top<'a>,
) -> CResult<Arc<CodeObject>> {
    let mut c =
        Compiler { ctx, table, units: Vec::new(), filename: Arc::from(ctx.filename), interactive: false, mark_owned_args: false, depth: 0 };
    c.enter_unit(0, "<module>", "<module>".to_string(), flags::MODULE, 1, None);
    match top {
        Top::Module(body) => {
            c.setup_annotations(body);
            let rest = c.docstring_to_name(body)?;
            c.stmts(rest)?;
            c.load_const(Const::None);
            c.emit(Instr::ReturnValue);
        }
        Top::Interactive(body) => {
            c.interactive = true;
            c.setup_annotations(body);
            c.stmts(body)?;
            c.load_const(Const::None);
            c.emit(Instr::ReturnValue);
        }
        Top::Expression(e) => {
            c.expr(e)?;
            c.emit(Instr::ReturnValue);
        }
    }
    c.exit_unit()
}

impl<'a> Compiler<'a> {
    // ---- errors, locations, nesting ----

    pub(crate) fn error(&self, range: TextRange, msg: impl Into<String>) -> Box<CompileError> {
        self.ctx.error(range, msg)
    }

    pub(crate) fn internal(&self, msg: impl std::fmt::Display) -> Box<CompileError> {
        self.ctx.error(TextRange::default(), format!("internal compiler error: {msg}"))
    }

    pub(crate) fn location(&self, range: TextRange) -> Location {
        self.ctx.location(range)
    }

    /// Sets the current location; returns the previous one.
    pub(crate) fn set_loc(&mut self, range: TextRange) -> Location {
        let loc = self.location(range);
        std::mem::replace(&mut self.unit().loc, loc)
    }

    pub(crate) fn restore_loc(&mut self, loc: Location) {
        self.unit().loc = loc;
    }

    /// Enters one level of AST recursion (paired with [`Compiler::unnest`]).
    pub(crate) fn nest(&mut self, range: TextRange) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(
                self.error(range, "too many nested expressions (maximum recursion depth exceeded during compilation)")
            );
        }
        Ok(())
    }

    pub(crate) fn unnest(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ---- the current unit ----

    pub(crate) fn unit(&mut self) -> &mut CodeUnit<'a> {
        self.units.last_mut().expect("compiler always has a current unit")
    }

    pub(crate) fn unit_ref(&self) -> &CodeUnit<'a> {
        self.units.last().expect("compiler always has a current unit")
    }

    pub(crate) fn scope(&self) -> &'a Scope {
        &self.table.scopes[self.unit_ref().scope]
    }

    pub(crate) fn emit(&mut self, instr: Instr) {
        self.unit().emit(instr);
    }

    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instr, target: Label) {
        self.unit().emit_jump(make, target);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.unit().new_label()
    }

    pub(crate) fn bind(&mut self, label: Label) {
        self.unit().bind(label);
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        let i = self.unit().add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    /// Index in `names` of an identifier, mangled for the current class.
    pub(crate) fn mangled_name(&mut self, name: &str) -> u32 {
        let mangled = mangle(self.unit_ref().private.as_deref(), name).into_owned();
        self.unit().name(&mangled)
    }

    pub(crate) fn push_fblock(&mut self, kind: FBlockKind<'a>, start: Label, exit: Label) {
        let loc = self.unit_ref().loc;
        self.unit().fblocks.push(FBlock { kind, start, exit, loc });
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    // ---- units ----

    /// Qualified name of a new unit called `name`, defined in the current unit (CPython's
    /// `compiler_set_qualname`). `def_or_class` enables the `global` special case.
    pub(crate) fn qualname(&self, name: &str, def_or_class: bool) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.unit_ref();
        let pscope = &self.table.scopes[parent.scope];
        if def_or_class {
            let mangled = mangle(parent.private.as_deref(), name);
            if pscope.scope_of(&mangled) == SymScope::GlobalExplicit {
                return name.to_string();
            }
        }
        if pscope.is_function() && pscope.comprehension.is_none() {
            format!("{}.<locals>.{name}", parent.code.qualname)
        } else {
            format!("{}.{name}", parent.code.qualname)
        }
    }

    /// Starts compiling a new code object for symbol-table scope `scope_id`.
    pub(crate) fn enter_unit(
        &mut self,
        scope_id: ScopeId,
        name: &str,
        qualname: String,
        mut code_flags: u32,
        first_line: u32,
        private: Option<String>,
    ) {
        let scope = &self.table.scopes[scope_id];
        let mut varnames = Vec::new();
        if scope.is_function() {
            // Other fast locals are added as the code first refers to them (as CPython does).
            varnames.extend(scope.params.iter().cloned());
            if scope.is_generator && scope.is_coroutine {
                code_flags |= flags::GENERATOR | flags::ASYNC_GENERATOR;
            } else if scope.is_generator {
                code_flags |= flags::GENERATOR;
            } else if scope.is_coroutine {
                code_flags |= flags::GENERATOR | flags::COROUTINE;
            }
        }
        let cellvars = scope.cellvars();
        let cell2arg = cellvars.iter().map(|c| scope.params.iter().position(|p| p == c).map(|i| i as u32)).collect();
        let code = CodeObject {
            name: name.to_string(),
            qualname,
            filename: self.filename.clone(),
            first_line,
            flags: code_flags,
            varnames,
            freevars: scope.freevars(),
            cellvars,
            cell2arg,
            ..CodeObject::default()
        };
        self.units.push(CodeUnit::new(scope_id, code, private));
    }

    /// Finishes the current unit and returns its code object.
    pub(crate) fn exit_unit(&mut self) -> CResult<Arc<CodeObject>> {
        let unit = self.units.pop().ok_or_else(|| self.internal("no unit to exit"))?;
        unit.finish().map_err(|e| self.internal(e))
    }

    /// Looks up the symbol-table scope of a scope-owning AST node.
    pub(crate) fn child_scope<T>(&self, node: &T, tag: super::symtable::NodeTag) -> CResult<ScopeId> {
        self.table.scope_for(node, tag).ok_or_else(|| self.internal("scope missing from symbol table"))
    }

    /// For a module or class body: stores a leading docstring in `__doc__`, returning the
    /// remaining statements.
    pub(crate) fn docstring_to_name(&mut self, body: &'a [Stmt]) -> CResult<&'a [Stmt]> {
        let Some((first, rest)) = body.split_first() else { return Ok(body) };
        let Some(doc) = docstring(first) else { return Ok(body) };
        let old = self.set_loc(first.range());
        self.load_const(Const::Str(doc.to_string()));
        let i = self.unit().name("__doc__");
        self.emit(Instr::StoreName(i));
        self.restore_loc(old);
        Ok(rest)
    }

    // ---- names ----

    /// Emits a load, store or delete of a variable, chosen from its resolved scope.
    pub(crate) fn name_op(&mut self, name: &str, ctx: NameCtx) -> CResult<()> {
        let mangled = mangle(self.unit_ref().private.as_deref(), name).into_owned();
        let scope = self.scope();
        let in_function = scope.is_function();
        match scope.scope_of(&mangled) {
            SymScope::Free | SymScope::Cell => {
                let idx = self
                    .unit_ref()
                    .cell_index(&mangled, false)
                    .ok_or_else(|| self.internal(format!("no cell for '{mangled}'")))?;
                self.emit(match ctx {
                    NameCtx::Load if scope.kind == ScopeKind::Class => Instr::LoadClassDeref(idx),
                    NameCtx::Load => Instr::LoadDeref(idx),
                    NameCtx::Store => Instr::StoreDeref(idx),
                    NameCtx::Del => Instr::DeleteDeref(idx),
                });
            }
            SymScope::Local if in_function => {
                let idx = self.unit().varname(&mangled);
                self.emit(match ctx {
                    NameCtx::Load => Instr::LoadFast(idx),
                    NameCtx::Store => Instr::StoreFast(idx),
                    NameCtx::Del => Instr::DeleteFast(idx),
                });
            }
            s @ (SymScope::GlobalExplicit | SymScope::GlobalImplicit)
                if s == SymScope::GlobalExplicit || in_function =>
            {
                let idx = self.unit().name(&mangled);
                self.emit(match ctx {
                    NameCtx::Load => Instr::LoadGlobal(idx),
                    NameCtx::Store => Instr::StoreGlobal(idx),
                    NameCtx::Del => Instr::DeleteGlobal(idx),
                });
            }
            _ => {
                let idx = self.unit().name(&mangled);
                self.emit(match ctx {
                    NameCtx::Load => Instr::LoadName(idx),
                    NameCtx::Store => Instr::StoreName(idx),
                    NameCtx::Del => Instr::DeleteName(idx),
                });
            }
        }
        Ok(())
    }

    /// Pushes the closure cells a nested code object needs, then makes the function.
    pub(crate) fn make_closure(&mut self, code: Arc<CodeObject>, mut fn_flags: u32) -> CResult<()> {
        if !code.freevars.is_empty() {
            let scope = self.scope();
            for name in &code.freevars {
                let unit = self.unit_ref();
                // A class's own `__class__` and cells of this scope are in `cellvars`; anything
                // else (including names both local to a class body and free in a method) is free.
                let is_cell =
                    (scope.kind == ScopeKind::Class && name == "__class__") || scope.scope_of(name) == SymScope::Cell;
                let idx = unit.cell_index(name, !is_cell);
                let idx = idx.ok_or_else(|| self.internal(format!("closure variable '{name}' not found")))?;
                self.emit(Instr::LoadClosure(idx));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            fn_flags |= 8;
        }
        self.load_const(Const::Code(code));
        self.emit(Instr::MakeFunction(fn_flags));
        Ok(())
    }

    // ---- statement lists ----

    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// Whether an expression is a compile-time constant that need not be evaluated early.
    pub(crate) fn is_const(e: &Expr) -> bool {
        matches!(e, Expr::Constant(_))
    }
}

use rustpython_parser::ast::Ranged;

//! Symbol tables: which names are local, global, free or cell variables in each scope.
//!
//! This is a port of CPython 3.11's `symtable.c`, in two passes:
//!
//! 1. [`build`](super::symtable_build) walks the AST, creating a [`Scope`] for the module and for
//!    every function, lambda, comprehension/generator expression and class body, and recording
//!    for each name how it is used (`DEF_*` flags: assigned, parameter, imported, declared
//!    global/nonlocal, read). Scopes are keyed by the address of their AST node so the code
//!    generator can find them again.
//! 2. [`analyze`] resolves each name to a [`SymScope`] following CPython exactly: names bound in
//!    a function are local unless declared global/nonlocal; a name read but not bound is free if
//!    an enclosing *function* binds it (class bodies are skipped: methods do not see class
//!    attributes), else an implicit global; a local that some nested scope uses freely becomes a
//!    cell. Free variables are threaded through intermediate scopes. A class whose methods use
//!    `super` or `__class__` gets an implicit `__class__` cell.
//!
//! Private names (`__x` inside a class) are mangled to `_Class__x` before they are recorded, so
//! both passes and the code generator agree on spelling.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use rustpython_parser::text_size::TextRange;

use super::error::{CResult, SourceCtx};

pub(crate) type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    /// Functions, lambdas, comprehensions and generator expressions.
    Function,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    pub(crate) fn scope_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        }
    }

    pub(crate) fn description(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }
}

/// The resolved scope of a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// Name-use flags (CPython's `DEF_*`).
pub(crate) mod flag {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    /// Free in a method but bound (or global) in the class body itself.
    pub const FREE_CLASS: u32 = 32;
    pub const IMPORT: u32 = 64;
    pub const ANNOT: u32 = 128;
    pub const COMP_ITER: u32 = 256;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

#[derive(Clone, Debug)]
pub(crate) struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: SymScope,
}

#[derive(Debug)]
pub(crate) struct Scope {
    pub kind: ScopeKind,
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    pub children: Vec<ScopeId>,
    /// Parameter names (mangled) in `varnames` order.
    pub params: Vec<String>,
    pub is_generator: bool,
    /// An `async def` (a coroutine, or an async generator when `is_generator` too) or an
    /// asynchronous comprehension.
    pub is_coroutine: bool,
    pub is_lambda: bool,
    pub comprehension: Option<CompKind>,
    pub needs_class_closure: bool,
    /// The class name used to mangle private names in this scope.
    pub private: Option<String>,
    /// Where each `global`/`nonlocal` (or walrus-implied) declaration is, for error messages.
    pub directives: HashMap<String, TextRange>,
    /// Nesting of comprehension iterable expressions being visited (walrus is forbidden there).
    pub(crate) comp_iter_expr: u32,
    /// Whether a comprehension's iteration target is being visited.
    pub(crate) comp_iter_target: bool,
}

impl Scope {
    pub(crate) fn new(kind: ScopeKind, private: Option<String>) -> Self {
        Scope {
            kind,
            symbols: Vec::new(),
            index: HashMap::new(),
            children: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_lambda: false,
            comprehension: None,
            needs_class_closure: false,
            private,
            directives: HashMap::new(),
            comp_iter_expr: 0,
            comp_iter_target: false,
        }
    }

    pub(crate) fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    pub(crate) fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// The resolved scope of an (already mangled) name; unknown names are implicit globals.
    pub(crate) fn scope_of(&self, name: &str) -> SymScope {
        self.lookup(name).map_or(SymScope::GlobalImplicit, |s| s.scope)
    }

    /// ORs `flags` into the symbol's flags, creating it if needed.
    pub(crate) fn add_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags |= flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push(Symbol { name: name.to_string(), flags, scope: SymScope::GlobalImplicit });
            }
        }
    }

    pub(crate) fn is_function(&self) -> bool {
        self.kind == ScopeKind::Function
    }

    /// Names of the cell variables in CPython 3.11's `co_cellvars` order: parameters (in
    /// parameter order), then the others sorted; `__class__` alone for classes needing it.
    pub(crate) fn cellvars(&self) -> Vec<String> {
        let is_cell = |name: &str| self.lookup(name).is_some_and(|s| s.scope == SymScope::Cell);
        let mut cells: Vec<String> = self.params.iter().filter(|p| is_cell(p)).cloned().collect();
        let mut others: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymScope::Cell && !self.params.contains(&s.name))
            .map(|s| s.name.clone())
            .collect();
        others.sort();
        cells.extend(others);
        if self.needs_class_closure {
            cells.insert(0, "__class__".to_string());
        }
        cells
    }

    /// Names of the free variables, sorted.
    pub(crate) fn freevars(&self) -> Vec<String> {
        let mut free: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymScope::Free || s.flags & flag::FREE_CLASS != 0)
            .map(|s| s.name.clone())
            .collect();
        free.sort();
        free
    }
}

/// All scopes of a compilation; scope 0 is the module.
#[derive(Debug, Default)]
pub(crate) struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<(usize, u8), ScopeId>,
    /// `from __future__ import annotations`: annotations are kept as strings, not evaluated.
    pub future_annotations: bool,
}

/// Kinds of AST node that own a scope (part of the lookup key, with the node's address).
#[derive(Clone, Copy)]
#[repr(u8)]
pub(crate) enum NodeTag {
    Function,
    Class,
    Lambda,
    Comprehension,
}

impl SymbolTable {
    pub(crate) fn key<T>(node: &T, tag: NodeTag) -> (usize, u8) {
        (node as *const T as usize, tag as u8)
    }

    pub(crate) fn scope_for<T>(&self, node: &T, tag: NodeTag) -> Option<ScopeId> {
        self.by_node.get(&Self::key(node, tag)).copied()
    }
}

/// CPython's `_Py_Mangle`: `__spam` inside class `Ham` becomes `_Ham__spam`.
pub(crate) fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = private else { return Cow::Borrowed(name) };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

/// Second pass: resolves every symbol's [`SymScope`].
pub(crate) fn analyze(table: &mut SymbolTable, ctx: &SourceCtx) -> CResult<()> {
    if table.scopes.is_empty() {
        return Ok(());
    }
    Analyzer { table, ctx }.block(0, None, HashSet::new())?;
    Ok(())
}

struct Analyzer<'t, 'c> {
    table: &'t mut SymbolTable,
    ctx: &'t SourceCtx<'c>,
}

impl Analyzer<'_, '_> {
    fn directive_error(&self, id: ScopeId, name: &str, msg: String) -> Box<super::error::CompileError> {
        let range = self.table.scopes[id].directives.get(name).copied().unwrap_or_default();
        self.ctx.error(range, msg)
    }

    /// CPython's `analyze_block`; returns the free variables of the block (for its parent).
    fn block(
        &mut self,
        id: ScopeId,
        mut bound: Option<HashSet<String>>,
        mut global: HashSet<String>,
    ) -> CResult<HashSet<String>> {
        let kind = self.table.scopes[id].kind;
        let mut local = HashSet::new();
        let mut free = HashSet::new();
        let mut newbound = HashSet::new();
        let mut newglobal = HashSet::new();
        if kind == ScopeKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }
        let mut scopes = Vec::with_capacity(self.table.scopes[id].symbols.len());
        for i in 0..self.table.scopes[id].symbols.len() {
            let sym = &self.table.scopes[id].symbols[i];
            let (name, flags) = (sym.name.clone(), sym.flags);
            let scope = self.name(id, &name, flags, &mut bound, &mut local, &mut free, &mut global)?;
            scopes.push(scope);
        }
        if kind != ScopeKind::Class {
            if kind == ScopeKind::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }
        let mut newfree = HashSet::new();
        let children = self.table.scopes[id].children.clone();
        for child in children {
            let child_free = self.block(child, Some(newbound.clone()), newglobal.clone())?;
            newfree.extend(child_free);
        }
        let scope = &mut self.table.scopes[id];
        match kind {
            ScopeKind::Function => {
                for (i, sym) in scope.symbols.iter().enumerate() {
                    if scopes[i] == SymScope::Local && newfree.remove(&sym.name) {
                        scopes[i] = SymScope::Cell;
                    }
                }
            }
            ScopeKind::Class => {
                if newfree.remove("__class__") {
                    scope.needs_class_closure = true;
                }
            }
            ScopeKind::Module => {}
        }
        // update_symbols
        for (sym, s) in scope.symbols.iter_mut().zip(scopes) {
            sym.scope = s;
        }
        let mut passthrough: Vec<&String> = newfree.iter().collect();
        passthrough.sort();
        for name in passthrough {
            if let Some(&i) = scope.index.get(name.as_str()) {
                let sym = &mut scope.symbols[i];
                if kind == ScopeKind::Class && sym.flags & (flag::BOUND | flag::GLOBAL) != 0 {
                    sym.flags |= flag::FREE_CLASS;
                }
                continue;
            }
            if bound.as_ref().is_some_and(|b| !b.contains(name.as_str())) {
                continue;
            }
            scope.index.insert(name.clone(), scope.symbols.len());
            scope.symbols.push(Symbol { name: name.clone(), flags: 0, scope: SymScope::Free });
        }
        free.extend(newfree);
        Ok(free)
    }

    /// CPython's `analyze_name`.
    #[allow(clippy::too_many_arguments)]
    fn name(
        &mut self,
        id: ScopeId,
        name: &str,
        flags: u32,
        bound: &mut Option<HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> CResult<SymScope> {
        if flags & flag::GLOBAL != 0 {
            if flags & flag::NONLOCAL != 0 {
                return Err(self.directive_error(id, name, format!("name '{name}' is nonlocal and global")));
            }
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(SymScope::GlobalExplicit);
        }
        if flags & flag::NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(self.directive_error(
                    id,
                    name,
                    "nonlocal declaration not allowed at module level".to_string(),
                ));
            };
            if !b.contains(name) {
                return Err(self.directive_error(id, name, format!("no binding for nonlocal '{name}' found")));
            }
            free.insert(name.to_string());
            return Ok(SymScope::Free);
        }
        if flags & flag::BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(SymScope::Local);
        }
        if bound.as_ref().is_some_and(|b| b.contains(name)) {
            free.insert(name.to_string());
            return Ok(SymScope::Free);
        }
        Ok(SymScope::GlobalImplicit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mangling() {
        assert_eq!(mangle(Some("Ham"), "__spam"), "_Ham__spam");
        assert_eq!(mangle(Some("_Ham"), "__spam"), "_Ham__spam");
        assert_eq!(mangle(Some("___"), "__spam"), "__spam");
        assert_eq!(mangle(Some("Ham"), "__init__"), "__init__");
        assert_eq!(mangle(Some("Ham"), "_x"), "_x");
        assert_eq!(mangle(None, "__spam"), "__spam");
        assert_eq!(mangle(Some("Ham"), "__a.b"), "__a.b");
    }
}

//! The code object under construction: instructions, tables, labels and frame blocks.
//!
//! Jumps are emitted against [`Label`]s (the label number is stored in the instruction's
//! argument and the instruction index remembered); [`CodeUnit::finish`] patches them to
//! instruction indices once every label is bound, then computes `max_stack`. Constants and
//! names are interned so each appears once in its table. Every instruction is tagged with the
//! unit's current [`Location`], which the code generator sets from the AST node being compiled.

use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;
use rustpython_parser::ast::Stmt;

use super::stackdepth;
use super::symtable::ScopeId;
use crate::bytecode::{CodeObject, Const, Instr, Location};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(pub u32);

/// What a frame block must undo when `break`, `continue` or `return` leaves it
/// (see [`unwind`](super::unwind)).
#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlockKind<'a> {
    WhileLoop,
    /// The loop's iterator is on the stack.
    ForLoop,
    /// Inside `try:` of a try/except: a `SetupExcept` block is active.
    TryExcept,
    /// Inside `try:` of a try/finally: a `SetupFinally` block is active; leaving runs the body.
    FinallyTry(&'a [Stmt]),
    /// Inside the exceptional copy of a `finally:` body: the exception is on the stack and an
    /// `ExceptHandler` block is active.
    FinallyEnd,
    /// Inside a `with` body: a `SetupWith` block is active and `__exit__` is on the stack.
    With,
    /// Inside an `async with` body: like `With`, with `__aexit__` on the stack.
    AsyncWith,
    /// Inside an `except` clause body: an `ExceptHandler` block is active, plus a cleanup
    /// `SetupFinally` block when the exception is bound to a name.
    HandlerCleanup(Option<&'a str>),
    /// A value (the return value being preserved) sits on the stack.
    PopValue,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// `continue` target for loops.
    pub start: Label,
    /// `break` target for loops.
    pub exit: Label,
    /// Location for the clean-up code emitted when the block is left early.
    pub loc: Location,
}

/// Hashable identity of a constant, for interning (`0`, `0.0`, `-0.0` and `False` differ).
#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Int(i) => ConstKey::Int(i.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex(r, i) => ConstKey::Complex(r.to_bits(), i.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(items) => ConstKey::Tuple(items.iter().map(const_key).collect::<Option<_>>()?),
        Const::FrozenSet(items) => ConstKey::FrozenSet(items.iter().map(const_key).collect::<Option<_>>()?),
        Const::Code(_) => return None,
    })
}

pub(crate) struct CodeUnit<'a> {
    pub scope: ScopeId,
    pub code: CodeObject,
    const_index: HashMap<ConstKey, u32>,
    name_index: HashMap<String, u32>,
    varname_index: HashMap<String, u32>,
    labels: Vec<Option<u32>>,
    /// Indices of instructions whose argument is still a label number.
    jumps: Vec<usize>,
    pub fblocks: Vec<FBlock<'a>>,
    /// Location given to emitted instructions.
    pub loc: Location,
    pub private: Option<String>,
}

impl<'a> CodeUnit<'a> {
    pub(crate) fn new(scope: ScopeId, code: CodeObject, private: Option<String>) -> Self {
        let varname_index = code.varnames.iter().enumerate().map(|(i, n)| (n.clone(), i as u32)).collect();
        let loc = Location { line: code.first_line, col: 0, end_line: code.first_line, end_col: 0 };
        CodeUnit {
            scope,
            code,
            const_index: HashMap::new(),
            name_index: HashMap::new(),
            varname_index,
            labels: Vec::new(),
            jumps: Vec::new(),
            fblocks: Vec::new(),
            loc,
            private,
        }
    }

    pub(crate) fn emit(&mut self, instr: Instr) {
        self.code.instrs.push(instr);
        self.code.locations.push(self.loc);
    }

    /// Emits a jump-like instruction (`make` receives the label number).
    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instr, target: Label) {
        self.jumps.push(self.code.instrs.len());
        self.emit(make(target.0));
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub(crate) fn bind(&mut self, label: Label) {
        if let Some(slot) = self.labels.get_mut(label.0 as usize) {
            *slot = Some(self.code.instrs.len() as u32);
        }
    }

    pub(crate) fn add_const(&mut self, c: Const) -> u32 {
        let key = const_key(&c);
        if let Some(k) = &key
            && let Some(&i) = self.const_index.get(k)
        {
            return i;
        }
        let i = self.code.consts.len() as u32;
        self.code.consts.push(c);
        if let Some(k) = key {
            self.const_index.insert(k, i);
        }
        i
    }

    pub(crate) fn name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.code.names.len() as u32;
        self.code.names.push(name.to_string());
        self.name_index.insert(name.to_string(), i);
        i
    }

    pub(crate) fn varname(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.varname_index.get(name) {
            return i;
        }
        let i = self.code.varnames.len() as u32;
        self.code.varnames.push(name.to_string());
        self.varname_index.insert(name.to_string(), i);
        i
    }

    /// Index of a cell or free variable in `cellvars ++ freevars`.
    pub(crate) fn cell_index(&self, name: &str, free_only: bool) -> Option<u32> {
        let cells = &self.code.cellvars;
        if !free_only && let Some(i) = cells.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        self.code.freevars.iter().position(|n| n == name).map(|i| (cells.len() + i) as u32)
    }

    /// Resolves labels, removes unreachable code (and constants only it used, such as the code
    /// objects of functions defined there, as CPython 3.11 does) and computes `max_stack`.
    pub(crate) fn finish(mut self) -> Result<Arc<CodeObject>, String> {
        for &at in &self.jumps {
            let Some(arg) = self.code.instrs.get_mut(at).and_then(stackdepth::jump_target_mut) else { continue };
            let target = self.labels.get(*arg as usize).copied().flatten();
            *arg = target.ok_or_else(|| format!("unbound label in {}", self.code.qualname))?;
        }
        let (max_stack, reachable) =
            stackdepth::analyze(&self.code.instrs).map_err(|e| format!("{e} in {}", self.code.qualname))?;
        if reachable.iter().any(|r| !r) && !keep_dead_code() {
            remove_unreachable(&mut self.code, &reachable);
        }
        // Every code object gets its superinstructions and one attribute hint per instruction
        // (tests that compare the instruction stream with CPython's keep the plain one).
        if !keep_dead_code() {
            superinstructions(&mut self.code.instrs);
        }
        self.code.attr_hints = crate::bytecode::AttrHints::new(self.code.instrs.len());
        self.code.max_stack = max_stack;
        Ok(Arc::new(self.code))
    }
}

#[cfg(test)]
thread_local! {
    /// Tests comparing with CPython keep dead code (CPython removes only some of it).
    pub(crate) static KEEP_DEAD_CODE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn keep_dead_code() -> bool {
    #[cfg(test)]
    return KEEP_DEAD_CODE.with(|k| k.get());
    #[cfg(not(test))]
    false
}

/// Drops unreachable instructions (remapping jump targets, which are always reachable) and
/// the constants no remaining instruction loads.
fn remove_unreachable(code: &mut CodeObject, reachable: &[bool]) {
    let mut new_index = Vec::with_capacity(reachable.len());
    let mut n = 0u32;
    for &r in reachable {
        new_index.push(n);
        n += u32::from(r);
    }
    let mut instrs = Vec::with_capacity(n as usize);
    let mut locations = Vec::with_capacity(n as usize);
    for (i, (&instr, &loc)) in code.instrs.iter().zip(&code.locations).enumerate() {
        if reachable[i] {
            instrs.push(instr);
            locations.push(loc);
        }
    }
    for instr in &mut instrs {
        if let Some(t) = stackdepth::jump_target_mut(instr) {
            *t = new_index[*t as usize];
        }
    }
    let mut used = vec![false; code.consts.len()];
    for instr in &instrs {
        if let Instr::LoadConst(i) = instr {
            used[*i as usize] = true;
        }
    }
    if used.iter().any(|u| !u) {
        let mut const_index = Vec::with_capacity(used.len());
        let mut k = 0u32;
        for &u in &used {
            const_index.push(k);
            k += u32::from(u);
        }
        let consts = std::mem::take(&mut code.consts);
        code.consts = consts.into_iter().zip(&used).filter(|(_, u)| **u).map(|(c, _)| c).collect();
        for instr in &mut instrs {
            if let Instr::LoadConst(i) = instr {
                *i = const_index[*i as usize];
            }
        }
    }
    code.instrs = instrs;
    code.locations = locations;
}

/// Writes superinstructions over the first of two adjacent instructions, leaving the second in
/// place (so no index, jump target or location changes): `LoadFast a; LoadFast b` becomes
/// `LoadFastPair a; LoadFast b`, `LoadFast a; LoadAttr n` becomes `LoadFastAttr a; LoadAttr n`
/// and `LoadFast a; LoadMethod n` becomes `LoadFastMethod a; LoadMethod n` (bytecode.rs). Pairs
/// do not overlap.
fn superinstructions(instrs: &mut [Instr]) {
    let mut i = 0;
    while i + 1 < instrs.len() {
        match (instrs[i], instrs[i + 1]) {
            (Instr::LoadFast(a), Instr::LoadFast(_)) => {
                instrs[i] = Instr::LoadFastPair(a);
                i += 2;
            }
            (Instr::LoadFast(a), Instr::LoadAttr(_)) => {
                instrs[i] = Instr::LoadFastAttr(a);
                i += 2;
            }
            (Instr::LoadFast(a), Instr::LoadMethod(_)) => {
                instrs[i] = Instr::LoadFastMethod(a);
                i += 2;
            }
            _ => i += 1,
        }
    }
}

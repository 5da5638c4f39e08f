//! Calls and collection displays (lists, tuples, sets, dicts), including `*` and `**` unpacking.
//!
//! * `obj.meth(a, k=v)` without unpacking: `<obj> LoadMethod meth <a> <v> LoadConst ('k',)
//!   CallMethodKw 2` (or `CallMethod n` without keywords).
//! * `f(a, k=v)`: `<f> <a> <v> LoadConst ('k',) CallFunctionKw 2`.
//! * With `*args`/`**kwargs` (or very many arguments): the positional arguments are collected
//!   into a list (`BuildList`, `ListAppend`, `ListExtend`) turned into a tuple — except for a
//!   lone `f(*x)`, where `x` itself is passed, as CPython does — and the keywords into a dict
//!   (`BuildMap` chunks merged with `DictMerge`, which rejects duplicates), then
//!   `CallFunctionEx`.
//! * Displays without starred items use one `Build*` instruction; with starred items (or more
//!   than [`STACK_USE_GUIDELINE`] items, to bound stack use) they are built incrementally, like
//!   CPython's `starunpack_helper`. Tuples of constants are loaded as one constant.

use rustpython_parser::ast::{self, Expr, Keyword};

use super::codegen::Compiler;
use super::error::CResult;
use super::expr::fold_tuple;
use crate::bytecode::{Const, Instr};

/// Above this many items, displays and calls are built incrementally (CPython uses 30).
pub(crate) const STACK_USE_GUIDELINE: usize = 30;
/// Key/value pairs per `BuildMap` chunk when building incrementally.
const MAP_CHUNK: u32 = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Collection {
    List,
    Tuple,
    Set,
}

fn has_starred(args: &[Expr]) -> bool {
    args.iter().any(|a| matches!(a, Expr::Starred(_)))
}

fn has_double_starred(keywords: &[Keyword]) -> bool {
    keywords.iter().any(|k| k.arg.is_none())
}

fn kwnames(keywords: &[Keyword]) -> Const {
    Const::Tuple(keywords.iter().map(|k| Const::Str(k.arg.as_ref().map_or(String::new(), |a| a.to_string()))).collect())
}

impl<'a> Compiler<'a> {
    /// CPython's `is_import_originated`: `m.f()` where `m` is imported at module level is
    /// compiled as an attribute load and a plain call (which changes only positions).
    fn import_originated(&self, e: &Expr) -> bool {
        matches!(e, Expr::Name(n) if self.table.scopes[0].flags(&n.id) & super::symtable::flag::IMPORT != 0)
    }

    /// A positional argument; `OwnedArg` after it when it is a call (a generator expression
    /// is one) of a `for` statement's iterable call.
    fn call_arg(&mut self, a: &'a Expr, owned: bool) -> CResult<()> {
        self.expr(a)?;
        if owned && matches!(a, Expr::Call(_) | Expr::GeneratorExp(_)) {
            self.emit(Instr::OwnedArg);
        }
        Ok(())
    }

    pub(crate) fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let owned = std::mem::take(&mut self.mark_owned_args);
        self.ctx.check_caller(c);
        let nkw = c.keywords.len();
        let simple = !has_starred(&c.args)
            && !has_double_starred(&c.keywords)
            && c.args.len() + nkw + usize::from(nkw != 0) < STACK_USE_GUIDELINE;
        if let (Expr::Attribute(attr), true) = (c.func.as_ref(), simple)
            && !self.import_originated(&attr.value)
        {
            self.expr(&attr.value)?;
            let old = self.set_loc(attr.range);
            let idx = self.mangled_name(&attr.attr);
            self.emit(Instr::LoadMethod(idx));
            self.restore_loc(old);
            for a in &c.args {
                self.call_arg(a, owned)?;
            }
            for k in &c.keywords {
                self.expr(&k.value)?;
            }
            let n = (c.args.len() + c.keywords.len()) as u32;
            if c.keywords.is_empty() {
                self.emit(Instr::CallMethod(n));
            } else {
                self.load_const(kwnames(&c.keywords));
                self.emit(Instr::CallMethodKw(n));
            }
            return Ok(());
        }
        self.expr(&c.func)?;
        self.call_args(0, &c.args, &c.keywords, owned)
    }

    /// Calls the callable below `pushed` already-pushed positional arguments.
    pub(crate) fn call_helper(&mut self, pushed: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult<()> {
        self.call_args(pushed, args, keywords, false)
    }

    fn call_args(&mut self, pushed: u32, args: &'a [Expr], keywords: &'a [Keyword], owned: bool) -> CResult<()> {
        let simple = !has_starred(args)
            && !has_double_starred(keywords)
            && pushed as usize + args.len() + keywords.len() <= STACK_USE_GUIDELINE;
        if simple {
            for a in args {
                self.call_arg(a, owned)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            let n = pushed + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instr::CallFunction(n));
            } else {
                self.load_const(kwnames(keywords));
                self.emit(Instr::CallFunctionKw(n));
            }
            return Ok(());
        }
        match args {
            // `f(*x)`: the iterable itself; the call converts it (naming `f` in its error).
            [Expr::Starred(s)] if pushed == 0 => self.expr(&s.value)?,
            _ => self.starunpack_built(args, pushed, Collection::Tuple)?,
        }
        let mut fl = 0;
        if !keywords.is_empty() {
            self.kwargs_dict(keywords)?;
            fl = 1;
        }
        self.emit(Instr::CallFunctionEx(fl));
        Ok(())
    }

    /// Builds the keyword-argument dict of a `CallFunctionEx` call.
    fn kwargs_dict(&mut self, keywords: &'a [Keyword]) -> CResult<()> {
        let mut have_dict = false;
        let mut nseen = 0u32;
        for kw in keywords {
            match &kw.arg {
                None => {
                    if nseen > 0 {
                        self.flush_map(nseen, &mut have_dict, Instr::DictMerge(1));
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.expr(&kw.value)?;
                    self.emit(Instr::DictMerge(1));
                }
                Some(name) => {
                    if nseen == MAP_CHUNK {
                        self.flush_map(nseen, &mut have_dict, Instr::DictMerge(1));
                        nseen = 0;
                    }
                    self.load_const(Const::Str(name.to_string()));
                    self.expr(&kw.value)?;
                    nseen += 1;
                }
            }
        }
        if nseen > 0 {
            self.flush_map(nseen, &mut have_dict, Instr::DictMerge(1));
        }
        Ok(())
    }

    /// Builds a dict of the `n` pending pairs and merges it into the dict below, if any.
    fn flush_map(&mut self, n: u32, have_dict: &mut bool, merge: Instr) {
        self.emit(Instr::BuildMap(n));
        if *have_dict {
            self.emit(merge);
        }
        *have_dict = true;
    }

    pub(crate) fn dict_display(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let n = d.keys.len().min(d.values.len());
        let unpacking = d.keys.iter().any(Option::is_none);
        if !unpacking && n <= STACK_USE_GUIDELINE {
            for (k, v) in d.keys.iter().zip(&d.values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Instr::BuildMap(n as u32));
            return Ok(());
        }
        let mut have_dict = false;
        let mut pending = 0u32;
        for (k, v) in d.keys.iter().zip(&d.values) {
            match k {
                None => {
                    if pending > 0 {
                        self.flush_map(pending, &mut have_dict, Instr::DictUpdate(1));
                        pending = 0;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.expr(v)?;
                    self.emit(Instr::DictUpdate(1));
                }
                Some(k) => {
                    if pending == MAP_CHUNK {
                        self.flush_map(pending, &mut have_dict, Instr::DictUpdate(1));
                        pending = 0;
                    }
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
            }
        }
        if pending > 0 || !have_dict {
            self.flush_map(pending, &mut have_dict, Instr::DictUpdate(1));
        }
        Ok(())
    }

    /// A list, tuple or set display (`pushed` items are already on the stack).
    pub(crate) fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, kind: Collection) -> CResult<()> {
        if kind == Collection::Tuple
            && pushed == 0
            && let Some(c) = fold_tuple(elts)
        {
            self.load_const(c);
            return Ok(());
        }
        if kind == Collection::Set
            && elts.len() > 2
            && let Some(Const::Tuple(items)) = fold_tuple(elts)
        {
            // CPython: BUILD_SET; LOAD_CONST frozenset(...); SET_UPDATE 1 (iteration order of
            // the result follows the frozenset's table, not the source).
            self.emit(Instr::BuildSet(pushed));
            self.load_const(Const::FrozenSet(items));
            self.emit(Instr::SetUpdate(1));
            return Ok(());
        }
        if !has_starred(elts) && pushed as usize + elts.len() <= STACK_USE_GUIDELINE {
            for e in elts {
                self.expr(e)?;
            }
            let n = pushed + elts.len() as u32;
            self.emit(match kind {
                Collection::List => Instr::BuildList(n),
                Collection::Tuple => Instr::BuildTuple(n),
                Collection::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        self.starunpack_built(elts, pushed, kind)
    }

    /// Builds the collection incrementally (always producing a fresh list, set or tuple).
    fn starunpack_built(&mut self, elts: &'a [Expr], pushed: u32, kind: Collection) -> CResult<()> {
        let (build, append, extend): (fn(u32) -> Instr, Instr, Instr) = match kind {
            Collection::Set => (Instr::BuildSet, Instr::SetAdd(1), Instr::SetUpdate(1)),
            _ => (Instr::BuildList, Instr::ListAppend(1), Instr::ListExtend(1)),
        };
        let big = pushed as usize + elts.len() > STACK_USE_GUIDELINE;
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit(build(pushed + i as u32));
                    built = true;
                }
                self.expr(&s.value)?;
                self.emit(extend);
            } else {
                self.expr(e)?;
                if built {
                    self.emit(append);
                }
            }
        }
        if !built {
            self.emit(build(pushed + elts.len() as u32));
        }
        if kind == Collection::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }
}

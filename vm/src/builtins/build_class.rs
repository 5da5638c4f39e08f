//! `__build_class__`: run a class body and create the class (Python/bltinmodule.c
//! `builtin___build_class__`), including metaclass selection, `__prepare__`, `__mro_entries__`,
//! the `__class__` cell for zero-argument `super()`, `__set_name__` and `__init_subclass__`.

use objmodel::{Kind, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, function, str as pystr, tuple, type_};
use crate::ops::call::call_with_self;
use crate::vm::Vm;

pub fn build_class(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = a.at(0);
    let name = a.at(1);
    if !(func.is_ptr() && func.header().kind() == Kind::Function) {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    if !pystr::is_str(name) {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &a.pos[2..];
    // __mro_entries__
    let mut bases: Vec<Value> = Vec::new();
    let mut changed = false;
    for b in orig_bases {
        if type_::is_type(*b) {
            bases.push(*b);
            continue;
        }
        match vm.getattr_opt(*b, vm.rt.names.__mro_entries__)? {
            Some(m) => {
                let r = vm.call1(m, tuple::new(orig_bases))?;
                bases.extend_from_slice(tuple::items(r));
                changed = true;
            }
            None => bases.push(*b),
        }
    }
    let mut meta: Option<Value> = None;
    let mut kwnames = Vec::new();
    let mut kwvals = Vec::new();
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        if pystr::as_str(*k) == Some("metaclass") {
            meta = Some(*v);
        } else {
            kwnames.push(*k);
            kwvals.push(*v);
        }
    }
    let is_class_meta = meta.is_none_or(type_::is_type);
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => b.class_value(),
            None => vm.rt.types.type_.as_value(),
        },
    };
    if is_class_meta {
        // Most derived metaclass.
        let mut winner = type_::as_type(meta);
        for b in &bases {
            let bm = b.class();
            if type_::is_subtype(winner, bm) {
                continue;
            }
            if type_::is_subtype(bm, winner) {
                winner = bm;
                continue;
            }
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        meta = winner.as_value();
    }
    let ns = match vm.getattr_opt(meta, vm.rt.names.__prepare__)? {
        Some(p) => vm.call(p, Args::with_kw(&[name, tuple::new(&bases)], &kwnames, &kwvals))?,
        None => dict::new_dict(),
    };
    let fo = function::func(func);
    let cell = crate::interp::call::exec_code_with_cells(vm, fo.code.get(), fo.globals.get(), ns, fo.closure.get())?;
    if changed {
        vm.setitem(ns, pystr::new("__orig_bases__"), tuple::new(orig_bases))?;
    }
    let bases_t = tuple::new(&bases);
    let cls = vm.call(meta, Args::with_kw(&[name, bases_t, ns], &kwnames, &kwvals))?;
    if cell.is_ptr() && cell.header().kind() == Kind::Cell {
        function::cell_set(cell, cls);
    }
    Ok(cls)
}

/// After `type.__new__` created `cls`: `__set_name__` on attributes, then the parent's
/// `__init_subclass__(**kwargs)`.
pub fn finish_class(vm: &mut Vm, cls: Value, kwnames: &[Value], kwvals: &[Value]) -> PyResult<()> {
    let t = type_::as_type(cls);
    for (k, v) in dict::items(t.dict.get()) {
        if v.is_ptr()
            && !matches!(v.header().kind(), Kind::Function | Kind::Builtin | Kind::Str | Kind::Int)
            && let Some(sn) = vm.lookup_type_cached(v.class(), vm.rt.names.__set_name__)
        {
            call_with_self(vm, sn, v, Args::new(&[cls, k]))?;
        }
    }
    // super(cls, cls).__init_subclass__(**kw): look up past cls itself in its MRO.
    let mro = tuple::items(t.mro.get());
    for c in &mro[1..] {
        if let Some(f) = type_::own_attr(type_::as_type(*c), vm.rt.names.__init_subclass__) {
            let bound = match f.header().kind() {
                Kind::ClassMethod => function::new_bound_method(function::fixed(f).a.get(), cls),
                Kind::Function => function::new_bound_method(f, cls),
                _ => function::new_bound_method(f, cls),
            };
            vm.call(bound, Args::with_kw(&[], kwnames, kwvals))?;
            break;
        }
    }
    Ok(())
}

//! `aiter()` and `anext()` (CPython 3.10+ builtins, `Python/bltinmodule.c`).
//!
//! `anext(it)` returns `type(it).__anext__(it)` itself; `anext(it, default)` wraps that
//! awaitable in `_pyrs_async._anext_default`, a coroutine that turns StopAsyncIteration into
//! `default` (CPython returns its C `anext_awaitable`, which awaits the same way).

use crate::args::Args;
use crate::error::PyResult;
use crate::vm::Vm;

fn b_aiter(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "aiter")?;
    a.check(vm, "aiter", 1, 1)?;
    let v = a.at(0);
    let Some(it) = vm.call_method_special(v, vm.rt.names.__aiter__, &[])? else {
        return Err(vm.type_error(format!("'{}' object is not an async iterable", v.class().error_name())));
    };
    if vm.lookup_type_cached(it.class(), vm.rt.intern("__anext__")).is_none() {
        return Err(vm.type_error(format!("aiter() returned not an async iterator of type '{}'", it.class().error_name())));
    }
    Ok(it)
}

fn b_anext(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "anext")?;
    a.check(vm, "anext", 1, 2)?;
    let v = a.at(0);
    let Some(awaitable) = vm.call_method_special(v, vm.rt.intern("__anext__"), &[])? else {
        return Err(vm.type_error(format!("'{}' object is not an async iterator", v.class().error_name())));
    };
    if a.len() == 1 {
        return Ok(awaitable);
    }
    let m = crate::import::import_module(vm, "_pyrs_async")?;
    let wrap = vm.getattr(m, vm.rt.intern("_anext_default"))?;
    vm.call(wrap, Args::new(&[awaitable, a.at(1)]))
}

/// Add `aiter` and `anext` to the builtins dict `d`.
pub fn register(d: objmodel::Value) {
    use crate::objects::define::func;
    func(d, "aiter", b_aiter);
    func(d, "anext", b_anext);
}

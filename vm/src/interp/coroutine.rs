//! Coroutines and async generators on top of the generator machinery (`generator.rs`).
//!
//! A coroutine (`async def` body) and an async generator are generator objects (kind
//! Generator, same frame payload) whose class is `coroutine` or `async_generator` instead of
//! `generator`; the code flags `COROUTINE` / `ASYNC_GENERATOR` pick the class at call time.
//! This module holds the await protocol the interpreter's coroutine instructions use, with
//! CPython 3.11's error messages (Python/ceval.c `GET_AWAITABLE`, `GET_AITER`, `GET_ANEXT`,
//! `BEFORE_ASYNC_WITH`), and the methods of both types.
//!
//! The awaitables an async generator hands out (`__anext__`, `asend`, `athrow`, `aclose`) and
//! `coroutine.__await__()`'s wrapper are small Python classes in the embedded module
//! `_pyrs_async` (`stdlib/py_async/_pyrs_async.py`); they drive the generator through the
//! native `_pyrs_step` method, which tells a value the generator yielded (wrapped by
//! `AsyncGenWrap`) from one an inner `await` passes through to the event loop.

use objmodel::{Kind, Value};

use super::generator::{self, Step};
use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::objects::{function, iter};
use crate::ops::call::call_with_self;
use crate::vm::Vm;

/// Whether `v` is a coroutine object (`async def` result).
pub fn is_coroutine(vm: &Vm, v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::Generator && std::ptr::eq(v.class(), vm.rt.extra.coroutine)
}

/// Whether `v` is a plain generator (not a coroutine or async generator).
pub fn is_plain_generator(v: Value) -> bool {
    v.is_ptr()
        && v.header().kind() == Kind::Generator
        && std::ptr::eq(v.class(), objmodel::builtin_types().generator)
}

/// Whether `v` can be resumed as an iterator (has `__next__`, natively or not).
fn is_iterator(vm: &mut Vm, v: Value) -> bool {
    if is_plain_generator(v) || (v.is_ptr() && v.header().kind() == Kind::Iter) {
        return true;
    }
    vm.lookup_type_cached(v.class(), vm.rt.names.__next__).is_some()
}

/// `GET_AWAITABLE`: the iterator that `await x` delegates to. `where_` selects the message for
/// an object without `__await__` (0: `await`, 1: `__aenter__`'s result, 2: `__aexit__`'s,
/// 3: `__anext__`'s).
pub fn get_awaitable(vm: &mut Vm, x: Value, where_: u32) -> PyResult {
    if is_coroutine(vm, x) {
        return Ok(x);
    }
    let ty = x.class();
    let name = vm.intern("__await__");
    let Some(m) = vm.lookup_type_cached(ty, name) else {
        let t = ty.name_str();
        let msg = match where_ {
            1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {t}"),
            2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {t}"),
            3 => format!("'async for' received an invalid object from __anext__: {t}"),
            _ => format!("object {t} can't be used in 'await' expression"),
        };
        return Err(vm.type_error(msg));
    };
    let it = call_with_self(vm, m, x, Args::new(&[]))?;
    if is_coroutine(vm, it) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if !is_iterator(vm, it) {
        return Err(vm.type_error(format!("__await__() returned non-iterator of type '{}'", it.class().error_name())));
    }
    Ok(it)
}

/// `GET_AITER`: `x.__aiter__()`.
pub fn get_aiter(vm: &mut Vm, x: Value) -> PyResult {
    let ty = x.class();
    let name = vm.intern("__aiter__");
    let Some(m) = vm.lookup_type_cached(ty, name) else {
        let msg = format!("'async for' requires an object with __aiter__ method, got {}", ty.name_str());
        return Err(vm.type_error(msg));
    };
    let it = call_with_self(vm, m, x, Args::new(&[]))?;
    let anext = vm.intern("__anext__");
    if vm.lookup_type_cached(it.class(), anext).is_none() {
        let msg = format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.class().name_str()
        );
        return Err(vm.type_error(msg));
    }
    Ok(it)
}

/// `GET_ANEXT`: the awaitable iterator of `aiter.__anext__()`.
pub fn get_anext(vm: &mut Vm, aiter: Value) -> PyResult {
    let ty = aiter.class();
    let name = vm.intern("__anext__");
    let Some(m) = vm.lookup_type_cached(ty, name) else {
        let msg = format!("'async for' requires an iterator with __anext__ method, got {}", ty.name_str());
        return Err(vm.type_error(msg));
    };
    let aw = call_with_self(vm, m, aiter, Args::new(&[]))?;
    get_awaitable(vm, aw, 3)
}

/// `BEFORE_ASYNC_WITH`: (bound `__aexit__`, `mgr.__aenter__()`).
pub fn before_async_with(vm: &mut Vm, mgr: Value) -> PyResult<(Value, Value)> {
    let ty = mgr.class();
    let (en, ex) = (vm.intern("__aenter__"), vm.intern("__aexit__"));
    let Some(enter) = vm.lookup_type_cached(ty, en) else {
        let msg = format!("'{}' object does not support the asynchronous context manager protocol", ty.name_str());
        return Err(vm.type_error(msg));
    };
    let Some(exit) = vm.lookup_type_cached(ty, ex) else {
        let msg = format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            ty.name_str()
        );
        return Err(vm.type_error(msg));
    };
    let exit_b = crate::ops::attr::bind(vm, exit, mgr, ty)?;
    let r = call_with_self(vm, enter, mgr, Args::new(&[]))?;
    Ok((exit_b, r))
}

/// `AsyncGenWrap`: marks a value an async generator yields to its consumer.
pub fn wrap_value(vm: &mut Vm, v: Value) -> Value {
    iter::new_iter(vm.rt.extra.async_gen_wrapped, iter::sub::EXHAUSTED, v, Value::NULL, Value::NULL, Value::NULL)
}

fn unwrap_value(vm: &Vm, v: Value) -> Option<Value> {
    (v.is_ptr() && std::ptr::eq(v.class(), vm.rt.extra.async_gen_wrapped)).then(|| function::fixed(v).a.get())
}

/// `agen._pyrs_step(value, exc=None)`: resumes the async generator sending `value` (or
/// throwing `exc`). Returns `(True, v)` when it yielded `v` to its consumer, `(False, v)` when
/// an inner `await` passed `v` through; raises StopAsyncIteration when it returned.
fn agen_step(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_pyrs_step", 2, 3)?;
    let g = generator::gen_self(vm, &a)?;
    let throw = a.get(2).filter(|e| !e.is_none()).map(PyErr);
    match generator::resume(vm, g, a.at(1), throw)? {
        Step::Yielded(y) => Ok(match unwrap_value(vm, y) {
            Some(v) => crate::objects::tuple::new(&[objmodel::true_(), v]),
            None => crate::objects::tuple::new(&[objmodel::false_(), y]),
        }),
        Step::Returned(_) => {
            Err(PyErr(crate::objects::exceptions::new_exception(vm.rt.exc.stop_async_iteration, &[])))
        }
    }
}

/// Calls `_pyrs_async.<class>(args...)`.
fn helper(vm: &mut Vm, class: &str, args: &[Value]) -> PyResult {
    let m = crate::import::import_module(vm, "_pyrs_async")?;
    let c = vm.getattr(m, vm.intern(class))?;
    vm.call(c, Args::new(args))
}

fn agen_anext(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__anext__", 1, 1)?;
    let g = generator::gen_self(vm, &a)?;
    helper(vm, "async_generator_asend", &[g, objmodel::none()])
}

fn agen_asend(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "asend", 2, 2)?;
    let g = generator::gen_self(vm, &a)?;
    helper(vm, "async_generator_asend", &[g, a.at(1)])
}

fn agen_athrow(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "athrow", 2, 4)?;
    let rest = crate::objects::tuple::new(&a.pos[1..]);
    let g = generator::gen_self(vm, &a)?;
    helper(vm, "async_generator_athrow", &[g, rest])
}

fn agen_aclose(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "aclose", 1, 1)?;
    let g = generator::gen_self(vm, &a)?;
    helper(vm, "async_generator_athrow", &[g, objmodel::none()])
}

fn coro_await(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__await__", 1, 1)?;
    let g = generator::gen_self(vm, &a)?;
    helper(vm, "coroutine_wrapper", &[g])
}

fn self_(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(a.at(0))
}

fn repr_as(what: &str, g: Value) -> PyResult {
    let q = crate::objects::str::as_str(function::fixed(g).c.get()).unwrap_or("?");
    Ok(crate::objects::str::new(&format!("<{what} object {q} at {:#x}>", g.raw())))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::method;
    let c = r.extra.coroutine;
    generator::init_common(c, "cr_");
    method(c, "send", generator::gen_send);
    method(c, "throw", generator::gen_throw);
    method(c, "close", generator::gen_close);
    method(c, "__await__", coro_await);
    method(c, "__repr__", |vm, a| repr_as("coroutine", generator::gen_self(vm, &a)?));
    let ag = r.extra.async_generator;
    generator::init_common(ag, "ag_");
    method(ag, "__aiter__", self_);
    method(ag, "__anext__", agen_anext);
    method(ag, "asend", agen_asend);
    method(ag, "athrow", agen_athrow);
    method(ag, "aclose", agen_aclose);
    method(ag, "_pyrs_step", agen_step);
    method(ag, "__repr__", |vm, a| repr_as("async_generator", generator::gen_self(vm, &a)?));
}

//! `_functools`: `reduce`, `partial` and the `lru_cache` wrapper, native because they sit on
//! hot call paths. `functools.py` builds the rest of the module on top of them.

use std::sync::OnceLock;

use objmodel::{TypeObj, Value};

use super::{Trace, new_obj, new_type, set_new, this};
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, dict_table, int, str as pystr, tuple, type_};
use crate::vm::Vm;

static TYPES: OnceLock<(usize, usize)> = OnceLock::new();
/// The keyword marker inside cache keys (an `object()`), rooted through `KWD_MARK_ROOT`.
static KWD_MARK: OnceLock<usize> = OnceLock::new();

pub fn for_each_root(f: &mut dyn FnMut(Value)) {
    if let Some(m) = KWD_MARK.get() {
        f(Value::from_raw(*m));
    }
}

fn partial_type() -> &'static TypeObj {
    type_::as_type(Value::from_raw(TYPES.get().expect("partial").0))
}
fn lru_type() -> &'static TypeObj {
    type_::as_type(Value::from_raw(TYPES.get().expect("lru").1))
}

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "reduce", 2, 3)?;
    let f = a.at(0);
    let it = match vm.iter(a.at(1)) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, vm.rt.exc.type_error) => {
            return Err(vm.type_error("reduce() arg 2 must support iteration"));
        }
        Err(e) => return Err(e),
    };
    let mut acc = match a.get(2) {
        Some(v) => v,
        None => match vm.next(it)? {
            Some(v) => v,
            None => return Err(vm.type_error("reduce() of empty iterable with no initial value")),
        },
    };
    while let Some(x) = vm.next(it)? {
        acc = vm.call2(f, acc, x)?;
    }
    Ok(acc)
}

// ---------------------------------------------------------------- partial

struct Partial {
    func: Value,
    args: Value,
    /// A dict.
    kw: Value,
}
impl Trace for Partial {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.func);
        f(self.args);
        f(self.kw);
    }
}

fn instance_dict_empty(v: Value) -> bool {
    match crate::ops::attr::instance_dict(v, false) {
        None => true,
        Some(d) => dict::len(d) == 0,
    }
}

fn partial_new(vm: &mut Vm, a: Args) -> PyResult {
    let Some(cls) = a.get(0).and_then(type_::try_type) else {
        // CPython's tp_new_wrapper messages.
        return Err(vm.type_error(match a.get(0) {
            Some(x) => format!("functools.partial.__new__(X): X is not a type object ({})", x.class().name_str()),
            None => "functools.partial.__new__(): not enough arguments".to_string(),
        }));
    };
    if a.pos.len() < 2 {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    }
    let mut func = a.at(1);
    if !vm.is_callable(func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut pos: Vec<Value> = Vec::new();
    let kw = dict::new_dict();
    if let Some(p) = super::state::<Partial>(func)
        && func.class().is(partial_type())
        && instance_dict_empty(func)
    {
        let g = p.lock();
        pos.extend_from_slice(tuple::items(g.args));
        func = g.func;
        let items = dict::items(g.kw);
        drop(g);
        for (k, v) in items {
            dict::set(vm, kw, k, v)?;
        }
    }
    pos.extend_from_slice(&a.pos[2..]);
    let args = tuple::new(&pos);
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        dict::set(vm, kw, *k, *v)?;
    }
    Ok(new_obj(cls, Partial { func, args, kw }))
}

fn partial_call(vm: &mut Vm, a: Args) -> PyResult {
    let p = this::<Partial>(vm, a.get(0), "functools.partial")?;
    let (func, args, kw) = {
        let g = p.lock();
        (g.func, g.args, g.kw)
    };
    let stored = tuple::items(args);
    let extra = &a.pos[1..];
    let pos: Vec<Value> = if extra.is_empty() {
        stored.to_vec()
    } else {
        let mut v = Vec::with_capacity(stored.len() + extra.len());
        v.extend_from_slice(stored);
        v.extend_from_slice(extra);
        v
    };
    if dict::len(kw) == 0 {
        return vm.call(func, Args { pos: &pos, kwnames: a.kwnames, kwvals: a.kwvals });
    }
    let items = dict::items(kw);
    let mut names: Vec<Value> = Vec::with_capacity(items.len() + a.kwnames.len());
    let mut vals: Vec<Value> = Vec::with_capacity(items.len() + a.kwnames.len());
    for (k, v) in items {
        if let Some(i) = a.kwnames.iter().position(|n| pystr::eq(*n, k)) {
            let _ = i;
            continue;
        }
        names.push(k);
        vals.push(v);
    }
    names.extend_from_slice(a.kwnames);
    vals.extend_from_slice(a.kwvals);
    vm.call(func, Args { pos: &pos, kwnames: &names, kwvals: &vals })
}

fn partial_repr(vm: &mut Vm, a: Args) -> PyResult {
    let me = a.at(0);
    let p = this::<Partial>(vm, Some(me), "functools.partial")?;
    let (func, args, kw) = {
        let g = p.lock();
        (g.func, g.args, g.kw)
    };
    let cls = me.class();
    let name = if cls.is(partial_type()) { "functools.partial".to_string() } else { cls.name_str().to_string() };
    if vm.repr_guard_enter(me) {
        return Ok(pystr::new("..."));
    }
    let r = (|| {
        let mut s = format!("{name}({}", vm.repr_string(func)?);
        for x in tuple::items(args) {
            s.push_str(", ");
            s.push_str(&vm.repr_string(*x)?);
        }
        for (k, v) in dict::items(kw) {
            s.push_str(", ");
            s.push_str(&vm.str_string(k)?);
            s.push('=');
            s.push_str(&vm.repr_string(v)?);
        }
        s.push(')');
        Ok(pystr::new(&s))
    })();
    vm.repr_guard_exit(me);
    r
}

fn partial_func(vm: &mut Vm, a: Args) -> PyResult {
    Ok(this::<Partial>(vm, a.get(0), "functools.partial")?.lock().func)
}
fn partial_args(vm: &mut Vm, a: Args) -> PyResult {
    Ok(this::<Partial>(vm, a.get(0), "functools.partial")?.lock().args)
}
fn partial_keywords(vm: &mut Vm, a: Args) -> PyResult {
    Ok(this::<Partial>(vm, a.get(0), "functools.partial")?.lock().kw)
}

/// `partial.__reduce__()`: `(type(p), (p.func,), (p.func, p.args, p.keywords, p.__dict__ or
/// None))`, as CPython's `partial_reduce`.
fn partial_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let me = a.at(0);
    let p = this::<Partial>(vm, Some(me), "functools.partial")?;
    let (func, args, kw) = {
        let g = p.lock();
        (g.func, g.args, g.kw)
    };
    let d = crate::ops::attr::instance_dict(me, false).filter(|d| dict::len(*d) > 0).unwrap_or_else(objmodel::none);
    let state = tuple::new(&[func, args, kw, d]);
    Ok(tuple::new(&[me.class().as_value(), tuple::new(&[func]), state]))
}

/// `partial.__setstate__((func, args, kwds, dict))`, with CPython's checks and conversions
/// (`partial_setstate`).
fn partial_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setstate__", 2, 2)?;
    let me = a.at(0);
    let p = this::<Partial>(vm, Some(me), "functools.partial")?;
    let st = a.at(1);
    let invalid = |vm: &mut Vm| vm.type_error("invalid partial state");
    if !tuple::is_tuple(st) || tuple::items(st).len() != 4 {
        return Err(invalid(vm));
    }
    let [func, fargs, kw, d] = [0, 1, 2, 3].map(|i| tuple::items(st)[i]);
    if !vm.is_callable(func) || !tuple::is_tuple(fargs) || (!kw.is_none() && !dict::is_dict(kw)) {
        return Err(invalid(vm));
    }
    let fargs = if fargs.class().is(vm.rt.types.tuple) { fargs } else { tuple::new(tuple::items(fargs)) };
    let kw = if kw.is_none() {
        dict::new_dict()
    } else if kw.class().is(vm.rt.types.dict) {
        kw
    } else {
        dict::copy(kw)
    };
    {
        let mut g = p.lock();
        g.func = func;
        g.args = fargs;
        g.kw = kw;
    }
    if d.is_none() {
        if let Some(old) = crate::ops::attr::instance_dict(me, false) {
            vm.call_method(old, "clear", &[])?;
        }
    } else {
        let name = vm.intern("__dict__");
        vm.setattr(me, name, d)?;
    }
    Ok(objmodel::none())
}

fn class_getitem(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(a.at(0))
}

// ---------------------------------------------------------------- lru_cache

struct Lru {
    func: Value,
    /// None: unbounded; Some(0): no caching.
    maxsize: Option<usize>,
    typed: bool,
    /// key -> result, in recency order (oldest first) when bounded.
    cache: Value,
    cache_info_type: Value,
    hits: u64,
    misses: u64,
}
impl Trace for Lru {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.func);
        f(self.cache);
        f(self.cache_info_type);
    }
}

fn lru_new(vm: &mut Vm, a: Args) -> PyResult {
    let Some(cls) = a.get(0).and_then(type_::try_type) else {
        return Err(vm.type_error("_lru_cache_wrapper.__new__(X): X is not a type object"));
    };
    let [func, maxsize, typed, ci] =
        a.rest().bind(vm, "_lru_cache_wrapper", ["user_function", "maxsize", "typed", "cache_info_type"], 4, 4)?;
    if !vm.is_callable(func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let maxsize = if maxsize.is_none() {
        None
    } else if int::is_int(maxsize) {
        Some(vm.index_value(maxsize)?.max(0) as usize)
    } else {
        return Err(vm.type_error("maxsize should be integer or None"));
    };
    let typed = vm.truthy(typed)?;
    Ok(new_obj(cls, Lru { func, maxsize, typed, cache: dict::new_dict(), cache_info_type: ci, hits: 0, misses: 0 }))
}

fn kwd_mark() -> Value {
    Value::from_raw(*KWD_MARK.get().expect("kwd mark"))
}

fn make_key(vm: &mut Vm, a: &Args, typed: bool) -> Value {
    let pos = &a.pos[1..];
    if a.kwnames.is_empty() && pos.len() == 1 {
        let c = pos[0].class();
        if c.is(vm.rt.types.int) || c.is(vm.rt.types.str_) {
            return pos[0];
        }
    }
    let mut v: Vec<Value> = pos.to_vec();
    if !a.kwnames.is_empty() {
        v.push(kwd_mark());
        for (k, x) in a.kwnames.iter().zip(a.kwvals) {
            v.push(*k);
            v.push(*x);
        }
    }
    if typed {
        for x in pos {
            v.push(x.class_value());
        }
        for x in a.kwvals {
            v.push(x.class_value());
        }
    }
    tuple::new(&v)
}

fn lru_call(vm: &mut Vm, a: Args) -> PyResult {
    let l = this::<Lru>(vm, a.get(0), "functools._lru_cache_wrapper")?;
    let (func, maxsize, typed, cache) = {
        let g = l.lock();
        (g.func, g.maxsize, g.typed, g.cache)
    };
    if maxsize == Some(0) {
        l.lock().misses += 1;
        return vm.call(func, a.rest());
    }
    let key = make_key(vm, &a, typed);
    if let Some(r) = dict::get(vm, cache, key)? {
        if maxsize.is_some() {
            // Move to the most recent end.
            dict::remove(vm, cache, key)?;
            dict::set(vm, cache, key, r)?;
        }
        l.lock().hits += 1;
        return Ok(r);
    }
    l.lock().misses += 1;
    let r = vm.call(func, a.rest())?;
    if let Some(m) = maxsize {
        if dict::get(vm, cache, key)?.is_some() {
            // A recursive call cached it meanwhile: keep that entry, refresh its position.
            dict::remove(vm, cache, key)?;
            dict::set(vm, cache, key, r)?;
            return Ok(r);
        }
        if dict::len(cache) >= m {
            // Evict the least recently used (the first live entry).
            let n = dict_table::nentries(cache);
            for i in 0..n {
                if let Some((_, k, _)) = dict_table::entry(cache, i)
                    && !k.is_null()
                {
                    dict::remove(vm, cache, k)?;
                    break;
                }
            }
        }
    }
    dict::set(vm, cache, key, r)?;
    Ok(r)
}

fn lru_cache_info(vm: &mut Vm, a: Args) -> PyResult {
    let l = this::<Lru>(vm, a.get(0), "functools._lru_cache_wrapper")?;
    let (hits, misses, maxsize, cache, ci) = {
        let g = l.lock();
        (g.hits, g.misses, g.maxsize, g.cache, g.cache_info_type)
    };
    let ms = match maxsize {
        Some(n) => int::from_usize(n),
        None => objmodel::none(),
    };
    let args = [int::from_i64(hits as i64), int::from_i64(misses as i64), ms, int::from_usize(dict::len(cache))];
    vm.call(ci, Args::new(&args))
}

fn lru_cache_clear(vm: &mut Vm, a: Args) -> PyResult {
    let l = this::<Lru>(vm, a.get(0), "functools._lru_cache_wrapper")?;
    let mut g = l.lock();
    g.cache = dict::new_dict();
    g.hits = 0;
    g.misses = 0;
    Ok(objmodel::none())
}

fn lru_get(vm: &mut Vm, a: Args) -> PyResult {
    let obj = a.get(1).unwrap_or_else(objmodel::none);
    if obj.is_none() {
        return Ok(a.at(0));
    }
    let _ = vm;
    Ok(crate::objects::function::new_bound_method(a.at(0), obj))
}

fn lru_repr(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(pystr::new(&format!("<functools._lru_cache_wrapper object at {:#x}>", a.at(0).raw())))
}

fn lru_copy(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(a.at(0))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    use crate::objects::define::{func, getset, method, method_flags};
    let mut first = false;
    TYPES.get_or_init(|| {
        first = true;
        let p = new_type("partial", "functools");
        let l = new_type("_lru_cache_wrapper", "functools");
        (p.as_value().raw(), l.as_value().raw())
    });
    if first {
        let obj = crate::objects::object::alloc_instance(vm, vm.rt.types.object)?;
        let _ = KWD_MARK.set(obj.raw());
        let p = partial_type();
        set_new(p, partial_new);
        method(p, "__call__", partial_call);
        method(p, "__repr__", partial_repr);
        method(p, "__reduce__", partial_reduce);
        method(p, "__setstate__", partial_setstate);
        method_flags(p, "__class_getitem__", class_getitem, crate::ops::call::bflags::CLASSMETHOD);
        getset(p, "func", partial_func, None);
        getset(p, "args", partial_args, None);
        getset(p, "keywords", partial_keywords, None);
        super::finish(p);
        let l = lru_type();
        set_new(l, lru_new);
        method(l, "__call__", lru_call);
        method(l, "__get__", lru_get);
        method(l, "__repr__", lru_repr);
        method(l, "cache_info", lru_cache_info);
        method(l, "cache_clear", lru_cache_clear);
        method(l, "__copy__", lru_copy);
        method(l, "__deepcopy__", lru_copy);
        super::finish(l);
    }
    let m = crate::objects::module::new_module("_functools");
    let d = crate::objects::module::module_dict(m);
    func(d, "reduce", reduce);
    super::set(d, "partial", partial_type().as_value());
    super::set(d, "_lru_cache_wrapper", lru_type().as_value());
    Ok(m)
}

//! `__reduce__` and `__setstate__` of the itertools iterators, as CPython 3.11's (`cycle_reduce`,
//! `chain_reduce`, `islice_reduce`...), so that `copy.copy`, `copy.deepcopy` and `pickle`
//! handle them as CPython does. The reductions name the iterators the object reads from, so a
//! shallow copy shares them with the original, as in CPython. (A `groupby`'s group iterators
//! have no reduction here: they refuse pickling.)

use objmodel::Value;

use super::{Accumulate, Chain, Comb, Cycle, GroupBy, Islice, Repeat, Simple, T, ZipLongest, t};
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{int, list, tuple};
use super::super::this;
use crate::vm::Vm;

/// `(cls, args)` or `(cls, args, state)` when `state` is not NULL.
fn reduction(cls: Value, args: &[Value], state: Value) -> Value {
    let a = tuple::new(args);
    if state.is_null() { tuple::new(&[cls, a]) } else { tuple::new(&[cls, a, state]) }
}

fn cls_of(a: &Args) -> Value {
    a.at(0).class_value()
}

/// The count a `__setstate__` was given (CPython's `PyLong_AsSsize_t`).
fn state_int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    vm.index_value(v)
}

fn cycle_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Cycle>(vm, a.get(0), "cycle")?;
    let (it, saved, index, firstpass) = {
        let g = s.lock();
        (g.it, g.saved, g.index, g.firstpass)
    };
    if it.is_null() {
        // The source is done: go on from the saved items at the current position.
        let it = vm.iter(saved)?;
        let n = list::len(saved);
        if n != 0 && index % n != 0 {
            let setstate = vm.getattr_str(it, "__setstate__")?;
            vm.call1(setstate, int::from_usize(index % n))?;
        }
        let st = tuple::new(&[saved, objmodel::true_()]);
        return Ok(reduction(cls_of(&a), &[it], st));
    }
    let st = tuple::new(&[saved, objmodel::bool_(firstpass)]);
    Ok(reduction(cls_of(&a), &[it], st))
}

fn cycle_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setstate__", 2, 2)?;
    let s = this::<Cycle>(vm, a.get(0), "cycle")?;
    let st = a.at(1);
    let items = if tuple::is_tuple(st) { tuple::items(st) } else { &[] };
    if items.len() != 2 || !list::is_list(items[0]) || !int::is_int(items[1]) {
        return Err(vm.type_error("invalid state tuple"));
    }
    let firstpass = vm.truthy(items[1])?;
    let mut g = s.lock();
    g.saved = items[0];
    g.firstpass = firstpass;
    g.index = 0;
    Ok(objmodel::none())
}

fn repeat_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Repeat>(vm, a.get(0), "repeat")?;
    let (obj, times) = {
        let g = s.lock();
        (g.obj, g.times)
    };
    Ok(match times {
        Some(n) => reduction(cls_of(&a), &[obj, int::from_i64(n)], Value::NULL),
        None => reduction(cls_of(&a), &[obj], Value::NULL),
    })
}

fn chain_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Chain>(vm, a.get(0), "chain")?;
    let (source, active) = {
        let g = s.lock();
        (g.source, g.active)
    };
    Ok(if source.is_null() {
        reduction(cls_of(&a), &[], Value::NULL)
    } else if active.is_null() {
        reduction(cls_of(&a), &[], tuple::new(&[source]))
    } else {
        reduction(cls_of(&a), &[], tuple::new(&[source, active]))
    })
}

fn chain_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setstate__", 2, 2)?;
    let s = this::<Chain>(vm, a.get(0), "chain")?;
    let st = a.at(1);
    if !tuple::is_tuple(st) {
        return Err(vm.type_error("state is not a tuple"));
    }
    let items = tuple::items(st);
    if items.is_empty() || items.len() > 2 {
        return Err(vm.type_error(format!("setstate() takes 1 or 2 arguments ({} given)", items.len())));
    }
    for v in items {
        if vm.lookup_type_cached(v.class(), vm.rt.names.__next__).is_none() {
            return Err(vm.type_error("Arguments must be iterators."));
        }
    }
    let mut g = s.lock();
    g.source = items[0];
    g.active = items.get(1).copied().unwrap_or(Value::NULL);
    Ok(objmodel::none())
}

fn islice_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Islice>(vm, a.get(0), "islice")?;
    let (it, next, stop, step, cnt) = {
        let g = s.lock();
        (g.it, g.next, g.stop, g.step, g.cnt)
    };
    if it.is_null() {
        // Exhausted: CPython's `(islice, (iter([]), 0), 0)`.
        let e = vm.iter(list::new_list(&[]))?;
        return Ok(reduction(cls_of(&a), &[e, Value::small(0)], Value::small(0)));
    }
    let stop = if stop == -1 { objmodel::none() } else { int::from_i64(stop) };
    Ok(reduction(cls_of(&a), &[it, int::from_i64(next), stop, int::from_i64(step)], int::from_i64(cnt)))
}

fn islice_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setstate__", 2, 2)?;
    let s = this::<Islice>(vm, a.get(0), "islice")?;
    let n = state_int(vm, a.at(1))?;
    s.lock().cnt = n;
    Ok(objmodel::none())
}

fn accumulate_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Accumulate>(vm, a.get(0), "accumulate")?;
    let (it, func, total, initial) = {
        let g = s.lock();
        (g.it, g.func, g.total, g.initial)
    };
    let func = if func.is_null() { objmodel::none() } else { func };
    if !initial.is_null() {
        // The initial value is still to come: chain it in front of the source.
        let chained = vm.call(t(T::chain).as_value(), Args::new(&[tuple::new(&[initial]), it]))?;
        return Ok(reduction(cls_of(&a), &[chained, func], objmodel::none()));
    }
    let total = if total.is_null() { objmodel::none() } else { total };
    Ok(reduction(cls_of(&a), &[it, func], total))
}

fn accumulate_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setstate__", 2, 2)?;
    let s = this::<Accumulate>(vm, a.get(0), "accumulate")?;
    let v = a.at(1);
    s.lock().total = if v.is_none() { Value::NULL } else { v };
    Ok(objmodel::none())
}

fn zip_longest_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<ZipLongest>(vm, a.get(0), "zip_longest")?;
    let (its, done, fill) = {
        let g = s.lock();
        (g.its, g.done.clone(), g.fill)
    };
    // Exhausted sources become empty tuples, as in CPython's zip_longest_reduce.
    let args: Vec<Value> = tuple::items(its).iter().zip(done).map(|(it, d)| if d { tuple::empty() } else { *it }).collect();
    Ok(reduction(cls_of(&a), &args, fill))
}

fn zip_longest_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setstate__", 2, 2)?;
    let s = this::<ZipLongest>(vm, a.get(0), "zip_longest")?;
    s.lock().fill = a.at(1);
    Ok(objmodel::none())
}

/// starmap / filterfalse: `(cls, (func, it))`; compress: `(cls, (data, selectors))`;
/// takewhile / dropwhile add their flag as the state.
fn simple_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let name = a.get(0).map(|v| v.class().name_str().to_string()).unwrap_or_default();
    let s = this::<Simple>(vm, a.get(0), &name)?;
    let (func, it, flag) = {
        let g = s.lock();
        (g.func, g.it, g.flag)
    };
    let cls = a.at(0).class();
    Ok(if cls.is(t(T::compress)) {
        reduction(cls.as_value(), &[it, func], Value::NULL)
    } else if cls.is(t(T::takewhile)) || cls.is(t(T::dropwhile)) {
        reduction(cls.as_value(), &[func, it], Value::small(flag as i64))
    } else {
        reduction(cls.as_value(), &[func, it], Value::NULL)
    })
}

fn flag_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setstate__", 2, 2)?;
    let name = a.get(0).map(|v| v.class().name_str().to_string()).unwrap_or_default();
    let s = this::<Simple>(vm, a.get(0), &name)?;
    let flag = vm.truthy(a.at(1))?;
    s.lock().flag = flag;
    Ok(objmodel::none())
}

fn usize_tuple(v: &[usize]) -> Value {
    let items: Vec<Value> = v.iter().map(|&i| int::from_usize(i)).collect();
    tuple::new(&items)
}

/// The indices of a combinatoric `__setstate__`: a tuple of `n` ints, each clamped by `clamp`
/// (its position, its value).
fn state_indices(vm: &mut Vm, st: Value, n: usize, clamp: impl Fn(usize, i64) -> usize) -> PyResult<Vec<usize>> {
    if !tuple::is_tuple(st) || tuple::items(st).len() != n {
        return Err(vm.value_error("invalid arguments"));
    }
    let mut out = Vec::with_capacity(n);
    for (i, v) in tuple::items(st).iter().enumerate() {
        let x = vm.index_value(*v)?;
        out.push(clamp(i, x));
    }
    Ok(out)
}

/// product / permutations / combinations / combinations_with_replacement: the pool(s) and, once
/// started, the index state (CPython's `product_reduce`, `permutations_reduce`...).
fn comb_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let name = a.get(0).map(|v| v.class().name_str().to_string()).unwrap_or_default();
    let s = this::<Comb>(vm, a.get(0), &name)?;
    let (pools, indices, cycles, r, started, stopped) = {
        let g = s.lock();
        (g.pools, g.indices.clone(), g.cycles.clone(), g.r, g.started, g.stopped)
    };
    let cls = a.at(0).class();
    let rv = int::from_usize(r);
    if cls.is(t(T::product)) {
        return Ok(if stopped {
            reduction(cls.as_value(), &[tuple::empty()], Value::NULL)
        } else if !started {
            tuple::new(&[cls.as_value(), pools])
        } else {
            tuple::new(&[cls.as_value(), pools, usize_tuple(&indices)])
        });
    }
    Ok(if !started {
        reduction(cls.as_value(), &[pools, rv], Value::NULL)
    } else if stopped {
        reduction(cls.as_value(), &[tuple::empty(), rv], Value::NULL)
    } else if cls.is(t(T::permutations)) {
        reduction(cls.as_value(), &[pools, rv], tuple::new(&[usize_tuple(&indices), usize_tuple(&cycles)]))
    } else {
        reduction(cls.as_value(), &[pools, rv], usize_tuple(&indices))
    })
}

fn comb_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setstate__", 2, 2)?;
    let name = a.get(0).map(|v| v.class().name_str().to_string()).unwrap_or_default();
    let s = this::<Comb>(vm, a.get(0), &name)?;
    let (pools, r) = {
        let g = s.lock();
        (g.pools, g.r)
    };
    let cls = a.at(0).class();
    let st = a.at(1);
    let clamp = |x: i64, lo: usize, hi: usize| (x.max(lo as i64) as usize).min(hi);
    if cls.is(t(T::product)) {
        let sizes: Vec<usize> = tuple::items(pools).iter().map(|p| tuple::items(*p).len()).collect();
        if !tuple::is_tuple(st) || tuple::items(st).len() != sizes.len() {
            return Err(vm.value_error("invalid arguments"));
        }
        if sizes.contains(&0) {
            s.lock().stopped = true;
            return Ok(objmodel::none());
        }
        let idx = state_indices(vm, st, sizes.len(), |i, x| clamp(x, 0, sizes[i] - 1))?;
        let mut g = s.lock();
        g.indices = idx;
        g.started = true;
        return Ok(objmodel::none());
    }
    let n = tuple::items(pools).len();
    if cls.is(t(T::permutations)) {
        let items = if tuple::is_tuple(st) { tuple::items(st) } else { &[] };
        if items.len() != 2 || n == 0 {
            return Err(vm.value_error("invalid arguments"));
        }
        let idx = state_indices(vm, items[0], n, |_, x| clamp(x, 0, n - 1))?;
        let cyc = state_indices(vm, items[1], r, |i, x| clamp(x, 1, n - i))?;
        let mut g = s.lock();
        g.indices = idx;
        g.cycles = cyc;
        g.started = true;
        return Ok(objmodel::none());
    }
    let combinations = cls.is(t(T::combinations));
    let idx = state_indices(vm, st, r, |i, x| {
        let hi = if combinations { (i + n).saturating_sub(r) } else { n.saturating_sub(1) };
        clamp(x, 0, hi)
    })?;
    let mut g = s.lock();
    g.indices = idx;
    g.started = true;
    Ok(objmodel::none())
}

/// `(groupby, (it, keyfunc))`, with `(currkey, currvalue, tgtkey)` as the state once started.
fn groupby_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<GroupBy>(vm, a.get(0), "groupby")?;
    let (it, keyfunc, tgtkey, currkey, currvalue) = {
        let g = s.lock();
        (g.it, g.keyfunc, g.tgtkey, g.currkey, g.currvalue)
    };
    let keyfunc = if keyfunc.is_null() { objmodel::none() } else { keyfunc };
    let state = if !tgtkey.is_null() && !currkey.is_null() && !currvalue.is_null() {
        tuple::new(&[currkey, currvalue, tgtkey])
    } else {
        Value::NULL
    };
    Ok(reduction(cls_of(&a), &[it, keyfunc], state))
}

fn groupby_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setstate__", 2, 2)?;
    let s = this::<GroupBy>(vm, a.get(0), "groupby")?;
    let st = a.at(1);
    let items = if tuple::is_tuple(st) { tuple::items(st) } else { &[] };
    if items.len() != 3 {
        return Err(vm.type_error("state is not a tuple"));
    }
    let mut g = s.lock();
    g.currkey = items[0];
    g.currvalue = items[1];
    g.tgtkey = items[2];
    Ok(objmodel::none())
}

pub(super) fn init() {
    crate::objects::define::method(t(T::groupby), "__reduce__", groupby_reduce);
    crate::objects::define::method(t(T::groupby), "__setstate__", groupby_setstate);
    for w in [T::product, T::permutations, T::combinations, T::combinations_with_replacement] {
        crate::objects::define::method(t(w), "__reduce__", comb_reduce);
        crate::objects::define::method(t(w), "__setstate__", comb_setstate);
    }
    use crate::objects::define::method;
    method(t(T::cycle), "__reduce__", cycle_reduce);
    method(t(T::cycle), "__setstate__", cycle_setstate);
    method(t(T::repeat), "__reduce__", repeat_reduce);
    method(t(T::chain), "__reduce__", chain_reduce);
    method(t(T::chain), "__setstate__", chain_setstate);
    method(t(T::islice), "__reduce__", islice_reduce);
    method(t(T::islice), "__setstate__", islice_setstate);
    method(t(T::accumulate), "__reduce__", accumulate_reduce);
    method(t(T::accumulate), "__setstate__", accumulate_setstate);
    method(t(T::zip_longest), "__reduce__", zip_longest_reduce);
    method(t(T::zip_longest), "__setstate__", zip_longest_setstate);
    for w in [T::starmap, T::filterfalse, T::compress, T::takewhile, T::dropwhile] {
        method(t(w), "__reduce__", simple_reduce);
    }
    method(t(T::takewhile), "__setstate__", flag_setstate);
    method(t(T::dropwhile), "__setstate__", flag_setstate);
}

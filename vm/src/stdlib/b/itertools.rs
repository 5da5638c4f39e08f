//! `itertools`, native: every iterator is a native object whose state sits behind a mutex (see
//! `super`); `__next__` copies what it needs out of the state, calls into Python without the
//! lock, and stores the new state afterwards.

use std::sync::OnceLock;

use objmodel::{TypeObj, Value};

use super::{Cell, Trace, new_obj, new_type, set_new, this};

mod reduce;
use crate::args::Args;
use crate::bytecode::BinOp;
use crate::error::PyResult;
use crate::objects::{int, list, tuple, type_};
use crate::vm::Vm;

fn vis(v: Value, f: &mut dyn FnMut(Value)) {
    if !v.is_null() {
        f(v)
    }
}

macro_rules! types {
    ($($id:ident),*) => {
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        #[repr(usize)]
        enum T { $($id),* }
        const NAMES: &[&str] = &[$(stringify!($id)),*];
    };
}
types!(
    count, cycle, repeat, chain, islice, product, permutations, combinations, combinations_with_replacement,
    accumulate, groupby, _grouper, zip_longest, starmap, takewhile, dropwhile, _tee, _tee_dataobject, compress,
    filterfalse, pairwise
);

static TYPES: OnceLock<Vec<usize>> = OnceLock::new();

fn t(which: T) -> &'static TypeObj {
    type_::as_type(Value::from_raw(TYPES.get().expect("itertools types")[which as usize]))
}

fn cls_arg(vm: &mut Vm, a: &Args) -> PyResult<&'static TypeObj> {
    match a.get(0).and_then(type_::try_type) {
        Some(c) => Ok(c),
        None => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

fn stop(vm: &mut Vm) -> crate::error::PyErr {
    vm.stop_iteration(Value::NULL)
}

fn opt(v: Value) -> Option<Value> {
    if v.is_null() || v.is_none() { None } else { Some(v) }
}

// ---------------------------------------------------------------- count

struct Count {
    cnt: Value,
    step: Value,
}
impl Trace for Count {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        vis(self.cnt, f);
        vis(self.step, f);
    }
}

fn is_number(vm: &mut Vm, v: Value) -> bool {
    if crate::ops::arith::as_num(v).is_some() {
        return true;
    }
    // CPython's PyNumber_Check: an `__index__`, `__int__` or `__float__` slot, or a complex.
    let c = v.class();
    ["__index__", "__int__", "__float__", "__complex__"].iter().any(|n| {
        let n = vm.intern(n);
        vm.lookup_type_cached(c, n).is_some()
    })
}

fn count_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let [start, step] = a.rest().bind(vm, "count", ["start", "step"], 2, 0)?;
    let start = if start.is_null() { Value::small(0) } else { start };
    let step = if step.is_null() { Value::small(1) } else { step };
    if !is_number(vm, start) || !is_number(vm, step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(new_obj(cls, Count { cnt: start, step }))
}

fn count_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Count>(vm, a.get(0), "count")?;
    let (cnt, step) = {
        let mut g = s.lock();
        if let (Some(c), Some(st)) = (g.cnt.as_small(), g.step.as_small())
            && let Some(n) = c.checked_add(st)
            && n.abs() < (1 << 61)
        {
            g.cnt = Value::small(n);
            return Ok(Value::small(c));
        }
        (g.cnt, g.step)
    };
    let n = vm.binary_op(BinOp::Add, cnt, step)?;
    s.lock().cnt = n;
    Ok(cnt)
}

fn count_repr(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Count>(vm, a.get(0), "count")?;
    let (cnt, step) = {
        let g = s.lock();
        (g.cnt, g.step)
    };
    let name = a.at(0).class().name_str().to_string();
    let c = vm.repr_string(cnt)?;
    let step_is_one = int::is_int(step) && !step.class().is(vm.rt.types.bool_) && int::to_i64(step) == Some(1);
    if step_is_one {
        Ok(crate::objects::str::new(&format!("{name}({c})")))
    } else {
        let st = vm.repr_string(step)?;
        Ok(crate::objects::str::new(&format!("{name}({c}, {st})")))
    }
}

/// `count.__reduce__()`: `(type, (cnt,))`, or `(type, (cnt, step))` when the step is not 1,
/// as CPython's count_reduce gives it (what `copy` and `pickle` rebuild the counter from).
fn count_reduce(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Count>(vm, a.get(0), "count")?;
    let (cnt, step) = {
        let g = s.lock();
        (g.cnt, g.step)
    };
    let step_is_one = int::is_int(step) && !step.class().is(vm.rt.types.bool_) && int::to_i64(step) == Some(1);
    let args = if step_is_one { crate::objects::tuple::new(&[cnt]) } else { crate::objects::tuple::new(&[cnt, step]) };
    Ok(crate::objects::tuple::new(&[a.at(0).class_value(), args]))
}

// ---------------------------------------------------------------- cycle

struct Cycle {
    it: Value,
    saved: Value,
    index: usize,
    /// The source's items are in `saved` already (set by `__setstate__`): do not save them
    /// again, as CPython's `firstpass`.
    firstpass: bool,
}
impl Trace for Cycle {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        vis(self.it, f);
        vis(self.saved, f);
    }
}

fn cycle_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    a.rest().check(vm, "cycle", 1, 1)?;
    let it = vm.iter(a.at(1))?;
    Ok(new_obj(cls, Cycle { it, saved: list::new_list(&[]), index: 0, firstpass: false }))
}

fn cycle_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Cycle>(vm, a.get(0), "cycle")?;
    let (it, saved, firstpass) = {
        let g = s.lock();
        (g.it, g.saved, g.firstpass)
    };
    if !it.is_null() {
        match vm.next(it)? {
            Some(v) => {
                if !firstpass {
                    list::append(saved, v);
                }
                return Ok(v);
            }
            None => s.lock().it = Value::NULL,
        }
    }
    let n = list::len(saved);
    if n == 0 {
        return Err(stop(vm));
    }
    let mut g = s.lock();
    let i = g.index % n;
    g.index = i + 1;
    Ok(list::get(saved, i).unwrap_or_else(objmodel::none))
}

// ---------------------------------------------------------------- repeat

struct Repeat {
    obj: Value,
    /// None: forever.
    times: Option<i64>,
}
impl Trace for Repeat {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        vis(self.obj, f);
    }
}

fn repeat_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let [obj, times] = a.rest().bind(vm, "repeat", ["object", "times"], 2, 1)?;
    let times = if times.is_null() { None } else { Some(vm.index_value(times)?.max(0)) };
    Ok(new_obj(cls, Repeat { obj, times }))
}

fn repeat_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Repeat>(vm, a.get(0), "repeat")?;
    let mut g = s.lock();
    match g.times {
        None => Ok(g.obj),
        Some(0) => {
            drop(g);
            Err(stop(vm))
        }
        Some(n) => {
            g.times = Some(n - 1);
            Ok(g.obj)
        }
    }
}

fn repeat_repr(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Repeat>(vm, a.get(0), "repeat")?;
    let (obj, times) = {
        let g = s.lock();
        (g.obj, g.times)
    };
    let name = a.at(0).class().name_str().to_string();
    let r = vm.repr_string(obj)?;
    Ok(crate::objects::str::new(&match times {
        None => format!("{name}({r})"),
        Some(n) => format!("{name}({r}, {n})"),
    }))
}

fn repeat_length_hint(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Repeat>(vm, a.get(0), "repeat")?;
    let times = s.lock().times;
    match times {
        None => Err(vm.type_error("len() of unsized object")),
        Some(n) => Ok(int::from_i64(n)),
    }
}

// ---------------------------------------------------------------- chain

struct Chain {
    source: Value,
    active: Value,
}
impl Trace for Chain {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        vis(self.source, f);
        vis(self.active, f);
    }
}

fn chain_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    if a.has_kw() && cls.is(t(T::chain)) {
        return Err(vm.type_error("chain() takes no keyword arguments"));
    }
    let src = tuple::new(&a.pos[1..]);
    let source = vm.iter(src)?;
    Ok(new_obj(cls, Chain { source, active: Value::NULL }))
}

fn chain_from_iterable(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    a.rest().check(vm, "from_iterable", 1, 1)?;
    let source = vm.iter(a.at(1))?;
    Ok(new_obj(cls, Chain { source, active: Value::NULL }))
}

fn chain_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Chain>(vm, a.get(0), "chain")?;
    loop {
        let (source, active) = {
            let g = s.lock();
            (g.source, g.active)
        };
        if active.is_null() {
            if source.is_null() {
                return Err(stop(vm));
            }
            match vm.next(source)? {
                None => {
                    s.lock().source = Value::NULL;
                    return Err(stop(vm));
                }
                Some(x) => {
                    let it = vm.iter(x)?;
                    s.lock().active = it;
                    continue;
                }
            }
        }
        match vm.next(active)? {
            Some(v) => return Ok(v),
            None => {
                let mut g = s.lock();
                if g.active.is(active) {
                    g.active = Value::NULL;
                }
            }
        }
    }
}

// ---------------------------------------------------------------- islice

struct Islice {
    it: Value,
    next: i64,
    /// -1: no stop.
    stop: i64,
    step: i64,
    cnt: i64,
}
impl Trace for Islice {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        vis(self.it, f);
    }
}

fn islice_arg(vm: &mut Vm, v: Value, msg: &str) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    let ok = int::is_int(v) || vm.lookup_type_cached(v.class(), vm.rt.names.__index__).is_some();
    if !ok {
        return Err(vm.value_error(msg));
    }
    let i = vm.index(v)?;
    match int::to_i64(i) {
        Some(x) if x >= 0 => Ok(Some(x)),
        Some(_) => Err(vm.value_error(msg)),
        None if int::sign(i) > 0 => Ok(Some(i64::MAX)),
        None => Err(vm.value_error(msg)),
    }
}

fn islice_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let r = a.rest();
    if r.has_kw() && cls.is(t(T::islice)) {
        return Err(vm.type_error("islice() takes no keyword arguments"));
    }
    let n = r.pos.len();
    if n < 2 {
        return Err(vm.type_error(format!("islice expected at least 2 arguments, got {n}")));
    }
    if n > 4 {
        return Err(vm.type_error(format!("islice expected at most 4 arguments, got {n}")));
    }
    const IDX: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step);
    if n == 2 {
        start = 0;
        stop = islice_arg(vm, r.pos[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")?;
        step = 1;
    } else {
        let s0 = islice_arg(vm, r.pos[1], IDX)?;
        let s1 = islice_arg(vm, r.pos[2], IDX)?;
        let s2 = if n == 4 {
            if r.pos[3].is_none() {
                None
            } else {
                let ok = int::is_int(r.pos[3]) || vm.lookup_type_cached(r.pos[3].class(), vm.rt.names.__index__).is_some();
                if !ok {
                    return Err(vm.value_error("Step for islice() must be a positive integer or None."));
                }
                let x = vm.index_value(r.pos[3]).unwrap_or(-1);
                if x <= 0 {
                    return Err(vm.value_error("Step for islice() must be a positive integer or None."));
                }
                Some(x)
            }
        } else {
            None
        };
        start = s0.unwrap_or(0);
        stop = s1;
        step = s2.unwrap_or(1);
    }
    let it = vm.iter(r.pos[0])?;
    Ok(new_obj(cls, Islice { it, next: start, stop: stop.unwrap_or(-1), step, cnt: 0 }))
}

fn islice_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Islice>(vm, a.get(0), "islice")?;
    loop {
        let (it, cnt, next, stop_at) = {
            let g = s.lock();
            (g.it, g.cnt, g.next, g.stop)
        };
        if it.is_null() {
            return Err(stop(vm));
        }
        if cnt < next {
            match vm.next(it)? {
                Some(_) => {
                    s.lock().cnt += 1;
                    continue;
                }
                None => {
                    s.lock().it = Value::NULL;
                    return Err(stop(vm));
                }
            }
        }
        if stop_at != -1 && cnt >= stop_at {
            s.lock().it = Value::NULL;
            return Err(stop(vm));
        }
        match vm.next(it)? {
            Some(v) => {
                let mut g = s.lock();
                g.cnt += 1;
                let old = g.next;
                g.next = g.next.saturating_add(g.step);
                if g.next < old || (g.stop != -1 && g.next > g.stop) {
                    g.next = g.stop;
                }
                return Ok(v);
            }
            None => {
                s.lock().it = Value::NULL;
                return Err(stop(vm));
            }
        }
    }
}

// ---------------------------------------------------------------- combinatorics

/// product/permutations/combinations state: the pool(s) as tuples, the index vector, and
/// whether the first result was produced.
struct Comb {
    /// product: tuple of tuples; others: the pool tuple.
    pools: Value,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    r: usize,
    started: bool,
    stopped: bool,
}
impl Trace for Comb {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        vis(self.pools, f);
    }
}

fn product_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let mut repeat = 1i64;
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let kn = crate::objects::str::as_str(*k).unwrap_or("");
        if kn != "repeat" {
            return Err(vm.type_error(format!("'{kn}' is an invalid keyword argument for product()")));
        }
        repeat = vm.index_value(*v)?;
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let acc = list::new_list(&[]);
    for x in &a.pos[1..] {
        let items = vm.collect(*x)?;
        list::append(acc, tuple::new(&items));
    }
    let one = list::to_vec(acc);
    let mut all = Vec::with_capacity(one.len() * repeat as usize);
    for _ in 0..repeat {
        all.extend_from_slice(&one);
    }
    let pools = tuple::new(&all);
    let n = all.len();
    Ok(new_obj(cls, Comb { pools, indices: vec![0; n], cycles: Vec::new(), r: n, started: false, stopped: false }))
}

fn product_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Comb>(vm, a.get(0), "product")?;
    let mut g = s.lock();
    if g.stopped {
        drop(g);
        return Err(stop(vm));
    }
    let pools = tuple::items(g.pools);
    if !g.started {
        g.started = true;
        if pools.iter().any(|p| tuple::items(*p).is_empty()) {
            g.stopped = true;
            drop(g);
            return Err(stop(vm));
        }
    } else {
        // Advance the rightmost index that is not at its end; reset those after it.
        let mut i = pools.len();
        loop {
            if i == 0 {
                g.stopped = true;
                drop(g);
                return Err(stop(vm));
            }
            i -= 1;
            let n = tuple::items(pools[i]).len();
            g.indices[i] += 1;
            if g.indices[i] < n {
                break;
            }
            g.indices[i] = 0;
        }
    }
    let idx = &g.indices;
    Ok(tuple_of(pools.len(), |i| tuple::items(pools[i])[idx[i]]))
}

/// A tuple of `n` items produced by `f` (no heap buffer for small tuples).
fn tuple_of(n: usize, f: impl Fn(usize) -> Value) -> Value {
    if n <= 16 {
        let mut buf = [Value::NULL; 16];
        for (i, slot) in buf.iter_mut().enumerate().take(n) {
            *slot = f(i);
        }
        tuple::new(&buf[..n])
    } else {
        let v: Vec<Value> = (0..n).map(f).collect();
        tuple::new(&v)
    }
}

fn r_arg(vm: &mut Vm, r: Value) -> PyResult<usize> {
    if !int::is_int(r) {
        return Err(vm.type_error("Expected int as r"));
    }
    let x = vm.index_value(r)?;
    if x < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(x as usize)
}

fn pool_of(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let items = vm.collect(it)?;
    Ok(tuple::new(&items))
}

fn permutations_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let [it, r] = a.rest().bind(vm, "permutations", ["iterable", "r"], 2, 1)?;
    let pool = pool_of(vm, it)?;
    let n = tuple::items(pool).len();
    let r = if r.is_null() || r.is_none() { n } else { r_arg(vm, r)? };
    let cycles = if r <= n { (0..r).map(|i| n - i).collect() } else { Vec::new() };
    Ok(new_obj(cls, Comb { pools: pool, indices: (0..n).collect(), cycles, r, started: false, stopped: r > n }))
}

fn permutations_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Comb>(vm, a.get(0), "permutations")?;
    let mut g = s.lock();
    if g.stopped {
        drop(g);
        return Err(stop(vm));
    }
    let pool = tuple::items(g.pools);
    let n = pool.len();
    let r = g.r;
    if !g.started {
        g.started = true;
    } else {
        if n == 0 {
            g.stopped = true;
            drop(g);
            return Err(stop(vm));
        }
        let mut i = r;
        let mut advanced = false;
        while i > 0 {
            i -= 1;
            g.cycles[i] -= 1;
            if g.cycles[i] == 0 {
                // Rotate indices[i:] left by one.
                let idx = &mut g.indices;
                let first = idx[i];
                idx.copy_within(i + 1.., i);
                idx[n - 1] = first;
                g.cycles[i] = n - i;
            } else {
                let j = g.cycles[i];
                g.indices.swap(i, n - j);
                advanced = true;
                break;
            }
        }
        if !advanced {
            g.stopped = true;
            drop(g);
            return Err(stop(vm));
        }
    }
    let idx = &g.indices;
    Ok(tuple_of(r, |i| pool[idx[i]]))
}

fn combinations_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let [it, r] = a.rest().bind(vm, "combinations", ["iterable", "r"], 2, 2)?;
    let pool = pool_of(vm, it)?;
    let r = r_arg(vm, r)?;
    let n = tuple::items(pool).len();
    Ok(new_obj(cls, Comb { pools: pool, indices: (0..r).collect(), cycles: Vec::new(), r, started: false, stopped: r > n }))
}

fn combinations_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Comb>(vm, a.get(0), "combinations")?;
    let mut g = s.lock();
    if g.stopped {
        drop(g);
        return Err(stop(vm));
    }
    let pool = tuple::items(g.pools);
    let n = pool.len();
    let r = g.r;
    if !g.started {
        g.started = true;
    } else {
        // Find the rightmost index that can be incremented.
        let mut i = r;
        let mut found = None;
        while i > 0 {
            i -= 1;
            if g.indices[i] != i + n - r {
                found = Some(i);
                break;
            }
        }
        let Some(i) = found else {
            g.stopped = true;
            drop(g);
            return Err(stop(vm));
        };
        g.indices[i] += 1;
        for j in i + 1..r {
            g.indices[j] = g.indices[j - 1] + 1;
        }
    }
    let idx = &g.indices;
    Ok(tuple_of(idx.len(), |i| pool[idx[i]]))
}

fn cwr_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let [it, r] = a.rest().bind(vm, "combinations_with_replacement", ["iterable", "r"], 2, 2)?;
    let pool = pool_of(vm, it)?;
    let r = r_arg(vm, r)?;
    let n = tuple::items(pool).len();
    Ok(new_obj(cls, Comb { pools: pool, indices: vec![0; r], cycles: Vec::new(), r, started: false, stopped: n == 0 && r > 0 }))
}

fn cwr_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Comb>(vm, a.get(0), "combinations_with_replacement")?;
    let mut g = s.lock();
    if g.stopped {
        drop(g);
        return Err(stop(vm));
    }
    let pool = tuple::items(g.pools);
    let n = pool.len();
    let r = g.r;
    if !g.started {
        g.started = true;
    } else {
        let mut i = r;
        let mut found = None;
        while i > 0 {
            i -= 1;
            if g.indices[i] != n - 1 {
                found = Some(i);
                break;
            }
        }
        let Some(i) = found else {
            g.stopped = true;
            drop(g);
            return Err(stop(vm));
        };
        let v = g.indices[i] + 1;
        for j in i..r {
            g.indices[j] = v;
        }
    }
    let idx = &g.indices;
    Ok(tuple_of(idx.len(), |i| pool[idx[i]]))
}

// ---------------------------------------------------------------- accumulate

struct Accumulate {
    it: Value,
    func: Value,
    total: Value,
    initial: Value,
}
impl Trace for Accumulate {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        vis(self.it, f);
        vis(self.func, f);
        vis(self.total, f);
        vis(self.initial, f);
    }
}

fn accumulate_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let [it, func, initial] = a.rest().bind(vm, "accumulate", ["iterable", "func", "initial"], 2, 1)?;
    let it = vm.iter(it)?;
    let func = opt(func).unwrap_or(Value::NULL);
    let initial = opt(initial).unwrap_or(Value::NULL);
    Ok(new_obj(cls, Accumulate { it, func, total: Value::NULL, initial }))
}

fn accumulate_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Accumulate>(vm, a.get(0), "accumulate")?;
    let (it, func, total) = {
        let mut g = s.lock();
        if !g.initial.is_null() {
            let v = g.initial;
            g.initial = Value::NULL;
            g.total = v;
            return Ok(v);
        }
        (g.it, g.func, g.total)
    };
    let Some(v) = vm.next(it)? else { return Err(stop(vm)) };
    let nt = if total.is_null() {
        v
    } else if func.is_null() {
        vm.binary_op(BinOp::Add, total, v)?
    } else {
        vm.call2(func, total, v)?
    };
    s.lock().total = nt;
    Ok(nt)
}

// ---------------------------------------------------------------- groupby

struct GroupBy {
    it: Value,
    keyfunc: Value,
    tgtkey: Value,
    currkey: Value,
    currvalue: Value,
    currgrouper: Value,
}
impl Trace for GroupBy {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        for v in [self.it, self.keyfunc, self.tgtkey, self.currkey, self.currvalue, self.currgrouper] {
            vis(v, f);
        }
    }
}

struct Grouper {
    parent: Value,
    tgtkey: Value,
}
impl Trace for Grouper {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        vis(self.parent, f);
        vis(self.tgtkey, f);
    }
}

fn groupby_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let [it, key] = a.rest().bind(vm, "groupby", ["iterable", "key"], 2, 1)?;
    let it = vm.iter(it)?;
    let n = Value::NULL;
    Ok(new_obj(
        cls,
        GroupBy { it, keyfunc: opt(key).unwrap_or(n), tgtkey: n, currkey: n, currvalue: n, currgrouper: n },
    ))
}

/// Advance the groupby: false when the source is exhausted.
fn groupby_step(vm: &mut Vm, s: &Cell<GroupBy>) -> PyResult<bool> {
    let (it, keyfunc) = {
        let g = s.lock();
        (g.it, g.keyfunc)
    };
    let Some(v) = vm.next(it)? else { return Ok(false) };
    let k = if keyfunc.is_null() { v } else { vm.call1(keyfunc, v)? };
    let mut g = s.lock();
    g.currvalue = v;
    g.currkey = k;
    Ok(true)
}

fn groupby_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<GroupBy>(vm, a.get(0), "groupby")?;
    s.lock().currgrouper = Value::NULL;
    loop {
        let (currkey, tgtkey) = {
            let g = s.lock();
            (g.currkey, g.tgtkey)
        };
        if currkey.is_null() {
        } else if tgtkey.is_null() || !vm.eq(tgtkey, currkey)? {
            break;
        }
        if !groupby_step(vm, s)? {
            return Err(stop(vm));
        }
    }
    let currkey = {
        let mut g = s.lock();
        g.tgtkey = g.currkey;
        g.currkey
    };
    let grouper = new_obj(t(T::_grouper), Grouper { parent: a.at(0), tgtkey: currkey });
    s.lock().currgrouper = grouper;
    Ok(tuple::new(&[currkey, grouper]))
}

fn grouper_next(vm: &mut Vm, a: Args) -> PyResult {
    let me = a.at(0);
    let gs = this::<Grouper>(vm, Some(me), "_grouper")?;
    let (parent, tgtkey) = {
        let g = gs.lock();
        (g.parent, g.tgtkey)
    };
    let s = this::<GroupBy>(vm, Some(parent), "groupby")?;
    let (cg, cv) = {
        let g = s.lock();
        (g.currgrouper, g.currvalue)
    };
    if !cg.is(me) {
        return Err(stop(vm));
    }
    if cv.is_null() && !groupby_step(vm, s)? {
        return Err(stop(vm));
    }
    let currkey = s.lock().currkey;
    if !vm.eq(tgtkey, currkey)? {
        return Err(stop(vm));
    }
    let mut g = s.lock();
    let r = g.currvalue;
    g.currvalue = Value::NULL;
    Ok(r)
}

// ---------------------------------------------------------------- zip_longest

struct ZipLongest {
    /// tuple of iterators; exhausted ones are tracked in `done`.
    its: Value,
    done: Vec<bool>,
    active: usize,
    fill: Value,
}
impl Trace for ZipLongest {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        vis(self.its, f);
        vis(self.fill, f);
    }
}

fn zip_longest_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let mut fill = objmodel::none();
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let kn = crate::objects::str::as_str(*k).unwrap_or("");
        if kn != "fillvalue" {
            // CPython 3.11 names no keyword here.
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = *v;
    }
    let acc = list::new_list(&[]);
    for x in &a.pos[1..] {
        let it = vm.iter(*x)?;
        list::append(acc, it);
    }
    let its = tuple::new(&list::to_vec(acc));
    let n = tuple::items(its).len();
    Ok(new_obj(cls, ZipLongest { its, done: vec![false; n], active: n, fill }))
}

fn zip_longest_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<ZipLongest>(vm, a.get(0), "zip_longest")?;
    let (its, fill) = {
        let g = s.lock();
        if g.active == 0 {
            drop(g);
            return Err(stop(vm));
        }
        (g.its, g.fill)
    };
    let items = tuple::items(its);
    let out = list::new_list(&[]);
    for (i, it) in items.iter().enumerate() {
        if s.lock().done[i] {
            list::append(out, fill);
            continue;
        }
        match vm.next(*it)? {
            Some(v) => list::append(out, v),
            None => {
                let mut g = s.lock();
                g.done[i] = true;
                g.active -= 1;
                if g.active == 0 {
                    drop(g);
                    return Err(stop(vm));
                }
                list::append(out, fill);
            }
        }
    }
    Ok(tuple::new(&list::to_vec(out)))
}

// ---------------------------------------------------------------- simple filters

/// starmap / takewhile / dropwhile / filterfalse / compress / pairwise: a function (or the
/// selectors / the previous item) and a source iterator.
struct Simple {
    func: Value,
    it: Value,
    flag: bool,
}
impl Trace for Simple {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        vis(self.func, f);
        vis(self.it, f);
    }
}

fn two_arg_new(vm: &mut Vm, a: Args, name: &str) -> PyResult<(Value, Value)> {
    let r = a.rest();
    r.no_kw(vm, name)?;
    r.check_pos(vm, name, 2, 2)?;
    let it = vm.iter(r.pos[1])?;
    Ok((r.pos[0], it))
}

fn starmap_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let (func, it) = two_arg_new(vm, a, "starmap")?;
    Ok(new_obj(cls, Simple { func, it, flag: false }))
}

fn starmap_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Simple>(vm, a.get(0), "starmap")?;
    let (func, it) = {
        let g = s.lock();
        (g.func, g.it)
    };
    let Some(v) = vm.next(it)? else { return Err(stop(vm)) };
    let args = if tuple::is_tuple(v) { v } else { tuple::new(&vm.collect(v)?) };
    vm.call(func, Args::new(tuple::items(args)))
}

fn takewhile_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let (func, it) = two_arg_new(vm, a, "takewhile")?;
    Ok(new_obj(cls, Simple { func, it, flag: false }))
}

fn takewhile_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Simple>(vm, a.get(0), "takewhile")?;
    let (func, it, stopped) = {
        let g = s.lock();
        (g.func, g.it, g.flag)
    };
    if stopped {
        return Err(stop(vm));
    }
    let Some(v) = vm.next(it)? else { return Err(stop(vm)) };
    let r = vm.call1(func, v)?;
    if vm.truthy(r)? {
        return Ok(v);
    }
    s.lock().flag = true;
    Err(stop(vm))
}

fn dropwhile_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let (func, it) = two_arg_new(vm, a, "dropwhile")?;
    Ok(new_obj(cls, Simple { func, it, flag: false }))
}

fn dropwhile_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Simple>(vm, a.get(0), "dropwhile")?;
    let (func, it) = {
        let g = s.lock();
        (g.func, g.it)
    };
    loop {
        let Some(v) = vm.next(it)? else { return Err(stop(vm)) };
        if s.lock().flag {
            return Ok(v);
        }
        let r = vm.call1(func, v)?;
        if !vm.truthy(r)? {
            s.lock().flag = true;
            return Ok(v);
        }
    }
}

fn filterfalse_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let (func, it) = two_arg_new(vm, a, "filterfalse")?;
    Ok(new_obj(cls, Simple { func, it, flag: false }))
}

fn filterfalse_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Simple>(vm, a.get(0), "filterfalse")?;
    let (func, it) = {
        let g = s.lock();
        (g.func, g.it)
    };
    loop {
        let Some(v) = vm.next(it)? else { return Err(stop(vm)) };
        let keep = if func.is_none() {
            !vm.truthy(v)?
        } else {
            let r = vm.call1(func, v)?;
            !vm.truthy(r)?
        };
        if keep {
            return Ok(v);
        }
    }
}

fn compress_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let [data, sel] = a.rest().bind(vm, "compress", ["data", "selectors"], 2, 2)?;
    let data = vm.iter(data)?;
    let sel = vm.iter(sel)?;
    Ok(new_obj(cls, Simple { func: sel, it: data, flag: false }))
}

fn compress_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Simple>(vm, a.get(0), "compress")?;
    let (sel, it) = {
        let g = s.lock();
        (g.func, g.it)
    };
    loop {
        let Some(v) = vm.next(it)? else { return Err(stop(vm)) };
        let Some(k) = vm.next(sel)? else { return Err(stop(vm)) };
        if vm.truthy(k)? {
            return Ok(v);
        }
    }
}

fn pairwise_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = cls_arg(vm, &a)?;
    let r = a.rest();
    r.no_kw(vm, "pairwise")?;
    r.check_pos(vm, "pairwise", 1, 1)?;
    let it = vm.iter(r.pos[0])?;
    Ok(new_obj(cls, Simple { func: Value::NULL, it, flag: false }))
}

fn pairwise_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Simple>(vm, a.get(0), "pairwise")?;
    let (old, it, done) = {
        let g = s.lock();
        (g.func, g.it, g.flag)
    };
    if done {
        return Err(stop(vm));
    }
    let old = if old.is_null() {
        match vm.next(it)? {
            Some(v) => v,
            None => {
                s.lock().flag = true;
                return Err(stop(vm));
            }
        }
    } else {
        old
    };
    match vm.next(it)? {
        Some(v) => {
            s.lock().func = v;
            Ok(tuple::new(&[old, v]))
        }
        None => {
            let mut g = s.lock();
            g.flag = true;
            g.func = Value::NULL;
            drop(g);
            Err(stop(vm))
        }
    }
}

// ---------------------------------------------------------------- tee

const TEE_BLOCK: usize = 57;

/// A block of values read from the shared source; `next` links to the following block.
struct TeeData {
    it: Value,
    values: Vec<Value>,
    next: Value,
    running: bool,
}
impl Trace for TeeData {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        vis(self.it, f);
        for v in &self.values {
            vis(*v, f);
        }
        vis(self.next, f);
    }
}

struct Tee {
    data: Value,
    index: usize,
}
impl Trace for Tee {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        vis(self.data, f);
    }
}

fn new_teedata(it: Value) -> Value {
    new_obj(t(T::_tee_dataobject), TeeData { it, values: Vec::new(), next: Value::NULL, running: false })
}

fn tee_from_iterable(vm: &mut Vm, it: Value) -> PyResult {
    let it = vm.iter(it)?;
    if super::state::<Tee>(it).is_some() {
        return tee_copy(vm, Args::new(&[it]));
    }
    Ok(new_obj(t(T::_tee), Tee { data: new_teedata(it), index: 0 }))
}

fn tee_new(vm: &mut Vm, a: Args) -> PyResult {
    let _ = cls_arg(vm, &a)?;
    a.rest().check(vm, "_tee", 1, 1)?;
    tee_from_iterable(vm, a.at(1))
}

fn tee_copy(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Tee>(vm, a.get(0), "_tee")?;
    let (data, index) = {
        let g = s.lock();
        (g.data, g.index)
    };
    Ok(new_obj(t(T::_tee), Tee { data, index }))
}

fn tee_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<Tee>(vm, a.get(0), "_tee")?;
    let (mut data, mut index) = {
        let g = s.lock();
        (g.data, g.index)
    };
    if index >= TEE_BLOCK {
        let d = this::<TeeData>(vm, Some(data), "_tee_dataobject")?;
        let next = {
            let mut g = d.lock();
            if g.next.is_null() {
                g.next = new_teedata(g.it);
            }
            g.next
        };
        data = next;
        index = 0;
        let mut g = s.lock();
        g.data = data;
        g.index = 0;
    }
    let d = this::<TeeData>(vm, Some(data), "_tee_dataobject")?;
    let (have, it) = {
        let mut g = d.lock();
        if index < g.values.len() {
            (Some(g.values[index]), Value::NULL)
        } else {
            if g.running {
                drop(g);
                return Err(vm.runtime_error("cannot re-enter the tee iterator"));
            }
            g.running = true;
            (None, g.it)
        }
    };
    let v = match have {
        Some(v) => v,
        None => {
            let r = vm.next(it);
            let mut g = d.lock();
            g.running = false;
            match r? {
                Some(v) => {
                    g.values.push(v);
                    v
                }
                None => {
                    drop(g);
                    return Err(stop(vm));
                }
            }
        }
    };
    s.lock().index = index + 1;
    Ok(v)
}

/// `itertools.tee(iterable, n=2)`.
fn tee(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "tee")?;
    a.check_pos(vm, "tee", 1, 2)?;
    let n = match a.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(tuple::empty());
    }
    let it = vm.iter(a.at(0))?;
    let first = if super::state::<Tee>(it).is_some() {
        tee_copy(vm, Args::new(&[it]))?
    } else {
        tee_from_iterable(vm, it)?
    };
    let acc = list::new_list(&[first]);
    for _ in 1..n {
        let c = tee_copy(vm, Args::new(&[first]))?;
        list::append(acc, c);
    }
    Ok(tuple::new(&list::to_vec(acc)))
}

// ---------------------------------------------------------------- module

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    use crate::objects::define::{func, method, method_flags};
    let _ = vm;
    TYPES.get_or_init(|| {
        let v: Vec<usize> = NAMES.iter().map(|n| new_type(n, "itertools").as_value().raw()).collect();
        v
    });
    type NF = crate::args::NativeFn;
    let defs: &[(T, NF, NF)] = &[
        (T::count, count_new, count_next),
        (T::cycle, cycle_new, cycle_next),
        (T::repeat, repeat_new, repeat_next),
        (T::chain, chain_new, chain_next),
        (T::islice, islice_new, islice_next),
        (T::product, product_new, product_next),
        (T::permutations, permutations_new, permutations_next),
        (T::combinations, combinations_new, combinations_next),
        (T::combinations_with_replacement, cwr_new, cwr_next),
        (T::accumulate, accumulate_new, accumulate_next),
        (T::groupby, groupby_new, groupby_next),
        (T::zip_longest, zip_longest_new, zip_longest_next),
        (T::starmap, starmap_new, starmap_next),
        (T::takewhile, takewhile_new, takewhile_next),
        (T::dropwhile, dropwhile_new, dropwhile_next),
        (T::_tee, tee_new, tee_next),
        (T::compress, compress_new, compress_next),
        (T::filterfalse, filterfalse_new, filterfalse_next),
        (T::pairwise, pairwise_new, pairwise_next),
    ];
    let m = crate::objects::module::new_module("itertools");
    let d = crate::objects::module::module_dict(m);
    static DONE: OnceLock<()> = OnceLock::new();
    let first = DONE.set(()).is_ok();
    for (which, new, next) in defs {
        let ty = t(*which);
        if first {
            set_new(ty, *new);
            method(ty, "__iter__", super::iter_self);
            method(ty, "__next__", *next);
        }
        super::set(d, NAMES[*which as usize], ty.as_value());
    }
    if first {
        let g = t(T::_grouper);
        method(g, "__iter__", super::iter_self);
        method(g, "__next__", grouper_next);
        method(t(T::count), "__repr__", count_repr);
        method(t(T::count), "__reduce__", count_reduce);
        method(t(T::repeat), "__repr__", repeat_repr);
        method(t(T::repeat), "__length_hint__", repeat_length_hint);
        method_flags(t(T::chain), "from_iterable", chain_from_iterable, crate::ops::call::bflags::CLASSMETHOD);
        method_flags(t(T::chain), "__class_getitem__", crate::objects::type_attrs::class_getitem, crate::ops::call::bflags::CLASSMETHOD);
        method(t(T::_tee), "__copy__", tee_copy);
        reduce::init();
        for i in 0..NAMES.len() {
            let ty = type_::as_type(Value::from_raw(TYPES.get().unwrap()[i]));
            super::finish(ty);
        }
    }
    func(d, "tee", tee);
    Ok(m)
}

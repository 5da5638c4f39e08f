//! `_collections`: the native `deque` (a ring buffer behind the object's mutex) and its
//! iterators, plus `_count_elements` (the hot loop of `Counter`).

use std::collections::VecDeque;
use std::sync::OnceLock;

use objmodel::{TypeObj, Value};

use super::{Trace, new_obj, new_type, set_new, this};
use crate::args::Args;
use crate::bytecode::{BinOp, CmpOp};
use crate::error::PyResult;
use crate::objects::{dict, int, list, str as pystr, tuple, type_};
use crate::vm::Vm;

pub struct Deque {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Bumped by every mutation; iterators compare it with their snapshot.
    state: u64,
}
impl Trace for Deque {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        for v in &self.items {
            f(*v);
        }
    }
}

impl Deque {
    fn push_back(&mut self, v: Value) {
        self.state += 1;
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_front();
        }
        self.items.push_back(v);
    }
    fn push_front(&mut self, v: Value) {
        self.state += 1;
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_back();
        }
        self.items.push_front(v);
    }
}

struct DequeIter {
    deque: Value,
    index: usize,
    state: u64,
    len: usize,
    reverse: bool,
}
impl Trace for DequeIter {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.deque);
    }
}

static TYPES: OnceLock<(usize, usize, usize)> = OnceLock::new();

fn deque_type() -> &'static TypeObj {
    type_::as_type(Value::from_raw(TYPES.get().expect("deque type").0))
}
fn iter_type(rev: bool) -> &'static TypeObj {
    let t = TYPES.get().expect("deque type");
    type_::as_type(Value::from_raw(if rev { t.2 } else { t.1 }))
}

type D = super::Cell<Deque>;

fn me(vm: &mut Vm, a: &Args) -> PyResult<&'static D> {
    this::<Deque>(vm, a.get(0), "collections.deque")
}

fn snapshot(d: &D) -> Vec<Value> {
    d.lock().items.iter().copied().collect()
}

/// The items of `v` as a tuple Value (rooted by the caller's local).
fn snapshot_tuple(d: &D) -> Value {
    let g = d.lock();
    let (a, b) = g.items.as_slices();
    if b.is_empty() {
        return tuple::new(a);
    }
    let v: Vec<Value> = g.items.iter().copied().collect();
    tuple::new(&v)
}

fn deque_new(vm: &mut Vm, a: Args) -> PyResult {
    let Some(cls) = a.get(0).and_then(type_::try_type) else {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    };
    Ok(new_obj(cls, Deque { items: VecDeque::new(), maxlen: None, state: 0 }))
}

fn deque_init(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    let [iterable, maxlen] = a.rest().bind(vm, "deque", ["iterable", "maxlen"], 2, 0)?;
    let ml = if maxlen.is_null() || maxlen.is_none() {
        None
    } else {
        let n = vm.index_value(maxlen)?;
        if n < 0 {
            return Err(vm.value_error("maxlen must be non-negative"));
        }
        Some(n as usize)
    };
    {
        let mut g = d.lock();
        g.maxlen = ml;
        if !g.items.is_empty() {
            g.items.clear();
            g.state += 1;
        }
    }
    if !iterable.is_null() {
        extend_impl(vm, d, iterable, false)?;
    }
    Ok(objmodel::none())
}

fn extend_impl(vm: &mut Vm, d: &'static D, iterable: Value, left: bool) -> PyResult<()> {
    // Extending with itself: iterate over a snapshot.
    let src = match super::state::<Deque>(iterable) {
        Some(o) if std::ptr::eq(o, d) => snapshot_tuple(d),
        _ => iterable,
    };
    if let Some(items) = tuple::as_items(src).filter(|_| tuple::is_tuple(src)) {
        let mut g = d.lock();
        for v in items {
            if left { g.push_front(*v) } else { g.push_back(*v) }
        }
        return Ok(());
    }
    if list::is_list(src) && !src.class().has_flag(objmodel::types::tflags::HEAPTYPE) {
        let items = list::to_vec(src);
        let mut g = d.lock();
        for v in items {
            if left { g.push_front(v) } else { g.push_back(v) }
        }
        return Ok(());
    }
    let it = vm.iter(src)?;
    while let Some(v) = vm.next(it)? {
        let mut g = d.lock();
        if left { g.push_front(v) } else { g.push_back(v) }
    }
    Ok(())
}

fn append(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "append", 1, 1)?;
    d.lock().push_back(a.at(1));
    Ok(objmodel::none())
}

fn appendleft(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "appendleft", 1, 1)?;
    d.lock().push_front(a.at(1));
    Ok(objmodel::none())
}

fn pop(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "pop", 0, 0)?;
    let mut g = d.lock();
    g.state += 1;
    match g.items.pop_back() {
        Some(v) => Ok(v),
        None => {
            drop(g);
            Err(vm.index_error("pop from an empty deque"))
        }
    }
}

fn popleft(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "popleft", 0, 0)?;
    let mut g = d.lock();
    g.state += 1;
    match g.items.pop_front() {
        Some(v) => Ok(v),
        None => {
            drop(g);
            Err(vm.index_error("pop from an empty deque"))
        }
    }
}

fn extend(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "extend", 1, 1)?;
    extend_impl(vm, d, a.at(1), false)?;
    Ok(objmodel::none())
}

fn extendleft(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "extendleft", 1, 1)?;
    extend_impl(vm, d, a.at(1), true)?;
    Ok(objmodel::none())
}

fn rotate(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "rotate", 0, 1)?;
    let n = match a.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let mut g = d.lock();
    let len = g.items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        g.items.rotate_right(k);
        g.state += 1;
    }
    Ok(objmodel::none())
}

fn clear(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "clear", 0, 0)?;
    let mut g = d.lock();
    g.items.clear();
    g.state += 1;
    Ok(objmodel::none())
}

fn count(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "count", 1, 1)?;
    let items = snapshot_tuple(d);
    let state = d.lock().state;
    let mut n = 0;
    for v in tuple::items(items) {
        if vm.eq(*v, a.at(1))? {
            n += 1;
        }
        if d.lock().state != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
    }
    Ok(int::from_usize(n))
}

fn clamp_index(vm: &mut Vm, v: Option<Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = vm.index_value(v)?;
    Ok(if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) })
}

fn index(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "index", 1, 3)?;
    let items = snapshot_tuple(d);
    let xs = tuple::items(items);
    let start = clamp_index(vm, a.get(2), xs.len(), 0)?;
    let stop = clamp_index(vm, a.get(3), xs.len(), xs.len())?;
    let state = d.lock().state;
    for (i, v) in xs.iter().enumerate().take(stop).skip(start) {
        if vm.eq(*v, a.at(1))? {
            return Ok(int::from_usize(i));
        }
        if d.lock().state != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
    }
    let r = vm.repr_string(a.at(1))?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn insert(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "insert", 2, 2)?;
    let i = vm.index_value(a.at(1))?;
    let mut g = d.lock();
    let n = g.items.len();
    if Some(n) == g.maxlen {
        drop(g);
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let pos = if i < 0 { (i + n as i64).max(0) as usize } else { (i as usize).min(n) };
    g.items.insert(pos, a.at(2));
    g.state += 1;
    Ok(objmodel::none())
}

fn remove(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "remove", 1, 1)?;
    let items = snapshot_tuple(d);
    let state = d.lock().state;
    for (i, v) in tuple::items(items).iter().enumerate() {
        let eq = vm.eq(*v, a.at(1))?;
        let mut g = d.lock();
        if g.state != state {
            drop(g);
            return Err(vm.index_error("deque mutated during remove()."));
        }
        if eq {
            g.items.remove(i);
            g.state += 1;
            return Ok(objmodel::none());
        }
    }
    let r = vm.repr_string(a.at(1))?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn reverse(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    a.rest().check(vm, "reverse", 0, 0)?;
    let mut g = d.lock();
    g.items.make_contiguous().reverse();
    g.state += 1;
    Ok(objmodel::none())
}

fn new_like(vm: &mut Vm, orig: Value, items: Value, maxlen: Option<usize>) -> PyResult {
    let cls = orig.class();
    if cls.is(deque_type()) {
        let v: VecDeque<Value> = tuple::items(items).iter().copied().collect();
        let mut d = Deque { items: VecDeque::new(), maxlen, state: 0 };
        for x in v {
            d.push_back(x);
        }
        return Ok(new_obj(cls, d));
    }
    let ml = match maxlen {
        Some(n) => int::from_usize(n),
        None => objmodel::none(),
    };
    vm.call(cls.as_value(), Args::new(&[items, ml]))
}

fn copy(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    let items = snapshot_tuple(d);
    let ml = d.lock().maxlen;
    new_like(vm, a.at(0), items, ml)
}

/// `__reduce__`: `(type(d), (list(d),))` or `(type(d), (list(d), maxlen))`.
fn reduce(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    let items = list::new_list(&snapshot(d));
    let ml = d.lock().maxlen;
    let args = match ml {
        Some(n) => tuple::new(&[items, int::from_usize(n)]),
        None => tuple::new(&[items]),
    };
    Ok(tuple::new(&[a.at(0).class_value(), args]))
}

fn len(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    Ok(int::from_usize(d.lock().items.len()))
}

fn bool_(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    Ok(objmodel::bool_(!d.lock().items.is_empty()))
}

fn norm(vm: &mut Vm, key: Value, n: usize) -> PyResult<usize> {
    if crate::objects::slice::is_slice(key) || !(int::is_int(key) || vm.lookup_type_cached(key.class(), vm.rt.names.__index__).is_some()) {
        return Err(vm.type_error(format!("sequence index must be integer, not '{}'", key.class().error_name())));
    }
    let i = vm.index_value(key)?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    let n = d.lock().items.len();
    let i = norm(vm, a.at(1), n)?;
    let g = d.lock();
    match g.items.get(i) {
        Some(v) => Ok(*v),
        None => {
            drop(g);
            Err(vm.index_error("deque index out of range"))
        }
    }
}

fn setitem(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    let n = d.lock().items.len();
    let i = norm(vm, a.at(1), n)?;
    let mut g = d.lock();
    if i < g.items.len() {
        g.items[i] = a.at(2);
    }
    Ok(objmodel::none())
}

fn delitem(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    let n = d.lock().items.len();
    let i = norm(vm, a.at(1), n)?;
    let mut g = d.lock();
    if i < g.items.len() {
        g.items.remove(i);
        g.state += 1;
    }
    Ok(objmodel::none())
}

fn contains(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    let items = snapshot_tuple(d);
    let state = d.lock().state;
    for v in tuple::items(items) {
        if vm.eq(*v, a.at(1))? {
            return Ok(objmodel::true_());
        }
        if d.lock().state != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
    }
    Ok(objmodel::false_())
}

fn iter(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    let (state, n) = {
        let g = d.lock();
        (g.state, g.items.len())
    };
    Ok(new_obj(iter_type(false), DequeIter { deque: a.at(0), index: 0, state, len: n, reverse: false }))
}

fn reversed(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    let (state, n) = {
        let g = d.lock();
        (g.state, g.items.len())
    };
    Ok(new_obj(iter_type(true), DequeIter { deque: a.at(0), index: 0, state, len: n, reverse: true }))
}

fn iter_next(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<DequeIter>(vm, a.get(0), "_collections._deque_iterator")?;
    let mut it = s.lock();
    let d = super::state::<Deque>(it.deque).expect("deque");
    let g = d.lock();
    if g.state != it.state || g.items.len() != it.len {
        if it.index >= it.len {
            drop(g);
            drop(it);
            return Err(vm.stop_iteration(Value::NULL));
        }
        it.index = it.len;
        drop(g);
        drop(it);
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    if it.index >= g.items.len() {
        drop(g);
        drop(it);
        return Err(vm.stop_iteration(Value::NULL));
    }
    let i = if it.reverse { g.items.len() - 1 - it.index } else { it.index };
    it.index += 1;
    Ok(g.items[i])
}

fn iter_length_hint(vm: &mut Vm, a: Args) -> PyResult {
    let s = this::<DequeIter>(vm, a.get(0), "_collections._deque_iterator")?;
    let it = s.lock();
    Ok(int::from_usize(it.len.saturating_sub(it.index)))
}

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    let me_v = a.at(0);
    let d = me(vm, &a)?;
    let name = me_v.class().name_str().to_string();
    if vm.repr_guard_enter(me_v) {
        return Ok(pystr::new("[...]"));
    }
    let items = snapshot_tuple(d);
    let l = list::new_list(tuple::items(items));
    let r = vm.repr_string(l);
    vm.repr_guard_exit(me_v);
    let r = r?;
    let ml = d.lock().maxlen;
    Ok(pystr::new(&match ml {
        Some(m) => format!("{name}({r}, maxlen={m})"),
        None => format!("{name}({r})"),
    }))
}

fn maxlen(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    Ok(match d.lock().maxlen {
        Some(n) => int::from_usize(n),
        None => objmodel::none(),
    })
}

fn compare(vm: &mut Vm, a: Args, op: CmpOp) -> PyResult {
    let d = me(vm, &a)?;
    let Some(o) = super::state::<Deque>(a.at(1)) else {
        return Ok(objmodel::not_implemented());
    };
    if !type_::isinstance(a.at(1), deque_type()) {
        return Ok(objmodel::not_implemented());
    }
    let x = list::new_list(&snapshot(d));
    let y = list::new_list(&snapshot(o));
    vm.compare(x, y, op)
}

fn eq(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, CmpOp::Eq)
}
fn ne(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, CmpOp::Ne)
}
fn lt(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, CmpOp::Lt)
}
fn le(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, CmpOp::Le)
}
fn gt(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, CmpOp::Gt)
}
fn ge(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, a, CmpOp::Ge)
}

fn add(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    let Some(o) = super::state::<Deque>(a.at(1)).filter(|_| type_::isinstance(a.at(1), deque_type())) else {
        return Err(vm.type_error(format!("can only concatenate deque (not \"{}\") to deque", a.at(1).class().error_name())));
    };
    let mut v = snapshot(d);
    v.extend(snapshot(o));
    let items = tuple::new(&v);
    let ml = d.lock().maxlen;
    new_like(vm, a.at(0), items, ml)
}

fn iadd(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    extend_impl(vm, d, a.at(1), false)?;
    Ok(a.at(0))
}

fn repeat_count(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if !int::is_int(v) && vm.lookup_type_cached(v.class(), vm.rt.names.__index__).is_none() {
        return Ok(None);
    }
    Ok(Some(vm.index_value(v)?))
}

fn mul(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    let Some(n) = repeat_count(vm, a.at(1))? else { return Ok(objmodel::not_implemented()) };
    let one = snapshot(d);
    let mut v = Vec::new();
    for _ in 0..n.max(0) {
        v.extend_from_slice(&one);
    }
    let items = tuple::new(&v);
    let ml = d.lock().maxlen;
    new_like(vm, a.at(0), items, ml)
}

fn imul(vm: &mut Vm, a: Args) -> PyResult {
    let d = me(vm, &a)?;
    let Some(n) = repeat_count(vm, a.at(1))? else { return Ok(objmodel::not_implemented()) };
    let one = snapshot(d);
    let mut g = d.lock();
    if n <= 0 {
        g.items.clear();
    } else {
        for _ in 1..n {
            for x in &one {
                g.push_back(*x);
            }
        }
    }
    g.state += 1;
    Ok(a.at(0))
}

fn class_getitem(vm: &mut Vm, a: Args) -> PyResult {
    crate::objects::type_attrs::generic_alias(vm, a.at(0), a.at(1))
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each item.
fn count_elements(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_count_elements", 2, 2)?;
    let (m, iterable) = (a.at(0), a.at(1));
    let it = vm.iter(iterable)?;
    let plain = dict::is_dict(m) && {
        // A dict subclass that does not override get/__setitem__ (Counter) may use the table.
        let c = m.class();
        let g = type_::lookup_str(c, "get");
        let s = type_::lookup_str(c, "__setitem__");
        let dg = type_::lookup_str(vm.rt.types.dict, "get");
        let ds = type_::lookup_str(vm.rt.types.dict, "__setitem__");
        g.map(|x| x.raw()) == dg.map(|x| x.raw()) && s.map(|x| x.raw()) == ds.map(|x| x.raw())
    };
    let get = if plain { Value::NULL } else { vm.getattr_str(m, "get")? };
    while let Some(x) = vm.next(it)? {
        if plain {
            let cur = dict::get(vm, m, x)?.unwrap_or(Value::small(0));
            let n = vm.binary_op(BinOp::Add, cur, Value::small(1))?;
            dict::set(vm, m, x, n)?;
        } else {
            let cur = vm.call2(get, x, Value::small(0))?;
            let n = vm.binary_op(BinOp::Add, cur, Value::small(1))?;
            vm.setitem(m, x, n)?;
        }
    }
    Ok(objmodel::none())
}

/// `_tuplegetter(index, doc)`: the field descriptors of named tuples.
struct TupleGetter {
    index: usize,
    doc: Value,
}
impl Trace for TupleGetter {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.doc);
    }
}

static TUPLEGETTER: OnceLock<usize> = OnceLock::new();

fn tg(vm: &mut Vm, v: Option<Value>) -> PyResult<&'static super::Cell<TupleGetter>> {
    this::<TupleGetter>(vm, v, "_collections._tuplegetter")
}

fn tuplegetter_new(vm: &mut Vm, a: Args) -> PyResult {
    let Some(cls) = a.get(0).and_then(type_::try_type) else {
        return Err(vm.type_error("_tuplegetter.__new__(X): X is not a type object"));
    };
    a.rest().check(vm, "_tuplegetter", 2, 2)?;
    let i = vm.index_value(a.at(1))?;
    Ok(new_obj(cls, TupleGetter { index: i.max(0) as usize, doc: a.at(2) }))
}

fn tuplegetter_get(vm: &mut Vm, a: Args) -> PyResult {
    let g = tg(vm, a.get(0))?;
    let obj = a.get(1).unwrap_or_else(objmodel::none);
    if obj.is_none() {
        return Ok(a.at(0));
    }
    let i = g.lock().index;
    match tuple::as_items(obj) {
        Some(items) if tuple::is_tuple(obj) => match items.get(i) {
            Some(v) => Ok(*v),
            None => Err(vm.index_error("tuple index out of range")),
        },
        _ => Err(vm.type_error(format!(
            "descriptor for index '{i}' for tuple subclasses doesn't apply to '{}' object",
            obj.class().name_str()
        ))),
    }
}

fn tuplegetter_set(vm: &mut Vm, a: Args) -> PyResult {
    let _ = tg(vm, a.get(0))?;
    Err(vm.attribute_error("can't set attribute"))
}

fn tuplegetter_delete(vm: &mut Vm, a: Args) -> PyResult {
    let _ = tg(vm, a.get(0))?;
    Err(vm.attribute_error("can't delete attribute"))
}

fn tuplegetter_doc(vm: &mut Vm, a: Args) -> PyResult {
    Ok(tg(vm, a.get(0))?.lock().doc)
}

fn tuplegetter_set_doc(vm: &mut Vm, a: Args) -> PyResult {
    tg(vm, a.get(0))?.lock().doc = a.at(1);
    Ok(objmodel::none())
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    use crate::objects::define::{func, getset, method, method_flags};
    let _ = vm;
    let mut first = false;
    TYPES.get_or_init(|| {
        first = true;
        let d = new_type("deque", "collections");
        let it = new_type("_deque_iterator", "_collections");
        let rit = new_type("_deque_reverse_iterator", "_collections");
        let tgt = new_type("_tuplegetter", "collections");
        let _ = TUPLEGETTER.set(tgt.as_value().raw());
        (d.as_value().raw(), it.as_value().raw(), rit.as_value().raw())
    });
    let tgt = type_::as_type(Value::from_raw(*TUPLEGETTER.get().expect("tuplegetter")));
    let t = deque_type();
    if first {
        set_new(t, deque_new);
        let ms: &[(&'static str, crate::args::NativeFn)] = &[
            ("__init__", deque_init),
            ("append", append),
            ("appendleft", appendleft),
            ("pop", pop),
            ("popleft", popleft),
            ("extend", extend),
            ("extendleft", extendleft),
            ("rotate", rotate),
            ("clear", clear),
            ("count", count),
            ("index", index),
            ("insert", insert),
            ("remove", remove),
            ("reverse", reverse),
            ("copy", copy),
            ("__copy__", copy),
            ("__reduce__", reduce),
            ("__len__", len),
            ("__bool__", bool_),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__repr__", repr),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
        ];
        for (n, f) in ms {
            method(t, n, *f);
        }
        method_flags(t, "__class_getitem__", class_getitem, crate::ops::call::bflags::CLASSMETHOD);
        getset(t, "maxlen", maxlen, None);
        crate::objects::define::attr(t, "__hash__", objmodel::none());
        super::finish(t);
        for rev in [false, true] {
            let it = iter_type(rev);
            method(it, "__iter__", super::iter_self);
            method(it, "__next__", iter_next);
            method(it, "__length_hint__", iter_length_hint);
            super::finish(it);
        }
        set_new(tgt, tuplegetter_new);
        method(tgt, "__get__", tuplegetter_get);
        method(tgt, "__set__", tuplegetter_set);
        method(tgt, "__delete__", tuplegetter_delete);
        getset(tgt, "__doc__", tuplegetter_doc, Some(tuplegetter_set_doc));
        super::finish(tgt);
    }
    let m = crate::objects::module::new_module("_collections");
    let d = crate::objects::module::module_dict(m);
    super::set(d, "deque", t.as_value());
    func(d, "_count_elements", count_elements);
    super::set(d, "_tuplegetter", tgt.as_value());
    Ok(m)
}

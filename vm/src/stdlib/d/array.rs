//! `array.array` (the documented semantics of CPython's `Modules/arraymodule.c`): a typed
//! sequence of machine numbers (typecodes `b B u h H i I l L q Q f d`) with the list-like
//! methods, slicing, concatenation, repetition, comparison and CPython's repr and messages.
//! Item conversion and comparison live in `array_elem.rs`.
//!
//! Each array is a group-B `Cell` holding the typecode and the items as native-endian bytes.
//! Threads: every operation locks the one array it changes for the whole change, so appends
//! from several threads never lose items. Python values are converted into items *before*
//! the lock is taken (conversion may run `__index__`), and an operation on two arrays copies
//! the other array's bytes under its own lock first: no thread ever holds two array locks,
//! so `a += a` or `a == b` racing `b == a` cannot deadlock.

use std::sync::OnceLock;

use objmodel::Value;

use super::array_conv;
use super::array_elem::{self as el, Code, Elem};
use super::util;
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{list, str as pystr, type_};
use crate::stdlib::modules_b::b::{self as nat, Trace};
use crate::vm::Vm;

pub struct Arr {
    pub(super) code: Code,
    pub(super) data: Vec<u8>,
}
impl Trace for Arr {
    fn trace(&self, _f: &mut dyn FnMut(Value)) {}
}
impl Arr {
    pub(super) fn len(&self) -> usize {
        self.data.len() / self.code.size()
    }
    pub(super) fn at(&self, i: usize) -> Elem {
        let n = self.code.size();
        el::get(self.code, &self.data[i * n..])
    }
    fn push(&mut self, e: Elem) {
        let n = self.code.size();
        let at = self.data.len();
        self.data.resize(at + n, 0);
        el::put(self.code, e, &mut self.data[at..]);
    }
    fn remove(&mut self, i: usize) {
        let n = self.code.size();
        self.data.drain(i * n..(i + 1) * n);
    }
}

struct ArrIter {
    arr: Value,
    pos: usize,
}
impl Trace for ArrIter {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.arr);
    }
}

pub(super) type A = nat::Cell<Arr>;

static TYPES: OnceLock<(usize, usize)> = OnceLock::new();

fn array_type() -> &'static objmodel::TypeObj {
    type_::as_type(Value::from_raw(TYPES.get().expect("array type").0))
}

/// The items of `v` as bytes when it is an array (the buffer protocol's view of it).
pub fn raw_bytes(v: Value) -> Option<Vec<u8>> {
    nat::state::<Arr>(v).map(|c| c.lock().data.clone())
}

pub(super) fn me(vm: &mut Vm, a: &Args) -> PyResult<&'static A> {
    nat::this::<Arr>(vm, a.get(0), "array.array")
}

fn new_array(code: Code, data: Vec<u8>) -> Value {
    nat::new_obj(array_type(), Arr { code, data })
}

/// Typecode and a copy of the bytes of an array (one lock, released on return).
pub(super) fn snapshot(c: &A) -> (Code, Vec<u8>) {
    let g = c.lock();
    (g.code, g.data.clone())
}

fn none() -> Value {
    objmodel::none()
}

fn array_new(vm: &mut Vm, a: Args) -> PyResult {
    let Some(cls) = a.get(0).and_then(type_::try_type) else {
        return Err(vm.type_error("array.__new__(X): X is not a type object"));
    };
    let r = a.rest();
    if r.has_kw() && cls.is(array_type()) {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    match r.len() {
        0 => return Err(vm.type_error("array() takes at least 1 argument (0 given)")),
        1 | 2 => {}
        n => return Err(vm.type_error(format!("array() takes at most 2 arguments ({n} given)"))),
    }
    let tc = r.at(0);
    let ch = pystr::as_str(tc).filter(|s| s.chars().count() == 1).and_then(|s| s.chars().next());
    let Some(ch) = ch else {
        return Err(vm.type_error(format!("array() argument 1 must be a unicode character, not {}", tc.class().error_name())));
    };
    let Some(code) = Code::parse(ch) else {
        return Err(vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    };
    let obj = nat::new_obj(cls, Arr { code, data: Vec::new() });
    let this = nat::state::<Arr>(obj).expect("just made");
    let init = r.get(1).filter(|v| !v.is_none());
    if let Some(init) = init {
        if pystr::is_str(init) {
            if !code.is_unicode() {
                return Err(vm.type_error(format!("cannot use a str to initialize an array with typecode '{ch}'")));
            }
            from_str(this, pystr::as_str(init).unwrap_or(""));
        } else if let Some(other) = nat::state::<Arr>(init) {
            let (oc, od) = snapshot(other);
            if oc.is_unicode() && !code.is_unicode() {
                return Err(vm.type_error(format!("cannot use a unicode array to initialize an array with typecode '{ch}'")));
            }
            if oc == code {
                this.lock().data = od;
            } else {
                let n = oc.size();
                for chunk in od.chunks(n) {
                    let v = el::to_value(el::get(oc, chunk));
                    let e = el::from_value(vm, code, v)?;
                    this.lock().push(e);
                }
            }
        } else if crate::objects::bytes::is_bytes_like(init) {
            let b = crate::objects::bytes::data(init).unwrap_or(&[]).to_vec();
            frombytes_impl(vm, this, &b)?;
        } else {
            extend_iter(vm, this, init)?;
        }
    }
    Ok(obj)
}

pub(super) fn from_str(this: &A, s: &str) {
    let mut g = this.lock();
    for c in s.chars() {
        g.push(Elem::Char(c as u32));
    }
}

fn extend_iter(vm: &mut Vm, this: &A, iterable: Value) -> PyResult<()> {
    let code = this.lock().code;
    let it = vm.iter(iterable)?;
    while let Some(v) = vm.next(it)? {
        let e = el::from_value(vm, code, v)?;
        this.lock().push(e);
    }
    Ok(())
}

pub(super) fn frombytes_impl(vm: &mut Vm, this: &A, b: &[u8]) -> PyResult<()> {
    let mut g = this.lock();
    if !b.len().is_multiple_of(g.code.size()) {
        drop(g);
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    g.data.extend_from_slice(b);
    Ok(())
}

pub(super) fn code_of(this: &A) -> Code {
    this.lock().code
}

fn append(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.append", 1, 1)?;
    let e = el::from_value(vm, code_of(this), a.at(1))?;
    this.lock().push(e);
    Ok(none())
}

fn extend(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.extend", 1, 1)?;
    extend_impl(vm, this, a.at(1))?;
    Ok(none())
}

fn extend_impl(vm: &mut Vm, this: &A, other: Value) -> PyResult<()> {
    if let Some(o) = nat::state::<Arr>(other) {
        let (oc, od) = snapshot(o);
        let mut g = this.lock();
        if g.code != oc {
            drop(g);
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        g.data.extend_from_slice(&od);
        return Ok(());
    }
    extend_iter(vm, this, other)
}

fn insert(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "insert", 2, 2)?;
    let i = vm.index_value(a.at(1))?;
    let e = el::from_value(vm, code_of(this), a.at(2))?;
    let mut g = this.lock();
    let n = g.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let size = g.code.size();
    let mut item = vec![0u8; size];
    el::put(g.code, e, &mut item);
    g.data.splice(at * size..at * size, item);
    Ok(none())
}

fn pop(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "pop", 0, 1)?;
    let i = match a.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let mut g = this.lock();
    let n = g.len();
    if n == 0 {
        drop(g);
        return Err(vm.index_error("pop from empty array"));
    }
    let Some(j) = crate::objects::subscript::norm_index(i, n) else {
        drop(g);
        return Err(vm.index_error("pop index out of range"));
    };
    let e = g.at(j);
    g.remove(j);
    drop(g);
    Ok(el::to_value(e))
}

/// What an item is compared against: an item-like value compared in Rust, or any other
/// object compared with Python's `==`.
enum Probe {
    Item(Elem),
    NoMatch,
    Object,
}

fn probe(v: Value) -> Probe {
    use crate::ops::arith::{Num, as_num};
    if let Some(s) = pystr::as_str(v) {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Probe::Item(Elem::Char(c as u32)),
            _ => Probe::NoMatch,
        };
    }
    if v.class().has_flag(objmodel::types::tflags::HEAPTYPE) {
        return Probe::Object;
    }
    match as_num(v) {
        Some(Num::Int(i)) => Probe::Item(Elem::Int(i as i128)),
        Some(Num::Big(_)) => Probe::NoMatch,
        Some(Num::Float(f)) => Probe::Item(Elem::Float(f)),
        Some(Num::Complex(r, 0.0)) => Probe::Item(Elem::Float(r)),
        _ => Probe::Object,
    }
}

/// The first index in `[start, stop)` whose item equals `x`.
fn find(vm: &mut Vm, this: &A, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let p = probe(x);
    let mut i = start;
    loop {
        let e = {
            let g = this.lock();
            if i >= stop.min(g.len()) {
                return Ok(None);
            }
            match p {
                Probe::NoMatch => return Ok(None),
                Probe::Item(want) => {
                    let n = stop.min(g.len());
                    return Ok((i..n).find(|&k| el::eq(g.at(k), want)));
                }
                Probe::Object => g.at(i),
            }
        };
        let v = el::to_value(e);
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn count(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.count", 1, 1)?;
    let mut n = 0usize;
    let mut at = 0usize;
    while let Some(i) = find(vm, this, a.at(1), at, usize::MAX)? {
        n += 1;
        at = i + 1;
    }
    Ok(Value::small(n as i64))
}

fn clamp(i: i64, n: usize) -> usize {
    if i < 0 { (i + n as i64).max(0) as usize } else { (i as usize).min(n) }
}

fn index(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "index", 1, 3)?;
    let start = match a.get(2) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => vm.index_value(v)?,
        None => i64::MAX,
    };
    let n = this.lock().len();
    match find(vm, this, a.at(1), clamp(start, n), clamp(stop, n))? {
        Some(i) => Ok(Value::small(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn remove(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.remove", 1, 1)?;
    match find(vm, this, a.at(1), 0, usize::MAX)? {
        Some(i) => {
            let mut g = this.lock();
            if i < g.len() {
                g.remove(i);
            }
            Ok(none())
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn contains(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    Ok(objmodel::bool_(find(vm, this, a.at(1), 0, usize::MAX)?.is_some()))
}

fn reverse(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.reverse", 0, 0)?;
    let mut g = this.lock();
    let n = g.code.size();
    let items: Vec<Vec<u8>> = g.data.chunks(n).rev().map(|c| c.to_vec()).collect();
    g.data = items.concat();
    Ok(none())
}

fn byteswap(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.byteswap", 0, 0)?;
    let mut g = this.lock();
    let n = g.code.size();
    for c in g.data.chunks_mut(n) {
        c.reverse();
    }
    Ok(none())
}

pub(super) fn elems(this: &A) -> Vec<Elem> {
    let g = this.lock();
    (0..g.len()).map(|i| g.at(i)).collect()
}

fn tolist(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.tolist", 0, 0)?;
    let vals: Vec<Value> = elems(this).into_iter().map(el::to_value).collect();
    Ok(list::new_list(&vals))
}

fn tobytes(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.tobytes", 0, 0)?;
    let d = this.lock().data.clone();
    Ok(objmodel::alloc::new_bytes(&d))
}

fn frombytes(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.frombytes", 1, 1)?;
    let b = util::bytes_like(vm, a.at(1))?;
    frombytes_impl(vm, this, &b)?;
    Ok(none())
}

fn fromlist(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.fromlist", 1, 1)?;
    let l = a.at(1);
    if !list::is_list(l) {
        return Err(vm.type_error("arg must be list"));
    }
    let code = code_of(this);
    let mut es = Vec::new();
    for v in list::to_vec(l) {
        es.push(el::from_value(vm, code, v)?);
    }
    let mut g = this.lock();
    for e in es {
        g.push(e);
    }
    Ok(none())
}

fn typecode(vm: &mut Vm, a: Args) -> PyResult {
    let c = code_of(me(vm, &a)?);
    Ok(pystr::new(c.ch().encode_utf8(&mut [0u8; 4])))
}

fn itemsize(vm: &mut Vm, a: Args) -> PyResult {
    let c = code_of(me(vm, &a)?);
    Ok(Value::small(c.size() as i64))
}

fn len(vm: &mut Vm, a: Args) -> PyResult {
    let n = me(vm, &a)?.lock().len();
    Ok(Value::small(n as i64))
}

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    let code = code_of(this);
    let name = a.at(0).class().name_str().to_string();
    let es = elems(this);
    if es.is_empty() {
        return Ok(pystr::new(&format!("{name}('{}')", code.ch())));
    }
    let body = if code.is_unicode() {
        let s: String = es
            .iter()
            .map(|e| match e {
                Elem::Char(c) => char::from_u32(*c).unwrap_or('\u{fffd}'),
                _ => '\u{fffd}',
            })
            .collect();
        let r = vm.repr(pystr::new(&s))?;
        pystr::as_str(r).unwrap_or("").to_string()
    } else {
        let parts: Vec<String> = es
            .iter()
            .map(|e| match e {
                Elem::Int(i) => i.to_string(),
                Elem::Float(f) => crate::objects::numbers::float_repr(*f),
                Elem::Char(_) => String::new(),
            })
            .collect();
        format!("[{}]", parts.join(", "))
    };
    Ok(pystr::new(&format!("{name}('{}', {body})", code.ch())))
}

fn copy(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    let (c, d) = snapshot(this);
    Ok(new_array(c, d))
}

pub(super) fn init_type() -> (&'static objmodel::TypeObj, bool) {
    let mut first = false;
    TYPES.get_or_init(|| {
        first = true;
        let t = nat::new_type("array", "array");
        let it = nat::new_type("arrayiterator", "array");
        (t.as_value().raw(), it.as_value().raw())
    });
    (array_type(), first)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    use crate::objects::define::{getset, method};
    let (t, first) = init_type();
    if first {
        nat::set_new(t, array_new);
        let ms: &[(&'static str, crate::args::NativeFn)] = &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("byteswap", byteswap),
            ("tolist", tolist),
            ("tobytes", tobytes),
            ("frombytes", frombytes),
            ("fromlist", fromlist),
            ("tounicode", array_conv::tounicode),
            ("fromunicode", array_conv::fromunicode),
            ("tofile", array_conv::tofile),
            ("fromfile", array_conv::fromfile),
            ("buffer_info", array_conv::buffer_info),
            ("__len__", len),
            ("__contains__", contains),
            ("__repr__", repr),
            ("__copy__", copy),
            ("__deepcopy__", copy),
            ("__reduce_ex__", array_conv::reduce_ex),
        ];
        for (n, f) in ms {
            method(t, n, *f);
        }
        super::array_ops::define(t);
        getset(t, "typecode", typecode, None);
        getset(t, "itemsize", itemsize, None);
        crate::objects::define::attr(t, "__hash__", none());
        nat::finish(t);
        let it = iter_type();
        method(it, "__iter__", nat::iter_self);
        method(it, "__next__", iter_next);
        nat::finish(it);
    }
    let _ = vm;
    let (m, d) = util::new_module("array");
    util::set(d, "array", t.as_value());
    util::set(d, "ArrayType", t.as_value());
    util::set(d, "typecodes", pystr::new(el::TYPECODES));
    Ok(m)
}

fn iter_type() -> &'static objmodel::TypeObj {
    type_::as_type(Value::from_raw(TYPES.get().expect("array type").1))
}

pub(super) fn iter_new(arr: Value) -> Value {
    nat::new_obj(iter_type(), ArrIter { arr, pos: 0 })
}

fn iter_next(vm: &mut Vm, a: Args) -> PyResult {
    let it = nat::this::<ArrIter>(vm, a.get(0), "arrayiterator")?;
    let (arr, pos) = {
        let g = it.lock();
        (g.arr, g.pos)
    };
    if arr.is_null() {
        return Err(vm.stop_iteration(Value::NULL));
    }
    let e = {
        let Some(c) = nat::state::<Arr>(arr) else { return Err(vm.type_error("arrayiterator over a non-array")) };
        let g = c.lock();
        (pos < g.len()).then(|| g.at(pos))
    };
    let mut g = it.lock();
    match e {
        Some(e) => {
            g.pos = pos + 1;
            Ok(el::to_value(e))
        }
        None => {
            g.arr = Value::NULL;
            drop(g);
            Err(vm.stop_iteration(Value::NULL))
        }
    }
}

// Shared with `array_ops.rs` (indexing, slicing, operators, comparison).

pub(super) fn state_of(v: Value) -> Option<&'static A> {
    nat::state::<Arr>(v)
}
pub(super) fn make(code: Code, data: Vec<u8>) -> Value {
    new_array(code, data)
}
pub(super) fn me_of(vm: &mut Vm, a: &Args) -> PyResult<&'static A> {
    me(vm, a)
}
pub(super) fn extend_with(vm: &mut Vm, this: &A, other: Value) -> PyResult<()> {
    extend_impl(vm, this, other)
}

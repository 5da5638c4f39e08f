//! Iteration: `iter()` and `next()` with native iterators for the built-in containers and
//! the iterator builtins (`enumerate`, `zip`, `map`, `filter`, `reversed`), plus CPython's
//! sequence-protocol fallback (`__getitem__` from 0 until IndexError).
//!
//! Native iterators are `FixedObj`s of kind `Iter`; `sub` says which one. Fields:
//! a = source, b/c/d = extra Values, i = position, j = extra word.

use objmodel::layout::FixedObj;
use objmodel::types::tflags;
use objmodel::{Kind, TypeObj, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::function::fixed;
use crate::objects::{dict_table, list, set_table, str as pystr, tuple};
use crate::ops::call::call_with_self;
use crate::vm::Vm;

/// Which native iterator a `FixedObj` of kind Iter is.
pub mod sub {
    pub const LIST: usize = 1;
    pub const LIST_REV: usize = 2;
    pub const TUPLE: usize = 3;
    pub const STR: usize = 4;
    pub const RANGE: usize = 5;
    pub const DICT_KEYS: usize = 6;
    pub const DICT_VALUES: usize = 7;
    pub const DICT_ITEMS: usize = 8;
    pub const SET: usize = 9;
    pub const SEQ: usize = 10;
    pub const CALLABLE: usize = 11;
    pub const ENUMERATE: usize = 12;
    pub const ZIP: usize = 13;
    pub const MAP: usize = 14;
    pub const FILTER: usize = 15;
    pub const BYTES: usize = 16;
    /// `reversed(d)`, `reversed(d.values())`, `reversed(d.items())`: `i` counts down from
    /// the number of entries; `j` holds the dict's length at creation, as for DICT_KEYS.
    pub const DICT_REV_KEYS: usize = 17;
    pub const DICT_REV_VALUES: usize = 18;
    pub const DICT_REV_ITEMS: usize = 19;
    /// `reversed(seq)` through `__len__`/`__getitem__`: `i` is the number of items left,
    /// read from index `i - 1` downwards, lazily as CPython's `reversed` does.
    pub const SEQ_REV: usize = 20;
    pub const EXHAUSTED: usize = 99;
}

pub fn new_iter(ty: &TypeObj, s: usize, a: Value, b: Value, c: Value, d: Value) -> Value {
    objmodel::alloc::new_fixed(Kind::Iter, ty, s, a, b, c, d)
}

/// The size a dict or set iterator expects once it has reported a change of size: no
/// container has it, so every later `next` raises again, as CPython's iterators do (they
/// set their expected size to -1, "make this state sticky").
const SIZE_CHANGED: usize = usize::MAX;

fn set_sub(f: &FixedObj, s: usize) {
    // SAFETY: `sub` is a plain word only the owning thread changes (iterators are not
    // shared between threads without the lock — threads issue); marking exhaustion.
    unsafe { *(std::ptr::addr_of!(f.sub) as *mut usize) = s };
}

/// `iter(v)`.
pub fn get_iter(vm: &mut Vm, v: Value) -> PyResult {
    let x = &vm.rt.extra;
    if v.is_ptr() {
        let heap = v.class().has_flag(tflags::HEAPTYPE);
        if !heap {
            let n = Value::NULL;
            match v.header().kind() {
                Kind::List => return Ok(new_iter(x.list_iterator, sub::LIST, v, n, n, n)),
                Kind::Tuple => return Ok(new_iter(x.tuple_iterator, sub::TUPLE, v, n, n, n)),
                Kind::Str => return Ok(new_iter(x.str_iterator, sub::STR, v, n, n, n)),
                Kind::Dict => {
                    let it = new_iter(x.dict_keyiterator, sub::DICT_KEYS, v, n, n, n);
                    fixed(it).j.set(crate::objects::dict::len(v) << 32);
                    return Ok(it);
                }
                Kind::Set | Kind::FrozenSet => {
                    let it = new_iter(x.set_iterator, sub::SET, v, n, n, n);
                    fixed(it).j.set(set_table::len(v));
                    return Ok(it);
                }
                Kind::Range => return crate::objects::range::range_iter(vm, v),
                Kind::Bytes => return Ok(new_iter(x.bytes_iterator, sub::BYTES, v, n, n, n)),
                Kind::ByteArray => return Ok(new_iter(x.bytearray_iterator, sub::BYTES, v, n, n, n)),
                Kind::Iter => return Ok(v),
                Kind::Generator if crate::interp::coroutine::is_plain_generator(v) => return Ok(v),
                Kind::DictView => return crate::objects::dict_methods::view_iter(vm, v),
                _ => {}
            }
        }
    } else {
        return Err(vm.type_error("'int' object is not iterable"));
    }
    let ty = v.class();
    if let Some(m) = vm.lookup_type_cached(ty, vm.rt.names.__iter__) {
        if m.is_none() {
            return Err(vm.type_error(format!("'{}' object is not iterable", ty.error_name())));
        }
        let it = call_with_self(vm, m, v, Args::new(&[]))?;
        if vm.lookup_type_cached(it.class(), vm.rt.names.__next__).is_none() && !is_native_iter(it) {
            return Err(vm.type_error(format!("iter() returned non-iterator of type '{}'", it.class().error_name())));
        }
        return Ok(it);
    }
    if vm.lookup_type_cached(ty, vm.rt.names.__getitem__).is_some() {
        return Ok(new_iter(x.seq_iterator, sub::SEQ, v, Value::NULL, Value::NULL, Value::NULL));
    }
    Err(vm.type_error(format!("'{}' object is not iterable", ty.error_name())))
}

fn is_native_iter(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::Iter || crate::interp::coroutine::is_plain_generator(v)
}

/// `next(it)`: Some(item) or None when exhausted.
pub fn next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    if it.is_ptr() {
        match it.header().kind() {
            Kind::Iter if !it.class().has_flag(tflags::HEAPTYPE) => return native_next(vm, it),
            Kind::Generator if crate::interp::coroutine::is_plain_generator(it) => {
                return crate::interp::generator::gen_next(vm, it);
            }
            _ => {}
        }
    }
    let ty = it.class();
    let Some(m) = vm.lookup_type_cached(ty, vm.rt.names.__next__) else {
        return Err(vm.type_error(format!("'{}' object is not an iterator", ty.error_name())));
    };
    match call_with_self(vm, m, it, Args::new(&[])) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, vm.rt.exc.stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `next(it)` for a range iterator over small ints, inlined into the interpreter's `ForIter`
/// (CPython's FOR_ITER_RANGE); None for any other iterator or state (the caller takes `next`,
/// which handles every case, this one included).
#[inline(always)]
pub fn next_range_inline(it: Value) -> Option<Option<Value>> {
    if !it.is_ptr() || it.header().kind() != Kind::Iter {
        return None;
    }
    let f = fixed(it);
    if f.sub != sub::RANGE {
        return None;
    }
    let (cur, step, rem) = (f.a.get(), f.b.get(), f.c.get());
    let (Some(c), Some(s), Some(n)) = (cur.as_small(), step.as_small(), rem.as_small()) else {
        return None;
    };
    if n <= 0 {
        return Some(None);
    }
    let nx = c.checked_add(s).and_then(Value::try_int)?;
    f.c.set(Value::small(n - 1));
    f.a.set(nx);
    Some(Some(cur))
}

/// The source iterators of a built-in `enumerate`, `zip`, `map` or `filter` `it`, written to
/// `out` (at most its length) in the order the object holds them; returns their number
/// (0 for any other object).
pub fn wrapped_sources(it: Value, out: &mut [Value]) -> usize {
    if !it.is_ptr() || it.header().kind() != Kind::Iter || it.class().has_flag(tflags::HEAPTYPE) {
        return 0;
    }
    let f = fixed(it);
    let many = |t: Value, out: &mut [Value]| {
        let items = tuple::items(t);
        let n = items.len().min(out.len());
        out[..n].copy_from_slice(&items[..n]);
        n
    };
    match f.sub {
        sub::ENUMERATE | sub::FILTER if !out.is_empty() => {
            out[0] = f.a.get();
            1
        }
        sub::ZIP => many(f.a.get(), out),
        sub::MAP => many(f.b.get(), out),
        _ => 0,
    }
}

/// Whether `it` is a built-in iterator whose items are tuples of exactly `n` values that
/// `next_unpacked` can produce without building the tuple (dict items, `enumerate`, `zip`).
#[inline]
pub fn unpacks_natively(it: Value, n: usize) -> bool {
    if !it.is_ptr() || it.header().kind() != Kind::Iter || it.class().has_flag(tflags::HEAPTYPE) {
        return false;
    }
    let f = fixed(it);
    match f.sub {
        sub::DICT_ITEMS | sub::ENUMERATE => n == 2,
        sub::ZIP => n == tuple::items(f.a.get()).len() && n > 0,
        _ => false,
    }
}

/// `a, b, ... = next(it)` for an iterator `unpacks_natively` accepted (with `out.len()` as
/// its `n`): writes the item's values to `out` in order and returns true, or returns false
/// when the iterator is exhausted. The loop `for k, v in d.items()` (and over `enumerate`,
/// `zip`) then makes no tuple per item; what it binds, raises and leaves in the iterator is
/// the same.
pub fn next_unpacked(vm: &mut Vm, it: Value, out: &mut [Value]) -> PyResult<bool> {
    let f = fixed(it);
    let pair = match f.sub {
        sub::DICT_ITEMS => dict_next(vm, f)?,
        sub::ENUMERATE => enumerate_next(vm, f)?,
        _ => return zip_next(vm, f, out, false),
    };
    match pair {
        Some((a, b)) => {
            out[0] = a;
            out[1] = b;
            Ok(true)
        }
        None => Ok(false),
    }
}

/// Marks a new iterator `it` over dict `d` when `d` is an OrderedDict (a dict subclass here):
/// its `d` slot keeps the dict's version (`dict_table::version`, which every insertion,
/// deletion and resize changes, and a value replacement does not). CPython's odict iterator
/// stops on any such change, even one that keeps the size (`move_to_end`, a key deleted and
/// added again), with its own message (`odictiter_nextkey`). Plain dicts and other
/// subclasses pay only the class-flag test.
pub fn mark_ordered(it: Value, d: Value) {
    if is_ordered_dict(d) {
        fixed(it).d.set(Value::small(ordered_version(d)));
    }
}

/// Whether dict `d` is an OrderedDict (its class or a base is named so; `collections`
/// defines it as a dict subclass). Exact dicts and built-in subclasses answer at once.
pub fn is_ordered_dict(d: Value) -> bool {
    let cls = d.class();
    cls.has_flag(tflags::HEAPTYPE)
        && tuple::items(cls.mro.get()).iter().any(|c| {
            crate::objects::type_::try_type(*c).is_some_and(|t| pystr::as_str(t.name.get()) == Some("OrderedDict"))
        })
}

fn ordered_version(d: Value) -> i64 {
    (dict_table::version(d) & ((1 << 60) - 1)) as i64
}

/// For an OrderedDict's iterator whose dict changed since it was made: exhausts it and
/// returns CPython's error (later calls then stop, as CPython drops the dict).
fn ordered_changed(vm: &mut Vm, f: &FixedObj, src: Value) -> Option<crate::error::PyErr> {
    let v = f.d.get();
    if v.is_null() || v.as_small() == Some(ordered_version(src)) {
        return None;
    }
    set_sub(f, sub::EXHAUSTED);
    Some(vm.runtime_error("OrderedDict mutated during iteration"))
}

/// The position of an OrderedDict iterator that gave its dict's last key (see `dict_next`).
const ODICT_DONE: usize = usize::MAX;

/// The next (key, value) of a dict keys/values/items iterator.
fn dict_next(vm: &mut Vm, f: &FixedObj) -> PyResult<Option<(Value, Value)>> {
    let src = f.a.get();
    if f.i.get() == ODICT_DONE {
        set_sub(f, sub::EXHAUSTED);
        return Ok(None);
    }
    if let Some(e) = ordered_changed(vm, f, src) {
        return Err(e);
    }
    let expect_len = f.j.get() >> 32;
    if crate::objects::dict::len(src) != expect_len {
        f.j.set(SIZE_CHANGED);
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    let n = dict_table::nentries(src);
    let mut i = f.i.get();
    while i < n {
        let (_, k, v) = dict_table::entry(src, i).unwrap_or((0, Value::NULL, Value::NULL));
        i += 1;
        if !k.is_null() {
            // The low half of `j` counts the items given so far (CPython's `di->len`): one
            // more than the size we started with means a same-size change replaced keys.
            let given = f.j.get() & 0xffff_ffff;
            if given >= expect_len {
                set_sub(f, sub::EXHAUSTED);
                return Err(vm.runtime_error("dictionary keys changed during iteration"));
            }
            f.j.set(f.j.get() + 1);
            f.i.set(i);
            // CPython's odict iterator finds the next key as it gives this one, and stops
            // after the last key it found, whatever the loop body then adds
            // (`odictiter_nextkey`).
            if !f.d.get().is_null() && !(i..n).any(|j| dict_table::entry(src, j).is_some_and(|(_, k, _)| !k.is_null())) {
                f.i.set(ODICT_DONE);
            }
            return Ok(Some((k, v)));
        }
    }
    f.i.set(i);
    // Like CPython, which drops the dict: a later insertion does not revive the iterator.
    set_sub(f, sub::EXHAUSTED);
    Ok(None)
}

/// The next (key, value) of a reversed dict iterator (`dictreviter_iternext`): entries
/// from the last towards the first, with the same size-change check as forward iteration.
fn dict_rev_next(vm: &mut Vm, f: &FixedObj) -> PyResult<Option<(Value, Value)>> {
    let src = f.a.get();
    if let Some(e) = ordered_changed(vm, f, src) {
        return Err(e);
    }
    if crate::objects::dict::len(src) != f.j.get() >> 32 {
        f.j.set(SIZE_CHANGED);
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    // A same-size change may have compacted the table below our position.
    let mut i = f.i.get().min(dict_table::nentries(src));
    while i > 0 {
        i -= 1;
        let (_, k, v) = dict_table::entry(src, i).unwrap_or((0, Value::NULL, Value::NULL));
        if !k.is_null() {
            f.i.set(i);
            return Ok(Some((k, v)));
        }
    }
    f.i.set(0);
    set_sub(f, sub::EXHAUSTED);
    Ok(None)
}

/// A reversed iterator over dict `d`'s keys (`view` 0), values (1) or items (2).
pub fn new_dict_reversed(vm: &Vm, d: Value, view: usize) -> Value {
    let x = &vm.rt.extra;
    let (t, s) = match view {
        0 => (x.dict_reversekeyiterator, sub::DICT_REV_KEYS),
        1 => (x.dict_reversevalueiterator, sub::DICT_REV_VALUES),
        _ => (x.dict_reverseitemiterator, sub::DICT_REV_ITEMS),
    };
    let it = new_iter(t, s, d, Value::NULL, Value::NULL, Value::NULL);
    let f = fixed(it);
    f.j.set(crate::objects::dict::len(d) << 32);
    f.i.set(dict_table::nentries(d));
    mark_ordered(it, d);
    it
}

/// The next (count, item) of an `enumerate`.
fn enumerate_next(vm: &mut Vm, f: &FixedObj) -> PyResult<Option<(Value, Value)>> {
    match vm.next(f.a.get())? {
        Some(v) => {
            let count = f.b.get();
            let next = match count.as_small().and_then(|c| c.checked_add(1)).and_then(Value::try_int) {
                Some(n) => n,
                None => vm.binary_op(crate::bytecode::BinOp::Add, count, Value::small(1))?,
            };
            f.b.set(next);
            Ok(Some((count, v)))
        }
        None => Ok(None),
    }
}

/// The next items of a `zip` into `out` (one per iterable; `out.len()` is their number):
/// true, or false when exhausted (after `strict=True`'s length checks). `out` must be a
/// place the collector scans (native stack, value stack), as the values wait there while
/// later iterators run; otherwise pass `rooted` and this also pushes each value to
/// `vm.temp_roots` (the caller truncates them).
fn zip_next(vm: &mut Vm, f: &FixedObj, out: &mut [Value], rooted: bool) -> PyResult<bool> {
    let src = f.a.get();
    let its = tuple::items(src);
    if its.is_empty() {
        return Ok(false);
    }
    let strict = f.j.get() == 1;
    for (k, x) in its.iter().enumerate() {
        match vm.next(*x)? {
            Some(v) => {
                out[k] = v;
                if rooted {
                    vm.temp_roots.push(v);
                }
            }
            None => {
                if strict {
                    if k > 0 {
                        let plural = if k == 1 { " " } else { "s 1-" };
                        let msg = format!("zip() argument {} is shorter than argument{plural}{k}", k + 1);
                        return Err(vm.value_error(msg));
                    }
                    for (m, y) in its.iter().enumerate().skip(1) {
                        if vm.next(*y)?.is_some() {
                            let plural = if m == 1 { " " } else { "s 1-" };
                            let msg = format!("zip() argument {} is longer than argument{plural}{m}", m + 1);
                            return Err(vm.value_error(msg));
                        }
                    }
                }
                return Ok(false);
            }
        }
    }
    Ok(true)
}

fn native_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let f = fixed(it);
    let src = f.a.get();
    let i = f.i.get();
    match f.sub {
        sub::LIST => match list::get(src, i) {
            Some(v) => {
                f.i.set(i + 1);
                Ok(Some(v))
            }
            None => {
                set_sub(f, sub::EXHAUSTED);
                Ok(None)
            }
        },
        sub::LIST_REV => {
            // i counts down from len; j unused
            if i == 0 || i > list::len(src) {
                set_sub(f, sub::EXHAUSTED);
                return Ok(None);
            }
            f.i.set(i - 1);
            Ok(list::get(src, i - 1))
        }
        sub::TUPLE => {
            let items = tuple::items(src);
            if i < items.len() {
                f.i.set(i + 1);
                Ok(Some(items[i]))
            } else {
                set_sub(f, sub::EXHAUSTED);
                Ok(None)
            }
        }
        sub::STR => {
            let o = pystr::str_obj(src);
            let s = o.as_str();
            // i is a byte offset
            if i >= s.len() {
                set_sub(f, sub::EXHAUSTED);
                return Ok(None);
            }
            let c = s[i..].chars().next().unwrap();
            f.i.set(i + c.len_utf8());
            Ok(Some(pystr::from_char(c)))
        }
        sub::BYTES => {
            let b = crate::objects::bytes::data(src).unwrap_or(&[]);
            if i < b.len() {
                f.i.set(i + 1);
                Ok(Some(Value::small(b[i] as i64)))
            } else {
                set_sub(f, sub::EXHAUSTED);
                Ok(None)
            }
        }
        sub::RANGE => crate::objects::range::range_iter_next(vm, it),
        sub::DICT_KEYS | sub::DICT_VALUES | sub::DICT_ITEMS => Ok(dict_next(vm, f)?.map(|(k, v)| match f.sub {
            sub::DICT_KEYS => k,
            sub::DICT_VALUES => v,
            _ => tuple::new(&[k, v]),
        })),
        sub::DICT_REV_KEYS | sub::DICT_REV_VALUES | sub::DICT_REV_ITEMS => {
            Ok(dict_rev_next(vm, f)?.map(|(k, v)| match f.sub {
                sub::DICT_REV_KEYS => k,
                sub::DICT_REV_VALUES => v,
                _ => tuple::new(&[k, v]),
            }))
        }
        sub::SET => {
            if set_table::len(src) != f.j.get() {
                f.j.set(SIZE_CHANGED);
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            match set_table::next_entry(src, i) {
                Some((p, k)) => {
                    f.i.set(p);
                    Ok(Some(k))
                }
                None => {
                    set_sub(f, sub::EXHAUSTED);
                    Ok(None)
                }
            }
        }
        sub::SEQ => {
            let idx = crate::objects::int::from_usize(i);
            match vm.getitem(src, idx) {
                Ok(v) => {
                    f.i.set(i + 1);
                    Ok(Some(v))
                }
                Err(e) if vm.err_matches(&e, vm.rt.exc.index_error) || vm.err_matches(&e, vm.rt.exc.stop_iteration) => {
                    set_sub(f, sub::EXHAUSTED);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        sub::SEQ_REV => {
            if i == 0 {
                set_sub(f, sub::EXHAUSTED);
                return Ok(None);
            }
            match vm.getitem(src, crate::objects::int::from_usize(i - 1)) {
                Ok(v) => {
                    f.i.set(i - 1);
                    Ok(Some(v))
                }
                Err(e) if vm.err_matches(&e, vm.rt.exc.index_error) || vm.err_matches(&e, vm.rt.exc.stop_iteration) => {
                    set_sub(f, sub::EXHAUSTED);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        sub::CALLABLE => {
            let v = vm.call0(src)?;
            if vm.eq(v, f.b.get())? {
                set_sub(f, sub::EXHAUSTED);
                return Ok(None);
            }
            Ok(Some(v))
        }
        sub::ENUMERATE => Ok(enumerate_next(vm, f)?.map(|(count, v)| tuple::new(&[count, v]))),
        sub::ZIP => {
            let n = tuple::items(src).len();
            // Items wait on the native stack (scanned conservatively) while later iterators
            // run; more than eight are kept in the Vm's temporary roots instead.
            let mut small = [Value::NULL; 8];
            if n <= small.len() {
                let out = &mut small[..n];
                return Ok(if zip_next(vm, f, out, false)? { Some(tuple::new(out)) } else { None });
            }
            let mut big = vec![Value::NULL; n];
            let base = vm.temp_roots.len();
            let r = zip_next(vm, f, &mut big, true);
            vm.temp_roots.truncate(base);
            Ok(if r? { Some(tuple::new(&big)) } else { None })
        }
        sub::MAP => {
            let its = tuple::items(f.b.get());
            // Up to four iterables without a heap allocation per item (the array is on the
            // scanned native stack, so its Values stay alive).
            let mut small = [Value::NULL; 4];
            let mut big = Vec::new();
            let out: &mut [Value] = if its.len() <= small.len() {
                &mut small[..its.len()]
            } else {
                big.resize(its.len(), Value::NULL);
                &mut big
            };
            for (slot, x) in out.iter_mut().zip(its) {
                match vm.next(*x)? {
                    Some(v) => *slot = v,
                    None => return Ok(None),
                }
            }
            vm.call(src, Args::new(out)).map(Some)
        }
        sub::FILTER => {
            let func = f.b.get();
            loop {
                let Some(v) = vm.next(src)? else { return Ok(None) };
                let keep = if func.is_none() {
                    vm.truthy(v)?
                } else {
                    let r = vm.call1(func, v)?;
                    vm.truthy(r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
        }
        sub::EXHAUSTED => Ok(None),
        _ => Ok(None),
    }
}

fn iter_self(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(a.at(0))
}

/// `__next__` for native iterators.
pub fn iter_next_method(vm: &mut Vm, a: Args) -> PyResult {
    match vm.next(a.at(0))? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::NULL)),
    }
}

fn length_hint(vm: &mut Vm, a: Args) -> PyResult {
    let it = a.at(0);
    let f = fixed(it);
    let src = f.a.get();
    let n = match f.sub {
        sub::LIST => list::len(src).saturating_sub(f.i.get()),
        sub::TUPLE => tuple::items(src).len().saturating_sub(f.i.get()),
        sub::LIST_REV | sub::SEQ_REV => f.i.get(),
        sub::STR => {
            let s = pystr::str_obj(src).as_str();
            let i = f.i.get().min(s.len());
            if s.is_ascii() { s.len() - i } else { s[i..].chars().count() }
        }
        sub::BYTES => crate::objects::bytes::data(src).map_or(0, |d| d.len()).saturating_sub(f.i.get()),
        sub::RANGE => {
            let rem = f.c.get();
            if crate::objects::int::sign(rem) <= 0 {
                0
            } else {
                return Ok(rem);
            }
        }
        sub::DICT_KEYS | sub::DICT_VALUES | sub::DICT_ITEMS => {
            if crate::objects::dict::len(src) != f.j.get() >> 32 {
                0
            } else {
                (f.i.get()..dict_table::nentries(src))
                    .filter(|&k| dict_table::entry(src, k).is_some_and(|e| !e.1.is_null()))
                    .count()
            }
        }
        sub::DICT_REV_KEYS | sub::DICT_REV_VALUES | sub::DICT_REV_ITEMS => {
            if crate::objects::dict::len(src) != f.j.get() >> 32 {
                0
            } else {
                (0..f.i.get().min(dict_table::nentries(src)))
                    .filter(|&k| dict_table::entry(src, k).is_some_and(|e| !e.1.is_null()))
                    .count()
            }
        }
        sub::SET => {
            if set_table::len(src) != f.j.get() {
                0
            } else {
                let mut n = 0;
                let mut p = f.i.get();
                while let Some((q, _)) = set_table::next_entry(src, p) {
                    n += 1;
                    p = q;
                }
                n
            }
        }
        sub::EXHAUSTED => 0,
        _ => return Ok(objmodel::not_implemented()),
    };
    let _ = vm;
    Ok(crate::objects::int::from_usize(n))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::method;
    let x = &r.extra;
    for t in [
        x.list_iterator,
        x.list_reverseiterator,
        x.tuple_iterator,
        x.str_iterator,
        x.bytes_iterator,
        x.range_iterator,
        x.bytearray_iterator,
        x.longrange_iterator,
        x.set_iterator,
        x.dict_keyiterator,
        x.dict_valueiterator,
        x.dict_itemiterator,
        x.dict_reversekeyiterator,
        x.dict_reversevalueiterator,
        x.dict_reverseitemiterator,
        x.seq_iterator,
        x.callable_iterator,
        x.enumerate,
        x.zip,
        x.map,
        x.filter,
        x.reversed,
    ] {
        method(t, "__iter__", iter_self);
        method(t, "__next__", iter_next_method);
        method(t, "__length_hint__", length_hint);
        method(t, "__reduce__", crate::objects::iter_reduce::iter_reduce);
    }
}

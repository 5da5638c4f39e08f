//! `bytes` and `bytearray` core: access, the bytearray buffer (grown in place with
//! over-allocation), concatenation, repetition, indexing, slice assignment, membership, repr and
//! `%`-formatting. Methods live in `bytes_methods.rs` and `bytes_methods_more.rs`.
//!
//! Threads: bytearray writers hold the object's lock (INV-L2; the public mutators below take
//! it); the buffer is a `RawArrayObj` that is replaced (never shrunk in place) when it must
//! grow, so lock-free readers always index within an array.

use objmodel::layout::{ByteArrayObj, BytesObj, RawArrayObj};
use objmodel::{Kind, Value};

use crate::error::PyResult;
use crate::objects::{slice, subscript::norm_index};
use crate::vm::Vm;

#[inline]
pub fn is_bytes_like(v: Value) -> bool {
    v.is_ptr() && matches!(v.header().kind(), Kind::Bytes | Kind::ByteArray)
}

#[inline]
pub fn is_bytearray(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::ByteArray
}

/// Borrow the bytes of a bytes/bytearray object (or of a memoryview over one). For a bytearray
/// the slice is valid until the next mutation of that bytearray: copy first when Python code
/// may run in between.
#[inline]
pub fn data<'a>(v: Value) -> Option<&'a [u8]> {
    if !v.is_ptr() {
        return None;
    }
    match v.header().kind() {
        // SAFETY: kind Bytes has layout BytesObj.
        Kind::Bytes => Some(unsafe { v.cast::<BytesObj>() }.as_bytes()),
        Kind::ByteArray => Some(bytearray_data(v)),
        // A memoryview over bytes/bytearray (a copy for a strided view).
        Kind::Native => crate::objects::memoryview::borrow(v),
        _ => None,
    }
}

/// A copy of the bytes of a bytes/bytearray object.
pub fn as_bytes(v: Value) -> Option<Vec<u8>> {
    data(v).map(|d| d.to_vec())
}

/// Borrow the bytes of an immutable bytes object.
pub fn bytes_slice(v: Value) -> &'static [u8] {
    // SAFETY: callers pass bytes objects.
    unsafe { v.cast::<BytesObj>() }.as_bytes()
}

fn ba(v: Value) -> &'static ByteArrayObj {
    debug_assert!(is_bytearray(v));
    // SAFETY: callers pass bytearray objects.
    unsafe { v.cast::<ByteArrayObj>() }
}

fn store(o: &ByteArrayObj) -> Option<&'static RawArrayObj> {
    let s = o.store.get();
    // SAFETY: `store` is NULL or a RawArray (only this module writes it).
    if s.is_null() { None } else { Some(unsafe { s.cast::<RawArrayObj>() }) }
}

pub fn bytearray_data(v: Value) -> &'static [u8] {
    let o = ba(v);
    match store(o) {
        Some(r) => &r.bytes()[..o.len.get().min(r.cap)],
        None => &[],
    }
}

pub fn new_bytearray(data: &[u8]) -> Value {
    new_bytearray_with_class(data, objmodel::builtin_types().bytearray)
}

pub fn new_bytearray_with_class(data: &[u8], cls: &objmodel::TypeObj) -> Value {
    let o: &ByteArrayObj = objmodel::alloc::alloc_obj(Kind::ByteArray, cls);
    let v = objmodel::alloc::value_of(o);
    if !data.is_empty() {
        set_bytearray(v, data);
    }
    v
}

/// Make room for `need` bytes (keeps the contents); returns the buffer.
fn reserve(v: Value, need: usize) -> &'static RawArrayObj {
    let o = ba(v);
    if let Some(r) = store(o)
        && r.cap >= need
    {
        return r;
    }
    let cap = (need + (need >> 3) + if need < 9 { 3 } else { 6 }).max(8);
    let nv = objmodel::alloc::new_raw_array(cap);
    // SAFETY: new_raw_array returns a RawArray, exclusively ours until published.
    let nr = unsafe { nv.cast::<RawArrayObj>() };
    let old = bytearray_data(v);
    // SAFETY: unpublished buffer.
    unsafe { nr.bytes_mut()[..old.len()].copy_from_slice(old) };
    o.store.set(nv);
    nr
}

/// Mutable view of the first `len` bytes.
#[allow(clippy::mut_from_ref)]
fn buf_mut(v: Value) -> &'static mut [u8] {
    let o = ba(v);
    match store(o) {
        // SAFETY: single writer (see the module doc); the slice stays within `cap`.
        Some(r) => unsafe { &mut r.bytes_mut()[..o.len.get().min(r.cap)] },
        None => &mut [],
    }
}

/// Replace a bytearray's contents.
pub fn set_bytearray(v: Value, data: &[u8]) {
    let copy;
    let data = if std::ptr::eq(data.as_ptr(), bytearray_data(v).as_ptr()) {
        copy = data.to_vec();
        &copy[..]
    } else {
        data
    };
    let o = ba(v);
    let _guard = o.h.lock.lock();
    o.len.set(0);
    let r = reserve(v, data.len());
    // SAFETY: single writer; within cap.
    unsafe { r.bytes_mut()[..data.len()].copy_from_slice(data) };
    o.len.set(data.len());
}

/// Replace bytes `[start, stop)` of a bytearray by `new` (which must not borrow `v`'s buffer).
pub fn splice(v: Value, start: usize, stop: usize, new: &[u8]) {
    let o = ba(v);
    let _guard = o.h.lock.lock();
    let n = o.len.get();
    let stop = stop.max(start).min(n);
    let start = start.min(n);
    let newlen = n - (stop - start) + new.len();
    let r = reserve(v, newlen);
    // SAFETY: single writer; all indices below are within `cap >= max(n, newlen)`.
    let b = unsafe { r.bytes_mut() };
    b.copy_within(stop..n, start + new.len());
    b[start..start + new.len()].copy_from_slice(new);
    o.len.set(newlen);
}

pub fn ba_push(v: Value, x: u8) {
    let _guard = ba(v).h.lock.lock();
    let n = ba(v).len.get();
    let r = reserve(v, n + 1);
    // SAFETY: single writer; n < cap.
    unsafe { r.bytes_mut()[n] = x };
    ba(v).len.set(n + 1);
}

pub fn ba_extend(v: Value, xs: &[u8]) {
    let copy;
    let xs = if std::ptr::eq(xs.as_ptr(), bytearray_data(v).as_ptr()) {
        copy = xs.to_vec();
        &copy[..]
    } else {
        xs
    };
    let _guard = ba(v).h.lock.lock();
    let n = ba(v).len.get();
    let r = reserve(v, n + xs.len());
    // SAFETY: single writer; within cap.
    unsafe { r.bytes_mut()[n..n + xs.len()].copy_from_slice(xs) };
    ba(v).len.set(n + xs.len());
}

pub fn ba_truncate(v: Value, n: usize) {
    let o = ba(v);
    let _guard = o.h.lock.lock();
    if n < o.len.get() {
        o.len.set(n);
    }
}

/// In-place mutable access to a bytearray's bytes (same length).
pub fn ba_modify(v: Value, f: impl FnOnce(&mut [u8])) {
    let _guard = ba(v).h.lock.lock();
    f(buf_mut(v))
}

/// A bytes or bytearray result of the same kind as `like`.
pub fn new_like(like: Value, data: &[u8]) -> Value {
    if is_bytearray(like) { new_bytearray(data) } else { objmodel::alloc::new_bytes(data) }
}

pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    let Some(x) = data(a) else { return Ok(None) };
    let Some(y) = data(b) else {
        return Err(vm.type_error(format!("can't concat {} to {}", b.class().error_name(), a.class().error_name())));
    };
    if y.is_empty() && a.class().is(vm.rt.types.bytes) {
        return Ok(Some(a));
    }
    if x.is_empty() && b.class().is(vm.rt.types.bytes) && !is_bytearray(a) {
        return Ok(Some(b));
    }
    let n = x.len() + y.len();
    if a.header().kind() == Kind::Bytes {
        // SAFETY: kind Bytes has layout BytesObj.
        let xo = unsafe { a.cast::<BytesObj>() };
        if n >= objmodel::str_append::VIEW_MIN_BYTES && x.len() >= y.len() {
            // Linear `b += chunk` loops, as for str (objmodel str_append.rs); `y` is copied
            // before any Python code can run, so a bytearray's bytes are fine.
            return Ok(Some(objmodel::str_append::concat_bytes(xo, y)));
        }
    }
    if is_bytearray(a) {
        let mut out = Vec::with_capacity(n);
        out.extend_from_slice(x);
        out.extend_from_slice(y);
        return Ok(Some(new_bytearray(&out)));
    }
    let v = objmodel::alloc::new_bytes_filled(n, |d| {
        d[..x.len()].copy_from_slice(x);
        d[x.len()..].copy_from_slice(y);
    });
    Ok(Some(v))
}

pub fn repeat(vm: &mut Vm, a: Value, n: usize) -> PyResult<Option<Value>> {
    let Some(x) = data(a) else { return Ok(None) };
    crate::memlimit::check_items(vm, n, x.len())?;
    if n == 1 && a.class().is(vm.rt.types.bytes) {
        return Ok(Some(a));
    }
    Ok(Some(new_like(a, &x.repeat(n))))
}

fn index_of(vm: &mut Vm, key: Value, what: &str) -> PyResult<i64> {
    if let Some(i) = key.as_small() {
        return Ok(i);
    }
    if crate::objects::int::is_int(key) || vm.lookup_type_cached(key.class(), vm.rt.names.__index__).is_some() {
        return vm.index_value(key);
    }
    Err(vm.type_error(format!("{what} indices must be integers or slices, not {}", key.class().error_name())))
}

pub fn getitem(vm: &mut Vm, o: Value, key: Value) -> PyResult {
    let d = data(o).unwrap();
    let what = if is_bytearray(o) { "bytearray" } else { "byte" };
    if slice::is_slice(key) {
        let (start, stop, step, len) = slice::indices(vm, key, d.len())?;
        let d = data(o).unwrap();
        if step == 1 {
            let (a, b) = (start as usize, (stop.max(start)) as usize);
            if a == 0 && b == d.len() && o.class().is(vm.rt.types.bytes) {
                return Ok(o);
            }
            return Ok(new_like(o, &d[a..b]));
        }
        let v: Vec<u8> = (0..len).map(|i| d[(start + i as i64 * step) as usize]).collect();
        return Ok(new_like(o, &v));
    }
    let i = index_of(vm, key, what)?;
    let d = data(o).unwrap();
    match norm_index(i, d.len()) {
        Some(j) => Ok(Value::small(d[j] as i64)),
        None => Err(vm.index_error(if is_bytearray(o) { "bytearray index out of range" } else { "index out of range" })),
    }
}

/// An int in range(256) (`byte must be in range(0, 256)`).
pub fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let i = match v.as_small() {
        Some(i) => i,
        None => {
            if !crate::objects::int::is_int(v) && vm.lookup_type_cached(v.class(), vm.rt.names.__index__).is_none() {
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", v.class().error_name())));
            }
            let r = vm.index(v)?;
            crate::objects::int::to_i64(r).unwrap_or(-1)
        }
    };
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

/// Bytes of the right side of a bytearray slice assignment.
fn assigned_bytes(vm: &mut Vm, value: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = data(value) {
        return Ok(b.to_vec());
    }
    if crate::objects::int::is_int(value) || crate::objects::str::is_str(value) {
        return Err(vm.type_error(format!(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)"
        )));
    }
    let items = vm.collect(value)?;
    ints_to_bytes(vm, &items, "byte must be in range(0, 256)")
}

/// Convert collected items (ints or `__index__` objects) to bytes; the items are rooted while
/// `__index__` may run Python code. `range_msg` is the ValueError for values outside 0..256.
pub fn ints_to_bytes(vm: &mut Vm, items: &[Value], range_msg: &str) -> PyResult<Vec<u8>> {
    if items.iter().all(|v| v.as_small().is_some_and(|i| (0..256).contains(&i))) {
        return Ok(items.iter().map(|v| v.small_unchecked() as u8).collect());
    }
    vm.with_roots(items, |vm| {
        let mut out = Vec::with_capacity(items.len());
        for &x in items {
            let i = match x.as_small() {
                Some(i) => i,
                None => {
                    if !crate::objects::int::is_int(x) && vm.lookup_type_cached(x.class(), vm.rt.names.__index__).is_none() {
                        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", x.class().error_name())));
                    }
                    let r = vm.index(x)?;
                    crate::objects::int::to_i64(r).unwrap_or(-1)
                }
            };
            if !(0..256).contains(&i) {
                return Err(vm.value_error(range_msg));
            }
            out.push(i as u8);
        }
        Ok(out)
    })
}

pub fn setitem(vm: &mut Vm, o: Value, key: Value, value: Value) -> PyResult<()> {
    if slice::is_slice(key) {
        let new = assigned_bytes(vm, value)?;
        let (start, stop, step, n) = slice::indices(vm, key, bytearray_data(o).len())?;
        if step == 1 {
            splice(o, start as usize, stop.max(start) as usize, &new);
        } else {
            if new.len() != n {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {n}",
                    new.len()
                )));
            }
            ba_modify(o, |b| {
                for (k, x) in new.iter().enumerate() {
                    if let Some(slot) = b.get_mut((start + k as i64 * step) as usize) {
                        *slot = *x;
                    }
                }
            });
        }
        return Ok(());
    }
    let i = index_of(vm, key, "bytearray")?;
    let b = byte_value(vm, value)?;
    match norm_index(i, bytearray_data(o).len()) {
        Some(j) => {
            ba_modify(o, |d| {
                if let Some(slot) = d.get_mut(j) {
                    *slot = b;
                }
            });
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

pub fn delitem(vm: &mut Vm, o: Value, key: Value) -> PyResult<()> {
    if slice::is_slice(key) {
        let (start, stop, step, n) = slice::indices(vm, key, bytearray_data(o).len())?;
        if step == 1 {
            splice(o, start as usize, stop.max(start) as usize, &[]);
            return Ok(());
        }
        if n == 0 {
            return Ok(());
        }
        // Normalise to an ascending walk, then compact.
        let (lo, st) = if step < 0 { (start + (n as i64 - 1) * step, -step) } else { (start, step) };
        let o_ba = ba(o);
        let _guard = o_ba.h.lock.lock();
        let b = buf_mut(o);
        let len = b.len();
        let mut w = lo as usize;
        let mut next_del = lo as usize;
        let mut deleted = 0;
        for r in lo as usize..len {
            if deleted < n && r == next_del {
                deleted += 1;
                next_del = r + st as usize;
                continue;
            }
            b[w] = b[r];
            w += 1;
        }
        if w < o_ba.len.get() {
            o_ba.len.set(w);
        }
        return Ok(());
    }
    let i = index_of(vm, key, "bytearray")?;
    let n = bytearray_data(o).len();
    let Some(j) = norm_index(i, n) else {
        return Err(vm.index_error("bytearray index out of range"));
    };
    splice(o, j, j + 1, &[]);
    Ok(())
}

/// Naive substring search (first occurrence at or after 0).
#[inline]
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => hay.iter().position(|&b| b == needle[0]),
        n if n > hay.len() => None,
        n => {
            let first = needle[0];
            let mut i = 0;
            while i + n <= hay.len() {
                match hay[i..=hay.len() - n].iter().position(|&b| b == first) {
                    None => return None,
                    Some(p) => {
                        i += p;
                        if &hay[i..i + n] == needle {
                            return Some(i);
                        }
                        i += 1;
                    }
                }
            }
            None
        }
    }
}

#[inline]
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n > hay.len() {
        return None;
    }
    if n == 0 {
        return Some(hay.len());
    }
    (0..=hay.len() - n).rev().find(|&i| &hay[i..i + n] == needle)
}

pub fn contains(vm: &mut Vm, o: Value, item: Value) -> PyResult<bool> {
    if let Some(sub) = data(item) {
        let sub = sub.to_vec();
        return Ok(find_bytes(data(o).unwrap(), &sub).is_some());
    }
    if !crate::objects::int::is_int(item) && vm.lookup_type_cached(item.class(), vm.rt.names.__index__).is_none() {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", item.class().error_name())));
    }
    let b = byte_value(vm, item)?;
    Ok(data(o).unwrap().contains(&b))
}

/// `repr(b'...')` as CPython.
pub fn bytes_repr(data: &[u8], prefix: &str) -> String {
    repr_impl(data, prefix, false)
}

/// The `b'...'` part of `repr(bytearray)`: like bytes, except that a single quote is always
/// escaped (CPython's bytearray_repr).
pub fn bytearray_repr(data: &[u8]) -> String {
    repr_impl(data, "b", true)
}

fn repr_impl(data: &[u8], prefix: &str, escape_squote: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::with_capacity(data.len() + 3 + prefix.len());
    s.push_str(prefix);
    s.push(quote);
    for &b in data {
        match b {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            b if b as char == quote || (escape_squote && b == b'\'') => {
                s.push('\\');
                s.push(b as char);
            }
            0x20..=0x7e => s.push(b as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                s.push_str("\\x");
                s.push(HEX[(b >> 4) as usize] as char);
                s.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
    s.push(quote);
    s
}

pub fn len(v: Value) -> usize {
    match v.header().kind() {
        Kind::Bytes => bytes_slice(v).len(),
        _ => ba(v).len.get(),
    }
}

/// `bytes % args` (and bytearray): printf-style formatting over bytes (`%s`/`%b` take
/// bytes-like objects or `__bytes__`, `%r`/`%a` give `ascii()`, `%c` takes an int or one byte).
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult {
    let f: String = data(fmt).unwrap().iter().map(|&b| b as char).collect();
    let f = percent_b_to_s(&f);
    let r = crate::objects::str_format::bytes_percent_format(vm, &f, args)?;
    Ok(new_like(fmt, &r))
}

/// Rewrite the `%b` conversions of a bytes format as `%s` (same positions, so error messages
/// keep their indices); `%%` and `%(key)` are skipped over.
fn percent_b_to_s(f: &str) -> String {
    let mut out: Vec<char> = f.chars().collect();
    let n = out.len();
    let mut i = 0;
    while i < n {
        if out[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if i < n && out[i] == '(' {
            let mut depth = 1;
            i += 1;
            while i < n && depth > 0 {
                match out[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
        }
        while i < n && matches!(out[i], '-' | '+' | ' ' | '#' | '0') {
            i += 1;
        }
        while i < n && (out[i].is_ascii_digit() || out[i] == '*') {
            i += 1;
        }
        if i < n && out[i] == '.' {
            i += 1;
            while i < n && (out[i].is_ascii_digit() || out[i] == '*') {
                i += 1;
            }
        }
        while i < n && matches!(out[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i < n {
            if out[i] == 'b' {
                out[i] = 's';
            }
            i += 1;
        }
    }
    out.into_iter().collect()
}

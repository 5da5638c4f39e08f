//! `bytes` and `bytearray` core: access, concatenation, repetition, indexing, membership and
//! `%`-formatting. Methods live in `bytes_methods.rs`.

use objmodel::layout::{ByteArrayObj, BytesObj, RawArrayObj};
use objmodel::{Kind, Value};

use crate::error::PyResult;
use crate::objects::{int, slice, subscript::norm_index};
use crate::vm::Vm;

pub fn is_bytes_like(v: Value) -> bool {
    v.is_ptr() && matches!(v.header().kind(), Kind::Bytes | Kind::ByteArray)
}

/// A copy of the bytes of a bytes/bytearray object.
pub fn as_bytes(v: Value) -> Option<Vec<u8>> {
    if !v.is_ptr() {
        return None;
    }
    match v.header().kind() {
        // SAFETY: kind Bytes has layout BytesObj.
        Kind::Bytes => Some(unsafe { v.cast::<BytesObj>() }.as_bytes().to_vec()),
        Kind::ByteArray => Some(bytearray_data(v).to_vec()),
        _ => None,
    }
}

/// Borrow the bytes of an immutable bytes object.
pub fn bytes_slice(v: Value) -> &'static [u8] {
    // SAFETY: callers pass bytes objects.
    unsafe { v.cast::<BytesObj>() }.as_bytes()
}

fn ba(v: Value) -> &'static ByteArrayObj {
    // SAFETY: callers pass bytearray objects.
    unsafe { v.cast::<ByteArrayObj>() }
}

pub fn bytearray_data(v: Value) -> &'static [u8] {
    let o = ba(v);
    let s = o.store.get();
    if s.is_null() {
        return &[];
    }
    // SAFETY: `store` is a RawArray of capacity >= len.
    let r = unsafe { s.cast::<RawArrayObj>() };
    &r.bytes()[..o.len.get().min(r.cap)]
}

pub fn new_bytearray(data: &[u8]) -> Value {
    new_bytearray_with_class(data, objmodel::builtin_types().bytearray)
}

pub fn new_bytearray_with_class(data: &[u8], cls: &objmodel::TypeObj) -> Value {
    let o: &ByteArrayObj = objmodel::alloc::alloc_obj(Kind::ByteArray, cls);
    set_bytearray(objmodel::alloc::value_of(o), data);
    objmodel::alloc::value_of(o)
}

/// Replace a bytearray's contents.
pub fn set_bytearray(v: Value, data: &[u8]) {
    let o = ba(v);
    let r = objmodel::alloc::new_raw_array(data.len().max(8));
    // SAFETY: fresh raw array, exclusively ours until published below.
    unsafe { r.cast::<RawArrayObj>().bytes_mut()[..data.len()].copy_from_slice(data) };
    o.len.set(0);
    o.store.set(r);
    o.len.set(data.len());
}

/// A bytes or bytearray result of the same kind as `like`.
pub fn new_like(like: Value, data: &[u8]) -> Value {
    if like.header().kind() == Kind::ByteArray { new_bytearray(data) } else { objmodel::alloc::new_bytes(data) }
}

pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    let Some(mut x) = as_bytes(a) else { return Ok(None) };
    let Some(y) = as_bytes(b) else {
        return Err(vm.type_error(format!("can't concat {} to {}", b.class().name_str(), a.class().name_str())));
    };
    x.extend_from_slice(&y);
    Ok(Some(new_like(a, &x)))
}

pub fn repeat(_vm: &mut Vm, a: Value, n: usize) -> PyResult<Option<Value>> {
    let Some(x) = as_bytes(a) else { return Ok(None) };
    Ok(Some(new_like(a, &x.repeat(n))))
}

pub fn getitem(vm: &mut Vm, o: Value, key: Value) -> PyResult {
    let data = as_bytes(o).unwrap();
    if slice::is_slice(key) {
        let pos = slice::positions(vm, key, data.len())?;
        let v: Vec<u8> = pos.iter().map(|&p| data[p]).collect();
        return Ok(new_like(o, &v));
    }
    let i = vm.index_value(key)?;
    match norm_index(i, data.len()) {
        Some(j) => Ok(Value::small(data[j] as i64)),
        None => Err(vm.index_error(format!(
            "{} index out of range",
            if o.header().kind() == Kind::ByteArray { "bytearray" } else { "index" }
        ))),
    }
}

fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let i = vm.index_value(v)?;
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

pub fn setitem(vm: &mut Vm, o: Value, key: Value, value: Value) -> PyResult<()> {
    let mut data = bytearray_data(o).to_vec();
    if slice::is_slice(key) {
        let new = match as_bytes(value) {
            Some(b) => b,
            None => {
                let items = vm.collect(value)?;
                let mut out = Vec::new();
                for x in items {
                    out.push(byte_value(vm, x)?);
                }
                out
            }
        };
        let (start, stop, step, n) = slice::indices(vm, key, data.len())?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            data.splice(start as usize..stop, new);
        } else {
            if new.len() != n {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {n}",
                    new.len()
                )));
            }
            for (k, b) in new.iter().enumerate() {
                data[(start + k as i64 * step) as usize] = *b;
            }
        }
        set_bytearray(o, &data);
        return Ok(());
    }
    let i = vm.index_value(key)?;
    let b = byte_value(vm, value)?;
    match norm_index(i, data.len()) {
        Some(j) => {
            data[j] = b;
            set_bytearray(o, &data);
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

pub fn delitem(vm: &mut Vm, o: Value, key: Value) -> PyResult<()> {
    let data = bytearray_data(o).to_vec();
    let keep: Vec<u8> = if slice::is_slice(key) {
        let pos = slice::positions(vm, key, data.len())?;
        data.iter().enumerate().filter(|(i, _)| !pos.contains(i)).map(|(_, b)| *b).collect()
    } else {
        let i = vm.index_value(key)?;
        let Some(j) = norm_index(i, data.len()) else {
            return Err(vm.index_error("bytearray index out of range"));
        };
        let mut d = data;
        d.remove(j);
        d
    };
    set_bytearray(o, &keep);
    Ok(())
}

pub fn contains(vm: &mut Vm, o: Value, item: Value) -> PyResult<bool> {
    let data = as_bytes(o).unwrap();
    if let Some(sub) = as_bytes(item) {
        if sub.is_empty() {
            return Ok(true);
        }
        return Ok(data.windows(sub.len()).any(|w| w == sub.as_slice()));
    }
    let b = byte_value(vm, item)?;
    Ok(data.contains(&b))
}

/// `bytes % args`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult {
    let f = String::from_utf8_lossy(&as_bytes(fmt).unwrap()).to_string();
    let r = crate::objects::str_format::percent_format(vm, crate::objects::str::new(&f), args)?;
    let s = crate::objects::str::as_str(r).unwrap();
    let out: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    Ok(new_like(fmt, &out))
}

/// `repr(b'...')` as CPython.
pub fn bytes_repr(data: &[u8], prefix: &str) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::from(prefix);
    s.push(quote);
    for &b in data {
        match b {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            b if b as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\x{b:02x}")),
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

#[allow(dead_code)]
fn _int(v: Value) -> Option<i64> {
    int::to_i64(v)
}

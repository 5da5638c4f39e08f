//! `memoryview` over `bytes`, `bytearray` and `io.BytesIO` (via `getbuffer`), in the native
//! single-character formats (`cast`) and C-contiguous shapes.
//!
//! A view is a `Native` object whose payload holds the underlying object, the byte offset of
//! its first item, the byte stride between items, the item count, and the format. Views over a
//! bytearray (or a BytesIO) read and write its current buffer; items past its current end
//! (after it shrank — CPython forbids that resize while a view exists, this runtime does not)
//! read as missing and raise IndexError. Slicing gives a new view over the same object.
//! Multi-dimensional views (from `cast` with a shape) are always C-contiguous.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use objmodel::layout::{NativeData, NativeObj};
use objmodel::{Kind, TypeObj, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::bytes::{self, data, is_bytearray, is_bytes_like};
use crate::objects::{int, list, slice, str as pystr, tuple, type_};
use crate::vm::Vm;

static TYPE: OnceLock<usize> = OnceLock::new();

/// The `memoryview` type (created by `init`).
pub fn memoryview_type() -> &'static TypeObj {
    type_::as_type(Value::from_raw(*TYPE.get().expect("memoryview type")))
}

struct MemView {
    obj: Value,
    /// Byte offset of item 0 in the underlying buffer.
    start: i64,
    /// Bytes between consecutive items (the item size when contiguous; negative when reversed).
    step: i64,
    /// Items along the first dimension.
    len: usize,
    /// The format as given to `cast` (`"B"` by default; an optional leading `@`).
    format: String,
    itemsize: usize,
    /// The full shape of a multi-dimensional view (None: one dimension of `len`).
    shape: Option<Vec<usize>>,
    readonly: bool,
    released: AtomicBool,
}

impl NativeData for MemView {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.obj);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl MemView {
    /// The format character (without the `@` prefix).
    fn code(&self) -> u8 {
        *self.format.as_bytes().last().unwrap_or(&b'B')
    }
    fn ndim(&self) -> usize {
        self.shape.as_ref().map_or(1, |s| s.len())
    }
    /// Items in the whole view (all dimensions).
    fn nitems(&self) -> usize {
        self.shape.as_ref().map_or(self.len, |s| s.iter().product())
    }
    fn nbytes(&self) -> usize {
        self.nitems() * self.itemsize
    }
    fn contiguous(&self) -> bool {
        self.step == self.itemsize as i64 || self.len <= 1
    }
    fn shape_vec(&self) -> Vec<usize> {
        self.shape.clone().unwrap_or_else(|| vec![self.len])
    }
}

fn payload<'a>(v: Value) -> Option<&'a MemView> {
    if !v.is_ptr() || v.header().kind() != Kind::Native {
        return None;
    }
    // SAFETY: kind Native has layout NativeObj.
    let o = unsafe { v.cast::<NativeObj>() };
    o.data::<MemView>()
}

/// Whether `v` is a memoryview.
pub fn is_memoryview(v: Value) -> bool {
    payload(v).is_some()
}

/// Run `f` over the current bytes of the object a view shows.
fn with_data<R>(m: &MemView, f: impl FnOnce(&[u8]) -> R) -> R {
    if crate::stdlib::io::is_bytesio(m.obj) {
        let mut f = Some(f);
        if let Some(r) = crate::stdlib::io::with_bytesio_buf(m.obj, |b| (f.take().expect("called once"))(b)) {
            return r;
        }
        return (f.take().expect("not yet called"))(&[]);
    }
    f(data(m.obj).unwrap_or(&[]))
}

/// Change the bytes of the (writable) object a view shows.
fn modify(m: &MemView, f: impl FnOnce(&mut [u8])) {
    if crate::stdlib::io::is_bytesio(m.obj) {
        crate::stdlib::io::with_bytesio_buf(m.obj, |b| f(b));
    } else {
        bytes::ba_modify(m.obj, f);
    }
}

/// A copy of the bytes a memoryview shows (None when `v` is not a memoryview, or is released).
pub fn as_bytes(v: Value) -> Option<Vec<u8>> {
    let m = payload(v)?;
    if m.released.load(Ordering::Relaxed) {
        return None;
    }
    Some(gather(m))
}

/// Borrow the bytes a (non-released) memoryview shows: a sub-slice of the underlying buffer
/// for a contiguous view of a bytes or bytearray, else the contents of a fresh bytes copy
/// (kept alive by the interior pointer while the caller holds the slice). Same validity rule
/// as `bytes::data`.
pub fn borrow<'a>(v: Value) -> Option<&'a [u8]> {
    let m = payload(v)?;
    if m.released.load(Ordering::Relaxed) {
        return None;
    }
    if m.step == m.itemsize as i64 && is_bytes_like(m.obj) {
        let d = data(m.obj)?;
        let a = (m.start.max(0) as usize).min(d.len());
        let b = (a + m.nbytes()).min(d.len());
        return Some(&d[a..b]);
    }
    data(objmodel::alloc::new_bytes(&gather(m)))
}

/// The bytes of every item the view shows, in order.
fn gather(m: &MemView) -> Vec<u8> {
    with_data(m, |d| {
        if m.step == m.itemsize as i64 {
            let a = (m.start.max(0) as usize).min(d.len());
            let b = (a + m.nbytes()).min(d.len());
            return d[a..b].to_vec();
        }
        let mut out = Vec::with_capacity(m.nbytes());
        for k in 0..m.len {
            let p = m.start + k as i64 * m.step;
            if p >= 0 && (p as usize) + m.itemsize <= d.len() {
                out.extend_from_slice(&d[p as usize..p as usize + m.itemsize]);
            }
        }
        out
    })
}

fn new_view_full(
    obj: Value,
    start: i64,
    step: i64,
    len: usize,
    format: String,
    itemsize: usize,
    shape: Option<Vec<usize>>,
    readonly: bool,
) -> Value {
    let m = MemView { obj, start, step, len, format, itemsize, shape, readonly, released: AtomicBool::new(false) };
    objmodel::alloc::new_native(memoryview_type(), Box::new(m))
}

/// A one-dimensional view of `m`'s object with `m`'s format.
fn sub_view(m: &MemView, start: i64, step: i64, len: usize, readonly: bool) -> Value {
    new_view_full(m.obj, start, step, len, m.format.clone(), m.itemsize, None, readonly)
}

/// `memoryview(obj)` from Rust.
pub fn new(obj: Value) -> Value {
    if let Some(m) = payload(obj) {
        return new_view_full(m.obj, m.start, m.step, m.len, m.format.clone(), m.itemsize, m.shape.clone(), m.readonly);
    }
    new_view_full(obj, 0, 1, bytes::len(obj), "B".into(), 1, None, !is_bytearray(obj))
}

/// A writable byte view of the `len` bytes of the BytesIO `bio` (`BytesIO.getbuffer`).
pub fn over_bytesio(bio: Value, len: usize) -> Value {
    new_view_full(bio, 0, 1, len, "B".into(), 1, None, false)
}

fn this<'a>(vm: &mut Vm, a: &Args) -> PyResult<&'a MemView> {
    let m = match a.get(0).and_then(payload) {
        Some(m) => m,
        None => return Err(vm.type_error("descriptor requires a 'memoryview' object")),
    };
    if m.released.load(Ordering::Relaxed) {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

fn mv_new(vm: &mut Vm, a: Args) -> PyResult {
    let p = crate::args::Params { fname: "memoryview", names: ["object"], posonly: 0, maxpos: 1, required: 1 };
    let [obj] = a.rest().bind_clinic(vm, p)?;
    if let Some(m) = payload(obj) {
        if m.released.load(Ordering::Relaxed) {
            return Err(vm.value_error("operation forbidden on released memoryview object"));
        }
        return Ok(new(obj));
    }
    if !is_bytes_like(obj) {
        return Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            obj.class().name_str()
        )));
    }
    Ok(new(obj))
}

/// The size of one item of the native single-character format `c` (None: unsupported).
fn format_size(c: u8) -> Option<usize> {
    Some(match c {
        b'b' | b'B' | b'c' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

fn is_byte_format(c: u8) -> bool {
    matches!(c, b'b' | b'B' | b'c')
}

/// An item's value, for comparisons between views.
#[derive(Clone, Copy)]
enum Item {
    Int(i128),
    Float(f64),
    Bool(bool),
    Char(u8),
}

fn decode_item(c: u8, b: &[u8]) -> Item {
    let n = |k: usize| -> [u8; 8] {
        let mut a = [0u8; 8];
        a[..k].copy_from_slice(&b[..k]);
        a
    };
    match c {
        b'b' => Item::Int(b[0] as i8 as i128),
        b'B' => Item::Int(b[0] as i128),
        b'c' => Item::Char(b[0]),
        b'?' => Item::Bool(b[0] != 0),
        b'h' => Item::Int(i16::from_ne_bytes([b[0], b[1]]) as i128),
        b'H' => Item::Int(u16::from_ne_bytes([b[0], b[1]]) as i128),
        b'i' => Item::Int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i128),
        b'I' => Item::Int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i128),
        b'f' => Item::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Item::Float(f64::from_ne_bytes(n(8))),
        b'L' | b'Q' | b'N' | b'P' => Item::Int(u64::from_ne_bytes(n(8)) as i128),
        _ => Item::Int(i64::from_ne_bytes(n(8)) as i128),
    }
}

fn item_value(it: Item) -> Value {
    match it {
        Item::Int(i) => int::from_i128(i),
        Item::Float(f) => crate::objects::float::new(f),
        Item::Bool(b) => objmodel::bool_(b),
        Item::Char(c) => objmodel::alloc::new_bytes(&[c]),
    }
}

fn item_eq(a: Item, b: Item) -> bool {
    use Item::*;
    let num = |x: Item| -> Option<f64> {
        match x {
            Int(i) => Some(i as f64),
            Float(f) => Some(f),
            Bool(b) => Some(b as u8 as f64),
            Char(_) => None,
        }
    };
    match (a, b) {
        (Char(x), Char(y)) => x == y,
        (Char(_), _) | (_, Char(_)) => false,
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => x == y as i128,
        _ => num(a) == num(b),
    }
}

/// The bytes of `value` stored as one item of format `c` (CPython's pack_single).
fn encode_item(vm: &mut Vm, fmt: &str, c: u8, value: Value) -> PyResult<Vec<u8>> {
    let bad_type = |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{fmt}'"));
    let bad_value = |vm: &mut Vm| vm.value_error(format!("memoryview: invalid value for format '{fmt}'"));
    match c {
        b'c' => match bytes::data(value) {
            Some(b) if !is_bytearray(value) => {
                if b.len() == 1 {
                    Ok(vec![b[0]])
                } else {
                    Err(bad_value(vm))
                }
            }
            _ => Err(bad_type(vm)),
        },
        b'?' => Ok(vec![vm.truthy(value)? as u8]),
        b'f' | b'd' => {
            let x = match crate::objects::numbers::to_f64(vm, value, false) {
                Ok(x) => x,
                Err(_) => return Err(bad_type(vm)),
            };
            if c == b'd' {
                return Ok(x.to_ne_bytes().to_vec());
            }
            let y = x as f32;
            if y.is_infinite() && x.is_finite() {
                return Err(bad_value(vm));
            }
            Ok(y.to_ne_bytes().to_vec())
        }
        _ => {
            let iv = match vm.index(value) {
                Ok(v) => v,
                Err(_) => return Err(bad_type(vm)),
            };
            let big = int::to_bigint(iv).unwrap_or_default();
            let Ok(x) = i128::try_from(&big) else { return Err(bad_value(vm)) };
            let size = format_size(c).unwrap_or(1);
            let (lo, hi): (i128, i128) = match c {
                b'b' => (i8::MIN as i128, i8::MAX as i128),
                b'B' => (0, u8::MAX as i128),
                b'h' => (i16::MIN as i128, i16::MAX as i128),
                b'H' => (0, u16::MAX as i128),
                b'i' => (i32::MIN as i128, i32::MAX as i128),
                b'I' => (0, u32::MAX as i128),
                b'L' | b'Q' | b'N' | b'P' => (0, u64::MAX as i128),
                _ => (i64::MIN as i128, i64::MAX as i128),
            };
            if x < lo || x > hi {
                return Err(bad_value(vm));
            }
            Ok((x as u128 as u64).to_ne_bytes()[..size].to_vec())
        }
    }
}

fn index_arg(vm: &mut Vm, key: Value) -> PyResult<i64> {
    if let Some(i) = key.as_small() {
        return Ok(i);
    }
    if int::is_int(key) || (key.is_ptr() && vm.lookup_type_cached(key.class(), vm.rt.names.__index__).is_some()) {
        return vm.index_value(key);
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

/// Whether `key` can index a view (an int or an object with `__index__`).
fn is_index(vm: &mut Vm, key: Value) -> bool {
    int::is_int(key) || (key.is_ptr() && vm.lookup_type_cached(key.class(), vm.rt.names.__index__).is_some())
}

/// The byte offset of the item that `key` selects (an index, or a tuple of one index per
/// dimension).
fn position(vm: &mut Vm, m: &MemView, key: Value) -> PyResult<usize> {
    let shape = m.shape_vec();
    let idx: Vec<Value> = if tuple::is_tuple(key) { tuple::items(key).to_vec() } else { vec![key] };
    if tuple::is_tuple(key) {
        if !idx.iter().all(|k| is_index(vm, *k)) {
            return Err(vm.type_error("memoryview: invalid slice key"));
        }
        if idx.len() < shape.len() {
            return Err(vm.not_implemented_error("sub-views are not implemented"));
        }
        if idx.len() > shape.len() {
            return Err(vm.type_error(format!(
                "cannot index {}-dimension view with {}-element tuple",
                shape.len(),
                idx.len()
            )));
        }
    } else if shape.len() > 1 {
        return Err(vm.not_implemented_error("multi-dimensional sub-views are not implemented"));
    }
    let mut flat: i64 = 0;
    for (d, k) in idx.iter().enumerate() {
        let i = index_arg(vm, *k)?;
        let n = shape[d] as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.index_error(format!("index out of bounds on dimension {}", d + 1)));
        }
        flat = flat * n + j;
    }
    let p = m.start + flat * m.step;
    let n = with_data(m, |d| d.len());
    if p < 0 || p as usize + m.itemsize > n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(p as usize)
}

fn mv_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    let key = a.at(1);
    if slice::is_slice(key) {
        if m.ndim() > 1 {
            return Err(vm.not_implemented_error("multi-dimensional slicing is not implemented"));
        }
        let (start, _stop, step, n) = slice::indices(vm, key, m.len)?;
        return Ok(sub_view(m, m.start + start * m.step, m.step * step, n, m.readonly));
    }
    if key.is(objmodel::ellipsis()) {
        return Ok(a.at(0));
    }
    if tuple::is_tuple(key) && tuple::items(key).iter().any(|k| slice::is_slice(*k)) {
        if tuple::items(key).iter().all(|k| slice::is_slice(*k)) {
            return Err(vm.not_implemented_error("multi-dimensional slicing is not implemented"));
        }
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let p = position(vm, m, key)?;
    let it = with_data(m, |d| decode_item(m.code(), &d[p..p + m.itemsize]));
    Ok(item_value(it))
}

fn mv_setitem(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let (key, value) = (a.at(1), a.at(2));
    if slice::is_slice(key) {
        if m.ndim() > 1 {
            return Err(vm.not_implemented_error("memoryview slice assignments are currently restricted to ndim = 1"));
        }
        let (start, _stop, step, n) = slice::indices(vm, key, m.len)?;
        // The source must have the same format and item count (CPython's equiv_structure).
        let (src, src_fmt, src_items) = match payload(value) {
            Some(sv) => {
                if sv.released.load(Ordering::Relaxed) {
                    return Err(vm.value_error("operation forbidden on released memoryview object"));
                }
                (gather(sv), sv.code(), sv.nitems())
            }
            None => match bytes::as_bytes(value) {
                Some(s) => {
                    let k = s.len();
                    (s, b'B', k)
                }
                None => {
                    return Err(vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        value.class().name_str()
                    )));
                }
            },
        };
        if src_fmt != m.code() || src_items != n {
            return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let (s0, st, is) = (m.start + start * m.step, m.step * step, m.itemsize);
        modify(m, |b| {
            for k in 0..n {
                let p = s0 + k as i64 * st;
                if p >= 0 && (p as usize) + is <= b.len() {
                    b[p as usize..p as usize + is].copy_from_slice(&src[k * is..(k + 1) * is]);
                }
            }
        });
        return Ok(objmodel::none());
    }
    let p = position(vm, m, key)?;
    let enc = encode_item(vm, &m.format, m.code(), value)?;
    modify(m, |b| {
        if p + enc.len() <= b.len() {
            b[p..p + enc.len()].copy_from_slice(&enc);
        }
    });
    Ok(objmodel::none())
}

fn mv_delitem(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

fn mv_len(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    Ok(int::from_usize(m.len))
}

fn mv_tobytes(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    Ok(objmodel::alloc::new_bytes(&gather(m)))
}

/// The items of `m`, decoded.
fn items(m: &MemView) -> Vec<Item> {
    let raw = gather(m);
    raw.chunks_exact(m.itemsize).map(|c| decode_item(m.code(), c)).collect()
}

/// Nested lists of `vals` laid out in `shape` (C order).
fn nest(vals: &[Value], shape: &[usize]) -> Value {
    if shape.len() <= 1 {
        return list::new_list(vals);
    }
    let inner: usize = shape[1..].iter().product();
    let rows: Vec<Value> = (0..shape[0])
        .map(|r| nest(vals.get(r * inner..(r + 1) * inner).unwrap_or(&[]), &shape[1..]))
        .collect();
    list::new_list(&rows)
}

fn mv_tolist(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    let vals: Vec<Value> = items(m).into_iter().map(item_value).collect();
    Ok(nest(&vals, &m.shape_vec()))
}

fn mv_hex(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    let d = gather(m);
    let [sep, per] = crate::objects::str_args::clinic_kw(vm, &a, "hex", ["sep", "bytes_per_sep"], 0)?;
    Ok(pystr::new(&crate::objects::bytes_methods::hex_with_sep(vm, &d, sep, per)?))
}

fn mv_iter(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    if m.ndim() > 1 {
        return Err(vm.not_implemented_error("multi-dimensional sub-views are not implemented"));
    }
    let l = mv_tolist(vm, a)?;
    vm.iter(l)
}

fn mv_release(vm: &mut Vm, a: Args) -> PyResult {
    match a.get(0).and_then(payload) {
        Some(m) => m.released.store(true, Ordering::Relaxed),
        None => return Err(vm.type_error("descriptor 'release' requires a 'memoryview' object")),
    }
    Ok(objmodel::none())
}

fn mv_enter(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a)?;
    Ok(a.at(0))
}

fn mv_exit(vm: &mut Vm, a: Args) -> PyResult {
    mv_release(vm, Args::new(&[a.at(0)]))
}

fn mv_toreadonly(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    Ok(new_view_full(m.obj, m.start, m.step, m.len, m.format.clone(), m.itemsize, m.shape.clone(), true))
}

/// `memoryview.cast(format, shape=<1-D>)`, with CPython's checks in its order.
fn mv_cast(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    let [fmt_v, shape_v] = crate::objects::str_args::clinic_kw(vm, &a, "cast", ["format", "shape"], 1)?;
    let Some(fmt) = pystr::as_str(fmt_v) else {
        return Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            fmt_v.class().error_name()
        )));
    };
    let fmt = fmt.to_string();
    if !m.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let has_shape = !shape_v.is_null() && !shape_v.is_none();
    let shape: Option<Vec<Value>> = if has_shape {
        if tuple::is_tuple(shape_v) {
            Some(tuple::items(shape_v).to_vec())
        } else if list::is_list(shape_v) {
            Some(list::to_vec(shape_v))
        } else {
            return Err(vm.type_error("shape must be a list or a tuple"));
        }
    } else {
        None
    };
    if let Some(s) = &shape
        && m.ndim() != 1
        && s.len() != 1
    {
        return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
    }
    let code = match fmt.strip_prefix('@').unwrap_or(&fmt).as_bytes() {
        [c] if format_size(*c).is_some() => *c,
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ));
        }
    };
    if !is_byte_format(m.code()) && !is_byte_format(code) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let itemsize = format_size(code).unwrap_or(1);
    let nbytes = m.nbytes();
    let dims: Option<Vec<usize>> = match shape {
        None => {
            if nbytes % itemsize != 0 {
                return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
            }
            None
        }
        Some(s) => {
            if s.is_empty() {
                return Err(vm.not_implemented_error("memoryview: zero-dimensional views are not supported"));
            }
            if s.len() > 64 {
                return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
            }
            let mut dims = Vec::with_capacity(s.len());
            for d in &s {
                if !int::is_int(*d) {
                    return Err(vm.type_error("memoryview.cast(): elements of shape must be integers"));
                }
                match int::to_i64(*d) {
                    Some(k) if k > 0 => dims.push(k as usize),
                    _ => return Err(vm.value_error("memoryview.cast(): elements of shape must be integers > 0")),
                }
            }
            let total = dims.iter().try_fold(itemsize, |acc: usize, d| acc.checked_mul(*d));
            if total != Some(nbytes) {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            Some(dims)
        }
    };
    let (len, shape) = match dims {
        Some(d) if d.len() > 1 => (d[0], Some(d)),
        Some(d) => (d[0], None),
        None => (nbytes / itemsize, None),
    };
    Ok(new_view_full(m.obj, m.start, itemsize as i64, len, fmt, itemsize, shape, m.readonly))
}

fn mv_eq_impl(vm: &mut Vm, a: &Args) -> PyResult<Option<bool>> {
    let (x, y) = (a.at(0), a.at(1));
    let Some(mx) = payload(x) else { return Ok(None) };
    let _ = vm;
    if x.is(y) && !matches!(mx.code(), b'f' | b'd') && !mx.released.load(Ordering::Relaxed) {
        return Ok(Some(true));
    }
    // The other side's shape and decoded items (bytes-like objects are 'B' vectors).
    let (oshape, oitems) = match payload(y) {
        Some(my) => {
            if my.released.load(Ordering::Relaxed) {
                return Ok(Some(false));
            }
            (my.shape_vec(), items(my))
        }
        None => match bytes::as_bytes(y) {
            Some(b) => (vec![b.len()], b.iter().map(|c| Item::Int(*c as i128)).collect()),
            None => return Ok(None),
        },
    };
    if mx.released.load(Ordering::Relaxed) {
        return Ok(Some(false));
    }
    if mx.shape_vec() != oshape {
        return Ok(Some(false));
    }
    let mine = items(mx);
    Ok(Some(mine.len() == oitems.len() && mine.iter().zip(&oitems).all(|(p, q)| item_eq(*p, *q))))
}

fn mv_eq(vm: &mut Vm, a: Args) -> PyResult {
    Ok(match mv_eq_impl(vm, &a)? {
        Some(b) => objmodel::bool_(b),
        None => objmodel::not_implemented(),
    })
}

fn mv_ne(vm: &mut Vm, a: Args) -> PyResult {
    Ok(match mv_eq_impl(vm, &a)? {
        Some(b) => objmodel::bool_(!b),
        None => objmodel::not_implemented(),
    })
}

fn mv_hash(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(m.code()) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let b = objmodel::alloc::new_bytes(&gather(m));
    let h = vm.hash(b)?;
    Ok(int::from_i64(h as i64))
}

fn mv_repr(vm: &mut Vm, a: Args) -> PyResult {
    let v = a.at(0);
    let Some(m) = payload(v) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'memoryview' object"));
    };
    let pre = if m.released.load(Ordering::Relaxed) { "released memory" } else { "memory" };
    Ok(pystr::new(&format!("<{pre} at {:#x}>", v.raw())))
}

fn get_obj(vm: &mut Vm, a: Args) -> PyResult {
    Ok(this(vm, &a)?.obj)
}
fn get_readonly(vm: &mut Vm, a: Args) -> PyResult {
    Ok(objmodel::bool_(this(vm, &a)?.readonly))
}
fn get_nbytes(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(this(vm, &a)?.nbytes()))
}
fn get_format(vm: &mut Vm, a: Args) -> PyResult {
    Ok(pystr::new(&this(vm, &a)?.format))
}
fn get_itemsize(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(this(vm, &a)?.itemsize))
}
fn get_ndim(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(this(vm, &a)?.ndim()))
}
fn get_shape(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    let dims: Vec<Value> = m.shape_vec().into_iter().map(int::from_usize).collect();
    Ok(tuple::new(&dims))
}
fn get_strides(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    let Some(shape) = &m.shape else { return Ok(tuple::new(&[int::from_i64(m.step)])) };
    // C order: each dimension's stride is the product of the later ones times the item size.
    let mut strides = vec![0i64; shape.len()];
    let mut acc = m.itemsize as i64;
    for d in (0..shape.len()).rev() {
        strides[d] = acc;
        acc *= shape[d] as i64;
    }
    let vals: Vec<Value> = strides.into_iter().map(int::from_i64).collect();
    Ok(tuple::new(&vals))
}
fn get_suboffsets(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a)?;
    Ok(tuple::new(&[]))
}
fn get_c_contiguous(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    Ok(objmodel::bool_(m.contiguous()))
}
/// Fortran order: a one-dimensional contiguous view, or a C-contiguous one whose dimensions
/// except one are all 1.
fn get_f_contiguous(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    let f = m.contiguous() && m.shape.as_ref().is_none_or(|s| s.iter().filter(|d| **d > 1).count() <= 1);
    Ok(objmodel::bool_(f))
}
pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{attr, getset, method, method_flags};
    let t = crate::runtime::bootstrap_type("memoryview", r.types.object, Kind::Native, 0);
    let _ = TYPE.set(t.as_value().raw());
    method_flags(t, "__new__", mv_new, 0);
    method(t, "__len__", mv_len);
    method(t, "__getitem__", mv_getitem);
    method(t, "__setitem__", mv_setitem);
    method(t, "__delitem__", mv_delitem);
    method(t, "__iter__", mv_iter);
    method(t, "__eq__", mv_eq);
    method(t, "__ne__", mv_ne);
    method(t, "__hash__", mv_hash);
    method(t, "__repr__", mv_repr);
    method(t, "__enter__", mv_enter);
    method(t, "__exit__", mv_exit);
    // CPython's object.__reduce_ex__ refuses variable-size types (tp_itemsize != 0) in these
    // words (object_getstate_default) before anything else.
    method(t, "__reduce_ex__", |vm, _a| Err(vm.type_error("cannot pickle memoryview objects")));
    method(t, "tobytes", mv_tobytes);
    method(t, "tolist", mv_tolist);
    method(t, "hex", mv_hex);
    method(t, "release", mv_release);
    method(t, "toreadonly", mv_toreadonly);
    method(t, "cast", mv_cast);
    getset(t, "obj", get_obj, None);
    getset(t, "readonly", get_readonly, None);
    getset(t, "nbytes", get_nbytes, None);
    getset(t, "format", get_format, None);
    getset(t, "itemsize", get_itemsize, None);
    getset(t, "ndim", get_ndim, None);
    getset(t, "shape", get_shape, None);
    getset(t, "strides", get_strides, None);
    getset(t, "suboffsets", get_suboffsets, None);
    getset(t, "c_contiguous", get_c_contiguous, None);
    getset(t, "f_contiguous", get_f_contiguous, None);
    getset(t, "contiguous", get_c_contiguous, None);
    attr(t, "__doc__", pystr::new("Create a new memoryview object which references the given object."));
}

//! `memoryview` over `bytes` and `bytearray` (format 'B', one dimension).
//!
//! A view is a `Native` object whose payload holds the underlying object and the selected
//! positions `start + k*step` for `k < len`. Views over a bytearray read and write the
//! bytearray's current buffer; positions past its current end (after the bytearray shrank —
//! CPython forbids that resize while a view exists, this runtime does not) read as missing and
//! raise IndexError. Slicing gives a new view over the same object.

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
    start: i64,
    step: i64,
    len: usize,
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

/// A copy of the bytes a memoryview shows (None when `v` is not a memoryview, or is released).
pub fn as_bytes(v: Value) -> Option<Vec<u8>> {
    let m = payload(v)?;
    if m.released.load(Ordering::Relaxed) {
        return None;
    }
    Some(gather(m))
}

/// Borrow the bytes a (non-released) memoryview shows: a sub-slice of the underlying buffer
/// for a contiguous view, else the contents of a fresh bytes copy (kept alive by the interior
/// pointer while the caller holds the slice). Same validity rule as `bytes::data`.
pub fn borrow<'a>(v: Value) -> Option<&'a [u8]> {
    let m = payload(v)?;
    if m.released.load(Ordering::Relaxed) {
        return None;
    }
    if m.step == 1 {
        let d = data(m.obj)?;
        let a = (m.start.max(0) as usize).min(d.len());
        let b = (a + m.len).min(d.len());
        return Some(&d[a..b]);
    }
    data(objmodel::alloc::new_bytes(&gather(m)))
}

fn gather(m: &MemView) -> Vec<u8> {
    let d = data(m.obj).unwrap_or(&[]);
    if m.step == 1 {
        let a = (m.start.max(0) as usize).min(d.len());
        let b = (a + m.len).min(d.len());
        return d[a..b].to_vec();
    }
    (0..m.len).filter_map(|k| d.get((m.start + k as i64 * m.step) as usize).copied()).collect()
}

fn new_view(obj: Value, start: i64, step: i64, len: usize, readonly: bool) -> Value {
    let m = MemView { obj, start, step, len, readonly, released: AtomicBool::new(false) };
    objmodel::alloc::new_native(memoryview_type(), Box::new(m))
}

/// `memoryview(obj)` from Rust.
pub fn new(obj: Value) -> Value {
    if let Some(m) = payload(obj) {
        return new_view(m.obj, m.start, m.step, m.len, m.readonly);
    }
    new_view(obj, 0, 1, bytes::len(obj), !is_bytearray(obj))
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

fn index_arg(vm: &mut Vm, key: Value) -> PyResult<i64> {
    if let Some(i) = key.as_small() {
        return Ok(i);
    }
    if int::is_int(key) || (key.is_ptr() && vm.lookup_type_cached(key.class(), vm.rt.names.__index__).is_some()) {
        return vm.index_value(key);
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

fn position(vm: &mut Vm, m: &MemView, key: Value) -> PyResult<usize> {
    let i = index_arg(vm, key)?;
    let j = if i < 0 { i + m.len as i64 } else { i };
    if j < 0 || j >= m.len as i64 {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    let p = m.start + j * m.step;
    let n = data(m.obj).map_or(0, |d| d.len());
    if p < 0 || p as usize >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(p as usize)
}

fn mv_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    let key = a.at(1);
    if slice::is_slice(key) {
        let (start, _stop, step, n) = slice::indices(vm, key, m.len)?;
        return Ok(new_view(m.obj, m.start + start * m.step, m.step * step, n, m.readonly));
    }
    if key.is(objmodel::ellipsis()) {
        return Ok(a.at(0));
    }
    if tuple::is_tuple(key) {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let p = position(vm, m, key)?;
    Ok(Value::small(data(m.obj).unwrap()[p] as i64))
}

fn mv_setitem(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let (key, value) = (a.at(1), a.at(2));
    if slice::is_slice(key) {
        let (start, _stop, step, n) = slice::indices(vm, key, m.len)?;
        let src = match as_bytes(value).or_else(|| bytes::as_bytes(value)) {
            Some(s) => s,
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    value.class().name_str()
                )));
            }
        };
        if src.len() != n {
            return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let (s0, st) = (m.start + start * m.step, m.step * step);
        bytes::ba_modify(m.obj, |b| {
            for (k, x) in src.iter().enumerate() {
                if let Some(slot) = b.get_mut((s0 + k as i64 * st) as usize) {
                    *slot = *x;
                }
            }
        });
        return Ok(objmodel::none());
    }
    let p = position(vm, m, key)?;
    let x = match value.as_small() {
        Some(i) if (0..256).contains(&i) => i as u8,
        _ if int::is_int(value) => return Err(vm.value_error("memoryview: invalid value for format 'B'")),
        _ => return Err(vm.type_error("memoryview: invalid type for format 'B'")),
    };
    bytes::ba_modify(m.obj, |b| {
        if let Some(slot) = b.get_mut(p) {
            *slot = x;
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

fn mv_tolist(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    let items: Vec<Value> = gather(m).into_iter().map(|b| Value::small(b as i64)).collect();
    Ok(list::new_list(&items))
}

fn mv_hex(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    let d = gather(m);
    let [sep, per] = crate::objects::str_args::clinic_kw(vm, &a, "hex", ["sep", "bytes_per_sep"], 0)?;
    Ok(pystr::new(&crate::objects::bytes_methods::hex_with_sep(vm, &d, sep, per)?))
}

fn mv_iter(vm: &mut Vm, a: Args) -> PyResult {
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
    Ok(new_view(m.obj, m.start, m.step, m.len, true))
}

fn mv_cast(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    let f = a.get(1).and_then(pystr::as_str).unwrap_or("");
    if f != "B" && f != "b" && f != "c" {
        return Err(vm.value_error("memoryview: only format 'B' is supported by this runtime"));
    }
    if m.step != 1 {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    Ok(new_view(m.obj, m.start, m.step, m.len, m.readonly))
}

fn mv_eq_impl(vm: &mut Vm, a: &Args) -> PyResult<Option<bool>> {
    let (x, y) = (a.at(0), a.at(1));
    if x.is(y) {
        return Ok(Some(true));
    }
    let Some(mx) = payload(x) else { return Ok(None) };
    let other = match payload(y) {
        Some(my) => {
            if my.released.load(Ordering::Relaxed) {
                return Ok(Some(false));
            }
            gather(my)
        }
        None => match bytes::as_bytes(y) {
            Some(b) => b,
            None => return Ok(None),
        },
    };
    if mx.released.load(Ordering::Relaxed) {
        return Ok(Some(false));
    }
    let _ = vm;
    Ok(Some(gather(mx) == other))
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
    Ok(int::from_usize(this(vm, &a)?.len))
}
fn get_format(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a)?;
    Ok(pystr::new("B"))
}
fn get_itemsize(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a)?;
    Ok(Value::small(1))
}
fn get_ndim(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a)?;
    Ok(Value::small(1))
}
fn get_shape(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    Ok(tuple::new(&[int::from_usize(m.len)]))
}
fn get_strides(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    Ok(tuple::new(&[int::from_i64(m.step)]))
}
fn get_suboffsets(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a)?;
    Ok(tuple::new(&[]))
}
fn get_contiguous(vm: &mut Vm, a: Args) -> PyResult {
    let m = this(vm, &a)?;
    Ok(objmodel::bool_(m.step == 1 || m.len <= 1))
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
    getset(t, "c_contiguous", get_contiguous, None);
    getset(t, "f_contiguous", get_contiguous, None);
    getset(t, "contiguous", get_contiguous, None);
    attr(t, "__doc__", pystr::new("Create a new memoryview object which references the given object."));
}

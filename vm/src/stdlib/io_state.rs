//! `StringIO.__getstate__`/`__setstate__` and `BytesIO.__getstate__`/`__setstate__`: the
//! state `copy` and `pickle` take through `object.__reduce_ex__` (CPython 3.11's
//! Modules/_io/stringio.c and bytesio.c). A StringIO's state is `(value, newline, pos,
//! dict)`, a BytesIO's `(value, pos, dict)`; `pos` counts characters (StringIO) or bytes.
//! These memory streams have no instance dict here, so `dict` is always None.

use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{int, str as pystr, tuple};
use crate::vm::Vm;

fn closed_check(vm: &mut Vm, closed: bool) -> PyResult<()> {
    if closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

pub(super) fn sio_getstate(vm: &mut Vm, a: Args) -> PyResult {
    let st = super::io::this(vm, &a)?;
    let s = st.lock();
    closed_check(vm, s.closed)?;
    let text = String::from_utf8_lossy(&s.wbuf).into_owned();
    let pos = text.get(..s.rpos.min(text.len())).map_or(0, |t| t.chars().count());
    let newline = match s.text.newline.as_deref() {
        Some(n) => pystr::new(n),
        None => objmodel::none(),
    };
    Ok(tuple::new(&[pystr::new(&text), newline, int::from_usize(pos), objmodel::none()]))
}

pub(super) fn bio_getstate(vm: &mut Vm, a: Args) -> PyResult {
    let st = super::io::this(vm, &a)?;
    let s = st.lock();
    closed_check(vm, s.closed)?;
    let value = objmodel::alloc::new_bytes(&s.wbuf);
    Ok(tuple::new(&[value, int::from_usize(s.rpos), objmodel::none()]))
}

/// The items of `state`, a tuple of `n` items, or CPython's TypeError.
fn state_items(vm: &mut Vm, cls: &str, state: Value, n: usize) -> PyResult<Vec<Value>> {
    match tuple::as_items(state) {
        Some(items) if items.len() >= n => Ok(items.to_vec()),
        _ => Err(vm.type_error(format!(
            "{cls}.__setstate__ argument should be {n}-tuple, got {}",
            state.class().error_name()
        ))),
    }
}

/// `pos`, a non-negative int, as usize.
fn position(vm: &mut Vm, pos: Value) -> PyResult<usize> {
    let p = vm.index_value(pos)?;
    if p < 0 {
        return Err(vm.value_error("position value cannot be negative"));
    }
    Ok(p as usize)
}

pub(super) fn sio_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setstate__", 2, 2)?;
    let items = state_items(vm, "_io.StringIO", a.at(1), 4)?;
    let value = vm.str_string(items[0])?;
    let text = super::io_text::TextMode::string_io(vm, items[1])?;
    let chars = position(vm, items[2])?;
    let st = super::io::this(vm, &a)?;
    let mut s = st.lock();
    closed_check(vm, s.closed)?;
    let byte_pos = value.char_indices().nth(chars).map_or(value.len() + chars.saturating_sub(value.chars().count()), |(b, _)| b);
    s.wbuf = value.into_bytes();
    s.rpos = byte_pos;
    s.text = text;
    Ok(objmodel::none())
}

pub(super) fn bio_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setstate__", 2, 2)?;
    let items = state_items(vm, "_io.BytesIO", a.at(1), 3)?;
    let Some(value) = crate::objects::bytes::as_bytes(items[0]) else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", items[0].class().error_name())));
    };
    let pos = position(vm, items[1])?;
    let st = super::io::this(vm, &a)?;
    let mut s = st.lock();
    closed_check(vm, s.closed)?;
    s.wbuf = value;
    s.rpos = pos;
    Ok(objmodel::none())
}

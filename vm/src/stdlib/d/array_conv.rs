//! `array.array` conversions to and from other objects: unicode strings (typecode `u`),
//! files (`tofile`/`fromfile`), `buffer_info` and pickling support (`__reduce_ex__`).

use objmodel::Value;

use super::array::{code_of, elems, from_str, frombytes_impl, me};
use super::array_elem::Elem;
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{list, str as pystr, tuple};
use crate::vm::Vm;

fn none() -> Value {
    objmodel::none()
}

pub(super) fn tounicode(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.tounicode", 0, 0)?;
    if !code_of(this).is_unicode() {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s: String = elems(this)
        .into_iter()
        .map(|e| match e {
            Elem::Char(c) => char::from_u32(c).unwrap_or('\u{fffd}'),
            _ => '\u{fffd}',
        })
        .collect();
    Ok(pystr::new(&s))
}

pub(super) fn fromunicode(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.fromunicode", 1, 1)?;
    let Some(s) = pystr::as_str(a.at(1)) else {
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {}", a.at(1).class().error_name())));
    };
    if !code_of(this).is_unicode() {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    from_str(this, s);
    Ok(none())
}

pub(super) fn tofile(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "array.tofile", 1, 1)?;
    let d = this.lock().data.clone();
    let w = vm.getattr_str(a.at(1), "write")?;
    vm.call1(w, objmodel::alloc::new_bytes(&d))?;
    Ok(none())
}

pub(super) fn fromfile(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    a.rest().check(vm, "fromfile", 2, 2)?;
    let n = vm.index_value(a.at(2))?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let size = code_of(this).size();
    let Some(want) = (n as usize).checked_mul(size).filter(|w| *w <= isize::MAX as usize) else {
        return Err(vm.new_error(vm.rt.exc.memory_error, String::new()));
    };
    let r = vm.getattr_str(a.at(1), "read")?;
    let got = vm.call1(r, crate::objects::int::from_usize(want))?;
    let Some(b) = crate::objects::bytes::data(got).filter(|_| !pystr::is_str(got)).map(|d| d.to_vec()) else {
        return Err(vm.type_error("read() didn't return bytes"));
    };
    frombytes_impl(vm, this, &b)?;
    if b.len() < want {
        return Err(vm.new_error(vm.rt.exc.eof_error, "read() didn't return enough bytes"));
    }
    Ok(none())
}

pub(super) fn buffer_info(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    let g = this.lock();
    let (p, n) = (g.data.as_ptr() as usize, g.len());
    drop(g);
    Ok(tuple::new(&[crate::objects::int::from_usize(p), Value::small(n as i64)]))
}

pub(super) fn reduce_ex(vm: &mut Vm, a: Args) -> PyResult {
    let this = me(vm, &a)?;
    let code = code_of(this);
    let vals: Vec<Value> = elems(this).into_iter().map(super::array_elem::to_value).collect();
    let l = list::new_list(&vals);
    let tc = pystr::new(code.ch().encode_utf8(&mut [0u8; 4]));
    let args = tuple::new(&[tc, l]);
    let dict = vm.getattr_opt(a.at(0), vm.intern("__dict__"))?.unwrap_or_else(none);
    Ok(tuple::new(&[a.at(0).class().as_value(), args, dict]))
}

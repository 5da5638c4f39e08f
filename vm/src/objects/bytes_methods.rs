//! Methods of `bytes` and `bytearray` (core set).

use objmodel::{Kind, Value};

use crate::args::Args;
use crate::bytecode::CmpOp;
use crate::error::PyResult;
use crate::objects::bytes::{as_bytes, bytes_repr, new_like, set_bytearray};
use crate::objects::{int, list, str as pystr, type_};
use crate::vm::Vm;

/// Bytes from a constructor argument: int (zeros), str with encoding, buffer, or iterable of ints.
pub fn bytes_from(vm: &mut Vm, x: Value, encoding: Value, errors: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = pystr::as_str(x) {
        if encoding.is_null() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let enc = pystr::as_str(encoding).unwrap_or("utf-8");
        let err = if errors.is_null() { "strict" } else { pystr::as_str(errors).unwrap_or("strict") };
        let b = crate::objects::codecs::encode(vm, s, enc, err)?;
        return Ok(as_bytes(b).unwrap());
    }
    if let Some(b) = as_bytes(x) {
        return Ok(b);
    }
    if int::is_int(x) {
        let n = vm.index_value(x)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let items = vm.collect(x).map_err(|_| vm.type_error(format!("cannot convert '{}' object to bytes", x.class().name_str())))?;
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        let i = vm.index_value(v)?;
        if !(0..256).contains(&i) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(i as u8);
    }
    Ok(out)
}

fn b_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = type_::as_type(a.at(0));
    let [x, enc, err] = a.rest().bind(vm, "bytes", ["source", "encoding", "errors"], 3, 0)?;
    let data = if x.is_null() { Vec::new() } else { bytes_from(vm, x, enc, err)? };
    if cls.is(vm.rt.types.bytes) {
        return Ok(objmodel::alloc::new_bytes(&data));
    }
    Ok(objmodel::alloc::new_bytes_with_class(&data, cls))
}
fn ba_new(_vm: &mut Vm, a: Args) -> PyResult {
    let cls = type_::as_type(a.at(0));
    Ok(crate::objects::bytes::new_bytearray_with_class(&[], cls))
}
fn ba_init(vm: &mut Vm, a: Args) -> PyResult {
    let [x, enc, err] = a.rest().bind(vm, "bytearray", ["source", "encoding", "errors"], 3, 0)?;
    let data = if x.is_null() { Vec::new() } else { bytes_from(vm, x, enc, err)? };
    set_bytearray(a.at(0), &data);
    Ok(objmodel::none())
}
fn b_repr(_vm: &mut Vm, a: Args) -> PyResult {
    let v = a.at(0);
    let data = as_bytes(v).unwrap();
    if v.header().kind() == Kind::ByteArray {
        return Ok(pystr::new(&format!("bytearray({})", bytes_repr(&data, "b"))));
    }
    Ok(pystr::new(&bytes_repr(&data, "b")))
}
fn b_len(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(crate::objects::bytes::len(a.at(0))))
}
fn b_decode(vm: &mut Vm, a: Args) -> PyResult {
    let [enc, err] = a.rest().bind(vm, "decode", ["encoding", "errors"], 2, 0)?;
    let enc = if enc.is_null() { "utf-8" } else { pystr::as_str(enc).unwrap_or("utf-8") };
    let err = if err.is_null() { "strict" } else { pystr::as_str(err).unwrap_or("strict") };
    crate::objects::codecs::decode(vm, &as_bytes(a.at(0)).unwrap(), enc, err)
}
fn b_hex(_vm: &mut Vm, a: Args) -> PyResult {
    let d = as_bytes(a.at(0)).unwrap();
    Ok(pystr::new(&d.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}
fn b_fromhex(vm: &mut Vm, a: Args) -> PyResult {
    let s = pystr::as_str(a.at(1)).unwrap_or("");
    let clean: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if clean.len() % 2 != 0 {
        return Err(vm.value_error("non-hexadecimal number found in fromhex() arg"));
    }
    let mut out = Vec::new();
    for i in (0..clean.len()).step_by(2) {
        match u8::from_str_radix(&clean[i..i + 2], 16) {
            Ok(b) => out.push(b),
            Err(_) => return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}"))),
        }
    }
    let cls = a.at(0);
    if cls.is(vm.rt.types.bytearray.as_value()) {
        return Ok(crate::objects::bytes::new_bytearray(&out));
    }
    Ok(objmodel::alloc::new_bytes(&out))
}
fn b_getitem(vm: &mut Vm, a: Args) -> PyResult {
    crate::objects::bytes::getitem(vm, a.at(0), a.at(1))
}
fn b_contains(vm: &mut Vm, a: Args) -> PyResult {
    Ok(objmodel::bool_(crate::objects::bytes::contains(vm, a.at(0), a.at(1))?))
}
fn b_iter(vm: &mut Vm, a: Args) -> PyResult {
    let t = vm.rt.extra.bytes_iterator;
    let n = Value::NULL;
    Ok(crate::objects::iter::new_iter(t, crate::objects::iter::sub::BYTES, a.at(0), n, n, n))
}
fn b_hash(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_i64(crate::objects::hashing::builtin_hash(vm, a.at(0))?))
}
fn b_cmp(op: CmpOp) -> crate::args::NativeFn {
    macro_rules! mk {
        ($op:expr) => {{
            fn f(vm: &mut Vm, a: Args) -> PyResult {
                match crate::ops::compare::native_compare(vm, a.at(0), a.at(1), $op)? {
                    Some(b) => Ok(objmodel::bool_(b)),
                    None => Ok(objmodel::not_implemented()),
                }
            }
            f as crate::args::NativeFn
        }};
    }
    match op {
        CmpOp::Lt => mk!(CmpOp::Lt),
        CmpOp::Le => mk!(CmpOp::Le),
        CmpOp::Eq => mk!(CmpOp::Eq),
        CmpOp::Ne => mk!(CmpOp::Ne),
        CmpOp::Gt => mk!(CmpOp::Gt),
        CmpOp::Ge => mk!(CmpOp::Ge),
    }
}
fn b_add(vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::objects::bytes::concat(vm, a.at(0), a.at(1))?.unwrap_or_else(objmodel::not_implemented))
}
fn b_join(vm: &mut Vm, a: Args) -> PyResult {
    let sep = as_bytes(a.at(0)).unwrap();
    let items = vm.collect(a.at(1))?;
    let mut out = Vec::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match as_bytes(*v) {
            Some(b) => out.extend(b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    v.class().name_str()
                )));
            }
        }
    }
    Ok(new_like(a.at(0), &out))
}
fn ba_append(vm: &mut Vm, a: Args) -> PyResult {
    let mut d = as_bytes(a.at(0)).unwrap();
    let i = vm.index_value(a.at(1))?;
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    d.push(i as u8);
    set_bytearray(a.at(0), &d);
    Ok(objmodel::none())
}
fn ba_extend(vm: &mut Vm, a: Args) -> PyResult {
    let mut d = as_bytes(a.at(0)).unwrap();
    d.extend(bytes_from(vm, a.at(1), Value::NULL, Value::NULL)?);
    set_bytearray(a.at(0), &d);
    Ok(objmodel::none())
}
fn ba_setitem(vm: &mut Vm, a: Args) -> PyResult {
    crate::objects::bytes::setitem(vm, a.at(0), a.at(1), a.at(2))?;
    Ok(objmodel::none())
}
fn b_tolist(vm: &mut Vm, a: Args) -> PyResult {
    let d = as_bytes(a.at(0)).unwrap();
    let _ = vm;
    Ok(list::new_list(&d.iter().map(|b| Value::small(*b as i64)).collect::<Vec<_>>()))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{attr, method, method_flags};
    use crate::ops::call::bflags;
    let (b, ba) = (r.types.bytes, r.types.bytearray);
    method_flags(b, "__new__", b_new, 0);
    method_flags(ba, "__new__", ba_new, 0);
    method(ba, "__init__", ba_init);
    for t in [b, ba] {
        method(t, "__repr__", b_repr);
        method(t, "__len__", b_len);
        method(t, "decode", b_decode);
        method(t, "hex", b_hex);
        method_flags(t, "fromhex", b_fromhex, bflags::CLASSMETHOD);
        method(t, "__getitem__", b_getitem);
        method(t, "__contains__", b_contains);
        method(t, "__iter__", b_iter);
        method(t, "__add__", b_add);
        method(t, "join", b_join);
        method(t, "_tolist", b_tolist);
        for op in [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge] {
            method(t, crate::ops::compare::op_dunder(op), b_cmp(op));
        }
    }
    method(b, "__hash__", b_hash);
    attr(ba, "__hash__", objmodel::none());
    method(ba, "append", ba_append);
    method(ba, "extend", ba_extend);
    method(ba, "__setitem__", ba_setitem);
}

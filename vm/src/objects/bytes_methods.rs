//! Methods of `bytes` and `bytearray`: construction, operators, conversions, and the
//! bytearray mutators. The text-like methods shared by both live in `bytes_methods_more.rs`.

use objmodel::{Kind, Value};

use crate::args::Args;
use crate::bytecode::CmpOp;
use crate::error::PyResult;
use crate::objects::bytes::{self as pb, byte_value, bytes_repr, data, is_bytearray, set_bytearray};
use crate::objects::str_args::{index_arg, noargs, one, parse_tuple};
use crate::objects::{int, str as pystr, tuple, type_};
use crate::vm::Vm;

/// The receiver's type name ("bytes" or "bytearray").
pub fn tname(v: Value) -> &'static str {
    if is_bytearray(v) { "bytearray" } else { "bytes" }
}

/// `self` as bytes, with CPython's descriptor error otherwise.
pub fn this<'a>(vm: &mut Vm, a: &Args, name: &str) -> PyResult<&'a [u8]> {
    match a.get(0).and_then(data) {
        Some(d) => Ok(d),
        None => Err(vm.type_error(match a.get(0) {
            Some(v) => format!("descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object", v.class().name_str()),
            None => format!("unbound method bytes.{name}() needs an argument"),
        })),
    }
}

/// Bytes from a constructor argument: int (zeros), str with encoding, buffer, `__bytes__`,
/// or iterable of ints. `what` names the type in errors ("bytes"/"bytearray").
pub fn bytes_from(vm: &mut Vm, x: Value, encoding: Value, errors: Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(s) = pystr::as_str(x) {
        if encoding.is_null() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let enc = crate::objects::str_methods::str_arg(vm, encoding, &format!("{what}() argument 'encoding' must be str"))?;
        let err = if errors.is_null() {
            "strict"
        } else {
            crate::objects::str_methods::str_arg(vm, errors, &format!("{what}() argument 'errors' must be str"))?
        };
        let b = crate::objects::codecs::encode(vm, s, enc, err)?;
        return Ok(data(b).unwrap().to_vec());
    }
    if !encoding.is_null() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if !errors.is_null() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(b) = data(x) {
        return Ok(b.to_vec());
    }
    if let Some(b) = crate::objects::memoryview::as_bytes(x) {
        return Ok(b);
    }
    if what == "bytes" && x.is_ptr() {
        let name = vm.intern("__bytes__");
        if let Some(f) = vm.lookup_type_cached(x.class(), name) {
            let r = crate::ops::call::call_with_self(vm, f, x, Args::new(&[]))?;
            if !crate::objects::bytes::is_bytes_like(r) || is_bytearray(r) {
                return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {})", r.class().error_name())));
            }
            return Ok(data(r).unwrap().to_vec());
        }
    }
    if int::is_int(x) || (x.is_ptr() && vm.lookup_type_cached(x.class(), vm.rt.names.__index__).is_some()) {
        let n = vm.index_value(x)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        crate::memlimit::check(vm, n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    let iterable = x.is_ptr()
        && (vm.lookup_type_cached(x.class(), vm.rt.names.__iter__).is_some()
            || vm.lookup_type_cached(x.class(), vm.rt.names.__getitem__).is_some());
    if !iterable {
        return Err(vm.type_error(format!("cannot convert '{}' object to {what}", x.class().error_name())));
    }
    let items = vm.collect(x)?;
    crate::objects::bytes::ints_to_bytes(vm, &items, &format!("{what} must be in range(0, 256)"))
}

/// The argument parser's checks of `encoding` and `errors`, made before the source is looked
/// at: `bytes(1, 2)` complains about the encoding's type.
fn check_codec_args(vm: &mut Vm, enc: Value, err: Value, what: &str) -> PyResult<()> {
    for (v, name) in [(enc, "encoding"), (err, "errors")] {
        if !v.is_null() && !pystr::is_str(v) {
            return Err(vm.type_error(format!("{what}() argument '{name}' must be str, not {}", v.class().error_name())));
        }
    }
    Ok(())
}

fn b_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = type_::as_type(a.at(0));
    let [x, enc, err] = a.rest().bind(vm, "bytes", ["source", "encoding", "errors"], 3, 0)?;
    check_codec_args(vm, enc, err, "bytes")?;
    let d = if x.is_null() {
        if !enc.is_null() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if !err.is_null() {
            return Err(vm.type_error("errors without a string argument"));
        }
        Vec::new()
    } else {
        if enc.is_null() && err.is_null() && x.class().is(vm.rt.types.bytes) && cls.is(vm.rt.types.bytes) {
            return Ok(x);
        }
        bytes_from(vm, x, enc, err, "bytes")?
    };
    if cls.is(vm.rt.types.bytes) {
        return Ok(objmodel::alloc::new_bytes(&d));
    }
    Ok(objmodel::alloc::new_bytes_with_class(&d, cls))
}
fn ba_new(_vm: &mut Vm, a: Args) -> PyResult {
    let cls = type_::as_type(a.at(0));
    Ok(crate::objects::bytes::new_bytearray_with_class(&[], cls))
}
fn ba_init(vm: &mut Vm, a: Args) -> PyResult {
    let [x, enc, err] = a.rest().bind(vm, "bytearray", ["source", "encoding", "errors"], 3, 0)?;
    check_codec_args(vm, enc, err, "bytearray")?;
    let d = if x.is_null() {
        if !enc.is_null() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        Vec::new()
    } else {
        bytes_from(vm, x, enc, err, "bytearray")?
    };
    set_bytearray(a.at(0), &d);
    Ok(objmodel::none())
}
fn b_repr(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "__repr__")?;
    let v = a.at(0);
    if is_bytearray(v) {
        let name = if v.class().is(vm.rt.types.bytearray) { "bytearray" } else { v.class().name_str() };
        return Ok(pystr::new(&format!("{name}({})", crate::objects::bytes::bytearray_repr(d))));
    }
    Ok(pystr::new(&bytes_repr(d, "b")))
}
fn b_str(vm: &mut Vm, a: Args) -> PyResult {
    b_repr(vm, a)
}
fn b_len(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(this(vm, &a, "__len__")?.len()))
}
fn b_decode(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "decode")?;
    let [enc, err] = crate::objects::str_args::clinic_kw(vm, &a, "decode", ["encoding", "errors"], 0)?;
    let enc = if enc.is_null() { "utf-8" } else { crate::objects::str_methods::str_arg(vm, enc, "decode() argument 'encoding' must be str")? };
    let err = if err.is_null() { "strict" } else { crate::objects::str_methods::str_arg(vm, err, "decode() argument 'errors' must be str")? };
    let d = data(a.at(0)).unwrap().to_vec();
    crate::objects::codecs::decode(vm, &d, enc, err)
}

/// `bytes.hex(sep=..., bytes_per_sep=1)`.
pub fn hex_with_sep(vm: &mut Vm, d: &[u8], sep: Value, per: Value) -> PyResult<String> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let sep_b: Option<u8> = if sep.is_null() {
        None
    } else {
        let s: Vec<u8> = if let Some(s) = pystr::as_str(sep) {
            if !s.is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            s.as_bytes().to_vec()
        } else if let Some(b) = data(sep) {
            b.to_vec()
        } else {
            return Err(vm.type_error(format!("object of type '{}' has no len()", sep.class().error_name())));
        };
        if s.len() != 1 {
            return Err(vm.value_error("sep must be length 1."));
        }
        Some(s[0])
    };
    let per = if per.is_null() { 1 } else { index_arg(vm, per)? };
    let mut out = String::with_capacity(d.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = d.len();
    for (i, b) in d.iter().enumerate() {
        if let Some(sc) = sep_b
            && i > 0
            && group > 0
        {
            // per > 0: groups counted from the right; per < 0: from the left.
            let boundary = if per > 0 { (n - i) % group == 0 } else { i % group == 0 };
            if boundary {
                out.push(sc as char);
            }
        }
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    Ok(out)
}

fn b_hex(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "hex")?.to_vec();
    let [sep, per] = crate::objects::str_args::clinic_kw(vm, &a, "hex", ["sep", "bytes_per_sep"], 0)?;
    Ok(pystr::new(&hex_with_sep(vm, &d, sep, per)?))
}

fn b_fromhex(vm: &mut Vm, a: Args) -> PyResult {
    let x = one(vm, &a, "fromhex")?;
    let s = crate::objects::str_methods::str_arg(vm, x, "fromhex() argument must be str")?;
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    let hexval = |c: u8| (c as char).to_digit(16);
    while i < b.len() {
        if crate::objects::unicode::is_space(b[i] as char) && b[i].is_ascii() {
            i += 1;
            continue;
        }
        let Some(hi) = hexval(b[i]) else {
            return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", pystr::byte_to_char(s, i))));
        };
        let Some(lo) = b.get(i + 1).and_then(|&c| hexval(c)) else {
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                pystr::byte_to_char(s, (i + 1).min(s.len()))
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let cls = a.at(0);
    if cls.is(vm.rt.types.bytes.as_value()) {
        return Ok(objmodel::alloc::new_bytes(&out));
    }
    if cls.is(vm.rt.types.bytearray.as_value()) {
        return Ok(crate::objects::bytes::new_bytearray(&out));
    }
    let b = objmodel::alloc::new_bytes(&out);
    vm.call1(cls, b)
}
fn b_getitem(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "__getitem__")?;
    let k = one(vm, &a, &format!("{}.__getitem__", tname(a.at(0))))?;
    crate::objects::bytes::getitem(vm, a.at(0), k)
}
fn b_contains(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "__contains__")?;
    let k = one(vm, &a, &format!("{}.__contains__", tname(a.at(0))))?;
    Ok(objmodel::bool_(crate::objects::bytes::contains(vm, a.at(0), k)?))
}
fn b_iter(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "__iter__")?;
    let t = if a.at(0).header().kind() == Kind::ByteArray {
        vm.rt.extra.bytearray_iterator
    } else {
        vm.rt.extra.bytes_iterator
    };
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
                if a.len() != 2 || !pb::is_bytes_like(a.at(0)) || !pb::is_bytes_like(a.at(1)) {
                    return Ok(objmodel::not_implemented());
                }
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
    this(vm, &a, "__add__")?;
    if a.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    Ok(crate::objects::bytes::concat(vm, a.at(0), a.at(1))?.unwrap_or_else(objmodel::not_implemented))
}
fn b_mul(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "__mul__")?;
    if a.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    Ok(crate::ops::binary::native_binop(vm, crate::bytecode::BinOp::Mul, a.at(0), a.at(1))?.unwrap_or_else(objmodel::not_implemented))
}
fn b_mod(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "__mod__")?;
    let x = one(vm, &a, "__mod__")?;
    crate::objects::bytes::percent_format(vm, a.at(0), x)
}
fn b_rmod(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(objmodel::not_implemented())
}
fn b_getnewargs(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "__getnewargs__")?;
    Ok(tuple::new(&[objmodel::alloc::new_bytes(d)]))
}
fn b_bytes(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "__bytes__")?;
    if a.at(0).class().is(vm.rt.types.bytes) {
        return Ok(a.at(0));
    }
    Ok(objmodel::alloc::new_bytes(d))
}
fn b_sizeof(vm: &mut Vm, a: Args) -> PyResult {
    let d = this(vm, &a, "__sizeof__")?;
    if is_bytearray(a.at(0)) {
        return Ok(int::from_usize(56 + d.len() + 1));
    }
    Ok(int::from_usize(33 + d.len()))
}

// ---- bytearray mutators ----

fn ba_this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    match a.get(0) {
        Some(v) if is_bytearray(v) => Ok(v),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
            v.class().name_str()
        ))),
        None => Err(vm.type_error(format!("unbound method bytearray.{name}() needs an argument"))),
    }
}

fn ba_append(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "append")?;
    let x = one(vm, &a, "bytearray.append")?;
    let b = byte_value(vm, x)?;
    pb::ba_push(v, b);
    Ok(objmodel::none())
}
fn ba_extend(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "extend")?;
    let x = one(vm, &a, "bytearray.extend")?;
    if let Some(d) = data(x) {
        pb::ba_extend(v, d);
        return Ok(objmodel::none());
    }
    let iterable = x.is_ptr()
        && (vm.lookup_type_cached(x.class(), vm.rt.names.__iter__).is_some()
            || vm.lookup_type_cached(x.class(), vm.rt.names.__getitem__).is_some());
    if !iterable {
        return Err(vm.type_error(format!("can't extend bytearray with {}", x.class().error_name())));
    }
    let items = vm.collect(x)?;
    let out = crate::objects::bytes::ints_to_bytes(vm, &items, "byte must be in range(0, 256)")?;
    pb::ba_extend(v, &out);
    Ok(objmodel::none())
}
fn ba_insert(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "insert")?;
    crate::objects::str_args::clinic(vm, &a, "insert", 2, 2)?;
    let i = index_arg(vm, a.at(1))?;
    let b = byte_value(vm, a.at(2))?;
    let n = pb::len(v) as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    pb::splice(v, pos, pos, &[b]);
    Ok(objmodel::none())
}
fn ba_pop(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "pop")?;
    crate::objects::str_args::clinic(vm, &a, "pop", 0, 1)?;
    let n = pb::len(v);
    let i = match a.get(1) {
        Some(x) => index_arg(vm, x)?,
        None => -1,
    };
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    match crate::objects::subscript::norm_index(i, n) {
        Some(j) => {
            let b = pb::bytearray_data(v)[j];
            pb::splice(v, j, j + 1, &[]);
            Ok(Value::small(b as i64))
        }
        None => Err(vm.index_error("pop index out of range")),
    }
}
fn ba_remove(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "remove")?;
    let x = one(vm, &a, "bytearray.remove")?;
    let b = byte_value(vm, x)?;
    match pb::bytearray_data(v).iter().position(|&c| c == b) {
        Some(j) => {
            pb::splice(v, j, j + 1, &[]);
            Ok(objmodel::none())
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}
fn ba_reverse(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "reverse")?;
    noargs(vm, &a, "bytearray.reverse")?;
    pb::ba_modify(v, |b| b.reverse());
    Ok(objmodel::none())
}
fn ba_clear(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "clear")?;
    noargs(vm, &a, "bytearray.clear")?;
    pb::ba_truncate(v, 0);
    Ok(objmodel::none())
}
fn ba_copy(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "copy")?;
    noargs(vm, &a, "bytearray.copy")?;
    Ok(crate::objects::bytes::new_bytearray(pb::bytearray_data(v)))
}
fn ba_setitem(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "__setitem__")?;
    crate::objects::str_args::clinic(vm, &a, "__setitem__", 2, 2)?;
    crate::objects::bytes::setitem(vm, v, a.at(1), a.at(2))?;
    Ok(objmodel::none())
}
fn ba_delitem(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "__delitem__")?;
    let k = one(vm, &a, "bytearray.__delitem__")?;
    crate::objects::bytes::delitem(vm, v, k)?;
    Ok(objmodel::none())
}
fn ba_iadd(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "__iadd__")?;
    let x = one(vm, &a, "bytearray.__iadd__")?;
    match data(x) {
        Some(d) => {
            pb::ba_extend(v, d);
            Ok(v)
        }
        None => Err(vm.type_error(format!("can't concat {} to bytearray", x.class().error_name()))),
    }
}
fn ba_imul(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "__imul__")?;
    let x = one(vm, &a, "bytearray.__imul__")?;
    if !int::is_int(x) && vm.lookup_type_cached(x.class(), vm.rt.names.__index__).is_none() {
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", x.class().error_name())));
    }
    let n = vm.index_value(x)?.max(0) as usize;
    let d = pb::bytearray_data(v).to_vec();
    set_bytearray(v, &d.repeat(n));
    Ok(v)
}
fn ba_alloc(vm: &mut Vm, a: Args) -> PyResult {
    let v = ba_this(vm, &a, "__alloc__")?;
    let o = pb::len(v);
    Ok(int::from_usize(o + 1))
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
        method(t, "__str__", b_str);
        method(t, "__len__", b_len);
        method(t, "decode", b_decode);
        method(t, "hex", b_hex);
        method_flags(t, "fromhex", b_fromhex, bflags::CLASSMETHOD);
        method(t, "__getitem__", b_getitem);
        method(t, "__contains__", b_contains);
        method(t, "__iter__", b_iter);
        method(t, "__add__", b_add);
        method(t, "__mul__", b_mul);
        method(t, "__rmul__", b_mul);
        method(t, "__mod__", b_mod);
        method(t, "__rmod__", b_rmod);
        method(t, "__sizeof__", b_sizeof);
        for op in [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge] {
            method(t, crate::ops::compare::op_dunder(op), b_cmp(op));
        }
    }
    method(b, "__hash__", b_hash);
    method(b, "__getnewargs__", b_getnewargs);
    method(b, "__bytes__", b_bytes);
    attr(ba, "__hash__", objmodel::none());
    method(ba, "append", ba_append);
    method(ba, "extend", ba_extend);
    method(ba, "insert", ba_insert);
    method(ba, "pop", ba_pop);
    method(ba, "remove", ba_remove);
    method(ba, "reverse", ba_reverse);
    method(ba, "clear", ba_clear);
    method(ba, "copy", ba_copy);
    method(ba, "__setitem__", ba_setitem);
    method(ba, "__delitem__", ba_delitem);
    method(ba, "__iadd__", ba_iadd);
    method(ba, "__imul__", ba_imul);
    method(ba, "__alloc__", ba_alloc);
    crate::objects::bytes_methods_more::init(r);
    let _ = (Kind::Bytes, parse_tuple);
}

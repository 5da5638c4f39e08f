//! `struct` (and `_struct`): packing values to C structs in bytes and back, with CPython 3.11's
//! format language (byte order/size/alignment prefixes, repeat counts, pad bytes, `s`/`p`
//! strings, IEEE half/single/double floats) and its `struct.error` messages.

use std::sync::OnceLock;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use objmodel::Value;

use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::objects::{bytes, float, int, list, str as pystr, tuple};
use crate::vm::Vm;

static ERROR: OnceLock<usize> = OnceLock::new();

fn err(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    match ERROR.get() {
        Some(e) => {
            let cls = Value::from_raw(*e);
            let m = pystr::new(&msg.into());
            match vm.call1(cls, m) {
                Ok(x) => PyErr(x),
                Err(x) => x,
            }
        }
        None => vm.value_error(msg),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little,
    Big,
}

#[derive(Clone, Copy)]
struct Item {
    code: u8,
    offset: usize,
    size: usize,
}

struct Layout {
    order: Order,
    items: Vec<Item>,
    size: usize,
    /// number of Python values packed/unpacked
    nvalues: usize,
}

fn item_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(vm: &mut Vm, fmt: &str) -> PyResult<Layout> {
    let b = fmt.as_bytes();
    let (order, native, mut i) = match b.first() {
        Some(b'@') => (Order::Native, true, 1),
        Some(b'=') => (Order::Native, false, 1),
        Some(b'<') => (Order::Little, false, 1),
        Some(b'>') | Some(b'!') => (Order::Big, false, 1),
        _ => (Order::Native, true, 0),
    };
    let mut items = Vec::new();
    let mut size = 0usize;
    let mut nvalues = 0usize;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < b.len() && b[i].is_ascii_digit() {
                n = match n.checked_mul(10).and_then(|n| n.checked_add((b[i] - b'0') as usize)) {
                    Some(n) => n,
                    None => return Err(err(vm, "total struct size too long")),
                };
                i += 1;
            }
            if i >= b.len() {
                return Err(err(vm, "repeat count given without format specifier"));
            }
            count = n;
        }
        let code = b[i];
        i += 1;
        let Some(sz) = item_size(code, native) else {
            return Err(err(vm, "bad char in struct format"));
        };
        if native && sz > 1 {
            size = size.div_ceil(sz) * sz;
        }
        match code {
            b's' | b'p' => {
                items.push(Item { code, offset: size, size: count });
                size += count;
                nvalues += 1;
            }
            b'x' => {
                size += count;
            }
            _ => {
                for _ in 0..count {
                    items.push(Item { code, offset: size, size: sz });
                    size += sz;
                    nvalues += 1;
                }
            }
        }
    }
    Ok(Layout { order, items, size, nvalues })
}

fn put(out: &mut [u8], v: u64, size: usize, order: Order) {
    let le = v.to_le_bytes();
    match order {
        Order::Big => {
            for k in 0..size {
                out[k] = le[size - 1 - k];
            }
        }
        _ => out[..size].copy_from_slice(&le[..size]),
    }
}

fn get(data: &[u8], size: usize, order: Order) -> u64 {
    let mut le = [0u8; 8];
    match order {
        Order::Big => {
            for k in 0..size {
                le[k] = data[size - 1 - k];
            }
        }
        _ => le[..size].copy_from_slice(&data[..size]),
    }
    u64::from_le_bytes(le)
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(b) = int::to_bigint(v) {
        return Ok(b);
    }
    if vm.lookup_special(v.class(), vm.rt.names.__index__).is_some() {
        let r = vm.index(v)?;
        return Ok(int::to_bigint(r).unwrap_or_default());
    }
    Err(err(vm, "required argument is not an integer"))
}

fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match super::util::as_f64(vm, v) {
        Ok(f) => Ok(f),
        Err(e) if vm.err_matches(&e, vm.rt.exc.type_error) => Err(err(vm, "required argument is not a float")),
        Err(e) => Err(e),
    }
}

/// f64 -> IEEE half precision bits, round half to even; None on overflow.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // value = m * 2^e with the half's quantum at each binade
    if a == 0.0 {
        return Some(sign);
    }
    let (_, mut e) = crate::numeric::math::frexp(a); // a = f * 2^e, 0.5 <= f < 1
    e -= 1; // a = g * 2^e, 1 <= g < 2
    let exp = e.max(-14);
    // quantum 2^(exp - 10)
    let scaled = a * 2f64.powi(10 - exp);
    let mut m = scaled.round_ties_even() as u64;
    let mut exp = exp;
    if m >= 2048 {
        m >>= 1;
        exp += 1;
    }
    if exp > 15 {
        return None;
    }
    if m < 1024 {
        // subnormal (exp == -14)
        return Some(sign | m as u16);
    }
    Some(sign | (((exp + 15) as u16) << 10) | (m as u16 & 0x3ff))
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 => {
            if m == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn pack_into_buf(vm: &mut Vm, lay: &Layout, vals: &[Value], out: &mut [u8]) -> PyResult<()> {
    for (it, v) in lay.items.iter().zip(vals) {
        let o = &mut out[it.offset..it.offset + it.size];
        let v = *v;
        match it.code {
            b'c' => match bytes::as_bytes(v) {
                Some(bs) if bs.len() == 1 && !pystr::is_str(v) => o[0] = bs[0],
                _ => return Err(err(vm, "char format requires a bytes object of length 1")),
            },
            b's' | b'p' => {
                let Some(bs) = bytes::as_bytes(v).filter(|_| !pystr::is_str(v)) else {
                    return Err(err(vm, format!("argument for '{}' must be a bytes object", it.code as char)));
                };
                if it.code == b's' {
                    let n = bs.len().min(it.size);
                    o[..n].copy_from_slice(&bs[..n]);
                } else if it.size > 0 {
                    let n = bs.len().min(it.size - 1).min(255);
                    o[0] = n as u8;
                    o[1..1 + n].copy_from_slice(&bs[..n]);
                }
            }
            b'?' => o[0] = vm.truthy(v)? as u8,
            b'e' => {
                let x = float_arg(vm, v)?;
                let Some(h) = to_half(x) else {
                    return Err(vm.overflow_error("float too large to pack with e format"));
                };
                put(o, h as u64, 2, lay.order);
            }
            b'f' => {
                let x = float_arg(vm, v)?;
                let f = x as f32;
                if f.is_infinite() && x.is_finite() {
                    return Err(vm.overflow_error("float too large to pack with f format"));
                }
                put(o, f.to_bits() as u64, 4, lay.order);
            }
            b'd' => {
                let x = float_arg(vm, v)?;
                put(o, x.to_bits(), 8, lay.order);
            }
            code => {
                let n = int_arg(vm, v)?;
                let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
                let size = it.size;
                // first: does it fit the C conversion (long / unsigned long / long long ...)?
                let fits_c = if signed || matches!(code, b'B' | b'H') { n.to_i64().is_some() } else { !n.is_negative() && n.to_u64().is_some() };
                if !fits_c {
                    return Err(err(vm, "argument out of range"));
                }
                let bits = size * 8;
                let (lo, hi): (i128, i128) = if signed {
                    (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
                } else {
                    (0, (1i128 << bits) - 1)
                };
                let x = n.to_i128().unwrap_or(0);
                if x < lo || x > hi {
                    let msg = match code {
                        b'b' => "byte format requires -128 <= number <= 127".to_string(),
                        b'B' => "ubyte format requires 0 <= number <= 255".to_string(),
                        b'h' => "short format requires -32768 <= number <= 32767".to_string(),
                        b'H' => "ushort format requires 0 <= number <= 65535".to_string(),
                        c => format!("'{}' format requires {lo} <= number <= {hi}", c as char),
                    };
                    return Err(err(vm, msg));
                }
                put(o, x as u64, size, lay.order);
            }
        }
    }
    Ok(())
}

fn unpack_buf(vm: &mut Vm, lay: &Layout, data: &[u8]) -> PyResult {
    let mut out = Vec::with_capacity(lay.nvalues);
    for it in &lay.items {
        let d = &data[it.offset..];
        let v = match it.code {
            b'c' => objmodel::alloc::new_bytes(&d[..1]),
            b's' => objmodel::alloc::new_bytes(&d[..it.size]),
            b'p' => {
                if it.size == 0 {
                    objmodel::alloc::new_bytes(&[])
                } else {
                    let n = (d[0] as usize).min(it.size - 1);
                    objmodel::alloc::new_bytes(&d[1..1 + n])
                }
            }
            b'?' => objmodel::bool_(d[0] != 0),
            b'e' => float::new(from_half(get(d, 2, lay.order) as u16)),
            b'f' => float::new(f32::from_bits(get(d, 4, lay.order) as u32) as f64),
            b'd' => float::new(f64::from_bits(get(d, 8, lay.order))),
            code => {
                let raw = get(d, it.size, lay.order);
                let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
                if signed {
                    let shift = 64 - it.size * 8;
                    int::from_i64(((raw << shift) as i64) >> shift)
                } else {
                    int::from_i128(raw as i128)
                }
            }
        };
        out.push(v);
    }
    let _ = vm;
    Ok(tuple::new(&out))
}

fn fmt_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(String::from_utf8_lossy(&b).to_string());
    }
    Err(vm.type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", v.class().error_name())))
}

fn buffer_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match bytes::as_bytes(v) {
        Some(b) if !pystr::is_str(v) => Ok(b),
        _ => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", v.class().error_name()))),
    }
}

fn s_calcsize(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "calcsize", 1, 1)?;
    let f = fmt_arg(vm, a.at(0))?;
    let lay = parse(vm, &f)?;
    Ok(int::from_usize(lay.size))
}

fn s_pack(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "pack")?;
    if a.is_empty() {
        return Err(vm.type_error("pack expected at least 1 argument, got 0"));
    }
    let f = fmt_arg(vm, a.at(0))?;
    let lay = parse(vm, &f)?;
    let vals = &a.pos[1..];
    if vals.len() != lay.nvalues {
        return Err(err(vm, format!("pack expected {} items for packing (got {})", lay.nvalues, vals.len())));
    }
    let mut out = vec![0u8; lay.size];
    pack_into_buf(vm, &lay, vals, &mut out)?;
    Ok(objmodel::alloc::new_bytes(&out))
}

fn s_pack_into(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "pack_into")?;
    if a.len() < 3 {
        return Err(vm.type_error(format!("pack_into expected at least 3 arguments, got {}", a.len())));
    }
    let f = fmt_arg(vm, a.at(0))?;
    let lay = parse(vm, &f)?;
    let buf = a.at(1);
    if !(buf.is_ptr() && buf.header().kind() == objmodel::Kind::ByteArray) {
        return Err(vm.type_error(format!("argument must be read-write bytes-like object, not {}", buf.class().error_name())));
    }
    let vals = &a.pos[3..];
    if vals.len() != lay.nvalues {
        return Err(err(vm, format!("pack_into expected {} items for packing (got {})", lay.nvalues, vals.len())));
    }
    let mut data = bytes::bytearray_data(buf).to_vec();
    let mut off = vm.index_value(a.at(2))?;
    if off < 0 {
        if off + (lay.size as i64) > 0 {
            return Err(err(vm, format!("no space to pack {} bytes at offset {}", lay.size, off)));
        }
        if off + (data.len() as i64) < 0 {
            return Err(err(vm, format!("offset {} out of range for {}-byte buffer", off, data.len())));
        }
        off += data.len() as i64;
    }
    let off = off as usize;
    if data.len() < off + lay.size {
        return Err(err(vm, format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            off + lay.size,
            lay.size,
            off,
            data.len()
        )));
    }
    let mut tmp = vec![0u8; lay.size];
    pack_into_buf(vm, &lay, vals, &mut tmp)?;
    data[off..off + lay.size].copy_from_slice(&tmp);
    bytes::set_bytearray(buf, &data);
    Ok(objmodel::none())
}

fn s_unpack(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "unpack", 2, 2)?;
    let f = fmt_arg(vm, a.at(0))?;
    let lay = parse(vm, &f)?;
    let data = buffer_arg(vm, a.at(1))?;
    if data.len() != lay.size {
        return Err(err(vm, format!("unpack requires a buffer of {} bytes", lay.size)));
    }
    unpack_buf(vm, &lay, &data)
}

fn s_unpack_from(vm: &mut Vm, a: Args) -> PyResult {
    let [f, buffer, offset] = a.bind(vm, "unpack_from", ["format", "buffer", "offset"], 3, 2)?;
    let f = fmt_arg(vm, f)?;
    let lay = parse(vm, &f)?;
    let data = buffer_arg(vm, buffer)?;
    let mut off = if offset.is_null() { 0 } else { vm.index_value(offset)? };
    if off < 0 {
        if off + (data.len() as i64) < 0 {
            return Err(err(vm, format!("offset {} out of range for {}-byte buffer", off, data.len())));
        }
        off += data.len() as i64;
    }
    let off = off as usize;
    if data.len() < off + lay.size {
        return Err(err(vm, format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            off + lay.size,
            lay.size,
            off,
            data.len()
        )));
    }
    unpack_buf(vm, &lay, &data[off..])
}

fn s_iter_unpack(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "iter_unpack", 2, 2)?;
    let f = fmt_arg(vm, a.at(0))?;
    let lay = parse(vm, &f)?;
    let data = buffer_arg(vm, a.at(1))?;
    if lay.size == 0 {
        return Err(err(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % lay.size != 0 {
        return Err(err(vm, format!("iterative unpacking requires a buffer of a multiple of {} bytes", lay.size)));
    }
    let out = list::new_list(&[]);
    for chunk in data.chunks(lay.size) {
        let t = unpack_buf(vm, &lay, chunk)?;
        list::append(out, t);
    }
    vm.iter(out)
}

const PY: &str = r#"
class error(Exception):
    pass
error.__module__ = 'struct'

class Struct:
    """Struct(format): a compiled format with pack/unpack methods."""
    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self.format = format
        self.size = calcsize(format)
    def pack(self, *v):
        return pack(self.format, *v)
    def pack_into(self, buffer, offset, *v):
        return pack_into(self.format, buffer, offset, *v)
    def unpack(self, buffer):
        return unpack(self.format, buffer)
    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)
    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
Struct.__module__ = '_struct'

def _clearcache():
    pass

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']
"#;

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::util::new_module("struct");
    super::util::funcs(
        d,
        &[
            ("calcsize", s_calcsize),
            ("pack", s_pack),
            ("pack_into", s_pack_into),
            ("unpack", s_unpack),
            ("unpack_from", s_unpack_from),
            ("iter_unpack", s_iter_unpack),
        ],
    );
    super::util::exec_in(vm, d, PY, "<struct>")?;
    if ERROR.get().is_none()
        && let Some(e) = crate::objects::dict::get_by_name(d, "error")
    {
        crate::runtime::rt().add_root(e);
        let _ = ERROR.set(e.raw());
    }
    Ok(m)
}

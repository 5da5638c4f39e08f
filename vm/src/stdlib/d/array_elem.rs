//! The items of `array.array`: typecodes, the conversion of Python values into items with
//! CPython's range checks and messages (`Modules/arraymodule.c`'s `*_setitem` semantics), and
//! item comparison with Python's int/float/str semantics.
//!
//! An array stores its items as native-endian machine values in a byte vector (what
//! `tobytes` returns); an `Elem` is one item read out of it.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use objmodel::Value;

use crate::error::PyResult;
use crate::objects::{float, int, str as pystr};
use crate::vm::Vm;

/// A typecode; `l`/`L` are 64-bit (LP64), `u` is a 4-byte `wchar_t` as on Linux.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Code(pub u8);

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

impl Code {
    pub fn parse(c: char) -> Option<Code> {
        if c.is_ascii() && TYPECODES.as_bytes().contains(&(c as u8)) { Some(Code(c as u8)) } else { None }
    }
    pub fn size(self) -> usize {
        match self.0 {
            b'b' | b'B' => 1,
            b'h' | b'H' => 2,
            b'i' | b'I' | b'f' | b'u' => 4,
            _ => 8,
        }
    }
    pub fn is_float(self) -> bool {
        matches!(self.0, b'f' | b'd')
    }
    pub fn is_unicode(self) -> bool {
        self.0 == b'u'
    }
    pub fn ch(self) -> char {
        self.0 as char
    }
}

/// One item.
#[derive(Clone, Copy, Debug)]
pub enum Elem {
    Int(i128),
    Float(f64),
    Char(u32),
}

/// Read the item at the start of `b` (at least `code.size()` bytes).
pub fn get(code: Code, b: &[u8]) -> Elem {
    let a8 = |n: usize| {
        let mut x = [0u8; 8];
        x[..n].copy_from_slice(&b[..n]);
        x
    };
    match code.0 {
        b'b' => Elem::Int(b[0] as i8 as i128),
        b'B' => Elem::Int(b[0] as i128),
        b'h' => Elem::Int(i16::from_ne_bytes([b[0], b[1]]) as i128),
        b'H' => Elem::Int(u16::from_ne_bytes([b[0], b[1]]) as i128),
        b'i' => Elem::Int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i128),
        b'I' => Elem::Int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i128),
        b'u' => Elem::Char(u32::from_ne_bytes([b[0], b[1], b[2], b[3]])),
        b'f' => Elem::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Elem::Float(f64::from_ne_bytes(a8(8))),
        b'l' | b'q' => Elem::Int(i64::from_ne_bytes(a8(8)) as i128),
        _ => Elem::Int(u64::from_ne_bytes(a8(8)) as i128),
    }
}

/// Write `e` (already range-checked for `code`) into `out`.
pub fn put(code: Code, e: Elem, out: &mut [u8]) {
    let n = code.size();
    let bytes: [u8; 8] = match (code.0, e) {
        (b'f', Elem::Float(x)) => widen(&(x as f32).to_ne_bytes()),
        (_, Elem::Float(x)) => x.to_ne_bytes(),
        (_, Elem::Char(c)) => widen(&c.to_ne_bytes()),
        (b'b' | b'B', Elem::Int(i)) => widen(&[i as u8]),
        (b'h' | b'H', Elem::Int(i)) => widen(&(i as u16).to_ne_bytes()),
        (b'i' | b'I', Elem::Int(i)) => widen(&(i as u32).to_ne_bytes()),
        (_, Elem::Int(i)) => (i as u64).to_ne_bytes(),
    };
    out[..n].copy_from_slice(&bytes[..n]);
}

fn widen(b: &[u8]) -> [u8; 8] {
    let mut x = [0u8; 8];
    x[..b.len()].copy_from_slice(b);
    x
}

/// The Python value of an item.
pub fn to_value(e: Elem) -> Value {
    match e {
        Elem::Int(i) => int::from_i128(i),
        Elem::Float(x) => float::new(x),
        Elem::Char(c) => {
            let ch = char::from_u32(c).unwrap_or('\u{fffd}');
            pystr::new(ch.encode_utf8(&mut [0u8; 4]))
        }
    }
}

/// `PyFloat_AsDouble` with its messages.
pub fn as_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = float::as_f64(v) {
        return Ok(f);
    }
    if int::is_int(v) {
        let b = int::to_bigint(v).unwrap_or_default();
        return crate::numeric::arith::bigint_to_f64(&b).map_err(|e| vm.math_err(e));
    }
    if let Some(r) = vm.call_method_special(v, vm.rt.names.__float__, &[])? {
        if let Some(f) = float::as_f64(r) {
            return Ok(f);
        }
        return Err(vm.type_error(format!(
            "{}.__float__ returned non-float (type {})",
            v.class().name_str(),
            r.class().name_str()
        )));
    }
    if vm.call_method_special(v, vm.rt.names.__index__, &[])?.is_some() {
        let i = vm.index(v)?;
        return as_f64(vm, i);
    }
    Err(vm.type_error(format!("must be real number, not {}", v.class().error_name())))
}

/// Convert a Python value into an item of `code`, raising what CPython raises.
pub fn from_value(vm: &mut Vm, code: Code, v: Value) -> PyResult<Elem> {
    if code.is_float() {
        return Ok(Elem::Float(as_f64(vm, v)?));
    }
    if code.is_unicode() {
        let s = pystr::as_str(v).filter(|s| s.chars().count() == 1);
        return match s.and_then(|s| s.chars().next()) {
            Some(c) => Ok(Elem::Char(c as u32)),
            None => Err(vm.type_error("array item must be unicode character")),
        };
    }
    let i = vm.index(v)?;
    let b: BigInt = int::to_bigint(i).unwrap_or_default();
    let overflow = |vm: &mut Vm, m: &str| Err(vm.overflow_error(m.to_string()));
    match code.0 {
        b'b' | b'B' | b'h' | b'H' | b'i' | b'l' => {
            let Some(x) = b.to_i64() else {
                return overflow(vm, "Python int too large to convert to C long");
            };
            let (lo, hi, what): (i64, i64, &str) = match code.0 {
                b'b' => (-128, 127, "signed char"),
                b'B' => (0, 255, "unsigned byte integer"),
                b'h' => (i16::MIN as i64, i16::MAX as i64, "signed short integer"),
                b'H' => (0, u16::MAX as i64, "unsigned short"),
                b'i' => (i32::MIN as i64, i32::MAX as i64, "signed integer"),
                _ => (i64::MIN, i64::MAX, ""),
            };
            if x < lo {
                return overflow(vm, &format!("{what} is less than minimum"));
            }
            if x > hi {
                return overflow(vm, &format!("{what} is greater than maximum"));
            }
            Ok(Elem::Int(x as i128))
        }
        b'I' | b'L' => {
            if b.sign() == num_bigint::Sign::Minus {
                return overflow(vm, "can't convert negative value to unsigned int");
            }
            let Some(x) = b.to_u64() else {
                return overflow(vm, "Python int too large to convert to C unsigned long");
            };
            if code.0 == b'I' && x > u32::MAX as u64 {
                return overflow(vm, "unsigned int is greater than maximum");
            }
            Ok(Elem::Int(x as i128))
        }
        b'q' => match b.to_i64() {
            Some(x) => Ok(Elem::Int(x as i128)),
            None => overflow(vm, "int too big to convert"),
        },
        _ => {
            if b.sign() == num_bigint::Sign::Minus {
                return overflow(vm, "can't convert negative int to unsigned");
            }
            match b.to_u64() {
                Some(x) => Ok(Elem::Int(x as i128)),
                None => overflow(vm, "int too big to convert"),
            }
        }
    }
}

/// An int compared with a float exactly (Python's int/float comparison); None if `f` is NaN.
fn cmp_int_float(i: i128, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f >= 1.7e38 {
        return Some(Ordering::Less);
    }
    if f <= -1.7e38 {
        return Some(Ordering::Greater);
    }
    let fl = f.floor();
    let fi = fl as i128;
    match i.cmp(&fi) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

/// Python's `==` on two items.
pub fn eq(a: Elem, b: Elem) -> bool {
    partial_cmp(a, b) == Some(Ordering::Equal)
}

/// Python's ordering of two items; None when unordered (NaN) or of different kinds (str vs
/// number: `==` is False and ordering raises, see `mixed_error`).
pub fn partial_cmp(a: Elem, b: Elem) -> Option<Ordering> {
    match (a, b) {
        (Elem::Int(x), Elem::Int(y)) => Some(x.cmp(&y)),
        (Elem::Float(x), Elem::Float(y)) => x.partial_cmp(&y),
        (Elem::Int(x), Elem::Float(y)) => cmp_int_float(x, y),
        (Elem::Float(x), Elem::Int(y)) => cmp_int_float(y, x).map(Ordering::reverse),
        (Elem::Char(x), Elem::Char(y)) => Some(x.cmp(&y)),
        _ => None,
    }
}

/// Whether the two items are of kinds Python cannot order (a str and a number).
pub fn mixed(a: Elem, b: Elem) -> bool {
    matches!((a, b), (Elem::Char(_), Elem::Int(_) | Elem::Float(_)) | (Elem::Int(_) | Elem::Float(_), Elem::Char(_)))
}

pub fn kind_name(e: Elem) -> &'static str {
    match e {
        Elem::Int(_) => "int",
        Elem::Float(_) => "float",
        Elem::Char(_) => "str",
    }
}

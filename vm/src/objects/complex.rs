//! `complex`: construction (CPython's `complex_new` and string parsing, underscores and
//! parenthesised forms included) and the complex-only methods.

use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{float, int, str as pystr, tuple};
use crate::ops::arith::{Num, as_num};
use crate::vm::Vm;

fn parts(v: Value) -> Option<(f64, f64)> {
    match as_num(v) {
        Some(Num::Complex(r, i)) => Some((r, i)),
        _ => None,
    }
}

fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    match a.get(0).and_then(parts) {
        Some(p) => Ok(p),
        None => Err(vm.type_error(match a.get(0) {
            Some(v) => format!("descriptor '{name}' for 'complex' objects doesn't apply to a '{}' object", v.class().name_str()),
            None => format!("unbound method complex.{name}() needs an argument"),
        })),
    }
}

/// The longest prefix of `s` that `PyOS_string_to_double` accepts: (value, length).
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let rest = &s[i..];
    let lower: Vec<u8> = rest.iter().take(8).map(|b| b.to_ascii_lowercase()).collect();
    let special = if lower.starts_with(b"infinity") {
        Some(8)
    } else if lower.starts_with(b"inf") || lower.starts_with(b"nan") {
        Some(3)
    } else {
        None
    };
    let end = if let Some(n) = special {
        i + n
    } else {
        let mut j = i;
        let d0 = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        let mut ndig = j - d0;
        if j < s.len() && s[j] == b'.' {
            j += 1;
            let f0 = j;
            while j < s.len() && s[j].is_ascii_digit() {
                j += 1;
            }
            ndig += j - f0;
        }
        if ndig == 0 {
            return None;
        }
        if j < s.len() && matches!(s[j], b'e' | b'E') {
            let mut k = j + 1;
            if k < s.len() && matches!(s[k], b'+' | b'-') {
                k += 1;
            }
            let e0 = k;
            while k < s.len() && s[k].is_ascii_digit() {
                k += 1;
            }
            if k > e0 {
                j = k;
            }
        }
        j
    };
    let text = std::str::from_utf8(&s[..end]).ok()?;
    crate::numfmt::parse_float(text).map(|f| (f, end))
}

/// `complex(str)`.
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    // Unicode whitespace and decimal digits to ASCII (as `_PyUnicode_TransformDecimalAndSpaceToASCII`).
    let mut b: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            b.push(c as u8);
        } else if crate::objects::unicode::is_space(c) {
            b.push(b' ');
        } else if let Some(d) = c.to_digit(10).filter(|_| crate::objects::unicode::is_decimal(c)) {
            b.push(b'0' + d as u8);
        } else if crate::objects::unicode::is_decimal(c) {
            let mut t = String::new();
            t.push(c);
            let d = crate::numfmt::parse_int(&t, 10)?;
            b.push(b'0' + num_traits::ToPrimitive::to_u8(&d)?);
        } else {
            return None;
        }
    }
    if b.contains(&b'_') {
        let mut out = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in &b {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                out.push(c);
                if prev == b'_' && !c.is_ascii_digit() {
                    return None;
                }
            }
            prev = c;
        }
        if prev == b'_' {
            return None;
        }
        b = out;
    }
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let n = b.len();
    let at = |i: usize| if i < n { b[i] } else { 0 };
    let mut i = 0;
    while i < n && is_space(b[i]) {
        i += 1;
    }
    let mut bracket = false;
    if at(i) == b'(' {
        bracket = true;
        i += 1;
        while i < n && is_space(b[i]) {
            i += 1;
        }
    }
    let (mut x, mut y) = (0.0, 0.0);
    match float_prefix(&b[i..]) {
        Some((z, len)) => {
            i += len;
            if matches!(at(i), b'+' | b'-') {
                x = z;
                match float_prefix(&b[i..]) {
                    Some((w, l2)) => {
                        y = w;
                        i += l2;
                    }
                    None => {
                        y = if at(i) == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !matches!(at(i), b'j' | b'J') {
                    return None;
                }
                i += 1;
            } else if matches!(at(i), b'j' | b'J') {
                i += 1;
                y = z;
            } else {
                x = z;
            }
        }
        None => {
            if matches!(at(i), b'+' | b'-') {
                y = if at(i) == b'+' { 1.0 } else { -1.0 };
                i += 1;
            } else {
                y = 1.0;
            }
            if !matches!(at(i), b'j' | b'J') {
                return None;
            }
            i += 1;
        }
    }
    while i < n && is_space(b[i]) {
        i += 1;
    }
    if bracket {
        if at(i) != b')' {
            return None;
        }
        i += 1;
        while i < n && is_space(b[i]) {
            i += 1;
        }
    }
    if i != n {
        return None;
    }
    Some((x, y))
}

fn is_numberlike(vm: &mut Vm, v: Value) -> bool {
    as_num(v).is_some()
        || (v.is_ptr()
            && (vm.lookup_type_cached(v.class(), vm.rt.names.__float__).is_some()
                || vm.lookup_type_cached(v.class(), vm.rt.names.__index__).is_some()))
}

fn complex_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = crate::objects::type_::as_type(a.at(0));
    let [re, im] = crate::objects::str_args::clinic_kw(vm, &a, "complex", ["real", "imag"], 0)?;
    let make = |vm: &mut Vm, r: f64, i: f64| -> Value {
        if cls.is(vm.rt.types.complex) {
            objmodel::alloc::new_complex(r, i)
        } else {
            let o: &objmodel::layout::ComplexObj = objmodel::alloc::alloc_obj(objmodel::Kind::Complex, cls);
            // SAFETY: unpublished fresh object (exclusive).
            unsafe {
                *(std::ptr::addr_of!(o.re) as *mut f64) = r;
                *(std::ptr::addr_of!(o.im) as *mut f64) = i;
            }
            objmodel::alloc::value_of(o)
        }
    };
    let r = if re.is_null() { Value::small(0) } else { re };
    if im.is_null() && cls.is(vm.rt.types.complex) && r.is_ptr() && r.class().is(vm.rt.types.complex) {
        return Ok(r);
    }
    if let Some(s) = pystr::as_str(r) {
        if !im.is_null() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(s) {
            Some((x, y)) => Ok(make(vm, x, y)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if !im.is_null() && pystr::is_str(im) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let mut r = r;
    let cname = vm.intern("__complex__");
    if r.is_ptr()
        && let Some(f) = vm.lookup_type_cached(r.class(), cname)
    {
        let t = crate::ops::call::call_with_self(vm, f, r, Args::new(&[]))?;
        if parts(t).is_none() {
            return Err(vm.type_error(format!("__complex__ returned non-complex (type {})", t.class().error_name())));
        }
        r = t;
    }
    if !is_numberlike(vm, r) {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.class().name_str()
        )));
    }
    if !im.is_null() && !is_numberlike(vm, im) {
        return Err(vm.type_error(format!("complex() second argument must be a number, not '{}'", im.class().error_name())));
    }
    let (cr, cr_complex) = match parts(r) {
        Some(p) => (p, true),
        None => ((crate::objects::numbers::to_f64(vm, r, false)?, 0.0), false),
    };
    let (mut ci, ci_complex) = if im.is_null() {
        ((cr.1, 0.0), false)
    } else {
        match parts(im) {
            Some(p) => (p, true),
            None => ((crate::objects::numbers::to_f64(vm, im, false)?, 0.0), false),
        }
    };
    let mut real = cr.0;
    if ci_complex {
        real -= ci.1;
    }
    if cr_complex && !im.is_null() {
        ci.0 += cr.1;
    }
    Ok(make(vm, real, ci.0))
}

fn c_conjugate(vm: &mut Vm, a: Args) -> PyResult {
    let (r, i) = this(vm, &a, "conjugate")?;
    crate::objects::str_args::noargs(vm, &a, "complex.conjugate")?;
    Ok(objmodel::alloc::new_complex(r, -i))
}
fn c_abs(vm: &mut Vm, a: Args) -> PyResult {
    let (r, i) = this(vm, &a, "__abs__")?;
    let h = r.hypot(i);
    if h.is_infinite() && r.is_finite() && i.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(float::new(h))
}
fn c_complex(vm: &mut Vm, a: Args) -> PyResult {
    let (r, i) = this(vm, &a, "__complex__")?;
    if a.at(0).class().is(vm.rt.types.complex) {
        return Ok(a.at(0));
    }
    Ok(objmodel::alloc::new_complex(r, i))
}
fn c_getnewargs(vm: &mut Vm, a: Args) -> PyResult {
    let (r, i) = this(vm, &a, "__getnewargs__")?;
    Ok(tuple::new(&[float::new(r), float::new(i)]))
}
fn c_pow(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "__pow__")?;
    crate::objects::str_args::clinic(vm, &a, "__pow__", 1, 2)?;
    if let Some(m) = a.get(2)
        && !m.is_none()
    {
        return Err(vm.value_error("complex modulo"));
    }
    if as_num(a.at(1)).is_none() {
        return Ok(objmodel::not_implemented());
    }
    crate::ops::arith::num_binop_values(vm, crate::bytecode::BinOp::Pow, a.at(0), a.at(1))
}
fn c_rpow(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "__rpow__")?;
    crate::objects::str_args::clinic(vm, &a, "__rpow__", 1, 2)?;
    if let Some(m) = a.get(2)
        && !m.is_none()
    {
        return Err(vm.value_error("complex modulo"));
    }
    if as_num(a.at(1)).is_none() {
        return Ok(objmodel::not_implemented());
    }
    crate::ops::arith::num_binop_values(vm, crate::bytecode::BinOp::Pow, a.at(1), a.at(0))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{getset, method, method_flags};
    let t = r.types.complex;
    method_flags(t, "__new__", complex_new, 0);
    method(t, "conjugate", c_conjugate);
    method(t, "__abs__", c_abs);
    method(t, "__complex__", c_complex);
    method(t, "__getnewargs__", c_getnewargs);
    method(t, "__pow__", c_pow);
    method(t, "__rpow__", c_rpow);
    getset(t, "real", |vm, a| Ok(float::new(this(vm, &a, "real")?.0)), None);
    getset(t, "imag", |vm, a| Ok(float::new(this(vm, &a, "imag")?.1)), None);
    let _ = int::is_int;
}

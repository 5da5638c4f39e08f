//! Native arithmetic on built-in numbers (int, bool, float, complex), Python semantics:
//! floor division and modulo round toward negative infinity, `/` is true division, `**` with a
//! negative int exponent gives a float, small-int overflow promotes to big ints.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use objmodel::{Kind, Value};

use crate::bytecode::BinOp;
use crate::error::PyResult;
use crate::objects::{float, int};
use crate::vm::Vm;

/// A number operand.
#[derive(Clone)]
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Complex(f64, f64),
}

/// Classify a built-in numeric value (int, bool, float, complex and their subclasses).
#[inline]
pub fn as_num(v: Value) -> Option<Num> {
    if let Some(i) = v.as_small() {
        return Some(Num::Int(i));
    }
    if !v.is_ptr() {
        return None;
    }
    match v.header().kind() {
        Kind::Bool => Some(Num::Int(int::to_i64(v).unwrap())),
        Kind::Int => {
            let b = int::to_bigint(v).unwrap();
            Some(match b.to_i64() {
                Some(i) => Num::Int(i),
                None => Num::Big(b),
            })
        }
        Kind::Float => Some(Num::Float(float::as_f64(v).unwrap())),
        Kind::Complex => {
            // SAFETY: kind Complex has layout ComplexObj.
            let c = unsafe { v.cast::<objmodel::layout::ComplexObj>() };
            Some(Num::Complex(c.re, c.im))
        }
        _ => None,
    }
}

fn big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        _ => BigInt::zero(),
    }
}

pub fn num_to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => crate::numeric::arith::bigint_to_f64(b).map_err(|e| vm.math_err(e)),
        Num::Float(f) => Ok(*f),
        Num::Complex(..) => Err(vm.type_error("can't convert complex to float")),
    }
}

pub fn complex_value(re: f64, im: f64) -> Value {
    objmodel::alloc::new_complex(re, im)
}

/// `a op b` for built-in numbers; None when the operands are not both numbers.
/// `x op y` on two numbers (int, float, complex or their subclasses) by value, never through
/// the operands' classes: what the numeric types' own `__op__` methods compute. A non-number
/// operand gives NotImplemented.
pub fn num_binop_values(vm: &mut Vm, op: BinOp, x: Value, y: Value) -> PyResult {
    match (as_num(x), as_num(y)) {
        (Some(p), Some(q)) => Ok(num_binop(vm, op, &p, &q)?.unwrap_or_else(objmodel::not_implemented)),
        _ => Ok(objmodel::not_implemented()),
    }
}

pub fn num_binop(vm: &mut Vm, op: BinOp, a: &Num, b: &Num) -> PyResult<Option<Value>> {
    use Num::*;
    match (a, b) {
        (Int(x), Int(y)) => int_op_small(vm, op, *x, *y).map(Some),
        (Int(_) | Big(_), Int(_) | Big(_)) => int_op_big(vm, op, big(a), big(b)).map(Some),
        (Complex(..), _) | (_, Complex(..)) => complex_op(vm, op, a, b),
        _ => {
            if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul) {
                return Ok(None);
            }
            let x = num_to_f64(vm, a)?;
            let y = num_to_f64(vm, b)?;
            float_op(vm, op, x, y).map(Some)
        }
    }
}

#[inline]
pub fn int_op_small(vm: &mut Vm, op: BinOp, x: i64, y: i64) -> PyResult {
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.checked_rem(y).map(|_| Integer::mod_floor(&x, &y))
        }
        BinOp::TrueDiv => {
            if y == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            return int_truediv(vm, &BigInt::from(x), &BigInt::from(y));
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::LShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if y < 63 && x.abs() < (1i64 << (62 - y)) { Some(x << y) } else { None }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
        }
        BinOp::Pow => {
            if y < 0 {
                let (fx, fy) = (x as f64, y as f64);
                return float_op(vm, BinOp::Pow, fx, fy);
            }
            if y <= u32::MAX as i64 { x.checked_pow(y as u32) } else { None }
        }
        BinOp::MatMul => return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    };
    match r {
        Some(v) => Ok(int::from_i64(v)),
        None => int_op_big(vm, op, BigInt::from(x), BigInt::from(y)),
    }
}

pub fn int_truediv(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult {
    if b.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    match crate::numeric::arith::int_truediv(a, b) {
        Ok(f) => Ok(float::new(f)),
        Err(e) => Err(vm.math_err(e)),
    }
}

pub fn int_op_big(vm: &mut Vm, op: BinOp, x: BigInt, y: BigInt) -> PyResult {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::TrueDiv => return int_truediv(vm, &x, &y),
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::small(0));
            }
            let s = y.to_usize().filter(|s| *s < (1usize << 40)).ok_or_else(|| vm.overflow_error("too many digits in integer"))?;
            x << s
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => x >> s,
                None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let fx = num_to_f64(vm, &Num::Big(x))?;
                let fy = num_to_f64(vm, &Num::Big(y))?;
                return float_op(vm, BinOp::Pow, fx, fy);
            }
            if x.is_zero() || x == BigInt::from(1) {
                return Ok(int::from_bigint(&x));
            }
            if x == BigInt::from(-1) {
                return Ok(Value::small(if y.is_odd() { -1 } else { 1 }));
            }
            let e = y.to_u32().ok_or_else(|| vm.overflow_error("exponent too large"))?;
            num_traits::pow::Pow::pow(&x, e)
        }
        BinOp::MatMul => return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    };
    Ok(int::from_bigint(&r))
}

pub fn float_op(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> PyResult {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => crate::numeric::arith::float_floordiv(x, y).map_err(|e| vm.math_err(e))?,
        BinOp::Mod => crate::numeric::arith::float_mod(x, y).map_err(|e| vm.math_err(e))?,
        BinOp::Pow => match crate::numeric::arith::float_pow(x, y) {
            Ok(r) => r,
            Err(e) => {
                if matches!(e.kind, crate::numeric::MathErrorKind::ComplexResult) {
                    return complex_pow(vm, (x, 0.0), (y, 0.0));
                }
                return Err(vm.math_err(e));
            }
        },
        _ => {
            let name = super::binary::op_symbol(op);
            return Err(vm.type_error(format!("unsupported operand type(s) for {name}: 'float' and 'float'")));
        }
    };
    Ok(float::new(r))
}

fn complex_parts(vm: &mut Vm, n: &Num) -> PyResult<(f64, f64)> {
    match n {
        Num::Complex(r, i) => Ok((*r, *i)),
        other => Ok((num_to_f64(vm, other)?, 0.0)),
    }
}

/// CPython's `_Py_c_quot` (Smith's algorithm); None on division by zero.
pub fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn c_powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1i64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `_Py_c_pow`; Err(true) = EDOM (zero to a negative/complex power).
fn c_pow(a: (f64, f64), b: (f64, f64)) -> Result<(f64, f64), bool> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(true);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    // cos/sin of an infinite phase set errno to EDOM in C, which CPython reports as
    // ZeroDivisionError.
    if phase.is_infinite() {
        return Err(true);
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `complex ** complex` as CPython's `complex_pow`.
fn complex_pow(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            Ok(c_powu(a, n))
        } else if n == 0 {
            Ok((1.0, 0.0))
        } else {
            match c_quot((1.0, 0.0), c_powu(a, -n)) {
                Some(q) => Ok(q),
                None => Err(true),
            }
        }
    } else {
        c_pow(a, b)
    };
    match r {
        Err(_) => Err(vm.zero_division("0.0 to a negative or complex power")),
        Ok((re, im)) => {
            if re.is_infinite() || im.is_infinite() {
                return Err(vm.overflow_error("complex exponentiation"));
            }
            Ok(complex_value(re, im))
        }
    }
}

fn complex_op(vm: &mut Vm, op: BinOp, a: &Num, b: &Num) -> PyResult<Option<Value>> {
    let (ar, ai) = complex_parts(vm, a)?;
    let (br, bi) = complex_parts(vm, b)?;
    let r = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mul => c_prod((ar, ai), (br, bi)),
        BinOp::TrueDiv => match c_quot((ar, ai), (br, bi)) {
            Some(q) => q,
            None => return Err(vm.zero_division("complex division by zero")),
        },
        BinOp::Pow => return complex_pow(vm, (ar, ai), (br, bi)).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(complex_value(r.0, r.1)))
}

/// `divmod(a, b)` for built-in real numbers; None when not both int/float.
pub fn num_divmod(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_num(a), as_num(b)) else { return Ok(None) };
    match (&x, &y) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => Ok(None),
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            let fx = num_to_f64(vm, &x)?;
            let fy = num_to_f64(vm, &y)?;
            let (q, m) = crate::numeric::arith::float_divmod(fx, fy).map_err(|e| vm.math_err(e))?;
            Ok(Some(crate::objects::tuple::new(&[float::new(q), float::new(m)])))
        }
        (Num::Int(p), Num::Int(q)) => {
            if *q == 0 {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            if let (Some(d), Some(_)) = (p.checked_div_euclid(*q), p.checked_rem(*q)) {
                let _ = d;
                return Ok(Some(crate::objects::tuple::new(&[int::from_i64(Integer::div_floor(p, q)), int::from_i64(Integer::mod_floor(p, q))])));
            }
            let (d, m) = Integer::div_mod_floor(&BigInt::from(*p), &BigInt::from(*q));
            Ok(Some(crate::objects::tuple::new(&[int::from_bigint(&d), int::from_bigint(&m)])))
        }
        _ => {
            let (p, q) = (big(&x), big(&y));
            if q.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            let (d, m) = Integer::div_mod_floor(&p, &q);
            Ok(Some(crate::objects::tuple::new(&[int::from_bigint(&d), int::from_bigint(&m)])))
        }
    }
}

impl Vm {
    /// Map a numeric-library error to the Python exception.
    pub fn math_err(&mut self, e: crate::numeric::MathError) -> crate::error::PyErr {
        use crate::numeric::MathErrorKind as K;
        let ty = match e.kind {
            K::ValueError | K::ComplexResult => self.rt.exc.value_error,
            K::OverflowError => self.rt.exc.overflow_error,
            K::ZeroDivisionError => self.rt.exc.zero_division_error,
            K::IndexError => self.rt.exc.index_error,
            K::TypeError => self.rt.exc.type_error,
        };
        self.new_error(ty, e.msg.to_string())
    }
}

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
            x.checked_div_euclid(y).map(|_| x.div_floor(&y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.checked_rem(y).map(|_| x.mod_floor(&y))
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
                return Err(vm.zero_division("integer division or modulo by zero"));
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
            let s = y.to_usize().ok_or_else(|| vm.overflow_error("too many digits in integer"))?;
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
        BinOp::FloorDiv | BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division(if op == BinOp::Mod { "float modulo" } else { "float floor division by zero" }));
            }
            let (q, m) = crate::numeric::arith::float_divmod(x, y).map_err(|e| vm.math_err(e))?;
            if op == BinOp::FloorDiv { q } else { m }
        }
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

fn complex_pow(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult {
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return Ok(complex_value(if b.0 == 0.0 { 1.0 } else { 0.0 }, 0.0));
    }
    let (r, th) = ((a.0 * a.0 + a.1 * a.1).sqrt(), a.1.atan2(a.0));
    let lr = r.ln();
    let mag = (b.0 * lr - b.1 * th).exp();
    let ang = b.1 * lr + b.0 * th;
    Ok(complex_value(mag * ang.cos(), mag * ang.sin()))
}

fn complex_op(vm: &mut Vm, op: BinOp, a: &Num, b: &Num) -> PyResult<Option<Value>> {
    let (ar, ai) = complex_parts(vm, a)?;
    let (br, bi) = complex_parts(vm, b)?;
    let r = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => {
            let d = br * br + bi * bi;
            if d == 0.0 {
                return Err(vm.zero_division("complex division by zero"));
            }
            ((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
        }
        BinOp::Pow => return complex_pow(vm, (ar, ai), (br, bi)).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(complex_value(r.0, r.1)))
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

//! The interpreter loop's inline fast paths that are plain functions of values: stack slices,
//! unpacking exact tuples and lists onto the value stack, and arithmetic on exact floats and
//! small ints without dispatch. Each returns None/false when its case does not apply, and the
//! loop (eval.rs) then takes the general protocol.

use objmodel::types::tflags;
use objmodel::{Kind, Value};

use crate::bytecode::BinOp;
use crate::objects::{list, tuple};

#[inline(always)]
pub(super) fn stack_slice<'a>(stack: *mut Value, from: usize, to: usize) -> &'a [Value] {
    // SAFETY: [from, to) is within the frame's live stack.
    unsafe { std::slice::from_raw_parts(stack.add(from), to - from) }
}

#[inline(always)]
pub(super) fn stack_slice_mut<'a>(stack: *mut Value, from: usize, to: usize) -> &'a mut [Value] {
    // SAFETY: [from, to) is within the frame's reserved stack (the compiler's `max_stack`
    // counts the n slots an unpack pushes), and no other reference to it is live.
    unsafe { std::slice::from_raw_parts_mut(stack.add(from), to - from) }
}

/// `UnpackSequence` of an exact tuple or list of exactly `n` items, written to `out` in stack
/// order (last item first); false for anything else (the general path, with its errors).
#[inline(always)]
pub(super) fn unpack_exact(seq: Value, n: usize, out: &mut [Value]) -> bool {
    if !seq.is_ptr() {
        return false;
    }
    match seq.header().kind() {
        Kind::Tuple => {
            let items = tuple::items(seq);
            if items.len() != n {
                return false;
            }
            for (o, v) in out.iter_mut().zip(items.iter().rev()) {
                *o = *v;
            }
            true
        }
        Kind::List if !seq.class().has_flag(tflags::HEAPTYPE) => {
            if !list::copy_exact(seq, out) {
                return false;
            }
            out.reverse();
            true
        }
        _ => false,
    }
}

/// Float arithmetic without dispatch when both operands are exact floats, or a float and a
/// small int (the int converts exactly when below 2**53; larger ints take the general path).
#[inline(always)]
pub(super) fn fast_float_binop(op: BinOp, a: Value, b: Value) -> Option<Value> {
    const EXACT: i64 = 1 << 53;
    let x = match crate::objects::float::exact_f64(a) {
        Some(x) => x,
        None => match a.as_small() {
            Some(i) if (-EXACT..=EXACT).contains(&i) => i as f64,
            _ => return None,
        },
    };
    let y = match crate::objects::float::exact_f64(b) {
        Some(y) => y,
        None => match b.as_small() {
            Some(i) if (-EXACT..=EXACT).contains(&i) && a.is_ptr() => i as f64,
            _ => return None,
        },
    };
    if a.is_small() && b.is_small() {
        return None;
    }
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        BinOp::Pow | BinOp::Mod | BinOp::FloorDiv => float_pow_mod(op, x, y)?,
        _ => return None,
    };
    Some(crate::objects::float::new(r))
}

/// CPython's float_pow / float_rem / float_floor_div, shared with the general path
/// (`arith::float_op`); None for an error case (zero divisor, overflow, a complex result),
/// which the general path raises or turns into a complex. Out of line, so that the loop's
/// `+ - * /` path keeps its shape.
#[inline(never)]
fn float_pow_mod(op: BinOp, x: f64, y: f64) -> Option<f64> {
    match op {
        BinOp::Pow => crate::numeric::arith::float_pow(x, y).ok(),
        BinOp::Mod => crate::numeric::arith::float_mod(x, y).ok(),
        _ => crate::numeric::arith::float_floordiv(x, y).ok(),
    }
}

/// `fast_float_binop`, plus small ints for the in-place path.
#[inline(always)]
pub(super) fn fast_binop(op: BinOp, a: Value, b: Value) -> Option<Value> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return small_int_op(op, x, y);
    }
    fast_float_binop(op, a, b)
}

/// `x op y` for two small ints when the result is a small int and no error can arise: the
/// loop's common `i + 1`, `i % n`, `i // 2`, `i & 1`, `i >> 1`, `1 << k`. None: overflow into
/// a big int, a zero or negative divisor (errors and CPython's rounding rules for negative
/// divisors stay with `ops::arith`), a negative or large shift, or another operator.
#[inline(always)]
pub(super) fn small_int_op(op: BinOp, x: i64, y: i64) -> Option<Value> {
    match op {
        BinOp::Add => x.checked_add(y).and_then(Value::try_int),
        BinOp::Sub => x.checked_sub(y).and_then(Value::try_int),
        BinOp::Mul => x.checked_mul(y).and_then(Value::try_int),
        // With a positive divisor Python's floor division and modulo are the Euclidean ones;
        // both results are no larger in magnitude than x (or y), so they stay small.
        BinOp::Mod if y > 0 => Some(Value::small(x.rem_euclid(y))),
        BinOp::FloorDiv if y > 0 => Some(Value::small(x.div_euclid(y))),
        // Bitwise results of two small ints are small (two's complement, same width).
        BinOp::And => Some(Value::small(x & y)),
        BinOp::Or => Some(Value::small(x | y)),
        BinOp::Xor => Some(Value::small(x ^ y)),
        BinOp::RShift if (0..64).contains(&y) => Some(Value::small(x >> y)),
        // A small int shifted by less than 64 fits in an i128; keep it if it is small.
        BinOp::LShift if (0..64).contains(&y) => i64::try_from((x as i128) << y).ok().and_then(Value::try_int),
        _ => None,
    }
}

//! Big-int `+`, `-`, `*` and comparisons on the objects' digits (`numeric::digits`), without
//! converting operands to `num_bigint` and the result back. Handles exact `int` operands of
//! which at least one is a big-int object; everything else (and products too large for
//! schoolbook multiplication) returns None and takes the general path.

use std::cmp::Ordering;

use objmodel::layout::IntObj;
use objmodel::{Kind, Value};

use crate::bytecode::BinOp;
use crate::numeric::digits;

/// Whether `a` or `b` is a big-int object: the cheap test, inlined at the callers of `binop`
/// and `compare`, that keeps the float and small-int paths off the rest.
#[inline(always)]
fn either_big(a: Value, b: Value) -> bool {
    (a.is_ptr() && a.header().kind() == Kind::Int) || (b.is_ptr() && b.header().kind() == Kind::Int)
}

/// An operand's sign and magnitude.
struct Operand<'a> {
    neg: bool,
    mag: &'a [u32],
}

fn operand(v: Value, buf: &mut [u32; 2]) -> Option<Operand<'_>> {
    if let Some(i) = v.as_small() {
        let m = i.unsigned_abs();
        *buf = [m as u32, (m >> 32) as u32];
        let n = digits::normalized_len(buf);
        return Some(Operand { neg: i < 0, mag: &buf[..n] });
    }
    if v.is_ptr() && v.header().kind() == Kind::Int && v.class().is(objmodel::builtin_types().int) {
        // SAFETY: kind Int has layout IntObj; its digits are immutable after publication, and
        // `v` (held by our caller) keeps the object alive.
        let o = unsafe { v.cast::<IntObj>() };
        return Some(Operand { neg: o.negative, mag: o.digits() });
    }
    None
}

/// An int of sign `neg` whose magnitude `fill` writes into at most `cap` digits: a small int
/// when it fits (the canonical form), else the big-int object.
fn result(neg: bool, cap: usize, fill: impl FnOnce(&mut [u32]) -> usize) -> Value {
    let o = objmodel::alloc::new_bigint_filled(neg, cap, objmodel::builtin_types().int, fill);
    let d = o.digits();
    if d.len() <= 2 {
        let m = d.first().copied().unwrap_or(0) as u64 | (d.get(1).copied().unwrap_or(0) as u64) << 32;
        if m <= i64::MAX as u64 {
            let i = if o.negative { -(m as i64) } else { m as i64 };
            if let Some(v) = Value::try_int(i) {
                return v;
            }
        }
    }
    objmodel::alloc::value_of(o)
}

/// `(-1)^na * a + (-1)^nb * b`.
fn add_signed(na: bool, a: &[u32], nb: bool, b: &[u32]) -> Value {
    if na == nb {
        return result(na, a.len().max(b.len()) + 1, |out| digits::add(a, b, out));
    }
    match digits::cmp(a, b) {
        Ordering::Equal => Value::small(0),
        Ordering::Greater => result(na, a.len(), |out| digits::sub(a, b, out)),
        Ordering::Less => result(nb, b.len(), |out| digits::sub(b, a, out)),
    }
}

/// Both operands of an int fast path, or None: `either_big` holds, so one of them is a
/// big-int object (`operand` refuses subclass instances).
fn operands<'a>(a: Value, b: Value, ba: &'a mut [u32; 2], bb: &'a mut [u32; 2]) -> Option<(Operand<'a>, Operand<'a>)> {
    Some((operand(a, ba)?, operand(b, bb)?))
}

/// `a op b` for `+`, `-`, `*` on exact ints, at least one of them big; None otherwise.
#[inline(always)]
pub fn binop(op: BinOp, a: Value, b: Value) -> Option<Value> {
    if !either_big(a, b) || !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul) {
        return None;
    }
    big_binop(op, a, b)
}

fn big_binop(op: BinOp, a: Value, b: Value) -> Option<Value> {
    let (mut ba, mut bb) = ([0u32; 2], [0u32; 2]);
    let (x, y) = operands(a, b, &mut ba, &mut bb)?;
    match op {
        BinOp::Add => Some(add_signed(x.neg, x.mag, y.neg, y.mag)),
        BinOp::Sub => Some(add_signed(x.neg, x.mag, !y.neg, y.mag)),
        _ => {
            if x.mag.is_empty() || y.mag.is_empty() {
                return Some(Value::small(0));
            }
            let neg = x.neg != y.neg;
            let (long, short) = if x.mag.len() >= y.mag.len() { (x.mag, y.mag) } else { (y.mag, x.mag) };
            if short.len() == 1 {
                Some(result(neg, long.len() + 1, |out| digits::mul_digit(long, short[0], out)))
            } else if long.len() * short.len() <= digits::SCHOOLBOOK_MAX_WORK {
                Some(result(neg, long.len() + short.len(), |out| digits::mul(long, short, out)))
            } else {
                None
            }
        }
    }
}

/// The order of two exact ints, at least one of them big; None otherwise.
#[inline(always)]
pub fn compare(a: Value, b: Value) -> Option<Ordering> {
    if !either_big(a, b) {
        return None;
    }
    big_compare(a, b)
}

fn big_compare(a: Value, b: Value) -> Option<Ordering> {
    let (mut ba, mut bb) = ([0u32; 2], [0u32; 2]);
    let (x, y) = operands(a, b, &mut ba, &mut bb)?;
    let sign = |o: &Operand| if o.mag.is_empty() { 0 } else if o.neg { -1 } else { 1 };
    let (sx, sy) = (sign(&x), sign(&y));
    if sx != sy {
        return Some(sx.cmp(&sy));
    }
    let m = digits::cmp(x.mag, y.mag);
    Some(if sx < 0 { m.reverse() } else { m })
}

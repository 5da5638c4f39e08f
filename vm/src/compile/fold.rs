//! Constant folding of binary operations on constants, after CPython 3.11's AST optimizer
//! (Python/ast_opt.c `fold_binop`): `2**31`, `1 << 20`, `"-" * 40`, `60 * 60 * 24` become one
//! constant instead of an instruction run on every execution.
//!
//! Folding must never change what a program computes, so it is done only where the result is
//! certain and cheap: operations that would raise (`1 / 0`, `"a" - 1`) and every case not listed
//! below stay run-time operations, exactly as CPython leaves them when its folding fails. Sizes
//! follow CPython's limits, so a huge constant (`"x" * 10**9`) is never built at compile time:
//! - ints (bools count as ints): `+ - *` (result at most 128 bits), `// %` (non-zero divisor,
//!   floored), `**` (exponent >= 0, result at most 128 bits), `<<` (result at most 128 bits),
//!   `>>` and `& | ^` of non-negative operands (bool `& | ^` keep their bool type: not folded);
//! - floats with floats or ints exactly representable as floats: `+ - *`, `/` by non-zero;
//! - `str + str`, `bytes + bytes`, `tuple + tuple`; `str`/`bytes` times an int (result at most
//!   4096 items) and `tuple` times an int (at most 256 items).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::{BinOp, Const};

const MAX_INT_BITS: u64 = 128;
const MAX_STR_SIZE: usize = 4096;
const MAX_COLLECTION_SIZE: usize = 256;

/// `l op r` as a constant, or None when it must stay a run-time operation.
pub(crate) fn fold_binop(op: BinOp, l: &Const, r: &Const) -> Option<Const> {
    if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
        return fold_ints(op, &a, &b, matches!(l, Const::Bool(_)) || matches!(r, Const::Bool(_)));
    }
    if let (Some(a), Some(b)) = (as_float(l), as_float(r)) {
        let v = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::TrueDiv if b != 0.0 => a / b,
            _ => return None,
        };
        return Some(Const::Float(v));
    }
    match (op, l, r) {
        (BinOp::Add, Const::Str(a), Const::Str(b)) => Some(Const::Str(format!("{a}{b}"))),
        (BinOp::Add, Const::Bytes(a), Const::Bytes(b)) => Some(Const::Bytes([a.as_slice(), b].concat())),
        (BinOp::Add, Const::Tuple(a), Const::Tuple(b)) if a.len() + b.len() <= MAX_COLLECTION_SIZE => {
            Some(Const::Tuple(a.iter().chain(b).cloned().collect()))
        }
        (BinOp::Mul, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_), _) => repeat(l, r),
        (BinOp::Mul, _, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_)) => repeat(r, l),
        _ => None,
    }
}

fn as_int(c: &Const) -> Option<BigInt> {
    match c {
        Const::Int(i) => Some(i.clone()),
        Const::Bool(b) => Some(BigInt::from(*b as u8)),
        _ => None,
    }
}

/// A float operand: a float, or an int whose conversion is exact (at most 2**53 in magnitude),
/// so that `float op int` computes what the run-time mixed operation computes.
fn as_float(c: &Const) -> Option<f64> {
    const EXACT: i64 = 1 << 53;
    match c {
        Const::Float(f) => Some(*f),
        Const::Int(_) | Const::Bool(_) => {
            let i = as_int(c)?.to_i64()?;
            (-EXACT..=EXACT).contains(&i).then_some(i as f64)
        }
        _ => None,
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn fold_ints(op: BinOp, a: &BigInt, b: &BigInt, has_bool: bool) -> Option<Const> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => {
            if !a.is_zero() && !b.is_zero() && bits(a) + bits(b) > MAX_INT_BITS {
                return None;
            }
            a * b
        }
        BinOp::FloorDiv if !b.is_zero() => a.div_floor(b),
        BinOp::Mod if !b.is_zero() => a.mod_floor(b),
        BinOp::Pow => {
            let e = b.to_u32().filter(|_| !b.is_negative())?;
            if !a.is_zero() && bits(a).checked_mul(u64::from(e))? > MAX_INT_BITS {
                return None;
            }
            num_traits::pow::Pow::pow(a, e)
        }
        BinOp::LShift => {
            let s = b.to_u64().filter(|_| !b.is_negative())?;
            if !a.is_zero() && bits(a) + s > MAX_INT_BITS {
                return None;
            }
            a << s
        }
        BinOp::RShift if !a.is_negative() => a >> b.to_u64().filter(|_| !b.is_negative())?,
        BinOp::And | BinOp::Or | BinOp::Xor if !has_bool && !a.is_negative() && !b.is_negative() => match op {
            BinOp::And => a & b,
            BinOp::Or => a | b,
            _ => a ^ b,
        },
        _ => return None,
    };
    Some(Const::Int(r))
}

/// `seq * n` for a str, bytes or tuple constant and an int constant (either order).
fn repeat(seq: &Const, n: &Const) -> Option<Const> {
    let n = as_int(n)?.to_i64()?.max(0) as usize;
    match seq {
        Const::Str(s) if s.chars().count().checked_mul(n)? <= MAX_STR_SIZE => Some(Const::Str(s.repeat(n))),
        Const::Bytes(b) if b.len().checked_mul(n)? <= MAX_STR_SIZE => Some(Const::Bytes(b.repeat(n))),
        Const::Tuple(t) if t.len().checked_mul(n)? <= MAX_COLLECTION_SIZE => {
            Some(Const::Tuple((0..n).flat_map(|_| t.iter().cloned()).collect()))
        }
        _ => None,
    }
}

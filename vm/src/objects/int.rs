//! `int` representation: values in 63 bits are tagged small ints; larger ones are `IntObj`s
//! holding a sign and base-2^32 digits, converted to `num_bigint::BigInt` for arithmetic.
//! `bool` is an int subclass whose two instances are the static True/False objects.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};
use objmodel::layout::IntObj;
use objmodel::statics::StaticObj;
use objmodel::{Kind, Value};

/// Whether `v` is an int (including bool and subclasses).
#[inline(always)]
pub fn is_int(v: Value) -> bool {
    v.is_small() || matches!(v.header().kind(), Kind::Int | Kind::Bool)
}

/// Exact `int` (small or big, class exactly int).
#[inline(always)]
pub fn is_exact_int(v: Value) -> bool {
    v.is_small() || (v.header().kind() == Kind::Int && v.class().is(objmodel::builtin_types().int))
}

fn big(v: Value) -> &'static IntObj {
    // SAFETY: callers checked kind Int.
    unsafe { v.cast::<IntObj>() }
}

/// The value as i64 if it is an int that fits.
#[inline]
pub fn to_i64(v: Value) -> Option<i64> {
    if let Some(i) = v.as_small() {
        return Some(i);
    }
    if !v.is_ptr() {
        return None;
    }
    match v.header().kind() {
        Kind::Bool => {
            // SAFETY: kind Bool is a StaticObj.
            Some(unsafe { v.cast::<StaticObj>() }.val as i64)
        }
        Kind::Int => to_bigint(v)?.to_i64(),
        _ => None,
    }
}

/// The value as a BigInt if it is an int.
pub fn to_bigint(v: Value) -> Option<BigInt> {
    if let Some(i) = v.as_small() {
        return Some(BigInt::from(i));
    }
    if !v.is_ptr() {
        return None;
    }
    match v.header().kind() {
        Kind::Bool => to_i64(v).map(BigInt::from),
        Kind::Int => {
            let o = big(v);
            let sign = if o.ndigits == 0 {
                Sign::NoSign
            } else if o.negative {
                Sign::Minus
            } else {
                Sign::Plus
            };
            Some(BigInt::from_slice(sign, o.digits()))
        }
        _ => None,
    }
}

/// An int Value: small when it fits, else a big-int object.
pub fn from_bigint(b: &BigInt) -> Value {
    if let Some(i) = b.to_i64()
        && let Some(v) = Value::try_int(i)
    {
        return v;
    }
    let (sign, digits) = b.to_u32_digits();
    let o = objmodel::alloc::new_bigint_raw(sign == Sign::Minus, digits.len(), objmodel::builtin_types().int);
    // SAFETY: fresh, unpublished object with exactly digits.len() digits.
    unsafe { o.digits_mut().copy_from_slice(&digits) };
    objmodel::alloc::value_of(o)
}

/// An int subclass instance holding `b`.
pub fn from_bigint_with_class(b: &BigInt, class: &objmodel::TypeObj) -> Value {
    let (sign, digits) = b.to_u32_digits();
    let o = objmodel::alloc::new_bigint_raw(sign == Sign::Minus, digits.len(), class);
    // SAFETY: fresh, unpublished object with exactly digits.len() digits.
    unsafe { o.digits_mut().copy_from_slice(&digits) };
    objmodel::alloc::value_of(o)
}

#[inline]
pub fn from_i64(i: i64) -> Value {
    match Value::try_int(i) {
        Some(v) => v,
        None => from_bigint(&BigInt::from(i)),
    }
}

pub fn from_i128(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(x) => from_i64(x),
        Err(_) => from_bigint(&BigInt::from(i)),
    }
}

pub fn from_usize(u: usize) -> Value {
    from_i128(u as i128)
}

/// Sign of an int: -1, 0, 1.
pub fn sign(v: Value) -> i32 {
    if let Some(i) = to_i64(v) {
        return i.signum() as i32;
    }
    let b = to_bigint(v).unwrap_or_default();
    if b.is_zero() {
        0
    } else if b.sign() == Sign::Minus {
        -1
    } else {
        1
    }
}

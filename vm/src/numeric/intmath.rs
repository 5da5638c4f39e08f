//! Integer functions of the `math` module and int operator helpers, with
//! CPython 3.11's results and error messages (Modules/mathmodule.c:
//! `math_gcd`, `math_lcm`, `math_factorial` with its divide-and-conquer odd
//! part, `math_isqrt`, `math_comb`, `math_perm`; Objects/longobject.c:
//! floor division and modulo sign rules, `long_pow` with a modulus and
//! `long_invmod`).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{MathError, MathResult};

/// `math.gcd(*integers)`: 0 for no arguments, always non-negative.
pub fn gcd(ints: &[BigInt]) -> BigInt {
    let mut res = BigInt::zero();
    for x in ints {
        if res.is_one() {
            break;
        }
        res = res.gcd(x);
    }
    res.abs()
}

/// `math.lcm(*integers)`: 1 for no arguments, always non-negative.
pub fn lcm(ints: &[BigInt]) -> BigInt {
    let mut iter = ints.iter();
    let Some(first) = iter.next() else {
        return BigInt::one();
    };
    let mut res = first.abs();
    for x in iter {
        if res.is_zero() {
            break;
        }
        if x.is_zero() {
            res = BigInt::zero();
            continue;
        }
        let g = res.gcd(x);
        res = (&res / &g * x).abs();
    }
    res
}

const SMALL_FACTORIALS: [u64; 21] = [
    1,
    1,
    2,
    6,
    24,
    120,
    720,
    5040,
    40320,
    362880,
    3628800,
    39916800,
    479001600,
    6227020800,
    87178291200,
    1307674368000,
    20922789888000,
    355687428096000,
    6402373705728000,
    121645100408832000,
    2432902008176640000,
];

fn bit_length(n: u64) -> u32 {
    64 - n.leading_zeros()
}

/// Product of the odd numbers in `start..stop` (both odd, `stop > start`),
/// by recursive splitting; `max_bits >= bit_length(stop - 2)`.
fn odd_range_product(start: u64, stop: u64, max_bits: u32) -> BigUint {
    let num_operands = (stop - start) / 2;
    if num_operands <= 64 && num_operands * u64::from(max_bits) <= 64 {
        let mut total = start;
        let mut j = start + 2;
        while j < stop {
            total *= j;
            j += 2;
        }
        return BigUint::from(total);
    }
    let midpoint = (start + num_operands) | 1;
    let left = odd_range_product(start, midpoint, bit_length(midpoint - 2));
    let right = odd_range_product(midpoint, stop, max_bits);
    left * right
}

/// The odd part of `n!` (`factorial_odd_part`).
fn factorial_odd_part(n: u64) -> BigUint {
    let mut inner = BigUint::one();
    let mut outer = BigUint::one();
    let mut upper = 3u64;
    for i in (0..=bit_length(n) as i32 - 2).rev() {
        let v = n >> i;
        if v <= 2 {
            continue;
        }
        let lower = upper;
        upper = (v + 1) | 1;
        inner *= odd_range_product(lower, upper, bit_length(upper - 2));
        outer *= &inner;
    }
    outer
}

/// `n!` for a machine-sized `n`.
pub fn factorial_u64(n: u64) -> BigUint {
    if let Some(&f) = SMALL_FACTORIALS.get(n as usize) {
        return BigUint::from(f);
    }
    factorial_odd_part(n) << (n - u64::from(n.count_ones()))
}

/// `math.factorial(n)`: `ValueError("factorial() not defined for negative
/// values")`, `OverflowError("factorial() argument should not exceed
/// 9223372036854775807")`.
pub fn factorial(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::value("factorial() not defined for negative values"));
    }
    match n.to_i64() {
        Some(x) => Ok(BigInt::from(factorial_u64(x as u64))),
        None => Err(MathError::overflow(format!("factorial() argument should not exceed {}", i64::MAX))),
    }
}

/// `math.isqrt(n)`: `ValueError("isqrt() argument must be nonnegative")`.
pub fn isqrt(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::value("isqrt() argument must be nonnegative"));
    }
    if let Some(small) = n.to_u64() {
        return Ok(BigInt::from(small.sqrt()));
    }
    Ok(n.sqrt())
}

/// `start * (start + 1) * ... * (start + count - 1)`, by binary splitting.
fn range_product(start: &BigInt, count: u64) -> BigInt {
    match count {
        0 => BigInt::one(),
        1 => start.clone(),
        _ if count <= 16 => {
            let mut acc = start.clone();
            let mut x = start.clone();
            for _ in 1..count {
                x += 1u32;
                acc *= &x;
            }
            acc
        }
        _ => {
            let half = count / 2;
            range_product(start, half) * range_product(&(start + half), count - half)
        }
    }
}

fn check_nonnegative(n: &BigInt, k: &BigInt) -> MathResult<()> {
    if n.is_negative() {
        return Err(MathError::value("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(MathError::value("k must be a non-negative integer"));
    }
    Ok(())
}

/// `math.comb(n, k)`: 0 when `k > n`; `ValueError` for negative arguments.
pub fn comb(n: &BigInt, k: &BigInt) -> MathResult<BigInt> {
    check_nonnegative(n, k)?;
    if k > n {
        return Ok(BigInt::zero());
    }
    let nk = n - k;
    let k = if nk < *k { &nk } else { k };
    let Some(ki) = k.to_u64().filter(|&v| v <= i64::MAX as u64) else {
        return Err(MathError::overflow(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    if ki == 0 {
        return Ok(BigInt::one());
    }
    let numerator = range_product(&(n - k + 1u32), ki);
    Ok(numerator / BigInt::from(factorial_u64(ki)))
}

/// `math.perm(n, k)`; `k == None` gives `n!`.
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> MathResult<BigInt> {
    let Some(k) = k else {
        return factorial(n);
    };
    check_nonnegative(n, k)?;
    if k > n {
        return Ok(BigInt::zero());
    }
    let Some(ki) = k.to_u64().filter(|&v| v <= i64::MAX as u64) else {
        return Err(MathError::overflow(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(range_product(&(n - k + 1u32), ki))
}

/// `a // b` on machine ints (floor division).  `Ok(None)` when the result
/// does not fit (`i64::MIN // -1`); the caller redoes it with big ints.
pub fn floordiv_i64(a: i64, b: i64) -> MathResult<Option<i64>> {
    if b == 0 {
        return Err(MathError::zero_div("integer division or modulo by zero"));
    }
    if a == i64::MIN && b == -1 {
        return Ok(None);
    }
    Ok(Some(Integer::div_floor(&a, &b)))
}

/// `a % b` on machine ints (result has the sign of `b`).
pub fn mod_i64(a: i64, b: i64) -> MathResult<i64> {
    if b == 0 {
        return Err(MathError::zero_div("integer modulo by zero"));
    }
    if b == -1 {
        return Ok(0);
    }
    Ok(a.mod_floor(&b))
}

/// `divmod(a, b)` on machine ints; `Ok(None)` on overflow (`i64::MIN, -1`).
pub fn divmod_i64(a: i64, b: i64) -> MathResult<Option<(i64, i64)>> {
    if b == 0 {
        return Err(MathError::zero_div("integer division or modulo by zero"));
    }
    if a == i64::MIN && b == -1 {
        return Ok(None);
    }
    Ok(Some(a.div_mod_floor(&b)))
}

/// `a // b` on ints.
pub fn floordiv_bigint(a: &BigInt, b: &BigInt) -> MathResult<BigInt> {
    if b.is_zero() {
        return Err(MathError::zero_div("integer division or modulo by zero"));
    }
    Ok(a.div_floor(b))
}

/// `a % b` on ints.
pub fn mod_bigint(a: &BigInt, b: &BigInt) -> MathResult<BigInt> {
    if b.is_zero() {
        return Err(MathError::zero_div("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)` on ints.
pub fn divmod_bigint(a: &BigInt, b: &BigInt) -> MathResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(MathError::zero_div("integer division or modulo by zero"));
    }
    Ok(a.div_mod_floor(b))
}

/// The inverse of `a` modulo `n > 1`, in `0..n` (`long_invmod`).
fn invmod(a: &BigInt, n: &BigInt) -> MathResult<BigInt> {
    let e = a.mod_floor(n).extended_gcd(n);
    if !e.gcd.is_one() {
        return Err(MathError::value("base is not invertible for the given modulus"));
    }
    Ok(e.x.mod_floor(n))
}

/// `pow(base, exp, modulus)` for machine ints with `exp >= 0` and `modulus > 0`: square and
/// multiply in 128-bit arithmetic (the common case, without big-int allocations).
pub fn pow_mod_small(base: i64, exp: i64, modulus: i64) -> i64 {
    debug_assert!(exp >= 0 && modulus > 0);
    let m = modulus as u128;
    let mut b = base.rem_euclid(modulus) as u128;
    let mut e = exp as u64;
    let mut r = 1u128 % m;
    while e > 0 {
        if e & 1 == 1 {
            r = r * b % m;
        }
        b = b * b % m;
        e >>= 1;
    }
    r as i64
}

/// `pow(base, exp, modulus)` (three-argument `pow` on ints): the result has
/// the sign of `modulus`; a negative `exp` uses the modular inverse of
/// `base`.  `ValueError("pow() 3rd argument cannot be 0")`,
/// `ValueError("base is not invertible for the given modulus")`.
pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> MathResult<BigInt> {
    if modulus.is_zero() {
        return Err(MathError::value("pow() 3rd argument cannot be 0"));
    }
    let negative_output = modulus.sign() == Sign::Minus;
    let m = modulus.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let (b, e) = if exp.is_negative() {
        (invmod(base, &m)?, -exp)
    } else {
        (base.mod_floor(&m), exp.clone())
    };
    let z = b.modpow(&e, &m);
    if negative_output && !z.is_zero() {
        return Ok(z - m);
    }
    Ok(z)
}

#[cfg(test)]
#[path = "intmath_tests.rs"]
mod tests;

//! Magnitude arithmetic on little-endian base-2³² digit slices, the layout of the runtime's
//! big ints (`objmodel::layout::IntObj`), so that the common big-int operations (`+`, `-`,
//! `*` by a small or medium factor, comparisons) work on the objects' digits directly instead
//! of converting to and from `num_bigint` (three copies and allocations per operation).
//!
//! A *normalized* magnitude has no most-significant zero digit (zero is the empty slice).
//! Every function returns the normalized length of what it wrote.

use std::cmp::Ordering;

/// Products up to this many digit multiplications are done by schoolbook multiplication here;
/// larger ones go to `num_bigint` (Karatsuba and better).
pub const SCHOOLBOOK_MAX_WORK: usize = 48 * 48;

/// Strip most-significant zero digits: the normalized length of `d`.
#[inline]
pub fn normalized_len(d: &[u32]) -> usize {
    let mut n = d.len();
    while n > 0 && d[n - 1] == 0 {
        n -= 1;
    }
    n
}

/// Compare two normalized magnitudes.
pub fn cmp(a: &[u32], b: &[u32]) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

/// `out = a + b`; `out.len() >= max(a.len(), b.len()) + 1`.
pub fn add(a: &[u32], b: &[u32], out: &mut [u32]) -> usize {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut carry = 0u64;
    for i in 0..long.len() {
        let s = long[i] as u64 + short.get(i).copied().unwrap_or(0) as u64 + carry;
        out[i] = s as u32;
        carry = s >> 32;
    }
    out[long.len()] = carry as u32;
    normalized_len(&out[..long.len() + 1])
}

/// `out = a - b` for `a >= b`; `out.len() >= a.len()`.
pub fn sub(a: &[u32], b: &[u32], out: &mut [u32]) -> usize {
    debug_assert!(cmp(a, b) != Ordering::Less);
    let mut borrow = 0i64;
    for i in 0..a.len() {
        let d = a[i] as i64 - b.get(i).copied().unwrap_or(0) as i64 - borrow;
        if d < 0 {
            out[i] = (d + (1i64 << 32)) as u32;
            borrow = 1;
        } else {
            out[i] = d as u32;
            borrow = 0;
        }
    }
    debug_assert_eq!(borrow, 0);
    normalized_len(&out[..a.len()])
}

/// `out = a * m`; `out.len() >= a.len() + 1`.
pub fn mul_digit(a: &[u32], m: u32, out: &mut [u32]) -> usize {
    let mut carry = 0u64;
    for (i, &d) in a.iter().enumerate() {
        let p = d as u64 * m as u64 + carry;
        out[i] = p as u32;
        carry = p >> 32;
    }
    out[a.len()] = carry as u32;
    normalized_len(&out[..a.len() + 1])
}

/// `out = a * b` by schoolbook multiplication; `out` is zeroed and `out.len() >= a.len() +
/// b.len()`.
pub fn mul(a: &[u32], b: &[u32], out: &mut [u32]) -> usize {
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            // x*y + out + carry < 2^64: (2^32-1)^2 + 2*(2^32-1) = 2^64 - 1.
            let t = x as u64 * y as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    normalized_len(&out[..a.len() + b.len()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigUint;

    fn big(d: &[u32]) -> BigUint {
        BigUint::from_slice(d)
    }

    fn cases() -> Vec<Vec<u32>> {
        vec![
            vec![],
            vec![1],
            vec![u32::MAX],
            vec![u32::MAX, u32::MAX],
            vec![0, 1],
            vec![5, 0, 7],
            vec![u32::MAX, 0, u32::MAX, 3],
            (1..40).map(|i| (i as u32).wrapping_mul(2654435761)).collect(),
        ]
    }

    #[test]
    fn agrees_with_num_bigint() {
        for a in cases() {
            for b in cases() {
                let mut out = vec![0; a.len().max(b.len()) + 1];
                let n = add(&a, &b, &mut out);
                assert_eq!(big(&out[..n]), big(&a) + big(&b));
                assert_eq!(cmp(&a, &b), big(&a).cmp(&big(&b)));
                if cmp(&a, &b) != Ordering::Less {
                    let mut out = vec![0; a.len()];
                    let n = sub(&a, &b, &mut out);
                    assert_eq!(big(&out[..n]), big(&a) - big(&b));
                    assert!(n == 0 || out[n - 1] != 0);
                }
                let mut out = vec![0; a.len() + b.len()];
                let n = mul(&a, &b, &mut out);
                assert_eq!(big(&out[..n]), big(&a) * big(&b));
                for m in [0, 1, 10, u32::MAX] {
                    let mut out = vec![0; a.len() + 1];
                    let n = mul_digit(&a, m, &mut out);
                    assert_eq!(big(&out[..n]), big(&a) * m);
                }
            }
        }
    }
}

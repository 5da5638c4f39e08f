//! Hashing with CPython 3.11's results on 64-bit platforms.
//!
//! * ints and floats: the numeric hash of Python/pyhash.c (`_Py_HashDouble`)
//!   and Objects/longobject.c (`long_hash`): reduction modulo the Mersenne
//!   prime `2**61 - 1`, so that equal numbers of different types hash alike;
//! * complex: `complex_hash` of Objects/complexobject.c;
//! * tuples: the xxHash-based `tuplehash` of Objects/tupleobject.c;
//! * frozensets: `frozenset_hash` of Objects/setobject.c (order-independent);
//! * object identity: `_Py_HashPointer`;
//! * strings and bytes: CPython's SipHash-1-3 over the same bytes CPython
//!   hashes (its compact str representation), with the all-zero key: the
//!   values equal CPython's under `PYTHONHASHSEED=0`; `hash("") == 0`.
//!
//! A hash is never -1 (CPython's error marker); -1 becomes -2.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Number of bits of the hash modulus (`_PyHASH_BITS`).
pub const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS` = `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;
/// Multiplier of the imaginary part in complex hashes (`_PyHASH_IMAG`).
pub const HASH_IMAG: u64 = 1_000_003;

fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(n)` for a machine int.
pub fn hash_i64(n: i64) -> i64 {
    let r = (n.unsigned_abs() % HASH_MODULUS) as i64;
    fix(if n < 0 { -r } else { r })
}

/// `hash(n)` for a non-negative machine int.
pub fn hash_u64(n: u64) -> i64 {
    (n % HASH_MODULUS) as i64
}

/// `hash(b)` for a bool: 0 or 1.
pub fn hash_bool(b: bool) -> i64 {
    i64::from(b)
}

/// `hash(n)` for an arbitrary int: `sign(n) * (abs(n) % (2**61 - 1))`.
pub fn hash_bigint(n: &BigInt) -> i64 {
    if let Some(small) = n.to_i64() {
        return hash_i64(small);
    }
    // Horner's rule on 32-bit digits, most significant first.
    let mut acc: u64 = 0;
    for d in n.magnitude().iter_u32_digits().rev() {
        acc = (((u128::from(acc) << 32) + u128::from(d)) % u128::from(HASH_MODULUS)) as u64;
    }
    let r = acc as i64;
    fix(if n.sign() == Sign::Minus { -r } else { r })
}

/// `hash(x)` for a float (`_Py_HashDouble`).  `inf` → 314159, `-inf` →
/// -314159.  In 3.11 a NaN hashes by object identity; this function returns
/// 0 for NaN, and the caller should use [`hash_pointer`] of the float object
/// instead (see [`hash_f64_or_identity`]).
pub fn hash_f64(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return 0;
    }
    let (mut m, mut e) = super::libm::frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 { e % bits } else { bits - 1 - ((-1 - e) % bits) } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    fix((x as i64).wrapping_mul(sign))
}

/// `hash(x)` for a float object at address `addr`: the numeric hash, or
/// the identity hash for a NaN (CPython 3.11 behaviour).
pub fn hash_f64_or_identity(v: f64, addr: usize) -> i64 {
    if v.is_nan() { hash_pointer(addr) } else { hash_f64(v) }
}

/// `_Py_HashPointer`: the default `object.__hash__` of the object at
/// `addr` (the address rotated right by 4 bits).
pub fn hash_pointer(addr: usize) -> i64 {
    fix((addr as u64).rotate_right(4) as i64)
}

/// `hash(complex)` given `hash(z.real)` and `hash(z.imag)`.
pub fn hash_complex_parts(hash_real: i64, hash_imag: i64) -> i64 {
    let combined = (hash_real as u64).wrapping_add(HASH_IMAG.wrapping_mul(hash_imag as u64));
    fix(combined as i64)
}

/// `hash(complex(re, im))` for non-NaN parts.
pub fn hash_complex(re: f64, im: f64) -> i64 {
    hash_complex_parts(hash_f64(re), hash_f64(im))
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(tuple)` given the hashes of its items (`tuplehash`).
pub fn hash_tuple(hashes: &[i64]) -> i64 {
    let mut acc = XXPRIME_5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `hash(frozenset)` given the hashes of its (distinct) members, in any
/// order (`frozenset_hash`).
pub fn hash_frozenset(hashes: &[i64]) -> i64 {
    let mut hash: u64 = 0;
    for &h in hashes {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (hashes.len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        return 590_923_713;
    }
    hash as i64
}

/// SipHash-1-3 of `data` under the key `(k0, k1)`: CPython's `siphash13`
/// (Python/pyhash.c).
pub fn siphash13_keyed(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ];
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        v[3] ^= m;
        sip_round(&mut v);
        v[0] ^= m;
    }
    let mut last = (data.len() as u64 & 0xff) << 56;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        last |= u64::from(b) << (8 * i);
    }
    v[3] ^= last;
    sip_round(&mut v);
    v[0] ^= last;
    v[2] ^= 0xff;
    sip_round(&mut v);
    sip_round(&mut v);
    sip_round(&mut v);
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

#[inline]
fn sip_round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[2] = v[2].rotate_left(32);
}

/// `hash(b)` for bytes/bytearray-like data: 0 when empty, else SipHash-1-3
/// with the all-zero key (CPython's value under `PYTHONHASHSEED=0`).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix(siphash13_keyed(0, 0, b) as i64)
}

/// `hash(s)` for a str: SipHash-1-3 (zero key) over CPython's internal
/// representation — 1 byte per character when all are below U+0100, else
/// 2 (below U+10000) or 4 bytes, little-endian — so the value equals
/// CPython's under `PYTHONHASHSEED=0`, and ASCII strings hash like their
/// bytes.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(u32::from).max().unwrap_or(0);
    let width = if max < 0x100 { 1 } else if max < 0x1_0000 { 2 } else { 4 };
    let mut buf = Vec::with_capacity(s.len() * width);
    for c in s.chars() {
        buf.extend_from_slice(&u32::from(c).to_le_bytes()[..width]);
    }
    hash_bytes(&buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_hashes() {
        // hash(n) in CPython 3.11
        let cases: &[(i64, i64)] = &[
            (0, 0),
            (1, 1),
            (-1, -2),
            (-2, -2),
            (2305843009213693950, 2305843009213693950),
            (2305843009213693951, 0),
            (2305843009213693952, 1),
            (-2305843009213693952, -2),
            (i64::MAX, 3),
            (i64::MIN, -4),
        ];
        for &(n, h) in cases {
            assert_eq!(hash_i64(n), h, "hash({n})");
            assert_eq!(hash_bigint(&BigInt::from(n)), h, "hash_bigint({n})");
        }
        let big = |s: &str| s.parse::<BigInt>().unwrap();
        assert_eq!(hash_bigint(&(BigInt::from(1) << 100)), 549755813888);
        assert_eq!(hash_bigint(&-(BigInt::from(1) << 100usize)), -549755813888);
        assert_eq!(hash_bigint(&big("1000000000000000000000000000000")), 465258685558744706);
        assert_eq!(hash_bigint(&num_traits::pow(BigInt::from(3), 200)), 424410663027747676);
        assert_eq!(hash_bigint(&((BigInt::from(1) << 122) - 1)), 0);
        assert_eq!(hash_u64(u64::MAX), 7);
        assert_eq!(hash_bool(true), 1);
    }

    #[test]
    fn float_hashes() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (1.5, 1152921504606846977),
            (-1.5, -1152921504606846977),
            (0.1, 230584300921369408),
            (1e-300, 482449582752280463),
            (5e-324, 16777216),
            (1.7976931348623157e308, 2234066890152476671),
            (std::f64::consts::PI, 326490430436040707),
            (-2.5e-10, -699647011998930896),
            (123456789.123, 283618680910892309),
            (2.305843009213694e18, 1),
            (4.611686018427389e18, 1026),
        ];
        for &(x, h) in cases {
            assert_eq!(hash_f64(x), h, "hash({x:?})");
        }
        assert_eq!(hash_f64(f64::INFINITY), 314159);
        assert_eq!(hash_f64(f64::NEG_INFINITY), -314159);
        assert_eq!(hash_f64(f64::NAN), 0);
        assert_eq!(hash_f64(1e20), hash_bigint(&"100000000000000000000".parse().unwrap()));
        assert_eq!(hash_f64_or_identity(f64::NAN, 0x1000), 0x100);
        assert_eq!(hash_f64_or_identity(2.0, 0x1000), 2);
    }

    #[test]
    fn complex_hashes() {
        assert_eq!(hash_complex(1.5, 2.0), 1152921504608846983);
        assert_eq!(hash_complex(-0.5, -3.25), -2882303761520117449);
        assert_eq!(hash_complex(0.0, 1.0), 1000003);
        assert_eq!(hash_complex(-1.0, 0.0), -2);
    }

    #[test]
    fn tuple_and_frozenset_hashes() {
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_tuple(&[1, 2, 3]), 529344067295497451);
        assert_eq!(hash_tuple(&[hash_i64(-1)]), 8078679518589016365);
        assert_eq!(hash_tuple(&[hash_tuple(&[]), hash_tuple(&[1, 2])]), 3127780350836001512);
        assert_eq!(hash_tuple(&[hash_f64(1.5), 0, hash_i64(-7)]), -7785369131103382005);
        assert_eq!(hash_frozenset(&[]), 133146708735736);
        assert_eq!(hash_frozenset(&[1, 2, 3]), -272375401224217160);
        assert_eq!(hash_frozenset(&[3, 1, 2]), -272375401224217160);
        assert_eq!(hash_frozenset(&[hash_i64(-1), hash_f64(0.5)]), -201126909462601672);
    }

    #[test]
    fn pointer_hash() {
        assert_eq!(hash_pointer(0x7f00_1234_5670), 0x7f0_0123_4567);
        assert_eq!(hash_pointer(0x18), (0x8000_0000_0000_0001u64) as i64);
    }

    #[test]
    fn string_hashes_match_cpython_with_hashseed_0() {
        // PYTHONHASHSEED=0 python3 -c 'print(hash(s), hash(s.encode()))'
        let cases: &[(&str, i64, i64)] = &[
            ("", 0, 0),
            ("a", 4644417185603328019, 4644417185603328019),
            ("abc", -4594863902769663758, -4594863902769663758),
            ("hello world", -5642461784034726774, -5642461784034726774),
            ("0123456789abcdef", 2108444454683020324, 2108444454683020324),
            ("ünïcödé", 5619373998780922170, 6116120909973149340),
            ("日本語", 7116994712188270, 4922587204679134164),
            ("😀x", -8926728262118538918, -3759280684385725039),
            ("é", 6047309291227476195, -1266968099349302080),
        ];
        for &(s, hs, hb) in cases {
            assert_eq!(hash_str(s), hs, "hash({s:?})");
            assert_eq!(hash_bytes(s.as_bytes()), hb, "hash({s:?}.encode())");
        }
    }
}

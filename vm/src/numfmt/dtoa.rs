//! Decimal digit generation for doubles, reproducing the three modes of
//! David Gay's `_Py_dg_dtoa` (`Python/dtoa.c`) that CPython uses:
//!
//! * mode 0 — shortest digit string that round-trips ([`shortest`]);
//! * mode 2 — `ndigits` significant digits, correctly rounded ([`significant`]);
//! * mode 3 — `ndigits` digits after the decimal point, correctly rounded,
//!   `ndigits` possibly negative ([`fixed`]).
//!
//! Rust's `{:e}`/`{:.N}` formatting is exact (Grisu with a Dragon4
//! fallback) and rounds exact ties half-to-even, like dtoa, so modes 0, 2 and
//! 3 with `ndigits >= 0` are derived from it; negative `ndigits` use exact
//! big-integer arithmetic. All functions take the magnitude of a finite
//! double; the caller handles the sign, infinities and NaNs.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Zero};

/// Decimal digits of a non-negative finite double: the value is
/// `0.DIGITS × 10^decpt`. `digits` has no trailing zeros and no leading
/// zeros; a zero result is `"0"` with `decpt == 1` (dtoa's convention).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub digits: String,
    pub decpt: i64,
}

impl Decimal {
    fn zero() -> Self {
        Decimal { digits: "0".to_string(), decpt: 1 }
    }

    /// Builds from a digit string (leading/trailing zeros allowed) whose
    /// first digit has weight `10^(decpt-1)`.
    fn normalized(raw: &str, mut decpt: i64) -> Self {
        let trimmed_lead = raw.trim_start_matches('0');
        decpt -= (raw.len() - trimmed_lead.len()) as i64;
        let digits = trimmed_lead.trim_end_matches('0');
        if digits.is_empty() {
            return Self::zero();
        }
        Decimal { digits: digits.to_string(), decpt }
    }

    pub fn is_zero(&self) -> bool {
        self.digits == "0"
    }
}

/// An exact double has at most 767 significant decimal digits and at most
/// 1074 digits after the point; asking for more only appends zeros, which
/// [`Decimal`] strips anyway.
const MAX_SIGNIFICANT: usize = 800;
const MAX_FRACTION: i64 = 1100;

/// Parses Rust's `{:e}` output ("d.ddde-X") into a [`Decimal`].
fn from_exp_notation(s: &str) -> Decimal {
    let (mant, exp) = s.split_once('e').expect("exponent notation");
    let exp: i64 = exp.parse().expect("exponent");
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    Decimal::normalized(&digits, exp + 1)
}

/// Mode 0: the shortest string that reads back as `x` (ties between
/// equally short candidates broken towards the exact value).
pub fn shortest(x: f64) -> Decimal {
    debug_assert!(x.is_finite());
    let x = x.abs();
    if x == 0.0 {
        return Decimal::zero();
    }
    let short = from_exp_notation(&format!("{x:e}"));
    // Rust picks the upper of two equally short, equally close candidates;
    // dtoa rounds such exact ties to even. The correctly rounded
    // (half-even) string of the same length is the closest candidate: use
    // it whenever it reads back as x.
    let n = short.digits.len();
    // Usually `short` already is the correctly rounded n-digit string; 128-bit arithmetic
    // (`fixed_small`, n significant digits = n - decpt fraction digits) shows it cheaply.
    if let Ok(frac) = usize::try_from(n as i64 - short.decpt)
        && fixed_small(x, frac).as_ref() == Some(&short)
    {
        return short;
    }
    let nearest = format!("{:.*e}", n - 1, x);
    let rounded = from_exp_notation(&nearest);
    if rounded != short && nearest.parse::<f64>() == Ok(x) {
        return rounded;
    }
    short
}

/// Mode 2: `ndigits` (at least 1) significant digits, correctly rounded.
pub fn significant(x: f64, ndigits: usize) -> Decimal {
    debug_assert!(x.is_finite());
    let x = x.abs();
    if x == 0.0 {
        return Decimal::zero();
    }
    let n = ndigits.clamp(1, MAX_SIGNIFICANT);
    from_exp_notation(&format!("{:.*e}", n - 1, x))
}

/// Mode 3: rounded to `ndigits` digits after the decimal point (to
/// `10^-ndigits`), half-to-even on the exact binary value.
pub fn fixed(x: f64, ndigits: i64) -> Decimal {
    debug_assert!(x.is_finite());
    let x = x.abs();
    if x == 0.0 {
        return Decimal::zero();
    }
    if ndigits >= 0 {
        let n = ndigits.min(MAX_FRACTION) as usize;
        if let Some(d) = fixed_small(x, n) {
            return d;
        }
        let s = format!("{:.*}", n, x);
        let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
        let mut raw = String::with_capacity(int_part.len() + frac.len());
        raw.push_str(int_part);
        raw.push_str(frac);
        Decimal::normalized(&raw, int_part.len() as i64)
    } else {
        fixed_negative(x, ndigits.unsigned_abs())
    }
}

/// `fixed(x, n)` in 128-bit integer arithmetic, for a positive `x` with `x * 10^n` below
/// 2^127 and no integer bits beyond the significand (`e <= 0`): `x * 10^n = m * 10^n / 2^-e`
/// exactly, rounded half to even. None when it does not apply (the general path then formats
/// it exactly with big numbers).
fn fixed_small(x: f64, n: usize) -> Option<Decimal> {
    const MAX_N: usize = 22; // 10^22 < 2^74, and m < 2^53: m * 10^n < 2^127.
    if n > MAX_N {
        return None;
    }
    let (m, e) = decompose(x);
    if e > 0 {
        return None;
    }
    let shift = (-e) as u32;
    let p = u128::from(m) * 10u128.pow(n as u32);
    let q = if shift == 0 {
        p
    } else if shift >= 128 {
        // p < 2^127 <= half of 2^shift: rounds to zero.
        0
    } else {
        let q = p >> shift;
        let rem = p & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q }
    };
    // The decimal point sits n digits from the right (`normalized` strips leading zeros).
    // u128 formatting divides in software; most results fit a u64.
    let digits = match u64::try_from(q) {
        Ok(q) => q.to_string(),
        Err(_) => q.to_string(),
    };
    Some(Decimal::normalized(&digits, digits.len() as i64 - n as i64))
}

/// Splits a positive finite double into `(m, e)` with `x == m * 2^e`.
pub(crate) fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp_bits - 1075) }
}

/// Rounds `x` to a multiple of `10^k` (k > 0), half-to-even, exactly.
fn fixed_negative(x: f64, k: u64) -> Decimal {
    // |x| < 2^1024 < 10^309: any k beyond that rounds to zero.
    if k > 400 {
        return Decimal::zero();
    }
    let (m, e) = decompose(x);
    let mut num = BigUint::from(m);
    let mut den = BigUint::from(10u32).pow(k as u32);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += BigUint::one();
    }
    if q.is_zero() {
        return Decimal::zero();
    }
    let s = q.to_str_radix(10);
    let decpt = s.len() as i64 + k as i64;
    Decimal::normalized(&s, decpt)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(digits: &str, decpt: i64) -> Decimal {
        Decimal { digits: digits.to_string(), decpt }
    }

    #[test]
    fn shortest_digits() {
        assert_eq!(shortest(0.1), d("1", 0));
        assert_eq!(shortest(1.0), d("1", 1));
        assert_eq!(shortest(123.456), d("123456", 3));
        assert_eq!(shortest(5e-324), d("5", -323));
        assert_eq!(shortest(1.7976931348623157e308), d("17976931348623157", 309));
        assert_eq!(shortest(0.0), d("0", 1));
        assert_eq!(shortest(-2.5), d("25", 1));
    }

    #[test]
    fn significant_digits() {
        assert_eq!(significant(2.5, 1), d("2", 1));
        assert_eq!(significant(3.5, 1), d("4", 1));
        assert_eq!(significant(9.99, 2), d("1", 2));
        assert_eq!(significant(0.1, 20), d("10000000000000000555", 0));
        assert_eq!(significant(1234.5, 3), d("123", 4));
        assert_eq!(significant(1.0, 5000), d("1", 1));
    }

    #[test]
    fn fixed_digits() {
        assert_eq!(fixed(0.5, 0), d("0", 1));
        assert_eq!(fixed(1.5, 0), d("2", 1));
        assert_eq!(fixed(2.675, 2), d("267", 1));
        assert_eq!(fixed(0.001, 2), d("0", 1));
        assert_eq!(fixed(0.125, 2), d("12", 0));
        assert_eq!(fixed(1234.5678, -2), d("12", 4));
        assert_eq!(fixed(1250.0, -2), d("12", 4));
        assert_eq!(fixed(1350.0, -2), d("14", 4));
        assert_eq!(fixed(49.0, -2), d("0", 1));
        assert_eq!(fixed(51.0, -2), d("1", 3));
        assert_eq!(fixed(5e-324, 2000), d("4940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625", -323));
        assert_eq!(fixed(1e22, 3), d("1", 23));
        assert_eq!(fixed(1e300, -299), d("1", 301));
        assert_eq!(fixed(1e300, -301), d("0", 1));
    }
}

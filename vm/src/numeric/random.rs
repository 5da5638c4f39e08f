//! The Python-level algorithms of Lib/random.py (CPython 3.11), exactly as
//! written there, as methods of [`MersenneTwister`].
//!
//! Sequence methods work on indices so that the interpreter can apply them to
//! any Python sequence: [`MersenneTwister::choice_index`],
//! [`MersenneTwister::shuffle`] (generic over slices) and
//! [`MersenneTwister::shuffle_indices`], [`MersenneTwister::sample_indices`],
//! [`MersenneTwister::choices_indices`] and friends.  Every call consumes the
//! generator exactly as CPython does, so seeded sequences agree.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::arith::{float_mod, float_pow, float_truediv};
use super::libm;
use super::mt::MersenneTwister;
use super::{MathError, MathResult};

const TWOPI: f64 = std::f64::consts::TAU;

fn nv_magicconst() -> f64 {
    4.0 * libm::exp(-0.5) / 2.0f64.sqrt()
}

fn sg_magicconst() -> f64 {
    1.0 + libm::log(4.5)
}

/// `math.log` of a positive finite float (the only kind random.py passes);
/// other arguments get math.log's errors.
fn log(x: f64) -> MathResult<f64> {
    super::math::log(super::math::LogArg::Float(x), None)
}

/// `bisect.bisect_right(a, x, lo, hi)` on floats.
fn bisect_right(a: &[f64], x: f64, mut lo: usize, mut hi: usize) -> usize {
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

fn empty_range_msg(start: impl std::fmt::Display, stop: impl std::fmt::Display, width: impl std::fmt::Display) -> MathError {
    MathError::value(format!("empty range for randrange() ({start}, {stop}, {width})"))
}

fn bit_length_u128(n: u128) -> u32 {
    128 - n.leading_zeros()
}

impl MersenneTwister {
    /// `_randbelow_with_getrandbits(n)` for `0 < n <= 2**128`-ish machine
    /// ints: rejection sampling with `k = n.bit_length()` bits.  `n == 0`
    /// returns 0 (CPython would loop forever; no caller passes 0).
    pub fn randbelow_u128(&mut self, n: u128) -> u128 {
        if n == 0 {
            return 0;
        }
        let k = bit_length_u128(n);
        loop {
            let r = self.getrandbits_u128(k);
            if r < n {
                return r;
            }
        }
    }

    /// [`Self::randbelow_u128`] for `u64`.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        self.randbelow_u128(u128::from(n)) as u64
    }

    /// `_randbelow(n)` for an arbitrary positive int (`n <= 0` returns 0).
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if !n.is_positive() {
            return BigInt::zero();
        }
        if let Some(small) = n.to_u128() {
            return BigInt::from(self.randbelow_u128(small));
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `randrange(start[, stop[, step]])` on machine ints.  `stop == None`
    /// means the one-argument form; `step == None` means the default step
    /// (passing `Some(s)` with `s != 1` and no stop is a `TypeError`).
    pub fn randrange_i64(&mut self, start: i64, stop: Option<i64>, step: Option<i64>) -> MathResult<i64> {
        let istart = i128::from(start);
        let Some(stop) = stop else {
            if step.is_some_and(|s| s != 1) {
                return Err(MathError::type_error("Missing a non-None stop argument"));
            }
            if istart > 0 {
                return Ok(self.randbelow_u128(istart as u128) as i64);
            }
            return Err(MathError::value("empty range for randrange()"));
        };
        let istop = i128::from(stop);
        let width = istop - istart;
        let istep = i128::from(step.unwrap_or(1));
        if istep == 1 {
            if width > 0 {
                return Ok((istart + self.randbelow_u128(width as u128) as i128) as i64);
            }
            return Err(empty_range_msg(istart, istop, width));
        }
        let n = if istep > 0 {
            Integer::div_floor(&(width + istep - 1), &istep)
        } else if istep < 0 {
            Integer::div_floor(&(width + istep + 1), &istep)
        } else {
            return Err(MathError::value("zero step for randrange()"));
        };
        if n <= 0 {
            return Err(MathError::value("empty range for randrange()"));
        }
        Ok((istart + istep * self.randbelow_u128(n as u128) as i128) as i64)
    }

    /// `randrange(start[, stop[, step]])` on arbitrary ints.
    pub fn randrange(&mut self, start: &BigInt, stop: Option<&BigInt>, step: Option<&BigInt>) -> MathResult<BigInt> {
        let Some(stop) = stop else {
            if step.is_some_and(|s| !s.is_one()) {
                return Err(MathError::type_error("Missing a non-None stop argument"));
            }
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return Err(MathError::value("empty range for randrange()"));
        };
        let width = stop - start;
        let one = BigInt::one();
        let istep = step.unwrap_or(&one);
        if istep.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(empty_range_msg(start, stop, &width));
        }
        let n = if istep.is_positive() {
            (&width + istep - 1u32).div_floor(istep)
        } else if istep.is_negative() {
            (&width + istep + 1u32).div_floor(istep)
        } else {
            return Err(MathError::value("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(MathError::value("empty range for randrange()"));
        }
        Ok(start + istep * self.randbelow(&n))
    }

    /// `randint(a, b)` = `randrange(a, b + 1)` on machine ints.
    pub fn randint_i64(&mut self, a: i64, b: i64) -> MathResult<i64> {
        let width = i128::from(b) + 1 - i128::from(a);
        if width > 0 {
            return Ok((i128::from(a) + self.randbelow_u128(width as u128) as i128) as i64);
        }
        Err(empty_range_msg(a, i128::from(b) + 1, width))
    }

    /// `randint(a, b)` on arbitrary ints.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> MathResult<BigInt> {
        self.randrange(a, Some(&(b + 1)), None)
    }

    /// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
    pub fn randbytes(&mut self, n: usize) -> Vec<u8> {
        let (_, mut bytes) = self.getrandbits(n as u64 * 8).to_bytes_le();
        bytes.resize(n, 0);
        bytes
    }

    /// `choice(seq)` for a sequence of length `len`: the index to pick.
    pub fn choice_index(&mut self, len: usize) -> MathResult<usize> {
        if len == 0 {
            return Err(MathError::index("Cannot choose from an empty sequence"));
        }
        Ok(self.randbelow_u64(len as u64) as usize)
    }

    /// `shuffle(x)`, in place: for `i` from `len-1` down to 1, swap `x[i]`
    /// with `x[randbelow(i + 1)]`.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            x.swap(i, j);
        }
    }

    /// The permutation `shuffle` applies to a sequence of length `n`: after
    /// shuffling, position `i` holds the element originally at `perm[i]`.
    pub fn shuffle_indices(&mut self, n: usize) -> Vec<usize> {
        let mut perm: Vec<usize> = (0..n).collect();
        self.shuffle(&mut perm);
        perm
    }

    /// `sample(population, k)` for a population of length `n`: the indices
    /// picked, in selection order (pool- or set-based, by CPython's rule).
    pub fn sample_indices(&mut self, n: usize, k: i64) -> MathResult<Vec<usize>> {
        if k < 0 || k as u64 > n as u64 {
            return Err(MathError::value("Sample larger than population or is negative"));
        }
        let k = k as usize;
        let mut result = Vec::with_capacity(k);
        let mut setsize: u128 = 21;
        if k > 5 {
            // 4 ** ceil(log(k * 3, 4)), with math.log's int path.
            let e = (libm::log((k as u128 * 3) as f64) / libm::log(4.0)).ceil();
            setsize = setsize.saturating_add(if e >= 63.0 { u128::MAX } else { 4u128.pow(e as u32) });
        }
        if (n as u128) <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_u64((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow_u64(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow_u64(n as u64) as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `sample(population, k, counts=counts)` where `n == len(population)`:
    /// the population indices picked.
    pub fn sample_counts_indices(&mut self, n: usize, counts: &[i64], k: i64) -> MathResult<Vec<usize>> {
        let mut cum: Vec<i128> = Vec::with_capacity(counts.len());
        let mut acc: i128 = 0;
        for &c in counts {
            acc += i128::from(c);
            cum.push(acc);
        }
        if cum.len() != n {
            return Err(MathError::value("The number of counts does not match the population"));
        }
        let Some(total) = cum.pop() else {
            return Err(MathError::index("pop from empty list"));
        };
        if total <= 0 {
            return Err(MathError::value("Total of counts must be greater than zero"));
        }
        let total = usize::try_from(total).map_err(|_| MathError::overflow("Python int too large to convert to C ssize_t"))?;
        let selections = self.sample_indices(total, k)?;
        Ok(selections
            .into_iter()
            .map(|s| cum.partition_point(|&c| c <= s as i128))
            .collect())
    }

    /// `choices(population, k=k)` without weights, `n == len(population)`:
    /// `floor(random() * n)` per pick.
    pub fn choices_indices(&mut self, n: usize, k: usize) -> MathResult<Vec<usize>> {
        if n == 0 && k > 0 {
            return Err(MathError::index("list index out of range"));
        }
        let nf = n as f64;
        Ok((0..k).map(|_| (self.random() * nf).floor() as usize).collect())
    }

    /// `choices(population, cum_weights=cum, k=k)` (the caller checks that
    /// `len(cum) == len(population)`).
    pub fn choices_cum_weights(&mut self, cum: &[f64], k: usize) -> MathResult<Vec<usize>> {
        let Some(&last) = cum.last() else {
            return Err(MathError::index("list index out of range"));
        };
        let total = last + 0.0;
        if total <= 0.0 {
            return Err(MathError::value("Total of weights must be greater than zero"));
        }
        if !total.is_finite() {
            return Err(MathError::value("Total of weights must be finite"));
        }
        let hi = cum.len() - 1;
        Ok((0..k).map(|_| bisect_right(cum, self.random() * total, 0, hi)).collect())
    }

    /// `choices(population, weights, k=k)` with float weights: the weights
    /// are accumulated left to right (`itertools.accumulate`) first.
    pub fn choices_weights(&mut self, weights: &[f64], k: usize) -> MathResult<Vec<usize>> {
        let mut acc = 0.0;
        let cum: Vec<f64> = weights
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                acc = if i == 0 { w } else { acc + w };
                acc
            })
            .collect();
        self.choices_cum_weights(&cum, k)
    }

    /// `uniform(a, b)`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(m) => {
                if high - low == 0.0 {
                    return low;
                }
                (m - low) / (high - low)
            }
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `normalvariate(mu, sigma)` (Kinderman and Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let magic = nv_magicconst();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = magic * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -libm::log(u2) {
                return mu + z * sigma;
            }
        }
    }

    /// `gauss(mu, sigma)`, caching the second deviate in `gauss_next`.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.take_gauss_next() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * libm::log(1.0 - self.random())).sqrt();
                self.set_gauss_next(Some(libm::sin(x2pi) * g2rad));
                libm::cos(x2pi) * g2rad
            }
        };
        mu + z * sigma
    }

    /// `lognormvariate(mu, sigma)`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> MathResult<f64> {
        super::math::exp(self.normalvariate(mu, sigma))
    }

    /// `expovariate(lambd)`.
    pub fn expovariate(&mut self, lambd: f64) -> MathResult<f64> {
        float_truediv(-log(1.0 - self.random())?, lambd)
    }

    /// `vonmisesvariate(mu, kappa)`.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> MathResult<f64> {
        if kappa <= 1e-6 {
            return Ok(TWOPI * self.random());
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = libm::cos(std::f64::consts::PI * u1);
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * libm::exp(d) {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        let acos_f = super::math::acos(f)?;
        if u3 > 0.5 {
            float_mod(mu + acos_f, TWOPI)
        } else {
            float_mod(mu - acos_f, TWOPI)
        }
    }

    /// `gammavariate(alpha, beta)`.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> MathResult<f64> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(MathError::value("gammavariate: alpha and beta must be > 0.0"));
        }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - libm::log(4.0);
            let ccc = alpha + ainv;
            let sg = sg_magicconst();
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = log(u1 / (1.0 - u1))? / ainv;
                let x = alpha * super::math::exp(v)?;
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg - 4.5 * z >= 0.0 || r >= log(z)? {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-log(1.0 - self.random())? * beta)
        } else {
            let e = std::f64::consts::E;
            let x = loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    float_pow(p, 1.0 / alpha)?
                } else {
                    -log((b - p) / alpha)?
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= float_pow(x, alpha - 1.0)? {
                        break x;
                    }
                } else if u1 <= libm::exp(-x) {
                    break x;
                }
            };
            Ok(x * beta)
        }
    }

    /// `betavariate(alpha, beta)`.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> MathResult<f64> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            return Ok(y / (y + self.gammavariate(beta, 1.0)?));
        }
        Ok(0.0)
    }

    /// `paretovariate(alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> MathResult<f64> {
        let u = 1.0 - self.random();
        float_pow(u, float_truediv(-1.0, alpha)?)
    }

    /// `weibullvariate(alpha, beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> MathResult<f64> {
        let u = 1.0 - self.random();
        Ok(alpha * float_pow(-log(u)?, float_truediv(1.0, beta)?)?)
    }
}

#[cfg(test)]
#[path = "random_tests.rs"]
mod tests;

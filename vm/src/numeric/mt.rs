//! The Mersenne Twister core of CPython's `random` module, bit-exact.
//!
//! Follows Modules/_randommodule.c (CPython 3.11): `init_genrand`,
//! `init_by_array`, `genrand_uint32`, `random_random` (53-bit floats from two
//! 32-bit outputs), `getrandbits` (32-bit words, least significant first, the
//! top word truncated), `random_seed` (int seeds via their absolute value cut
//! into little-endian 32-bit chunks; other hashable seeds via their hash), and
//! the str/bytes seeding of Lib/random.py's `Random.seed` (versions 1 and 2).
//! The Python-level algorithms (`randrange`, `shuffle`, `sample`, ...) live in
//! [`crate::numeric::random`] as further methods of [`MersenneTwister`].

use num_bigint::{BigInt, BigUint, Sign};

use super::{MathError, MathResult};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// Number of 32-bit words in the generator state (`N` in the C source).
pub const STATE_WORDS: usize = N;

/// CPython's `random.Random` state: the MT19937 words, the read index and
/// the cached second normal deviate of `gauss()` (`gauss_next`).
#[derive(Clone)]
pub struct MersenneTwister {
    state: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl std::fmt::Debug for MersenneTwister {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MersenneTwister").field("index", &self.index).finish_non_exhaustive()
    }
}

impl Default for MersenneTwister {
    /// Seeded from OS entropy, like `random.Random()`.
    fn default() -> Self {
        Self::from_entropy()
    }
}

impl MersenneTwister {
    fn blank() -> Self {
        MersenneTwister { state: [0; N], index: N + 1, gauss_next: None }
    }

    /// `random.Random(n)` for a non-negative or negative machine int.
    pub fn from_i64(seed: i64) -> Self {
        let mut mt = Self::blank();
        mt.seed_i64(seed);
        mt
    }

    /// `random.Random(n)` for an arbitrary int.
    pub fn from_bigint(seed: &BigInt) -> Self {
        let mut mt = Self::blank();
        mt.seed_bigint(seed);
        mt
    }

    /// `random.Random()` / `random.Random(None)`: seeded from `/dev/urandom`.
    pub fn from_entropy() -> Self {
        let mut mt = Self::blank();
        mt.seed_entropy();
        mt
    }

    /// `init_genrand(s)`: the classic single-word initialisation.
    pub fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array(key)`: initialisation from a key of 32-bit words.
    /// An empty key behaves like CPython's `[0]`.
    pub fn init_by_array(&mut self, key: &[u32]) {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// `random.seed(n)` for an int: `abs(n)` split into little-endian 32-bit
    /// words (`seed(0)` uses the key `[0]`).  Resets `gauss_next`.
    pub fn seed_bigint(&mut self, n: &BigInt) {
        self.init_by_array(&n.magnitude().to_u32_digits());
        self.gauss_next = None;
    }

    /// `random.seed(n)` for a machine int.
    pub fn seed_i64(&mut self, n: i64) {
        self.seed_u64(n.unsigned_abs());
    }

    /// `random.seed(n)` for a non-negative machine int.
    pub fn seed_u64(&mut self, n: u64) {
        let lo = n as u32;
        let hi = (n >> 32) as u32;
        if hi == 0 {
            self.init_by_array(&[lo]);
        } else {
            self.init_by_array(&[lo, hi]);
        }
        self.gauss_next = None;
    }

    /// `random.seed(x)` for a hashable non-int seed (e.g. a float): the C
    /// code seeds with `(size_t)hash(x)`.
    pub fn seed_hash(&mut self, hash: i64) {
        self.seed_u64(hash as u64);
    }

    /// `random.seed(x)` for a float (seeded by `hash(x)`; a NaN hashes by
    /// identity in CPython, so the caller should use [`Self::seed_hash`]
    /// with the object's hash for NaNs — here NaN uses hash 0).
    pub fn seed_f64(&mut self, x: f64) {
        self.seed_hash(super::hash::hash_f64(x));
    }

    /// `random.seed(s)` for a `str`, version 2 (the default): the UTF-8
    /// bytes followed by their SHA-512 digest, read as a big-endian int.
    pub fn seed_str(&mut self, s: &str) {
        self.seed_bytes(s.as_bytes());
    }

    /// `random.seed(b)` for `bytes`/`bytearray`, version 2.
    pub fn seed_bytes(&mut self, b: &[u8]) {
        let mut all = Vec::with_capacity(b.len() + 64);
        all.extend_from_slice(b);
        all.extend_from_slice(&super::sha512::sha512(b));
        let n = BigUint::from_bytes_be(&all);
        self.seed_bigint(&BigInt::from_biguint(Sign::Plus, n));
    }

    /// `random.seed(s, version=1)` for a `str` (given as its code points) or
    /// a `bytes` object (given as its bytes, decoded as Latin-1).
    pub fn seed_v1(&mut self, chars: &[u32]) {
        let mut x: u64 = chars.first().map_or(0, |&c| u64::from(c) << 7);
        for &c in chars {
            x = 1_000_003u64.wrapping_mul(x) ^ u64::from(c);
        }
        x ^= chars.len() as u64;
        self.seed_u64(x);
    }

    /// `random.seed()` / `random.seed(None)`: 624 words from the OS entropy
    /// source fed to `init_by_array`, as `random_seed_urandom` does; falls
    /// back to the time and pid (`random_seed_time_pid`) if that fails.
    pub fn seed_entropy(&mut self) {
        let mut buf = [0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
            .is_ok();
        if ok {
            let key: Vec<u32> = buf
                .chunks_exact(4)
                .map(|c| u32::from_ne_bytes(c.try_into().expect("4 bytes")))
                .collect();
            self.init_by_array(&key);
        } else {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            let ns = now.as_nanos() as u64;
            let mono = std::time::Instant::now().elapsed().as_nanos() as u64;
            let key = [
                ns as u32,
                (ns >> 32) as u32,
                std::process::id(),
                mono as u32,
                (mono >> 32) as u32,
            ];
            self.init_by_array(&key);
        }
        self.gauss_next = None;
    }

    /// `genrand_uint32()`: the next tempered 32-bit output.
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn twist(&mut self) {
        let mt = &mut self.state;
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    /// `random()`: a float in [0.0, 1.0) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = self.genrand_u32() >> 5;
        let b = self.genrand_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 128`, as a machine integer.
    pub fn getrandbits_u128(&mut self, k: u32) -> u128 {
        assert!(k <= 128, "getrandbits_u128: k must be <= 128");
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return u128::from(self.genrand_u32() >> (32 - k));
        }
        let mut result: u128 = 0;
        let mut left = k;
        let mut shift = 0;
        while left > 0 {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            result |= u128::from(r) << shift;
            shift += 32;
            left = left.saturating_sub(32);
        }
        result
    }

    /// `getrandbits(k)` for `k <= 64`.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        assert!(k <= 64, "getrandbits_u64: k must be <= 64");
        self.getrandbits_u128(k) as u64
    }

    /// `getrandbits(k)` for any non-negative `k`: `ceil(k/32)` words, least
    /// significant first, the most significant one truncated to its top bits.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.getrandbits_u64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(digits))
    }

    /// `getrandbits(k)` with the Python-level check of the argument.
    pub fn getrandbits_checked(&mut self, k: i64) -> MathResult<BigInt> {
        if k < 0 {
            return Err(MathError::value("number of bits must be non-negative"));
        }
        Ok(self.getrandbits(k as u64))
    }

    /// `getstate()[1]` without the trailing index: the 624 state words.
    pub fn state_words(&self) -> [u32; N] {
        self.state
    }

    /// The read index, the last element of the C-level state tuple.
    pub fn state_index(&self) -> usize {
        self.index
    }

    /// The cached `gauss_next` (`getstate()[2]`).
    pub fn gauss_next(&self) -> Option<f64> {
        self.gauss_next
    }

    pub fn set_gauss_next(&mut self, g: Option<f64>) {
        self.gauss_next = g;
    }

    /// C-level `setstate(words + (index,))`.  `words` must hold 624 values
    /// (else `ValueError("state vector is the wrong size")`); `index` must be
    /// in `0..=624` (else `ValueError("invalid state")`).
    pub fn set_state(&mut self, words: &[u32], index: i64) -> MathResult<()> {
        if words.len() != N {
            return Err(MathError::value("state vector is the wrong size"));
        }
        if !(0..=N as i64).contains(&index) {
            return Err(MathError::value("invalid state"));
        }
        self.state.copy_from_slice(words);
        self.index = index as usize;
        Ok(())
    }

    pub(crate) fn take_gauss_next(&mut self) -> Option<f64> {
        self.gauss_next.take()
    }
}

//! Direct bindings to the platform C math library.
//!
//! CPython's `math` module calls the system libm; on Linux so do we, so the
//! results agree bit for bit.  Rust's own `f64::asinh`/`acosh`/`atanh` are
//! implemented in Rust with a different formula, and `erf`/`erfc`/`nextafter`
//! are not in std at all, hence these declarations.  Everything declared here
//! takes and returns plain doubles, so the functions are declared `safe`.

unsafe extern "C" {
    pub safe fn erf(x: f64) -> f64;
    pub safe fn erfc(x: f64) -> f64;
    pub safe fn asinh(x: f64) -> f64;
    pub safe fn acosh(x: f64) -> f64;
    pub safe fn atanh(x: f64) -> f64;
    pub safe fn nextafter(x: f64, y: f64) -> f64;
    pub safe fn fmod(x: f64, y: f64) -> f64;
    pub safe fn ldexp(x: f64, exp: i32) -> f64;
    pub safe fn pow(x: f64, y: f64) -> f64;
    pub safe fn log(x: f64) -> f64;
    pub safe fn log2(x: f64) -> f64;
    pub safe fn log10(x: f64) -> f64;
    pub safe fn exp(x: f64) -> f64;
    pub safe fn sin(x: f64) -> f64;
    pub safe fn cos(x: f64) -> f64;
}

/// C `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1`; zero, inf and nan are
/// returned unchanged with exponent 0.  Exact, so implemented on the bits.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let e = biased - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022u64 << 52));
    (m, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_matches_c() {
        assert_eq!(frexp(1.0), (0.5, 1));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(frexp(f64::MAX), (0.9999999999999999, 1024));
        assert_eq!(frexp(0.1), (0.8, -3));
    }
}

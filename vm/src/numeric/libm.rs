//! Direct bindings to the platform C math library.
//!
//! CPython's `math` module calls the system libm; on Linux so do we, so the
//! results agree bit for bit.  Rust's own `f64::asinh`/`acosh`/`atanh` are
//! implemented in Rust with a different formula, and `erf`/`erfc`/`nextafter`
//! are not in std at all, hence these declarations.  Everything declared here
//! takes and returns plain doubles, so the functions are declared `safe`.
//!
//! `cbrt` is the exception: Rust's compiler-builtins defines its own `cbrt`
//! symbol (a port of musl's, correctly rounded more often than glibc's), and
//! the linker binds both `f64::cbrt` and a declared `cbrt` to it.  So glibc's
//! dbl-64 `__cbrt` (sysdeps/ieee754/dbl-64/s_cbrt.c) is ported below.

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

/// glibc's `cbrt` for IEEE doubles: a polynomial first guess for the
/// reduced argument refined by one Halley step, then rescaled.
#[allow(clippy::excessive_precision)]
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = frexp(x.abs());
    if xe == 0 && (x.is_nan() || x.is_infinite() || x == 0.0) {
        return x + x;
    }
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
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

    #[test]
    fn cbrt_matches_glibc() {
        // math.cbrt(x) in CPython 3.11 on glibc
        let cases = [
            (2.0, 1.2599210498948734),
            (-2.0, -1.2599210498948734),
            (27.0, 3.0000000000000004),
            (3.0, 1.4422495703074083),
            (5e-324, 1.7031839360032601e-108),
            (1e-310, 4.641588833612775e-104),
            (-8.0, -2.0),
            (1e300, 1e100),
            (0.001, 0.1),
        ];
        for (x, want) in cases {
            assert_eq!(cbrt(x), want, "cbrt({x:?})");
        }
        assert!(cbrt(-0.0).is_sign_negative() && cbrt(-0.0) == 0.0);
        assert!(cbrt(f64::NAN).is_nan());
        assert_eq!(cbrt(f64::NEG_INFINITY), f64::NEG_INFINITY);
    }
}

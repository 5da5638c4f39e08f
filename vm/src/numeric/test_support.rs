//! Shared helpers for the table-driven tests of this module.

use super::{MathErrorKind, MathResult};

/// An expected outcome: a float (compared bit for bit, any NaN matching any
/// NaN), an error with its kind and message, or a complex result.
#[derive(Debug, Clone, Copy)]
pub enum X {
    V(f64),
    Ex(MathErrorKind, &'static str),
    C,
}

pub use X::{C, Ex, V};

pub const DOM: X = X::Ex(MathErrorKind::ValueError, "math domain error");
pub const RNG: X = X::Ex(MathErrorKind::OverflowError, "math range error");

pub fn same_float(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

pub fn check(got: MathResult<f64>, want: X, ctx: &str) {
    match (want, &got) {
        (X::V(w), Ok(g)) if same_float(*g, w) => {}
        (X::Ex(k, m), Err(e)) if e.kind == k && e.msg == m => {}
        (X::C, Err(e)) if e.kind == MathErrorKind::ComplexResult => {}
        _ => panic!("{ctx}: got {got:?}, want {want:?}"),
    }
}

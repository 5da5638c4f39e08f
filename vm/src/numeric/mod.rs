//! Numeric algorithms with CPython 3.11 semantics, on plain Rust types.
//!
//! This module has no dependency on the object model: every function takes
//! and returns `f64`, `i64`, `u64`, [`num_bigint::BigInt`] or slices of them,
//! and reports Python-level failures as a [`MathError`] whose
//! [`MathErrorKind`] names the exception class the interpreter must raise and
//! whose message is CPython's, word for word.
//!
//! * [`mt`] — the Mersenne Twister core of `_random` (Modules/_randommodule.c)
//!   and [`random`] — the Python-level algorithms of Lib/random.py (3.11),
//!   both as methods of [`mt::MersenneTwister`].
//! * [`hash`] — numeric, tuple and frozenset hashing (Python/pyhash.c,
//!   Objects/longobject.c, Objects/tupleobject.c, Objects/setobject.c) and a
//!   fast string hash for the runtime.
//! * [`math`] — the `math` module (Modules/mathmodule.c), with the special
//!   functions in [`special`], the integer functions in [`intmath`] and the
//!   int/float operator helpers of Objects/longobject.c and
//!   Objects/floatobject.c in [`arith`]; `math` re-exports all of them.
//! * [`digits`] — `+`, `-`, `*` and comparison on base-2³² digit slices (the big-int
//!   objects' own layout), for the common big-int operations without conversions.
//! * [`sha512`] — a small SHA-512, needed by `random.seed(str)`.

pub mod arith;
pub mod digits;
pub mod hash;
pub mod intmath;
mod libm;
pub mod math;
pub mod mt;
pub mod random;
pub mod sha512;
pub mod special;
#[cfg(test)]
mod test_support;

use std::borrow::Cow;
use std::fmt;

pub use mt::MersenneTwister;

/// The Python exception class a [`MathError`] maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MathErrorKind {
    ValueError,
    OverflowError,
    ZeroDivisionError,
    IndexError,
    TypeError,
    /// Not an exception: the real operation has a complex result (e.g.
    /// `(-8.0) ** (1/3)`); the caller must redo it with complex arithmetic.
    ComplexResult,
}

/// A Python-level failure: exception class plus CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MathError {
    pub kind: MathErrorKind,
    pub msg: Cow<'static, str>,
}

/// Result alias used throughout [`crate::numeric`].
pub type MathResult<T> = Result<T, MathError>;

impl MathError {
    pub fn new(kind: MathErrorKind, msg: impl Into<Cow<'static, str>>) -> Self {
        MathError { kind, msg: msg.into() }
    }
    pub fn value(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(MathErrorKind::ValueError, msg)
    }
    pub fn overflow(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(MathErrorKind::OverflowError, msg)
    }
    pub fn zero_div(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(MathErrorKind::ZeroDivisionError, msg)
    }
    pub fn index(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(MathErrorKind::IndexError, msg)
    }
    pub fn type_error(msg: impl Into<Cow<'static, str>>) -> Self {
        Self::new(MathErrorKind::TypeError, msg)
    }
    /// `ValueError("math domain error")`.
    pub fn domain() -> Self {
        Self::value("math domain error")
    }
    /// `OverflowError("math range error")`.
    pub fn range() -> Self {
        Self::overflow("math range error")
    }
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for MathError {}

//! Number formatting and parsing with CPython 3.11 semantics.
//!
//! This module is a pure-Rust library: plain Rust values in, `String`s (or a
//! [`FmtError`] naming the Python exception to raise) out. It has no
//! dependency on the object model; the interpreter adapts its objects to it.
//!
//! What lives where (and which CPython source each part follows):
//!
//! * [`dtoa`] — decimal digit generation for doubles (the modes of
//!   `Python/dtoa.c` used by CPython), built on Rust's exact float
//!   formatting plus big-integer arithmetic where Rust has no equivalent.
//! * [`float_repr`](mod@float_repr) — `PyOS_double_to_string` / `format_float_short`
//!   (`Python/pystrtod.c`): `repr(float)`, `'%e'`-style conversions.
//! * [`spec`] — the format-spec mini-language parser
//!   (`parse_internal_render_format_spec`, `Python/formatter_unicode.c`).
//! * [`number`] — padding, sign and digit grouping of formatted numbers
//!   (`calc_number_widths`/`fill_number` in `Python/formatter_unicode.c`,
//!   `_PyUnicode_InsertThousandsGrouping` in `Objects/unicodeobject.c`).
//! * [`format_int`](mod@format_int), [`format_float`](mod@format_float), [`format_str`](mod@format_str) — `int.__format__`,
//!   `float.__format__`, `str.__format__`.
//! * [`complex`] — `repr(complex)` and `complex.__format__`.
//! * [`percent`] — `str % args` (`PyUnicode_Format`, `Objects/unicodeobject.c`).
//! * [`parse`] — `float(str)` and `int(str, base)` parsing
//!   (`Objects/floatobject.c`, `Objects/longobject.c`, `Python/pystrtod.c`).
//! * [`round`] — `round(float)` and `round(float, n)` (`Objects/floatobject.c`).
//! * [`radix`] — `hex()`/`oct()`/`bin()` strings, `float.hex`/`float.fromhex`.
//! * [`markup`] — the `str.format` template parser
//!   (`Objects/stringlib/unicode_format.h`).
//!
//! Integer to decimal-string conversions honour the interpreter-wide
//! `sys.set_int_max_str_digits` limit, kept here in
//! [`set_int_max_str_digits`]/[`int_max_str_digits`].

pub mod complex;
pub mod dtoa;
pub mod float_repr;
pub mod format_float;
pub mod format_int;
pub mod format_str;
pub mod markup;
pub mod number;
pub mod parse;
pub mod percent;
pub mod radix;
pub mod round;
pub mod spec;
mod unicode_digits;

#[cfg(test)]
mod tests_float;
#[cfg(test)]
mod tests_int;
#[cfg(test)]
mod tests_misc;
#[cfg(test)]
mod tests_percent;
#[cfg(test)]
mod tests_support;

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use complex::{complex_repr, format_complex, format_complex_with_spec, parse_complex_spec};
pub use float_repr::{DtsFlags, FloatKind, double_to_string, float_repr, float_str};
pub use format_float::{format_float, format_float_with_spec};
pub use format_int::{bigint_to_f64, format_int, format_int_with_spec, int_to_decimal_string};
pub use format_str::{format_str, format_str_with_spec};
pub use markup::{
    AutoNumber, FieldName, FieldNameKey, FieldNamePart, FormatField, FormatItem, MarkupIter,
    check_conversion, parse_field_name, parse_format_string, replacement_index_message,
};
pub use parse::{
    ParseIntError, parse_float, parse_float_bytes, parse_int, parse_int_bytes, parse_int_with_limit,
};
pub use percent::{CharArg, PercentArg, PercentArgs, percent_format};
pub use radix::{float_fromhex, float_hex, int_to_str_radix};
pub use round::{float_to_bigint, round_float, round_float_to_int};
pub use spec::{Align, FormatSpec, Grouping, Sign, parse_float_spec, parse_int_spec, parse_str_spec};

/// The Python exception class a [`FmtError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    MemoryError,
    /// The [`percent::PercentArgs`] implementor already has a Python
    /// exception pending (raised by `__str__`, a mapping lookup, ...); the
    /// caller should re-raise it. The message is empty.
    Raised,
}

/// An error from formatting or parsing: the exception kind and the exact
/// CPython message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FmtError {
    pub kind: ErrorKind,
    pub message: String,
}

impl FmtError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        FmtError { kind, message: message.into() }
    }
    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, message)
    }
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, message)
    }
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, message)
    }
    pub fn memory() -> Self {
        Self::new(ErrorKind::MemoryError, "")
    }
    /// "An exception is already pending on the interpreter side".
    pub fn raised() -> Self {
        Self::new(ErrorKind::Raised, "")
    }

    /// `ValueError: could not convert string to float: <repr>`; `repr` is
    /// the Python `repr()` of the argument.
    pub fn float_parse(repr: &str) -> Self {
        Self::value(format!("could not convert string to float: {repr}"))
    }

    /// `ValueError: invalid literal for int() with base N: <repr>`, the repr
    /// truncated to 200 characters as CPython's `%.200R` does.
    pub fn int_parse(base: u32, repr: &str) -> Self {
        let shown: String = repr.chars().take(200).collect();
        Self::value(format!("invalid literal for int() with base {base}: {shown}"))
    }

    /// `ValueError` for `str(int)` / `format(int)` of an int with more
    /// decimal digits than the limit.
    pub fn int_too_long_to_str(limit: usize) -> Self {
        Self::value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    }

    /// `ValueError` for `int(str)` of a string with too many digits.
    pub fn int_too_long_from_str(limit: usize, digits: usize) -> Self {
        Self::value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: \
             value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        ))
    }
}

impl fmt::Display for FmtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for FmtError {}

/// CPython's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

/// CPython's `_PY_LONG_MAX_STR_DIGITS_THRESHOLD`, the smallest non-zero
/// limit `sys.set_int_max_str_digits` accepts.
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// The current limit on decimal digits for int/str conversions (0 = none).
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// Sets the limit (`sys.set_int_max_str_digits`); the caller validates the
/// value (0 or >= [`INT_MAX_STR_DIGITS_THRESHOLD`]).
pub fn set_int_max_str_digits(limit: usize) {
    INT_MAX_STR_DIGITS.store(limit, Ordering::Relaxed);
}

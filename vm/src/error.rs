//! `PyErr`: a raised Python exception travelling up the Rust stack as `Err`.

use objmodel::Value;

/// A raised exception: the exception instance (a `BaseException` object).
#[derive(Clone, Copy, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T = Value> = Result<T, PyErr>;

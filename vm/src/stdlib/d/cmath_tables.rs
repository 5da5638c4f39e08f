//! Special values of the `cmath` functions for non-finite arguments, indexed by the class of
//! the real part (row) and of the imaginary part (column): -inf, negative finite, -0.0, +0.0,
//! positive finite, +inf, nan. `C` marks the cells computed by the formulas in `cmath.rs`
//! (finite arguments, and the infinite-real cells whose result depends on the finite
//! imaginary part). The entries were produced by evaluating CPython 3.11's `cmath` on
//! representatives of each class (several per finite class, checked to agree) and are the
//! C99 Annex G values with CPython's error flags.

use super::cmath::{C, DOM, Entry, N, OK};

pub type Table = [[Entry; 7]; 7];

pub const RECT: Table = [
    [(N, N, DOM), C, (f64::from_bits(0xfff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0xfff0000000000000), f64::from_bits(0x8000000000000000), OK), C, (N, N, DOM), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(f64::from_bits(0x0), f64::from_bits(0x0), OK), C, C, C, C, (f64::from_bits(0x0), f64::from_bits(0x0), OK), (f64::from_bits(0x0), f64::from_bits(0x0), OK)],
    [(f64::from_bits(0x0), f64::from_bits(0x0), OK), C, C, C, C, (f64::from_bits(0x0), f64::from_bits(0x0), OK), (f64::from_bits(0x0), f64::from_bits(0x0), OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(N, N, DOM), C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), C, (N, N, DOM), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(N, N, OK), (N, N, OK), (N, f64::from_bits(0x0), OK), (N, f64::from_bits(0x0), OK), (N, N, OK), (N, N, OK), (N, N, OK)],
];
pub const SQRT: Table = [
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xfff0000000000000), OK), (f64::from_bits(0x0), f64::from_bits(0xfff0000000000000), OK), (f64::from_bits(0x0), f64::from_bits(0xfff0000000000000), OK), (f64::from_bits(0x0), f64::from_bits(0x7ff0000000000000), OK), (f64::from_bits(0x0), f64::from_bits(0x7ff0000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x7ff0000000000000), OK), (N, f64::from_bits(0x7ff0000000000000), OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xfff0000000000000), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x7ff0000000000000), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xfff0000000000000), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x7ff0000000000000), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xfff0000000000000), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x7ff0000000000000), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xfff0000000000000), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x7ff0000000000000), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xfff0000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x7ff0000000000000), OK), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xfff0000000000000), OK), (N, N, OK), (N, N, OK), (N, N, OK), (N, N, OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x7ff0000000000000), OK), (N, N, OK)],
];
pub const EXP: Table = [
    [(f64::from_bits(0x0), f64::from_bits(0x0), OK), C, (f64::from_bits(0x0), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x0), f64::from_bits(0x0), OK), C, (f64::from_bits(0x0), f64::from_bits(0x0), OK), (f64::from_bits(0x0), f64::from_bits(0x0), OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(N, N, DOM), C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), C, (N, N, DOM), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(N, N, OK), (N, N, OK), (N, f64::from_bits(0x8000000000000000), OK), (N, f64::from_bits(0x0), OK), (N, N, OK), (N, N, OK), (N, N, OK)],
];
pub const LOG: Table = [
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xc002d97c7f3321d2), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0xc00921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0xc00921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x400921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x400921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x4002d97c7f3321d2), OK), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbfe921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3fe921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(f64::from_bits(0x7ff0000000000000), N, OK), (N, N, OK), (N, N, OK), (N, N, OK), (N, N, OK), (f64::from_bits(0x7ff0000000000000), N, OK), (N, N, OK)],
];
pub const COSH: Table = [
    [(N, N, DOM), C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), C, (N, N, DOM), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, f64::from_bits(0x0), OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, f64::from_bits(0x0), OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(N, N, DOM), C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), C, (N, N, DOM), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(N, N, OK), (N, N, OK), (N, f64::from_bits(0x0), OK), (N, f64::from_bits(0x0), OK), (N, N, OK), (N, N, OK), (N, N, OK)],
];
pub const SINH: Table = [
    [(N, N, DOM), C, (f64::from_bits(0xfff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0xfff0000000000000), f64::from_bits(0x0), OK), C, (N, N, DOM), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (f64::from_bits(0x0), N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (f64::from_bits(0x0), N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(N, N, DOM), C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), C, (N, N, DOM), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(N, N, OK), (N, N, OK), (N, f64::from_bits(0x8000000000000000), OK), (N, f64::from_bits(0x0), OK), (N, N, OK), (N, N, OK), (N, N, OK)],
];
pub const TANH: Table = [
    [(f64::from_bits(0xbff0000000000000), f64::from_bits(0x0), OK), C, (f64::from_bits(0xbff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0xbff0000000000000), f64::from_bits(0x0), OK), C, (f64::from_bits(0xbff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0xbff0000000000000), f64::from_bits(0x0), OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(N, N, DOM), C, C, C, C, (N, N, DOM), (N, N, OK)],
    [(f64::from_bits(0x3ff0000000000000), f64::from_bits(0x0), OK), C, (f64::from_bits(0x3ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x3ff0000000000000), f64::from_bits(0x0), OK), C, (f64::from_bits(0x3ff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0x3ff0000000000000), f64::from_bits(0x0), OK)],
    [(N, N, OK), (N, N, OK), (N, f64::from_bits(0x8000000000000000), OK), (N, f64::from_bits(0x0), OK), (N, N, OK), (N, N, OK), (N, N, OK)],
];
pub const ACOS: Table = [
    [(f64::from_bits(0x4002d97c7f3321d2), f64::from_bits(0x7ff0000000000000), OK), (f64::from_bits(0x400921fb54442d18), f64::from_bits(0x7ff0000000000000), OK), (f64::from_bits(0x400921fb54442d18), f64::from_bits(0x7ff0000000000000), OK), (f64::from_bits(0x400921fb54442d18), f64::from_bits(0xfff0000000000000), OK), (f64::from_bits(0x400921fb54442d18), f64::from_bits(0xfff0000000000000), OK), (f64::from_bits(0x4002d97c7f3321d2), f64::from_bits(0xfff0000000000000), OK), (N, f64::from_bits(0x7ff0000000000000), OK)],
    [(f64::from_bits(0x3ff921fb54442d18), f64::from_bits(0x7ff0000000000000), OK), C, C, C, C, (f64::from_bits(0x3ff921fb54442d18), f64::from_bits(0xfff0000000000000), OK), (N, N, OK)],
    [(f64::from_bits(0x3ff921fb54442d18), f64::from_bits(0x7ff0000000000000), OK), C, C, C, C, (f64::from_bits(0x3ff921fb54442d18), f64::from_bits(0xfff0000000000000), OK), (f64::from_bits(0x3ff921fb54442d18), N, OK)],
    [(f64::from_bits(0x3ff921fb54442d18), f64::from_bits(0x7ff0000000000000), OK), C, C, C, C, (f64::from_bits(0x3ff921fb54442d18), f64::from_bits(0xfff0000000000000), OK), (f64::from_bits(0x3ff921fb54442d18), N, OK)],
    [(f64::from_bits(0x3ff921fb54442d18), f64::from_bits(0x7ff0000000000000), OK), C, C, C, C, (f64::from_bits(0x3ff921fb54442d18), f64::from_bits(0xfff0000000000000), OK), (N, N, OK)],
    [(f64::from_bits(0x3fe921fb54442d18), f64::from_bits(0x7ff0000000000000), OK), (f64::from_bits(0x0), f64::from_bits(0x7ff0000000000000), OK), (f64::from_bits(0x0), f64::from_bits(0x7ff0000000000000), OK), (f64::from_bits(0x0), f64::from_bits(0xfff0000000000000), OK), (f64::from_bits(0x0), f64::from_bits(0xfff0000000000000), OK), (f64::from_bits(0x3fe921fb54442d18), f64::from_bits(0xfff0000000000000), OK), (N, f64::from_bits(0x7ff0000000000000), OK)],
    [(N, f64::from_bits(0x7ff0000000000000), OK), (N, N, OK), (N, N, OK), (N, N, OK), (N, N, OK), (N, f64::from_bits(0xfff0000000000000), OK), (N, N, OK)],
];
pub const ACOSH: Table = [
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xc002d97c7f3321d2), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0xc00921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0xc00921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x400921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x400921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x4002d97c7f3321d2), OK), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbfe921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3fe921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(f64::from_bits(0x7ff0000000000000), N, OK), (N, N, OK), (N, N, OK), (N, N, OK), (N, N, OK), (f64::from_bits(0x7ff0000000000000), N, OK), (N, N, OK)],
];
pub const ASINH: Table = [
    [(f64::from_bits(0xfff0000000000000), f64::from_bits(0xbfe921fb54442d18), OK), (f64::from_bits(0xfff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0xfff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0xfff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0xfff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0xfff0000000000000), f64::from_bits(0x3fe921fb54442d18), OK), (f64::from_bits(0xfff0000000000000), N, OK)],
    [(f64::from_bits(0xfff0000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0xfff0000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0xfff0000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0xfff0000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x7ff0000000000000), f64::from_bits(0xbfe921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x8000000000000000), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x0), OK), (f64::from_bits(0x7ff0000000000000), f64::from_bits(0x3fe921fb54442d18), OK), (f64::from_bits(0x7ff0000000000000), N, OK)],
    [(f64::from_bits(0x7ff0000000000000), N, OK), (N, N, OK), (N, f64::from_bits(0x8000000000000000), OK), (N, f64::from_bits(0x0), OK), (N, N, OK), (f64::from_bits(0x7ff0000000000000), N, OK), (N, N, OK)],
];
pub const ATANH: Table = [
    [(f64::from_bits(0x8000000000000000), f64::from_bits(0xbff921fb54442d18), OK), (f64::from_bits(0x8000000000000000), f64::from_bits(0xbff921fb54442d18), OK), (f64::from_bits(0x8000000000000000), f64::from_bits(0xbff921fb54442d18), OK), (f64::from_bits(0x8000000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (f64::from_bits(0x8000000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (f64::from_bits(0x8000000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (f64::from_bits(0x8000000000000000), N, OK)],
    [(f64::from_bits(0x8000000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x8000000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x8000000000000000), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x8000000000000000), f64::from_bits(0x3ff921fb54442d18), OK), (f64::from_bits(0x8000000000000000), N, OK)],
    [(f64::from_bits(0x0), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x0), f64::from_bits(0x3ff921fb54442d18), OK), (f64::from_bits(0x0), N, OK)],
    [(f64::from_bits(0x0), f64::from_bits(0xbff921fb54442d18), OK), C, C, C, C, (f64::from_bits(0x0), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
    [(f64::from_bits(0x0), f64::from_bits(0xbff921fb54442d18), OK), (f64::from_bits(0x0), f64::from_bits(0xbff921fb54442d18), OK), (f64::from_bits(0x0), f64::from_bits(0xbff921fb54442d18), OK), (f64::from_bits(0x0), f64::from_bits(0x3ff921fb54442d18), OK), (f64::from_bits(0x0), f64::from_bits(0x3ff921fb54442d18), OK), (f64::from_bits(0x0), f64::from_bits(0x3ff921fb54442d18), OK), (f64::from_bits(0x0), N, OK)],
    [(f64::from_bits(0x0), f64::from_bits(0xbff921fb54442d18), OK), (N, N, OK), (N, N, OK), (N, N, OK), (N, N, OK), (f64::from_bits(0x0), f64::from_bits(0x3ff921fb54442d18), OK), (N, N, OK)],
];

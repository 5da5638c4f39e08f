//! Python's abstract object protocols on `Vm`: attributes (`attr`), calls (`call`), binary
//! and unary operators (`binary`, with native number arithmetic in `arith`), comparisons
//! (`compare`) and the rest (`protocol`: hash, truth, repr/str, len, items, iteration).

pub mod arith;
pub mod attr;
pub mod attr_cache;
pub mod global_cache;
pub mod binary;
pub mod call;
pub mod compare;
pub mod new_args;
pub mod protocol;

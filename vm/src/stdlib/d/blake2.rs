//! `hashlib.blake2b` / `hashlib.blake2s` (CPython's `_blake2` types): construction with the
//! full parameter set (digest size, key, salt, person, tree parameters) and its range checks
//! and messages. The objects are hash objects of `hashlib.rs` (same payload, same methods)
//! with these two classes; the engine is `blake2_core.rs`.

use std::sync::OnceLock;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use objmodel::Value;

use super::blake2_core::{Blake2b, Blake2s, Params};
use super::hashlib::{Hasher, hash_data, new_hash};
use super::util;
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{int, str as pystr, type_};
use crate::stdlib::modules_b::b as nat;
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    B,
    S,
}

impl Kind {
    fn name(self) -> &'static str {
        if self == Kind::B { "blake2b" } else { "blake2s" }
    }
    fn max_out(self) -> usize {
        if self == Kind::B { Blake2b::OUT } else { Blake2s::OUT }
    }
    fn salt(self) -> usize {
        if self == Kind::B { Blake2b::SALT } else { Blake2s::SALT }
    }
}

pub fn kind_of_name(name: &str) -> Option<Kind> {
    match name.to_ascii_lowercase().as_str() {
        "blake2b" | "blake2b512" => Some(Kind::B),
        "blake2s" | "blake2s256" => Some(Kind::S),
        _ => None,
    }
}

pub fn default_params(digest_size: usize) -> Params {
    Params { digest_size, fanout: 1, depth: 1, ..Params::default() }
}

static TYPES: OnceLock<(usize, usize)> = OnceLock::new();

/// The two classes, made on first use.
pub fn types() -> (&'static objmodel::TypeObj, &'static objmodel::TypeObj) {
    let mut first = false;
    let (b, s) = *TYPES.get_or_init(|| {
        first = true;
        (nat::new_type("blake2b", "_blake2").as_value().raw(), nat::new_type("blake2s", "_blake2").as_value().raw())
    });
    let (b, s) = (type_::as_type(Value::from_raw(b)), type_::as_type(Value::from_raw(s)));
    if first {
        for (t, k, f) in [(b, Kind::B, b_new as crate::args::NativeFn), (s, Kind::S, s_new)] {
            nat::set_new(t, f);
            super::hashlib::define_methods(t);
            for (n, v) in [
                ("SALT_SIZE", k.salt()),
                ("PERSON_SIZE", k.salt()),
                ("MAX_KEY_SIZE", k.max_out()),
                ("MAX_DIGEST_SIZE", k.max_out()),
            ] {
                crate::objects::define::attr(t, n, Value::small(v as i64));
            }
            nat::finish(t);
        }
    }
    (b, s)
}

pub fn class_of(h: &Hasher) -> &'static objmodel::TypeObj {
    let (b, s) = types();
    if matches!(h, Hasher::Blake2b(_)) { b } else { s }
}

fn b_new(vm: &mut Vm, a: Args) -> PyResult {
    construct(vm, Kind::B, a.rest())
}
fn s_new(vm: &mut Vm, a: Args) -> PyResult {
    construct(vm, Kind::S, a.rest())
}

/// An unsigned parameter: ValueError for a negative value, OverflowError past `max`.
fn unsigned(vm: &mut Vm, v: Value, max: u64, too_large: &str) -> PyResult<u64> {
    let iv = vm.index(v)?;
    let b: BigInt = int::to_bigint(iv).unwrap_or_default();
    if b.sign() == Sign::Minus {
        return Err(vm.value_error("value must be positive"));
    }
    match b.to_u64() {
        Some(x) if x <= max => Ok(x),
        _ => Err(vm.overflow_error(too_large.to_string())),
    }
}

fn small(vm: &mut Vm, v: Value, lo: i64, hi: i64, msg: String) -> PyResult<u8> {
    let x = vm.index_value(v)?;
    if x < lo || x > hi {
        return Err(vm.value_error(msg));
    }
    Ok(x as u8)
}

/// `blake2b(data=b'', /, *, digest_size, key, salt, person, fanout, depth, leaf_size,
/// node_offset, node_depth, inner_size, last_node, usedforsecurity)`.
pub fn construct(vm: &mut Vm, kind: Kind, a: Args) -> PyResult {
    let name = kind.name();
    if a.len() > 1 {
        return Err(vm.type_error(format!("{name}() takes at most 1 positional argument ({} given)", a.len())));
    }
    let max = kind.max_out();
    let mut p = default_params(max);
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let key = pystr::as_str(*k).unwrap_or("");
        let v = *v;
        match key {
            "digest_size" => {
                let n = vm.index_value(v)?;
                if n < 1 || n > max as i64 {
                    return Err(vm.value_error(format!("digest_size must be between 1 and {max} bytes")));
                }
                p.digest_size = n as usize;
            }
            "key" | "salt" | "person" => {
                let b = util::bytes_like(vm, v)?;
                let limit = if key == "key" { max } else { kind.salt() };
                if b.len() > limit {
                    return Err(vm.value_error(format!("maximum {key} length is {limit} bytes")));
                }
                match key {
                    "key" => p.key = b,
                    "salt" => p.salt = b,
                    _ => p.person = b,
                }
            }
            "fanout" => p.fanout = small(vm, v, 0, 255, "fanout must be between 0 and 255".into())?,
            "depth" => p.depth = small(vm, v, 1, 255, "depth must be between 1 and 255".into())?,
            "node_depth" => p.node_depth = small(vm, v, 0, 255, "node_depth must be between 0 and 255".into())?,
            "inner_size" => {
                p.inner_size = small(vm, v, 0, max as i64, format!("inner_size must be between 0 and is {max}"))?
            }
            "leaf_size" => p.leaf_size = unsigned(vm, v, u32::MAX as u64, "leaf_size is too large")? as u32,
            "node_offset" => {
                p.node_offset = if kind == Kind::B {
                    unsigned(vm, v, u64::MAX, "int too big to convert")?
                } else {
                    unsigned(vm, v, (1 << 48) - 1, "node_offset is too large")?
                }
            }
            "last_node" => p.last_node = vm.truthy(v)?,
            "usedforsecurity" => {}
            other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for {name}()"))),
        }
    }
    let data = a.get(0).unwrap_or(Value::NULL);
    if !data.is_null() {
        // Check the data before building the state, as CPython does.
        hash_data(vm, data)?;
    }
    let h = if kind == Kind::B { Hasher::Blake2b(Blake2b::new(&p)) } else { Hasher::Blake2s(Blake2s::new(&p)) };
    new_hash(vm, h, data)
}

//! `hashlib` (CPython's `Lib/hashlib.py` over `_hashlib`, documented semantics): the
//! constructors `md5`, `sha1`, `sha224`, `sha256`, `sha384`, `sha512` and `new(name)`, the
//! `HASH` objects (`update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`,
//! `block_size`), `algorithms_guaranteed`/`algorithms_available`, `pbkdf2_hmac` and
//! `file_digest`. The digests are the RustCrypto crates (`md-5`, `sha1`, `sha2`).
//!
//! A HASH object is a group-B `Cell` around the Rust hasher: `update` from several threads
//! is serialised by its mutex, as CPython's per-object lock does. The state holds no Values.

use std::sync::OnceLock;

use objmodel::Value;
use sha2::Digest;

use super::util;
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{set as pyset, str as pystr};
use crate::stdlib::modules_b::b::{self as nat, Trace};
use crate::vm::Vm;

/// The running state of one hash object.
#[derive(Clone)]
pub enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

impl Trace for Hasher {
    fn trace(&self, _f: &mut dyn FnMut(Value)) {}
}

/// Canonical names, in `algorithms_guaranteed` order.
const NAMES: [&str; 6] = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

macro_rules! each {
    ($h:expr, $x:ident => $e:expr) => {
        match $h {
            Hasher::Md5($x) => $e,
            Hasher::Sha1($x) => $e,
            Hasher::Sha224($x) => $e,
            Hasher::Sha256($x) => $e,
            Hasher::Sha384($x) => $e,
            Hasher::Sha512($x) => $e,
        }
    };
}

impl Hasher {
    /// A fresh hasher for a canonical or OpenSSL-style name (case-insensitive, `sha-256`).
    pub fn by_name(name: &str) -> Option<Hasher> {
        let lower = name.to_ascii_lowercase();
        Some(match lower.as_str() {
            "md5" => Hasher::Md5(md5::Md5::new()),
            "sha1" | "sha-1" => Hasher::Sha1(sha1::Sha1::new()),
            "sha224" | "sha-224" => Hasher::Sha224(sha2::Sha224::new()),
            "sha256" | "sha-256" => Hasher::Sha256(sha2::Sha256::new()),
            "sha384" | "sha-384" => Hasher::Sha384(sha2::Sha384::new()),
            "sha512" | "sha-512" => Hasher::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }
    pub fn name(&self) -> &'static str {
        match self {
            Hasher::Md5(_) => "md5",
            Hasher::Sha1(_) => "sha1",
            Hasher::Sha224(_) => "sha224",
            Hasher::Sha256(_) => "sha256",
            Hasher::Sha384(_) => "sha384",
            Hasher::Sha512(_) => "sha512",
        }
    }
    pub fn digest_size(&self) -> usize {
        match self {
            Hasher::Md5(_) => 16,
            Hasher::Sha1(_) => 20,
            Hasher::Sha224(_) => 28,
            Hasher::Sha256(_) => 32,
            Hasher::Sha384(_) => 48,
            Hasher::Sha512(_) => 64,
        }
    }
    pub fn block_size(&self) -> usize {
        match self {
            Hasher::Sha384(_) | Hasher::Sha512(_) => 128,
            _ => 64,
        }
    }
    pub fn update(&mut self, data: &[u8]) {
        each!(self, h => Digest::update(h, data))
    }
    /// The digest of what was fed so far (the state goes on).
    pub fn digest(&self) -> Vec<u8> {
        each!(self, h => h.clone().finalize().to_vec())
    }
    fn fresh(&self) -> Hasher {
        Hasher::by_name(self.name()).expect("canonical name")
    }
}

type H = nat::Cell<Hasher>;

static HASH_TYPE: OnceLock<usize> = OnceLock::new();

fn hash_type() -> &'static objmodel::TypeObj {
    nat::ty(&HASH_TYPE)
}

fn me(vm: &mut Vm, a: &Args) -> PyResult<&'static H> {
    nat::this::<Hasher>(vm, a.get(0), "_hashlib.HASH")
}

/// The bytes `update` and the constructors accept, with `_hashlib`'s messages.
fn hash_data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if pystr::is_str(v) {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match util::buffer_bytes(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

fn new_hash(vm: &mut Vm, mut h: Hasher, data: Value) -> PyResult {
    if !data.is_null() {
        let b = hash_data(vm, data)?;
        h.update(&b);
    }
    Ok(nat::new_obj(hash_type(), h))
}

fn h_update(vm: &mut Vm, a: Args) -> PyResult {
    let h = me(vm, &a)?;
    a.rest().check(vm, "HASH.update", 1, 1)?;
    let b = hash_data(vm, a.at(1))?;
    h.lock().update(&b);
    Ok(objmodel::none())
}

fn h_digest(vm: &mut Vm, a: Args) -> PyResult {
    let h = me(vm, &a)?;
    a.rest().check(vm, "HASH.digest", 0, 0)?;
    let d = h.lock().digest();
    Ok(objmodel::alloc::new_bytes(&d))
}

pub fn hex(d: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(d.len() * 2);
    for b in d {
        let _ = write!(s, "{b:02x}");
    }
    s
}

fn h_hexdigest(vm: &mut Vm, a: Args) -> PyResult {
    let h = me(vm, &a)?;
    a.rest().check(vm, "HASH.hexdigest", 0, 0)?;
    let d = h.lock().digest();
    Ok(pystr::new(&hex(&d)))
}

fn h_copy(vm: &mut Vm, a: Args) -> PyResult {
    let h = me(vm, &a)?;
    a.rest().check(vm, "HASH.copy", 0, 0)?;
    let c = h.lock().clone();
    Ok(nat::new_obj(hash_type(), c))
}

fn h_name(vm: &mut Vm, a: Args) -> PyResult {
    let h = me(vm, &a)?;
    let n = h.lock().name();
    Ok(pystr::new(n))
}

fn h_digest_size(vm: &mut Vm, a: Args) -> PyResult {
    let h = me(vm, &a)?;
    let n = h.lock().digest_size();
    Ok(Value::small(n as i64))
}

fn h_block_size(vm: &mut Vm, a: Args) -> PyResult {
    let h = me(vm, &a)?;
    let n = h.lock().block_size();
    Ok(Value::small(n as i64))
}

fn h_repr(vm: &mut Vm, a: Args) -> PyResult {
    let h = me(vm, &a)?;
    let n = h.lock().name();
    Ok(pystr::new(&format!("<{n} _hashlib.HASH object @ {:#x}>", a.at(0).raw())))
}

fn h_new(vm: &mut Vm, _a: Args) -> PyResult {
    Err(vm.type_error("cannot create '_hashlib.HASH' instances"))
}

/// `openssl_<name>(string=b'', *, usedforsecurity=True)`.
fn named(vm: &mut Vm, a: Args, name: &'static str) -> PyResult {
    let fname = format!("openssl_{name}");
    if a.len() > 1 {
        return Err(vm.type_error(format!("{fname}() takes at most 1 positional argument ({} given)", a.len())));
    }
    let mut data = a.get(0).unwrap_or(Value::NULL);
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        match pystr::as_str(*k).unwrap_or("") {
            "string" if data.is_null() => data = *v,
            "string" => {
                return Err(vm.type_error(format!("argument for {fname}() given by name ('string') and position (1)")));
            }
            "usedforsecurity" => {}
            other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for {fname}()"))),
        }
    }
    new_hash(vm, Hasher::by_name(name).expect("known name"), data)
}

fn c_md5(vm: &mut Vm, a: Args) -> PyResult {
    named(vm, a, "md5")
}
fn c_sha1(vm: &mut Vm, a: Args) -> PyResult {
    named(vm, a, "sha1")
}
fn c_sha224(vm: &mut Vm, a: Args) -> PyResult {
    named(vm, a, "sha224")
}
fn c_sha256(vm: &mut Vm, a: Args) -> PyResult {
    named(vm, a, "sha256")
}
fn c_sha384(vm: &mut Vm, a: Args) -> PyResult {
    named(vm, a, "sha384")
}
fn c_sha512(vm: &mut Vm, a: Args) -> PyResult {
    named(vm, a, "sha512")
}

fn algo_name(vm: &mut Vm, v: Value) -> PyResult<Hasher> {
    let Some(name) = pystr::as_str(v) else {
        return Err(vm.type_error("name must be a string"));
    };
    match Hasher::by_name(name) {
        Some(h) => Ok(h),
        None => Err(vm.value_error(format!("unsupported hash type {name}"))),
    }
}

/// `new(name, data=b'', **kwargs)`: `data` may also be given as `string`.
fn c_new(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 2 {
        return Err(vm.type_error(format!("__hash_new() takes from 1 to 2 positional arguments but {} were given", a.len())));
    }
    let mut name = a.get(0).unwrap_or(Value::NULL);
    let mut data = a.get(1).unwrap_or(Value::NULL);
    let mut string = Value::NULL;
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        match pystr::as_str(*k).unwrap_or("") {
            "name" if name.is_null() => name = *v,
            "data" if data.is_null() => data = *v,
            "name" | "data" => {
                let n = pystr::as_str(*k).unwrap_or("");
                return Err(vm.type_error(format!("__hash_new() got multiple values for argument '{n}'")));
            }
            "string" => string = *v,
            "usedforsecurity" => {}
            other => return Err(vm.type_error(format!("new() got an unexpected keyword argument '{other}'"))),
        }
    }
    if name.is_null() {
        return Err(vm.type_error("__hash_new() missing 1 required positional argument: 'name'"));
    }
    if !string.is_null() {
        // `hashlib.new` passes `data` on positionally, so `string=` always collides with it.
        return Err(vm.type_error("argument for new() given by name ('string') and position (2)"));
    }
    let h = algo_name(vm, name)?;
    new_hash(vm, h, data)
}

/// HMAC (RFC 2104) over one of the digests.
pub fn hmac(proto: &Hasher, key: &[u8], msg: &[u8]) -> Vec<u8> {
    let bs = proto.block_size();
    let mut k = if key.len() > bs {
        let mut h = proto.fresh();
        h.update(key);
        h.digest()
    } else {
        key.to_vec()
    };
    k.resize(bs, 0);
    let mut inner = proto.fresh();
    inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    inner.update(msg);
    let mut outer = proto.fresh();
    outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    outer.update(&inner.digest());
    outer.digest()
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)` (RFC 8018, PBKDF2).
fn pbkdf2_hmac(vm: &mut Vm, a: Args) -> PyResult {
    let [name, password, salt, iterations, dklen] =
        a.bind(vm, "pbkdf2_hmac", ["hash_name", "password", "salt", "iterations", "dklen"], 5, 4)?;
    let proto = algo_name(vm, name)?;
    let pw = util::bytes_like(vm, password)?;
    let salt = util::bytes_like(vm, salt)?;
    let iters = vm.index_value(iterations)?;
    if iters < 1 {
        return Err(vm.value_error("iteration value must be greater than 0."));
    }
    let dk = if dklen.is_null() || dklen.is_none() {
        proto.digest_size() as i64
    } else {
        vm.index_value(dklen)?
    };
    if dk < 1 {
        return Err(vm.value_error("key length must be greater than 0."));
    }
    let mut out = Vec::with_capacity(dk as usize);
    let mut block = 1u32;
    while out.len() < dk as usize {
        let mut m = salt.clone();
        m.extend_from_slice(&block.to_be_bytes());
        let mut u = hmac(&proto, &pw, &m);
        let mut t = u.clone();
        for _ in 1..iters {
            u = hmac(&proto, &pw, &u);
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        out.extend_from_slice(&t);
        block += 1;
    }
    out.truncate(dk as usize);
    Ok(objmodel::alloc::new_bytes(&out))
}

const PY: &str = r#"
def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    readable = getattr(fileobj, "readable", None)
    if not hasattr(fileobj, "read") or (readable is not None and not readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')
"#;

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    use crate::objects::define::{getset, method};
    let mut first = false;
    HASH_TYPE.get_or_init(|| {
        first = true;
        nat::new_type("HASH", "_hashlib").as_value().raw()
    });
    let t = hash_type();
    if first {
        nat::set_new(t, h_new);
        method(t, "update", h_update);
        method(t, "digest", h_digest);
        method(t, "hexdigest", h_hexdigest);
        method(t, "copy", h_copy);
        method(t, "__repr__", h_repr);
        getset(t, "name", h_name, None);
        getset(t, "digest_size", h_digest_size, None);
        getset(t, "block_size", h_block_size, None);
        nat::finish(t);
    }
    let (m, d) = util::new_module("hashlib");
    util::funcs(
        d,
        &[
            ("md5", c_md5),
            ("sha1", c_sha1),
            ("sha224", c_sha224),
            ("sha256", c_sha256),
            ("sha384", c_sha384),
            ("sha512", c_sha512),
            ("new", c_new),
            ("pbkdf2_hmac", pbkdf2_hmac),
        ],
    );
    for (set_name, frozen) in [("algorithms_guaranteed", true), ("algorithms_available", false)] {
        let s = if frozen { pyset::new_frozenset() } else { pyset::new_set() };
        for n in NAMES {
            pyset::add(vm, s, pystr::new(n))?;
        }
        util::set(d, set_name, s);
    }
    util::exec_in(vm, d, PY, "<hashlib>")?;
    Ok(m)
}

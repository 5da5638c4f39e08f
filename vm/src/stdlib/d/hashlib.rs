//! `hashlib` (CPython's `Lib/hashlib.py` over `_hashlib`, documented semantics): the
//! constructors `md5`, `sha1`, `sha224`, `sha256`, `sha384`, `sha512`, `sha3_*`,
//! `shake_128`/`shake_256`, `blake2b`/`blake2s` (in `blake2.rs`) and `new(name)`; the `HASH`
//! and `HASHXOF` objects (`update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`,
//! `block_size`); `algorithms_guaranteed`/`algorithms_available`, `pbkdf2_hmac` and
//! `file_digest`. The digests are the RustCrypto crates (`md-5`, `sha1`, `sha2`, `sha3`)
//! and, for BLAKE2, `blake2_core.rs`.
//!
//! A HASH object is a group-B `Cell` around the Rust hasher: `update` from several threads
//! is serialised by its mutex, as CPython's per-object lock does. The state holds no Values.

use std::sync::OnceLock;

use objmodel::Value;
use sha2::Digest;

use super::blake2_core::{Blake2b, Blake2s};
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
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Blake2b),
    Blake2s(Blake2s),
}

impl Trace for Hasher {
    fn trace(&self, _f: &mut dyn FnMut(Value)) {}
}

/// Canonical names (`algorithms_guaranteed`).
const NAMES: [&str; 14] = [
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
    "shake_128", "shake_256", "blake2b", "blake2s",
];

impl Hasher {
    /// A fresh hasher for a canonical or OpenSSL-style name (case-insensitive, `sha-256`);
    /// BLAKE2 with its default parameters.
    pub fn by_name(name: &str) -> Option<Hasher> {
        let lower = name.to_ascii_lowercase();
        Some(match lower.as_str() {
            "md5" => Hasher::Md5(md5::Md5::new()),
            "sha1" | "sha-1" => Hasher::Sha1(sha1::Sha1::new()),
            "sha224" | "sha-224" => Hasher::Sha224(sha2::Sha224::new()),
            "sha256" | "sha-256" => Hasher::Sha256(sha2::Sha256::new()),
            "sha384" | "sha-384" => Hasher::Sha384(sha2::Sha384::new()),
            "sha512" | "sha-512" => Hasher::Sha512(sha2::Sha512::new()),
            "sha3_224" | "sha3-224" => Hasher::Sha3_224(sha3::Sha3_224::new()),
            "sha3_256" | "sha3-256" => Hasher::Sha3_256(sha3::Sha3_256::new()),
            "sha3_384" | "sha3-384" => Hasher::Sha3_384(sha3::Sha3_384::new()),
            "sha3_512" | "sha3-512" => Hasher::Sha3_512(sha3::Sha3_512::new()),
            "shake_128" | "shake128" => Hasher::Shake128(sha3::Shake128::default()),
            "shake_256" | "shake256" => Hasher::Shake256(sha3::Shake256::default()),
            "blake2b" | "blake2b512" => Hasher::Blake2b(Blake2b::new(&super::blake2::default_params(64))),
            "blake2s" | "blake2s256" => Hasher::Blake2s(Blake2s::new(&super::blake2::default_params(32))),
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
            Hasher::Sha3_224(_) => "sha3_224",
            Hasher::Sha3_256(_) => "sha3_256",
            Hasher::Sha3_384(_) => "sha3_384",
            Hasher::Sha3_512(_) => "sha3_512",
            Hasher::Shake128(_) => "shake_128",
            Hasher::Shake256(_) => "shake_256",
            Hasher::Blake2b(_) => "blake2b",
            Hasher::Blake2s(_) => "blake2s",
        }
    }
    /// 0 for the extendable-output functions (shake), as in CPython.
    pub fn digest_size(&self) -> usize {
        match self {
            Hasher::Md5(_) => 16,
            Hasher::Sha1(_) => 20,
            Hasher::Sha224(_) | Hasher::Sha3_224(_) => 28,
            Hasher::Sha256(_) | Hasher::Sha3_256(_) => 32,
            Hasher::Sha384(_) | Hasher::Sha3_384(_) => 48,
            Hasher::Sha512(_) | Hasher::Sha3_512(_) => 64,
            Hasher::Shake128(_) | Hasher::Shake256(_) => 0,
            Hasher::Blake2b(b) => b.digest_size(),
            Hasher::Blake2s(b) => b.digest_size(),
        }
    }
    pub fn block_size(&self) -> usize {
        match self {
            Hasher::Sha384(_) | Hasher::Sha512(_) | Hasher::Blake2b(_) => 128,
            Hasher::Sha3_224(_) => 144,
            Hasher::Sha3_256(_) | Hasher::Shake256(_) => 136,
            Hasher::Sha3_384(_) => 104,
            Hasher::Sha3_512(_) => 72,
            Hasher::Shake128(_) => 168,
            _ => 64,
        }
    }
    pub fn is_xof(&self) -> bool {
        matches!(self, Hasher::Shake128(_) | Hasher::Shake256(_))
    }
    pub fn update(&mut self, data: &[u8]) {
        use sha3::digest::Update;
        match self {
            Hasher::Md5(h) => Digest::update(h, data),
            Hasher::Sha1(h) => Digest::update(h, data),
            Hasher::Sha224(h) => Digest::update(h, data),
            Hasher::Sha256(h) => Digest::update(h, data),
            Hasher::Sha384(h) => Digest::update(h, data),
            Hasher::Sha512(h) => Digest::update(h, data),
            Hasher::Sha3_224(h) => Digest::update(h, data),
            Hasher::Sha3_256(h) => Digest::update(h, data),
            Hasher::Sha3_384(h) => Digest::update(h, data),
            Hasher::Sha3_512(h) => Digest::update(h, data),
            Hasher::Shake128(h) => Update::update(h, data),
            Hasher::Shake256(h) => Update::update(h, data),
            Hasher::Blake2b(h) => h.update(data),
            Hasher::Blake2s(h) => h.update(data),
        }
    }
    /// The digest of what was fed so far (the state goes on); `len` bytes for shake.
    pub fn digest_len(&self, len: usize) -> Vec<u8> {
        use sha3::digest::{ExtendableOutput, XofReader};
        fn xof(r: &mut impl XofReader, len: usize) -> Vec<u8> {
            let mut out = vec![0u8; len];
            r.read(&mut out);
            out
        }
        match self {
            Hasher::Md5(h) => h.clone().finalize().to_vec(),
            Hasher::Sha1(h) => h.clone().finalize().to_vec(),
            Hasher::Sha224(h) => h.clone().finalize().to_vec(),
            Hasher::Sha256(h) => h.clone().finalize().to_vec(),
            Hasher::Sha384(h) => h.clone().finalize().to_vec(),
            Hasher::Sha512(h) => h.clone().finalize().to_vec(),
            Hasher::Sha3_224(h) => h.clone().finalize().to_vec(),
            Hasher::Sha3_256(h) => h.clone().finalize().to_vec(),
            Hasher::Sha3_384(h) => h.clone().finalize().to_vec(),
            Hasher::Sha3_512(h) => h.clone().finalize().to_vec(),
            Hasher::Shake128(h) => xof(&mut h.clone().finalize_xof(), len),
            Hasher::Shake256(h) => xof(&mut h.clone().finalize_xof(), len),
            Hasher::Blake2b(h) => h.digest(),
            Hasher::Blake2s(h) => h.digest(),
        }
    }
    /// The digest of a fixed-size hash.
    pub fn digest(&self) -> Vec<u8> {
        self.digest_len(0)
    }
    fn fresh(&self) -> Hasher {
        Hasher::by_name(self.name()).expect("canonical name")
    }
}

type H = nat::Cell<Hasher>;

static HASH_TYPE: OnceLock<usize> = OnceLock::new();
static XOF_TYPE: OnceLock<usize> = OnceLock::new();

fn hash_type() -> &'static objmodel::TypeObj {
    nat::ty(&HASH_TYPE)
}
fn xof_type() -> &'static objmodel::TypeObj {
    nat::ty(&XOF_TYPE)
}

fn me(vm: &mut Vm, a: &Args) -> PyResult<&'static H> {
    nat::this::<Hasher>(vm, a.get(0), "_hashlib.HASH")
}

/// The bytes `update` and the constructors accept, with `_hashlib`'s messages.
pub fn hash_data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if pystr::is_str(v) {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match util::buffer_bytes(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

pub fn new_hash(vm: &mut Vm, mut h: Hasher, data: Value) -> PyResult {
    if !data.is_null() {
        let b = hash_data(vm, data)?;
        h.update(&b);
    }
    let cls = match h {
        Hasher::Blake2b(_) | Hasher::Blake2s(_) => super::blake2::class_of(&h),
        _ if h.is_xof() => xof_type(),
        _ => hash_type(),
    };
    Ok(nat::new_obj(cls, h))
}

fn h_update(vm: &mut Vm, a: Args) -> PyResult {
    let h = me(vm, &a)?;
    a.rest().check(vm, "HASH.update", 1, 1)?;
    let b = hash_data(vm, a.at(1))?;
    h.lock().update(&b);
    Ok(objmodel::none())
}

/// The digest bytes for `digest()`/`hexdigest()`: shake objects take the length.
fn digest_of(vm: &mut Vm, a: &Args, method: &str) -> PyResult<Vec<u8>> {
    let h = me(vm, a)?;
    let xof = h.lock().is_xof();
    if !xof {
        a.rest().check(vm, &format!("HASH.{method}"), 0, 0)?;
        return Ok(h.lock().digest());
    }
    let [len] = a.rest().bind(vm, method, ["length"], 1, 1)?;
    let n = vm.index_value(len)?;
    if n < 0 {
        return Err(vm.new_error(vm.rt.exc.system_error, "Negative size passed to PyBytes_FromStringAndSize"));
    }
    if n > 1 << 30 {
        return Err(vm.new_error(vm.rt.exc.memory_error, String::new()));
    }
    Ok(h.lock().digest_len(n as usize))
}

fn h_digest(vm: &mut Vm, a: Args) -> PyResult {
    let d = digest_of(vm, &a, "digest")?;
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
    let d = digest_of(vm, &a, "hexdigest")?;
    Ok(pystr::new(&hex(&d)))
}

fn h_copy(vm: &mut Vm, a: Args) -> PyResult {
    let h = me(vm, &a)?;
    a.rest().check(vm, "HASH.copy", 0, 0)?;
    let c = h.lock().clone();
    Ok(nat::new_obj(a.at(0).class(), c))
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
    let t = a.at(0).class();
    let module = if t.is(hash_type()) || t.is(xof_type()) { "_hashlib" } else { "_blake2" };
    Ok(pystr::new(&format!("<{n} {module}.{} object @ {:#x}>", t.name_str(), a.at(0).raw())))
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
fn c_sha3_224(vm: &mut Vm, a: Args) -> PyResult {
    named(vm, a, "sha3_224")
}
fn c_sha3_256(vm: &mut Vm, a: Args) -> PyResult {
    named(vm, a, "sha3_256")
}
fn c_sha3_384(vm: &mut Vm, a: Args) -> PyResult {
    named(vm, a, "sha3_384")
}
fn c_sha3_512(vm: &mut Vm, a: Args) -> PyResult {
    named(vm, a, "sha3_512")
}
fn c_shake_128(vm: &mut Vm, a: Args) -> PyResult {
    named(vm, a, "shake_128")
}
fn c_shake_256(vm: &mut Vm, a: Args) -> PyResult {
    named(vm, a, "shake_256")
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
            _ if a.get(0).and_then(pystr::as_str).and_then(super::blake2::kind_of_name).is_some() => {}
            other => return Err(vm.type_error(format!("new() got an unexpected keyword argument '{other}'"))),
        }
    }
    if name.is_null() {
        return Err(vm.type_error("__hash_new() missing 1 required positional argument: 'name'"));
    }
    if let Some(kind) = pystr::as_str(name).and_then(super::blake2::kind_of_name) {
        // hashlib.new('blake2b', data, **kwargs) is blake2b(data, **kwargs).
        let mut names = Vec::new();
        let mut vals = Vec::new();
        for (k, v) in a.kwnames.iter().zip(a.kwvals) {
            if !matches!(pystr::as_str(*k), Some("name" | "data")) {
                names.push(*k);
                vals.push(*v);
            }
        }
        let pos: Vec<Value> = if data.is_null() { vec![] } else { vec![data] };
        return super::blake2::construct(vm, kind, Args::with_kw(&pos, &names, &vals));
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

/// An int argument that must fit a C long (CPython's message otherwise).
fn big_arg(vm: &mut Vm, v: Value) -> PyResult<i128> {
    use num_traits::ToPrimitive;
    let iv = vm.index(v)?;
    let b = crate::objects::int::to_bigint(iv).unwrap_or_default();
    match b.to_i64() {
        Some(x) => Ok(x as i128),
        None => Err(vm.overflow_error("Python int too large to convert to C long")),
    }
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)` (RFC 8018, PBKDF2).
fn pbkdf2_hmac(vm: &mut Vm, a: Args) -> PyResult {
    let [name, password, salt, iterations, dklen] =
        a.bind(vm, "pbkdf2_hmac", ["hash_name", "password", "salt", "iterations", "dklen"], 5, 4)?;
    let proto = algo_name(vm, name)?;
    let pw = util::bytes_like(vm, password)?;
    let salt = util::bytes_like(vm, salt)?;
    let iters = big_arg(vm, iterations)?;
    if iters < 1 {
        return Err(vm.value_error("iteration value must be greater than 0."));
    }
    if iters > u32::MAX as i128 {
        return Err(vm.overflow_error("iteration value is too great."));
    }
    let dk = if dklen.is_null() || dklen.is_none() {
        proto.digest_size() as i128
    } else {
        big_arg(vm, dklen)?
    };
    if dk < 1 {
        return Err(vm.value_error("key length must be greater than 0."));
    }
    if dk > u32::MAX as i128 {
        return Err(vm.overflow_error("key length is too great."));
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

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')
"#;

/// The methods every hash object has (HASH, HASHXOF, blake2b, blake2s).
pub fn define_methods(t: &objmodel::TypeObj) {
    use crate::objects::define::{getset, method};
    method(t, "update", h_update);
    method(t, "digest", h_digest);
    method(t, "hexdigest", h_hexdigest);
    method(t, "copy", h_copy);
    method(t, "__repr__", h_repr);
    getset(t, "name", h_name, None);
    getset(t, "digest_size", h_digest_size, None);
    getset(t, "block_size", h_block_size, None);
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let mut first = false;
    HASH_TYPE.get_or_init(|| {
        first = true;
        let _ = XOF_TYPE.set(nat::new_type("HASHXOF", "_hashlib").as_value().raw());
        nat::new_type("HASH", "_hashlib").as_value().raw()
    });
    if first {
        for t in [hash_type(), xof_type()] {
            nat::set_new(t, h_new);
            define_methods(t);
            nat::finish(t);
        }
    }
    let (b2b, b2s) = super::blake2::types();
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
            ("sha3_224", c_sha3_224),
            ("sha3_256", c_sha3_256),
            ("sha3_384", c_sha3_384),
            ("sha3_512", c_sha3_512),
            ("shake_128", c_shake_128),
            ("shake_256", c_shake_256),
            ("new", c_new),
            ("pbkdf2_hmac", pbkdf2_hmac),
        ],
    );
    util::set(d, "blake2b", b2b.as_value());
    util::set(d, "blake2s", b2s.as_value());
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

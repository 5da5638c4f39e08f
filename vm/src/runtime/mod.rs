//! The process-wide runtime: built-in types, exception types, interned names, the `builtins`
//! and `sys` modules, `sys.modules`, and the permanent roots. Created once by [`init`]; every
//! thread's [`Vm`](crate::vm::Vm) refers to it.

mod bootstrap;
mod exc_types;
pub mod type_docs;
pub mod names;

use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use objmodel::types::BuiltinTypes;
use objmodel::{TypeObj, Value};
use parking_lot::Mutex;

pub use bootstrap::new_builtin_type as bootstrap_type;
pub use exc_types::ExcTypes;
pub use names::Names;

/// Types that the runtime creates beyond objmodel's `BuiltinTypes` (iterators, views...).
pub struct ExtraTypes {
    pub list_iterator: &'static TypeObj,
    pub list_reverseiterator: &'static TypeObj,
    pub tuple_iterator: &'static TypeObj,
    pub str_iterator: &'static TypeObj,
    pub bytes_iterator: &'static TypeObj,
    pub range_iterator: &'static TypeObj,
    /// `bytearray_iterator` and `longrange_iterator`: the same iterators as `bytes_iterator` and
    /// `range_iterator` under CPython's names (a bytearray; a range beyond a C long).
    pub bytearray_iterator: &'static TypeObj,
    pub longrange_iterator: &'static TypeObj,
    pub set_iterator: &'static TypeObj,
    pub dict_keys: &'static TypeObj,
    pub dict_values: &'static TypeObj,
    pub dict_items: &'static TypeObj,
    pub dict_keyiterator: &'static TypeObj,
    pub dict_valueiterator: &'static TypeObj,
    pub dict_itemiterator: &'static TypeObj,
    pub dict_reversekeyiterator: &'static TypeObj,
    pub dict_reversevalueiterator: &'static TypeObj,
    pub dict_reverseitemiterator: &'static TypeObj,
    pub seq_iterator: &'static TypeObj,
    pub callable_iterator: &'static TypeObj,
    pub enumerate: &'static TypeObj,
    pub zip: &'static TypeObj,
    pub map: &'static TypeObj,
    pub filter: &'static TypeObj,
    pub reversed: &'static TypeObj,
    pub method_descriptor: &'static TypeObj,
    pub getset_descriptor: &'static TypeObj,
    pub wrapper_descriptor: &'static TypeObj,
    pub classmethod_descriptor: &'static TypeObj,
    pub method_wrapper: &'static TypeObj,
    pub member_descriptor: &'static TypeObj,
    pub mappingproxy: &'static TypeObj,
    pub traceback: &'static TypeObj,
    pub frame: &'static TypeObj,
    /// Generator-kind objects of `async def` functions and async generator functions.
    pub coroutine: &'static TypeObj,
    pub async_generator: &'static TypeObj,
    /// The marker `AsyncGenWrap` puts around values an async generator yields.
    pub async_gen_wrapped: &'static TypeObj,
}

/// The interned-name table: text -> the one str object for it.
pub type InternTable = HashMap<Box<str>, Value, std::hash::BuildHasherDefault<NameHasher>>;

/// FxHash (rustc's hasher) for the intern table: names are short and hashed on every
/// `intern` (exception attributes, `dict::set_by_name`, run-time attribute names), where
/// SipHash cost more than the probe. Not flood-resistant; the table holds identifiers and
/// attribute names, as CPython's interned dict does with its own non-keyed string hash.
#[derive(Default, Clone, Copy)]
pub struct NameHasher(u64);

impl std::hash::Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().unwrap())).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // The product's high bits are its well-mixed ones; hash tables index by the low bits
        // (an 8-aligned address hashed alone would leave the low three bits zero). As
        // rustc-hash 2 does.
        self.0.rotate_left(26)
    }
}

pub struct Runtime {
    pub types: &'static BuiltinTypes,
    pub extra: ExtraTypes,
    pub exc: ExcTypes,
    pub names: Names,
    /// The `builtins` module and its dict.
    pub builtins: Value,
    pub builtins_dict: Value,
    /// `sys.modules`.
    pub sys_modules: Value,
    interned: Mutex<InternTable>,
    /// Values that live as long as the process (module-level type objects of native modules,
    /// code constants...). Reported as GC roots.
    perm_roots: Mutex<Vec<Value>>,
    pub recursion_limit: AtomicUsize,
    /// Directory of the main script (first entry of sys.path), set by `main`.
    pub flags: RuntimeFlags,
}

/// Command-line switches that change runtime behaviour.
#[derive(Default)]
pub struct RuntimeFlags {
    pub gc_stats: std::sync::atomic::AtomicBool,
}

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

/// The runtime. Panics if `init` has not run (a start-up bug, not a user error).
#[inline(always)]
pub fn rt() -> &'static Runtime {
    RUNTIME.get().expect("runtime not initialised")
}

pub fn is_initialised() -> bool {
    RUNTIME.get().is_some()
}

/// Create the runtime (idempotent). The calling thread becomes a mutator.
pub fn init() -> &'static Runtime {
    if let Some(r) = RUNTIME.get() {
        return r;
    }
    objmodel::alloc::attach_thread();
    let r = bootstrap::create();
    if RUNTIME.set(r).is_err() {
        panic!("runtime initialised concurrently");
    }
    let r = rt();
    bootstrap::populate(r);
    crate::gc_glue::start_collector();
    r
}

impl Runtime {
    /// The interned str for `s` (one object per distinct text, for the process lifetime).
    pub fn intern(&self, s: &str) -> Value {
        let mut t = self.interned.lock();
        if let Some(v) = t.get(s) {
            return *v;
        }
        let v = objmodel::alloc::new_str(s);
        t.insert(s.into(), v);
        v
    }
    /// Interned version of an existing str Value (returns the canonical object).
    pub fn intern_value(&self, v: Value) -> Value {
        match crate::objects::str::as_str(v) {
            Some(s) => {
                let mut t = self.interned.lock();
                if let Some(x) = t.get(s) {
                    return *x;
                }
                t.insert(s.into(), v);
                v
            }
            None => v,
        }
    }
    /// Keep `v` alive for the rest of the process.
    pub fn add_root(&self, v: Value) {
        self.perm_roots.lock().push(v);
    }
    /// Report every permanent root.
    pub fn for_each_root(&self, f: &mut dyn FnMut(Value)) {
        for v in self.interned.lock().values() {
            f(*v);
        }
        for v in self.perm_roots.lock().iter() {
            f(*v);
        }
        f(self.builtins);
        f(self.builtins_dict);
        f(self.sys_modules);
        bootstrap::for_each_type_root(self, f);
    }
    pub fn recursion_limit(&self) -> usize {
        // Relaxed: a configuration value; a stale read only delays the new limit by a call.
        self.recursion_limit.load(Ordering::Relaxed)
    }
}

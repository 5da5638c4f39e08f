//! Type objects and the table of built-in types.
//!
//! A `TypeObj` is an ordinary heap object (kind `Type`) so that classes are collectable like any
//! other object. Built-in types are allocated once at start-up (`vm` creates them) and listed in
//! [`BuiltinTypes`], which the vm reports as a root for the whole process lifetime, so handing out
//! `&'static TypeObj` for them is sound.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use crate::header::{Header, Kind};
use crate::slot::Slot;
use crate::value::Value;

/// Type flags.
pub mod tflags {
    /// Created by a `class` statement (attributes may be set).
    pub const HEAPTYPE: u32 = 1 << 0;
    /// May be subclassed.
    pub const BASETYPE: u32 = 1 << 1;
    /// Instances carry a `__dict__` slot.
    pub const HAS_DICT: u32 = 1 << 2;
    /// Subclass of BaseException.
    pub const EXCEPTION: u32 = 1 << 3;
    /// The class or a base defines `__getattr__`.
    pub const HAS_GETATTR: u32 = 1 << 4;
    /// The class or a base defines `__getattribute__` in Python.
    pub const HAS_GETATTRIBUTE: u32 = 1 << 5;
    /// The class or a base defines `__setattr__`/`__delattr__` in Python.
    pub const HAS_SETATTR: u32 = 1 << 6;
    /// A Python-level class deriving from a built-in type other than object.
    pub const BUILTIN_SUBCLASS: u32 = 1 << 7;
    /// Instances use `__slots__` only (no dict).
    pub const SLOTS_ONLY: u32 = 1 << 8;
    /// The class or a base defines `__eq__` in Python.
    pub const HAS_EQ: u32 = 1 << 9;
    /// The class or a base defines `__hash__` in Python (or sets it to None).
    pub const HAS_HASH: u32 = 1 << 10;
    /// Error messages name the class `module.Name`, as CPython names its C types there
    /// (`'datetime.date'`, `'collections.OrderedDict'`); see `TypeObj::error_name`.
    pub const C_TYPE_NAME: u32 = 1 << 11;
    /// A Python-level class whose `__slots__` declares members of its own (not only
    /// `__dict__`/`__weakref__`): as in CPython, its instance layout differs from its base's,
    /// so it is its own "solid base" when classes with several bases are checked for layout
    /// conflicts.
    pub const OWN_SLOTS: u32 = 1 << 12;
    /// The class or a base defines `__del__` in Python: instances are registered for it with
    /// the collector (vm `finalize.rs`).
    pub const HAS_DEL: u32 = 1 << 13;
    /// A Python-level class (instance kind Object) whose instances have a `__dict__` and whose
    /// MRO declares slot members: its instances are allocated with a trailing slot table
    /// (layout.rs `object_slot_table`) so slot values stay out of `__dict__`, as in CPython.
    pub const MIXED_SLOTS: u32 = 1 << 14;
    /// `__abstractmethods__` was set to a true value on this class (CPython's
    /// `Py_TPFLAGS_IS_ABSTRACT`): `object.__new__` refuses to instantiate it.
    pub const IS_ABSTRACT: u32 = 1 << 15;
    /// Instances are no longer biased at allocation: the class's objects were revoked often
    /// (bulk revocation, see lock.rs and events.rs).
    pub const NO_BIAS: u32 = 1 << 16;
}

#[repr(C)]
pub struct TypeObj {
    pub h: Header,
    pub name: Slot,
    pub qualname: Slot,
    pub module: Slot,
    /// tuple of direct bases
    pub bases: Slot,
    /// primary base (the "solid" base whose layout instances use), NULL for `object`
    pub base: Slot,
    /// tuple: the C3 linearisation, starting with this type
    pub mro: Slot,
    pub dict: Slot,
    /// Weak-ish list of subclasses (list object) for invalidation and `__subclasses__`.
    pub subclasses: Slot,
    /// Layout kind of instances.
    pub instance_kind: AtomicU32,
    pub flags: AtomicU32,
    /// Bumped when the type's or an ancestor's attributes change (attribute caches key on it).
    pub version: AtomicU64,
}

impl TypeObj {
    #[inline]
    pub fn as_value(&self) -> Value {
        Value::from_header(&self.h as *const Header)
    }
    #[inline]
    pub fn instance_kind(&self) -> Kind {
        // Relaxed: set once before the type is published.
        Kind::from_u8(self.instance_kind.load(Ordering::Relaxed) as u8)
    }
    #[inline]
    pub fn flags(&self) -> u32 {
        // Relaxed: flags are monotonic hints set while the class is built or its dict changes;
        // readers re-check through the dict when a flag is set.
        self.flags.load(Ordering::Relaxed)
    }
    #[inline]
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags() & f != 0
    }
    pub fn set_flag(&self, f: u32) {
        // Relaxed: see `flags`.
        self.flags.fetch_or(f, Ordering::Relaxed);
    }
    pub fn clear_flag(&self, f: u32) {
        self.flags.fetch_and(!f, Ordering::Relaxed);
    }
    #[inline]
    pub fn version(&self) -> u64 {
        // Acquire: pairs with the Release bump in `bump_version`, so a cache filled after
        // reading version v saw the dict state at least as new as v.
        self.version.load(Ordering::Acquire)
    }
    pub fn bump_version(&self) {
        // Release: see `version`. Versions come from a global counter so that a type never
        // returns to an old version (caches compare for equality).
        let v = next_type_version();
        self.version.store(v, Ordering::Release);
    }
    /// The type's name as a Rust str.
    #[inline]
    pub fn name_str(&self) -> &str {
        let v = self.name.get();
        // SAFETY: `name` is always a str object (set at creation, `__name__` assignment checks).
        unsafe { v.cast::<crate::layout::StrObj>().as_str() }
    }
    /// The name error messages give the class (CPython's `tp_name`): `name`, or
    /// `module.name` for classes flagged `C_TYPE_NAME`.
    pub fn error_name(&self) -> std::borrow::Cow<'_, str> {
        if self.has_flag(tflags::C_TYPE_NAME) {
            let m = self.module.get();
            if m.is_ptr() && m.header().kind() == crate::Kind::Str {
                // SAFETY: checked just above that `m` is a str object.
                let m = unsafe { m.cast::<crate::layout::StrObj>().as_str() };
                return std::borrow::Cow::Owned(format!("{m}.{}", self.name_str()));
            }
        }
        std::borrow::Cow::Borrowed(self.name_str())
    }
    #[inline]
    pub fn is(&self, other: &TypeObj) -> bool {
        std::ptr::eq(self, other)
    }
}

static TYPE_VERSION: AtomicU64 = AtomicU64::new(1);

/// A fresh type version. Only class mutation (rare) touches this global counter.
pub fn next_type_version() -> u64 {
    // Relaxed: uniqueness is all that is needed; publication goes through `bump_version`.
    TYPE_VERSION.fetch_add(1, Ordering::Relaxed)
}

/// The built-in types, created by the vm at start-up.
pub struct BuiltinTypes {
    pub object: &'static TypeObj,
    pub type_: &'static TypeObj,
    pub int: &'static TypeObj,
    pub bool_: &'static TypeObj,
    pub float: &'static TypeObj,
    pub complex: &'static TypeObj,
    pub str_: &'static TypeObj,
    pub bytes: &'static TypeObj,
    pub bytearray: &'static TypeObj,
    pub tuple: &'static TypeObj,
    pub list: &'static TypeObj,
    pub dict: &'static TypeObj,
    pub set: &'static TypeObj,
    pub frozenset: &'static TypeObj,
    pub none: &'static TypeObj,
    pub ellipsis: &'static TypeObj,
    pub not_implemented: &'static TypeObj,
    pub function: &'static TypeObj,
    pub builtin_function: &'static TypeObj,
    pub method: &'static TypeObj,
    pub code: &'static TypeObj,
    pub cell: &'static TypeObj,
    pub module: &'static TypeObj,
    pub generator: &'static TypeObj,
    pub range: &'static TypeObj,
    pub slice: &'static TypeObj,
    pub property: &'static TypeObj,
    pub classmethod: &'static TypeObj,
    pub staticmethod: &'static TypeObj,
    pub super_: &'static TypeObj,
    pub base_exception: &'static TypeObj,
    /// Internal storage objects (never visible to Python code).
    pub internal: &'static TypeObj,
}

static BUILTIN_TYPES: OnceLock<BuiltinTypes> = OnceLock::new();

/// The built-in types. Panics if called before the vm has created them (a start-up bug).
#[inline(always)]
pub fn builtin_types() -> &'static BuiltinTypes {
    BUILTIN_TYPES.get().expect("builtin types used before start-up")
}

pub fn set_builtin_types(t: BuiltinTypes) {
    if BUILTIN_TYPES.set(t).is_err() {
        panic!("builtin types initialised twice");
    }
}

pub fn builtin_types_ready() -> bool {
    BUILTIN_TYPES.get().is_some()
}

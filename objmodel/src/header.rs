//! The object header shared by every heap object, and the layout kinds.
//!
//! ```text
//! offset 0   GcWord    size, mark state, STATIC flag, user byte = Kind   (owned by gc-concurrent)
//! offset 8   class     *const TypeObj (the Python type; `__class__` assignment stores it)
//! offset 16  lock      LockWord (see `lock.rs`)
//! ```
//! The *kind* says which Rust layout follows the header (list, dict, str, ...); the *class* says
//! which Python type the object has. A user subclass of `list` has kind `List` and its own class.

use std::sync::atomic::{AtomicPtr, Ordering};

use gc_concurrent::GcWord;

use crate::lock::LockWord;
use crate::types::TypeObj;

/// Which Rust layout follows the header. Stored in the GC word's user byte.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Kind {
    /// Plain instance of a user class (`ObjectObj`), also `object()` itself.
    Object = 0,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    /// Internal storage: a counted array of Values (list storage, frame snapshots, tables).
    Array,
    /// Internal storage: raw bytes holding no pointers (dict indices).
    RawArray,
    Type,
    Function,
    Builtin,
    BoundMethod,
    Code,
    Cell,
    Module,
    Generator,
    Range,
    Slice,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    Exception,
    NoneType,
    Bool,
    Ellipsis,
    NotImplemented,
    /// Iterators and small fixed-shape objects: a few Value fields plus a word of state.
    Iter,
    /// Dict views (`keys()`, `values()`, `items()`).
    DictView,
    /// An object whose payload is a boxed Rust value (`NativeObj`), freed by a finalizer.
    Native,
}

impl Kind {
    pub const COUNT: usize = Kind::Native as usize + 1;
    #[inline(always)]
    pub fn from_u8(b: u8) -> Kind {
        debug_assert!((b as usize) < Kind::COUNT);
        // SAFETY: kinds are written only by `alloc` from a valid `Kind`; INV-H1.
        unsafe { std::mem::transmute::<u8, Kind>(b) }
    }
}

/// The common header. INV-H1: `gc.user_byte()` is a valid `Kind` for the object's whole life.
#[repr(C)]
pub struct Header {
    pub gc: GcWord,
    class: AtomicPtr<TypeObj>,
    pub lock: LockWord,
}

impl Header {
    /// A header for a Rust `static` object (never collected).
    pub const fn new_static(size: usize, kind: Kind, class: *const TypeObj) -> Header {
        Header {
            gc: GcWord::new_static(size, kind as u8),
            class: AtomicPtr::new(class as *mut TypeObj),
            lock: LockWord::new(),
        }
    }
    #[inline(always)]
    pub fn kind(&self) -> Kind {
        Kind::from_u8(self.gc.user_byte())
    }
    #[inline(always)]
    pub fn class(&self) -> &'static TypeObj {
        // Relaxed: the class pointer is written before the object is published (publication is
        // Release, see `Slot::set`) and later only replaced by `__class__` assignment with another
        // live type; any value read is a valid type. Types are never freed while instances exist
        // (the header pointer is traced).
        let p = self.class.load(Ordering::Relaxed);
        // SAFETY: a class pointer always addresses a live TypeObj (above).
        unsafe { &*p }
    }
    pub fn set_class(&self, t: &TypeObj) {
        // SATB barrier (slot.rs): the old class may be reachable only through this object.
        // Relaxed: see `class`.
        let old = self.class.swap(t as *const TypeObj as *mut TypeObj, Ordering::Relaxed);
        if gc_concurrent::satb::active() {
            crate::alloc::satb_log(old as usize);
        }
    }
    pub(crate) fn init_class(&self, t: *const TypeObj) {
        self.class.store(t as *mut TypeObj, Ordering::Relaxed);
    }
    #[inline]
    pub fn size(&self) -> usize {
        self.gc.size()
    }
}

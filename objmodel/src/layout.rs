//! Rust layouts of heap objects, one `#[repr(C)]` struct per [`Kind`] family, each starting with
//! the [`Header`]. Variable-size objects (str, bytes, tuple, arrays, big ints) keep their items
//! inline after a length field, so one allocation holds the whole object.
//!
//! Mutable fields that other threads may read without the object's lock are [`Slot`]s and
//! [`Word`]s (atomic-ready); immutable objects (str, tuple, int, float) use plain fields written
//! only before the object is published.

use std::any::Any;
use std::sync::atomic::{AtomicI64, Ordering};

use crate::header::{Header, Kind};
use crate::slot::{Slot, Word};
use crate::value::Value;

/// Instance of a user class (or `object()`): attributes live in `dict`.
#[repr(C)]
pub struct ObjectObj {
    pub h: Header,
    pub dict: Slot,
}

#[repr(C)]
pub struct FloatObj {
    pub h: Header,
    pub val: f64,
}

#[repr(C)]
pub struct ComplexObj {
    pub h: Header,
    pub re: f64,
    pub im: f64,
}

/// A big int (outside the 63-bit small-int range): sign and little-endian base-2^32 magnitude.
#[repr(C)]
pub struct IntObj {
    pub h: Header,
    pub negative: bool,
    pub ndigits: usize,
    digits: [u32; 0],
}

impl IntObj {
    #[inline]
    pub fn digits(&self) -> &[u32] {
        // SAFETY: `ndigits` u32s follow the struct in the same allocation (set by the allocator
        // in `alloc::new_bigint_raw`, which sized the object for them); immutable after publication.
        unsafe { std::slice::from_raw_parts(self.digits.as_ptr(), self.ndigits) }
    }
    /// # Safety
    /// Only during initialisation, before the object is published.
    // Heap objects are reached through shared references; exclusive access is the caller's
    // obligation (the `# Safety` section), as with `UnsafeCell::get`.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn digits_mut(&self) -> &mut [u32] {
        // SAFETY: as in `digits`; the caller guarantees exclusive access.
        unsafe { std::slice::from_raw_parts_mut(self.digits.as_ptr() as *mut u32, self.ndigits) }
    }
}

/// Where the bytes of a str or bytes object are: the tail both structs end with.
///
/// The object is *flat* (its bytes follow the struct) or a *view* (its bytes lie in an append
/// buffer, which the first word after the struct names: str_append.rs). `ptr` says where the
/// bytes are either way, so reading one costs the same for both.
#[repr(C)]
pub struct ByteStore {
    /// The first byte: `data` (flat) or inside the owner buffer (view). Set before publication,
    /// immutable afterwards.
    ptr: *const u8,
    /// Flat: the bytes. View: the owner buffer, a Value.
    data: [u8; 0],
}

impl ByteStore {
    /// The `len` bytes.
    ///
    /// # Safety
    /// `len` is the owning object's length, and the store was initialised (`init_flat` or
    /// `init_view`) before the object was published.
    #[inline(always)]
    unsafe fn bytes(&self, len: usize) -> &[u8] {
        // SAFETY: `ptr` addresses `len` bytes, written before publication and immutable
        // afterwards: the object's own (flat) or a range of an append buffer that the view
        // keeps alive (str_append.rs INV-SA1, INV-SA2).
        unsafe { std::slice::from_raw_parts(self.ptr, len) }
    }
    /// Makes the (unpublished) object flat: its bytes follow the struct. Every constructor of a
    /// flat object calls it before writing the bytes.
    #[inline(always)]
    fn init_flat(&mut self) {
        self.ptr = self.data.as_ptr();
    }
    /// Makes the (unpublished) object a view of the bytes at `ptr` inside `owner`, an append
    /// buffer; the object must have room for one Value after the struct.
    ///
    /// # Safety
    /// The object's bytes from `ptr` lie inside `owner`'s claimed bytes (str_append.rs INV-SA1).
    unsafe fn init_view(&mut self, ptr: *const u8, owner: Value) {
        self.ptr = ptr;
        // SAFETY: the caller sized the object for one Value after the struct; unpublished.
        unsafe { (self.data.as_ptr() as *mut Value).write(owner) };
    }
    /// The append buffer a view's bytes lie in; None for a flat object.
    #[inline]
    fn view_owner(&self) -> Option<Value> {
        if std::ptr::eq(self.ptr, self.data.as_ptr()) {
            None
        } else {
            // SAFETY: a view holds its owner Value after the struct (`init_view`), immutable.
            Some(unsafe { (self.data.as_ptr() as *const Value).read() })
        }
    }
    /// The `len` bytes of a flat object, writable.
    ///
    /// # Safety
    /// Only during initialisation of a flat object (after `init_flat`), before it is published;
    /// `len` is its length.
    #[allow(clippy::mut_from_ref)]
    unsafe fn flat_mut(&self, len: usize) -> &mut [u8] {
        debug_assert!(std::ptr::eq(self.ptr, self.data.as_ptr()), "writing the bytes of a view, or before init_flat");
        // SAFETY: the bytes after the struct, exclusive during initialisation (the caller).
        unsafe { std::slice::from_raw_parts_mut(self.data.as_ptr() as *mut u8, len) }
    }
}

/// Generates the byte-storage methods of a str or bytes object (`$len`: its length in bytes),
/// all delegating to its `ByteStore`.
macro_rules! byte_store_methods {
    ($len:ident) => {
        /// Makes this (unpublished) object flat: its bytes follow the struct. Every constructor
        /// of a flat object calls it before writing the bytes.
        #[inline(always)]
        pub fn init_flat(&mut self) {
            self.store.init_flat();
        }
        /// Makes this (unpublished) object a view of its bytes at `ptr` inside `owner`, an
        /// append buffer; the object must have room for one Value after the struct.
        ///
        /// # Safety
        /// The object's bytes from `ptr` lie inside `owner`'s claimed bytes (str_append.rs
        /// INV-SA1).
        pub unsafe fn init_view(&mut self, ptr: *const u8, owner: Value) {
            // SAFETY: the caller's obligation, as stated above.
            unsafe { self.store.init_view(ptr, owner) }
        }
        /// The append buffer a view's bytes lie in; None for a flat object.
        #[inline]
        pub fn view_owner(&self) -> Option<Value> {
            self.store.view_owner()
        }
        /// # Safety
        /// Only during initialisation of a flat object (after `init_flat`), before the object
        /// is published.
        // Heap objects are reached through shared references; exclusive access is the caller's
        // obligation (the `# Safety` section), as with `UnsafeCell::get`.
        #[allow(clippy::mut_from_ref)]
        pub unsafe fn data_mut(&self) -> &mut [u8] {
            // SAFETY: the caller's obligation, as stated above; `$len` is the length.
            unsafe { self.store.flat_mut(self.$len) }
        }
    };
}

/// Immutable UTF-8 string with its length in characters and a lazily computed hash; flat or a
/// view (`ByteStore`).
#[repr(C)]
pub struct StrObj {
    pub h: Header,
    /// `-1` until computed; never -1 afterwards (hashes are never -1, as in CPython).
    pub hash: AtomicI64,
    pub nbytes: usize,
    pub nchars: usize,
    store: ByteStore,
}

impl StrObj {
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        // SAFETY: every constructor initialises the store before publication with `nbytes`
        // bytes of valid UTF-8, immutable afterwards.
        unsafe { std::str::from_utf8_unchecked(self.store.bytes(self.nbytes)) }
    }
    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.nbytes == self.nchars
    }
    byte_store_methods!(nbytes);
    /// Where the bytes start (`as_str().as_ptr()`).
    #[inline]
    pub fn bytes_ptr(&self) -> *const u8 {
        self.store.ptr
    }
    #[inline]
    pub fn cached_hash(&self) -> Option<i64> {
        // Relaxed: the hash is a pure function of the immutable bytes; racing writers store the
        // same value.
        let h = self.hash.load(Ordering::Relaxed);
        if h == -1 { None } else { Some(h) }
    }
    pub fn set_hash(&self, h: i64) {
        // Relaxed: see `cached_hash`.
        self.hash.store(h, Ordering::Relaxed)
    }
}

/// Immutable bytes, flat (its bytes follow the struct) or a view into an append buffer, as
/// a str (`ByteStore`, str_append.rs).
#[repr(C)]
pub struct BytesObj {
    pub h: Header,
    pub hash: AtomicI64,
    pub len: usize,
    store: ByteStore,
}

impl BytesObj {
    #[inline(always)]
    pub fn as_bytes(&self) -> &[u8] {
        // SAFETY: every constructor initialises the store before publication with `len`
        // bytes, immutable afterwards.
        unsafe { self.store.bytes(self.len) }
    }
    byte_store_methods!(len);
}

/// Immutable tuple with inline items.
#[repr(C)]
pub struct TupleObj {
    pub h: Header,
    pub len: usize,
    items: [Value; 0],
}

impl TupleObj {
    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        // SAFETY: `len` Values follow the struct, written before publication, immutable after.
        unsafe { std::slice::from_raw_parts(self.items.as_ptr(), self.len) }
    }
    /// # Safety
    /// Only during initialisation, before the object is published.
    // Heap objects are reached through shared references; exclusive access is the caller's
    // obligation (the `# Safety` section), as with `UnsafeCell::get`.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn items_mut(&self) -> &mut [Value] {
        // SAFETY: as in `items`; exclusive during initialisation.
        unsafe { std::slice::from_raw_parts_mut(self.items.as_ptr() as *mut Value, self.len) }
    }
}

/// Internal Value storage (list items, set/dict tables, generator frames). Items are `Slot`s
/// so that lock-free readers may load them while a writer stores.
#[repr(C)]
pub struct ArrayObj {
    pub h: Header,
    pub cap: usize,
    items: [Slot; 0],
}

impl ArrayObj {
    #[inline(always)]
    pub fn slots(&self) -> &[Slot] {
        // SAFETY: `cap` Slots follow the struct (zero = NULL when allocated).
        unsafe { std::slice::from_raw_parts(self.items.as_ptr(), self.cap) }
    }
}

/// Internal storage without pointers (dict index tables, bytearray data).
#[repr(C)]
pub struct RawArrayObj {
    pub h: Header,
    pub cap: usize,
    data: [u8; 0],
}

impl RawArrayObj {
    pub fn as_ptr(&self) -> *mut u8 {
        self.data.as_ptr() as *mut u8
    }
    /// # Safety
    /// The caller holds the owning object's lock or is its only user (no concurrent writer).
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn bytes_mut(&self) -> &mut [u8] {
        // SAFETY: `cap` bytes follow the struct; exclusivity per the caller's contract.
        unsafe { std::slice::from_raw_parts_mut(self.as_ptr(), self.cap) }
    }
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: `cap` bytes follow the struct.
        unsafe { std::slice::from_raw_parts(self.as_ptr(), self.cap) }
    }
    /// View as i32s (dict indices). `cap` is a multiple of 4 for such arrays.
    pub fn i32s(&self) -> &[std::sync::atomic::AtomicI32] {
        // SAFETY: the allocation is 8-aligned and `cap` bytes long; AtomicI32 has i32's layout.
        unsafe { std::slice::from_raw_parts(self.as_ptr() as *const std::sync::atomic::AtomicI32, self.cap / 4) }
    }
}

/// `list`: length and storage are atomic-ready so `len()` and indexing can be lock-free.
#[repr(C)]
pub struct ListObj {
    pub h: Header,
    pub len: Word,
    /// `ArrayObj` with `cap >= len`, or NULL when empty and never grown.
    pub store: Slot,
    /// Instance dict of a user subclass, else NULL.
    pub dict: Slot,
}

/// `bytearray`.
#[repr(C)]
pub struct ByteArrayObj {
    pub h: Header,
    pub len: Word,
    pub store: Slot,
    pub dict: Slot,
}

/// `dict`: a compact, insertion-ordered hash table in the style of CPython's
/// (Objects/dictobject.c): `indices` maps hash slots to entry numbers; `entries` holds
/// `(hash, key, value)` triples in insertion order (hash stored as a small int).
#[repr(C)]
pub struct DictObj {
    pub h: Header,
    /// Live entries.
    pub used: Word,
    /// Entries written so far, including deleted ones (next free entry index).
    pub nentries: Word,
    /// `RawArrayObj` of i32: -1 empty, -2 deleted, else entry index. Its length is a power of 2.
    pub indices: Slot,
    /// `ArrayObj` of 3 Slots per entry.
    pub entries: Slot,
    /// Bumped on every mutation; iteration checks it ("dictionary changed size during iteration").
    pub version: Word,
    pub dict: Slot,
    /// A one-hash-function Bloom filter of the (folded) hashes of every key ever inserted:
    /// bit `hash >> 57 & 63` set before the key's entry is published. A clear bit proves no
    /// key with that hash is present (vm `dict_table`, INV-DF1). Zero when allocated.
    pub key_filter: Word,
}

/// `set`/`frozenset`: open addressing with CPython's probing (Objects/setobject.c) so that the
/// iteration order of int sets matches CPython's.
#[repr(C)]
pub struct SetObj {
    pub h: Header,
    /// Active + dummy entries.
    pub fill: Word,
    pub used: Word,
    /// `ArrayObj` of 2 Slots per entry (hash as small int, key); NULL key = empty.
    pub table: Slot,
    pub version: Word,
    pub hash: Word,
    pub dict: Slot,
}

/// Python type objects are declared in `types.rs`.
pub use crate::types::TypeObj;

/// A Python function.
#[repr(C)]
pub struct FunctionObj {
    pub h: Header,
    pub code: Slot,
    pub globals: Slot,
    pub name: Slot,
    pub qualname: Slot,
    pub defaults: Slot,
    pub kwdefaults: Slot,
    pub closure: Slot,
    pub doc: Slot,
    pub module: Slot,
    pub dict: Slot,
}

/// A native function or method descriptor. `func` is a `vm` native function pointer stored as
/// a word (objmodel does not know the interpreter's types).
#[repr(C)]
pub struct BuiltinObj {
    pub h: Header,
    pub func: usize,
    pub name_ptr: *const u8,
    pub name_len: usize,
    /// Bound receiver (for `obj.method` objects and module functions that carry data) or NULL.
    pub bound: Slot,
    /// Extra Value the native code may use (e.g. the owning type), or NULL.
    pub data: Slot,
    pub flags: usize,
}

impl BuiltinObj {
    pub fn name(&self) -> &'static str {
        // SAFETY: name_ptr/name_len come from a `&'static str` (set in `alloc::new_builtin`).
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.name_ptr, self.name_len)) }
    }
}

/// Small fixed-shape objects (cells, bound methods, ranges, slices, iterators, generators,
/// properties, class/static methods, super, dict views): four Value slots and two words whose
/// meaning depends on the kind and `sub`.
#[repr(C)]
pub struct FixedObj {
    pub h: Header,
    pub sub: usize,
    pub a: Slot,
    pub b: Slot,
    pub c: Slot,
    pub d: Slot,
    pub i: Word,
    pub j: Word,
}

/// `BaseException` and subclasses.
#[repr(C)]
pub struct ExceptionObj {
    pub h: Header,
    pub args: Slot,
    /// List of traceback entries (see vm), or NULL.
    pub traceback: Slot,
    pub cause: Slot,
    pub context: Slot,
    pub suppress_context: Word,
    pub dict: Slot,
}

/// A module object.
#[repr(C)]
pub struct ModuleObj {
    pub h: Header,
    pub dict: Slot,
    pub name: Slot,
}

/// A compiled code object at run time: the compiler's Rust `CodeObject` (pointer owned by the
/// vm) plus its constants and names materialised as Values.
#[repr(C)]
pub struct CodeObj {
    pub h: Header,
    /// `*const vm::bytecode::CodeObject`, kept alive by the vm for the process lifetime.
    pub code: usize,
    pub consts: Slot,
    pub names: Slot,
    pub varnames: Slot,
    pub filename: Slot,
    pub name: Slot,
    pub qualname: Slot,
    /// Per-code data the interpreter attaches (inline caches), or NULL.
    pub cache: Slot,
}

/// Rust data owned by a heap object (deques, locks, files, PRNG state...). Must report the
/// Values it holds so the collector can trace them.
pub trait NativeData: Any + Send + Sync {
    fn trace(&self, visit: &mut dyn FnMut(Value));
    fn as_any(&self) -> &dyn Any;
}

/// An object owning a boxed `NativeData`; a finalizer drops the box when the object dies.
#[repr(C)]
pub struct NativeObj {
    pub h: Header,
    pub payload: Option<Box<dyn NativeData>>,
    pub dict: Slot,
}

impl NativeObj {
    #[inline]
    pub fn data<T: 'static>(&self) -> Option<&T> {
        self.payload.as_ref()?.as_any().downcast_ref::<T>()
    }
}

/// The trailing slot table of a plain instance (kind Object) allocated one word past
/// `ObjectObj` (vm `object.rs` does so for classes flagged `MIXED_SLOTS`): a dict holding the
/// instance's `__slots__` values apart from its `__dict__`. Detected by the object's size, so
/// it stays right if the instance's class is reassigned.
#[inline]
pub fn object_slot_table(obj: Value) -> Option<&'static crate::slot::Slot> {
    let h = obj.header();
    if h.kind() != Kind::Object || h.size() < std::mem::size_of::<ObjectObj>() + 8 {
        return None;
    }
    // SAFETY: the object's word past its ObjectObj fields was reserved (checked above); Slot
    // is a transparent atomic word.
    Some(unsafe { &*((obj.raw() + std::mem::size_of::<ObjectObj>()) as *const crate::slot::Slot) })
}

/// Whether objects of `kind` carry a trailing `__dict__` slot when their class is a Python
/// subclass (slots-only classes keep their slot values there too): the built-in layouts that
/// have no dict field of their own.
#[inline(always)]
pub fn may_trail_dict(kind: Kind) -> bool {
    matches!(kind, Kind::Str | Kind::Tuple | Kind::Int | Kind::Float | Kind::Complex | Kind::Bytes)
}

/// The trailing `__dict__` slot of a str, tuple, int, float, complex or bytes object, if it has
/// one. `alloc_raw` allocates such objects 8 bytes past their layout's size rounded up to 8
/// (the allocator rounds sizes to 8 and no further), so the slot exists exactly when the
/// object's size exceeds what its fields need, and is its last word.
pub fn trailing_dict(obj: Value) -> Option<&'static crate::slot::Slot> {
    let h = obj.header();
    // Only Python subclasses' instances have the slot; built-in instances may be allocated
    // with slack past their fields (`new_bigint_filled` trims an int's digits).
    if !h.class().has_flag(crate::types::tflags::HEAPTYPE) {
        return None;
    }
    // SAFETY (casts): each arm matches the layout of its kind (INV-H1).
    let need = unsafe {
        match h.kind() {
            Kind::Str => {
                let o = obj.cast::<StrObj>();
                std::mem::size_of::<StrObj>() + if o.view_owner().is_some() { std::mem::size_of::<Value>() } else { o.nbytes }
            }
            Kind::Tuple => std::mem::size_of::<TupleObj>() + obj.cast::<TupleObj>().len * std::mem::size_of::<Value>(),
            Kind::Int => std::mem::size_of::<IntObj>() + obj.cast::<IntObj>().ndigits * 4,
            Kind::Float => std::mem::size_of::<FloatObj>(),
            Kind::Complex => std::mem::size_of::<ComplexObj>(),
            Kind::Bytes => {
                let o = obj.cast::<BytesObj>();
                std::mem::size_of::<BytesObj>() + if o.view_owner().is_some() { std::mem::size_of::<Value>() } else { o.len }
            }
            _ => return None,
        }
    };
    let size = h.size();
    if size < need.max(16).next_multiple_of(8) + 8 {
        return None;
    }
    // SAFETY: the object's last word lies past its fields (checked above) and was reserved for
    // the dict by `alloc_raw`; Slot is a transparent atomic word.
    Some(unsafe { &*((obj.raw() + size - 8) as *const crate::slot::Slot) })
}

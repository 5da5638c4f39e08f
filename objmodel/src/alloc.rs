//! Allocation: every thread allocates through its own `gc_concurrent::Mutator` (bump
//! allocation, no atomics on the fast path). Constructors here write the header and return the
//! new object; the payload is zero-filled by the allocator (zero = NULL for Value fields).

use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;

use gc_concurrent::Mutator;

use crate::header::{Header, Kind};
use crate::layout::*;
use crate::types::TypeObj;
use crate::value::Value;

/// The calling thread's mutator, owned: dropped (its blocks handed back) when the thread
/// exits or detaches.
struct Owned(Option<Mutator>);

impl Drop for Owned {
    fn drop(&mut self) {
        // The fast pointer must never outlive the mutator: a TLS destructor that runs after
        // this one and allocates then attaches a fresh mutator instead of using a dangling one.
        CURRENT.with(|c| c.set(std::ptr::null_mut()));
    }
}

thread_local! {
    static MUTATOR: UnsafeCell<Owned> = const { UnsafeCell::new(Owned(None)) };
    /// The mutator in `MUTATOR`, or NULL when there is none. A const-initialised thread-local
    /// without a destructor: reading it is one thread-pointer-relative load, where reaching
    /// `MUTATOR` (which has a destructor) goes through the thread-local's registration check,
    /// an outlined call on every allocation.
    ///
    /// INV-AL1: non-NULL exactly while `MUTATOR` holds `Some`, and then the address of that
    /// mutator (thread-local storage does not move; `Owned::drop` and `detach_thread` clear it
    /// before the mutator goes).
    static CURRENT: Cell<*mut Mutator> = const { Cell::new(std::ptr::null_mut()) };
}

/// The calling thread's mutator, created (registered with the heap) on first use.
#[inline(always)]
fn mutator() -> &'static mut Mutator {
    let p = CURRENT.with(|c| c.get());
    if p.is_null() {
        return attach();
    }
    // SAFETY: INV-AL1: `p` is this thread's live mutator. Only this thread touches it, and never
    // re-entrantly (allocation and the SATB log do not call back into this module), so the
    // exclusive borrow is unique while the caller uses it.
    unsafe { &mut *p }
}

#[cold]
#[inline(never)]
fn attach() -> &'static mut Mutator {
    MUTATOR.with(|m| {
        // SAFETY: the thread-local is only touched by its own thread, never re-entrantly.
        let m = unsafe { &mut *m.get() };
        let mu = m.0.get_or_insert_with(|| gc_concurrent::heap().new_mutator());
        let p: *mut Mutator = mu;
        CURRENT.with(|c| c.set(p));
        // SAFETY: as in `mutator` (INV-AL1 now holds for `p`).
        unsafe { &mut *p }
    })
}

/// Register the calling thread as a mutator. Must be called before the thread allocates.
pub fn attach_thread() {
    attach();
}

/// Unregister the calling thread (its blocks go back to the heap).
pub fn detach_thread() {
    MUTATOR.with(|m| {
        // SAFETY: as in `attach`.
        let m = unsafe { &mut *m.get() };
        CURRENT.with(|c| c.set(std::ptr::null_mut()));
        m.0 = None;
    });
}

/// Whether the calling thread's allocator asks for a collection (checked at safepoints).
#[inline]
pub fn collection_due() -> bool {
    let p = CURRENT.with(|c| c.get());
    // SAFETY: INV-AL1 (a shared read by the owning thread).
    !p.is_null() && unsafe { &*p }.collection_due()
}

/// The SATB barrier's slow path (gc-concurrent's `satb.rs`): `old` (a raw Value) is being
/// overwritten in a heap object's pointer field while a marking runs; log it for the marker
/// unless it is not a pointer, a static, or already marked.
#[cold]
#[inline(never)]
pub fn satb_log(old: usize) {
    if !Value::from_raw(old).is_ptr() {
        return;
    }
    let p = CURRENT.with(|c| c.get());
    // SAFETY (both): `old` was just read from a pointer field of a live object, between two
    // safepoints, so it is a live heap object or a static (the functions' contract); `p` is
    // this thread's mutator when not NULL (INV-AL1), and the barrier does not re-enter here.
    if p.is_null() {
        // A thread that never allocated: no log of its own (registering a mutator here could
        // wait for a pause that waits for us).
        unsafe { gc_concurrent::heap().satb_log_shared(old as *const u8) }
    } else {
        unsafe { (*p).satb_log(old as *const u8) }
    }
}

/// Allocate `size` bytes for an object of `kind` and `class`; returns the zeroed object with its
/// header written.
#[inline]
pub fn alloc_raw(size: usize, kind: Kind, class: &TypeObj) -> NonNull<Header> {
    // Instances of Python subclasses of the immutable built-ins get a trailing `__dict__` slot
    // (layout.rs `trailing_dict`).
    // (`__slots__` values live in that dict too, vm slots.rs: slots-only classes get it as well.)
    let size = if class.has_flag(crate::types::tflags::HEAPTYPE) && crate::layout::may_trail_dict(kind) {
        size.next_multiple_of(8) + 8
    } else {
        size
    };
    let p = mutator().alloc(size, kind as u8);
    let h = p.cast::<Header>();
    // SAFETY: fresh, zeroed, 8-aligned allocation of `size >= size_of::<Header>()` bytes; the
    // GcWord is already initialised by the allocator; we are its only user until publication.
    unsafe { h.as_ref().init_class(class) };
    if lockable(kind) {
        // SAFETY: as above.
        unsafe { h.as_ref().lock.init(initial_lock_word(class)) };
    }
    h
}

/// Kinds whose objects are ever locked (their operations mutate shared storage).
#[inline(always)]
fn lockable(kind: Kind) -> bool {
    matches!(kind, Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray)
}

/// Objects are born biased to the allocating thread, unless their class was bulk-revoked
/// (lock.rs); the GIL build leaves the word zero.
#[inline(always)]
fn initial_lock_word(class: &TypeObj) -> usize {
    if cfg!(feature = "gil") {
        return 0;
    }
    let site = crate::events::alloc_site();
    let tid = crate::threads::current_tid();
    if tid != 0 && !class.has_flag(crate::types::tflags::NO_BIAS) {
        crate::lock::biased_word(tid, site)
    } else {
        crate::lock::thin_word(site)
    }
}

/// Allocate a fixed-size object of layout `T`.
#[inline]
pub fn alloc_obj<T>(kind: Kind, class: &TypeObj) -> &'static T {
    let h = alloc_raw(std::mem::size_of::<T>(), kind, class);
    // SAFETY: the allocation is sized for T, zeroed (a valid bit pattern for every layout in
    // `layout.rs`: Slots NULL, Words 0, Option<Box> None) and starts with the Header.
    unsafe { &*(h.as_ptr() as *const T) }
}

/// Value of a freshly allocated object.
#[inline]
pub fn value_of<T>(o: &T) -> Value {
    Value::from_header(o as *const T as *const Header)
}

fn types() -> &'static crate::types::BuiltinTypes {
    crate::types::builtin_types()
}

#[inline]
pub fn new_float(x: f64) -> Value {
    let o: &FloatObj = alloc_obj(Kind::Float, types().float);
    // SAFETY: unpublished fresh object (exclusive); `val` is a plain field.
    unsafe { *(std::ptr::addr_of!(o.val) as *mut f64) = x };
    value_of(o)
}

pub fn new_complex(re: f64, im: f64) -> Value {
    let o: &ComplexObj = alloc_obj(Kind::Complex, types().complex);
    // SAFETY: unpublished fresh object (exclusive).
    unsafe {
        *(std::ptr::addr_of!(o.re) as *mut f64) = re;
        *(std::ptr::addr_of!(o.im) as *mut f64) = im;
    }
    value_of(o)
}

/// A str object from UTF-8 text.
#[inline]
pub fn new_str(s: &str) -> Value {
    new_str_with_class(s, types().str_)
}

pub fn new_str_with_class(s: &str, class: &TypeObj) -> Value {
    let size = std::mem::size_of::<StrObj>() + s.len();
    let h = alloc_raw(size, Kind::Str, class);
    // SAFETY: sized for StrObj + bytes; exclusive until returned.
    let o = unsafe { &mut *(h.as_ptr() as *mut StrObj) };
    o.nbytes = s.len();
    o.nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
    o.hash = std::sync::atomic::AtomicI64::new(-1);
    o.init_flat();
    // SAFETY: unpublished; data_mut covers exactly nbytes.
    unsafe { o.data_mut().copy_from_slice(s.as_bytes()) };
    Value::from_header(h.as_ptr())
}

pub fn new_bytes(b: &[u8]) -> Value {
    new_bytes_with_class(b, types().bytes)
}

/// A new exact bytes object of `len` zeroed bytes that `fill` writes before publication.
pub fn new_bytes_filled(len: usize, fill: impl FnOnce(&mut [u8])) -> Value {
    let size = std::mem::size_of::<BytesObj>() + len;
    let h = alloc_raw(size, Kind::Bytes, types().bytes);
    // SAFETY: sized for BytesObj + bytes; exclusive until returned.
    let o = unsafe { &mut *(h.as_ptr() as *mut BytesObj) };
    o.len = len;
    o.hash = std::sync::atomic::AtomicI64::new(-1);
    o.init_flat();
    // SAFETY: unpublished.
    fill(unsafe { o.data_mut() });
    Value::from_header(h.as_ptr())
}

pub fn new_bytes_with_class(b: &[u8], class: &TypeObj) -> Value {
    let size = std::mem::size_of::<BytesObj>() + b.len();
    let h = alloc_raw(size, Kind::Bytes, class);
    // SAFETY: sized for BytesObj + bytes; exclusive until returned.
    let o = unsafe { &mut *(h.as_ptr() as *mut BytesObj) };
    o.len = b.len();
    o.hash = std::sync::atomic::AtomicI64::new(-1);
    o.init_flat();
    // SAFETY: unpublished.
    unsafe { o.data_mut().copy_from_slice(b) };
    Value::from_header(h.as_ptr())
}

#[inline]
pub fn new_tuple(items: &[Value]) -> Value {
    new_tuple_with_class(items, types().tuple)
}

pub fn new_tuple_with_class(items: &[Value], class: &TypeObj) -> Value {
    let size = std::mem::size_of::<TupleObj>() + std::mem::size_of_val(items);
    let h = alloc_raw(size, Kind::Tuple, class);
    // SAFETY: sized for TupleObj + items; exclusive until returned.
    let o = unsafe { &mut *(h.as_ptr() as *mut TupleObj) };
    o.len = items.len();
    // SAFETY: unpublished.
    unsafe { o.items_mut().copy_from_slice(items) };
    Value::from_header(h.as_ptr())
}

/// Internal Value array with `cap` NULL slots.
pub fn new_array(cap: usize) -> Value {
    let size = std::mem::size_of::<ArrayObj>() + cap * std::mem::size_of::<Value>();
    let h = alloc_raw(size, Kind::Array, types().internal);
    // SAFETY: sized for ArrayObj + cap slots; exclusive until returned.
    unsafe { (*(h.as_ptr() as *mut ArrayObj)).cap = cap };
    Value::from_header(h.as_ptr())
}

/// Internal raw byte array of `cap` zero bytes.
pub fn new_raw_array(cap: usize) -> Value {
    let size = std::mem::size_of::<RawArrayObj>() + cap.next_multiple_of(8);
    let h = alloc_raw(size, Kind::RawArray, types().internal);
    // SAFETY: sized for RawArrayObj + cap bytes; exclusive until returned.
    unsafe { (*(h.as_ptr() as *mut RawArrayObj)).cap = cap };
    Value::from_header(h.as_ptr())
}

/// A big-int object with `ndigits` zeroed digits; the caller fills them before publishing.
pub fn new_bigint_raw(negative: bool, ndigits: usize, class: &TypeObj) -> &'static IntObj {
    let size = std::mem::size_of::<IntObj>() + ndigits * 4;
    let h = alloc_raw(size, Kind::Int, class);
    // SAFETY: sized for IntObj + digits; exclusive until returned.
    let o = unsafe { &mut *(h.as_ptr() as *mut IntObj) };
    o.negative = negative;
    o.ndigits = ndigits;
    o
}

/// A big-int object of at most `cap` digits, which `fill` writes (into zeroed digits) and
/// whose normalized count it returns; the object is trimmed to them (zero is never negative).
/// `fill` must not allocate.
pub fn new_bigint_filled(negative: bool, cap: usize, class: &TypeObj, fill: impl FnOnce(&mut [u32]) -> usize) -> &'static IntObj {
    let size = std::mem::size_of::<IntObj>() + cap * 4;
    let h = alloc_raw(size, Kind::Int, class);
    // SAFETY: sized for IntObj + cap digits; exclusive until returned.
    let o = unsafe { &mut *(h.as_ptr() as *mut IntObj) };
    o.ndigits = cap;
    // SAFETY: unpublished; exactly `cap` (zeroed) digits follow the struct.
    let used = fill(unsafe { o.digits_mut() });
    debug_assert!(used <= cap);
    o.ndigits = used;
    o.negative = negative && used > 0;
    o
}

/// A native function object. `func` is a vm function pointer cast to a word.
pub fn new_builtin(name: &'static str, func: usize, bound: Value, flags: usize) -> Value {
    let o: &BuiltinObj = alloc_obj(Kind::Builtin, types().builtin_function);
    // SAFETY: unpublished fresh object (exclusive); plain fields.
    unsafe {
        let p = o as *const BuiltinObj as *mut BuiltinObj;
        (*p).func = func;
        (*p).name_ptr = name.as_ptr();
        (*p).name_len = name.len();
        (*p).flags = flags;
    }
    o.bound.set(bound);
    value_of(o)
}

/// A fixed-shape object (see `FixedObj`).
#[inline]
pub fn new_fixed(kind: Kind, class: &TypeObj, sub: usize, a: Value, b: Value, c: Value, d: Value) -> Value {
    let o: &FixedObj = alloc_obj(kind, class);
    // SAFETY: unpublished fresh object (exclusive); `sub` is a plain field.
    unsafe { *(std::ptr::addr_of!(o.sub) as *mut usize) = sub };
    o.a.set(a);
    o.b.set(b);
    o.c.set(c);
    o.d.set(d);
    value_of(o)
}

fn finalize_native(p: NonNull<u8>) {
    // SAFETY: registered only for NativeObj objects (in `new_native`); called once, when the
    // object is dead, so no other reference exists.
    let o = unsafe { &mut *(p.as_ptr() as *mut NativeObj) };
    o.payload = None;
}

/// An object owning Rust data; the data is dropped when the object is collected.
pub fn new_native(class: &TypeObj, data: Box<dyn NativeData>) -> Value {
    let h = alloc_raw(std::mem::size_of::<NativeObj>(), Kind::Native, class);
    // SAFETY: sized for NativeObj, zeroed (payload None); exclusive until returned. Writing the
    // Option<Box> in place: the old value is None, so nothing is dropped.
    unsafe { std::ptr::write(std::ptr::addr_of_mut!((*(h.as_ptr() as *mut NativeObj)).payload), Some(data)) };
    // In this thread's own list (no shared lock: generators are native objects).
    mutator().register_finalizer(h.cast(), finalize_native);
    Value::from_header(h.as_ptr())
}

/// A type object whose class pointer is still NULL: only for bootstrapping the built-in types
/// (the class of `type` is `type`, which does not exist yet). The caller sets the class with
/// `Header::set_class` before any other use.
pub fn alloc_type_uninit() -> &'static TypeObj {
    let p = mutator().alloc(std::mem::size_of::<TypeObj>(), Kind::Type as u8);
    // SAFETY: fresh zeroed allocation sized for TypeObj (zero is valid for all its fields).
    unsafe { &*(p.as_ptr() as *const TypeObj) }
}

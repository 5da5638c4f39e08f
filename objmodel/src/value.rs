//! `Value`: one machine word, either a tagged small integer or a pointer to a heap object.
//!
//! Encoding (INV-V1): bit 0 set → small int `v >> 1` (63-bit two's complement); bit 0 clear and
//! non-zero → address of an object [`Header`](crate::Header) (8-aligned); zero → `NULL`, the
//! "no value" marker used for unbound locals, empty slots and the `LoadMethod` sentinel. `NULL`
//! never escapes to Python code.
//!
//! Copying a `Value` is free: there are no reference counts. A `Value` held only in a Rust local
//! stays alive because the collector scans native stacks conservatively (see `gc-concurrent`).

use std::fmt;

use crate::header::{Header, Kind};
use crate::types::TypeObj;

/// A Python value: tagged small int or heap pointer (see the module doc).
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(usize);

/// Smallest and largest small ints (63-bit).
pub const SMALL_MIN: i64 = i64::MIN >> 1;
pub const SMALL_MAX: i64 = i64::MAX >> 1;

// SAFETY: a Value is a word; the objects it points to are shared through the heap whose
// concurrency protocols (lock word, atomic fields) make cross-thread use sound.
unsafe impl Send for Value {}
unsafe impl Sync for Value {}

impl Value {
    pub const NULL: Value = Value(0);

    #[inline(always)]
    pub const fn from_raw(w: usize) -> Value {
        Value(w)
    }
    #[inline(always)]
    pub const fn raw(self) -> usize {
        self.0
    }
    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }
    /// A small int if `i` fits in 63 bits.
    #[inline(always)]
    pub fn try_int(i: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) { Some(Value(((i << 1) | 1) as usize)) } else { None }
    }
    /// Small int; the caller guarantees the range (debug-checked).
    #[inline(always)]
    pub fn small(i: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&i));
        Value(((i << 1) | 1) as usize)
    }
    #[inline(always)]
    pub fn is_small(self) -> bool {
        self.0 & 1 == 1
    }
    #[inline(always)]
    pub fn as_small(self) -> Option<i64> {
        if self.is_small() { Some((self.0 as i64) >> 1) } else { None }
    }
    /// Payload of a small int; the caller checked `is_small`.
    #[inline(always)]
    pub fn small_unchecked(self) -> i64 {
        (self.0 as i64) >> 1
    }
    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.0 != 0 && self.0 & 1 == 0
    }
    #[inline(always)]
    pub fn from_header(h: *const Header) -> Value {
        debug_assert!(h as usize & 7 == 0 && !h.is_null());
        Value(h as usize)
    }
    #[inline(always)]
    pub fn header_ptr(self) -> *mut Header {
        debug_assert!(self.is_ptr());
        self.0 as *mut Header
    }
    /// The object header. Caller checked `is_ptr`.
    #[inline(always)]
    pub fn header(&self) -> &Header {
        debug_assert!(self.is_ptr(), "header() of non-pointer {:#x}", self.0);
        // SAFETY: INV-V1: a pointer Value addresses a live object (kept alive by being reachable
        // or on a scanned stack), whose first field is its Header.
        unsafe { &*(self.0 as *const Header) }
    }
    /// Layout kind; small ints report `Kind::Int`.
    #[inline(always)]
    pub fn kind(self) -> Kind {
        if self.is_small() { Kind::Int } else { self.header().kind() }
    }
    /// View the object as layout `T`. The caller has checked the kind.
    ///
    /// # Safety
    /// `self` must point to an object whose layout is `T` (its kind matches `T`).
    #[inline(always)]
    pub unsafe fn cast<'a, T>(self) -> &'a T {
        debug_assert!(self.is_ptr());
        // SAFETY: the caller guarantees the layout; liveness as in `header`.
        unsafe { &*(self.0 as *const T) }
    }
    /// The Python type object of this value.
    #[inline(always)]
    pub fn class(self) -> &'static TypeObj {
        if self.is_small() {
            crate::types::builtin_types().int
        } else {
            self.header().class()
        }
    }
    pub fn class_value(self) -> Value {
        Value::from_header(self.class() as *const TypeObj as *const Header)
    }
    /// Identity comparison (`is`).
    #[inline(always)]
    pub fn is(self, other: Value) -> bool {
        self.0 == other.0
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_null() {
            write!(f, "NULL")
        } else if let Some(i) = self.as_small() {
            write!(f, "{i}")
        } else {
            write!(f, "<{:?} @{:#x}>", self.kind(), self.0)
        }
    }
}

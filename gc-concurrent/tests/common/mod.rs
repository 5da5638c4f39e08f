//! A toy object model for the heap tests.
//!
//! ```text
//! offset  0  GcWord             (user byte = TOY_KIND)
//! offset  8  u64 n_fields
//! offset 16  u64 id
//! offset 24  n_fields × *const u8   outgoing pointers (null, heap objects, or STATIC)
//! then       payload bytes, byte i = pattern(id, i)
//! ```
//!
//! The client reports exact roots from a list and conservative roots from word ranges, and traces
//! the pointer fields. `check` verifies header, id and payload of an object.

#![allow(dead_code)]

use std::collections::HashSet;
use std::ptr::NonNull;

use gc_concurrent::{GcClient, GcWord, Mutator, Tracer};
use parking_lot::Mutex;

pub const TOY_KIND: u8 = 0x5A;
pub const HEADER: usize = 24;

/// A static toy object with no fields (pointers to it must be ignored by the GC).
#[repr(C)]
pub struct StaticToy {
    pub gc: GcWord,
    pub n: u64,
    pub id: u64,
}
pub static STATIC_TOY: StaticToy = StaticToy {
    gc: GcWord::new_static(24, TOY_KIND),
    n: 0,
    id: u64::MAX,
};

pub fn static_ptr() -> *const u8 {
    &STATIC_TOY as *const StaticToy as *const u8
}

#[inline]
pub fn pattern(id: u64, i: usize) -> u8 {
    (id.wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .rotate_left((i % 61) as u32) as u8)
        ^ (i as u8)
}

/// Total size of a toy object.
pub fn toy_size(n_fields: usize, payload: usize) -> usize {
    HEADER + 8 * n_fields + payload
}

/// Allocates a toy object and fills its id and payload.
pub fn new_obj(m: &mut Mutator, id: u64, n_fields: usize, payload: usize) -> NonNull<u8> {
    let size = toy_size(n_fields, payload);
    let p = m.alloc(size, TOY_KIND);
    // SAFETY (test): fresh allocation of `size` bytes, 8-aligned, zeroed.
    unsafe {
        let base = p.as_ptr();
        let word = GcWord::from_object(base);
        assert!(
            word.size() >= size && word.size() < size + 24,
            "size {} for {}",
            word.size(),
            size
        );
        assert_eq!(word.user_byte(), TOY_KIND);
        assert!(!word.is_static());
        for i in 8..word.size() {
            assert_eq!(*base.add(i), 0, "allocation not zeroed at byte {i}");
        }
        (base.add(8) as *mut u64).write(n_fields as u64);
        (base.add(16) as *mut u64).write(id);
        let pay = base.add(HEADER + 8 * n_fields);
        for i in 0..word.size() - HEADER - 8 * n_fields {
            *pay.add(i) = pattern(id, i);
        }
    }
    p
}

pub fn n_fields(obj: *const u8) -> usize {
    // SAFETY (test): `obj` is a toy object.
    unsafe { (obj.add(8) as *const u64).read() as usize }
}

pub fn id(obj: *const u8) -> u64 {
    // SAFETY (test): `obj` is a toy object.
    unsafe { (obj.add(16) as *const u64).read() }
}

pub fn field(obj: *const u8, i: usize) -> *const u8 {
    assert!(i < n_fields(obj));
    // SAFETY (test): `obj` is a toy object with more than `i` fields.
    unsafe { (obj.add(HEADER + 8 * i) as *const *const u8).read() }
}

pub fn set_field(obj: *const u8, i: usize, v: *const u8) {
    assert!(i < n_fields(obj));
    // SAFETY (test): `obj` is a toy object with more than `i` fields, owned by the caller.
    unsafe { (obj.add(HEADER + 8 * i) as *mut *const u8).write(v) }
}

/// Verifies that `obj` is an intact toy object with id `expect_id`.
pub fn check(obj: *const u8, expect_id: u64) {
    // SAFETY (test): `obj` is expected to be a live toy object.
    unsafe {
        let word = GcWord::from_object(obj);
        assert_eq!(word.user_byte(), TOY_KIND, "user byte of {obj:?}");
        assert!(!word.is_static());
        assert_eq!(id(obj), expect_id, "id of {obj:?}");
        let n = n_fields(obj);
        let pay = obj.add(HEADER + 8 * n);
        for i in 0..word.size() - HEADER - 8 * n {
            assert_eq!(
                *pay.add(i),
                pattern(expect_id, i),
                "payload byte {i} of {obj:?} (id {expect_id})"
            );
        }
    }
}

/// The objects reachable from `roots` through toy fields (statics excluded).
pub fn reachable(roots: &[usize]) -> HashSet<usize> {
    let mut seen = HashSet::new();
    let mut stack: Vec<usize> = roots.iter().copied().filter(|&r| r != 0).collect();
    while let Some(o) = stack.pop() {
        if o == static_ptr() as usize || !seen.insert(o) {
            continue;
        }
        for i in 0..n_fields(o as *const u8) {
            let f = field(o as *const u8, i) as usize;
            if f != 0 {
                stack.push(f);
            }
        }
    }
    seen
}

/// The toy client: exact roots and conservative ranges set by the test.
#[derive(Default)]
pub struct ToyClient {
    pub roots: Mutex<Vec<usize>>,
    pub ranges: Mutex<Vec<(usize, usize)>>,
    /// Also scan the collecting thread's own stack conservatively.
    pub scan_own_stack: bool,
}

impl ToyClient {
    pub fn new() -> ToyClient {
        ToyClient::default()
    }
    pub fn set_roots(&self, r: Vec<usize>) {
        *self.roots.lock() = r;
    }
}

impl GcClient for ToyClient {
    fn roots(&self, tracer: &mut Tracer) {
        for &r in self.roots.lock().iter() {
            tracer.visit(r as *const u8);
        }
        for &(lo, hi) in self.ranges.lock().iter() {
            tracer.visit_conservative(lo as *const usize, hi as *const usize);
        }
        if self.scan_own_stack {
            let (_, hi) = gc_concurrent::stack::current_thread_stack_bounds();
            gc_concurrent::stack::with_registers_spilled(|sp| {
                tracer.visit_conservative(sp as *const usize, hi as *const usize)
            });
        }
    }

    fn trace(&self, obj: NonNull<u8>, tracer: &mut Tracer) {
        let o = obj.as_ptr() as *const u8;
        for i in 0..n_fields(o) {
            tracer.visit(field(o, i));
        }
    }
}

/// Deterministic xorshift64* generator (tests print the seed on failure via the assert messages).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

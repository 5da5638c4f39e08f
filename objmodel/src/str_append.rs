//! Appending to a str or bytes in amortized constant time per byte, without reference counts.
//!
//! # Problem
//! `s += piece` in a loop is how many Python programs build text (and `b += chunk` how many
//! build binary data). CPython makes it linear by
//! resizing `s` in place when its reference count says nobody else can see it. This runtime
//! counts no references, so `s + piece` must make a new object and copy `s`: the loop was
//! quadratic (300,000 appends of short pieces took 150 s; CPython 0.03 s).
//!
//! # Scheme
//! A long concatenation result is a *view*: a str (or exact bytes) whose bytes lie in an
//! *append buffer* (a
//! `RawArray` of which the first word is `claimed`, the bytes in use, and the rest is text).
//! `x + y`, where `x` is a view that ends exactly at its buffer's `claimed` mark and the buffer
//! has room for `y`, claims the next `len(y)` bytes with one compare-and-swap, copies `y`
//! there, and returns a new view of `x`'s bytes followed by `y`'s — in the same buffer. `x` is
//! untouched: it still covers only its own bytes. Otherwise (a flat `x`, a full buffer, or a
//! buffer some other concatenation already extended past `x`), the result goes into a new
//! buffer with room to grow by half. Appending in a loop therefore copies each byte a bounded
//! number of times, and a str is never changed after it is published, so any thread may read
//! any view without a lock. bytes views work the same way, with the same buffers (a str buffer
//! and a bytes buffer are never shared: a view only extends a view of its own type).
//!
//! # Invariants
//! - INV-SA1: every byte of a buffer below `claimed` was written exactly once, by the thread
//!   whose compare-and-swap (or whose new buffer) claimed it, before that thread published the
//!   view that covers it; no byte at or above `claimed` is covered by any view. So a view's
//!   bytes are immutable for as long as anyone can read them.
//! - INV-SA2: a view names its buffer (a traced Value, `StrObj::view_owner`,
//!   `BytesObj::view_owner`), so the buffer
//!   lives as long as any view into it; the collector does not move objects, so `ptr` stays
//!   valid.
//!
//! # Orderings
//! `claimed` is Relaxed: it only hands out disjoint ranges (a compare-and-swap on one location
//! is totally ordered); it publishes nothing. The bytes a thread writes reach other threads with
//! the view that covers them, published like any other new object (INV-SA1). A thread that
//! extends a view it received from another thread reads `claimed` after that view's
//! publication, so by coherence it sees at least the end of that view.

use crate::alloc::{alloc_raw, new_raw_array};
use crate::types::builtin_types as types;
use crate::header::Kind;
use crate::layout::{BytesObj, RawArrayObj, StrObj};
use crate::value::Value;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Results shorter than this are flat (a view costs a buffer with spare room).
pub const VIEW_MIN_BYTES: usize = 256;

/// The `claimed` word at the start of a buffer's payload.
fn claimed(buf: &RawArrayObj) -> &AtomicUsize {
    // SAFETY: append buffers are RawArrays of at least 8 bytes, 8-aligned (`new_buffer`); the
    // first word is only ever accessed as this atomic.
    unsafe { &*(buf.as_ptr() as *const AtomicUsize) }
}

/// The first text byte of a buffer.
fn text(buf: &RawArrayObj) -> *mut u8 {
    // SAFETY: the text follows the 8-byte `claimed` word inside the array (`new_buffer`).
    unsafe { buf.as_ptr().add(8) }
}

/// A new str view of `nbytes` bytes (`nchars` characters) at `ptr` inside `buf`.
///
/// # Safety
/// INV-SA1: the range is claimed in `buf` and its bytes are written.
unsafe fn new_view(ptr: *const u8, nbytes: usize, nchars: usize, buf: Value) -> Value {
    let size = std::mem::size_of::<StrObj>() + std::mem::size_of::<Value>();
    let h = alloc_raw(size, Kind::Str, types().str_);
    // SAFETY: sized for StrObj + one Value; exclusive until returned.
    let o = unsafe { &mut *(h.as_ptr() as *mut StrObj) };
    o.nbytes = nbytes;
    o.nchars = nchars;
    o.hash = std::sync::atomic::AtomicI64::new(-1);
    // SAFETY: the caller's contract.
    unsafe { o.init_view(ptr, buf) };
    Value::from_header(h.as_ptr())
}

/// A new bytes view of `len` bytes at `ptr` inside `buf`.
///
/// # Safety
/// INV-SA1: the range is claimed in `buf` and its bytes are written.
unsafe fn new_bytes_view(ptr: *const u8, len: usize, buf: Value) -> Value {
    let size = std::mem::size_of::<BytesObj>() + std::mem::size_of::<Value>();
    let h = alloc_raw(size, Kind::Bytes, types().bytes);
    // SAFETY: sized for BytesObj + one Value; exclusive until returned.
    let o = unsafe { &mut *(h.as_ptr() as *mut BytesObj) };
    o.len = len;
    o.hash = std::sync::atomic::AtomicI64::new(-1);
    // SAFETY: the caller's contract.
    unsafe { o.init_view(ptr, buf) };
    Value::from_header(h.as_ptr())
}

/// Place the bytes of `x + y` in an append buffer and return where they start and the buffer:
/// right after `x`'s own bytes when `x` (at `x_ptr`, a view of `x_owner`) ends at its buffer's
/// `claimed` mark and the buffer has room (only `y` is copied), else in a new buffer with room
/// to grow by half. The returned range is claimed and written (INV-SA1).
fn append(x: &[u8], x_owner: Option<Value>, y: &[u8]) -> (*const u8, Value) {
    let n = x.len() + y.len();
    if let Some(owner) = x_owner {
        // SAFETY: a view's owner is an append buffer, a RawArray (INV-SA2).
        let buf = unsafe { owner.cast::<RawArrayObj>() };
        let base = text(buf);
        let end = x.as_ptr() as usize + x.len() - base as usize;
        let room = buf.cap - 8;
        let c = claimed(buf);
        // Relaxed: see the module doc.
        if c.load(Ordering::Relaxed) == end
            && end + y.len() <= room
            && c.compare_exchange(end, end + y.len(), Ordering::Relaxed, Ordering::Relaxed).is_ok()
        {
            // SAFETY: INV-SA1: bytes end..end+len(y) are ours alone (just claimed), inside the
            // buffer (checked against `room`), and no view covers them yet.
            unsafe { std::ptr::copy_nonoverlapping(y.as_ptr(), base.add(end), y.len()) };
            return (x.as_ptr(), owner);
        }
    }
    let room = n + n / 2 + 64;
    let owner = new_raw_array(8 + room);
    // SAFETY: a RawArray made just above.
    let buf = unsafe { owner.cast::<RawArrayObj>() };
    let base = text(buf);
    // Relaxed: the buffer is not published yet.
    claimed(buf).store(n, Ordering::Relaxed);
    // SAFETY: the new buffer has room for n bytes; nobody else sees it yet; INV-SA1.
    unsafe {
        std::ptr::copy_nonoverlapping(x.as_ptr(), base, x.len());
        std::ptr::copy_nonoverlapping(y.as_ptr(), base.add(x.len()), y.len());
    }
    (base, owner)
}

/// `x + y` as a str view (see the module doc); for results of at least [`VIEW_MIN_BYTES`].
pub fn concat(x: &StrObj, y: &StrObj) -> Value {
    let (a, b) = (x.as_str().as_bytes(), y.as_str().as_bytes());
    let (ptr, owner) = append(a, x.view_owner(), b);
    // SAFETY: `append` claimed and wrote the range (INV-SA1).
    unsafe { new_view(ptr, a.len() + b.len(), x.nchars + y.nchars, owner) }
}

/// `x + y` as an exact bytes view (see the module doc); for results of at least
/// [`VIEW_MIN_BYTES`]. `y` is copied before this returns, so it may be a bytearray's bytes.
pub fn concat_bytes(x: &BytesObj, y: &[u8]) -> Value {
    let a = x.as_bytes();
    let (ptr, owner) = append(a, x.view_owner(), y);
    // SAFETY: `append` claimed and wrote the range (INV-SA1).
    unsafe { new_bytes_view(ptr, a.len() + y.len(), owner) }
}

//! List operations that take a Python index or slice: `lst[i]`, `lst[i] = x`, `del lst[i]`,
//! `pop`, `insert`, and their slice forms.
//!
//! Each normalises its index (a negative index counts from the end; slices are adjusted with
//! `slice::Unpacked::adjust`) against the length it then acts on, under one hold of the list's
//! lock, so another thread's change can never slip between the bounds check and the access
//! (CPython does the same in its free-threaded build). Turning the index object into an
//! integer (`__index__`) may run Python code, so callers do it before, without the lock
//! (INV-L3). The storage protocol and its invariants (INV-LS1..3) are in `list.rs`.

use objmodel::Value;
use objmodel::layout::ListObj;

use super::list::{self, items_locked, obj};
use super::slice::Unpacked;

/// Normalise `i` against `len` (negative counts from the end); None if out of range.
#[inline]
fn norm(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as usize) < len { Some(j as usize) } else { None }
}

/// `lst[i]`. A non-negative index reads lock-free (`list::get`); a negative one depends on the
/// length, so it is normalised and read under the lock.
#[inline]
pub fn get_item(v: Value, i: i64) -> Option<Value> {
    if i >= 0 {
        return list::get(v, i as usize);
    }
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let s = items_locked(l);
    norm(i, s.len()).map(|j| s[j].get())
}

/// `lst[i] = x`; false if `i` is out of range.
pub fn set_item(v: Value, i: i64, x: Value) -> bool {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let s = items_locked(l);
    match norm(i, s.len()) {
        Some(j) => {
            s[j].set(x);
            true
        }
        None => false,
    }
}

/// `del lst[i]`; false if `i` is out of range.
pub fn del_item(v: Value, i: i64) -> bool {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    match norm(i, l.len.get()) {
        Some(j) => {
            list::remove_at_locked(l, j);
            true
        }
        None => false,
    }
}

/// Why `pop` failed (CPython's two messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PopError {
    /// "pop from empty list"
    Empty,
    /// "pop index out of range"
    OutOfRange,
}

/// `lst.pop(i)`.
pub fn pop_item(v: Value, i: i64) -> Result<Value, PopError> {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let n = l.len.get();
    if n == 0 {
        return Err(PopError::Empty);
    }
    match norm(i, n) {
        Some(j) => Ok(list::remove_at_locked(l, j)),
        None => Err(PopError::OutOfRange),
    }
}

/// `lst.insert(i, x)`: a negative `i` counts from the end; both ends clamp.
pub fn insert_item(v: Value, i: i64, x: Value) {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let n = l.len.get() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    list::insert_locked(l, pos as usize, x);
}

/// `lst[slice]` as a new list, its item array filled straight from the source under the
/// source's lock. Nothing is allocated with the lock held (INV-L3 of objmodel's lock.rs: an
/// allocation may wait for a collection): the array is sized from a length read before, and
/// when the list's length changed meanwhile the attempt is dropped and repeated.
pub fn slice_to_new_list(v: Value, sl: Unpacked) -> Value {
    let l = obj(v);
    loop {
        let guess = sl.adjust(l.len.get()).3;
        let arr = if guess == 0 { Value::NULL } else { objmodel::alloc::new_array(guess) };
        let filled = {
            let _guard = l.h.lock.lock();
            let s = items_locked(l);
            let (start, _, step, n) = sl.adjust(s.len());
            if n != guess {
                false
            } else {
                if n > 0 {
                    // SAFETY: `new_array` returns an ArrayObj of `guess` slots; unpublished.
                    let dst = unsafe { arr.cast::<objmodel::layout::ArrayObj>() }.slots();
                    if step == 1 {
                        for (d, x) in dst.iter().zip(&s[start as usize..start as usize + n]) {
                            d.set(x.get());
                        }
                    } else {
                        for (k, d) in dst.iter().enumerate() {
                            d.set(s[(start + k as i64 * step) as usize].get());
                        }
                    }
                }
                true
            }
        };
        if filled {
            return list::new_list_from_array(arr, guess);
        }
    }
}

/// `del lst[slice]`.
pub fn del_slice(v: Value, sl: Unpacked) {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let (start, stop, step, n) = sl.adjust(l.len.get());
    if step == 1 {
        splice_locked(l, start as usize, stop.max(start) as usize, &[]);
    } else {
        delete_extended_locked(l, start, step, n);
    }
}

/// `lst[slice] = xs` (the items already collected). For an extended slice whose length is not
/// `xs.len()`, changes nothing and returns Err(slice length) for CPython's ValueError.
pub fn set_slice(v: Value, sl: Unpacked, xs: &[Value]) -> Result<(), usize> {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let (start, stop, step, n) = sl.adjust(l.len.get());
    if step == 1 {
        splice_locked(l, start as usize, stop.max(start) as usize, xs);
        return Ok(());
    }
    if n != xs.len() {
        return Err(n);
    }
    let s = items_locked(l);
    for (k, x) in xs.iter().enumerate() {
        s[(start + k as i64 * step) as usize].set(*x);
    }
    Ok(())
}

/// Replace items `[start, stop)` by `xs` (CPython's `list_ass_slice`), lock held; indices are
/// clamped to the length.
fn splice_locked(l: &ListObj, start: usize, stop: usize, xs: &[Value]) {
    let n = l.len.get();
    let start = start.min(n);
    let stop = stop.clamp(start, n);
    let newlen = n - (stop - start) + xs.len();
    if newlen == 0 {
        list::replace_all_locked(l, &[]);
        return;
    }
    let s = list::grow_locked(l, newlen).slots();
    let tail = n - stop;
    let dst = start + xs.len();
    // Each slot is stored once (INV-LS2): the tail moves first (away from the slots it
    // vacates), then `xs` fills `[start, dst)`, which the tail never touches.
    if dst > stop {
        for k in (0..tail).rev() {
            s[dst + k].set(s[stop + k].get());
        }
    } else if dst < stop {
        for k in 0..tail {
            s[dst + k].set(s[stop + k].get());
        }
    }
    for (k, x) in xs.iter().enumerate() {
        s[start + k].set(*x);
    }
    l.len.set(newlen);
    // Clear the vacated slots after publishing the shorter length (as `remove_at_locked`).
    for slot in s.iter().take(n).skip(newlen) {
        slot.set(Value::NULL);
    }
}

/// Delete the `n` items at `start, start+step, ...` (an adjusted extended slice), lock held.
fn delete_extended_locked(l: &ListObj, start: i64, step: i64, n: usize) {
    if n == 0 {
        return;
    }
    // Walk upwards whatever the sign of the step.
    let (lo, st) = if step < 0 { (start + (n as i64 - 1) * step, -step) } else { (start, step) };
    let s = items_locked(l);
    let (lo, st) = (lo as usize, st as usize);
    let mut w = lo;
    let mut next_del = lo;
    let mut deleted = 0;
    for r in lo..s.len() {
        if deleted < n && r == next_del {
            deleted += 1;
            next_del = r + st;
            continue;
        }
        s[w].set(s[r].get());
        w += 1;
    }
    l.len.set(w);
    for slot in &s[w..] {
        slot.set(Value::NULL);
    }
}

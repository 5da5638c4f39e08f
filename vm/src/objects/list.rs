//! `list` core: storage management (items in an internal `ArrayObj` that grows by
//! reallocation; the old array stays valid for any reader still holding it, because the
//! collector frees it only once nothing — including a native stack — refers to it).
//!
//! Threads: writers hold the list's lock (`objmodel::lock`, INV-L2); readers load `store` then `len`
//! (both Acquire) and index within `min(len, cap)`, so a racing resize never makes them read
//! outside an array.

use objmodel::layout::{ArrayObj, ListObj};
use objmodel::{Kind, Value};

#[inline(always)]
pub fn is_list(v: Value) -> bool {
    v.is_ptr() && v.header().kind() == Kind::List
}

#[inline(always)]
pub fn obj(v: Value) -> &'static ListObj {
    debug_assert!(is_list(v));
    // SAFETY: kind List has layout ListObj (debug-checked by callers' kind test).
    unsafe { v.cast::<ListObj>() }
}

#[inline(always)]
fn array(a: Value) -> Option<&'static ArrayObj> {
    // SAFETY: `store` is NULL or an ArrayObj (only this module writes it).
    if a.is_null() { None } else { Some(unsafe { a.cast::<ArrayObj>() }) }
}

pub fn new_list(items: &[Value]) -> Value {
    new_list_with_class(items, objmodel::builtin_types().list)
}

pub fn new_list_with_class(items: &[Value], class: &objmodel::TypeObj) -> Value {
    let l: &ListObj = objmodel::alloc::alloc_obj(Kind::List, class);
    if !items.is_empty() {
        let a = objmodel::alloc::new_array(items.len());
        let arr = array(a).unwrap();
        for (s, v) in arr.slots().iter().zip(items) {
            s.set(*v);
        }
        l.store.set(a);
        l.len.set(items.len());
    }
    objmodel::alloc::value_of(l)
}

#[inline(always)]
pub fn len(v: Value) -> usize {
    obj(v).len.get()
}

/// Item `i` if in range.
#[inline]
pub fn get(v: Value, i: usize) -> Option<Value> {
    let l = obj(v);
    let a = array(l.store.get())?;
    let n = l.len.get().min(a.cap);
    if i < n { Some(a.slots()[i].get()) } else { None }
}

/// Store item `i` (caller checked the index).
#[inline]
pub fn set(v: Value, i: usize, x: Value) {
    let _guard = obj(v).h.lock.lock();
    let l = obj(v);
    if let Some(a) = array(l.store.get())
        && i < a.cap
    {
        a.slots()[i].set(x);
    }
}

/// A snapshot of the items (copies; for iteration that may run Python code).
pub fn to_vec(v: Value) -> Vec<Value> {
    let l = obj(v);
    let Some(a) = array(l.store.get()) else { return Vec::new() };
    let n = l.len.get().min(a.cap);
    a.slots()[..n].iter().map(|s| s.get()).collect()
}

/// Call `f` on each item without copying (f must not run Python code that mutates the list).
pub fn with_items<R>(v: Value, f: impl FnOnce(&[objmodel::Slot]) -> R) -> R {
    let l = obj(v);
    match array(l.store.get()) {
        Some(a) => {
            let n = l.len.get().min(a.cap);
            f(&a.slots()[..n])
        }
        None => f(&[]),
    }
}

fn grow(l: &ListObj, need: usize) -> &'static ArrayObj {
    let old = array(l.store.get());
    if let Some(o) = old
        && need <= o.cap
    {
        return o;
    }
    // CPython's over-allocation pattern: ~1.125x + 6, with a small minimum.
    let new_cap = (need + (need >> 3) + 6).max(4);
    let na = objmodel::alloc::new_array(new_cap);
    let arr = array(na).unwrap();
    if let Some(o) = old {
        let n = l.len.get().min(o.cap);
        for (d, s) in arr.slots()[..n].iter().zip(&o.slots()[..n]) {
            d.set(s.get());
        }
    }
    // Release (Slot::set): the copied items are visible to readers that see the new array.
    l.store.set(na);
    arr
}

pub fn append(v: Value, x: Value) {
    let _guard = obj(v).h.lock.lock();
    let l = obj(v);
    let n = l.len.get();
    let a = match array(l.store.get()) {
        Some(a) if n < a.cap => a,
        _ => grow(l, n + 1),
    };
    a.slots()[n].set(x);
    // Release: the item store above happens-before a reader's Acquire load of the new length.
    l.len.set(n + 1);
}

pub fn extend_from_slice(v: Value, xs: &[Value]) {
    let _guard = obj(v).h.lock.lock();
    let l = obj(v);
    let n = l.len.get();
    let a = grow(l, n + xs.len());
    for (i, x) in xs.iter().enumerate() {
        a.slots()[n + i].set(*x);
    }
    l.len.set(n + xs.len());
}

/// Insert at `i` (clamped to [0, len]).
pub fn insert(v: Value, i: usize, x: Value) {
    let _guard = obj(v).h.lock.lock();
    let l = obj(v);
    let n = l.len.get();
    let i = i.min(n);
    let a = grow(l, n + 1);
    let s = a.slots();
    let mut j = n;
    while j > i {
        s[j].set(s[j - 1].get());
        j -= 1;
    }
    s[i].set(x);
    l.len.set(n + 1);
}

/// Remove and return item `i` (caller checked the index).
pub fn remove_at(v: Value, i: usize) -> Value {
    let _guard = obj(v).h.lock.lock();
    let l = obj(v);
    let n = l.len.get();
    let Some(a) = array(l.store.get()) else { return Value::NULL };
    if i >= n || n > a.cap {
        // A concurrent removal shrank the list after the caller's bounds check.
        return Value::NULL;
    }
    let s = a.slots();
    let x = s[i].get();
    for j in i..n - 1 {
        s[j].set(s[j + 1].get());
    }
    s[n - 1].set(Value::NULL);
    l.len.set(n - 1);
    x
}

/// Replace the whole contents.
pub fn replace_all(v: Value, xs: &[Value]) {
    let _guard = obj(v).h.lock.lock();
    let l = obj(v);
    if xs.is_empty() {
        l.len.set(0);
        l.store.set(Value::NULL);
        return;
    }
    let na = objmodel::alloc::new_array(xs.len());
    let arr = array(na).unwrap();
    for (s, x) in arr.slots().iter().zip(xs) {
        s.set(*x);
    }
    l.len.set(0);
    l.store.set(na);
    l.len.set(xs.len());
}

/// Truncate to `n` items.
pub fn truncate(v: Value, n: usize) {
    let _guard = obj(v).h.lock.lock();
    let l = obj(v);
    let len = l.len.get();
    if n >= len {
        return;
    }
    if let Some(a) = array(l.store.get()) {
        for s in &a.slots()[n..len] {
            s.set(Value::NULL);
        }
    }
    l.len.set(n);
}

/// The items at `start, start+step, ...` (`n` of them; indices already clamped by the caller
/// for the current length), a snapshot taken under the lock.
pub fn slice_values(v: Value, start: i64, step: i64, n: usize) -> Vec<Value> {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let Some(a) = array(l.store.get()) else { return Vec::new() };
    let len = l.len.get().min(a.cap) as i64;
    let s = a.slots();
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        if i < 0 || i >= len {
            break;
        }
        out.push(s[i as usize].get());
        i += step;
    }
    out
}

/// Replace items `[start, stop)` by `xs` (CPython's `list_ass_slice`); indices are clamped to
/// the current length.
pub fn splice(v: Value, start: usize, stop: usize, xs: &[Value]) {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let n = l.len.get();
    let start = start.min(n);
    let stop = stop.clamp(start, n);
    let newlen = n - (stop - start) + xs.len();
    if newlen == 0 {
        l.len.set(0);
        l.store.set(Value::NULL);
        return;
    }
    let a = grow(l, newlen);
    let s = a.slots();
    let tail = n - stop;
    let dst = start + xs.len();
    if dst > stop {
        // Growing: move the tail right, from the end.
        for k in (0..tail).rev() {
            s[dst + k].set(s[stop + k].get());
        }
    } else if dst < stop {
        for k in 0..tail {
            s[dst + k].set(s[stop + k].get());
        }
        for slot in &s[newlen..n] {
            slot.set(Value::NULL);
        }
    }
    for (k, x) in xs.iter().enumerate() {
        s[start + k].set(*x);
    }
    l.len.set(newlen);
}

/// Store `xs` at `start, start+step, ...` (the caller checked the count against the length).
pub fn assign_extended(v: Value, start: i64, step: i64, xs: &[Value]) {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let Some(a) = array(l.store.get()) else { return };
    let len = l.len.get().min(a.cap) as i64;
    let s = a.slots();
    let mut i = start;
    for x in xs {
        if i < 0 || i >= len {
            break;
        }
        s[i as usize].set(*x);
        i += step;
    }
}

/// Delete the `n` items at `start, start+step, ...` (step != 1).
pub fn delete_extended(v: Value, start: i64, step: i64, n: usize) {
    if n == 0 {
        return;
    }
    let (lo, st) = if step < 0 { (start + (n as i64 - 1) * step, -step) } else { (start, step) };
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let Some(a) = array(l.store.get()) else { return };
    let len = l.len.get().min(a.cap);
    if lo < 0 || lo as usize >= len {
        return;
    }
    let s = a.slots();
    let (lo, st) = (lo as usize, st as usize);
    let mut w = lo;
    let mut next_del = lo;
    let mut deleted = 0;
    for r in lo..len {
        if deleted < n && r == next_del {
            deleted += 1;
            next_del = r + st;
            continue;
        }
        s[w].set(s[r].get());
        w += 1;
    }
    for slot in &s[w..len] {
        slot.set(Value::NULL);
    }
    l.len.set(w);
}

/// Reverse in place.
pub fn reverse(v: Value) {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let Some(a) = array(l.store.get()) else { return };
    let n = l.len.get().min(a.cap);
    let s = &a.slots()[..n];
    let (mut i, mut j) = (0, n);
    while i + 1 < j {
        j -= 1;
        let t = s[i].get();
        s[i].set(s[j].get());
        s[j].set(t);
        i += 1;
    }
}

/// Allocated item slots (for `__sizeof__`).
pub fn capacity(v: Value) -> usize {
    array(obj(v).store.get()).map_or(0, |a| a.cap)
}

//! `list` core: the storage and its thread protocol, after CPython's free-threaded
//! Objects/listobject.c (writers in the list's critical section; `list_get_item_ref` reads one
//! item without it and falls back to the lock). Index and slice operations with Python's index
//! rules are in `list_index.rs`; `list.remove`, which calls `__eq__`, is in `list_search.rs`.
//!
//! # Problem
//! Threads share lists with no global lock, yet each single list operation must be atomic
//! (`append`, `pop`, `del lst[-1]`, `lst[i] = x`, ...), and the common reads (`lst[i]`,
//! `for x in lst`, `len`) should not pay for a lock. No reader may ever see a hole (a NULL
//! slot) or a freed array.
//!
//! # Scheme
//! The items live in an `ArrayObj` (`store`) of `cap` slots of which the first `len` are used.
//! It grows by reallocation; an array that stops being the store is never written again, and
//! the collector keeps it while any thread still holds it. Every write holds the list's lock
//! word (`objmodel::lock`, INV-L2) for the whole operation, index normalisation and bounds
//! checks included. A reader of one item at a non-negative index loads `store`, then `len`,
//! then the slot, without the lock (`get`); whatever it cannot prove current it reads again
//! under the lock. Reads whose result depends on the length and several slots at once
//! (negative indices, slices, `to_vec` snapshots) take the lock.
//!
//! # Invariants
//! - INV-LS1: while the lock is free, the current array's slots `[0, len)` hold items (never
//!   NULL) and `[len, cap)` are NULL; `len <= cap`, and `store` is NULL only when `len` is 0.
//! - INV-LS2: while an operation runs, each slot of the current array holds its item from
//!   before the operation, its item from after it, or NULL: moves read each source before
//!   they overwrite it, and store each slot at most once (a reallocation first fills the new
//!   array with copies of the old items, which are "before" items). `len` is stored at most
//!   once, after every store that changes the items (stores clearing vacated slots may follow
//!   it), so a loaded `len` is the length before or after some whole operation.
//! - INV-LS3: an array replaced as `store` is never written again: its slots keep the items as
//!   they were when it was replaced, NULL beyond the length of that moment.
//!
//! # The lock-free read (`get`)
//! `i >= len` means "out of range": by INV-LS2 that length was the list's at some moment of
//! the read. A non-NULL slot `i < min(len, cap)` of the loaded array is an item that stood at
//! index `i` before or after an operation that overlapped the read (INV-LS2, or INV-LS3 if the
//! array was replaced meanwhile), as in CPython's free-threaded build. A NULL slot, a NULL
//! `store` or `i >= cap` means the loads came from different moments (a removal or a
//! reallocation raced the read): the read is repeated under the lock.
//!
//! # Orderings
//! `Slot` and `Word` loads are Acquire and stores Release (objmodel/src/slot.rs): a reader that
//! loads an item's pointer sees the item's initialisation, one that loads a new `len` after an
//! append sees the item stored before it, and one that loads a new `store` sees the items
//! copied into it before it was published.

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
pub(super) fn array(a: Value) -> Option<&'static ArrayObj> {
    // SAFETY: `store` is NULL or an ArrayObj: only this module writes it, always with the
    // result of `new_array`.
    if a.is_null() { None } else { Some(unsafe { a.cast::<ArrayObj>() }) }
}

/// Debug check that the caller holds `l`'s lock (the GIL build compiles the lock out).
#[inline(always)]
fn debug_assert_lock_held(l: &ListObj) {
    debug_assert!(cfg!(feature = "gil") || l.h.lock.is_locked(), "list lock not held");
}

/// The used slots of `l`'s current array. Lock held: the storage is stable (INV-LS1).
#[inline]
pub(super) fn items_locked(l: &ListObj) -> &'static [objmodel::Slot] {
    debug_assert_lock_held(l);
    match array(l.store.get()) {
        Some(a) => &a.slots()[..l.len.get()],
        None => &[],
    }
}

pub fn new_list(items: &[Value]) -> Value {
    new_list_with_class(items, objmodel::builtin_types().list)
}

pub fn new_list_with_class(items: &[Value], class: &objmodel::TypeObj) -> Value {
    let l: &ListObj = objmodel::alloc::alloc_obj(Kind::List, class);
    if !items.is_empty() {
        l.store.set(filled_array(items));
        l.len.set(items.len());
    }
    objmodel::alloc::value_of(l)
}

/// A new exact list whose storage is `arr` (an unpublished array, or NULL when `len` is 0)
/// holding `len` items.
pub fn new_list_from_array(arr: Value, len: usize) -> Value {
    let l: &ListObj = objmodel::alloc::alloc_obj(Kind::List, objmodel::builtin_types().list);
    if len > 0 {
        l.store.set(arr);
        l.len.set(len);
    }
    objmodel::alloc::value_of(l)
}

/// A fresh array holding exactly `items` (unpublished: no other thread sees it yet).
fn filled_array(items: &[Value]) -> Value {
    let a = objmodel::alloc::new_array(items.len());
    for (s, v) in array(a).unwrap().slots().iter().zip(items) {
        s.set(*v);
    }
    a
}

#[inline(always)]
pub fn len(v: Value) -> usize {
    obj(v).len.get()
}

/// Item `i`, lock-free (see "The lock-free read" in the module doc); None if `i >= len`.
#[inline]
pub fn get(v: Value, i: usize) -> Option<Value> {
    let l = obj(v);
    let store = l.store.get();
    let n = l.len.get();
    if i >= n {
        return None;
    }
    if let Some(a) = array(store)
        && i < a.cap
    {
        let x = a.slots()[i].get();
        if !x.is_null() {
            return Some(x);
        }
    }
    get_slow(l, i)
}

/// `get`'s fallback: the loads raced a removal or a reallocation; read under the lock.
#[cold]
#[inline(never)]
fn get_slow(l: &ListObj, i: usize) -> Option<Value> {
    let _guard = l.h.lock.lock();
    items_locked(l).get(i).map(|s| s.get())
}

/// Store item `i` if it exists (returns whether it did).
#[inline]
pub fn set(v: Value, i: usize, x: Value) -> bool {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    match items_locked(l).get(i) {
        Some(s) => {
            s.set(x);
            true
        }
        None => false,
    }
}

/// A snapshot of the items, taken under the lock (one moment of the list).
/// Copies the items into `out` when the list has exactly `out.len()` of them (one lock hold,
/// so a consistent snapshot, as `to_vec`); false otherwise, `out` unspecified.
#[inline]
pub fn copy_exact(v: Value, out: &mut [Value]) -> bool {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let s = items_locked(l);
    if s.len() != out.len() {
        return false;
    }
    for (o, s) in out.iter_mut().zip(s) {
        *o = s.get();
    }
    true
}

pub fn to_vec(v: Value) -> Vec<Value> {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    items_locked(l).iter().map(|s| s.get()).collect()
}

/// The current array with room for `need` items (lock held), reallocating if needed: the new
/// array gets copies of the items and is published before the caller stores anything in it
/// (INV-LS3: the old one is never written again).
pub(super) fn grow_locked(l: &ListObj, need: usize) -> &'static ArrayObj {
    debug_assert_lock_held(l);
    let old = array(l.store.get());
    if let Some(o) = old
        && need <= o.cap
    {
        return o;
    }
    // CPython's over-allocation pattern (~1.125x + 6, with a small minimum) up to 1024 items;
    // 1.5x beyond. CPython grows in place with `realloc` (often a page remap), but here every
    // growth allocates a new array, copies and leaves the old one to the collector: at 1.125x a
    // list built by appends copies and discards ~8 times its final size, at 1.5x twice.
    let new_cap = if need < 1024 { (need + (need >> 3) + 6).max(4) } else { need + (need >> 1) };
    let na = objmodel::alloc::new_array(new_cap);
    let arr = array(na).unwrap();
    // The new array is unpublished and the lock keeps the items still: one plain copy.
    objmodel::slot::copy_into_fresh(arr.slots(), items_locked(l));
    // Release (Slot::set): the copied items are visible to readers that see the new array.
    l.store.set(na);
    arr
}

/// `list.append`. Inline: with only the bias owner's lock path inlined (objmodel lock.rs)
/// it is a few dozen instructions, and its callers are the hot `append` paths.
#[inline]
pub fn append(v: Value, x: Value) {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let n = l.len.get();
    let a = match array(l.store.get()) {
        Some(a) if n < a.cap => a,
        _ => grow_locked(l, n + 1),
    };
    a.slots()[n].set(x);
    // Release: the item store above happens-before a reader's Acquire load of the new length.
    l.len.set(n + 1);
}

pub fn extend_from_slice(v: Value, xs: &[Value]) {
    if xs.is_empty() {
        return;
    }
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let n = l.len.get();
    let a = grow_locked(l, n + xs.len());
    for (s, x) in a.slots()[n..].iter().zip(xs) {
        s.set(*x);
    }
    l.len.set(n + xs.len());
}

/// Insert at `i` (clamped to `[0, len]`), lock held.
pub(super) fn insert_locked(l: &ListObj, i: usize, x: Value) {
    let n = l.len.get();
    let i = i.min(n);
    let s = grow_locked(l, n + 1).slots();
    // Shift right from the end: each slot is stored once (INV-LS2).
    objmodel::slot::shift_up(&s[i..=n]);
    s[i].set(x);
    l.len.set(n + 1);
}

/// Insert at `i` (clamped to `[0, len]`).
pub fn insert(v: Value, i: usize, x: Value) {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    insert_locked(l, i, x);
}

/// Remove and return item `i` (lock held; `i < len`).
pub(super) fn remove_at_locked(l: &ListObj, i: usize) -> Value {
    let s = items_locked(l);
    let n = s.len();
    let x = s[i].get();
    objmodel::slot::shift_down(&s[i..n]);
    // Publish the shorter length before clearing the vacated slot: a reader that loads the new
    // length never looks at it; one that loaded the old length sees the old last item or NULL,
    // and retries a NULL under the lock.
    l.len.set(n - 1);
    s[n - 1].set(Value::NULL);
    x
}

/// Remove and return item `i`, or None if there is no item `i`.
pub fn remove_at(v: Value, i: usize) -> Option<Value> {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    if i < l.len.get() { Some(remove_at_locked(l, i)) } else { None }
}

/// Make `xs` the contents (lock held): a fresh array, published before the new length.
pub(super) fn replace_all_locked(l: &ListObj, xs: &[Value]) {
    debug_assert_lock_held(l);
    if xs.is_empty() {
        l.len.set(0);
        l.store.set(Value::NULL);
        return;
    }
    // Release: a reader that sees the new array sees its items; one that sees the old array
    // with the new length finds NULLs or runs past the old capacity, and retries (module doc).
    l.store.set(filled_array(xs));
    l.len.set(xs.len());
}

/// Replace the whole contents.
pub fn replace_all(v: Value, xs: &[Value]) {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    replace_all_locked(l, xs);
}

/// Take all the items, leaving the list empty (`list.sort` while it runs Python code).
pub fn take_all(v: Value) -> Vec<Value> {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let items = items_locked(l).iter().map(|s| s.get()).collect();
    replace_all_locked(l, &[]);
    items
}

/// Put back `xs` after `take_all`; returns whether the list was changed meanwhile (it had an
/// array again: something was stored in it; what was stored is dropped, as CPython does).
pub fn restore_all(v: Value, xs: &[Value]) -> bool {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let modified = !l.store.get().is_null();
    replace_all_locked(l, xs);
    modified
}

/// Run `f` on a copy of the items with the lock held; if it returns Some, store the (same
/// number of) items back in place. `f` must not run Python code or reach a safepoint
/// (INV-L3), e.g. a sort whose comparisons are all native.
pub fn update_in_place<R>(v: Value, f: impl FnOnce(&mut Vec<Value>) -> Option<R>) -> Option<R> {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let slots = items_locked(l);
    let mut items: Vec<Value> = slots.iter().map(|s| s.get()).collect();
    let r = f(&mut items)?;
    assert_eq!(items.len(), slots.len(), "update_in_place must keep the length");
    // Each slot stored once (INV-LS2).
    for (s, x) in slots.iter().zip(&items) {
        s.set(*x);
    }
    Some(r)
}

/// Truncate to `n` items.
pub fn truncate(v: Value, n: usize) {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let s = items_locked(l);
    if n >= s.len() {
        return;
    }
    l.len.set(n);
    for slot in &s[n..] {
        slot.set(Value::NULL);
    }
}

/// Reverse in place.
pub fn reverse(v: Value) {
    let l = obj(v);
    let _guard = l.h.lock.lock();
    let s = items_locked(l);
    let (mut i, mut j) = (0, s.len());
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

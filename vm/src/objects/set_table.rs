//! The storage layer of `set`/`frozenset`, following CPython 3.11's Objects/setobject.c
//! exactly (linear probes of 9, perturbation shift 5, resize rules, clean inserts), so that the
//! iteration order of sets of ints and other CPython-hashed values matches CPython.
//!
//! The table is an `ArrayObj` of `2 * (mask + 1)` slots: (hash as small int, key). An empty
//! entry has a NULL key; a deleted entry holds the `DUMMY` key and hash -1.

use objmodel::header::{Header, Kind};
use objmodel::layout::{ArrayObj, SetObj};
use objmodel::statics::StaticObj;
use objmodel::Value;
use objmodel::lock::LockGuard;

use crate::error::PyResult;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;

static DUMMY_OBJ: StaticObj =
    StaticObj { h: Header::new_static(std::mem::size_of::<StaticObj>(), Kind::NoneType, std::ptr::null()), val: 0 };

#[inline(always)]
pub fn dummy() -> Value {
    Value::from_header(&DUMMY_OBJ.h)
}

#[inline(always)]
pub fn obj(s: Value) -> &'static SetObj {
    debug_assert!(s.is_ptr() && matches!(s.header().kind(), Kind::Set | Kind::FrozenSet));
    // SAFETY: kinds Set and FrozenSet have layout SetObj.
    unsafe { s.cast::<SetObj>() }
}

fn table(o: &SetObj) -> Option<&'static ArrayObj> {
    let t = o.table.get();
    // SAFETY: `table` is NULL or an ArrayObj written by `resize`.
    if t.is_null() { None } else { Some(unsafe { t.cast::<ArrayObj>() }) }
}

#[inline(always)]
fn fold(h: i64) -> i64 {
    (h << 1) >> 1
}

fn mask(o: &SetObj) -> usize {
    table(o).map_or(0, |t| t.cap / 2 - 1)
}

fn hash_at(t: &ArrayObj, i: usize) -> i64 {
    t.slots()[2 * i].get().as_small().unwrap_or(0)
}

fn key_at(t: &ArrayObj, i: usize) -> Value {
    t.slots()[2 * i + 1].get()
}

fn put(t: &ArrayObj, i: usize, hash: i64, key: Value) {
    t.slots()[2 * i].set(Value::small(hash));
    t.slots()[2 * i + 1].set(key);
}

pub fn len(s: Value) -> usize {
    obj(s).used.get()
}

fn ensure_table(o: &SetObj) {
    if o.table.get().is_null() {
        o.table.set(objmodel::alloc::new_array(2 * MINSIZE));
    }
}

fn insert_clean(t: &ArrayObj, mask: usize, key: Value, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if key_at(t, i).is_null() {
            put(t, i, hash, key);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if key_at(t, i + j).is_null() {
                    put(t, i + j, hash, key);
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

/// `set_table_resize(so, minused)`.
pub fn resize(s: Value, minused: usize) {
    let o = obj(s);
    let mut newsize = MINSIZE;
    while newsize <= minused {
        newsize <<= 1;
    }
    let old = table(o);
    let nt_v = objmodel::alloc::new_array(2 * newsize);
    // SAFETY: new_array returns an ArrayObj.
    let nt = unsafe { nt_v.cast::<ArrayObj>() };
    if let Some(old) = old {
        let d = dummy();
        for i in 0..old.cap / 2 {
            let k = key_at(old, i);
            if !k.is_null() && !k.is(d) {
                insert_clean(nt, newsize - 1, k, hash_at(old, i));
            }
        }
    }
    o.fill.set(o.used.get());
    o.table.set(nt_v);
}

/// Add `key` with `hash`. Returns true if it was newly added.
pub fn add(
    s: Value,
    key: Value,
    hash: i64,
    eq: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
) -> PyResult<bool> {
    let hash = fold(hash);
    let o = obj(s);
    let guard = o.h.lock.lock();
    'restart: loop {
        // Inside the loop: a comparison run unlocked may have cleared the set (table NULL).
        ensure_table(o);
        let t = table(o).unwrap();
        let mut mask = mask(o);
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            let mut j = i;
            for _ in 0..=probes {
                let k = key_at(t, j);
                let h = hash_at(t, j);
                if k.is_null() {
                    // found unused or dummy
                    if let Some(f) = freeslot {
                        put(t, f, hash, key);
                        o.used.set(o.used.get() + 1);
                        o.version.set(o.version.get() + 1);
                        return Ok(true);
                    }
                    put(t, j, hash, key);
                    o.fill.set(o.fill.get() + 1);
                    o.used.set(o.used.get() + 1);
                    o.version.set(o.version.get() + 1);
                    if o.fill.get() * 5 < mask * 3 {
                        return Ok(true);
                    }
                    let u = o.used.get();
                    resize(s, if u > 50000 { u * 2 } else { u * 4 });
                    return Ok(true);
                }
                if h == hash && !k.is(dummy()) {
                    if k.is(key) {
                        return Ok(false);
                    }
                    let ver = o.version.get();
                    let same = if super::str::both_exact(k, key) { super::str::eq(k, key) } else { guard.unlocked(|| eq(k, key))? };
                    if same {
                        return Ok(false);
                    }
                    if o.version.get() != ver || !o.table.get().is(Value::from_header(&t.h)) {
                        continue 'restart;
                    }
                    mask = self::mask(o);
                } else if k.is(dummy()) {
                    // CPython 3.11 reuses the last dummy seen on the probe path.
                    freeslot = Some(j);
                }
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }
}

/// Index of `key` in the table, if present.
pub fn find(
    s: Value,
    key: Value,
    hash: i64,
    eq: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
) -> PyResult<Option<usize>> {
    let hash = fold(hash);
    let o = obj(s);
    let guard = o.h.lock.lock();
    find_locked(s, key, hash, eq, &guard)
}

fn find_locked(
    s: Value,
    key: Value,
    hash: i64,
    eq: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
    guard: &LockGuard<'_>,
) -> PyResult<Option<usize>> {
    let o = obj(s);
    'restart: loop {
        let Some(t) = table(o) else { return Ok(None) };
        let mut mask = mask(o);
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            let mut j = i;
            for _ in 0..=probes {
                let k = key_at(t, j);
                if k.is_null() {
                    return Ok(None);
                }
                if hash_at(t, j) == hash && !k.is(dummy()) {
                    if k.is(key) {
                        return Ok(Some(j));
                    }
                    let ver = o.version.get();
                    let same = if super::str::both_exact(k, key) { super::str::eq(k, key) } else { guard.unlocked(|| eq(k, key))? };
                    // Re-validate before trusting `same` (CPython's `set_lookkey`): if the set
                    // changed while the comparison ran unlocked, slot `j` may hold another key.
                    if o.version.get() != ver || !o.table.get().is(Value::from_header(&t.h)) {
                        continue 'restart;
                    }
                    if same {
                        return Ok(Some(j));
                    }
                    mask = self::mask(o);
                }
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }
}

/// Remove `key`; returns whether it was present.
pub fn discard(
    s: Value,
    key: Value,
    hash: i64,
    eq: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
) -> PyResult<bool> {
    let guard = obj(s).h.lock.lock();
    match find_locked(s, key, fold(hash), eq, &guard)? {
        Some(j) => {
            let o = obj(s);
            let t = table(o).unwrap();
            put(t, j, -1, dummy());
            o.used.set(o.used.get() - 1);
            o.version.set(o.version.get() + 1);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// Entries (hash, key) in table order.
pub fn entries(s: Value) -> Vec<(i64, Value)> {
    let o = obj(s);
    let Some(t) = table(o) else { return Vec::new() };
    let d = dummy();
    let mut out = Vec::with_capacity(o.used.get());
    for i in 0..t.cap / 2 {
        let k = key_at(t, i);
        if !k.is_null() && !k.is(d) {
            out.push((hash_at(t, i), k));
        }
    }
    out
}

/// Entry at table position `pos` or later: (next position, key).
pub fn next_entry(s: Value, mut pos: usize) -> Option<(usize, Value)> {
    let o = obj(s);
    let t = table(o)?;
    let d = dummy();
    while pos < t.cap / 2 {
        let k = key_at(t, pos);
        if !k.is_null() && !k.is(d) {
            return Some((pos + 1, k));
        }
        pos += 1;
    }
    None
}

pub fn clear(s: Value) {
    let o = obj(s);
    let _guard = o.h.lock.lock();
    o.table.set(Value::NULL);
    o.used.set(0);
    o.fill.set(0);
    o.version.set(o.version.get() + 1);
}

/// Table capacity (mask + 1), 0 when no table.
pub fn capacity(s: Value) -> usize {
    table(obj(s)).map_or(0, |t| t.cap / 2)
}

pub fn fill(s: Value) -> usize {
    obj(s).fill.get()
}

/// Copy `src`'s table verbatim into empty `dst` (CPython's set_merge fast path when the
/// target is empty: same table size and layout, same order).
pub fn copy_table_into_empty(dst: Value, src: Value) {
    let (d, so) = (obj(dst), obj(src));
    let Some(st) = table(so) else { return };
    let nt_v = objmodel::alloc::new_array(st.cap);
    // SAFETY: new_array returns an ArrayObj.
    let nt = unsafe { nt_v.cast::<ArrayObj>() };
    let dm = dummy();
    let mut used = 0;
    if so.fill.get() == so.used.get() {
        for i in 0..st.cap / 2 {
            let k = key_at(st, i);
            if !k.is_null() {
                put(nt, i, hash_at(st, i), k);
                used += 1;
            }
        }
    } else {
        for i in 0..st.cap / 2 {
            let k = key_at(st, i);
            if !k.is_null() && !k.is(dm) {
                insert_clean(nt, st.cap / 2 - 1, k, hash_at(st, i));
                used += 1;
            }
        }
    }
    d.table.set(nt_v);
    d.used.set(used);
    d.fill.set(used);
    d.version.set(d.version.get() + 1);
}

/// Insert a known-absent key into a set without dummies and with room (`set_insert_clean`).
pub fn insert_clean_into(s: Value, key: Value, hash: i64) {
    let o = obj(s);
    ensure_table(o);
    let t = table(o).unwrap();
    insert_clean(t, t.cap / 2 - 1, key, fold(hash));
    o.used.set(o.used.get() + 1);
    o.fill.set(o.fill.get() + 1);
    o.version.set(o.version.get() + 1);
}

/// The mask CPython would report: a set without a table has the 8-slot small table.
pub fn mask_of(s: Value) -> usize {
    let o = obj(s);
    if o.table.get().is_null() { MINSIZE - 1 } else { mask(o) }
}

/// The fast paths of CPython's `set_merge(so, other)` for a set `other`: one big resize, then
/// a verbatim copy (same size, no dummies) or clean inserts when `so` is empty. Returns false
/// when `so` is not empty: the caller then adds `other`'s entries one by one (which may run
/// `__eq__`).
pub fn merge_fast(s: Value, other: Value) -> bool {
    let o = obj(s);
    let ot = obj(other);
    let _guard = o.h.lock.lock();
    let other_used = ot.used.get();
    if (o.fill.get() + other_used) * 5 >= mask_of(s) * 3 {
        resize(s, (o.used.get() + other_used) * 2);
    }
    if o.fill.get() != 0 {
        return false;
    }
    ensure_table(o);
    let Some(src) = table(ot) else { return true };
    let t = table(o).unwrap();
    let m = mask(o);
    let src_mask = src.cap / 2 - 1;
    let d = dummy();
    let mut used = 0;
    if m == src_mask && ot.fill.get() == other_used {
        for i in 0..=src_mask {
            let k = key_at(src, i);
            if !k.is_null() {
                put(t, i, hash_at(src, i), k);
                used += 1;
            }
        }
    } else {
        for i in 0..=src_mask {
            let k = key_at(src, i);
            if !k.is_null() && !k.is(d) {
                insert_clean(t, m, k, hash_at(src, i));
                used += 1;
            }
        }
    }
    o.fill.set(used);
    o.used.set(used);
    o.version.set(o.version.get() + 1);
    true
}

/// Resize before adding `n` keys one by one (CPython's pre-sizing in `set_update_internal`
/// for dicts and in `set_merge`).
pub fn presize(s: Value, n: usize) {
    let o = obj(s);
    let _guard = o.h.lock.lock();
    if (o.fill.get() + n) * 5 >= mask_of(s) * 3 {
        resize(s, (o.used.get() + n) * 2);
    }
}

/// After removals: "if more than 1/4th are dummies, then resize them away"
/// (end of `set_difference_update_internal`).
pub fn shrink_dummies(s: Value) {
    let o = obj(s);
    let _guard = o.h.lock.lock();
    if o.fill.get() - o.used.get() <= mask_of(s) / 4 {
        return;
    }
    let u = o.used.get();
    resize(s, if u > 50000 { u * 2 } else { u * 4 });
}

/// Exchange the contents of two sets (`set_swap_bodies`, used by `&=`).
pub fn swap_bodies(a: Value, b: Value) {
    let (x, y) = (obj(a), obj(b));
    let _ga = x.h.lock.lock();
    let (t, f, u) = (x.table.get(), x.fill.get(), x.used.get());
    x.table.set(y.table.get());
    x.fill.set(y.fill.get());
    x.used.set(y.used.get());
    y.table.set(t);
    y.fill.set(f);
    y.used.set(u);
    x.version.set(x.version.get() + 1);
    y.version.set(y.version.get() + 1);
}

/// `set.pop()`: CPython's search finger (kept in the `hash` word, unused by mutable sets).
pub fn pop(s: Value) -> Option<Value> {
    let o = obj(s);
    let _guard = o.h.lock.lock();
    if o.used.get() == 0 {
        return None;
    }
    let t = table(o)?;
    let m = mask(o);
    let d = dummy();
    let mut i = o.hash.get() & m;
    loop {
        let k = key_at(t, i);
        if !k.is_null() && !k.is(d) {
            put(t, i, -1, d);
            o.used.set(o.used.get() - 1);
            o.hash.set(i + 1);
            o.version.set(o.version.get() + 1);
            return Some(k);
        }
        i = if i >= m { 0 } else { i + 1 };
    }
}

/// Stored (folded) hashes of the entries, for frozenset hashing.
pub fn hashes(s: Value) -> Vec<i64> {
    entries(s).into_iter().map(|(h, _)| h).collect()
}

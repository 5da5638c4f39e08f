//! The storage layer of `dict`: a compact, insertion-ordered hash table after CPython's
//! Objects/dictobject.c.
//!
//! `indices` (a raw array of i32, length a power of two) maps probe slots to entry numbers
//! (`EMPTY` = -1, `DUMMY` = -2 for deleted); `entries` (a Value array) holds `(hash, key, value)`
//! triples in insertion order. Probing is CPython's: `i = (5*i + perturb + 1) & mask` with
//! `perturb >>= 5`. Hashes are stored as small ints, so every hash is first folded to 63 bits
//! (`fold_hash`) and the folded value is used for probing everywhere.
//!
//! Key comparison may run Python code (`__eq__`), which may mutate the dict: lookups compare the
//! dict's `version` after each such call and restart when it changed, as CPython does.
//! Threads: every lookup and mutation holds the dict's lock word (`objmodel::lock`, INV-L2),
//! released only around a key comparison that may run Python code; the version check then
//! restarts the probe if the dict changed meanwhile. An operation that looks up and then
//! changes (`set`, `setdefault`, `update` from a dict, `popitem`) decides and acts under one
//! hold of the lock, with no unlock between its last probe and its write (`upsert_locked`), so
//! two threads' `setdefault` of one missing key insert once. Iteration (`entry`) reads without
//! the lock and bounds-checks every access: it sees old or new entries, never freed memory (the
//! collector keeps any array a thread still holds), and reports an entry whose key or value it
//! reads as NULL as deleted.
//!
//! # Key filter
//! `DictObj::key_filter` is a 64-bit Bloom filter (one hash function) of the folded hashes of
//! the keys ever inserted, so that a miss can often be answered without probing (the
//! instance-dict check of `LoadMethod`: instances rarely shadow their methods).
//! * INV-DF1: while a key with folded hash `h` is in the table, bit `filter_bit(h)` is set.
//!   Bits are only ever added (a removed key leaves its bit: a false positive, which only
//!   costs a probe); the single insertion point, `upsert_locked`, sets the bit under the
//!   dict's lock (no lost updates between writers) before `begin_write`, whose Release fence
//!   orders it before the entry's key store. A reader that can see the entry (through the
//!   seqlock or the lock) therefore sees the bit; a reader that races the insertion and reads
//!   a clear bit is ordered before the insertion, like a lock-free probe that misses.

use objmodel::alloc::{new_array, new_raw_array};
use objmodel::layout::{ArrayObj, DictObj, RawArrayObj};
use objmodel::lock::LockGuard;
use objmodel::{Kind, Value};

use crate::error::PyResult;

pub const EMPTY: i32 = -1;
pub const DUMMY: i32 = -2;
const MIN_SLOTS: usize = 8;

/// The filter bit of a folded hash (INV-DF1): bits 57..62 of the hash (a folded hash is
/// non-negative below 2^63; str hashes are uniform in those bits).
#[inline(always)]
fn filter_bit(folded: i64) -> usize {
    1usize << ((folded as u64 >> 57) & 63)
}

/// False when `d` certainly holds no key whose hash is `hash` (INV-DF1); true when it may.
#[inline(always)]
pub fn may_contain_hash(d: Value, hash: i64) -> bool {
    dict(d).key_filter.get() & filter_bit(fold_hash(hash)) != 0
}

#[inline(always)]
pub fn fold_hash(h: i64) -> i64 {
    (h << 1) >> 1
}

#[inline(always)]
pub fn dict(d: Value) -> &'static DictObj {
    debug_assert!(d.is_ptr() && d.header().kind() == Kind::Dict);
    // SAFETY: callers pass dict objects (debug-checked); kind Dict has layout DictObj.
    unsafe { d.cast::<DictObj>() }
}

fn indices(d: &DictObj) -> Option<&'static RawArrayObj> {
    let v = d.indices.get();
    // SAFETY: `indices` is NULL or a RawArray (written only by `rebuild`).
    if v.is_null() { None } else { Some(unsafe { v.cast::<RawArrayObj>() }) }
}

fn entries(d: &DictObj) -> &'static ArrayObj {
    // SAFETY: `entries` is an Array whenever `indices` is non-NULL (both set in `rebuild`).
    unsafe { d.entries.get().cast::<ArrayObj>() }
}

/// Number of live items.
#[inline]
pub fn len(d: Value) -> usize {
    dict(d).used.get()
}

/// Entry `i` as (hash, key, value); key NULL for deleted entries.
#[inline]
pub fn entry(d: Value, i: usize) -> Option<(i64, Value, Value)> {
    let o = dict(d);
    if i >= o.nentries.get() {
        return None;
    }
    let e = entries(o).slots();
    if 3 * i + 2 >= e.len() {
        return None;
    }
    // Acquire (Slot::get) on the key: the hash, stored before the key, is the key's own.
    let k = e[3 * i + 1].get();
    let v = if k.is_null() { Value::NULL } else { e[3 * i + 2].get() };
    if v.is_null() {
        // Deleted, or deleted while we read it (`remove` clears the key, then the value; an
        // entry reused after `popitem` gets its value last): either way no item to report.
        return Some((0, Value::NULL, Value::NULL));
    }
    Some((e[3 * i].get().as_small().unwrap_or(0), k, v))
}

/// Upper bound of entry indices (for iteration with `entry`).
#[inline]
pub fn nentries(d: Value) -> usize {
    dict(d).nentries.get()
}

pub fn version(d: Value) -> usize {
    dict(d).version.get()
}

/// Start a structural change (seqlock write side): the version becomes odd. Called with the
/// dict's lock held, so writers never overlap.
fn begin_write(o: &DictObj) {
    o.version.set(o.version.get().wrapping_add(1));
    // Release fence: a lock-free reader that observes any of the following writes also
    // observes the odd version (pairs with the Acquire fence in `get_str_lockfree`).
    std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
}

/// End a structural change: the version becomes even again (Release store in `Word::set`:
/// the change happens-before a reader's Acquire load of this version).
fn end_write(o: &DictObj) {
    o.version.set(o.version.get().wrapping_add(1));
}

/// Lock-free lookup of an exact-str key (attribute and global lookups), seqlock style: read the
/// version (even = stable), probe with every index bounds-checked, re-read the version; retry
/// if it changed. Returns None when the caller must take the locked path instead (a write in
/// progress for too long, or a stored key whose comparison could run Python code).
#[inline]
pub fn get_str_lockfree(d: Value, key: Value, hash: i64) -> Option<Option<Value>> {
    get_str_lockfree_ix(d, key, hash).map(|r| r.map(|(_, v)| v))
}

/// `get_str_lockfree` that also reports the entry index of a found key (for attribute and
/// global-load hints).
#[inline]
pub fn get_str_lockfree_ix(d: Value, key: Value, hash: i64) -> Option<Option<(usize, Value)>> {
    use std::sync::atomic::{Ordering, fence};
    let hash = fold_hash(hash);
    let o = dict(d);
    for _ in 0..4 {
        let v1 = o.version.get();
        if v1 & 1 == 1 {
            std::hint::spin_loop();
            continue;
        }
        let r = probe_str_unlocked_ix(o, key, hash);
        // Acquire fence: the probe's loads happen-before the version re-read, so a writer that
        // started meanwhile is seen (pairs with the Release fence in `begin_write`).
        fence(Ordering::Acquire);
        if o.version.get() == v1 {
            return r;
        }
    }
    None
}

/// The value of `key` if the entry at index `hint` holds that very key object; None otherwise
/// (a guess that missed, a deleted entry, a concurrent structural change: the caller does a
/// full lookup). Read under the same version protocol as `get_str_lockfree`.
#[inline(always)]
pub fn get_str_hinted(d: Value, key: Value, hint: u32) -> Option<Value> {
    use std::sync::atomic::{Ordering, fence};
    let o = dict(d);
    let v1 = o.version.get();
    if v1 & 1 == 1 {
        return None;
    }
    let entv = o.entries.get();
    if entv.is_null() {
        return None;
    }
    // SAFETY: `entries` is always an Array (written only by `rebuild`); kept alive by the
    // collector while this thread holds it on its stack.
    let ents = unsafe { entv.cast::<ArrayObj>() }.slots();
    let i = 3 * hint as usize;
    if i + 2 >= ents.len() || !ents[i + 1].get().is(key) {
        return None;
    }
    let v = ents[i + 2].get();
    // Acquire fence: the loads above happen-before the version re-read (as in
    // `get_str_lockfree`).
    fence(Ordering::Acquire);
    if v.is_null() || o.version.get() != v1 {
        return None;
    }
    Some(v)
}

/// Replace the value of `key` if the entry at index `hint` holds that very key object (under
/// the dict's lock, as `set` replaces a present key: no structural change, no version bump);
/// false when the hint missed and nothing was written.
#[inline]
pub fn replace_str_hinted(d: Value, key: Value, hint: u32, value: Value) -> bool {
    let o = dict(d);
    let _guard = o.h.lock.lock();
    let entv = o.entries.get();
    if entv.is_null() {
        return false;
    }
    let ents = entries(o).slots();
    let i = 3 * hint as usize;
    if i + 2 >= ents.len() || !ents[i + 1].get().is(key) || ents[i + 2].get().is_null() {
        return false;
    }
    ents[i + 2].set(value);
    true
}

#[inline(always)]
fn probe_str_unlocked_ix(o: &DictObj, key: Value, hash: i64) -> Option<Option<(usize, Value)>> {
    let idxv = o.indices.get();
    if idxv.is_null() {
        return Some(None);
    }
    // SAFETY: `indices` is always a RawArray (written only by `rebuild`); kept alive by the
    // collector while this thread holds it on its stack.
    let idx = unsafe { idxv.cast::<RawArrayObj>() }.i32s();
    let entv = o.entries.get();
    if entv.is_null() || idx.is_empty() {
        return Some(None);
    }
    // SAFETY: `entries` is always an Array (written only by `rebuild`).
    let ents = unsafe { entv.cast::<ArrayObj>() }.slots();
    let mask = idx.len() - 1;
    if !idx.len().is_power_of_two() {
        return None;
    }
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    for _ in 0..idx.len() * 2 + 64 {
        let ix = idx[i].load(std::sync::atomic::Ordering::Relaxed);
        if ix == EMPTY {
            return Some(None);
        }
        if ix >= 0 {
            let ix = ix as usize;
            if 3 * ix + 2 >= ents.len() {
                return None; // torn read: retry under the version check
            }
            let k = ents[3 * ix + 1].get();
            if k.is(key) {
                return Some(Some((ix, ents[3 * ix + 2].get())));
            }
            if !k.is_null() && ents[3 * ix].get().as_small() == Some(hash) {
                if super::str::both_exact(k, key) {
                    if super::str::eq(k, key) {
                        return Some(Some((ix, ents[3 * ix + 2].get())));
                    }
                } else {
                    return None; // a non-str key with the same hash: compare under the lock
                }
            }
        }
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
    None
}

/// Result of a probe: the slot where the key is or would go, and its entry index if present.
struct Probe {
    slot: usize,
    entry: Option<usize>,
}

/// Find `key`. `eq(stored, key)` decides equality for non-identical keys with equal hashes.
fn probe(
    d: Value,
    key: Value,
    hash: i64,
    eq: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
    guard: &LockGuard<'_>,
) -> PyResult<Option<Probe>> {
    'restart: loop {
        let o = dict(d);
        let Some(idx) = indices(o) else { return Ok(None) };
        let idx = idx.i32s();
        let ents = entries(o);
        let mask = idx.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first_dummy: Option<usize> = None;
        let version = o.version.get();
        loop {
            // Relaxed loads: entries are stable while we hold the dict (see module doc).
            let ix = idx[i].load(std::sync::atomic::Ordering::Relaxed);
            if ix == EMPTY {
                return Ok(Some(Probe { slot: first_dummy.unwrap_or(i), entry: None }));
            }
            if ix == DUMMY {
                if first_dummy.is_none() {
                    first_dummy = Some(i);
                }
            } else {
                let ix = ix as usize;
                let s = ents.slots();
                let k = s[3 * ix + 1].get();
                if k.is(key) {
                    return Ok(Some(Probe { slot: i, entry: Some(ix) }));
                }
                if !k.is_null() && s[3 * ix].get().as_small() == Some(hash) {
                    let same = if super::str::both_exact(k, key) {
                        super::str::eq(k, key)
                    } else {
                        // May run Python code: never with the lock held (INV-L3).
                        guard.unlocked(|| eq(k, key))?
                    };
                    if o.version.get() != version {
                        continue 'restart;
                    }
                    if same {
                        return Ok(Some(Probe { slot: i, entry: Some(ix) }));
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }
}

/// Look up `key` (with its hash already computed).
pub fn get(
    d: Value,
    key: Value,
    hash: i64,
    eq: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
) -> PyResult<Option<Value>> {
    let hash = fold_hash(hash);
    let guard = dict(d).h.lock.lock();
    Ok(match probe(d, key, hash, eq, &guard)? {
        Some(Probe { entry: Some(ix), .. }) => Some(entries(dict(d)).slots()[3 * ix + 2].get()),
        _ => None,
    })
}

/// Insert or replace. Returns the previous value if the key was present. Inline: a lock
/// around `upsert_locked`, which callers (item and global stores) would otherwise reach
/// through a second call.
#[inline]
pub fn set(
    d: Value,
    key: Value,
    hash: i64,
    value: Value,
    eq: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
) -> PyResult<Option<Value>> {
    let guard = dict(d).h.lock.lock();
    upsert_locked(d, key, fold_hash(hash), value, true, eq, &guard, &mut 0)
}

/// `set` that also reports the entry index the key now has.
pub fn set_ix(
    d: Value,
    key: Value,
    hash: i64,
    value: Value,
    eq: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
) -> PyResult<usize> {
    let guard = dict(d).h.lock.lock();
    let mut ix = 0;
    upsert_locked(d, key, fold_hash(hash), value, true, eq, &guard, &mut ix)?;
    Ok(ix)
}

/// `dict.setdefault`: the value stored under `key`, after storing `dflt` there if the key was
/// missing; lookup and insertion are one operation under the dict's lock.
pub fn setdefault(
    d: Value,
    key: Value,
    hash: i64,
    dflt: Value,
    eq: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
) -> PyResult<Value> {
    let guard = dict(d).h.lock.lock();
    Ok(upsert_locked(d, key, fold_hash(hash), dflt, false, eq, &guard, &mut 0)?.unwrap_or(dflt))
}

/// Store every `(hash, key, value)` of `items` in order under one hold of the lock (released
/// only around key comparisons that run Python code): `dict.update` from a dict.
pub fn set_many(
    d: Value,
    items: &[(i64, Value, Value)],
    eq: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let guard = dict(d).h.lock.lock();
    for &(h, k, v) in items {
        upsert_locked(d, k, fold_hash(h), v, true, eq, &guard, &mut 0)?;
    }
    Ok(())
}

/// Find `key` and store `value` under it (replacing the old value only if `replace`), lock
/// held. Returns the value that was there. The decision to insert and the insertion follow
/// the probe with no unlock in between; when the table must be (re)built first, the probe is
/// repeated, since its key comparisons may have unlocked the dict.
fn upsert_locked(
    d: Value,
    key: Value,
    hash: i64,
    value: Value,
    replace: bool,
    eq: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
    guard: &LockGuard<'_>,
    ix_out: &mut usize,
) -> PyResult<Option<Value>> {
    let o = dict(d);
    loop {
        if o.indices.get().is_null() {
            begin_write(o);
            rebuild(d, MIN_SLOTS);
            end_write(o);
        }
        // None: the dict was cleared while a comparison ran unlocked; build a table again.
        let Some(p) = probe(d, key, hash, eq, guard)? else { continue };
        if let Some(ix) = p.entry {
            let s = &entries(o).slots()[3 * ix + 2];
            let old = s.get();
            if replace {
                s.set(value);
            }
            *ix_out = ix;
            return Ok(Some(old));
        }
        if o.nentries.get() >= entries(o).cap / 3 {
            begin_write(o);
            rebuild(d, slots_for(o.used.get() + 1));
            end_write(o);
            continue;
        }
        let n = o.nentries.get();
        let s = entries(o).slots();
        // INV-DF1: the bit before the entry (begin_write's Release fence orders the two).
        o.key_filter.set(o.key_filter.get() | filter_bit(hash));
        begin_write(o);
        s[3 * n].set(Value::small(hash));
        s[3 * n + 1].set(key);
        s[3 * n + 2].set(value);
        indices(o).unwrap().i32s()[p.slot].store(n as i32, std::sync::atomic::Ordering::Relaxed);
        o.nentries.set(n + 1);
        o.used.set(o.used.get() + 1);
        end_write(o);
        *ix_out = n;
        return Ok(None);
    }
}

/// Remove `key`; returns its value if it was present.
pub fn remove(
    d: Value,
    key: Value,
    hash: i64,
    eq: &mut dyn FnMut(Value, Value) -> PyResult<bool>,
) -> PyResult<Option<Value>> {
    let hash = fold_hash(hash);
    let guard = dict(d).h.lock.lock();
    let Some(Probe { slot, entry: Some(ix) }) = probe(d, key, hash, eq, &guard)? else { return Ok(None) };
    let o = dict(d);
    let s = entries(o).slots();
    let old = s[3 * ix + 2].get();
    begin_write(o);
    s[3 * ix + 1].set(Value::NULL);
    s[3 * ix + 2].set(Value::NULL);
    indices(o).unwrap().i32s()[slot].store(DUMMY, std::sync::atomic::Ordering::Relaxed);
    o.used.set(o.used.get() - 1);
    end_write(o);
    Ok(Some(old))
}

/// Remove everything.
pub fn clear(d: Value) {
    let o = dict(d);
    let _guard = o.h.lock.lock();
    begin_write(o);
    o.indices.set(Value::NULL);
    o.entries.set(Value::NULL);
    o.used.set(0);
    o.nentries.set(0);
    end_write(o);
}

/// Remove and return the last inserted item (`popitem`), as one operation under the lock.
pub fn pop_last(d: Value) -> Option<(Value, Value)> {
    let o = dict(d);
    let _guard = o.h.lock.lock();
    let idx = indices(o)?.i32s();
    let s = entries(o).slots();
    let mut n = o.nentries.get();
    while n > 0 && s[3 * (n - 1) + 1].get().is_null() {
        n -= 1;
    }
    begin_write(o);
    let r = n.checked_sub(1).map(|ix| {
        let (h, k, v) = (s[3 * ix].get().as_small().unwrap_or(0), s[3 * ix + 1].get(), s[3 * ix + 2].get());
        idx[index_slot_of(idx, h, ix)].store(DUMMY, std::sync::atomic::Ordering::Relaxed);
        s[3 * ix + 1].set(Value::NULL);
        s[3 * ix + 2].set(Value::NULL);
        o.used.set(o.used.get() - 1);
        (k, v)
    });
    // As CPython: the entries after the popped one are all deleted; drop them.
    o.nentries.set(n.saturating_sub(1));
    end_write(o);
    r
}

/// The index slot that holds entry `ix` (whose hash is `hash`): CPython's `lookdict_index`,
/// probing by hash alone, no key comparison. Lock held; the entry is live.
fn index_slot_of(idx: &[std::sync::atomic::AtomicI32], hash: i64, ix: usize) -> usize {
    let mask = idx.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    // Relaxed: the table is stable while we hold the dict's lock.
    while idx[i].load(std::sync::atomic::Ordering::Relaxed) != ix as i32 {
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
    i
}

/// `(hash, key, value)` of every item in insertion order, a snapshot taken under the lock
/// (hashes as stored, folded).
pub fn snapshot(d: Value) -> Vec<(i64, Value, Value)> {
    let o = dict(d);
    let _guard = o.h.lock.lock();
    if indices(o).is_none() {
        return Vec::new();
    }
    let s = entries(o).slots();
    let mut out = Vec::with_capacity(o.used.get());
    for e in s[..3 * o.nentries.get()].chunks_exact(3) {
        let k = e[1].get();
        if !k.is_null() {
            out.push((e[0].get().as_small().unwrap_or(0), k, e[2].get()));
        }
    }
    out
}

fn slots_for(used: usize) -> usize {
    // CPython's GROWTH_RATE: used * 3, rounded up to a power of two.
    (used * 3).next_power_of_two().max(MIN_SLOTS)
}

/// Reallocate the table with `nslots` index slots, compacting entries.
fn rebuild(d: Value, nslots: usize) {
    let o = dict(d);
    let cap = nslots * 2 / 3;
    let new_idx = new_raw_array(nslots * 4);
    // SAFETY: new_raw_array returns a RawArray.
    let idx = unsafe { new_idx.cast::<RawArrayObj>() }.i32s();
    for s in idx {
        s.store(EMPTY, std::sync::atomic::Ordering::Relaxed);
    }
    let new_ents = new_array(cap * 3);
    // SAFETY: new_array returns an Array.
    let ne = unsafe { new_ents.cast::<ArrayObj>() }.slots();
    let mask = nslots - 1;
    let mut n = 0;
    if !o.indices.get().is_null() {
        let old = entries(o).slots();
        for i in 0..o.nentries.get() {
            let k = old[3 * i + 1].get();
            if k.is_null() {
                continue;
            }
            let h = old[3 * i].get();
            ne[3 * n].set(h);
            ne[3 * n + 1].set(k);
            ne[3 * n + 2].set(old[3 * i + 2].get());
            let hash = h.as_small().unwrap_or(0);
            let mut perturb = hash as u64;
            let mut j = (hash as u64 as usize) & mask;
            while idx[j].load(std::sync::atomic::Ordering::Relaxed) != EMPTY {
                perturb >>= 5;
                j = (j.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            idx[j].store(n as i32, std::sync::atomic::Ordering::Relaxed);
            n += 1;
        }
    }
    // Publish entries before indices: a lock-free reader that sees the new indices also sees
    // the entries they name (Slot::set is Release).
    o.entries.set(new_ents);
    o.indices.set(new_idx);
    o.nentries.set(n);
}

/// Pre-size an empty dict for `n` items.
pub fn reserve(d: Value, n: usize) {
    let _guard = dict(d).h.lock.lock();
    if dict(d).indices.get().is_null() && n > 0 {
        begin_write(dict(d));
        rebuild(d, slots_for(n));
        end_write(dict(d));
    }
}

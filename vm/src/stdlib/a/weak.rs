//! `_pyrs_weakref`: the weak-reference table under `weakref` (py_a/weakref.py).
//!
//! A `weakref.ref` object is an ordinary heap object; what it refers to is kept here, in Rust
//! heap memory that the collector does not trace, keyed by the ref object's address. So the
//! reference does not keep its referent alive, and the table is cleared by the collector.
//!
//! Protocol (the final pause, `GcClient::clear_weak`, called once marking is complete and before
//! objects with `__del__` are resurrected — CPython also clears weak references to a dead object
//! before its finalizer runs):
//! - an entry whose ref object is unmarked is removed (the ref object dies in this cycle);
//! - an entry whose referent is unmarked is cleared (`ref()` returns None from now on) and, if
//!   the ref has a callback, the ref goes to the finalization queue (vm `finalize.rs`, a root),
//!   whose runner calls `ref.__callback__(ref)` on a Python thread.
//!
//! A read (`ref()`) while a marking runs could make an object that was only weakly reachable at
//! the initial pause strongly reachable again, and the snapshot would miss it. So a read during
//! a marking logs the referent in the SATB log (`objmodel::alloc::satb_log`), as an overwritten
//! pointer is, and the final pause marks it: it survives this cycle.
//!
//! # Invariants
//! - INV-W1: a nonzero referent in the table is a live heap object or a static: entries are
//!   cleared in the final pause that finds the referent unmarked, before the sweep that frees it.
//! - INV-W2: a ref object's address names that ref while its entry exists: the entry is removed
//!   in the final pause that finds the ref unmarked, before its memory can be reused.

use std::collections::HashMap;
use std::ptr::NonNull;

use objmodel::Value;
use parking_lot::Mutex;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::list;
use crate::vm::Vm;

struct Entry {
    /// The referent (a raw Value), or 0 once it died.
    referent: usize,
    callback: bool,
    /// Creation order (callbacks of one cycle run newest first, as CPython's weakref lists).
    seq: u64,
}

/// The refs by address, and the refs of each live referent (kept in step under one lock).
#[derive(Default)]
struct Table {
    refs: HashMap<usize, Entry>,
    by_referent: HashMap<usize, Vec<usize>>,
}

impl Table {
    fn unlink(&mut self, referent: usize, r: usize) {
        if let Some(v) = self.by_referent.get_mut(&referent) {
            v.retain(|&x| x != r);
            if v.is_empty() {
                self.by_referent.remove(&referent);
            }
        }
    }
}

static TABLE: Mutex<Option<Table>> = Mutex::new(None);
static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// `_set(ref, ob, has_callback)`: `ref` now refers weakly to `ob`.
fn w_set(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_set", 3, 3)?;
    let (r, ob) = (a.at(0).raw(), a.at(1).raw());
    let callback = a.at(2).is_true_obj();
    // Relaxed: an ordering number only.
    let seq = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut t = TABLE.lock();
    let t = t.get_or_insert_with(Table::default);
    if let Some(old) = t.refs.insert(r, Entry { referent: ob, callback, seq }) {
        t.unlink(old.referent, r);
    }
    t.by_referent.entry(ob).or_default().push(r);
    Ok(objmodel::none())
}

/// The referent of `r`, or None if it died (or `r` was never set).
pub fn get(r: Value) -> Value {
    // The lock is released before the log: no safepoint comes between, so no pause can clear
    // the entry meanwhile (INV-W1), and the barrier's slow path takes no table lock.
    let referent = TABLE.lock().as_ref().and_then(|t| t.refs.get(&r.raw())).map_or(0, |e| e.referent);
    if referent == 0 {
        return objmodel::none();
    }
    if gc_concurrent::satb::active() {
        // A marking runs: the reader may keep the referent; the snapshot must not miss it.
        objmodel::alloc::satb_log(referent);
    }
    Value::from_raw(referent)
}

fn w_get(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_get", 1, 1)?;
    Ok(get(a.at(0)))
}

/// The refs of `ob`, newest first.
fn refs_of(ob: usize) -> Vec<Value> {
    let t = TABLE.lock();
    let Some(t) = t.as_ref() else { return Vec::new() };
    let mut refs: Vec<(u64, usize)> = t
        .by_referent
        .get(&ob)
        .map(|v| v.iter().filter_map(|r| t.refs.get(r).map(|e| (e.seq, *r))).collect())
        .unwrap_or_default();
    refs.sort_unstable_by_key(|&(s, _)| std::cmp::Reverse(s));
    refs.into_iter().map(|(_, r)| Value::from_raw(r)).collect()
}

/// `_count(ob)`: how many live refs refer to `ob`.
fn w_count(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_count", 1, 1)?;
    let ob = a.at(0).raw();
    let n = TABLE.lock().as_ref().and_then(|t| t.by_referent.get(&ob).map(Vec::len)).unwrap_or(0);
    Ok(Value::small(n as i64))
}

/// `_refs(ob)`: the refs that refer to `ob`, newest first.
fn w_refs(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_refs", 1, 1)?;
    let refs = refs_of(a.at(0).raw());
    Ok(list::new_list(&refs))
}

/// Whether some ref refers to `v` (for `del`, vm `finalize.rs`).
pub fn is_weakly_referenced(v: Value) -> bool {
    TABLE.lock().as_ref().is_some_and(|t| t.by_referent.contains_key(&v.raw()))
}

/// The final pause's pass (see the module doc): `is_live` tells marked objects. Returns the
/// refs whose callbacks must run, newest first.
pub(crate) fn clear_dead(is_live: &dyn Fn(NonNull<u8>) -> bool) -> Vec<Value> {
    let mut t = TABLE.lock();
    let Some(t) = t.as_mut() else { return Vec::new() };
    let live = |raw: usize| {
        let v = Value::from_raw(raw);
        // SAFETY: heap objects are never at address 0; non-pointers (never stored) count as live.
        !v.is_ptr() || is_live(unsafe { NonNull::new_unchecked(raw as *mut u8) })
    };
    let mut callbacks: Vec<(u64, usize)> = Vec::new();
    // Dead referents: their refs are cleared, and their callbacks queued if the ref lives.
    let dead: Vec<usize> = t.by_referent.keys().copied().filter(|&o| !live(o)).collect();
    for o in dead {
        for r in t.by_referent.remove(&o).unwrap_or_default() {
            if let Some(e) = t.refs.get_mut(&r) {
                e.referent = 0;
                if e.callback && live(r) {
                    callbacks.push((e.seq, r));
                }
            }
        }
    }
    // Dead refs leave the table (INV-W2).
    let dead_refs: Vec<(usize, usize)> = t.refs.iter().filter(|(r, _)| !live(**r)).map(|(&r, e)| (r, e.referent)).collect();
    for (r, referent) in dead_refs {
        t.refs.remove(&r);
        if referent != 0 {
            t.unlink(referent, r);
        }
    }
    callbacks.sort_unstable_by_key(|&(s, _)| std::cmp::Reverse(s));
    callbacks.into_iter().map(|(_, r)| Value::from_raw(r)).collect()
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = super::util::new_module("_pyrs_weakref");
    super::util::funcs(d, &[("_set", w_set), ("_get", w_get), ("_count", w_count), ("_refs", w_refs)]);
    Ok(m)
}

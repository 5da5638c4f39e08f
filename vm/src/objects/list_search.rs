//! `list.remove(x)`: a search that may call `__eq__`, then a removal, as one operation.
//!
//! The scan holds the list's lock. Comparisons that need no Python code (`native_eq`: identity,
//! two small ints, two exact strs, two exact floats) run with it held, so for lists of such
//! values the search and the removal are one critical section, as under CPython's GIL. A
//! comparison that may run Python code runs with the lock released (`LockGuard::unlocked`,
//! INV-L3); afterwards the scan re-validates that slot `i` still holds the item it compared
//! and otherwise restarts from the beginning, so the item removed is always the one found
//! equal, never whatever moved into its index meanwhile (CPython's free-threaded build
//! suspends the list's critical section around `__eq__` in the same way).

use objmodel::Value;

use super::list::{items_locked, obj, remove_at_locked};
use crate::error::PyResult;
use crate::vm::Vm;

/// `a == b` when deciding it runs no Python code; None when it might.
fn native_eq(a: Value, b: Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if a.is_small() && b.is_small() {
        return Some(false); // equal small ints are the same Value
    }
    if super::str::both_exact(a, b) {
        return Some(super::str::eq(a, b));
    }
    let float = objmodel::builtin_types().float;
    if let (Some(x), Some(y)) = (super::float::as_f64(a), super::float::as_f64(b))
        && a.class().is(float)
        && b.class().is(float)
    {
        return Some(x == y);
    }
    None
}

/// Remove the first item equal to `x`; Ok(false) if there is none.
pub fn remove(vm: &mut Vm, v: Value, x: Value) -> PyResult<bool> {
    let l = obj(v);
    'restart: loop {
        let guard = l.h.lock.lock();
        let mut i = 0;
        while let Some(item) = items_locked(l).get(i).map(|s| s.get()) {
            let equal = match native_eq(item, x) {
                Some(e) => e,
                None => {
                    // May run Python code: never with the lock held (INV-L3).
                    let e = guard.unlocked(|| vm.eq(item, x))?;
                    // Re-validate: the list may have changed while unlocked.
                    if !items_locked(l).get(i).is_some_and(|s| s.get().is(item)) {
                        continue 'restart;
                    }
                    e
                }
            };
            if equal {
                remove_at_locked(l, i);
                return Ok(true);
            }
            i += 1;
        }
        return Ok(false);
    }
}

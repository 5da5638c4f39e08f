//! Per-thread cache of MRO lookups keyed by (type version, name), in the spirit of CPython's
//! type attribute cache (Objects/typeobject.c, `_PyType_Lookup`).
//!
//! Validity: a type's version changes whenever its dict or an ancestor's dict changes
//! (`type_::modified`) and versions are never reused, so an entry whose version matches is
//! current. Entries hold raw Values outside the heap, so every collection clears the caches of
//! all threads (`gc_glue`): a name or result object can then never be a recycled address.
//! Per-thread, so no synchronisation and no cache-line sharing between threads.

use objmodel::Value;

const SIZE: usize = 4096;

#[derive(Clone, Copy)]
struct Entry {
    version: u64,
    name: usize,
    /// Result Value, NULL for "not found".
    value: usize,
}

pub struct AttrCache {
    entries: [Entry; SIZE],
    pub epoch: u64,
}

impl AttrCache {
    pub fn new() -> Box<AttrCache> {
        Box::new(AttrCache { entries: [Entry { version: 0, name: 0, value: 0 }; SIZE], epoch: 0 })
    }
    #[inline(always)]
    fn index(version: u64, name: Value) -> usize {
        ((version as usize).wrapping_mul(0x9E37_79B9) ^ (name.raw() >> 3)) & (SIZE - 1)
    }
    /// `Some(result)` on a hit (result may be NULL = absent).
    #[inline(always)]
    pub fn get(&self, version: u64, name: Value) -> Option<Value> {
        let e = &self.entries[Self::index(version, name)];
        if e.version == version && e.name == name.raw() && version != 0 {
            Some(Value::from_raw(e.value))
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn put(&mut self, version: u64, name: Value, value: Option<Value>) {
        let i = Self::index(version, name);
        self.entries[i] = Entry { version, name: name.raw(), value: value.map_or(0, |v| v.raw()) };
    }
    pub fn clear(&mut self) {
        for e in self.entries.iter_mut() {
            e.version = 0;
        }
    }
}

//! Per-thread cache of `LoadGlobal` results by bytecode site, in the spirit of CPython 3.11's
//! LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN specializations.
//!
//! An entry, keyed by the site (code object's instruction array and pc), remembers where the
//! name was found last time:
//! - in the globals dict, at entry index `hint`: a hit re-reads that entry and checks it still
//!   holds the very name object (`dict_table::get_str_hinted`);
//! - in the builtins dict at entry index `hint`, the globals dict having no such key at
//!   version `gver`: a hit first checks that the globals dict's version is still `gver` — a
//!   dict's version changes with every insertion, deletion and rebuild and never returns to an
//!   old value, so an unchanged version means the name is still absent — then reads the
//!   builtins entry as above. Values are always read from the dicts, never cached: replacing a
//!   value (`builtins.len = f`, `g = 2`) changes no version and needs none.
//!
//! Entries name dicts by address. An address names one object between two collections only
//! (it is reused only after a sweep frees it), so every collection clears every thread's cache
//! with the world stopped (`gc_glue`, as for the type attribute cache): a matching address is
//! the same dict. Per-thread: no synchronisation, no shared cache lines.

use objmodel::Value;

use crate::objects::dict_table;

const SIZE: usize = 1024;

#[derive(Clone, Copy)]
struct Entry {
    /// The site: instruction array address, and pc.
    code: usize,
    pc: usize,
    globals: usize,
    /// 0 when found in globals; else the builtins dict (and `gver` holds).
    builtins: usize,
    gver: usize,
    hint: u32,
}

const EMPTY: Entry = Entry { code: 0, pc: 0, globals: 0, builtins: 0, gver: 0, hint: 0 };

pub struct GlobalCache {
    entries: [Entry; SIZE],
}

impl GlobalCache {
    pub fn new() -> Box<GlobalCache> {
        Box::new(GlobalCache { entries: [EMPTY; SIZE] })
    }

    #[inline(always)]
    fn index(code: usize, pc: usize) -> usize {
        ((code >> 3) ^ pc.wrapping_mul(0x9E37_79B9)) & (SIZE - 1)
    }

    /// The value of global `name` at site (`code`, `pc`) if the cached location still holds it.
    #[inline(always)]
    pub fn get(&self, code: usize, pc: usize, globals: Value, builtins: Value, name: Value) -> Option<Value> {
        let e = &self.entries[Self::index(code, pc)];
        if e.code != code || e.pc != pc || e.globals != globals.raw() {
            return None;
        }
        if e.builtins == 0 {
            return dict_table::get_str_hinted(globals, name, e.hint);
        }
        if e.builtins != builtins.raw() || dict_table::version(globals) != e.gver {
            return None;
        }
        dict_table::get_str_hinted(builtins, name, e.hint)
    }

    /// Full lookup at a site whose entry missed: globals, then builtins; records where the
    /// name was found. None when it is in neither (or a lookup must take a dict's lock: the
    /// caller then uses the general path).
    #[inline(never)]
    pub fn fill(&mut self, code: usize, pc: usize, globals: Value, builtins: Value, name: Value) -> Option<Value> {
        let hash = crate::objects::str::hash(name);
        // Read before the lookup: an absence seen by the lookup holds at this version or a
        // later one, and versions only grow, so a later hit at `gver` is never wrong.
        let gver = dict_table::version(globals);
        match dict_table::get_str_lockfree_ix(globals, name, hash)? {
            Some((ix, v)) => {
                self.entries[Self::index(code, pc)] = Entry { code, pc, globals: globals.raw(), builtins: 0, gver: 0, hint: ix as u32 };
                Some(v)
            }
            None => {
                let (ix, v) = dict_table::get_str_lockfree_ix(builtins, name, hash)??;
                if gver & 1 == 0 {
                    self.entries[Self::index(code, pc)] =
                        Entry { code, pc, globals: globals.raw(), builtins: builtins.raw(), gver, hint: ix as u32 };
                }
                Some(v)
            }
        }
    }

    /// Forget everything (a collection may free the dicts named here).
    pub fn clear(&mut self) {
        for e in self.entries.iter_mut() {
            *e = EMPTY;
        }
    }
}

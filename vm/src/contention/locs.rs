//! The process-wide table of source locations named by contention events and allocation
//! sites. Code objects live for the whole process (interp/code.rs), so a (code, pc) pair names
//! one location forever; each thread caches its lookups and takes this table's lock only on
//! the first sight of a pair.

use std::collections::HashMap;

use parking_lot::Mutex;

use crate::report::schema::Location;

struct Table {
    ids: HashMap<Location, u32>,
    locs: Vec<Location>,
}

static TABLE: Mutex<Option<Table>> = Mutex::new(None);

/// The id (>= 1) of `loc`, adding it if new.
pub fn intern(loc: Location) -> u32 {
    let mut g = TABLE.lock();
    let t = g.get_or_insert_with(|| Table { ids: HashMap::new(), locs: Vec::new() });
    if let Some(&id) = t.ids.get(&loc) {
        return id;
    }
    t.locs.push(loc.clone());
    let id = t.locs.len() as u32;
    t.ids.insert(loc, id);
    id
}

/// The location of an id from `intern`.
pub fn get(id: u32) -> Option<Location> {
    let g = TABLE.lock();
    g.as_ref().and_then(|t| t.locs.get((id as usize).checked_sub(1)?).cloned())
}

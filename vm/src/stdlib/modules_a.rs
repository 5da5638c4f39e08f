//! Standard-library modules, group A: the registry of this group's native modules
//! and embedded Python sources.

use objmodel::Value;

use super::NativeInit;
use crate::runtime::Runtime;

/// Native modules of this group.
pub fn native_module(name: &str) -> Option<NativeInit> {
    let _ = name;
    None
}

/// Embedded Python modules of this group: (source, is_package).
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    let _ = name;
    None
}

pub fn init(_r: &'static Runtime) {}

/// GC roots held by this group's modules outside the heap.
pub fn for_each_root(_f: &mut dyn FnMut(Value)) {}

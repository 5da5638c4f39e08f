//! `type.__basicsize__` and `type.__itemsize__`: the sizes CPython 3.11 reports on a 64-bit
//! build. This runtime's object layouts differ, so the values are CPython's (the ones programs
//! print or compare), computed the way `type_new` does for classes defined in Python: the base's
//! size, plus one pointer per `__slots__` member (and for `__weakref__`), plus the weak-reference
//! pointer a class without `__slots__` adds when its base has none. (3.11 keeps a class's
//! instance dict before the object header, so `__dict__` adds nothing.)

use objmodel::TypeObj;
use objmodel::types::tflags;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, int, str as pystr, tuple, type_};
use crate::vm::Vm;

/// CPython's `(tp_basicsize, tp_itemsize)` for the built-in types programs subclass or ask
/// about; other built-ins report a plain object header plus one pointer.
fn builtin_sizes(name: &str) -> (usize, usize) {
    match name {
        "object" => (16, 0),
        "int" => (24, 4),
        "bool" => (32, 4),
        "float" => (24, 0),
        "complex" => (32, 0),
        "str" => (80, 0),
        "bytes" => (33, 1),
        "bytearray" => (56, 0),
        "list" => (40, 0),
        "tuple" => (24, 8),
        "dict" => (48, 0),
        "set" | "frozenset" => (200, 0),
        "type" => (904, 40),
        "range" | "dict_keys" => (48, 0),
        "slice" => (40, 0),
        "property" => (64, 0),
        "staticmethod" | "classmethod" => (32, 0),
        "OSError" | "FileNotFoundError" | "PermissionError" | "FileExistsError" | "IsADirectoryError"
        | "NotADirectoryError" | "TimeoutError" | "ConnectionError" | "BlockingIOError" => (112, 0),
        "StopIteration" => (80, 0),
        "SyntaxError" | "IndentationError" | "TabError" => (136, 0),
        "ImportError" | "ModuleNotFoundError" => (96, 0),
        "UnicodeDecodeError" | "UnicodeEncodeError" | "UnicodeTranslateError" => (112, 0),
        "SystemExit" => (80, 0),
        "NameError" | "AttributeError" => (80, 0),
        "BaseExceptionGroup" | "ExceptionGroup" => (88, 0),
        _ => (24, 0),
    }
}

fn is_exception_type(t: &TypeObj) -> bool {
    tuple::items(t.mro.get()).iter().any(|c| type_::as_type(*c).has_flag(tflags::EXCEPTION))
}

/// Whether instances of `t` carry a weak-reference slot.
fn has_weakref(t: &TypeObj) -> bool {
    if !t.has_flag(tflags::HEAPTYPE) {
        return matches!(t.name_str(), "type" | "set" | "frozenset");
    }
    if !t.has_flag(tflags::SLOTS_ONLY) && dict::get_by_name(t.dict.get(), "__slots__").is_none() {
        return true;
    }
    own_slot_names(t).iter().any(|s| s == "__weakref__") || base_of(t).is_some_and(has_weakref)
}

fn base_of(t: &TypeObj) -> Option<&'static TypeObj> {
    let b = t.base.get();
    if b.is_null() { None } else { Some(type_::as_type(b)) }
}

/// The names a class's own `__slots__` lists (empty without `__slots__`).
pub(crate) fn own_slot_names(t: &TypeObj) -> Vec<String> {
    let Some(slots) = dict::get_by_name(t.dict.get(), "__slots__") else { return Vec::new() };
    if let Some(s) = pystr::as_str(slots) {
        return vec![s.to_string()];
    }
    let items: Vec<objmodel::Value> = if tuple::is_tuple(slots) {
        tuple::items(slots).to_vec()
    } else if crate::objects::list::is_list(slots) {
        crate::objects::list::to_vec(slots)
    } else if dict::is_dict(slots) {
        dict::keys(slots)
    } else {
        Vec::new()
    };
    items.iter().filter_map(|v| pystr::as_str(*v).map(str::to_string)).collect()
}

fn sizes(t: &TypeObj) -> (usize, usize) {
    if !t.has_flag(tflags::HEAPTYPE) {
        let (b, i) = builtin_sizes(t.name_str());
        // A built-in exception not in the table has BaseException's layout.
        if b == 24 && i == 0 && is_exception_type(t) {
            return (72, 0);
        }
        return (b, i);
    }
    let Some(base) = base_of(t) else { return (16, 0) };
    let (mut basic, item) = sizes(base);
    if dict::get_by_name(t.dict.get(), "__slots__").is_some() {
        for s in own_slot_names(t) {
            if s != "__dict__" {
                basic += 8;
            }
        }
    } else if !has_weakref(base) {
        basic += 8;
    }
    (basic, item)
}

fn get_basicsize(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(sizes(type_::as_type(a.at(0))).0))
}

fn get_itemsize(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(sizes(type_::as_type(a.at(0))).1))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::getset;
    getset(r.types.type_, "__basicsize__", get_basicsize, None);
    getset(r.types.type_, "__itemsize__", get_itemsize, None);
}

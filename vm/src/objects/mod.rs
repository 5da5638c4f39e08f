//! Built-in object types: their core operations and Python-visible methods.
//!
//! Core modules (`int`, `float`, `str`, `tuple`, `list`, `dict`, `set`, `bytes`, ...) give the
//! rest of the vm typed access; `*_methods` modules fill the type dicts; `define` has the
//! helpers for that.

pub mod builtin_docs;
pub mod builtin_names;
pub mod builtin_sigs;
pub mod bytes;
pub mod bytes_methods;
pub mod bytes_methods_more;
pub mod charmap_tables;
pub mod codecs;
pub mod complex;
pub mod define;
pub mod descriptor_types;
pub mod dict;
pub mod dict_methods;
pub mod dict_table;
pub mod exception_group;
pub mod exceptions;
pub mod float;
pub mod float_methods;
pub mod function;
pub mod hashing;
pub mod int;
pub mod int_fast;
pub mod inplace_methods;
pub mod int_methods;
pub mod iter;
pub mod iter_reduce;
pub mod list;
pub mod list_index;
pub mod list_methods;
pub mod list_search;
pub mod mappingproxy;
pub mod memoryview;
pub mod misc_types;
pub mod module;
pub mod numbers;
pub mod object;
pub mod object_reduce;
pub mod range;
pub mod set;
pub mod set_methods;
pub mod set_table;
pub mod slice;
pub mod slots;
pub mod sort;
pub mod str;
pub mod str_args;
pub mod str_cache;
pub mod str_format;
pub mod str_format_markup;
pub mod str_index;
pub mod str_methods;
pub mod str_methods_more;
pub mod subscript;
pub mod tuple;
pub mod type_;
pub mod type_attrs;
pub mod type_sizes;
pub mod unicode;
pub mod unicode_db;

/// Fill every built-in type's dict.
pub fn init_all(r: &'static crate::runtime::Runtime) {
    object::init(r);
    type_attrs::init(r);
    type_sizes::init(r);
    numbers::init(r);
    str_methods::init(r);
    list_methods::init(r);
    dict_methods::init(r);
    mappingproxy::init(r);
    set_methods::init(r);
    bytes_methods::init(r);
    memoryview::init(r);
    range::init(r);
    module::init(r);
    exceptions::init(r);
    exception_group::init(r);
    iter::init(r);
    iter_reduce::init(r);
    misc_types::init(r);
    inplace_methods::init(r);
    descriptor_types::init(r);
    crate::interp::generator::init(r);
    crate::interp::coroutine::init(r);
    crate::interp::traceback::init(r);
}

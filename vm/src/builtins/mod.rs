//! The `builtins` module: built-in functions (`funcs`; `aiter`/`anext` in `async_iter`), class creation (`build_class`),
//! introspection (`introspect`), `exit`/`quit` (`site`), and the built-in types and exceptions by name.

pub mod async_iter;
pub mod build_class;
pub mod funcs;
pub mod introspect;
pub mod site;

use crate::objects::dict;
use crate::runtime::Runtime;

pub fn init(r: &'static Runtime) {
    let d = r.builtins_dict;
    funcs::register(d);
    async_iter::register(d);
    funcs::register_iter_types(r);
    introspect::init(r);
    site::init(r);
    let t = r.types;
    for (name, ty) in [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("tuple", t.tuple),
        ("list", t.list),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("classmethod", t.classmethod),
        ("staticmethod", t.staticmethod),
        ("super", t.super_),
        ("enumerate", r.extra.enumerate),
        ("zip", r.extra.zip),
        ("map", r.extra.map),
        ("filter", r.extra.filter),
        ("reversed", r.extra.reversed),
        ("memoryview", crate::objects::memoryview::memoryview_type()),
    ] {
        dict::set_by_name(d, name, ty.as_value());
    }
    for (name, ty) in &r.exc.all {
        dict::set_by_name(d, name, ty.as_value());
    }
    dict::set_by_name(d, "EnvironmentError", r.exc.os_error.as_value());
    dict::set_by_name(d, "IOError", r.exc.os_error.as_value());
    dict::set_by_name(d, "None", objmodel::none());
    dict::set_by_name(d, "True", objmodel::true_());
    dict::set_by_name(d, "False", objmodel::false_());
    dict::set_by_name(d, "Ellipsis", objmodel::ellipsis());
    dict::set_by_name(d, "NotImplemented", objmodel::not_implemented());
    dict::set_by_name(d, "__debug__", objmodel::true_());
    dict::set_by_name(d, "__name__", crate::objects::str::new("builtins"));
    dict::set_str(r.sys_modules, r.intern("builtins"), r.builtins);
}

//! Start-up: creating the built-in types in dependency order.
//!
//! `type` and `object` refer to each other, and every object (even a type's name string) needs
//! its class to exist, so phase 1 allocates all built-in type objects with no class, phase 2
//! points them at `type` and publishes the table, and phase 3 gives them names, dicts and MROs.
//! `populate` then fills the dicts with methods (each `objects/*` module's `init`) and creates
//! the `builtins` and `sys` modules.

use std::sync::atomic::{AtomicUsize, Ordering};

use objmodel::alloc::{alloc_type_uninit, new_str, new_tuple};
use objmodel::types::{BuiltinTypes, tflags};
use objmodel::{Kind, TypeObj, Value};
use parking_lot::Mutex;

use super::{ExcTypes, ExtraTypes, Names, Runtime, RuntimeFlags};
use crate::objects::{dict as dictobj, type_ as typeobj};

fn raw_type(kind: Kind, flags: u32) -> &'static TypeObj {
    let t = alloc_type_uninit();
    t.instance_kind.store(kind as u32, Ordering::Relaxed);
    t.flags.store(flags, Ordering::Relaxed);
    t
}

const BASE: u32 = tflags::BASETYPE;

pub(super) fn create() -> Runtime {
    // Phase 1: raw type objects.
    let object = raw_type(Kind::Object, BASE);
    let type_ = raw_type(Kind::Type, BASE);
    let list = [
        ("object", object, None, Kind::Object),
        ("type", type_, Some(object), Kind::Type),
    ];
    let mk = |kind: Kind, flags: u32| raw_type(kind, flags);
    let t = BuiltinTypes {
        object,
        type_,
        int: mk(Kind::Int, BASE),
        bool_: mk(Kind::Bool, 0),
        float: mk(Kind::Float, BASE),
        complex: mk(Kind::Complex, BASE),
        str_: mk(Kind::Str, BASE),
        bytes: mk(Kind::Bytes, BASE),
        bytearray: mk(Kind::ByteArray, BASE),
        tuple: mk(Kind::Tuple, BASE),
        list: mk(Kind::List, BASE),
        dict: mk(Kind::Dict, BASE),
        set: mk(Kind::Set, BASE),
        frozenset: mk(Kind::FrozenSet, BASE),
        none: mk(Kind::NoneType, 0),
        ellipsis: mk(Kind::Ellipsis, 0),
        not_implemented: mk(Kind::NotImplemented, 0),
        function: mk(Kind::Function, 0),
        builtin_function: mk(Kind::Builtin, 0),
        method: mk(Kind::BoundMethod, 0),
        code: mk(Kind::Code, 0),
        cell: mk(Kind::Cell, 0),
        module: mk(Kind::Module, BASE),
        generator: mk(Kind::Generator, 0),
        range: mk(Kind::Range, 0),
        slice: mk(Kind::Slice, 0),
        property: mk(Kind::Property, BASE),
        classmethod: mk(Kind::ClassMethod, BASE),
        staticmethod: mk(Kind::StaticMethod, BASE),
        super_: mk(Kind::Super, BASE),
        base_exception: mk(Kind::Exception, BASE | tflags::EXCEPTION | tflags::HAS_DICT),
        internal: mk(Kind::Array, 0),
    };
    // Phase 2: every built-in type is an instance of `type`; publish the table.
    let all: Vec<(&str, &'static TypeObj, Option<&'static TypeObj>)> = vec![
        (list[0].0, list[0].1, list[0].2),
        (list[1].0, list[1].1, list[1].2),
        ("int", t.int, Some(object)),
        ("bool", t.bool_, Some(t.int)),
        ("float", t.float, Some(object)),
        ("complex", t.complex, Some(object)),
        ("str", t.str_, Some(object)),
        ("bytes", t.bytes, Some(object)),
        ("bytearray", t.bytearray, Some(object)),
        ("tuple", t.tuple, Some(object)),
        ("list", t.list, Some(object)),
        ("dict", t.dict, Some(object)),
        ("set", t.set, Some(object)),
        ("frozenset", t.frozenset, Some(object)),
        ("NoneType", t.none, Some(object)),
        ("ellipsis", t.ellipsis, Some(object)),
        ("NotImplementedType", t.not_implemented, Some(object)),
        ("function", t.function, Some(object)),
        ("builtin_function_or_method", t.builtin_function, Some(object)),
        ("method", t.method, Some(object)),
        ("code", t.code, Some(object)),
        ("cell", t.cell, Some(object)),
        ("module", t.module, Some(object)),
        ("generator", t.generator, Some(object)),
        ("range", t.range, Some(object)),
        ("slice", t.slice, Some(object)),
        ("property", t.property, Some(object)),
        ("classmethod", t.classmethod, Some(object)),
        ("staticmethod", t.staticmethod, Some(object)),
        ("super", t.super_, Some(object)),
        ("BaseException", t.base_exception, Some(object)),
        ("<internal>", t.internal, Some(object)),
    ];
    for (_, ty, _) in &all {
        ty.h.set_class(type_);
    }
    objmodel::types::set_builtin_types(t);
    let t = objmodel::types::builtin_types();
    objmodel::statics::init_static_classes(t);
    // Phase 3: names, dicts, bases and MROs (bases are always earlier in `all`).
    for (name, ty, base) in &all {
        init_type_fields(ty, name, *base);
    }
    let mut interned = super::InternTable::default();
    let names = Names::new(&mut |s: &str| {
        *interned.entry(s.into()).or_insert_with(|| new_str(s))
    });
    let nt = |name: &str, base: &'static TypeObj, kind: Kind| new_builtin_type(name, base, kind, 0);
    let extra = ExtraTypes {
        list_iterator: nt("list_iterator", object, Kind::Iter),
        list_reverseiterator: nt("list_reverseiterator", object, Kind::Iter),
        tuple_iterator: nt("tuple_iterator", object, Kind::Iter),
        str_iterator: nt("str_ascii_iterator", object, Kind::Iter),
        bytes_iterator: nt("bytes_iterator", object, Kind::Iter),
        range_iterator: nt("range_iterator", object, Kind::Iter),
        bytearray_iterator: nt("bytearray_iterator", object, Kind::Iter),
        longrange_iterator: nt("longrange_iterator", object, Kind::Iter),
        set_iterator: nt("set_iterator", object, Kind::Iter),
        dict_keys: nt("dict_keys", object, Kind::DictView),
        dict_values: nt("dict_values", object, Kind::DictView),
        dict_items: nt("dict_items", object, Kind::DictView),
        dict_keyiterator: nt("dict_keyiterator", object, Kind::Iter),
        dict_valueiterator: nt("dict_valueiterator", object, Kind::Iter),
        dict_itemiterator: nt("dict_itemiterator", object, Kind::Iter),
        dict_reversekeyiterator: nt("dict_reversekeyiterator", object, Kind::Iter),
        dict_reversevalueiterator: nt("dict_reversevalueiterator", object, Kind::Iter),
        dict_reverseitemiterator: nt("dict_reverseitemiterator", object, Kind::Iter),
        seq_iterator: nt("iterator", object, Kind::Iter),
        callable_iterator: nt("callable_iterator", object, Kind::Iter),
        enumerate: new_builtin_type("enumerate", object, Kind::Iter, BASE),
        zip: new_builtin_type("zip", object, Kind::Iter, BASE),
        map: new_builtin_type("map", object, Kind::Iter, BASE),
        filter: new_builtin_type("filter", object, Kind::Iter, BASE),
        reversed: new_builtin_type("reversed", object, Kind::Iter, BASE),
        method_descriptor: nt("method_descriptor", object, Kind::Builtin),
        getset_descriptor: nt("getset_descriptor", object, Kind::Property),
        wrapper_descriptor: nt("wrapper_descriptor", object, Kind::Builtin),
        classmethod_descriptor: nt("classmethod_descriptor", object, Kind::Builtin),
        method_wrapper: nt("method-wrapper", object, Kind::Builtin),
        member_descriptor: nt("member_descriptor", object, Kind::Object),
        mappingproxy: nt("mappingproxy", object, Kind::DictView),
        traceback: nt("traceback", object, Kind::Iter),
        frame: nt("frame", object, Kind::Iter),
        coroutine: nt("coroutine", object, Kind::Generator),
        async_generator: nt("async_generator", object, Kind::Generator),
        async_gen_wrapped: nt("async_generator_wrapped_value", object, Kind::Iter),
    };
    let exc = ExcTypes::create(t.base_exception);
    let builtins_dict = dictobj::new_dict();
    let builtins = crate::objects::module::new_module_with_dict(new_str("builtins"), builtins_dict);
    let sys_modules = dictobj::new_dict();
    Runtime {
        types: t,
        extra,
        exc,
        names,
        builtins,
        builtins_dict,
        sys_modules,
        interned: Mutex::new(interned),
        perm_roots: Mutex::new(Vec::new()),
        recursion_limit: AtomicUsize::new(1000),
        flags: RuntimeFlags::default(),
    }
}

fn init_type_fields(ty: &'static TypeObj, name: &str, base: Option<&'static TypeObj>) {
    ty.name.set(new_str(name));
    ty.qualname.set(ty.name.get());
    ty.module.set(new_str("builtins"));
    ty.dict.set(dictobj::new_dict());
    if let Some(doc) = super::type_docs::type_doc(name) {
        dictobj::set_by_name(ty.dict.get(), "__doc__", doc.map_or_else(objmodel::none, new_str));
    }
    ty.subclasses.set(objmodel::alloc::new_tuple(&[]));
    match base {
        Some(b) => {
            ty.base.set(b.as_value());
            ty.bases.set(new_tuple(&[b.as_value()]));
            if !name.starts_with('<') {
                // `base.__subclasses__()` lists built-in subclasses too, in creation order.
                let mut subs = crate::objects::tuple::items(b.subclasses.get()).to_vec();
                subs.push(ty.as_value());
                b.subclasses.set(new_tuple(&subs));
            }
            let mut mro = vec![ty.as_value()];
            mro.extend_from_slice(crate::objects::tuple::items(b.mro.get()));
            ty.mro.set(new_tuple(&mro));
        }
        None => {
            ty.bases.set(new_tuple(&[]));
            ty.mro.set(new_tuple(&[ty.as_value()]));
        }
    }
    ty.bump_version();
}

/// A new built-in (non-heap) type with single inheritance from `base`. It stays alive because
/// the runtime reports it as a root (see `for_each_type_root`) or the caller roots it.
pub fn new_builtin_type(name: &str, base: &'static TypeObj, kind: Kind, flags: u32) -> &'static TypeObj {
    let ty = raw_type(kind, flags | (base.flags() & (tflags::EXCEPTION | tflags::HAS_DICT)));
    ty.h.set_class(objmodel::builtin_types().type_);
    init_type_fields(ty, name, Some(base));
    TYPE_ROOTS.lock().push(ty.as_value());
    ty
}

static TYPE_ROOTS: Mutex<Vec<Value>> = Mutex::new(Vec::new());

pub(super) fn for_each_type_root(r: &Runtime, f: &mut dyn FnMut(Value)) {
    let t = r.types;
    for ty in [
        t.object, t.type_, t.int, t.bool_, t.float, t.complex, t.str_, t.bytes, t.bytearray, t.tuple, t.list,
        t.dict, t.set, t.frozenset, t.none, t.ellipsis, t.not_implemented, t.function, t.builtin_function,
        t.method, t.code, t.cell, t.module, t.generator, t.range, t.slice, t.property, t.classmethod,
        t.staticmethod, t.super_, t.base_exception, t.internal,
    ] {
        f(ty.as_value());
    }
    for v in TYPE_ROOTS.lock().iter() {
        f(*v);
    }
}

/// Fill the built-in types' dicts and create the builtins and sys modules.
pub(super) fn populate(r: &'static Runtime) {
    typeobj::init_builtin_type_methods(r);
    crate::builtins::init(r);
    crate::stdlib::init(r);
}

//! Run-time support for the `match` statement (PEP 634, CPython 3.11 semantics): the
//! `MatchSequence`, `MatchMapping`, `MatchKeys`, `CopyDictWithoutKeys` and `MatchClass`
//! instructions (see `bytecode.rs` for their stack effects).

use objmodel::{Kind, TypeObj, Value};

use crate::error::PyResult;
use crate::objects::{dict, tuple, type_};
use crate::args::Args;
use crate::vm::Vm;

/// `isinstance(v, <module>.<name>)` when that module is already imported (never imports it).
fn isinstance_of_loaded(vm: &mut Vm, v: Value, module: &str, name: &str) -> PyResult<bool> {
    let m = match dict::get_str(vm.rt.sys_modules, vm.intern(module)) {
        Some(m) => m,
        None => return Ok(false),
    };
    let cls = match vm.getattr_opt(m, vm.intern(name))? {
        Some(c) => c,
        None => return Ok(false),
    };
    vm.isinstance(v, cls)
}

fn mro_has_name(t: &TypeObj, names: &[&str]) -> bool {
    if names.contains(&t.name_str()) {
        return true;
    }
    tuple::items(t.mro.get()).iter().any(|c| type_::try_type(*c).is_some_and(|c| names.contains(&c.name_str())))
}

/// Whether a sequence pattern may match `v` (CPython's `Py_TPFLAGS_SEQUENCE`).
pub fn match_sequence(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if v.is_small() {
        return Ok(false);
    }
    match v.header().kind() {
        Kind::List | Kind::Tuple | Kind::Range => return Ok(true),
        Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Int
        | Kind::Float => return Ok(false),
        _ => {}
    }
    let t = v.class();
    if mro_has_name(t, &["deque", "memoryview", "array"]) {
        return Ok(true);
    }
    isinstance_of_loaded(vm, v, "collections.abc", "Sequence")
}

/// Whether a mapping pattern may match `v` (CPython's `Py_TPFLAGS_MAPPING`).
pub fn match_mapping(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if v.is_small() {
        return Ok(false);
    }
    match v.header().kind() {
        Kind::Dict => return Ok(true),
        Kind::List | Kind::Tuple | Kind::Range | Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Set
        | Kind::FrozenSet | Kind::Int | Kind::Float => return Ok(false),
        _ => {}
    }
    if mro_has_name(v.class(), &["mappingproxy"]) {
        return Ok(true);
    }
    isinstance_of_loaded(vm, v, "collections.abc", "Mapping")
}

/// `len(v)` for the `GetLen` instruction.
pub fn get_len(vm: &mut Vm, v: Value) -> PyResult {
    let n = vm.len(v)?;
    Ok(crate::objects::int::from_usize(n))
}

/// The values of `keys` in `subject` as a tuple, or None if one is missing. Lookups use
/// `subject.get(key, <sentinel>)`, so `__missing__` is never triggered.
pub fn match_keys(vm: &mut Vm, subject: Value, keys: Value) -> PyResult {
    let keys = tuple::items(keys).to_vec();
    if keys.is_empty() {
        return Ok(tuple::new(&[]));
    }
    let seen = crate::objects::set::new_set();
    let get = vm.getattr_str(subject, "get")?;
    let sentinel = crate::objects::list::new_list(&[]);
    let acc = crate::objects::list::new_list(&[]);
    for k in keys {
        if crate::objects::set::contains(vm, seen, k)? {
            let r = vm.repr(k)?;
            let r = crate::objects::str::as_str(r).unwrap_or("").to_string();
            return Err(vm.value_error(format!("mapping pattern checks duplicate key ({r})")));
        }
        crate::objects::set::add(vm, seen, k)?;
        let v = vm.call(get, Args::new(&[k, sentinel]))?;
        if v.is(sentinel) {
            return Ok(objmodel::none());
        }
        crate::objects::list::append(acc, v);
    }
    Ok(tuple::new(&crate::objects::list::to_vec(acc)))
}

/// A new dict with the items of `subject` except `keys` (for `**rest`).
pub fn copy_dict_without_keys(vm: &mut Vm, subject: Value, keys: Value) -> PyResult {
    let d = dict::new_dict();
    crate::interp::helpers::dict_update(vm, d, subject, false)?;
    for &k in tuple::items(keys) {
        vm.delitem(d, k)?;
    }
    Ok(d)
}

/// Built-in types whose instances match themselves with one positional sub-pattern.
fn matches_self(t: &TypeObj) -> bool {
    let b = objmodel::builtin_types();
    [b.bool_, b.bytearray, b.bytes, b.dict, b.float, b.frozenset, b.int, b.list, b.set, b.str_, b.tuple]
        .iter()
        .any(|m| type_::is_subtype(t, m))
}

/// `getattr(subject, name)`, or None (NULL) on AttributeError.
fn match_attr(vm: &mut Vm, subject: Value, name: Value) -> PyResult<Option<Value>> {
    match vm.getattr(subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, vm.rt.exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `MatchClass(nargs)`: the tuple of extracted attributes, or None when `subject` does not match.
pub fn match_class(vm: &mut Vm, subject: Value, cls: Value, nargs: u32, kwnames: Value) -> PyResult {
    let none = objmodel::none();
    let Some(ty) = type_::try_type(cls) else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    if !vm.isinstance(subject, cls)? {
        return Ok(none);
    }
    let cls_name = ty.name_str().to_string();
    let mut seen: Vec<Value> = Vec::new();
    let out = crate::objects::list::new_list(&[]);
    let check_dup = |vm: &mut Vm, seen: &mut Vec<Value>, name: Value| -> PyResult<()> {
        let s = crate::objects::str::as_str(name).unwrap_or("").to_string();
        if seen.iter().any(|n| crate::objects::str::as_str(*n) == Some(s.as_str())) {
            return Err(vm.type_error(format!("{cls_name}() got multiple sub-patterns for attribute '{s}'")));
        }
        seen.push(name);
        Ok(())
    };
    if nargs > 0 {
        let match_args = match vm.getattr(cls, vm.intern("__match_args__")) {
            Ok(v) => Some(v),
            Err(e) if vm.err_matches(&e, vm.rt.exc.attribute_error) => None,
            Err(e) => return Err(e),
        };
        let (args, match_self) = match match_args {
            Some(m) => {
                if m.is_small() || m.header().kind() != Kind::Tuple || !type_::isinstance(m, objmodel::builtin_types().tuple) {
                    let got = m.class().name_str().to_string();
                    return Err(vm.type_error(format!("{}.__match_args__ must be a tuple (got {got})", ty.error_name())));
                }
                (tuple::items(m).to_vec(), false)
            }
            None => (Vec::new(), matches_self(ty)),
        };
        let allowed = if match_self { 1 } else { args.len() };
        if allowed < nargs as usize {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                ty.name_str()
            )));
        }
        if match_self {
            crate::objects::list::append(out, subject);
        } else {
            for &name in &args[..nargs as usize] {
                if name.is_small() || name.header().kind() != Kind::Str {
                    let got = name.class().name_str().to_string();
                    return Err(vm.type_error(format!("__match_args__ elements must be strings (got {got})")));
                }
                check_dup(vm, &mut seen, name)?;
                match match_attr(vm, subject, name)? {
                    Some(v) => {
                        crate::objects::list::append(out, v);
                    }
                    None => return Ok(none),
                }
            }
        }
    }
    for &name in tuple::items(kwnames) {
        check_dup(vm, &mut seen, name)?;
        match match_attr(vm, subject, name)? {
            Some(v) => {
                crate::objects::list::append(out, v);
            }
            None => return Ok(none),
        }
    }
    Ok(tuple::new(&crate::objects::list::to_vec(out)))
}

//! Out-of-line parts of the interpreter loop: name resolution in namespaces, unpacking,
//! argument spreading, raising, `with`, function creation, imports into a namespace.

use objmodel::types::tflags;
use objmodel::{Kind, Value};

use super::frame::Frame;
use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::objects::{dict, exceptions, function, list, str as pystr, tuple, type_};
use crate::vm::Vm;

pub fn unbound_local(vm: &mut Vm, f: &Frame, i: u32) -> PyErr {
    let name = &f.code.varnames[i as usize];
    let e = vm.new_error(
        vm.rt.exc.unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    );
    exceptions::set_attr(e.0, "name", vm.intern(name));
    e
}

pub fn unbound_deref(vm: &mut Vm, f: &Frame, i: u32) -> PyErr {
    let name = f.code.cell_name(i);
    if (i as usize) < f.code.cellvars.len() {
        vm.new_error(
            vm.rt.exc.unbound_local_error,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    } else {
        vm.name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    }
}

pub fn name_error(vm: &mut Vm, name: Value) -> PyErr {
    let n = pystr::as_str(name).unwrap_or("?");
    let e = vm.name_error(format!("name '{n}' is not defined"));
    exceptions::set_attr(e.0, "name", name);
    e
}

/// Lookup in a locals mapping (dict fast path, else `__getitem__`).
pub fn locals_get(vm: &mut Vm, locals: Value, name: Value) -> PyResult<Option<Value>> {
    if dict::is_dict(locals) && locals.class().is(vm.rt.types.dict) {
        return Ok(dict::get_str(locals, name));
    }
    match vm.getitem(locals, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, vm.rt.exc.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn load_name(vm: &mut Vm, f: &Frame, name: Value) -> PyResult {
    if !f.locals.is_null()
        && let Some(v) = locals_get(vm, f.locals, name)?
    {
        return Ok(v);
    }
    load_global_or_builtin(vm, f, name)
}

/// `LOAD_NAME` at bytecode site `pc`: in a namespace that is an exact dict (module level and
/// class bodies), the entry index this site last read is tried first, under the same rules as
/// the attribute hints (`Vm::getattr_at`): the hint is only a guess, checked against the very
/// name object under the dict's version protocol. Top-level loops of scripts live on these.
#[inline]
pub fn load_name_at(vm: &mut Vm, f: &Frame, name: Value, hints: &crate::bytecode::AttrHints, pc: usize) -> PyResult {
    // A frame without its own locals (module level) names its globals.
    let ns = if f.locals.is_null() { f.globals } else { f.locals };
    if dict::is_dict(ns) && ns.class().is(vm.rt.types.dict) {
        match crate::ops::attr::get_str_at_site(ns, name, hints, pc) {
            Some(Some(v)) => return Ok(v),
            Some(None) if f.locals.is_null() => return load_builtin(vm, f, name),
            Some(None) => return load_global_or_builtin(vm, f, name),
            None => {}
        }
    }
    load_name(vm, f, name)
}

fn load_global_or_builtin(vm: &mut Vm, f: &Frame, name: Value) -> PyResult {
    match dict::get_str(f.globals, name) {
        Some(v) => Ok(v),
        None => load_builtin(vm, f, name),
    }
}

fn load_builtin(vm: &mut Vm, f: &Frame, name: Value) -> PyResult {
    dict::get_str(f.builtins, name).ok_or_else(|| name_error(vm, name))
}

/// `STORE_NAME` at bytecode site `pc`: into an exact-dict namespace, the value of a present
/// name is replaced at the entry index this site last wrote (checked under the dict's lock,
/// as `setattr_at` does); otherwise a plain store that records the index.
#[inline]
pub fn store_name_at(vm: &mut Vm, f: &Frame, name: Value, v: Value, hints: &crate::bytecode::AttrHints, pc: usize) -> PyResult<()> {
    let ns = if f.locals.is_null() { f.globals } else { f.locals };
    if dict::is_dict(ns) && ns.class().is(vm.rt.types.dict) {
        if !crate::objects::dict_table::replace_str_hinted(ns, name, hints.get(pc), v) {
            let ix = dict::set_str_ix(ns, name, v);
            hints.set(pc, ix as u32);
        }
        return Ok(());
    }
    vm.setitem(ns, name, v)
}

pub fn store_name(vm: &mut Vm, f: &Frame, name: Value, v: Value) -> PyResult<()> {
    let ns = if f.locals.is_null() { f.globals } else { f.locals };
    if dict::is_dict(ns) && ns.class().is(vm.rt.types.dict) {
        dict::set_str(ns, name, v);
        Ok(())
    } else {
        vm.setitem(ns, name, v)
    }
}

/// `del name` in a module or class body; returns whether the value it was bound to asks for a
/// collection (`finalize::collect_on_del`). Out of line, so that the value does not stay in a
/// register of the eval loop where the collection would find it.
#[inline(never)]
pub fn delete_name(vm: &mut Vm, f: &Frame, name: Value) -> PyResult<bool> {
    let ns = if f.locals.is_null() { f.globals } else { f.locals };
    let found = if dict::is_dict(ns) && ns.class().is(vm.rt.types.dict) {
        dict::remove_str(ns, name)
    } else {
        match vm.delitem(ns, name) {
            Ok(()) => Some(Value::NULL),
            Err(e) if vm.err_matches(&e, vm.rt.exc.key_error) => None,
            Err(e) => return Err(e),
        }
    };
    found.map(crate::finalize::collect_on_del).ok_or_else(|| name_error(vm, name))
}

/// f-string conversion and formatting.
pub fn format_value(vm: &mut Vm, v: Value, conv: u32, spec: Value) -> PyResult {
    let v = match conv {
        1 => vm.str(v)?,
        2 => vm.repr(v)?,
        3 => {
            let r = vm.repr_string(v)?;
            pystr::new(&crate::builtins::funcs::ascii_escape(&r))
        }
        _ => v,
    };
    if spec.is_null() && pystr::is_str(v) && v.class().is(vm.rt.types.str_) {
        return Ok(v);
    }
    let spec = if spec.is_null() { vm.rt.names.empty } else { spec };
    vm.format(v, spec)
}

/// Items for `*x` in displays and calls (TypeError names the callable in CPython; here generic).
pub fn collect_for_unpack(vm: &mut Vm, it: Value) -> PyResult<Vec<Value>> {
    match vm.collect(it) {
        Ok(v) => Ok(v),
        Err(e) if vm.err_matches(&e, vm.rt.exc.type_error) && !is_iterable(vm, it) => Err(vm.type_error(format!(
            "Value after * must be an iterable, not {}",
            it.class().name_str()
        ))),
        Err(e) => Err(e),
    }
}

fn is_iterable(vm: &mut Vm, v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    matches!(v.header().kind(), Kind::List | Kind::Tuple | Kind::Str | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Range | Kind::Iter | Kind::Bytes | Kind::ByteArray | Kind::DictView)
        || super::coroutine::is_plain_generator(v)
        || vm.lookup_type_cached(v.class(), vm.rt.names.__iter__).is_some()
        || vm.lookup_type_cached(v.class(), vm.rt.names.__getitem__).is_some()
}

/// `{**m}` / `dict.update(m)` semantics: a mapping with `keys()`.
pub fn dict_update(vm: &mut Vm, d: Value, m: Value, _strict: bool) -> PyResult<()> {
    if dict::is_dict(m) {
        for (k, v) in dict::items(m) {
            dict::set(vm, d, k, v)?;
        }
        return Ok(());
    }
    let keys = match vm.getattr_opt(m, vm.rt.names.keys)? {
        Some(k) => k,
        None => {
            return Err(vm.type_error(format!("'{}' object is not a mapping", m.class().error_name())));
        }
    };
    let ks = vm.call0(keys)?;
    let ks = vm.collect(ks)?;
    for k in ks {
        let v = vm.getitem(m, k)?;
        dict::set(vm, d, k, v)?;
    }
    Ok(())
}

pub fn dict_merge_kwargs(vm: &mut Vm, d: Value, m: Value, func: Value) -> PyResult<()> {
    let items: Vec<(Value, Value)> = if dict::is_dict(m) {
        dict::items(m)
    } else {
        let keys = match vm.getattr_opt(m, vm.rt.names.keys)? {
            Some(k) => k,
            None => {
                let fname = func_name(vm, func);
                return Err(vm.type_error(format!(
                    "{fname} argument after ** must be a mapping, not {}",
                    m.class().name_str()
                )));
            }
        };
        let ks = vm.call0(keys)?;
        let ks = vm.collect(ks)?;
        let mut out = Vec::new();
        for k in ks {
            let v = vm.getitem(m, k)?;
            out.push((k, v));
        }
        out
    };
    // CPython's DICT_MERGE checks only duplicates; keys that are not strings are refused
    // by the call itself (`call_ex`), except by the few natives that take any keys.
    for (k, v) in items {
        if dict::get(vm, d, k)?.is_some() {
            let fname = func_name(vm, func);
            let Some(kn) = pystr::as_str(k) else {
                return Err(vm.type_error(format!("{fname} keywords must be strings")));
            };
            return Err(vm.type_error(format!("{fname} got multiple values for keyword argument '{kn}'")));
        }
        dict::set(vm, d, k, v)?;
    }
    Ok(())
}

/// `name()` as CPython prints callables in argument errors.
pub fn func_name(vm: &mut Vm, f: Value) -> String {
    let _ = vm;
    if f.is_ptr() {
        match f.header().kind() {
            Kind::Function => {
                let fo = function::func(f);
                let q = pystr::as_str(fo.qualname.get()).unwrap_or("?");
                return match pystr::as_str(fo.module.get()) {
                    Some(m) if m != "builtins" => format!("{m}.{q}()"),
                    _ => format!("{q}()"),
                };
            }
            Kind::Builtin => {
                let b = crate::ops::call::builtin(f);
                let bound = b.bound.get();
                if !bound.is_null() && bound.is_ptr() && bound.header().kind() != Kind::Module {
                    return format!("{}.{}()", bound.class().name_str(), b.name());
                }
                return format!("{}()", b.name());
            }
            Kind::BoundMethod => return func_name(vm, function::fixed(f).a.get()),
            Kind::Type => return format!("{}()", type_::as_type(f).name_str()),
            _ => {}
        }
    }
    format!("{} object", f.class().name_str())
}

pub fn unpack(vm: &mut Vm, seq: Value, n: usize) -> PyResult<Vec<Value>> {
    if seq.is_ptr() {
        let items = match seq.header().kind() {
            Kind::Tuple => Some(tuple::items(seq).to_vec()),
            Kind::List if !seq.class().has_flag(tflags::HEAPTYPE) => Some(list::to_vec(seq)),
            _ => None,
        };
        if let Some(items) = items {
            if items.len() == n {
                return Ok(items);
            }
            if items.len() < n {
                return Err(vm.value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
            }
            return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
        }
    }
    let it = match vm.iter(seq) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, vm.rt.exc.type_error) => {
            return Err(vm.type_error(format!("cannot unpack non-iterable {} object", seq.class().error_name())));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        match vm.next(it)? {
            Some(v) => out.push(v),
            None => {
                return Err(vm.value_error(format!("not enough values to unpack (expected {n}, got {})", out.len())));
            }
        }
    }
    if vm.next(it)?.is_some() {
        return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
    }
    Ok(out)
}

pub fn unpack_ex(vm: &mut Vm, seq: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    let items = match vm.collect(seq) {
        Ok(v) => v,
        Err(e) if vm.err_matches(&e, vm.rt.exc.type_error) && !is_iterable(vm, seq) => {
            return Err(vm.type_error(format!("cannot unpack non-iterable {} object", seq.class().error_name())));
        }
        Err(e) => return Err(e),
    };
    if items.len() < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut out = Vec::with_capacity(before + after + 1);
    out.extend_from_slice(&items[..before]);
    out.push(list::new_list(&items[before..items.len() - after]));
    out.extend_from_slice(&items[items.len() - after..]);
    Ok(out)
}

/// `f(*args, **kw)`.
pub fn call_ex(vm: &mut Vm, func: Value, args: Value, kw: Value) -> PyResult {
    let pos: Vec<Value> = if tuple::is_tuple(args) {
        tuple::items(args).to_vec()
    } else {
        match vm.collect(args) {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, vm.rt.exc.type_error) && !is_iterable(vm, args) => {
                let fname = func_name(vm, func);
                return Err(vm.type_error(format!(
                    "{fname} argument after * must be an iterable, not {}",
                    args.class().name_str()
                )));
            }
            Err(e) => return Err(e),
        }
    };
    if kw.is_null() {
        return vm.call(func, Args::new(&pos));
    }
    let mut items = dict::items(kw);
    if items.iter().any(|(k, _)| !pystr::is_str(*k)) {
        if !crate::ops::call::takes_any_keys(func) {
            return Err(vm.type_error("keywords must be strings"));
        }
        // Such a native finds its keywords by str name only: the others cannot matter.
        items.retain(|(k, _)| pystr::is_str(*k));
    }
    let names: Vec<Value> = items.iter().map(|(k, _)| *k).collect();
    let vals: Vec<Value> = items.iter().map(|(_, v)| *v).collect();
    vm.with_roots(&[args, kw], |vm| vm.call(func, Args::with_kw(&pos, &names, &vals)))
}

/// Whether the class attribute `d` binds as `f(self, ...)`: a Python function or a built-in
/// method (what binding would wrap in a bound method, to call with the instance first).
#[inline]
fn is_plain_method(d: Value) -> bool {
    d.is_ptr()
        && match d.header().kind() {
            Kind::Function => true,
            Kind::Builtin => crate::ops::call::builtin(d).flags & crate::ops::call::bflags::METHOD != 0,
            _ => false,
        }
}

/// `LoadMethod`: avoid creating a bound method for plain methods.
///
/// The common case, a Python function found on the type of a plain instance (kind Object)
/// whose dict's key filter proves it holds no entry `name` (dict_table INV-DF1), is answered
/// by the small `load_method_fast` with a per-thread type-attribute cache hit; everything else
/// (including a cache miss) takes the general `load_method_slow`, which makes the same checks
/// in full. Both give the same answer for the cases the fast path accepts.
#[inline(never)]
pub fn load_method(vm: &mut Vm, o: Value, name: Value) -> PyResult<(Value, Value)> {
    if let Some(d) = load_method_fast(vm, o, name) {
        return Ok((d, o));
    }
    load_method_slow(vm, o, name)
}

/// The unbound method for `o.name` when `o` is a plain instance (kind Object, no
/// `__getattribute__`/`__getattr__` override), its type's MRO gives a Python function (cache
/// hit) and the instance dict cannot hold `name` (absent, or its key filter lacks the name's
/// hash). None: `load_method_slow` decides.
#[inline(always)]
fn load_method_fast(vm: &mut Vm, o: Value, name: Value) -> Option<Value> {
    let d = vm.plain_instance_type_attr(o, name)?;
    if !d.is_ptr() || d.header().kind() != Kind::Function {
        return None;
    }
    // SAFETY: kind Object has layout ObjectObj.
    let dv = unsafe { o.cast::<objmodel::layout::ObjectObj>() }.dict.get();
    if dv.is_null() {
        return Some(d);
    }
    // The names of LoadMethod are exact strs (the code's names); `hash` reads the cached hash.
    if dict::is_dict(dv) && !crate::objects::dict_table::may_contain_hash(dv, pystr::hash(name)) {
        return Some(d);
    }
    None
}

#[inline(never)]
fn load_method_slow(vm: &mut Vm, o: Value, name: Value) -> PyResult<(Value, Value)> {
    let ty = o.class();
    if !ty.has_flag(tflags::HAS_GETATTRIBUTE | tflags::HAS_GETATTR) && !type_::is_type(o) {
        if let Some(d) = vm.lookup_type_cached(ty, name) {
            if is_plain_method(d) {
                let shadowed = match crate::ops::attr::dict_slot(o) {
                    Some(s) => {
                        let dv = s.get();
                        // The key filter answers most misses without a probe (dict_table INV-DF1).
                        !dv.is_null()
                            && crate::objects::dict_table::may_contain_hash(dv, crate::objects::str::hash(name))
                            && dict::get_str(dv, name).is_some()
                    }
                    None => false,
                };
                if !shadowed {
                    return Ok((d, o));
                }
            }
        }
    }
    let v = vm.getattr(o, name)?;
    Ok((v, Value::NULL))
}

pub fn make_function(vm: &mut Vm, f: &Frame, code: Value, defaults: Value, kwdefaults: Value, closure: Value) -> Value {
    let rc = super::code::rust_code(code);
    let co = super::code::code_obj(code);
    let func = function::new_function(code, f.globals, co.qualname.get(), co.name.get());
    let fo = function::func(func);
    fo.defaults.set(defaults);
    fo.kwdefaults.set(kwdefaults);
    fo.closure.set(closure);
    if let Some(doc) = &rc.docstring {
        fo.doc.set(pystr::new(doc));
    }
    let _ = vm;
    func
}

pub fn load_build_class(vm: &mut Vm, f: &Frame) -> PyResult {
    match dict::get_by_name(f.builtins, "__build_class__") {
        Some(b) => Ok(b),
        None => Err(vm.name_error("__build_class__ not found")),
    }
}

/// `except T:` matching.
pub fn exc_matches(vm: &mut Vm, exc: Value, ty: Value) -> PyResult<bool> {
    let check = |vm: &mut Vm, t: Value| -> PyResult<bool> {
        match type_::try_type(t) {
            Some(tt) if tt.has_flag(tflags::EXCEPTION) => Ok(type_::isinstance(exc, tt)),
            _ => Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    };
    if let Some(items) = tuple::as_items(ty) {
        for t in items {
            if check(vm, *t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    check(vm, ty)
}

/// Turn a raise operand (class or instance) into an exception instance.
pub fn make_exception(vm: &mut Vm, v: Value) -> PyResult {
    if let Some(t) = type_::try_type(v) {
        if !t.has_flag(tflags::EXCEPTION) {
            return Err(vm.type_error("exceptions must derive from BaseException"));
        }
        let e = vm.call0(v)?;
        if !exceptions::is_exception(e) {
            return Err(vm.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                t.name_str(),
                e.class().name_str()
            )));
        }
        return Ok(e);
    }
    if exceptions::is_exception(v) {
        return Ok(v);
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

/// `raise`, `raise exc`, `raise exc from cause`. Returns the error to propagate and whether
/// it is a re-raise (no new traceback entry).
pub fn do_raise(vm: &mut Vm, f: &mut Frame, n: u32) -> (PyErr, bool) {
    let sp = f.sp;
    // SAFETY: the Raise instruction has n operands on the stack.
    let get = |i: usize| unsafe { *f.stack.add(sp - i) };
    match n {
        0 => {
            f.sp = sp;
            if vm.exc_info.is_null() {
                return (vm.runtime_error("No active exception to reraise"), false);
            }
            (PyErr(vm.exc_info), true)
        }
        1 => {
            let v = get(1);
            f.sp = sp - 1;
            match make_exception(vm, v) {
                Ok(e) => (PyErr(e), false),
                Err(e) => (e, false),
            }
        }
        _ => {
            let (v, cause) = (get(2), get(1));
            f.sp = sp - 2;
            let e = match make_exception(vm, v) {
                Ok(e) => e,
                Err(e) => return (e, false),
            };
            let cause = if cause.is_none() {
                Value::NULL
            } else {
                match make_exception(vm, cause) {
                    Ok(c) => c,
                    Err(_) => return (vm.type_error("exception causes must derive from BaseException"), false),
                }
            };
            let eo = exceptions::obj(e);
            eo.cause.set(cause);
            eo.suppress_context.set(1);
            (PyErr(e), false)
        }
    }
}

/// `with mgr`: returns (bound __exit__, result of __enter__).
pub fn enter_with(vm: &mut Vm, mgr: Value) -> PyResult<(Value, Value)> {
    let ty = mgr.class();
    let enter = vm.lookup_type_cached(ty, vm.rt.names.__enter__);
    let exit = vm.lookup_type_cached(ty, vm.rt.names.__exit__);
    let (Some(enter), Some(exit)) = (enter, exit) else {
        // CPython 3.11 names the missing method only when `__enter__` was found.
        let missed = if enter.is_some() { " (missed __exit__ method)" } else { "" };
        return Err(vm.type_error(format!(
            "'{}' object does not support the context manager protocol{missed}",
            ty.name_str()
        )));
    };
    let exit_b = crate::ops::attr::bind(vm, exit, mgr, ty)?;
    let r = if is_plain_method(enter) {
        // No bound method to allocate only to call it once.
        crate::ops::call::call_with_self(vm, enter, mgr, crate::args::Args::new(&[]))?
    } else {
        let enter_b = crate::ops::attr::bind(vm, enter, mgr, ty)?;
        vm.call0(enter_b)?
    };
    Ok((exit_b, r))
}

pub fn import_star(vm: &mut Vm, f: &Frame, m: Value) -> PyResult<()> {
    let md = crate::ops::attr::instance_dict(m, false).unwrap_or_else(dict::new_dict);
    let names: Vec<Value> = match dict::get_by_name(md, "__all__") {
        Some(all) => vm.collect(all)?,
        None => dict::keys(md)
            .into_iter()
            .filter(|k| pystr::as_str(*k).is_some_and(|s| !s.starts_with('_')))
            .collect(),
    };
    for n in names {
        let v = vm.getattr(m, n)?;
        store_name(vm, f, vm.rt.intern_value(n), v)?;
    }
    Ok(())
}

/// Whether the list being extended at `pc` becomes the positional arguments of a call
/// (`ListToTuple` followed, possibly after the keyword dict is built, by `CallFunctionEx`).
pub fn builds_call_args(code: &crate::bytecode::CodeObject, pc: usize) -> bool {
    use crate::bytecode::Instr;
    let mut i = pc;
    while i < code.instrs.len() {
        match code.instrs[i] {
            Instr::ListToTuple => break,
            Instr::ListExtend(_) | Instr::ListAppend(_) | Instr::LoadFast(_) | Instr::LoadFastPair(_) | Instr::LoadFastAttr(_) | Instr::LoadFastMethod(_) | Instr::LoadName(_)
            | Instr::LoadGlobal(_) | Instr::LoadConst(_) | Instr::LoadDeref(_) | Instr::LoadAttr(_) => i += 1,
            _ => return false,
        }
    }
    let mut depth = 0;
    for ins in &code.instrs[i + 1..] {
        match ins {
            Instr::CallFunctionEx(_) if depth == 0 => return true,
            Instr::ListToTuple => depth += 1,
            Instr::CallFunctionEx(_) => depth -= 1,
            Instr::ReturnValue | Instr::PopTop | Instr::StoreFast(_) | Instr::StoreName(_) => return false,
            _ => {}
        }
    }
    false
}

/// The TypeError for `*x` when `x` is not iterable, naming the callee when there is one.
pub fn star_arg_error(vm: &mut Vm, e: PyErr, it: Value, callee: Value) -> PyErr {
    if callee.is_null() || !vm.err_matches(&e, vm.rt.exc.type_error) || is_iterable(vm, it) {
        return e;
    }
    let fname = func_name(vm, callee);
    vm.type_error(format!("{fname} argument after * must be an iterable, not {}", it.class().error_name()))
}

//! Calling Python functions: binding arguments to parameters with CPython's rules and error
//! messages (Python/ceval.c `initialize_locals`), creating cells, and running the frame (or
//! creating a generator).

use objmodel::Value;

use super::eval::{Exit, run_frame};
use super::frame::{Frame, no_blocks};
use crate::args::Args;
use crate::bytecode::{CodeObject, flags};
use crate::error::PyResult;
use crate::objects::{dict, function, str as pystr, tuple};
use crate::vm::{FrameRef, Vm};

/// Positional-only call; fast path for plain Python functions.
#[inline]
pub fn call_fast(vm: &mut Vm, func: Value, args: &[Value]) -> PyResult {
    vm.call(func, Args::new(args))
}

fn quoted_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Bind `args` into `fast` (nlocals slots) for `code`.
fn bind_args(vm: &mut Vm, func: Value, code_v: Value, code: &CodeObject, fast: &mut [Value], args: Args) -> PyResult<()> {
    let fo = function::func(func);
    // The parameter names as interned str Values (the run-time code object's `varnames`).
    let vn: &[Value] = tuple::items(super::code::code_obj(code_v).varnames.get());
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let posonly = code.posonlyargcount as usize;
    let has_varargs = code.has_flag(flags::VARARGS);
    let has_varkw = code.has_flag(flags::VARKEYWORDS);
    let qual = || pystr::as_str(fo.qualname.get()).unwrap_or("?").to_string();
    let npos = args.pos.len();
    let n = npos.min(argcount);
    fast[..n].copy_from_slice(&args.pos[..n]);
    let mut idx = argcount + kwonly;
    if has_varargs {
        fast[idx] = if npos > argcount { tuple::new(&args.pos[argcount..]) } else { tuple::empty() };
        idx += 1;
    } else if npos > argcount {
        let defaults = fo.defaults.get();
        let ndef = if defaults.is_null() { 0 } else { tuple::items(defaults).len() };
        let given_kw = args.kwnames.iter().filter(|k| {
            let s = pystr::as_str(**k).unwrap_or("");
            code.varnames[..argcount + kwonly].iter().any(|v| v == s)
        }).count();
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", argcount - ndef, argcount)
        } else {
            format!("{argcount} positional argument{}", if argcount == 1 { "" } else { "s" })
        };
        let msg = if given_kw > 0 {
            format!(
                "{}() takes {takes} but {npos} positional argument{} (and {given_kw} keyword-only argument{}) were given",
                qual(),
                if npos == 1 { "" } else { "s" },
                if given_kw == 1 { "" } else { "s" }
            )
        } else {
            format!("{}() takes {takes} but {npos} {} given", qual(), if npos == 1 { "was" } else { "were" })
        };
        return Err(vm.type_error(msg));
    }
    let kwdict = if has_varkw {
        let d = dict::new_dict();
        fast[idx] = d;
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let kname = pystr::as_str(*k).unwrap_or("");
        // Keyword names at call sites are interned, as are the parameter names: try identity
        // before comparing text (CPython does the same).
        let pos = (posonly..argcount + kwonly)
            .find(|&i| vn.get(i).is_some_and(|p| p.is(*k)))
            .or_else(|| code.varnames[posonly..argcount + kwonly].iter().position(|p| p == kname).map(|i| i + posonly));
        match pos {
            Some(i) => {
                if !fast[i].is_null() {
                    return Err(vm.type_error(format!("{}() got multiple values for argument '{kname}'", qual())));
                }
                fast[i] = *v;
            }
            None => match kwdict {
                Some(d) => dict::set(vm, d, *k, *v)?,
                None => {
                    if code.varnames[..posonly].iter().any(|p| p == kname) {
                        posonly_as_kw.push(kname);
                        continue;
                    }
                    return Err(vm.type_error(format!("{}() got an unexpected keyword argument '{kname}'", qual())));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qual(),
            posonly_as_kw.join(", ")
        )));
    }
    if npos < argcount {
        let defaults = fo.defaults.get();
        let defs: &[Value] = if defaults.is_null() { &[] } else { tuple::items(defaults) };
        let first_def = argcount - defs.len();
        let mut missing: Vec<&str> = Vec::new();
        for i in npos..argcount {
            if fast[i].is_null() {
                if i >= first_def {
                    fast[i] = defs[i - first_def];
                } else {
                    missing.push(&code.varnames[i]);
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qual(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quoted_list(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let kwd = fo.kwdefaults.get();
        let mut missing: Vec<&str> = Vec::new();
        for i in argcount..argcount + kwonly {
            if fast[i].is_null() {
                let name = &code.varnames[i];
                let found = if kwd.is_null() {
                    None
                } else {
                    match vn.get(i) {
                        Some(&n) => dict::get_str(kwd, n),
                        None => dict::get_by_name(kwd, name),
                    }
                };
                match found {
                    Some(v) => fast[i] = v,
                    None => missing.push(name),
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qual(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quoted_list(&missing)
            )));
        }
    }
    Ok(())
}

/// Create the cells of a frame: cellvars (initialised from their argument if any) then the
/// closure's free-variable cells.
fn init_cells(func: Value, code: &CodeObject, slots: &mut [Value]) {
    let nlocals = code.varnames.len();
    for (i, arg) in code.cell2arg.iter().enumerate() {
        let init = match arg {
            Some(a) => slots[*a as usize],
            None => Value::NULL,
        };
        slots[nlocals + i] = function::new_cell(init);
    }
    for i in code.cell2arg.len()..code.cellvars.len() {
        slots[nlocals + i] = function::new_cell(Value::NULL);
    }
    if !code.freevars.is_empty() {
        let closure = function::func(func).closure.get();
        if !closure.is_null() {
            let cells = tuple::items(closure);
            let base = nlocals + code.cellvars.len();
            for (i, c) in cells.iter().enumerate().take(code.freevars.len()) {
                slots[base + i] = *c;
            }
        }
    }
}

/// Check and count Python call depth.
#[inline]
pub fn enter_call(vm: &mut Vm) -> PyResult<()> {
    vm.depth += 1;
    let limit = vm.rt.recursion_limit();
    if (vm.depth > limit && !(vm.recursion_headroom && vm.depth < limit + 50)) || native_stack_low(vm) {
        vm.depth -= 1;
        vm.recursion_headroom = true;
        return Err(vm.new_error(vm.rt.exc.recursion_error, "maximum recursion depth exceeded"));
    }
    Ok(())
}

/// Whether this thread's native stack is nearly used up (`Vm::stack_limit`). With a high
/// `sys.setrecursionlimit` the native stack, not the limit, bounds the depth: a Python call
/// takes about a kilobyte of it here (CPython 3.11 keeps Python frames off the C stack).
#[inline(always)]
pub fn native_stack_low(vm: &Vm) -> bool {
    let here = 0u8;
    (std::ptr::addr_of!(here) as usize) < vm.stack_limit
}

#[inline]
pub fn leave_call(vm: &mut Vm) {
    vm.depth -= 1;
    if vm.recursion_headroom && vm.depth + 50 < vm.rt.recursion_limit() {
        vm.recursion_headroom = false;
    }
}

/// Call a Python function object.
pub fn call_function(vm: &mut Vm, func: Value, args: Args) -> PyResult {
    let code_v = function::func(func).code.get();
    call_function_code(vm, func, code_v, super::code::rust_code(code_v), args)
}

/// Call the Python function `func` with its code object `code_v` (read once by the caller).
#[inline(always)]
fn call_function_code(vm: &mut Vm, func: Value, code_v: Value, code: &'static CodeObject, args: Args) -> PyResult {
    let fo = function::func(func);
    if code.has_flag(flags::GENERATOR) {
        return super::generator::new_generator(vm, func, code_v, code, |vm, slots| {
            bind_args(vm, func, code_v, code, &mut slots[..code.varnames.len()], args)?;
            init_cells(func, code, slots);
            Ok(())
        });
    }
    if args.kwnames.is_empty() && exact_positional(code, args.pos.len()) {
        // CPython's CALL_PY_EXACT_ARGS: the arguments are the first locals, nothing to check.
        let nslots = Frame::slots_needed(code);
        let n = args.pos.len();
        // The first n slots are written by the copy below, before any safepoint: `push_after`
        // leaves them to us and clears only the rest of the initialised part.
        let (base, mark) = vm.stack.push_after(nslots, n, Frame::slots_initialised(code));
        // SAFETY: `push_after` reserved nslots >= nlocals >= n slots at `base` for this frame;
        // the arguments are live Values the caller roots, copied into the frame's first locals.
        unsafe { std::ptr::copy_nonoverlapping(args.pos.as_ptr(), base, n) };
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            // SAFETY: as above; this frame's slots, no other reference to them is live.
            init_cells(func, code, unsafe { std::slice::from_raw_parts_mut(base, nslots) });
        }
        let r = run_code(vm, code_v, code, func, fo.globals.get(), Value::NULL, base);
        vm.stack.pop(mark);
        return r;
    }
    let nslots = Frame::slots_needed(code);
    let (base, mark) = vm.stack.push(nslots, Frame::slots_initialised(code));
    // SAFETY: `push` reserved nslots slots at `base`, exclusively for this frame; the first
    // `slots_initialised` (locals and cells, the only ones read before written) are NULL.
    let slots = unsafe { std::slice::from_raw_parts_mut(base, nslots) };
    let r = (|| {
        bind_args(vm, func, code_v, code, &mut slots[..code.varnames.len()], args)?;
        init_cells(func, code, slots);
        let globals = fo.globals.get();
        run_code(vm, code_v, code, func, globals, Value::NULL, base)
    })();
    vm.stack.pop(mark);
    r
}

/// Whether `n` positional arguments (and no keywords) bind to `code`'s parameters one to one:
/// exactly `argcount` of them, no `*args`/`**kwargs`/keyword-only parameters. (Generators
/// were handled before.)
#[inline(always)]
fn exact_positional(code: &CodeObject, n: usize) -> bool {
    n == code.argcount as usize && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0 && code.kwonlyargcount == 0
}

/// A call whose result a `for` statement iterates directly (the call instruction is followed
/// by `GetIterOwned`): when `func` is a plain Python generator function, creates the generator
/// here and marks it loop-owned ("Loop-owned generators" in bytecode.rs, INV-LO1); any other
/// callee is called as usual. The code object is read once, so a concurrent `__code__`
/// assignment cannot make a non-generator call look like a generator creation.
pub fn call_for_iterable(vm: &mut Vm, func: Value, args: Args) -> PyResult {
    // INV-LO2: generators marked by `OwnedArg` stay loop-owned only inside a fresh wrapping
    // iterator of a built-in type; any other callee may keep them.
    let x = &vm.rt.extra;
    if ![x.enumerate, x.zip, x.map, x.filter].iter().any(|t| func.is(t.as_value())) {
        args.pos.iter().chain(args.kwvals).for_each(|a| super::generator::clear_loop_owned(*a));
    }
    if !func.is_ptr() || func.header().kind() != objmodel::Kind::Function {
        return vm.call(func, args);
    }
    let fo = function::func(func);
    let code_v = fo.code.get();
    let code = super::code::rust_code(code_v);
    if code.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != flags::GENERATOR {
        return call_function_code(vm, func, code_v, code, args);
    }
    let g = super::generator::new_generator(vm, func, code_v, code, |vm, slots| {
        bind_args(vm, func, code_v, code, &mut slots[..code.varnames.len()], args)?;
        init_cells(func, code, slots);
        Ok(())
    })?;
    super::generator::set_loop_owned(g);
    Ok(g)
}

/// Builtins dict for a globals dict (its `__builtins__` entry, else the runtime's).
pub fn builtins_for(vm: &Vm, globals: Value) -> Value {
    match dict::get_str(globals, vm.rt.names.__builtins__) {
        Some(b) if dict::is_dict(b) => b,
        Some(b) if b.is_ptr() && b.header().kind() == objmodel::Kind::Module => crate::objects::module::module_dict(b),
        _ => vm.rt.builtins_dict,
    }
}

/// Run a code object whose slots (fast + cells + stack) start at `base`.
pub fn run_code(
    vm: &mut Vm,
    code_v: Value,
    code: &'static CodeObject,
    func: Value,
    globals: Value,
    locals: Value,
    base: *mut Value,
) -> PyResult {
    enter_call(vm)?;
    let ncells = code.cellvars.len() + code.freevars.len();
    let mut f = Frame {
        code,
        code_v,
        func,
        globals,
        // Functions share the process's builtins; module and exec bodies honour a custom
        // `__builtins__` in their globals.
        builtins: if func.is_null() { builtins_for(vm, globals) } else { vm.rt.builtins_dict },
        locals,
        consts: super::code::consts(code_v),
        names: super::code::names(code_v),
        fast: base,
        // SAFETY: the slot area holds nlocals + ncells + stack slots.
        stack: unsafe { base.add(code.varnames.len() + ncells) },
        sp: 0,
        pc: 0,
        blocks: no_blocks(),
        nblocks: 0,
        generator: Value::NULL,
        f_locals: Value::NULL,
    };
    vm.frames.push(FrameRef {
        code: code_v,
        pc: &f.pc as *const usize,
        globals,
        fast: f.fast,
        locals,
        f_locals: &mut f.f_locals as *mut Value,
    });
    let r = run_frame(vm, &mut f);
    vm.frames.pop();
    leave_call(vm);
    crate::finalize::run_deferred_return(vm);
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(vm.runtime_error("yield outside a generator")),
    }
}

/// Execute a module or class body (or `exec` code) with explicit namespaces.
pub fn exec_code(vm: &mut Vm, code_v: Value, globals: Value, locals: Value) -> PyResult {
    exec_code_with_cells(vm, code_v, globals, locals, Value::NULL)
}

/// Like `exec_code`, with a closure tuple for code that has free variables (class bodies).
pub fn exec_code_with_cells(vm: &mut Vm, code_v: Value, globals: Value, locals: Value, closure: Value) -> PyResult {
    let code = super::code::rust_code(code_v);
    let nslots = Frame::slots_needed(code);
    let (base, mark) = vm.stack.push(nslots, Frame::slots_initialised(code));
    // SAFETY: reserved by `push` for this frame.
    let slots = unsafe { std::slice::from_raw_parts_mut(base, nslots) };
    let nlocals = code.varnames.len();
    for i in 0..code.cellvars.len() {
        slots[nlocals + i] = function::new_cell(Value::NULL);
    }
    if !closure.is_null() {
        let cells = tuple::items(closure);
        let b = nlocals + code.cellvars.len();
        for (i, c) in cells.iter().enumerate().take(code.freevars.len()) {
            slots[b + i] = *c;
        }
    }
    if dict::get_str(globals, vm.rt.names.__builtins__).is_none() {
        dict::set_str(globals, vm.rt.names.__builtins__, vm.rt.builtins);
    }
    let r = run_code(vm, code_v, code, Value::NULL, globals, locals, base);
    vm.stack.pop(mark);
    r
}

//! The interpreter loop: executes one frame until it returns, yields or raises. Exceptions
//! are handled per frame by `unwind::handle` (block stack), which either resumes at a handler
//! or propagates the error to the caller. Safepoints are polled at backward jumps and calls.

use objmodel::types::tflags;
use objmodel::Value;

use super::fast_ops::{fast_binop, fast_float_binop, small_int_op, stack_slice, stack_slice_mut, unpack_exact};
use super::frame::{Block, BlockKind, Frame};
use crate::args::Args;
use crate::bytecode::{BinOp, CmpOp, Instr};
use crate::error::{PyErr, PyResult};
use crate::objects::{dict, function, int, list, str as pystr, tuple};
use crate::vm::Vm;

/// How a frame's execution ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Run `f` to completion (or its next yield).
pub fn run_frame(vm: &mut Vm, f: &mut Frame) -> PyResult<Exit> {
    loop {
        match execute(vm, f) {
            Ok(exit) => return Ok(exit),
            Err((e, reraise)) => super::unwind::handle(vm, f, e, reraise)?,
        }
    }
}

type ExecResult = Result<Exit, (PyErr, bool)>;

fn execute(vm: &mut Vm, f: &mut Frame) -> ExecResult {
    let instrs: &'static [Instr] = &f.code.instrs;
    // The program counter and stack pointer live in locals (registers) while the loop runs:
    // kept in the frame, every dispatch waited on a store-to-load round trip through memory.
    // `f.pc` is still written at each dispatch (frame introspection reads it during calls);
    // `f.sp` only when the loop hands the frame over (every exit, and `do_raise`): nothing else
    // reads it while the loop runs, and the collector scans the whole data stack, not up to `sp`.
    let mut pc = f.pc;
    let mut sp = f.sp;
    let stack = f.stack;
    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            // SAFETY: the compiler bounds the stack depth by `max_stack`, for which the frame
            // reserved slots (Frame::slots_needed).
            unsafe { *stack.add(sp) = v };
            sp += 1;
        }};
    }
    macro_rules! pop {
        () => {{
            sp -= 1;
            // SAFETY: sp > 0 whenever the bytecode pops (stack effects are verified by the compiler).
            unsafe { *stack.add(sp) }
        }};
    }
    macro_rules! top {
        () => {
            // SAFETY: as in pop!.
            unsafe { *stack.add(sp - 1) }
        };
    }
    macro_rules! peek {
        ($n:expr) => {
            // SAFETY: as in pop!; n >= 1 counts from the top.
            unsafe { *stack.add(sp - $n) }
        };
    }
    macro_rules! set_top {
        ($v:expr) => {{
            let v = $v;
            // SAFETY: as in pop!.
            unsafe { *stack.add(sp - 1) = v };
        }};
    }
    /// The frame's value-stack slots above the stack pointer (stale values the collector would
    /// still see), for `finalize::after_del`.
    macro_rules! stale_slots {
        () => {{
            let cap = f.code.max_stack as usize;
            // SAFETY: the value stack has `max_stack` slots from `f.stack`, owned by this frame;
            // slots at and above `sp` hold no live value.
            unsafe { std::slice::from_raw_parts_mut(f.stack.add(sp.min(cap)), cap - sp.min(cap)) }
        }};
    }
    /// Leave the loop: hand pc and sp back to the frame first.
    macro_rules! ret {
        ($e:expr) => {{
            let r = $e;
            f.pc = pc;
            f.sp = sp;
            return r;
        }};
    }
    /// Local `i`, or leave the loop with UnboundLocalError.
    macro_rules! local {
        ($i:expr) => {{
            let i = $i;
            // SAFETY: i < nlocals (compiler invariant).
            let v = unsafe { *f.fast.add(i as usize) };
            if v.is_null() {
                ret!(Err((super::helpers::unbound_local(vm, f, i), false)));
            }
            v
        }};
    }
    macro_rules! tri {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => ret!(Err((e, false))),
            }
        };
    }
    loop {
        let instr = instrs[pc];
        pc += 1;
        // Published for tracebacks and frame introspection (`vm.frames`); stores are off the
        // dispatch path, which reads the local.
        f.pc = pc;
        match instr {
            Instr::Nop | Instr::OwnedArg => {}
            Instr::PopTop => {
                sp -= 1;
            }
            Instr::Copy(i) => {
                let v = peek!(i as usize);
                push!(v);
            }
            Instr::Swap(i) => {
                let a = sp - 1;
                let b = sp - i as usize;
                // SAFETY: both indices are within the live stack.
                unsafe { std::ptr::swap(f.stack.add(a), f.stack.add(b)) };
            }
            Instr::LoadConst(i) => push!(f.consts[i as usize]),
            Instr::LoadFast(i) => push!(local!(i)),
            Instr::LoadFastPair(a) => {
                push!(local!(a));
                if let Some(&Instr::LoadFast(b)) = instrs.get(pc) {
                    // SAFETY: b < nlocals (compiler invariant). Unbound: that instruction
                    // runs next and raises with its own location.
                    let w = unsafe { *f.fast.add(b as usize) };
                    if !w.is_null() {
                        push!(w);
                        pc += 1;
                    }
                }
            }
            Instr::LoadFastAttr(a) => {
                let o = local!(a);
                match instrs.get(pc) {
                    Some(&Instr::LoadAttr(n)) => {
                        // From here on this is the LoadAttr at `pc`, as if dispatched.
                        pc += 1;
                        f.pc = pc;
                        let v = tri!(vm.getattr_at(o, f.names[n as usize], &f.code.attr_hints, pc));
                        push!(v);
                    }
                    _ => push!(o),
                }
            }
            Instr::LoadFastMethod(a) => {
                let o = local!(a);
                match instrs.get(pc) {
                    Some(&Instr::LoadMethod(n)) => {
                        // From here on this is the LoadMethod at `pc`, as if dispatched.
                        pc += 1;
                        f.pc = pc;
                        let (x, y) = tri!(super::helpers::load_method(vm, o, f.names[n as usize]));
                        push!(x);
                        push!(y);
                    }
                    _ => push!(o),
                }
            }
            Instr::StoreFast(i) => {
                let v = pop!();
                // SAFETY: i < nlocals.
                if crate::finalize::ANY_FINALIZABLE.load(std::sync::atomic::Ordering::Relaxed)
                    && crate::finalize::is_finalizable(unsafe { *f.fast.add(i as usize) })
                {
                    // SAFETY: i < nlocals.
                    if unsafe { crate::finalize::store_slot(f.fast.add(i as usize), v) } {
                        crate::finalize::after_del(vm, stale_slots!());
                    }
                } else {
                    // SAFETY: i < nlocals.
                    unsafe { *f.fast.add(i as usize) = v };
                }
            }
            Instr::DeleteFast(i) => {
                // SAFETY: i < nlocals.
                match unsafe { crate::finalize::take_slot(f.fast.add(i as usize)) } {
                    crate::finalize::Taken::Unbound => ret!(Err((super::helpers::unbound_local(vm, f, i), false))),
                    crate::finalize::Taken::Collect => crate::finalize::after_del(vm, stale_slots!()),
                    crate::finalize::Taken::Done => {}
                }
            }
            Instr::LoadGlobal(i) => {
                let name = f.names[i as usize];
                let site = instrs.as_ptr() as usize;
                let v = match vm.global_cache.get(site, pc, f.globals, f.builtins, name) {
                    Some(v) => v,
                    None => match vm.global_cache.fill(site, pc, f.globals, f.builtins, name) {
                        Some(v) => v,
                        None => match dict::get_str(f.globals, name) {
                    Some(v) => v,
                            None => match dict::get_str(f.builtins, name) {
                                Some(v) => v,
                                None => ret!(Err((super::helpers::name_error(vm, name), false))),
                            },
                        },
                    },
                };
                push!(v);
            }
            Instr::StoreGlobal(i) => {
                let v = pop!();
                if crate::finalize::ANY_FINALIZABLE.load(std::sync::atomic::Ordering::Relaxed) {
                    if crate::finalize::rebind_name(f.globals, f.names[i as usize], v) {
                        crate::finalize::after_del(vm, stale_slots!());
                    }
                } else {
                    dict::set_str(f.globals, f.names[i as usize], v);
                }
            }
            Instr::DeleteGlobal(i) => {
                let name = f.names[i as usize];
                match crate::finalize::remove_global(f.globals, name) {
                    crate::finalize::Taken::Unbound => ret!(Err((super::helpers::name_error(vm, name), false))),
                    crate::finalize::Taken::Collect => crate::finalize::after_del(vm, stale_slots!()),
                    crate::finalize::Taken::Done => {}
                }
            }
            Instr::LoadName(i) => {
                let v = tri!(super::helpers::load_name_at(vm, f, f.names[i as usize], &f.code.attr_hints, pc));
                push!(v);
            }
            Instr::StoreName(i) => {
                let v = pop!();
                let ns = if f.locals.is_null() { f.globals } else { f.locals };
                if crate::finalize::ANY_FINALIZABLE.load(std::sync::atomic::Ordering::Relaxed)
                    && dict::is_dict(ns)
                    && ns.class().is(vm.rt.types.dict)
                {
                    if crate::finalize::rebind_name(ns, f.names[i as usize], v) {
                        crate::finalize::after_del(vm, stale_slots!());
                    }
                } else {
                    tri!(super::helpers::store_name_at(vm, f, f.names[i as usize], v, &f.code.attr_hints, pc));
                }
            }
            Instr::DeleteName(i) => {
                if tri!(super::helpers::delete_name(vm, f, f.names[i as usize])) {
                    crate::finalize::after_del(vm, stale_slots!());
                }
            }
            Instr::LoadDeref(i) => {
                let v = function::cell_get(f.cell(i));
                if v.is_null() {
                    ret!(Err((super::helpers::unbound_deref(vm, f, i), false)));
                }
                push!(v);
            }
            Instr::StoreDeref(i) => {
                let v = pop!();
                function::cell_set(f.cell(i), v);
            }
            Instr::DeleteDeref(i) => {
                let c = f.cell(i);
                if function::cell_get(c).is_null() {
                    ret!(Err((super::helpers::unbound_deref(vm, f, i), false)));
                }
                function::cell_set(c, Value::NULL);
            }
            Instr::LoadClassDeref(i) => {
                let name = vm.intern(f.code.cell_name(i));
                let found = if f.locals.is_null() { None } else { tri!(super::helpers::locals_get(vm, f.locals, name)) };
                let v = match found {
                    Some(v) => v,
                    None => {
                        let v = function::cell_get(f.cell(i));
                        if v.is_null() {
                            ret!(Err((super::helpers::unbound_deref(vm, f, i), false)));
                        }
                        v
                    }
                };
                push!(v);
            }
            Instr::LoadClosure(i) => push!(f.cell(i)),
            Instr::LoadAttr(i) => {
                let o = top!();
                let v = tri!(vm.getattr_at(o, f.names[i as usize], &f.code.attr_hints, pc));
                set_top!(v);
            }
            Instr::StoreAttr(i) => {
                let o = pop!();
                let v = pop!();
                tri!(vm.setattr_at(o, f.names[i as usize], v, &f.code.attr_hints, pc));
            }
            Instr::DeleteAttr(i) => {
                let o = pop!();
                tri!(vm.delattr(o, f.names[i as usize]));
            }
            Instr::BinarySubscr => {
                let k = pop!();
                let o = top!();
                let v = if let (Some(i), true) = (k.as_small(), list::is_list(o) && !o.class().has_flag(tflags::HEAPTYPE)) {
                    match crate::objects::list_index::get_item(o, i) {
                        Some(v) => v,
                        None => tri!(vm.getitem(o, k)),
                    }
                } else {
                    tri!(vm.getitem(o, k))
                };
                set_top!(v);
            }
            Instr::StoreSubscr => {
                let k = pop!();
                let o = pop!();
                let v = pop!();
                if let (Some(i), true) = (k.as_small(), list::is_list(o) && !o.class().has_flag(tflags::HEAPTYPE))
                    && crate::objects::list_index::set_item(o, i, v)
                {
                    continue;
                }
                tri!(vm.setitem(o, k, v));
            }
            Instr::DeleteSubscr => {
                let k = pop!();
                let o = pop!();
                tri!(vm.delitem(o, k));
            }
            Instr::Unary(op) => {
                let v = top!();
                let r = tri!(vm.unary_op(op, v));
                set_top!(r);
            }
            Instr::BinaryOp(op) => {
                let b = pop!();
                let a = top!();
                let r = if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
                    match small_int_op(op, x, y) {
                        Some(v) => v,
                        None => match op {
                            BinOp::Add => int::from_i128(x as i128 + y as i128),
                            BinOp::Sub => int::from_i128(x as i128 - y as i128),
                            BinOp::Mul => int::from_i128(x as i128 * y as i128),
                            _ => tri!(crate::ops::arith::int_op_small(vm, op, x, y)),
                        },
                    }
                } else if let Some(r) = fast_float_binop(op, a, b) {
                    r
                } else {
                    tri!(vm.binary_op(op, a, b))
                };
                set_top!(r);
            }
            Instr::InplaceOp(op) => {
                let b = pop!();
                let a = top!();
                // ints and floats are immutable: `a op= b` is `a op b` for them.
                let r = match fast_binop(op, a, b) {
                    Some(r) => r,
                    None => tri!(vm.inplace_op(op, a, b)),
                };
                set_top!(r);
            }
            Instr::CompareOp(op) => {
                let b = pop!();
                let a = top!();
                let native = if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
                    Some(crate::ops::compare::apply(op, x.cmp(&y)))
                } else if let (Some(x), Some(y)) = (crate::objects::float::exact_f64(a), crate::objects::float::exact_f64(b)) {
                    Some(match op {
                        CmpOp::Lt => x < y,
                        CmpOp::Le => x <= y,
                        CmpOp::Eq => x == y,
                        CmpOp::Ne => x != y,
                        CmpOp::Gt => x > y,
                        CmpOp::Ge => x >= y,
                    })
                } else if crate::objects::str::both_exact(a, b) {
                    Some(crate::objects::str::compare_exact(a, b, op))
                } else {
                    None
                };
                match native {
                    Some(r) => match instrs.get(pc) {
                        // A comparison that feeds a conditional jump (`while i < n`, `if x > y`):
                        // take the jump here, with no bool object and no second dispatch.
                        Some(&Instr::PopJumpIfFalse(t)) => {
                            sp -= 1;
                            pc = if r { pc + 1 } else { t as usize };
                        }
                        Some(&Instr::PopJumpIfTrue(t)) => {
                            sp -= 1;
                            pc = if r { t as usize } else { pc + 1 };
                        }
                        _ => set_top!(objmodel::bool_(r)),
                    },
                    None => {
                        let r = tri!(vm.compare(a, b, op));
                        set_top!(r);
                    }
                }
            }
            Instr::IsOp(inv) => {
                let b = pop!();
                let a = top!();
                set_top!(objmodel::bool_(a.is(b) != inv));
            }
            Instr::ContainsOp(inv) => {
                let b = pop!();
                let a = top!();
                let r = tri!(vm.contains(b, a));
                set_top!(objmodel::bool_(r != inv));
            }
            Instr::Jump(t) => {
                if (t as usize) < pc {
                    crate::gc_glue::safepoint(vm);
                }
                pc = t as usize;
            }
            Instr::PopJumpIfFalse(t) => {
                let v = pop!();
                let b = if v.is_true_obj() {
                    true
                } else if v.is_false_obj() {
                    false
                } else {
                    tri!(vm.truthy(v))
                };
                if !b {
                    pc = t as usize;
                }
            }
            Instr::PopJumpIfTrue(t) => {
                let v = pop!();
                let b = if v.is_true_obj() {
                    true
                } else if v.is_false_obj() {
                    false
                } else {
                    tri!(vm.truthy(v))
                };
                if b {
                    pc = t as usize;
                }
            }
            Instr::JumpIfFalseOrPop(t) => {
                let v = top!();
                if !tri!(vm.truthy(v)) {
                    pc = t as usize;
                } else {
                    sp -= 1;
                }
            }
            Instr::JumpIfTrueOrPop(t) => {
                let v = top!();
                if tri!(vm.truthy(v)) {
                    pc = t as usize;
                } else {
                    sp -= 1;
                }
            }
            Instr::GetIter | Instr::GetIterOwned => {
                let v = top!();
                let it = tri!(vm.iter(v));
                set_top!(it);
            }
            Instr::PopIter => {
                let it = pop!();
                super::generator::close_loop_iterator(vm, it, f.code_v, pc - 1);
            }
            Instr::ForIter(t) => {
                let it = top!();
                if let Some(&Instr::UnpackSequence(n)) = instrs.get(pc)
                    && crate::objects::iter::unpacks_natively(it, n as usize)
                {
                    // `for a, b in d.items()` / `enumerate(..)` / `zip(..)`: the item's values
                    // go straight to the stack (the UnpackSequence is done here), no tuple.
                    let n = n as usize;
                    // The unpack's n slots: the compiler's `max_stack` counts them above the
                    // iterator.
                    let out = stack_slice_mut(stack, sp, sp + n);
                    if tri!(crate::objects::iter::next_unpacked(vm, it, out)) {
                        out.reverse();
                        sp += n;
                        pc += 1;
                    } else {
                        sp -= 1;
                        pc = t as usize;
                    }
                    continue;
                }
                let next = match crate::objects::iter::next_range_inline(it) {
                    Some(r) => r,
                    None => tri!(vm.next(it)),
                };
                match next {
                    Some(v) => push!(v),
                    None => {
                        sp -= 1;
                        pc = t as usize;
                    }
                }
            }
            Instr::BuildTuple(n) => {
                let n = n as usize;
                let t = tuple::new(stack_slice(stack, sp - n, sp));
                sp -= n;
                push!(t);
            }
            Instr::BuildList(n) => {
                let n = n as usize;
                let l = list::new_list(stack_slice(stack, sp - n, sp));
                sp -= n;
                push!(l);
            }
            Instr::BuildSet(n) => {
                let n = n as usize;
                let s = crate::objects::set::new_set();
                for v in stack_slice(stack, sp - n, sp) {
                    tri!(crate::objects::set::add(vm, s, *v));
                }
                sp -= n;
                push!(s);
            }
            Instr::BuildMap(n) => {
                let n = n as usize;
                let d = dict::new_dict();
                let items = stack_slice(stack, sp - 2 * n, sp);
                for i in 0..n {
                    tri!(dict::set(vm, d, items[2 * i], items[2 * i + 1]));
                }
                sp -= 2 * n;
                push!(d);
            }
            Instr::BuildString(n) => {
                let n = n as usize;
                let mut s = String::new();
                for v in stack_slice(stack, sp - n, sp) {
                    s.push_str(pystr::as_str(*v).unwrap_or(""));
                }
                sp -= n;
                push!(pystr::new(&s));
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { pop!() } else { objmodel::none() };
                let stop = pop!();
                let start = pop!();
                push!(crate::objects::slice::new_slice(start, stop, step));
            }
            Instr::FormatValue(flags) => {
                let spec = if flags & 4 != 0 { pop!() } else { Value::NULL };
                let v = pop!();
                let r = tri!(super::helpers::format_value(vm, v, flags & 3, spec));
                push!(r);
            }
            Instr::ListAppend(i) => {
                let v = pop!();
                let l = peek!(i as usize);
                list::append(l, v);
            }
            Instr::SetAdd(i) => {
                let v = pop!();
                let s = peek!(i as usize);
                tri!(crate::objects::set::add(vm, s, v));
            }
            Instr::MapAdd(i) => {
                let v = pop!();
                let k = pop!();
                let d = peek!(i as usize);
                tri!(dict::set(vm, d, k, v));
            }
            Instr::ListExtend(i) => {
                let it = pop!();
                let l = peek!(i as usize);
                let items = match super::helpers::collect_for_unpack(vm, it) {
                    Ok(items) => items,
                    Err(e) => {
                        // In a call `f(*x)` CPython names the callee in the message.
                        let callee = if super::helpers::builds_call_args(f.code, pc) { peek!(i as usize + 1) } else { Value::NULL };
                        ret!(Err((super::helpers::star_arg_error(vm, e, it, callee), false)));
                    }
                };
                list::extend_from_slice(l, &items);
            }
            Instr::SetUpdate(i) => {
                let it = pop!();
                let s = peek!(i as usize);
                tri!(crate::objects::set::update(vm, s, it));
            }
            Instr::DictUpdate(i) => {
                let m = pop!();
                let d = peek!(i as usize);
                tri!(super::helpers::dict_update(vm, d, m, false));
            }
            Instr::DictMerge(i) => {
                let m = pop!();
                let d = peek!(i as usize);
                let fnv = peek!(i as usize + 2);
                tri!(super::helpers::dict_merge_kwargs(vm, d, m, fnv));
            }
            Instr::ListToTuple => {
                let l = top!();
                set_top!(tuple::new(&list::to_vec(l)));
            }
            Instr::UnpackSequence(n) => {
                let seq = pop!();
                let n = n as usize;
                if unpack_exact(seq, n, stack_slice_mut(stack, sp, sp + n)) {
                    sp += n;
                    continue;
                }
                let items = tri!(super::helpers::unpack(vm, seq, n));
                for v in items.iter().rev() {
                    push!(*v);
                }
            }
            Instr::UnpackEx(arg) => {
                let seq = pop!();
                let items = tri!(super::helpers::unpack_ex(vm, seq, (arg & 0xff) as usize, (arg >> 8) as usize));
                for v in items.iter().rev() {
                    push!(*v);
                }
            }
            Instr::CallFunction(n) => {
                let n = n as usize;
                let base = sp - n - 1;
                let func = peek!(n + 1);
                crate::gc_glue::safepoint(vm);
                let args = stack_slice(stack, base + 1, sp);
                let r = if matches!(instrs.get(pc), Some(Instr::GetIterOwned | Instr::OwnedArg)) {
                    tri!(super::call::call_for_iterable(vm, func, Args::new(args)))
                } else {
                    tri!(super::call::call_fast(vm, func, args))
                };
                sp = base;
                push!(r);
            }
            Instr::CallFunctionKw(n) => {
                let n = n as usize;
                let kwnames = pop!();
                let names = tuple::items(kwnames);
                let base = sp - n - 1;
                let func = peek!(n + 1);
                let all = stack_slice(stack, base + 1, sp);
                let npos = n - names.len();
                crate::gc_glue::safepoint(vm);
                let args = Args::with_kw(&all[..npos], names, &all[npos..]);
                let r = if matches!(instrs.get(pc), Some(Instr::GetIterOwned | Instr::OwnedArg)) {
                    tri!(super::call::call_for_iterable(vm, func, args))
                } else {
                    tri!(vm.call(func, args))
                };
                sp = base;
                push!(r);
            }
            Instr::CallFunctionEx(flags) => {
                let kw = if flags & 1 != 0 { pop!() } else { Value::NULL };
                let args = pop!();
                let func = pop!();
                crate::gc_glue::safepoint(vm);
                let r = tri!(super::helpers::call_ex(vm, func, args, kw));
                push!(r);
            }
            Instr::LoadMethod(i) => {
                let o = top!();
                let name = f.names[i as usize];
                let (x, y) = tri!(super::helpers::load_method(vm, o, name));
                set_top!(x);
                push!(y);
            }
            Instr::CallMethod(n) => {
                let n = n as usize;
                let base = sp - n - 2;
                let x = peek!(n + 2);
                let y = peek!(n + 1);
                crate::gc_glue::safepoint(vm);
                let args = stack_slice(stack, if y.is_null() { base + 2 } else { base + 1 }, sp);
                let r = if matches!(instrs.get(pc), Some(Instr::GetIterOwned | Instr::OwnedArg)) {
                    tri!(super::call::call_for_iterable(vm, x, Args::new(args)))
                } else {
                    tri!(super::call::call_fast(vm, x, args))
                };
                sp = base;
                push!(r);
            }
            Instr::CallMethodKw(n) => {
                let n = n as usize;
                let kwnames = pop!();
                let names = tuple::items(kwnames);
                let base = sp - n - 2;
                let x = peek!(n + 2);
                let y = peek!(n + 1);
                let from = if y.is_null() { base + 2 } else { base + 1 };
                let all = stack_slice(stack, from, sp);
                let npos = all.len() - names.len();
                crate::gc_glue::safepoint(vm);
                let args = Args::with_kw(&all[..npos], names, &all[npos..]);
                let r = if matches!(instrs.get(pc), Some(Instr::GetIterOwned | Instr::OwnedArg)) {
                    tri!(super::call::call_for_iterable(vm, x, args))
                } else {
                    tri!(vm.call(x, args))
                };
                sp = base;
                push!(r);
            }
            Instr::MakeFunction(flags) => {
                let code = pop!();
                let closure = if flags & 8 != 0 { pop!() } else { Value::NULL };
                let kwdefaults = if flags & 2 != 0 { pop!() } else { Value::NULL };
                let defaults = if flags & 1 != 0 { pop!() } else { Value::NULL };
                let func = super::helpers::make_function(vm, f, code, defaults, kwdefaults, closure);
                push!(func);
            }
            Instr::ReturnValue => {
                let v = pop!();
                super::unwind::pop_all_blocks(vm, f);
                if crate::finalize::ANY_FINALIZABLE.load(std::sync::atomic::Ordering::Relaxed)
                    && f.generator.is_null()
                    && f.f_locals.is_null()
                    && f.code.has_flag(crate::bytecode::flags::FUNCTION)
                    // A comprehension's loop variable names an item of what it iterates, which
                    // lives on: not worth a collection.
                    && !f.code.has_flag(crate::bytecode::flags::COMPREHENSION)
                {
                    // SAFETY: the fast area holds nlocals slots.
                    if let Some(order) = unsafe { crate::finalize::locals_die(f.fast, f.code, v) } {
                        // Collected by the caller once this frame's native frame is gone
                        // (`finalize::run_deferred_return`, interp/call.rs): it may hold the
                        // dead objects in spill slots, which the conservative stack scan sees.
                        stale_slots!().fill(Value::NULL);
                        crate::finalize::defer_after_return(order);
                    }
                }
                ret!(Ok(Exit::Return(v)));
            }
            Instr::LoadBuildClass => push!(tri!(super::helpers::load_build_class(vm, f))),
            Instr::YieldValue => {
                let v = pop!();
                ret!(Ok(Exit::Yield(v)));
            }
            Instr::GetYieldFromIter => {
                let v = top!();
                let it = if super::coroutine::is_plain_generator(v) {
                    v
                } else if super::coroutine::is_coroutine(vm, v) {
                    tri!(Err(vm.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator")))
                } else {
                    tri!(vm.iter(v))
                };
                set_top!(it);
            }
            Instr::GetAwaitable(w) => {
                let it = tri!(super::coroutine::get_awaitable(vm, top!(), w));
                set_top!(it);
            }
            Instr::GetAIter => {
                let it = tri!(super::coroutine::get_aiter(vm, top!()));
                set_top!(it);
            }
            Instr::GetANext => {
                let aw = tri!(super::coroutine::get_anext(vm, top!()));
                push!(aw);
            }
            Instr::EndAsyncFor => {
                let exc = pop!();
                if !tri!(super::helpers::exc_matches(vm, exc, vm.rt.exc.stop_async_iteration.as_value())) {
                    ret!(Err((PyErr(exc), true)));
                }
                let _aiter = pop!();
                if let Some(b) = f.pop_block()
                    && b.kind == BlockKind::ExceptHandler
                {
                    vm.exc_info = b.saved_exc;
                }
            }
            Instr::BeforeAsyncWith => {
                let mgr = pop!();
                let (exit, res) = tri!(super::coroutine::before_async_with(vm, mgr));
                push!(exit);
                push!(res);
            }
            Instr::SetupAsyncWith(h) => {
                let level = (sp as u32).saturating_sub(1);
                f.push_block(Block { kind: BlockKind::Handler, handler: h, level, saved_exc: Value::NULL });
            }
            Instr::AsyncGenWrap => {
                let v = super::coroutine::wrap_value(vm, top!());
                set_top!(v);
            }
            Instr::YieldFrom => {
                let v = pop!();
                let it = top!();
                match tri!(super::generator::yield_from_step(vm, it, v)) {
                    super::generator::Step::Yielded(y) => {
                        // Re-execute this instruction on resumption with the sent value.
                        pc -= 1;
                        ret!(Ok(Exit::Yield(y)));
                    }
                    super::generator::Step::Returned(r) => set_top!(r),
                }
            }
            Instr::SetupExcept(h) | Instr::SetupFinally(h) => {
                f.push_block(Block { kind: BlockKind::Handler, handler: h, level: sp as u32, saved_exc: Value::NULL });
            }
            Instr::PopBlock => {
                f.pop_block();
            }
            Instr::PopExcept => {
                if let Some(b) = f.pop_block()
                    && b.kind == BlockKind::ExceptHandler
                {
                    vm.exc_info = b.saved_exc;
                }
            }
            Instr::CheckExcMatch => {
                let ty = pop!();
                let exc = top!();
                let m = tri!(super::helpers::exc_matches(vm, exc, ty));
                push!(objmodel::bool_(m));
            }
            Instr::Reraise => {
                let exc = pop!();
                ret!(Err((PyErr(exc), true)));
            }
            Instr::Raise(n) => {
                f.sp = sp;
                let r = super::helpers::do_raise(vm, f, n);
                sp = f.sp;
                ret!(Err(r));
            }
            Instr::LoadAssertionError => push!(vm.rt.exc.assertion_error.as_value()),
            Instr::SetupWith(h) => {
                let mgr = pop!();
                let (exit, res) = tri!(super::helpers::enter_with(vm, mgr));
                push!(exit);
                f.push_block(Block { kind: BlockKind::Handler, handler: h, level: sp as u32, saved_exc: Value::NULL });
                push!(res);
            }
            Instr::WithExitNormal => {
                let exit = pop!();
                let n = objmodel::none();
                tri!(vm.call(exit, Args::new(&[n, n, n])));
            }
            Instr::WithExceptStart => {
                let exc = top!();
                let exit = peek!(2);
                let tb = crate::interp::traceback::traceback_object(exc);
                let r = tri!(vm.call(exit, Args::new(&[exc.class_value(), exc, tb])));
                push!(r);
            }
            Instr::ImportName(i) => {
                let fromlist = pop!();
                let level = top!();
                let m = tri!(crate::import::import_name(vm, f.names[i as usize], f.globals, fromlist, level));
                set_top!(m);
            }
            Instr::ImportFrom(i) => {
                let m = top!();
                let v = tri!(crate::import::import_from(vm, m, f.names[i as usize]));
                push!(v);
            }
            Instr::ImportStar => {
                let m = pop!();
                tri!(super::helpers::import_star(vm, f, m));
            }
            Instr::GetLen => {
                let r = tri!(super::match_ops::get_len(vm, top!()));
                push!(r);
            }
            Instr::MatchSequence => {
                let r = tri!(super::match_ops::match_sequence(vm, top!()));
                push!(objmodel::bool_(r));
            }
            Instr::MatchMapping => {
                let r = tri!(super::match_ops::match_mapping(vm, top!()));
                push!(objmodel::bool_(r));
            }
            Instr::MatchKeys => {
                let r = tri!(super::match_ops::match_keys(vm, peek!(2), top!()));
                push!(r);
            }
            Instr::CopyDictWithoutKeys => {
                let r = tri!(super::match_ops::copy_dict_without_keys(vm, peek!(2), top!()));
                set_top!(r);
            }
            Instr::MatchClass(n) => {
                let names = pop!();
                let cls = pop!();
                let r = tri!(super::match_ops::match_class(vm, top!(), cls, n, names));
                set_top!(r);
            }
        }
    }
}

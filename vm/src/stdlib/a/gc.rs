//! The `gc` module over the concurrent mark-region collector. `collect()` runs a full
//! collection and returns 0 (the collector does not count unreachable objects);
//! `disable()`/`enable()` only record a flag: automatic collections cannot be switched off.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, int, list, tuple};
use crate::vm::Vm;

static ENABLED: AtomicBool = AtomicBool::new(true);
static DEBUG: AtomicI64 = AtomicI64::new(0);
static THRESHOLD: [AtomicI64; 3] = [AtomicI64::new(700), AtomicI64::new(10), AtomicI64::new(10)];

fn g_collect(vm: &mut Vm, a: Args) -> PyResult {
    let [generation] = a.bind(vm, "collect", ["generation"], 1, 0)?;
    if !generation.is_null() {
        let g = vm.index_value(generation)?;
        if !(0..=2).contains(&g) {
            return Err(vm.value_error("invalid generation"));
        }
    }
    clear_caller_stale_slots(vm, &a);
    crate::finalize::collect_and_finalize(vm, false);
    Ok(Value::small(0))
}

/// Clears the calling frame's value-stack slots above the call's arguments. They hold values
/// that earlier instructions popped (`a = A()` leaves the new object there), which the
/// collector would otherwise still find and keep alive, so that `x = None; gc.collect()` would
/// not free `x`'s old object (CPython's references are exact). The arguments are the topmost
/// live values of the caller's stack when the interpreter calls `gc.collect` directly; when
/// they are not inside that frame's value stack (a call from native code), nothing is cleared.
fn clear_caller_stale_slots(vm: &Vm, a: &Args) {
    let Some(f) = vm.frames.last() else { return };
    if f.fast.is_null() {
        return;
    }
    let code = crate::interp::code::rust_code(f.code);
    let lo = code.varnames.len() + code.cellvars.len() + code.freevars.len();
    // SAFETY: a frame's slots are its fast locals, cells, then `max_stack` value-stack slots
    // (`interp::call`, `interp::generator`); these are pointer computations within them.
    let (stack_lo, stack_hi) = unsafe { (f.fast.add(lo), f.fast.add(lo + code.max_stack as usize)) };
    let end_of = |s: &[Value]| s.as_ptr().wrapping_add(s.len());
    let mut end = end_of(a.pos);
    if !a.kwvals.is_empty() {
        end = end.max(end_of(a.kwvals));
    }
    if (a.pos.is_empty() || a.pos.as_ptr() >= stack_lo as *const Value) && end >= stack_lo as *const Value && end <= stack_hi as *const Value {
        let mut p = end as *mut Value;
        while p < stack_hi {
            // SAFETY: `p` is a value-stack slot of the running caller frame at or above its
            // stack pointer (the arguments end there): it holds no live value.
            unsafe { p.write(Value::NULL) };
            p = p.wrapping_add(1);
        }
    }
}
fn g_enable(_vm: &mut Vm, _a: Args) -> PyResult {
    ENABLED.store(true, Ordering::Relaxed);
    Ok(objmodel::none())
}
fn g_disable(_vm: &mut Vm, _a: Args) -> PyResult {
    ENABLED.store(false, Ordering::Relaxed);
    Ok(objmodel::none())
}
fn g_isenabled(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(objmodel::bool_(ENABLED.load(Ordering::Relaxed)))
}
fn g_get_count(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(tuple::new(&[Value::small(0), Value::small(0), Value::small(0)]))
}
fn g_get_threshold(_vm: &mut Vm, _a: Args) -> PyResult {
    let t: Vec<Value> = THRESHOLD.iter().map(|x| int::from_i64(x.load(Ordering::Relaxed))).collect();
    Ok(tuple::new(&t))
}
fn g_set_threshold(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "set_threshold", 1, 3)?;
    for (i, v) in a.pos.iter().enumerate() {
        let n = vm.index_value(*v)?;
        THRESHOLD[i].store(n, Ordering::Relaxed);
    }
    Ok(objmodel::none())
}
fn g_get_debug(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(int::from_i64(DEBUG.load(Ordering::Relaxed)))
}
fn g_set_debug(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "set_debug", 1, 1)?;
    let n = vm.index_value(a.at(0))?;
    DEBUG.store(n, Ordering::Relaxed);
    Ok(objmodel::none())
}
fn g_get_stats(_vm: &mut Vm, _a: Args) -> PyResult {
    let s = gc_concurrent::heap().stats();
    let out = list::new_list(&[]);
    for generation in 0..3 {
        let d = dict::new_dict();
        let cycles = if generation == 2 { s.cycles as i64 } else { 0 };
        dict::set_by_name(d, "collections", int::from_i64(cycles));
        dict::set_by_name(d, "collected", Value::small(0));
        dict::set_by_name(d, "uncollectable", Value::small(0));
        list::append(out, d);
    }
    Ok(out)
}
fn g_empty_list(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(list::new_list(&[]))
}
fn g_is_tracked(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "is_tracked", 1, 1)?;
    let v = a.at(0);
    let atomic = !v.is_ptr()
        || matches!(
            v.header().kind(),
            objmodel::Kind::Int | objmodel::Kind::Float | objmodel::Kind::Str | objmodel::Kind::Bytes | objmodel::Kind::Bool
        )
        || v.is_none();
    Ok(objmodel::bool_(!atomic))
}
fn g_is_finalized(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(objmodel::false_())
}
fn g_none(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(objmodel::none())
}
fn g_zero(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::small(0))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = super::util::new_module("gc");
    super::util::funcs(
        d,
        &[
            ("collect", g_collect),
            ("enable", g_enable),
            ("disable", g_disable),
            ("isenabled", g_isenabled),
            ("get_count", g_get_count),
            ("get_threshold", g_get_threshold),
            ("set_threshold", g_set_threshold),
            ("get_debug", g_get_debug),
            ("set_debug", g_set_debug),
            ("get_stats", g_get_stats),
            ("get_objects", g_empty_list),
            ("get_referrers", g_empty_list),
            ("get_referents", g_empty_list),
            ("is_tracked", g_is_tracked),
            ("is_finalized", g_is_finalized),
            ("freeze", g_none),
            ("unfreeze", g_none),
            ("get_freeze_count", g_zero),
        ],
    );
    super::util::set(d, "garbage", list::new_list(&[]));
    super::util::set(d, "callbacks", list::new_list(&[]));
    for (n, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
        super::util::set(d, n, Value::small(v));
    }
    Ok(m)
}

//! `__reduce__` and `__setstate__` of the native iterators, as CPython's (`listiter_reduce`,
//! `rangeiter_reduce`, `dictiter_reduce`, `enum_reduce`, `zip_reduce`...), so that `copy.copy`,
//! `copy.deepcopy` and `pickle` handle iterators as CPython does.
//!
//! Positional iterators reduce to `(iter, (source,), index)` and take the index back through
//! `__setstate__`; dict and set iterators reduce to `(iter, (list_of_remaining_items,))`; the
//! iterator builtins (`enumerate`, `zip`, `map`, `filter`, `reversed`) reduce to their class and
//! their arguments.

use objmodel::layout::FixedObj;
use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::function::fixed;
use crate::objects::iter::sub;
use crate::objects::{dict, int, list, str as pystr, tuple};
use crate::vm::Vm;

/// `builtins.<name>` (`iter`, `reversed`), as CPython's reductions name them.
fn builtin(vm: &mut Vm, name: &str) -> PyResult<Value> {
    match dict::get_by_name(vm.rt.builtins_dict, name) {
        Some(f) => Ok(f),
        None => Err(vm.runtime_error(format!("lost builtins.{name}"))),
    }
}

fn builtin_iter(vm: &mut Vm) -> PyResult<Value> {
    builtin(vm, "iter")
}

/// `(callable, args)` or `(callable, args, state)` when `state` is not NULL.
fn reduction(callable: Value, args: &[Value], state: Value) -> Value {
    let a = tuple::new(args);
    if state.is_null() { tuple::new(&[callable, a]) } else { tuple::new(&[callable, a, state]) }
}

/// A copy of iterator `it` (same class, kind and fields): draining it leaves `it` as it was.
fn clone_iter(it: Value) -> Value {
    let f = fixed(it);
    let c = crate::objects::iter::new_iter(it.class(), f.sub, f.a.get(), f.b.get(), f.c.get(), f.d.get());
    let g = fixed(c);
    g.i.set(f.i.get());
    g.j.set(f.j.get());
    c
}

/// The items a dict or set iterator has left, as a list (CPython drains a copy likewise).
fn remaining(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let c = clone_iter(it);
    let items = vm.collect(c)?;
    Ok(list::new_list(&items))
}

/// The character index of byte offset `b` in `s`.
fn char_index(s: &str, b: usize) -> usize {
    let b = b.min(s.len());
    if s.is_ascii() { b } else { s[..b].chars().count() }
}

/// `(start, index, len)` of a range iterator: `a` is the next value, `b` the step, `c` how
/// many are left, `d` the first value (range.rs `range_iter`).
fn range_state(vm: &mut Vm, f: &FixedObj) -> PyResult<(Value, Value, Value)> {
    let (cur, step, rem) = (f.a.get(), f.b.get(), f.c.get());
    let start = if f.d.get().is_null() { cur } else { f.d.get() };
    let done = vm.binary_op(crate::bytecode::BinOp::Sub, cur, start)?;
    let index = vm.binary_op(crate::bytecode::BinOp::FloorDiv, done, step)?;
    let len = vm.binary_op(crate::bytecode::BinOp::Add, index, rem)?;
    Ok((start, index, len))
}

pub(crate) fn iter_reduce(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__reduce__", 1, 1)?;
    let it = a.at(0);
    let f = fixed(it);
    let (src, i) = (f.a.get(), f.i.get());
    let rt = vm.rt;
    let x = &rt.extra;
    let cls = it.class();
    let idx = |n: usize| int::from_usize(n);
    Ok(match f.sub {
        sub::LIST | sub::TUPLE | sub::BYTES | sub::SEQ => reduction(builtin_iter(vm)?, &[src], idx(i)),
        sub::STR => reduction(builtin_iter(vm)?, &[src], idx(char_index(pystr::str_obj(src).as_str(), i))),
        sub::LIST_REV => {
            if i == 0 || i > list::len(src) {
                reduction(builtin_iter(vm)?, &[list::new_list(&[])], Value::NULL)
            } else {
                reduction(builtin(vm, "reversed")?, &[src], idx(i - 1))
            }
        }
        sub::SEQ_REV => reduction(cls.as_value(), &[src], int::from_i64(i as i64 - 1)),
        sub::RANGE => {
            let (start, index, len) = range_state(vm, f)?;
            let span = vm.binary_op(crate::bytecode::BinOp::Mul, len, f.b.get())?;
            let stop = vm.binary_op(crate::bytecode::BinOp::Add, start, span)?;
            let r = vm.call(vm.rt.types.range.as_value(), Args::new(&[start, stop, f.b.get()]))?;
            reduction(builtin_iter(vm)?, &[r], index)
        }
        sub::DICT_KEYS
        | sub::DICT_VALUES
        | sub::DICT_ITEMS
        | sub::DICT_REV_KEYS
        | sub::DICT_REV_VALUES
        | sub::DICT_REV_ITEMS
        | sub::SET => {
            let rest = remaining(vm, it)?;
            reduction(builtin_iter(vm)?, &[rest], Value::NULL)
        }
        sub::CALLABLE => reduction(builtin_iter(vm)?, &[src, f.b.get()], Value::NULL),
        sub::ENUMERATE => reduction(cls.as_value(), &[src, f.b.get()], Value::NULL),
        sub::ZIP => {
            let r = tuple::new(&[cls.as_value(), src]);
            if f.j.get() == 1 { tuple::new(&[cls.as_value(), src, objmodel::bool_(true)]) } else { r }
        }
        sub::MAP => {
            let mut args = vec![src];
            args.extend_from_slice(tuple::items(f.b.get()));
            reduction(cls.as_value(), &args, Value::NULL)
        }
        sub::FILTER => reduction(cls.as_value(), &[f.b.get(), src], Value::NULL),
        _ => {
            // Exhausted: an empty source of the iterator's own kind.
            if cls.is(x.reversed) {
                reduction(cls.as_value(), &[tuple::empty()], Value::NULL)
            } else if cls.is(x.list_iterator) || cls.is(x.list_reverseiterator) {
                reduction(builtin_iter(vm)?, &[list::new_list(&[])], Value::NULL)
            } else if cls.is(x.str_iterator) {
                reduction(builtin_iter(vm)?, &[pystr::new("")], Value::NULL)
            } else {
                reduction(builtin_iter(vm)?, &[tuple::empty()], Value::NULL)
            }
        }
    })
}

/// The index a `__setstate__` was given, as CPython's `PyLong_AsSsize_t` reads it.
fn state_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if !int::is_int(v) {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", v.class().error_name())));
    }
    match int::to_i64(v) {
        Some(n) => Ok(n),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn iter_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setstate__", 2, 2)?;
    let (it, state) = (a.at(0), a.at(1));
    let f = fixed(it);
    let src = f.a.get();
    let clamp = |n: i64, hi: usize| n.clamp(0, hi as i64) as usize;
    match f.sub {
        sub::ZIP => {
            let strict = vm.truthy(state)?;
            f.j.set(strict as usize);
            return Ok(objmodel::none());
        }
        sub::LIST => {
            let n = state_index(vm, state)?;
            f.i.set(clamp(n, list::len(src)));
        }
        sub::TUPLE => {
            let n = state_index(vm, state)?;
            f.i.set(clamp(n, tuple::items(src).len()));
        }
        sub::BYTES => {
            let n = state_index(vm, state)?;
            let len = crate::objects::bytes::data(src).map_or(0, |d| d.len());
            f.i.set(clamp(n, len));
        }
        sub::STR => {
            let n = state_index(vm, state)?;
            let s = pystr::str_obj(src).as_str();
            let chars = clamp(n, s.chars().count());
            let b = s.char_indices().nth(chars).map_or(s.len(), |(b, _)| b);
            f.i.set(b);
        }
        sub::SEQ => {
            let n = state_index(vm, state)?;
            f.i.set(n.max(0) as usize);
        }
        sub::LIST_REV => {
            let n = state_index(vm, state)?;
            let len = list::len(src) as i64;
            f.i.set((n.clamp(-1, len - 1) + 1) as usize);
        }
        sub::SEQ_REV => {
            let n = state_index(vm, state)?;
            let len = vm.len(src)? as i64;
            f.i.set((n.clamp(-1, len - 1) + 1) as usize);
        }
        sub::RANGE => {
            if !int::is_int(state) {
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", state.class().error_name())));
            }
            let (start, _, len) = range_state(vm, f)?;
            let zero = Value::small(0);
            let n = if vm.compare(state, zero, crate::bytecode::CmpOp::Lt)?.is_true_obj() { zero } else { state };
            let n = if vm.compare(n, len, crate::bytecode::CmpOp::Gt)?.is_true_obj() { len } else { n };
            let step = f.b.get();
            let done = vm.binary_op(crate::bytecode::BinOp::Mul, n, step)?;
            let cur = vm.binary_op(crate::bytecode::BinOp::Add, start, done)?;
            let rem = vm.binary_op(crate::bytecode::BinOp::Sub, len, n)?;
            f.a.set(cur);
            f.c.set(rem);
        }
        _ => {}
    }
    Ok(objmodel::none())
}

/// `__setstate__` of the iterators that have a position to restore (`__reduce__` is
/// registered on every native iterator with the iteration methods: iter.rs `init`).
pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::method;
    let x = &r.extra;
    for t in [
        x.list_iterator,
        x.list_reverseiterator,
        x.tuple_iterator,
        x.str_iterator,
        x.bytes_iterator,
        x.range_iterator,
        x.bytearray_iterator,
        x.longrange_iterator,
        x.seq_iterator,
        x.zip,
        x.reversed,
    ] {
        method(t, "__setstate__", iter_setstate);
    }
}

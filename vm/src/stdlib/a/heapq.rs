//! `_heapq`: the heap primitives on lists, with CPython's sift algorithms (so heaps built here
//! have exactly the layout CPython's have) and its errors.

use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::list;
use crate::vm::Vm;

fn changed(vm: &mut Vm) -> crate::error::PyErr {
    vm.runtime_error("list changed size during iteration")
}

fn item(vm: &mut Vm, heap: Value, i: usize) -> PyResult<Value> {
    match list::get(heap, i) {
        Some(v) => Ok(v),
        None => Err(changed(vm)),
    }
}

/// `a < b` (max heaps swap the operands).
fn less(vm: &mut Vm, a: Value, b: Value, max: bool) -> PyResult<bool> {
    if max { vm.lt(b, a) } else { vm.lt(a, b) }
}

fn siftdown(vm: &mut Vm, heap: Value, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = list::len(heap);
    if pos >= size {
        return Err(vm.index_error("list index out of range"));
    }
    let newitem = item(vm, heap, pos)?;
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = item(vm, heap, parentpos)?;
        let lt = less(vm, newitem, parent, max)?;
        if list::len(heap) != size {
            return Err(changed(vm));
        }
        if !lt {
            break;
        }
        let parent = item(vm, heap, parentpos)?;
        list::set(heap, pos, parent);
        pos = parentpos;
    }
    list::set(heap, pos, newitem);
    Ok(())
}

fn siftup(vm: &mut Vm, heap: Value, mut pos: usize, max: bool) -> PyResult<()> {
    let end = list::len(heap);
    let start = pos;
    if pos >= end {
        return Err(vm.index_error("list index out of range"));
    }
    let newitem = item(vm, heap, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (c, r) = (item(vm, heap, child)?, item(vm, heap, right)?);
            let lt = less(vm, c, r, max)?;
            if list::len(heap) != end {
                return Err(changed(vm));
            }
            if !lt {
                child = right;
            }
        }
        let c = item(vm, heap, child)?;
        list::set(heap, pos, c);
        pos = child;
        child = 2 * pos + 1;
    }
    list::set(heap, pos, newitem);
    siftdown(vm, heap, start, pos, max)
}

fn heap_arg(vm: &mut Vm, a: &Args, fname: &str, n: usize) -> PyResult<Value> {
    a.check(vm, fname, n, n)?;
    let h = a.at(0);
    if !list::is_list(h) {
        return Err(vm.type_error(format!("{fname}() argument 1 must be list, not {}", h.class().error_name())));
    }
    Ok(h)
}

fn heappush(vm: &mut Vm, a: Args) -> PyResult {
    let h = heap_arg(vm, &a, "heappush", 2)?;
    list::append(h, a.at(1));
    let n = list::len(h);
    siftdown(vm, h, 0, n - 1, false)?;
    Ok(objmodel::none())
}

fn pop_impl(vm: &mut Vm, h: Value, max: bool) -> PyResult {
    let Ok(last) = crate::objects::list_index::pop_item(h, -1) else {
        return Err(vm.index_error("index out of range"));
    };
    if list::len(h) == 0 {
        return Ok(last);
    }
    let ret = item(vm, h, 0)?;
    list::set(h, 0, last);
    siftup(vm, h, 0, max)?;
    Ok(ret)
}
fn heappop(vm: &mut Vm, a: Args) -> PyResult {
    let h = heap_arg(vm, &a, "heappop", 1)?;
    pop_impl(vm, h, false)
}
fn heappop_max(vm: &mut Vm, a: Args) -> PyResult {
    let h = heap_arg(vm, &a, "_heappop_max", 1)?;
    pop_impl(vm, h, true)
}

fn replace_impl(vm: &mut Vm, h: Value, x: Value, max: bool) -> PyResult {
    if list::len(h) == 0 {
        return Err(vm.index_error("index out of range"));
    }
    let ret = item(vm, h, 0)?;
    list::set(h, 0, x);
    siftup(vm, h, 0, max)?;
    Ok(ret)
}
fn heapreplace(vm: &mut Vm, a: Args) -> PyResult {
    let h = heap_arg(vm, &a, "heapreplace", 2)?;
    replace_impl(vm, h, a.at(1), false)
}
fn heapreplace_max(vm: &mut Vm, a: Args) -> PyResult {
    let h = heap_arg(vm, &a, "_heapreplace_max", 2)?;
    replace_impl(vm, h, a.at(1), true)
}

fn heappushpop(vm: &mut Vm, a: Args) -> PyResult {
    let h = heap_arg(vm, &a, "heappushpop", 2)?;
    let x = a.at(1);
    if list::len(h) == 0 {
        return Ok(x);
    }
    let top = item(vm, h, 0)?;
    if !vm.lt(top, x)? {
        return Ok(x);
    }
    if list::len(h) == 0 {
        return Err(vm.index_error("index out of range"));
    }
    let ret = item(vm, h, 0)?;
    list::set(h, 0, x);
    siftup(vm, h, 0, false)?;
    Ok(ret)
}

fn heapify_impl(vm: &mut Vm, h: Value, max: bool) -> PyResult {
    let n = list::len(h);
    for i in (0..n / 2).rev() {
        siftup(vm, h, i, max)?;
    }
    Ok(objmodel::none())
}
fn heapify(vm: &mut Vm, a: Args) -> PyResult {
    let h = heap_arg(vm, &a, "heapify", 1)?;
    heapify_impl(vm, h, false)
}
fn heapify_max(vm: &mut Vm, a: Args) -> PyResult {
    let h = heap_arg(vm, &a, "_heapify_max", 1)?;
    heapify_impl(vm, h, true)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = super::util::new_module("_heapq");
    super::util::funcs(
        d,
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("heapify", heapify),
            ("_heappop_max", heappop_max),
            ("_heapreplace_max", heapreplace_max),
            ("_heapify_max", heapify_max),
        ],
    );
    Ok(m)
}

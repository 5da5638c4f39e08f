//! Exception handling within a frame (the block stack): record the traceback entry, link the
//! implicit `__context__`, then find the innermost handler block or propagate.

use objmodel::Value;

use super::frame::{Block, BlockKind, Frame};
use crate::error::{PyErr, PyResult};
use crate::objects::exceptions;
use crate::vm::Vm;

/// Set `exc.__context__` to the exception being handled (CPython's `_PyErr_SetObject`),
/// breaking cycles in the context chain.
pub fn set_context(vm: &Vm, exc: Value) {
    let handled = vm.exc_info;
    if handled.is_null() || handled.is(exc) || !exceptions::is_exception(exc) {
        return;
    }
    let eo = exceptions::obj(exc);
    if !eo.context.get().is_null() {
        return;
    }
    // Avoid a cycle: if exc is already in handled's context chain, cut it there.
    let mut o = handled;
    let mut steps = 0;
    while exceptions::is_exception(o) && steps < 1000 {
        let c = exceptions::obj(o).context.get();
        if c.is(exc) {
            exceptions::obj(o).context.set(Value::NULL);
            break;
        }
        o = c;
        steps += 1;
    }
    eo.context.set(handled);
}

/// Handle `e` raised at `f.pc - 1`: resume at a handler (Ok) or propagate (Err).
pub fn handle(vm: &mut Vm, f: &mut Frame, e: PyErr, reraise: bool) -> PyResult<()> {
    if !reraise {
        if !crate::interp::code::rust_code(f.code_v).has_flag(crate::bytecode::flags::NATIVE_FRAME) {
            super::traceback::add_entry(e.0, f.code_v, f.pc.saturating_sub(1));
        }
        set_context(vm, e.0);
    }
    while let Some(b) = f.pop_block() {
        match b.kind {
            BlockKind::ExceptHandler => vm.exc_info = b.saved_exc,
            BlockKind::Handler => {
                close_owned_above(vm, f, b.level as usize);
                f.sp = b.level as usize;
                f.push_block(Block { kind: BlockKind::ExceptHandler, handler: 0, level: f.sp as u32, saved_exc: vm.exc_info });
                vm.exc_info = e.0;
                // SAFETY: level <= max stack depth; one slot is free for the exception.
                unsafe { *f.stack.add(f.sp) = e.0 };
                f.sp += 1;
                f.pc = b.handler as usize;
                return Ok(());
            }
        }
    }
    close_owned_above(vm, f, 0);
    Err(e)
}

/// The exception drops the value-stack slots from `level` up: close the loop-owned generators
/// among them, innermost loop first as CPython's stack pops do ("Loop-owned generators" in
/// bytecode.rs). The slots stay on the stack (and so rooted) until the caller lowers `sp`.
fn close_owned_above(vm: &mut Vm, f: &Frame, level: usize) {
    for i in (level..f.sp).rev() {
        // SAFETY: i < sp: a live slot of the frame's value stack.
        let v = unsafe { *f.stack.add(i) };
        super::generator::close_loop_iterator(vm, v, f.code_v, f.pc.saturating_sub(1));
    }
}

/// On return: restore the handled exception saved by any open `ExceptHandler` blocks.
pub fn pop_all_blocks(vm: &mut Vm, f: &mut Frame) {
    while let Some(b) = f.pop_block() {
        if b.kind == BlockKind::ExceptHandler {
            vm.exc_info = b.saved_exc;
        }
    }
}

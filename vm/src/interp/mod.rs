//! The interpreter: frames (`frame`), the loop (`eval`) with its inline fast paths (`fast_ops`),
//! its out-of-line helpers (`helpers`),
//! exception unwinding (`unwind`), Python function calls (`call`), generators (`generator`) and coroutines (`coroutine`), run-time
//! code objects (`code`), tracebacks (`traceback`, `carets`) and the per-thread data stack.

mod carets;
pub mod call;
pub mod code;
pub mod datastack;
pub mod eval;
mod fast_ops;
pub mod coroutine;
pub mod frame;
pub mod generator;
pub mod helpers;
pub mod match_ops;
pub mod suggestions;
pub mod traceback;
pub mod unwind;

/// (first fast local, slot `i`) of the innermost running frame (for zero-argument `super()`).
pub fn eval_frame_peek(vm: &crate::vm::Vm, i: usize) -> (objmodel::Value, objmodel::Value) {
    match vm.frames.last() {
        // SAFETY: the innermost frame is live while its native callee runs; `i` indexes its
        // fast/cell area (computed from its code object by the caller).
        Some(f) if !f.fast.is_null() => unsafe { (*f.fast, *f.fast.add(i)) },
        _ => (objmodel::Value::NULL, objmodel::Value::NULL),
    }
}

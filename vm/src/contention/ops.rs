//! Naming the operation a waiting thread performs, from the instruction its innermost frame
//! is executing: `StoreSubscr` on a dict is `dict.__setitem__`, `CallMethod` after
//! `LoadMethod append` on a list is `list.append`, `StoreAttr count` is `attribute store
//! .count`.

use crate::bytecode::{CodeObject, Instr};

/// The operation at instruction `pc` of `code`, applied to an object of type `ty`.
pub fn name(code: &CodeObject, pc: usize, ty: &str) -> String {
    let Some(instr) = code.instrs.get(pc) else { return format!("{ty} operation") };
    let nm = |i: &u32| code.names.get(*i as usize).map(String::as_str).unwrap_or("?");
    match instr {
        Instr::StoreSubscr => format!("{ty}.__setitem__"),
        Instr::BinarySubscr => format!("{ty}.__getitem__"),
        Instr::DeleteSubscr => format!("{ty}.__delitem__"),
        Instr::StoreAttr(i) => format!("attribute store .{}", nm(i)),
        Instr::LoadAttr(i) => format!("attribute load .{}", nm(i)),
        Instr::DeleteAttr(i) => format!("attribute delete .{}", nm(i)),
        Instr::ListAppend(_) => format!("{ty}.append"),
        Instr::StoreGlobal(i) | Instr::StoreName(i) => format!("global store {}", nm(i)),
        Instr::LoadGlobal(i) | Instr::LoadName(i) => format!("global load {}", nm(i)),
        Instr::DeleteGlobal(i) | Instr::DeleteName(i) => format!("global delete {}", nm(i)),
        Instr::SetAdd(_) => format!("{ty}.add"),
        Instr::CallMethod(n) | Instr::CallMethodKw(n) => {
            let args = *n as i64 + if matches!(instr, Instr::CallMethodKw(_)) { 1 } else { 0 };
            match method_name(code, pc, args) {
                Some(m) => format!("{ty}.{m}"),
                None => format!("{ty} method call"),
            }
        }
        Instr::CallFunction(_) | Instr::CallFunctionKw(_) | Instr::CallFunctionEx(_) => format!("{ty} (in a call)"),
        other => {
            let dbg = format!("{other:?}");
            let op = dbg.split('(').next().unwrap_or("operation");
            format!("{ty} ({op})")
        }
    }
}

/// The name loaded by the `LoadMethod` whose `[X, Y]` pair the call at `pc` consumes (with
/// `args` values above it): found by walking back over the stack effects of the instructions
/// in between (straight-line code; a branch inside the arguments may defeat it).
fn method_name(code: &CodeObject, pc: usize, args: i64) -> Option<String> {
    // Height relative to the call's input: X sits at -(args + 2), Y at -(args + 1). A
    // LoadMethod at j turns [obj] into [X, Y]: its output Y is the top, so the height after it
    // must be -(args) relative to the call's input height... tracked as `rel` below: the
    // height after instruction j relative to the height before the call.
    let mut rel: i64 = 0;
    for j in (0..pc).rev().take(256) {
        let ins = &code.instrs[j];
        if let Instr::LoadMethod(i) = ins {
            if rel == -args {
                return code.names.get(*i as usize).cloned();
            }
        }
        rel -= crate::compile::stackdepth_effect(ins);
        if rel < -(args + 2) {
            return None;
        }
    }
    None
}

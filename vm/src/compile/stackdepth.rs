//! Stack effects of instructions and the maximum stack depth of a code object.
//!
//! [`max_stack`] is an abstract interpretation over the control-flow graph: starting at
//! instruction 0 with an empty stack it propagates the depth along fall-through edges, jump
//! edges and exception-handler edges (a `SetupExcept`/`SetupFinally`/`SetupWith`/`SetupAsyncWith` handler is
//! entered with the depth at the setup instruction plus the pushed exception). Unreachable code
//! is ignored (and reported, so the caller can drop it). The code generator must produce the same depth on every path into an
//! instruction; a conflict, a negative depth or falling off the end is reported as an internal
//! error rather than silently producing a wrong `max_stack`.

use crate::bytecode::Instr;

/// The jump target of a branching instruction (including exception-handler targets).
pub(crate) fn jump_target(instr: &Instr) -> Option<u32> {
    match *instr {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::SetupExcept(t)
        | Instr::SetupFinally(t)
        | Instr::SetupWith(t)
        | Instr::SetupAsyncWith(t) => Some(t),
        _ => None,
    }
}

pub(crate) fn jump_target_mut(instr: &mut Instr) -> Option<&mut u32> {
    match instr {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::SetupExcept(t)
        | Instr::SetupFinally(t)
        | Instr::SetupWith(t)
        | Instr::SetupAsyncWith(t) => Some(t),
        _ => None,
    }
}

/// Whether execution can continue with the next instruction.
pub(crate) fn falls_through(instr: &Instr) -> bool {
    !matches!(instr, Instr::Jump(_) | Instr::ReturnValue | Instr::Reraise | Instr::Raise(_))
}

/// Net stack effect; `jump` selects the branch-taken (or handler-entry) edge.
pub(crate) fn effect(instr: &Instr, jump: bool) -> i64 {
    use Instr::*;
    let n = |x: &u32| i64::from(*x);
    match instr {
        Nop | Swap(_) | DeleteFast(_) | DeleteName(_) | DeleteGlobal(_) | DeleteDeref(_) | LoadAttr(_) | Unary(_)
        | GetIter | GetIterOwned | OwnedArg | ListToTuple | GetYieldFromIter | YieldValue | GetAwaitable(_) | GetAIter | AsyncGenWrap
        | SetupAsyncWith(_) | PopBlock | PopExcept | CheckExcMatch | Jump(_) => 0,
        PopTop | PopIter | StoreFast(_) | StoreName(_) | StoreGlobal(_) | StoreDeref(_) | DeleteAttr(_) | BinarySubscr
        | BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) | PopJumpIfFalse(_)
        | PopJumpIfTrue(_) | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_)
        | DictMerge(_) | ReturnValue | YieldFrom | Reraise | WithExitNormal | ImportName(_) | ImportStar => -1,
        Copy(_) | LoadConst(_) | LoadFast(_) | LoadFastPair(_) | LoadFastAttr(_) | LoadFastMethod(_) | LoadName(_) | LoadGlobal(_) | LoadDeref(_) | LoadClassDeref(_)
        | GetANext | BeforeAsyncWith | LoadClosure(_) | LoadMethod(_) | LoadBuildClass | LoadAssertionError | WithExceptStart | ImportFrom(_) => 1,
        StoreAttr(_) | DeleteSubscr | MapAdd(_) => -2,
        StoreSubscr => -3,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildString(k) | BuildSlice(k) => 1 - n(k),
        BuildMap(k) => 1 - 2 * n(k),
        FormatValue(f) => {
            if f & 4 != 0 {
                -1
            } else {
                0
            }
        }
        UnpackSequence(k) => n(k) - 1,
        UnpackEx(a) => i64::from(a & 0xff) + i64::from(a >> 8),
        CallFunction(k) => -n(k),
        CallFunctionKw(k) => -n(k) - 1,
        CallFunctionEx(f) => -1 - i64::from(f & 1),
        CallMethod(k) => -n(k) - 1,
        CallMethodKw(k) => -n(k) - 2,
        MakeFunction(f) => -i64::from((f & 0b1011).count_ones()),
        SetupExcept(_) | SetupFinally(_) => {
            if jump {
                1
            } else {
                0
            }
        }
        SetupWith(_) => 1,
        EndAsyncFor => -2,
        GetLen | MatchSequence | MatchMapping | MatchKeys => 1,
        CopyDictWithoutKeys => 0,
        MatchClass(_) => -2,
        Raise(k) => -n(k),
    }
}

/// Maximum value-stack depth over all reachable paths, and which instructions are reachable.
pub(crate) fn analyze(instrs: &[Instr]) -> Result<(u32, Vec<bool>), String> {
    if instrs.is_empty() {
        return Ok((0, Vec::new()));
    }
    let mut max = 0i64;
    let mut depth: Vec<Option<i64>> = vec![None; instrs.len()];
    depth[0] = Some(0);
    let mut work = vec![0usize];
    while let Some(i) = work.pop() {
        let d = depth[i].unwrap_or(0);
        max = max.max(d);
        let instr = &instrs[i];
        let mut edges: [(Option<usize>, i64); 2] = [(None, 0), (None, 0)];
        if let Some(t) = jump_target(instr) {
            edges[0] = (Some(t as usize), d + effect(instr, true));
        }
        if falls_through(instr) {
            edges[1] = (Some(i + 1), d + effect(instr, false));
        }
        for (target, nd) in edges {
            let Some(target) = target else { continue };
            if nd < 0 {
                return Err(format!("negative stack depth after instruction {i}"));
            }
            max = max.max(nd);
            let Some(slot) = depth.get_mut(target) else {
                return Err(format!("instruction {i} continues past the end of the code"));
            };
            match *slot {
                None => {
                    *slot = Some(nd);
                    work.push(target);
                }
                Some(old) if old != nd => {
                    return Err(format!("inconsistent stack depth at instruction {target}: {old} vs {nd} (from {i})"));
                }
                Some(_) => {}
            }
        }
    }
    let max = u32::try_from(max).map_err(|_| "stack too deep".to_string())?;
    Ok((max, depth.iter().map(Option::is_some).collect()))
}

//! An independent bytecode verifier used by the tests.
//!
//! It re-derives stack effects from the documentation in `bytecode.rs` (deliberately not sharing
//! the compiler's table) and simulates every reachable path with both the value-stack depth and
//! the block stack (`Setup` blocks with their level, `ExceptHandler` blocks):
//! * table indices and jump targets are in range, locations parallel instructions;
//! * the depth never goes negative, never below the level of an active setup block, and is the
//!   same (with the same block stack) on every path into an instruction;
//! * `PopBlock` pops a setup block, `PopExcept` an `ExceptHandler` block;
//! * no path falls off the end; the maximum depth equals `max_stack`;
//! * `cell2arg`, `varnames` and argument counts are consistent.
//!
//! Nested code objects are verified recursively.

use std::collections::HashMap;

use crate::bytecode::{CodeObject, Const, Instr};

#[derive(Clone, Debug, PartialEq, Eq)]
enum Block {
    Setup { level: i64 },
    Handler,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    depth: i64,
    blocks: Vec<Block>,
}

/// Verifies `code` and every code object nested in it.
pub(crate) fn verify(code: &CodeObject) -> Result<(), String> {
    verify_one(code).map_err(|e| format!("{}: {e}", code.qualname))?;
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

fn target(instr: &Instr) -> Option<u32> {
    use Instr::*;
    match *instr {
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t)
        | SetupExcept(t) | SetupFinally(t) | SetupWith(t) | SetupAsyncWith(t) => Some(t),
        _ => None,
    }
}

/// (pops, pushes) on the fall-through path.
fn pops_pushes(instr: &Instr) -> (i64, i64) {
    use Instr::*;
    let n = |x: u32| i64::from(x);
    match *instr {
        Nop | OwnedArg | Jump(_) | SetupExcept(_) | SetupFinally(_) | PopBlock | PopExcept => (0, 0),
        GetLen | MatchSequence | MatchMapping => (1, 2),
        MatchKeys => (2, 3),
        CopyDictWithoutKeys => (2, 2),
        MatchClass(_) => (3, 1),
        DeleteFast(_) | DeleteName(_) | DeleteGlobal(_) | DeleteDeref(_) => (0, 0),
        PopTop | PopIter => (1, 0),
        Copy(i) => (n(i), n(i) + 1),
        Swap(i) => (n(i), n(i)),
        LoadConst(_) | LoadFast(_) | LoadFastPair(_) | LoadFastAttr(_) | LoadFastMethod(_) | LoadName(_) | LoadGlobal(_) | LoadDeref(_) | LoadClassDeref(_)
        | LoadClosure(_) | LoadBuildClass | LoadAssertionError => (0, 1),
        StoreFast(_) | StoreName(_) | StoreGlobal(_) | StoreDeref(_) => (1, 0),
        LoadAttr(_) => (1, 1),
        StoreAttr(_) => (2, 0),
        DeleteAttr(_) => (1, 0),
        BinarySubscr => (2, 1),
        StoreSubscr => (3, 0),
        DeleteSubscr => (2, 0),
        Unary(_) => (1, 1),
        BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => (2, 1),
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => (1, 0),
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => (1, 0),
        GetIter | GetIterOwned => (1, 1),
        ForIter(_) => (1, 2),
        BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildString(k) => (n(k), 1),
        BuildSlice(k) => (n(k), 1),
        BuildMap(k) => (2 * n(k), 1),
        FormatValue(f) => (if f & 4 != 0 { 2 } else { 1 }, 1),
        ListAppend(i) | SetAdd(i) | ListExtend(i) | SetUpdate(i) | DictUpdate(i) | DictMerge(i) => (n(i) + 1, n(i)),
        MapAdd(i) => (n(i) + 2, n(i)),
        ListToTuple => (1, 1),
        UnpackSequence(k) => (1, n(k)),
        UnpackEx(a) => (1, n(a & 0xff) + n(a >> 8) + 1),
        CallFunction(k) => (n(k) + 1, 1),
        CallFunctionKw(k) => (n(k) + 2, 1),
        CallFunctionEx(f) => (if f & 1 != 0 { 3 } else { 2 }, 1),
        LoadMethod(_) => (1, 2),
        CallMethod(k) => (n(k) + 2, 1),
        CallMethodKw(k) => (n(k) + 3, 1),
        MakeFunction(f) => (1 + i64::from(f & 1) + i64::from((f >> 1) & 1) + i64::from((f >> 3) & 1), 1),
        ReturnValue => (1, 0),
        YieldValue => (1, 1),
        GetYieldFromIter => (1, 1),
        YieldFrom => (2, 1),
        CheckExcMatch => (2, 2),
        Reraise => (1, 0),
        Raise(k) => (n(k), 0),
        SetupWith(_) => (1, 2),
        WithExitNormal => (1, 0),
        WithExceptStart => (2, 3),
        ImportName(_) => (2, 1),
        ImportFrom(_) => (1, 2),
        ImportStar => (1, 0),
        GetAwaitable(_) | GetAIter | AsyncGenWrap => (1, 1),
        GetANext => (1, 2),
        EndAsyncFor => (2, 0),
        BeforeAsyncWith => (1, 2),
        SetupAsyncWith(_) => (2, 2),
    }
}

fn check_indices(code: &CodeObject, pc: usize, instr: &Instr) -> Result<(), String> {
    use Instr::*;
    let ncells = code.cellvars.len() + code.freevars.len();
    let bad = |what: &str, i: u32, len: usize| -> Result<(), String> {
        if (i as usize) < len { Ok(()) } else { Err(format!("{what} index {i} out of range ({len}) at {pc}")) }
    };
    match *instr {
        LoadConst(i) => bad("const", i, code.consts.len()),
        LoadName(i) | StoreName(i) | DeleteName(i) | LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i) | LoadAttr(i)
        | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i) | ImportName(i) | ImportFrom(i) => {
            bad("name", i, code.names.len())
        }
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => bad("varname", i, code.varnames.len()),
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClassDeref(i) | LoadClosure(i) => bad("cell", i, ncells),
        CallFunctionKw(_) | CallMethodKw(_) => Ok(()),
        _ => match target(instr) {
            Some(t) => bad("jump target", t, code.instrs.len()),
            None => Ok(()),
        },
    }
}

fn check_tables(code: &CodeObject) -> Result<(), String> {
    if code.locations.len() != code.instrs.len() {
        return Err("locations not parallel to instructions".to_string());
    }
    if code.cell2arg.len() != code.cellvars.len() {
        return Err("cell2arg length differs from cellvars".to_string());
    }
    let nargs = code.total_args();
    if code.varnames.len() < nargs {
        return Err("fewer varnames than parameters".to_string());
    }
    for (cell, arg) in code.cellvars.iter().zip(&code.cell2arg) {
        if let Some(a) = arg
            && (*a as usize >= nargs || &code.varnames[*a as usize] != cell)
        {
            return Err(format!("bad cell2arg for {cell}"));
        }
    }
    if code.posonlyargcount > code.argcount {
        return Err("posonlyargcount > argcount".to_string());
    }
    Ok(())
}

fn step(code: &CodeObject, pc: usize, st: &State) -> Result<Vec<(usize, State)>, String> {
    let instr = &code.instrs[pc];
    check_indices(code, pc, instr)?;
    let (pops, pushes) = pops_pushes(instr);
    if st.depth < pops {
        return Err(format!("stack underflow at {pc} ({instr:?}, depth {})", st.depth));
    }
    if let Instr::Copy(i) | Instr::Swap(i) = instr {
        let min = if matches!(instr, Instr::Swap(_)) { 2 } else { 1 };
        if *i < min {
            return Err(format!("bad Copy/Swap argument at {pc}"));
        }
    }
    let mut out = Vec::new();
    let mut next = State { depth: st.depth - pops + pushes, blocks: st.blocks.clone() };
    match instr {
        Instr::SetupExcept(h) | Instr::SetupFinally(h) | Instr::SetupWith(h) => {
            // For SetupWith the level keeps `__exit__`, which replaces the manager: the same depth.
            let level = st.depth;
            let mut handler_blocks = st.blocks.clone();
            handler_blocks.push(Block::Handler);
            out.push((*h as usize, State { depth: level + 1, blocks: handler_blocks }));
            next.blocks.push(Block::Setup { level });
        }
        Instr::SetupAsyncWith(h) => {
            // The level keeps `__aexit__` but not `__aenter__`'s awaited result above it.
            let level = st.depth - 1;
            let mut handler_blocks = st.blocks.clone();
            handler_blocks.push(Block::Handler);
            out.push((*h as usize, State { depth: level + 1, blocks: handler_blocks }));
            next.blocks.push(Block::Setup { level });
        }
        Instr::EndAsyncFor => match next.blocks.pop() {
            Some(Block::Handler) => {}
            other => return Err(format!("EndAsyncFor at {pc} pops {other:?}")),
        },
        Instr::PopBlock => match next.blocks.pop() {
            Some(Block::Setup { .. }) => {}
            other => return Err(format!("PopBlock at {pc} pops {other:?}")),
        },
        Instr::PopExcept => match next.blocks.pop() {
            Some(Block::Handler) => {}
            other => return Err(format!("PopExcept at {pc} pops {other:?}")),
        },
        Instr::ForIter(t) => out.push((*t as usize, State { depth: st.depth - 1, blocks: st.blocks.clone() })),
        Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => out.push((*t as usize, st.clone())),
        Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) | Instr::Jump(t) => out.push((*t as usize, next.clone())),
        _ => {}
    }
    let ends = matches!(instr, Instr::Jump(_) | Instr::ReturnValue | Instr::Reraise | Instr::Raise(_));
    if !ends {
        out.push((pc + 1, next));
    }
    Ok(out)
}

fn verify_one(code: &CodeObject) -> Result<(), String> {
    check_tables(code)?;
    if code.instrs.is_empty() {
        return Err("empty code".to_string());
    }
    let mut seen: HashMap<usize, State> = HashMap::new();
    let mut work = vec![(0usize, State { depth: 0, blocks: Vec::new() })];
    let mut max = 0;
    while let Some((pc, st)) = work.pop() {
        if pc >= code.instrs.len() {
            return Err(format!("control falls off the end (to {pc})"));
        }
        if let Some(old) = seen.get(&pc) {
            if *old != st {
                return Err(format!("inconsistent state at {pc}: {old:?} vs {st:?}"));
            }
            continue;
        }
        for b in &st.blocks {
            if let Block::Setup { level } = b
                && st.depth < *level
            {
                return Err(format!("depth {} below protected level {level} at {pc}", st.depth));
            }
        }
        max = max.max(st.depth);
        seen.insert(pc, st.clone());
        for (t, s) in step(code, pc, &st)? {
            if s.depth < 0 {
                return Err(format!("negative depth after {pc}"));
            }
            max = max.max(s.depth);
            work.push((t, s));
        }
    }
    if max != i64::from(code.max_stack) {
        return Err(format!("max_stack is {} but the maximum depth is {max}", code.max_stack));
    }
    Ok(())
}

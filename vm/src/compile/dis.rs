//! Human-readable disassembly of code objects (for debugging and tests).
//!
//! The format resembles CPython's `dis`: a header with the code object's tables, then one line
//! per instruction with its source line (when it changes), `>>` marking jump targets, the
//! instruction and a resolved argument (constant value, name, or jump target). Nested code
//! objects found among the constants are disassembled after their parent.

use std::collections::HashSet;
use std::fmt::Write;

use crate::bytecode::{CodeObject, Const, Instr, flags};

use super::stackdepth::jump_target;

/// Disassembles `code` and all code objects nested in its constants.
pub fn dis(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_into(code, &mut out);
    out
}

fn dis_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} ({}), file \"{}\", line {}>:",
        code.name, code.qualname, code.filename, code.first_line
    );
    let _ = writeln!(
        out,
        "  flags: {}; argcount {}, posonly {}, kwonly {}; max_stack {}",
        flag_names(code.flags),
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.max_stack
    );
    let consts: Vec<String> = code.consts.iter().map(const_repr).collect();
    let _ = writeln!(out, "  consts: [{}]", consts.join(", "));
    let _ = writeln!(out, "  names: {:?}", code.names);
    let _ = writeln!(out, "  varnames: {:?}", code.varnames);
    if !code.cellvars.is_empty() || !code.freevars.is_empty() {
        let _ = writeln!(
            out,
            "  cellvars: {:?} cell2arg: {:?}; freevars: {:?}",
            code.cellvars, code.cell2arg, code.freevars
        );
    }
    if let Some(doc) = &code.docstring {
        let _ = writeln!(out, "  docstring: {doc:?}");
    }
    let targets: HashSet<u32> = code.instrs.iter().filter_map(jump_target).collect();
    let mut last_line = 0;
    for (i, instr) in code.instrs.iter().enumerate() {
        let line = code.locations.get(i).map_or(0, |l| l.line);
        let line_col = if line != last_line { format!("{line:>5}") } else { "     ".to_string() };
        last_line = line;
        let marker = if targets.contains(&(i as u32)) { ">>" } else { "  " };
        let text = format!("{instr:?}");
        let _ = write!(out, "{line_col} {marker}{i:>5} {text:<24}");
        if let Some(extra) = resolve(code, instr) {
            let _ = write!(out, " ({extra})");
        }
        out.push('\n');
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            dis_into(inner, out);
        }
    }
}

fn flag_names(f: u32) -> String {
    let names = [
        (flags::VARARGS, "VARARGS"),
        (flags::VARKEYWORDS, "VARKEYWORDS"),
        (flags::GENERATOR, "GENERATOR"),
        (flags::FUNCTION, "FUNCTION"),
        (flags::CLASS_BODY, "CLASS_BODY"),
        (flags::MODULE, "MODULE"),
        (flags::COMPREHENSION, "COMPREHENSION"),
        (flags::LAMBDA, "LAMBDA"),
    ];
    let set: Vec<&str> = names.iter().filter(|(bit, _)| f & bit != 0).map(|(_, n)| *n).collect();
    if set.is_empty() { "0".to_string() } else { set.join("|") }
}

fn resolve(code: &CodeObject, instr: &Instr) -> Option<String> {
    let get = |v: &Vec<String>, i: u32| v.get(i as usize).cloned().unwrap_or_else(|| "<?>".to_string());
    let cell = |i: u32| {
        let n = code.cellvars.len() + code.freevars.len();
        if (i as usize) < n { code.cell_name(i).to_string() } else { "<?>".to_string() }
    };
    Some(match *instr {
        Instr::LoadConst(i) => code.consts.get(i as usize).map_or_else(|| "<?>".to_string(), const_repr),
        Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => get(&code.names, i),
        Instr::LoadFast(i) | Instr::LoadFastPair(i) | Instr::LoadFastAttr(i) | Instr::LoadFastMethod(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => get(&code.varnames, i),
        Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClassDeref(i)
        | Instr::LoadClosure(i) => cell(i),
        _ => return jump_target(instr).map(|t| format!("to {t}")),
    })
}

/// A Python-like `repr` of a constant.
pub(crate) fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".to_string(),
        Const::Bool(true) => "True".to_string(),
        Const::Bool(false) => "False".to_string(),
        Const::Ellipsis => "Ellipsis".to_string(),
        Const::Int(i) => i.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex(r, i) => format!("({r:?}+{i:?}j)"),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => {
            let mut s = String::from("b'");
            for &byte in b {
                match byte {
                    b'\'' => s.push_str("\\'"),
                    b'\\' => s.push_str("\\\\"),
                    b'\n' => s.push_str("\\n"),
                    b'\r' => s.push_str("\\r"),
                    b'\t' => s.push_str("\\t"),
                    0x20..=0x7e => s.push(byte as char),
                    _ => {
                        let _ = write!(s, "\\x{byte:02x}");
                    }
                }
            }
            s.push('\'');
            s
        }
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) }
        }
        Const::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Const::Code(code) => format!("<code object {}>", code.name),
    }
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

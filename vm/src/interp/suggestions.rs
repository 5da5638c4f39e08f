//! "Did you mean" hints of printed tracebacks, after CPython 3.11's Python/suggestions.c:
//! for an exception whose class is exactly AttributeError (candidates: `dir(exc.obj)`) or
//! NameError (candidates: the local variable names of the innermost traceback frame, then
//! its globals, then the builtins), the closest candidate by a Levenshtein distance in which
//! a case change costs 1 and any other edit 2, within a third of the involved characters.
//!
//! CPython reads the innermost frame's globals; a traceback entry here names only its code
//! object, so the globals are those of the module whose `__file__` is the code's file name
//! (the `__main__` module's for code that came from no module file).

use objmodel::Value;

use crate::objects::{dict, exceptions, list, str as pystr, type_};
use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The suggestion for `exc`, if CPython would print one.
pub fn offer(vm: &mut Vm, exc: Value) -> Option<String> {
    let cls = exc.class();
    let name = exceptions::get_attr(exc, "name").filter(|n| n.is_ptr() && n.class().is(vm.rt.types.str_))?;
    let name = pystr::as_str(name)?.to_string();
    if cls.is(vm.rt.exc.attribute_error) {
        let obj = exceptions::get_attr(exc, "obj").filter(|o| !o.is_null())?;
        let dir = vm.rt.intern("dir");
        let dir = dict::get_str(vm.rt.builtins_dict, dir)?;
        let names = vm.call1(dir, obj).ok()?;
        let names = if list::is_list(names) { list::to_vec(names) } else { vm.collect(names).ok()? };
        return best_match(&names, &name);
    }
    if !cls.is(vm.rt.exc.name_error) {
        return None;
    }
    let (code, _) = *super::traceback::entries(exc).last()?;
    let c = super::code::rust_code(code);
    let locals: Vec<Value> = c.varnames.iter().map(|n| pystr::new(n)).collect();
    if let Some(s) = best_match(&locals, &name) {
        return Some(s);
    }
    if let Some(globals) = module_globals(vm, &c.filename)
        && let Some(s) = best_match(&dict::keys(globals), &name)
    {
        return Some(s);
    }
    best_match(&dict::keys(vm.rt.builtins_dict), &name)
}

/// The dict of the module loaded from `filename`, else `__main__`'s.
fn module_globals(vm: &mut Vm, filename: &str) -> Option<Value> {
    let file_key = vm.rt.intern("__file__");
    let mut main = None;
    for (k, m) in dict::items(vm.rt.sys_modules) {
        if !m.is_ptr() || !type_::isinstance(m, vm.rt.types.module) {
            continue;
        }
        let d = crate::objects::module::module_dict(m);
        if !dict::is_dict(d) {
            continue;
        }
        if dict::get_str(d, file_key).and_then(pystr::as_str) == Some(filename) {
            return Some(d);
        }
        if pystr::as_str(k) == Some("__main__") {
            main = Some(d);
        }
    }
    main
}

/// `calculate_suggestions`: the first candidate at the smallest distance.
fn best_match(candidates: &[Value], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for c in candidates {
        let Some(item) = pystr::as_str(*c) else { continue };
        if item == name {
            continue;
        }
        // No more than 1/3 of the involved characters should need changing, and a match
        // must beat the best one so far.
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.to_string())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// `levenshtein_distance` over UTF-8 bytes; anything above `max` may come back as `max + 1`.
fn levenshtein<'s>(mut a: &'s [u8], mut b: &'s [u8], max: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

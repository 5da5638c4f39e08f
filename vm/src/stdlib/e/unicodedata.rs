//! `unicodedata` over the Unicode 14.0.0 tables CPython 3.11 uses (`unicodedata_tables.rs`,
//! generated) and, for names, the `unicode_names2` crate (limited to the characters assigned
//! in 14.0.0, so newer characters have no name, as in CPython 3.11).
//!
//! Normalization follows UAX #15: full decomposition (canonical, or compatibility for the K
//! forms; Hangul syllables algorithmically), canonical ordering of combining marks by their
//! combining class, then for NFC/NFKC canonical composition of unblocked pairs.

use objmodel::Value;

use super::unicodedata_tables as t;
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{float, str as pystr};
use crate::stdlib::modules_a::util::{funcs, new_module, set};
use crate::vm::Vm;

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// The property run holding `c`.
fn run(c: char) -> &'static (u32, u8, u8, u8, u8, bool) {
    let cp = c as u32;
    let i = t::RUNS.partition_point(|r| r.0 <= cp);
    &t::RUNS[i.saturating_sub(1)]
}

fn category_of(c: char) -> &'static str {
    t::CATEGORIES[run(c).1 as usize]
}

fn combining_of(c: char) -> u8 {
    run(c).4
}

fn decomp_of(c: char) -> Option<&'static (u32, u8, &'static [u32])> {
    let cp = c as u32;
    t::DECOMP.binary_search_by_key(&cp, |d| d.0).ok().map(|i| &t::DECOMP[i])
}

fn numeric_of(c: char) -> Option<&'static (u32, i8, i8, i64, i64)> {
    let cp = c as u32;
    t::NUMERIC.binary_search_by_key(&cp, |d| d.0).ok().map(|i| &t::NUMERIC[i])
}

/// The one character of a `str` argument, or CPython's TypeError.
fn one_char(vm: &mut Vm, fname: &str, v: Value) -> PyResult<char> {
    if let Some(s) = pystr::as_str(v) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
    }
    // Functions that also take a default number their first argument.
    let which = if matches!(fname, "name" | "decimal" | "digit" | "numeric") { "argument 1" } else { "argument" };
    Err(vm.type_error(format!("{fname}() {which} must be a unicode character, not {}", v.class().error_name())))
}

fn str_arg(vm: &mut Vm, fname: &str, pos: usize, v: Value) -> PyResult<String> {
    match pystr::as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("{fname}() argument {pos} must be str, not {}", v.class().error_name()))),
    }
}

fn ud_category(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "category", 1, 1)?;
    let c = one_char(vm, "category", a.at(0))?;
    Ok(vm.intern(category_of(c)))
}

fn ud_bidirectional(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "bidirectional", 1, 1)?;
    let c = one_char(vm, "bidirectional", a.at(0))?;
    Ok(vm.intern(t::BIDI[run(c).2 as usize]))
}

fn ud_east_asian_width(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "east_asian_width", 1, 1)?;
    let c = one_char(vm, "east_asian_width", a.at(0))?;
    Ok(vm.intern(t::EAW[run(c).3 as usize]))
}

fn ud_combining(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "combining", 1, 1)?;
    let c = one_char(vm, "combining", a.at(0))?;
    Ok(Value::small(combining_of(c) as i64))
}

fn ud_mirrored(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "mirrored", 1, 1)?;
    let c = one_char(vm, "mirrored", a.at(0))?;
    Ok(Value::small(run(c).5 as i64))
}

fn ud_decomposition(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "decomposition", 1, 1)?;
    let c = one_char(vm, "decomposition", a.at(0))?;
    let Some(&(_, tag, parts)) = decomp_of(c) else { return Ok(pystr::new("")) };
    let mut out: Vec<String> = Vec::new();
    if tag != 0 {
        out.push(t::TAGS[tag as usize].to_string());
    }
    out.extend(parts.iter().map(|p| format!("{p:04X}")));
    Ok(pystr::new(&out.join(" ")))
}

/// decimal() / digit() / numeric(): the value, else the default, else ValueError(msg).
fn number(vm: &mut Vm, a: Args, fname: &str, msg: &str, pick: fn(&(u32, i8, i8, i64, i64)) -> Option<Value>) -> PyResult {
    a.check(vm, fname, 1, 2)?;
    let c = one_char(vm, fname, a.at(0))?;
    if let Some(v) = numeric_of(c).and_then(pick) {
        return Ok(v);
    }
    if a.len() > 1 {
        return Ok(a.at(1));
    }
    Err(vm.value_error(msg))
}

fn ud_decimal(vm: &mut Vm, a: Args) -> PyResult {
    number(vm, a, "decimal", "not a decimal", |n| (n.1 >= 0).then(|| Value::small(n.1 as i64)))
}

fn ud_digit(vm: &mut Vm, a: Args) -> PyResult {
    number(vm, a, "digit", "not a digit", |n| (n.2 >= 0).then(|| Value::small(n.2 as i64)))
}

fn ud_numeric(vm: &mut Vm, a: Args) -> PyResult {
    number(vm, a, "numeric", "not a numeric character", |n| Some(float::new(n.3 as f64 / n.4 as f64)))
}

/// The character's name in Unicode 14.0.0, if it has one.
pub(crate) fn name_of(c: char) -> Option<String> {
    if category_of(c) == "Cn" {
        return None;
    }
    unicode_names2::name(c).map(|n| n.to_string())
}

fn ud_name(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "name", 1, 2)?;
    let c = one_char(vm, "name", a.at(0))?;
    match name_of(c) {
        Some(n) => Ok(pystr::new(&n)),
        None if a.len() > 1 => Ok(a.at(1)),
        None => Err(vm.value_error("no such name")),
    }
}

fn ud_lookup(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "lookup", 1, 1)?;
    let v = a.at(0);
    let name = if let Some(s) = pystr::as_str(v) {
        s.to_string()
    } else if let Some(b) = crate::objects::bytes::as_bytes(v) {
        String::from_utf8_lossy(&b).into_owned()
    } else {
        return Err(vm.type_error(format!("lookup() argument must be str, not {}", v.class().error_name())));
    };
    let found = if name.len() > 256 { None } else { unicode_names2::character(&name) };
    match found.filter(|c| category_of(*c) != "Cn") {
        Some(c) => Ok(pystr::new(c.encode_utf8(&mut [0; 4]))),
        None => {
            if name.len() > 256 {
                return Err(vm.new_error(vm.rt.exc.key_error, "name too long"));
            }
            Err(vm.new_error(vm.rt.exc.key_error, format!("undefined character name '{name}'")))
        }
    }
}

/// Full decomposition of `c` into `out` (canonical, or compatibility with `compat`).
fn decompose_char(c: char, compat: bool, out: &mut Vec<char>) {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        let push = |out: &mut Vec<char>, v: u32| out.extend(char::from_u32(v));
        push(out, L_BASE + s / N_COUNT);
        push(out, V_BASE + (s % N_COUNT) / T_COUNT);
        if s % T_COUNT != 0 {
            push(out, T_BASE + s % T_COUNT);
        }
        return;
    }
    match decomp_of(c) {
        Some(&(_, tag, parts)) if tag == 0 || compat => {
            for &p in parts {
                if let Some(pc) = char::from_u32(p) {
                    decompose_char(pc, compat, out);
                }
            }
        }
        _ => out.push(c),
    }
}

/// Decompose and put combining marks in canonical order (a stable sort of each run of
/// non-starters by combining class).
fn decompose(s: &str, compat: bool) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_char(c, compat, &mut out);
    }
    let mut i = 0;
    while i < out.len() {
        if combining_of(out[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && combining_of(out[i]) != 0 {
            i += 1;
        }
        out[start..i].sort_by_key(|&c| combining_of(c));
    }
    out
}

fn compose_pair(a: char, b: char) -> Option<char> {
    let (a, b) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a) && (a - S_BASE) % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
        return char::from_u32(a + (b - T_BASE));
    }
    t::COMPOSE.binary_search_by_key(&(a, b), |p| (p.0, p.1)).ok().and_then(|i| char::from_u32(t::COMPOSE[i].2))
}

/// Canonical composition of a decomposed, canonically ordered sequence.
fn compose(chars: Vec<char>) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    let mut last_class = 0u8;
    for c in chars {
        let cc = combining_of(c);
        if let Some(si) = starter {
            let adjacent = si + 1 == out.len();
            let blocked = !adjacent && (last_class == 0 || last_class >= cc);
            if !blocked && let Some(comp) = compose_pair(out[si], c) {
                out[si] = comp;
                continue;
            }
        }
        if cc == 0 {
            starter = Some(out.len());
        }
        last_class = cc;
        out.push(c);
    }
    out
}

fn normalize_str(form: &str, s: &str) -> Option<String> {
    let chars = match form {
        "NFD" => decompose(s, false),
        "NFKD" => decompose(s, true),
        "NFC" => compose(decompose(s, false)),
        "NFKC" => compose(decompose(s, true)),
        _ => return None,
    };
    Some(chars.into_iter().collect())
}

fn form_and_text(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<(String, String)> {
    a.check(vm, fname, 2, 2)?;
    let form = str_arg(vm, fname, 1, a.at(0))?;
    let text = str_arg(vm, fname, 2, a.at(1))?;
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(vm.value_error("invalid normalization form"));
    }
    Ok((form, text))
}

fn ud_normalize(vm: &mut Vm, a: Args) -> PyResult {
    let (form, text) = form_and_text(vm, &a, "normalize")?;
    let out = normalize_str(&form, &text).unwrap_or_default();
    if out == text {
        return Ok(a.at(1));
    }
    Ok(pystr::new(&out))
}

fn ud_is_normalized(vm: &mut Vm, a: Args) -> PyResult {
    let (form, text) = form_and_text(vm, &a, "is_normalized")?;
    Ok(objmodel::bool_(normalize_str(&form, &text).as_deref() == Some(text.as_str())))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = new_module("unicodedata");
    funcs(
        d,
        &[
            ("category", ud_category),
            ("bidirectional", ud_bidirectional),
            ("east_asian_width", ud_east_asian_width),
            ("combining", ud_combining),
            ("mirrored", ud_mirrored),
            ("decomposition", ud_decomposition),
            ("decimal", ud_decimal),
            ("digit", ud_digit),
            ("numeric", ud_numeric),
            ("name", ud_name),
            ("lookup", ud_lookup),
            ("normalize", ud_normalize),
            ("is_normalized", ud_is_normalized),
        ],
    );
    set(d, "unidata_version", pystr::new(t::UNIDATA_VERSION));
    Ok(m)
}

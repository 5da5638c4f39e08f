//! Methods of `str` (core set: construction, comparison, joining, splitting, searching,
//! replacing, case). Further methods live in `str_methods_more.rs`.

use objmodel::Value;

use crate::args::Args;
use crate::bytecode::CmpOp;
use crate::error::PyResult;
use crate::objects::{int, list, str as pystr, tuple, type_};
use crate::vm::Vm;

/// `self` as text, with CPython's descriptor error for non-str receivers.
pub fn text<'a>(vm: &mut Vm, a: &Args, name: &str) -> PyResult<&'a str> {
    match a.get(0).and_then(pystr::as_str) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'str' object but received a '{}'",
            a.get(0).map(|v| v.class().name_str().to_string()).unwrap_or_default()
        ))),
    }
}

/// A str argument, with CPython's TypeError naming the method.
pub fn str_arg<'a>(vm: &mut Vm, v: Value, what: &str) -> PyResult<&'a str> {
    match pystr::as_str(v) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("{what} must be str, not {}", v.class().name_str()))),
    }
}

fn s_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = type_::as_type(a.at(0));
    let [obj, encoding, errors] = a.rest().bind(vm, "str", ["object", "encoding", "errors"], 3, 0)?;
    let r = if obj.is_null() {
        pystr::new("")
    } else if !encoding.is_null() || !errors.is_null() {
        match crate::objects::bytes::as_bytes(obj) {
            Some(b) => {
                let enc = if encoding.is_null() { "utf-8" } else { pystr::as_str(encoding).unwrap_or("utf-8") };
                let err = if errors.is_null() { "strict" } else { pystr::as_str(errors).unwrap_or("strict") };
                crate::objects::codecs::decode(vm, &b, enc, err)?
            }
            None => return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", obj.class().name_str()))),
        }
    } else {
        vm.str(obj)?
    };
    if cls.is(vm.rt.types.str_) {
        return Ok(r);
    }
    Ok(objmodel::alloc::new_str_with_class(pystr::as_str(r).unwrap(), cls))
}
fn s_repr(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "__repr__")?;
    Ok(pystr::new(&pystr::repr(s)))
}
fn s_str(vm: &mut Vm, a: Args) -> PyResult {
    let s = a.at(0);
    if s.class().is(vm.rt.types.str_) {
        return Ok(s);
    }
    Ok(pystr::new(pystr::as_str(s).unwrap()))
}
fn s_len(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_usize(pystr::char_len(a.at(0))))
}
fn s_hash(_vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_i64(pystr::hash(a.at(0))))
}
fn s_cmp(op: CmpOp) -> crate::args::NativeFn {
    macro_rules! mk {
        ($op:expr) => {{
            fn f(vm: &mut Vm, a: Args) -> PyResult {
                if !pystr::is_str(a.at(1)) {
                    return Ok(objmodel::not_implemented());
                }
                Ok(objmodel::bool_(crate::ops::compare::native_compare(vm, a.at(0), a.at(1), $op)?.unwrap_or(false)))
            }
            f as crate::args::NativeFn
        }};
    }
    match op {
        CmpOp::Lt => mk!(CmpOp::Lt),
        CmpOp::Le => mk!(CmpOp::Le),
        CmpOp::Eq => mk!(CmpOp::Eq),
        CmpOp::Ne => mk!(CmpOp::Ne),
        CmpOp::Gt => mk!(CmpOp::Gt),
        CmpOp::Ge => mk!(CmpOp::Ge),
    }
}
fn s_add(vm: &mut Vm, a: Args) -> PyResult {
    if !pystr::is_str(a.at(1)) {
        return Ok(objmodel::not_implemented());
    }
    Ok(crate::ops::binary::native_binop(vm, crate::bytecode::BinOp::Add, a.at(0), a.at(1))?.unwrap())
}
fn s_mul(vm: &mut Vm, a: Args) -> PyResult {
    Ok(crate::ops::binary::native_binop(vm, crate::bytecode::BinOp::Mul, a.at(0), a.at(1))?.unwrap_or_else(objmodel::not_implemented))
}
fn s_mod(vm: &mut Vm, a: Args) -> PyResult {
    crate::objects::str_format::percent_format(vm, a.at(0), a.at(1))
}
fn s_contains(vm: &mut Vm, a: Args) -> PyResult {
    Ok(objmodel::bool_(vm.contains(pystr::new(pystr::as_str(a.at(0)).unwrap()), a.at(1))?))
}
fn s_getitem(vm: &mut Vm, a: Args) -> PyResult {
    crate::objects::str_index::str_getitem(vm, a.at(0), a.at(1))
}
fn s_iter(vm: &mut Vm, a: Args) -> PyResult {
    let t = vm.rt.extra.str_iterator;
    let n = Value::NULL;
    Ok(crate::objects::iter::new_iter(t, crate::objects::iter::sub::STR, a.at(0), n, n, n))
}
fn s_format_m(vm: &mut Vm, a: Args) -> PyResult {
    let spec = a.get(1).unwrap_or(vm.rt.names.empty);
    let s = pystr::as_str(a.at(0)).unwrap();
    let sp = str_arg(vm, spec, "format spec")?;
    crate::numfmt::format_str_with_spec(s, sp, "str").map(|r| pystr::new(&r)).map_err(|e| vm.fmt_err(e, None))
}
fn s_format(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "format")?;
    let kw = if a.has_kw() {
        let d = crate::objects::dict::new_dict();
        for (k, v) in a.kwnames.iter().zip(a.kwvals) {
            crate::objects::dict::set_str(d, *k, *v);
        }
        d
    } else {
        Value::NULL
    };
    let r = crate::objects::str_format::str_format(vm, s, &a.pos[1..], kw)?;
    Ok(pystr::new(&r))
}
fn s_format_map(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "format_map")?;
    let r = crate::objects::str_format_markup::render(vm, s, &[], a.at(1), 2)?;
    Ok(pystr::new(&r))
}
fn s_join(vm: &mut Vm, a: Args) -> PyResult {
    let sep = text(vm, &a, "join")?;
    a.check(vm, "join", 2, 2)?;
    let items = vm.collect(a.at(1))?;
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match pystr::as_str(*v) {
            Some(s) => out.push_str(s),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    v.class().name_str()
                )));
            }
        }
    }
    Ok(pystr::new(&out))
}

fn maxsplit_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_null() { Ok(-1) } else { vm.index_value(v) }
}

fn s_split(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "split")?;
    let [sep, maxsplit] = a.rest().bind(vm, "split", ["sep", "maxsplit"], 2, 0)?;
    let max = maxsplit_arg(vm, maxsplit)?;
    let parts: Vec<Value> = if sep.is_null() || sep.is_none() {
        split_whitespace(s, max).into_iter().map(pystr::new).collect()
    } else {
        let sp = str_arg(vm, sep, "must be str or None")?;
        if sp.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        if max < 0 { s.split(sp).map(pystr::new).collect() } else { s.splitn(max as usize + 1, sp).map(pystr::new).collect() }
    };
    Ok(list::new_list(&parts))
}

/// `str.split()` with no separator.
pub fn split_whitespace(s: &str, max: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest);
            break;
        }
        match rest.find(char::is_whitespace) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start();
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

fn s_rsplit(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "rsplit")?;
    let [sep, maxsplit] = a.rest().bind(vm, "rsplit", ["sep", "maxsplit"], 2, 0)?;
    let max = maxsplit_arg(vm, maxsplit)?;
    let mut parts: Vec<&str> = if sep.is_null() || sep.is_none() {
        let mut out = Vec::new();
        let mut rest = s.trim_end();
        while !rest.is_empty() {
            if max >= 0 && out.len() as i64 == max {
                out.push(rest);
                break;
            }
            match rest.rfind(char::is_whitespace) {
                Some(i) => {
                    let c = rest[i..].chars().next().unwrap();
                    out.push(&rest[i + c.len_utf8()..]);
                    rest = rest[..i].trim_end();
                }
                None => {
                    out.push(rest);
                    break;
                }
            }
        }
        out
    } else {
        let sp = str_arg(vm, sep, "must be str or None")?;
        if sp.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        if max < 0 { s.rsplit(sp).collect() } else { s.rsplitn(max as usize + 1, sp).collect() }
    };
    parts.reverse();
    Ok(list::new_list(&parts.into_iter().map(pystr::new).collect::<Vec<_>>()))
}

fn strip_chars(vm: &mut Vm, a: &Args) -> PyResult<Option<Vec<char>>> {
    match a.get(1) {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => Ok(Some(str_arg(vm, v, "strip arg")?.chars().collect())),
    }
}
fn s_strip(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "strip")?;
    let r = match strip_chars(vm, &a)? {
        None => s.trim(),
        Some(cs) => s.trim_matches(|c| cs.contains(&c)),
    };
    Ok(pystr::new(r))
}
fn s_lstrip(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "lstrip")?;
    let r = match strip_chars(vm, &a)? {
        None => s.trim_start(),
        Some(cs) => s.trim_start_matches(|c| cs.contains(&c)),
    };
    Ok(pystr::new(r))
}
fn s_rstrip(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "rstrip")?;
    let r = match strip_chars(vm, &a)? {
        None => s.trim_end(),
        Some(cs) => s.trim_end_matches(|c| cs.contains(&c)),
    };
    Ok(pystr::new(r))
}
fn s_replace(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "replace")?;
    a.check(vm, "replace", 3, 4)?;
    let old = str_arg(vm, a.at(1), "replace() argument 1")?;
    let new = str_arg(vm, a.at(2), "replace() argument 2")?;
    let count = match a.get(3) {
        Some(c) => vm.index_value(c)?,
        None => -1,
    };
    let r = if count < 0 {
        s.replace(old, new)
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        out
    } else {
        s.replacen(old, new, count as usize)
    };
    Ok(pystr::new(&r))
}

/// Resolve optional start/end (char indices) to a byte range of `s`.
pub fn char_range(vm: &mut Vm, s: &str, start: Option<Value>, end: Option<Value>) -> PyResult<Option<(usize, usize)>> {
    let n = s.chars().count() as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let st = match start {
        Some(v) if !v.is_none() => norm(vm.index_value(v)?),
        _ => 0,
    };
    let en = match end {
        Some(v) if !v.is_none() => norm(vm.index_value(v)?),
        _ => n,
    };
    if st > en {
        return Ok(None);
    }
    let to_byte = |ci: i64| s.char_indices().nth(ci as usize).map(|(b, _)| b).unwrap_or(s.len());
    if s.is_ascii() {
        return Ok(Some((st as usize, en as usize)));
    }
    Ok(Some((to_byte(st), to_byte(en))))
}

fn byte_to_char(s: &str, b: usize) -> i64 {
    if s.is_ascii() { b as i64 } else { s[..b].chars().count() as i64 }
}

fn find_impl(vm: &mut Vm, a: &Args, name: &str, rev: bool) -> PyResult<i64> {
    let s = text(vm, a, name)?;
    a.check(vm, name, 2, 4)?;
    let sub = str_arg(vm, a.at(1), "must be str")?;
    let Some((lo, hi)) = char_range(vm, s, a.get(2), a.get(3))? else { return Ok(-1) };
    let hay = &s[lo..hi];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match r {
        Some(i) => byte_to_char(s, lo + i),
        None => -1,
    })
}
fn s_find(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_i64(find_impl(vm, &a, "find", false)?))
}
fn s_rfind(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_i64(find_impl(vm, &a, "rfind", true)?))
}
fn s_index(vm: &mut Vm, a: Args) -> PyResult {
    let r = find_impl(vm, &a, "index", false)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(int::from_i64(r))
}
fn s_rindex(vm: &mut Vm, a: Args) -> PyResult {
    let r = find_impl(vm, &a, "rindex", true)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(int::from_i64(r))
}
fn s_count(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "count")?;
    a.check(vm, "count", 2, 4)?;
    let sub = str_arg(vm, a.at(1), "must be str")?;
    let Some((lo, hi)) = char_range(vm, s, a.get(2), a.get(3))? else { return Ok(Value::small(0)) };
    let hay = &s[lo..hi];
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
    Ok(int::from_usize(n))
}
fn affix(vm: &mut Vm, a: &Args, name: &str, start: bool) -> PyResult {
    let s = text(vm, a, name)?;
    a.check(vm, name, 2, 4)?;
    let Some((lo, hi)) = char_range(vm, s, a.get(2), a.get(3))? else { return Ok(objmodel::false_()) };
    let hay = &s[lo..hi];
    let test = |p: &str| if start { hay.starts_with(p) } else { hay.ends_with(p) };
    let x = a.at(1);
    if let Some(items) = tuple::as_items(x) {
        for p in items {
            let ps = str_arg(vm, *p, "tuple for startswith must only contain str, not")?;
            if test(ps) {
                return Ok(objmodel::true_());
            }
        }
        return Ok(objmodel::false_());
    }
    match pystr::as_str(x) {
        Some(p) => Ok(objmodel::bool_(test(p))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            x.class().name_str()
        ))),
    }
}
fn s_startswith(vm: &mut Vm, a: Args) -> PyResult {
    affix(vm, &a, "startswith", true)
}
fn s_endswith(vm: &mut Vm, a: Args) -> PyResult {
    affix(vm, &a, "endswith", false)
}
fn s_upper(vm: &mut Vm, a: Args) -> PyResult {
    Ok(pystr::new(&text(vm, &a, "upper")?.to_uppercase()))
}
fn s_lower(vm: &mut Vm, a: Args) -> PyResult {
    Ok(pystr::new(&text(vm, &a, "lower")?.to_lowercase()))
}
fn s_encode(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "encode")?;
    let [enc, errors] = a.rest().bind(vm, "encode", ["encoding", "errors"], 2, 0)?;
    let enc = if enc.is_null() { "utf-8" } else { str_arg(vm, enc, "encode() argument 'encoding'")? };
    let errors = if errors.is_null() { "strict" } else { str_arg(vm, errors, "encode() argument 'errors'")? };
    crate::objects::codecs::encode(vm, s, enc, errors)
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{method, method_flags};
    let t = r.types.str_;
    method_flags(t, "__new__", s_new, 0);
    method(t, "__repr__", s_repr);
    method(t, "__str__", s_str);
    method(t, "__len__", s_len);
    method(t, "__hash__", s_hash);
    for op in [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge] {
        method(t, crate::ops::compare::op_dunder(op), s_cmp(op));
    }
    method(t, "__add__", s_add);
    method(t, "__mul__", s_mul);
    method(t, "__rmul__", s_mul);
    method(t, "__mod__", s_mod);
    method(t, "__contains__", s_contains);
    method(t, "__getitem__", s_getitem);
    method(t, "__iter__", s_iter);
    method(t, "__format__", s_format_m);
    method(t, "format", s_format);
    method(t, "format_map", s_format_map);
    method(t, "join", s_join);
    method(t, "split", s_split);
    method(t, "rsplit", s_rsplit);
    method(t, "strip", s_strip);
    method(t, "lstrip", s_lstrip);
    method(t, "rstrip", s_rstrip);
    method(t, "replace", s_replace);
    method(t, "find", s_find);
    method(t, "rfind", s_rfind);
    method(t, "index", s_index);
    method(t, "rindex", s_rindex);
    method(t, "count", s_count);
    method(t, "startswith", s_startswith);
    method(t, "endswith", s_endswith);
    method(t, "upper", s_upper);
    method(t, "lower", s_lower);
    method(t, "encode", s_encode);
}

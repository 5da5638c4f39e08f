//! Methods of `str` (core set: construction, comparison, operators, joining, splitting,
//! searching, replacing). Predicates, case, padding, partition, translate and splitlines live in
//! `str_methods_more.rs`.

use objmodel::Value;

use crate::args::Args;
use crate::bytecode::CmpOp;
use crate::error::PyResult;
use crate::objects::str_args::{adjust_indices, clinic, clinic_kw, index_arg, one, parse_tuple, slice_bound};
use crate::objects::unicode;
use crate::objects::{int, list, str as pystr, tuple, type_};
use crate::vm::Vm;

/// `self` as text, with CPython's descriptor error for non-str receivers.
pub fn text<'a>(vm: &mut Vm, a: &Args, name: &str) -> PyResult<&'a str> {
    match a.get(0).and_then(pystr::as_str) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(match a.get(0) {
            Some(v) => format!("descriptor '{name}' for 'str' objects doesn't apply to a '{}' object", v.class().name_str()),
            None => format!("unbound method str.{name}() needs an argument"),
        })),
    }
}

/// A str argument; the TypeError reads `{what}, not {type}` (e.g. "must be str, not int").
pub fn str_arg<'a>(vm: &mut Vm, v: Value, what: &str) -> PyResult<&'a str> {
    match pystr::as_str(v) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("{what}, not {}", v.class().error_name()))),
    }
}

/// Result str for a method that may return `self` unchanged (exact str only).
pub fn same_or_new(vm: &Vm, this: Value, s: &str) -> Value {
    if this.class().is(vm.rt.types.str_) && pystr::str_obj(this).nbytes == s.len() {
        return this;
    }
    pystr::new(s)
}

fn s_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = type_::as_type(a.at(0));
    let [obj, encoding, errors] = a.rest().bind(vm, "str", ["object", "encoding", "errors"], 3, 0)?;
    let r = if obj.is_null() {
        pystr::new("")
    } else if !encoding.is_null() || !errors.is_null() {
        let enc = if encoding.is_null() { "utf-8" } else { str_arg(vm, encoding, "str() argument 'encoding' must be str")? };
        let err = if errors.is_null() { "strict" } else { str_arg(vm, errors, "str() argument 'errors' must be str")? };
        match crate::objects::bytes::as_bytes(obj) {
            Some(b) => crate::objects::codecs::decode(vm, &b, enc, err)?,
            None => {
                if pystr::is_str(obj) {
                    return Err(vm.type_error("decoding str is not supported"));
                }
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    obj.class().name_str()
                )));
            }
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
    let t = text(vm, &a, "__str__")?;
    Ok(pystr::new_with_nchars(t, pystr::char_len(s)))
}
fn s_len(vm: &mut Vm, a: Args) -> PyResult {
    text(vm, &a, "__len__")?;
    Ok(int::from_usize(pystr::char_len(a.at(0))))
}
fn s_hash(vm: &mut Vm, a: Args) -> PyResult {
    text(vm, &a, "__hash__")?;
    Ok(int::from_i64(pystr::hash(a.at(0))))
}
fn s_cmp(op: CmpOp) -> crate::args::NativeFn {
    macro_rules! mk {
        ($op:expr) => {{
            fn f(vm: &mut Vm, a: Args) -> PyResult {
                if a.len() != 2 || !pystr::is_str(a.at(0)) || !pystr::is_str(a.at(1)) {
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
    text(vm, &a, "__add__")?;
    if a.len() != 2 || !pystr::is_str(a.at(1)) {
        if a.len() == 2 {
            return Err(vm.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                a.at(1).class().name_str()
            )));
        }
        return Ok(objmodel::not_implemented());
    }
    Ok(pystr::concat(a.at(0), a.at(1)))
}
fn s_mul(vm: &mut Vm, a: Args) -> PyResult {
    text(vm, &a, "__mul__")?;
    Ok(crate::ops::binary::native_binop(vm, crate::bytecode::BinOp::Mul, a.at(0), a.at(1))?.unwrap_or_else(objmodel::not_implemented))
}
fn s_mod(vm: &mut Vm, a: Args) -> PyResult {
    text(vm, &a, "__mod__")?;
    crate::objects::str_format::percent_format(vm, a.at(0), a.at(1))
}
fn s_rmod(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(objmodel::not_implemented())
}
fn s_contains(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "__contains__")?;
    let x = one(vm, &a, "str.__contains__")?;
    match pystr::as_str(x) {
        Some(sub) => Ok(objmodel::bool_(s.contains(sub))),
        None => Err(vm.type_error(format!("'in <string>' requires string as left operand, not {}", x.class().error_name()))),
    }
}
fn s_getitem(vm: &mut Vm, a: Args) -> PyResult {
    text(vm, &a, "__getitem__")?;
    let k = one(vm, &a, "str.__getitem__")?;
    crate::objects::str_index::str_getitem(vm, a.at(0), k)
}
fn s_iter(vm: &mut Vm, a: Args) -> PyResult {
    text(vm, &a, "__iter__")?;
    let t = vm.rt.extra.str_iterator;
    let n = Value::NULL;
    Ok(crate::objects::iter::new_iter(t, crate::objects::iter::sub::STR, a.at(0), n, n, n))
}
fn s_format_m(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "__format__")?;
    let spec = one(vm, &a, "str.__format__")?;
    let sp = str_arg(vm, spec, "__format__() argument must be str")?;
    if sp.is_empty() {
        // CPython's format_obj: an empty spec is str(self) for a subclass.
        if !a.at(0).class().is(vm.rt.types.str_) {
            return vm.str(a.at(0));
        }
        return Ok(same_or_new(vm, a.at(0), s));
    }
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
    let m = one(vm, &a, "str.format_map")?;
    let r = crate::objects::str_format_markup::render(vm, s, None, m, 2)?;
    Ok(pystr::new(&r))
}
fn s_getnewargs(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "__getnewargs__")?;
    Ok(tuple::new(&[pystr::new(s)]))
}
fn s_sizeof(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "__sizeof__")?;
    let o = pystr::str_obj(a.at(0));
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let (base, width) = if max < 0x80 {
        (48, 1)
    } else if max < 0x100 {
        (72, 1)
    } else if max < 0x10000 {
        (72, 2)
    } else {
        (72, 4)
    };
    Ok(int::from_usize(base + (o.nchars + 1) * width))
}

/// `sep.join(iterable)`.
fn s_join(vm: &mut Vm, a: Args) -> PyResult {
    let sep = text(vm, &a, "join")?;
    let it = one(vm, &a, "str.join")?;
    let items = match it {
        v if crate::objects::list::is_list(v) || tuple::is_tuple(v) => vm.collect(v)?,
        v => {
            if !v.is_ptr() || vm.lookup_type_cached(v.class(), vm.rt.names.__iter__).is_none()
                && vm.lookup_type_cached(v.class(), vm.rt.names.__getitem__).is_none()
            {
                return Err(vm.type_error("can only join an iterable"));
            }
            vm.collect(v)?
        }
    };
    join_strs(vm, sep, &items)
}

/// Join str Values with `sep` (the items must be str).
pub fn join_strs(vm: &mut Vm, sep: &str, items: &[Value]) -> PyResult {
    if items.len() == 1
        && let Some(v) = items.first()
        && v.class().is(vm.rt.types.str_)
    {
        return Ok(*v);
    }
    let mut nbytes = sep.len() * items.len().saturating_sub(1);
    let mut nchars = if sep.is_ascii() { sep.len() } else { sep.chars().count() } * items.len().saturating_sub(1);
    for (i, v) in items.iter().enumerate() {
        if !pystr::is_str(*v) {
            return Err(vm.type_error(format!("sequence item {i}: expected str instance, {} found", v.class().error_name())));
        }
        let o = pystr::str_obj(*v);
        nbytes += o.nbytes;
        nchars += o.nchars;
    }
    let mut out = String::with_capacity(nbytes);
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(pystr::as_str(*v).unwrap());
    }
    Ok(pystr::new_with_nchars(&out, nchars))
}

fn maxsplit_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_null() { Ok(-1) } else { index_arg(vm, v) }
}

fn sep_arg<'a>(vm: &mut Vm, sep: Value) -> PyResult<Option<&'a str>> {
    if sep.is_null() || sep.is_none() {
        return Ok(None);
    }
    let sp = str_arg(vm, sep, "must be str or None")?;
    if sp.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    Ok(Some(sp))
}

fn s_split(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "split")?;
    let [sep, maxsplit] = clinic_kw(vm, &a, "split", ["sep", "maxsplit"], 0)?;
    let sep = sep_arg(vm, sep)?;
    let max = maxsplit_arg(vm, maxsplit)?;
    let parts: Vec<&str> = match sep {
        None => split_whitespace(s, max),
        Some(sp) => {
            if max < 0 {
                s.split(sp).collect()
            } else {
                s.splitn((max as usize).saturating_add(1), sp).collect()
            }
        }
    };
    Ok(str_list(vm, a.at(0), s, &parts))
}

/// A list of str from pieces of `s`; a piece equal to the whole exact-str `this` reuses it.
fn str_list(vm: &Vm, this: Value, s: &str, parts: &[&str]) -> Value {
    let vals: Vec<Value> = parts
        .iter()
        .map(|p| if p.len() == s.len() { same_or_new(vm, this, p) } else { pystr::new(p) })
        .collect();
    list::new_list(&vals)
}

/// `str.split()` with no separator (CPython's whitespace).
pub fn split_whitespace(s: &str, max: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(unicode::is_space);
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest);
            break;
        }
        match rest.find(unicode::is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(unicode::is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// `str.rsplit()` with no separator.
pub fn rsplit_whitespace(s: &str, max: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(unicode::is_space);
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest);
            break;
        }
        match rest.rfind(unicode::is_space) {
            Some(i) => {
                let c = rest[i..].chars().next().unwrap();
                out.push(&rest[i + c.len_utf8()..]);
                rest = rest[..i].trim_end_matches(unicode::is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn s_rsplit(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "rsplit")?;
    let [sep, maxsplit] = clinic_kw(vm, &a, "rsplit", ["sep", "maxsplit"], 0)?;
    let sep = sep_arg(vm, sep)?;
    let max = maxsplit_arg(vm, maxsplit)?;
    let parts: Vec<&str> = match sep {
        None => rsplit_whitespace(s, max),
        Some(sp) => {
            let mut v: Vec<&str> =
                if max < 0 { s.rsplit(sp).collect() } else { s.rsplitn((max as usize).saturating_add(1), sp).collect() };
            v.reverse();
            v
        }
    };
    Ok(str_list(vm, a.at(0), s, &parts))
}

fn strip_impl(vm: &mut Vm, a: &Args, name: &str, left: bool, right: bool) -> PyResult {
    let s = text(vm, a, name)?;
    clinic(vm, a, name, 0, 1)?;
    let r = match a.get(1) {
        None => trim_with(s, left, right, unicode::is_space),
        Some(v) if v.is_none() => trim_with(s, left, right, unicode::is_space),
        Some(v) => {
            let Some(chars) = pystr::as_str(v) else {
                return Err(vm.type_error(format!("{name} arg must be None or str")));
            };
            if chars.is_ascii() {
                let set = chars.as_bytes();
                trim_with(s, left, right, |c: char| c.is_ascii() && set.contains(&(c as u8)))
            } else {
                trim_with(s, left, right, |c: char| chars.contains(c))
            }
        }
    };
    Ok(same_or_new(vm, a.at(0), r))
}

fn trim_with(s: &str, left: bool, right: bool, f: impl Fn(char) -> bool + Copy) -> &str {
    let mut r = s;
    if left {
        r = r.trim_start_matches(f);
    }
    if right {
        r = r.trim_end_matches(f);
    }
    r
}
fn s_strip(vm: &mut Vm, a: Args) -> PyResult {
    strip_impl(vm, &a, "strip", true, true)
}
fn s_lstrip(vm: &mut Vm, a: Args) -> PyResult {
    strip_impl(vm, &a, "lstrip", true, false)
}
fn s_rstrip(vm: &mut Vm, a: Args) -> PyResult {
    strip_impl(vm, &a, "rstrip", false, true)
}

fn s_replace(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "replace")?;
    clinic(vm, &a, "replace", 2, 3)?;
    let old = str_arg(vm, a.at(1), "replace() argument 1 must be str")?;
    let new = str_arg(vm, a.at(2), "replace() argument 2 must be str")?;
    let count = match a.get(3) {
        Some(c) => index_arg(vm, c)?,
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !s.contains(old)) {
        return Ok(same_or_new(vm, a.at(0), s));
    }
    let r = if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1));
        let mut n = 0i64;
        for c in s.chars() {
            if count < 0 || n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if count < 0 || n < count {
            out.push_str(new);
        }
        out
    } else if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    };
    Ok(pystr::new(&r))
}

/// Resolve optional start/end arguments (char indices, CPython's ADJUST_INDICES) to a byte
/// range of `s` plus the char index of its start; None when start > end.
pub fn char_range(
    vm: &mut Vm,
    s: &str,
    nchars: usize,
    start: Option<Value>,
    end: Option<Value>,
) -> PyResult<Option<(usize, usize, usize, usize)>> {
    let st = slice_bound(vm, start)?;
    let en = slice_bound(vm, end)?;
    let (st, en) = adjust_indices(st, en, nchars);
    if st > en {
        return Ok(None);
    }
    let (st, en) = (st as usize, en as usize);
    if s.len() == nchars {
        return Ok(Some((st, en, st, en)));
    }
    Ok(Some((pystr::char_to_byte(s, st), pystr::char_to_byte(s, en), st, en)))
}

/// find/rfind/index/rindex: the char index or -1.
fn find_impl(vm: &mut Vm, a: &Args, name: &str, rev: bool) -> PyResult<i64> {
    let s = text(vm, a, name)?;
    parse_tuple(vm, a, name, 1, 3)?;
    let sub = str_arg(vm, a.at(1), "must be str")?;
    let nchars = pystr::char_len(a.at(0));
    let Some((lo, hi, clo, chi)) = char_range(vm, s, nchars, a.get(2), a.get(3))? else { return Ok(-1) };
    let sub_chars = pystr::char_len(a.at(1));
    if chi - clo < sub_chars {
        return Ok(-1);
    }
    let hay = &s[lo..hi];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match r {
        // An ASCII string (as many bytes as chars) needs no counting.
        Some(i) if s.len() == nchars => (clo + i) as i64,
        Some(i) => (clo + pystr::byte_to_char(hay, i)) as i64,
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
    parse_tuple(vm, &a, "count", 1, 3)?;
    let sub = str_arg(vm, a.at(1), "must be str")?;
    let nchars = pystr::char_len(a.at(0));
    let Some((lo, hi, clo, chi)) = char_range(vm, s, nchars, a.get(2), a.get(3))? else { return Ok(Value::small(0)) };
    let sub_chars = pystr::char_len(a.at(1));
    if chi - clo < sub_chars {
        return Ok(Value::small(0));
    }
    let hay = &s[lo..hi];
    let n = if sub.is_empty() { chi - clo + 1 } else { hay.matches(sub).count() };
    Ok(int::from_usize(n))
}
fn affix(vm: &mut Vm, a: &Args, name: &str, start: bool) -> PyResult {
    let s = text(vm, a, name)?;
    parse_tuple(vm, a, name, 1, 3)?;
    let nchars = pystr::char_len(a.at(0));
    let range = char_range(vm, s, nchars, a.get(2), a.get(3))?;
    let test = |p: &str, pchars: usize| -> bool {
        let Some((lo, hi, clo, chi)) = range else { return false };
        if chi < clo + pchars {
            return false;
        }
        let hay = &s[lo..hi];
        if start { hay.starts_with(p) } else { hay.ends_with(p) }
    };
    let x = a.at(1);
    if let Some(items) = tuple::as_items(x) {
        for p in items {
            let Some(ps) = pystr::as_str(*p) else {
                return Err(vm.type_error(format!("tuple for {name} must only contain str, not {}", p.class().error_name())));
            };
            if test(ps, pystr::char_len(*p)) {
                return Ok(objmodel::true_());
            }
        }
        return Ok(objmodel::false_());
    }
    match pystr::as_str(x) {
        Some(p) => Ok(objmodel::bool_(test(p, pystr::char_len(x)))),
        None => Err(vm.type_error(format!("{name} first arg must be str or a tuple of str, not {}", x.class().error_name()))),
    }
}
fn s_startswith(vm: &mut Vm, a: Args) -> PyResult {
    affix(vm, &a, "startswith", true)
}
fn s_endswith(vm: &mut Vm, a: Args) -> PyResult {
    affix(vm, &a, "endswith", false)
}
fn s_encode(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "encode")?;
    let [enc, errors] = clinic_kw(vm, &a, "encode", ["encoding", "errors"], 0)?;
    let enc = if enc.is_null() { "utf-8" } else { str_arg(vm, enc, "encode() argument 'encoding' must be str")? };
    let errors = if errors.is_null() { "strict" } else { str_arg(vm, errors, "encode() argument 'errors' must be str")? };
    crate::objects::codecs::encode(vm, s, enc, errors)
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{method, method_flags};
    use crate::ops::call::bflags;
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
    method(t, "__rmod__", s_rmod);
    method(t, "__contains__", s_contains);
    method(t, "__getitem__", s_getitem);
    method(t, "__iter__", s_iter);
    method(t, "__format__", s_format_m);
    method(t, "__getnewargs__", s_getnewargs);
    method(t, "__sizeof__", s_sizeof);
    method_flags(t, "format", s_format, bflags::METHOD | bflags::ANY_KEYS);
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
    method(t, "encode", s_encode);
    crate::objects::str_methods_more::init(r);
}

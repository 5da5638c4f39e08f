//! Methods of `str`: predicates (`isalpha`...), case mappings, padding, partition,
//! prefix/suffix removal, tabs, line splitting, `maketrans`/`translate`.

use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::str_args::{clinic, clinic_kw, index_arg, noargs, one};
use crate::objects::str_methods::{same_or_new, str_arg, text};
use crate::objects::{dict, int, list, str as pystr, tuple, unicode};
use crate::vm::Vm;

macro_rules! predicate {
    ($fname:ident, $qual:expr, $name:expr, $empty:expr, $body:expr) => {
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            let s = text(vm, &a, $name)?;
            noargs(vm, &a, $qual)?;
            if s.is_empty() {
                return Ok(objmodel::bool_($empty));
            }
            let f: fn(&str) -> bool = $body;
            Ok(objmodel::bool_(f(s)))
        }
    };
}

predicate!(s_isalpha, "str.isalpha", "isalpha", false, |s| s.chars().all(unicode::is_alpha));
predicate!(s_isalnum, "str.isalnum", "isalnum", false, |s| s.chars().all(unicode::is_alnum));
predicate!(s_isdecimal, "str.isdecimal", "isdecimal", false, |s| s.chars().all(unicode::is_decimal));
predicate!(s_isdigit, "str.isdigit", "isdigit", false, |s| s.chars().all(unicode::is_digit));
predicate!(s_isnumeric, "str.isnumeric", "isnumeric", false, |s| s.chars().all(unicode::is_numeric));
predicate!(s_isspace, "str.isspace", "isspace", false, |s| s.chars().all(unicode::is_space));
predicate!(s_isprintable, "str.isprintable", "isprintable", true, |s| s.chars().all(unicode::is_printable));
predicate!(s_isascii, "str.isascii", "isascii", true, |s| s.is_ascii());
predicate!(s_islower, "str.islower", "islower", false, unicode::islower);
predicate!(s_isupper, "str.isupper", "isupper", false, unicode::isupper);
predicate!(s_istitle, "str.istitle", "istitle", false, unicode::istitle);
predicate!(s_isidentifier, "str.isidentifier", "isidentifier", false, unicode::isidentifier);

macro_rules! casemap {
    ($fname:ident, $qual:expr, $name:expr, $f:expr) => {
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            let s = text(vm, &a, $name)?;
            noargs(vm, &a, $qual)?;
            let f: fn(&str) -> String = $f;
            Ok(pystr::new(&f(s)))
        }
    };
}

casemap!(s_upper, "str.upper", "upper", unicode::upper);
casemap!(s_lower, "str.lower", "lower", unicode::lower);
casemap!(s_casefold, "str.casefold", "casefold", unicode::casefold);
casemap!(s_swapcase, "str.swapcase", "swapcase", unicode::swapcase);
casemap!(s_title, "str.title", "title", unicode::title);
casemap!(s_capitalize, "str.capitalize", "capitalize", unicode::capitalize);

/// The fill character argument of center/ljust/rjust.
fn fill_char(vm: &mut Vm, v: Option<Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = pystr::as_str(v) else {
        return Err(vm.type_error(format!("The fill character must be a unicode character, not {}", v.class().error_name())));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

fn pad(vm: &mut Vm, a: &Args, name: &str, which: u8) -> PyResult {
    let s = text(vm, a, name)?;
    clinic(vm, a, name, 1, 2)?;
    let width = index_arg(vm, a.at(1))?;
    let fill = fill_char(vm, a.get(2))?;
    let n = pystr::char_len(a.at(0)) as i64;
    if width <= n {
        return Ok(same_or_new(vm, a.at(0), s));
    }
    let marg = (width - n) as usize;
    let (left, right) = match which {
        b'l' => (0, marg),
        b'r' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & (width as usize) & 1);
            (left, marg - left)
        }
    };
    let mut out = String::with_capacity(s.len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(pystr::new_with_nchars(&out, width as usize))
}
fn s_center(vm: &mut Vm, a: Args) -> PyResult {
    pad(vm, &a, "center", b'c')
}
fn s_ljust(vm: &mut Vm, a: Args) -> PyResult {
    pad(vm, &a, "ljust", b'l')
}
fn s_rjust(vm: &mut Vm, a: Args) -> PyResult {
    pad(vm, &a, "rjust", b'r')
}
fn s_zfill(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "zfill")?;
    let w = one(vm, &a, "str.zfill")?;
    let width = index_arg(vm, w)?;
    let n = pystr::char_len(a.at(0)) as i64;
    if width <= n {
        return Ok(same_or_new(vm, a.at(0), s));
    }
    let fill = (width - n) as usize;
    let mut out = String::with_capacity(s.len() + fill);
    let body = match s.as_bytes().first() {
        Some(b'+') | Some(b'-') => {
            out.push_str(&s[..1]);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(body);
    Ok(pystr::new_with_nchars(&out, width as usize))
}

fn s_expandtabs(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "expandtabs")?;
    let [ts] = clinic_kw(vm, &a, "expandtabs", ["tabsize"], 0)?;
    let tabsize = if ts.is_null() { 8 } else { index_arg(vm, ts)? };
    if !s.contains('\t') {
        return Ok(same_or_new(vm, a.at(0), s));
    }
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(pystr::new(&out))
}

/// `str.splitlines` pieces of `s` (shared with bytes, which passes its own line-break test).
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if unicode::is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r'
                && let Some(&(_, '\n')) = it.peek()
            {
                it.next();
                end += 1;
            }
            out.push(if keepends { &s[start..end] } else { &s[start..i] });
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn s_splitlines(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "splitlines")?;
    let [ke] = clinic_kw(vm, &a, "splitlines", ["keepends"], 0)?;
    let keep = if ke.is_null() { false } else { index_arg(vm, ke).map_err(|_| vm.type_error(format!("'{}' object cannot be interpreted as an integer", ke.class().error_name())))? != 0 };
    let parts = splitlines(s, keep);
    let vals: Vec<Value> =
        parts.iter().map(|p| if p.len() == s.len() { same_or_new(vm, a.at(0), p) } else { pystr::new(p) }).collect();
    Ok(list::new_list(&vals))
}

fn partition_impl(vm: &mut Vm, a: &Args, name: &str, rev: bool) -> PyResult {
    let s = text(vm, a, name)?;
    let sep_v = one(vm, a, &format!("str.{name}"))?;
    let sep = str_arg(vm, sep_v, "must be str")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let empty = vm.rt.names.empty;
    let this = same_or_new(vm, a.at(0), s);
    Ok(match found {
        Some(i) => tuple::new(&[pystr::new(&s[..i]), sep_v, pystr::new(&s[i + sep.len()..])]),
        None if rev => tuple::new(&[empty, empty, this]),
        None => tuple::new(&[this, empty, empty]),
    })
}
fn s_partition(vm: &mut Vm, a: Args) -> PyResult {
    partition_impl(vm, &a, "partition", false)
}
fn s_rpartition(vm: &mut Vm, a: Args) -> PyResult {
    partition_impl(vm, &a, "rpartition", true)
}

fn s_removeprefix(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "removeprefix")?;
    let p = one(vm, &a, "str.removeprefix")?;
    let p = str_arg(vm, p, "removeprefix() argument must be str")?;
    match s.strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(pystr::new(r)),
        _ => Ok(same_or_new(vm, a.at(0), s)),
    }
}
fn s_removesuffix(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "removesuffix")?;
    let p = one(vm, &a, "str.removesuffix")?;
    let p = str_arg(vm, p, "removesuffix() argument must be str")?;
    match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(pystr::new(r)),
        _ => Ok(same_or_new(vm, a.at(0), s)),
    }
}

/// `str.maketrans(x[, y[, z]])` (a static method).
fn s_maketrans(vm: &mut Vm, a: Args) -> PyResult {
    // Static: no self in `a`.
    if a.has_kw() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    let n = a.len();
    if n == 0 {
        return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
    }
    let d = dict::new_dict();
    if n == 1 {
        let x = a.at(0);
        if !dict::is_dict(x) {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        }
        for (k, v) in dict::items(x) {
            if let Some(ks) = pystr::as_str(k) {
                let mut it = ks.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => dict::set(vm, d, Value::small(c as i64), v)?,
                    _ => return Err(vm.value_error("string keys in translate table must be of length 1")),
                }
            } else if int::is_int(k) {
                dict::set(vm, d, k, v)?;
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            }
        }
        return Ok(d);
    }
    let x = str_arg(vm, a.at(0), "maketrans() argument 1 must be str")?;
    let y = str_arg(vm, a.at(1), "maketrans() argument 2 must be str")?;
    if pystr::char_len(a.at(0)) != pystr::char_len(a.at(1)) {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    let z = match a.get(2) {
        Some(z) => Some(str_arg(vm, z, "maketrans() argument 3 must be str")?),
        None => None,
    };
    for (cx, cy) in x.chars().zip(y.chars()) {
        dict::set(vm, d, Value::small(cx as i64), Value::small(cy as i64))?;
    }
    if let Some(z) = z {
        for c in z.chars() {
            dict::set(vm, d, Value::small(c as i64), objmodel::none())?;
        }
    }
    Ok(d)
}

fn s_translate(vm: &mut Vm, a: Args) -> PyResult {
    let s = text(vm, &a, "translate")?;
    let table = one(vm, &a, "str.translate")?;
    let mut out = String::with_capacity(s.len());
    let mut changed = false;
    // Cache of lookups for repeated characters (ASCII only).
    let mut cache: [Option<Option<Value>>; 128] = [None; 128];
    let fast_dict = dict::is_dict(table) && table.class().is(vm.rt.types.dict);
    for c in s.chars() {
        let cached = if c.is_ascii() { cache[c as usize] } else { None };
        let mapped = match cached {
            Some(m) => m,
            None => {
                let key = Value::small(c as i64);
                let m = if fast_dict {
                    dict::get(vm, table, key)?
                } else {
                    match vm.getitem(table, key) {
                        Ok(v) => Some(v),
                        Err(e) if vm.err_matches(&e, vm.rt.exc.lookup_error) => None,
                        Err(e) => return Err(e),
                    }
                };
                if c.is_ascii() {
                    cache[c as usize] = Some(m);
                }
                m
            }
        };
        match mapped {
            None => out.push(c),
            Some(v) if v.is_none() => changed = true,
            Some(v) => {
                if let Some(r) = pystr::as_str(v) {
                    out.push_str(r);
                } else if int::is_int(v) {
                    let cp = int::to_i64(v).unwrap_or(-1);
                    match u32::try_from(cp).ok().filter(|n| *n < 0x110000).and_then(char::from_u32) {
                        Some(ch) => out.push(ch),
                        None if (0xd800..0xe000).contains(&cp) => out.push('\u{fffd}'),
                        None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
                    }
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
                changed = true;
            }
        }
    }
    if !changed {
        return Ok(same_or_new(vm, a.at(0), s));
    }
    Ok(pystr::new(&out))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{method, method_flags};
    let t = r.types.str_;
    method(t, "isalpha", s_isalpha);
    method(t, "isalnum", s_isalnum);
    method(t, "isdecimal", s_isdecimal);
    method(t, "isdigit", s_isdigit);
    method(t, "isnumeric", s_isnumeric);
    method(t, "isspace", s_isspace);
    method(t, "isprintable", s_isprintable);
    method(t, "isascii", s_isascii);
    method(t, "islower", s_islower);
    method(t, "isupper", s_isupper);
    method(t, "istitle", s_istitle);
    method(t, "isidentifier", s_isidentifier);
    method(t, "upper", s_upper);
    method(t, "lower", s_lower);
    method(t, "casefold", s_casefold);
    method(t, "swapcase", s_swapcase);
    method(t, "title", s_title);
    method(t, "capitalize", s_capitalize);
    method(t, "center", s_center);
    method(t, "ljust", s_ljust);
    method(t, "rjust", s_rjust);
    method(t, "zfill", s_zfill);
    method(t, "expandtabs", s_expandtabs);
    method(t, "splitlines", s_splitlines);
    method(t, "partition", s_partition);
    method(t, "rpartition", s_rpartition);
    method(t, "removeprefix", s_removeprefix);
    method(t, "removesuffix", s_removesuffix);
    method(t, "translate", s_translate);
    method_flags(t, "maketrans", s_maketrans, 0);
}

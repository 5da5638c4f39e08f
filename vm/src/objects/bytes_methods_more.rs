//! The text-like methods shared by `bytes` and `bytearray` (CPython's Objects/bytes_methods.c
//! and stringlib): ASCII-only case and class tests, searching, splitting, stripping, padding,
//! partition, replace, translate. Results have the receiver's type.

use objmodel::Value;

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::bytes::{byte_value, data, find_bytes, is_bytearray, new_like, rfind_bytes};
use crate::objects::bytes_methods::{this, tname};
use crate::objects::str_args::{adjust_indices, clinic, clinic_kw, index_arg, noargs, one, parse_tuple, slice_bound};
use crate::objects::{int, list, tuple};
use crate::vm::Vm;

#[inline]
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
pub fn buf_arg<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a [u8]> {
    match data(v).or_else(|| crate::objects::memoryview::borrow(v)) {
        Some(d) => Ok(d),
        None => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", v.class().error_name()))),
    }
}

/// The result for `self` unchanged: `self` for exact bytes, else a copy of the right type.
fn same(vm: &Vm, v: Value, d: &[u8]) -> Value {
    if v.class().is(vm.rt.types.bytes) {
        return v;
    }
    new_like(v, d)
}

/// Result with `self`'s type, reusing `self` when the content is the same length (unchanged).
fn result(vm: &Vm, v: Value, orig: &[u8], d: &[u8]) -> Value {
    if d == orig && v.class().is(vm.rt.types.bytes) {
        return v;
    }
    new_like(v, d)
}

fn qual(v: Value, name: &str) -> String {
    format!("{}.{name}", tname(v))
}

macro_rules! predicate {
    ($fname:ident, $name:expr, $empty:expr, $body:expr) => {
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            let d = this(vm, &a, $name)?;
            noargs(vm, &a, &qual(a.at(0), $name))?;
            if d.is_empty() {
                return Ok(objmodel::bool_($empty));
            }
            let f: fn(&[u8]) -> bool = $body;
            Ok(objmodel::bool_(f(d)))
        }
    };
}

predicate!(b_isalpha, "isalpha", false, |d| d.iter().all(|b| b.is_ascii_alphabetic()));
predicate!(b_isalnum, "isalnum", false, |d| d.iter().all(|b| b.is_ascii_alphanumeric()));
predicate!(b_isdigit, "isdigit", false, |d| d.iter().all(|b| b.is_ascii_digit()));
predicate!(b_isspace, "isspace", false, |d| d.iter().all(|b| is_space(*b)));
predicate!(b_isascii, "isascii", true, |d| d.is_ascii());
predicate!(b_islower, "islower", false, |d| d.iter().any(|b| b.is_ascii_lowercase())
    && !d.iter().any(|b| b.is_ascii_uppercase()));
predicate!(b_isupper, "isupper", false, |d| d.iter().any(|b| b.is_ascii_uppercase())
    && !d.iter().any(|b| b.is_ascii_lowercase()));
predicate!(b_istitle, "istitle", false, istitle);

fn istitle(d: &[u8]) -> bool {
    let (mut cased, mut prev) = (false, false);
    for &b in d {
        if b.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

macro_rules! casemap {
    ($fname:ident, $name:expr, $f:expr) => {
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            let d = this(vm, &a, $name)?;
            noargs(vm, &a, &qual(a.at(0), $name))?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            Ok(new_like(a.at(0), &f(d)))
        }
    };
}

casemap!(b_upper, "upper", |d| d.to_ascii_uppercase());
casemap!(b_lower, "lower", |d| d.to_ascii_lowercase());
casemap!(b_swapcase, "swapcase", |d| d
    .iter()
    .map(|b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() })
    .collect());
casemap!(b_capitalize, "capitalize", |d| d
    .iter()
    .enumerate()
    .map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
    .collect());
casemap!(b_title, "title", |d| {
    let mut prev = false;
    d.iter()
        .map(|&b| {
            let r = if prev { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            prev = b.is_ascii_alphabetic();
            r
        })
        .collect()
});

/// The needle of find/count/index: bytes-like, or an int in range(256).
fn sub_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = data(v) {
        return Ok(d.to_vec());
    }
    if int::is_int(v) || (v.is_ptr() && vm.lookup_type_cached(v.class(), vm.rt.names.__index__).is_some()) {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{}'", v.class().error_name())))
}

fn range_of(vm: &mut Vm, a: &Args, n: usize) -> PyResult<(i64, i64)> {
    let st = slice_bound(vm, a.get(2))?;
    let en = slice_bound(vm, a.get(3))?;
    Ok(adjust_indices(st, en, n))
}

fn find_impl(vm: &mut Vm, a: &Args, name: &str, rev: bool) -> PyResult<i64> {
    this(vm, a, name)?;
    parse_tuple(vm, a, name, 1, 3)?;
    let sub = sub_arg(vm, a.at(1))?;
    let d = data(a.at(0)).unwrap();
    let (s, e) = range_of(vm, a, d.len())?;
    let d = data(a.at(0)).unwrap();
    if e - s < sub.len() as i64 {
        return Ok(-1);
    }
    let hay = &d[s as usize..e as usize];
    let r = if rev { rfind_bytes(hay, &sub) } else { find_bytes(hay, &sub) };
    Ok(r.map_or(-1, |i| s + i as i64))
}
fn b_find(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_i64(find_impl(vm, &a, "find", false)?))
}
fn b_rfind(vm: &mut Vm, a: Args) -> PyResult {
    Ok(int::from_i64(find_impl(vm, &a, "rfind", true)?))
}
fn b_index(vm: &mut Vm, a: Args) -> PyResult {
    let r = find_impl(vm, &a, "index", false)?;
    if r < 0 {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(int::from_i64(r))
}
fn b_rindex(vm: &mut Vm, a: Args) -> PyResult {
    let r = find_impl(vm, &a, "rindex", true)?;
    if r < 0 {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(int::from_i64(r))
}
fn b_count(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "count")?;
    parse_tuple(vm, &a, "count", 1, 3)?;
    let sub = sub_arg(vm, a.at(1))?;
    let n = data(a.at(0)).unwrap().len();
    let (s, e) = range_of(vm, &a, n)?;
    let d = data(a.at(0)).unwrap();
    if e - s < sub.len() as i64 {
        return Ok(Value::small(0));
    }
    let hay = &d[s as usize..e as usize];
    if sub.is_empty() {
        return Ok(int::from_i64(e - s + 1));
    }
    let mut c = 0;
    let mut i = 0;
    while let Some(p) = find_bytes(&hay[i..], &sub) {
        c += 1;
        i += p + sub.len();
    }
    Ok(int::from_usize(c))
}
fn affix(vm: &mut Vm, a: &Args, name: &str, start: bool) -> PyResult {
    this(vm, a, name)?;
    parse_tuple(vm, a, name, 1, 3)?;
    let n = data(a.at(0)).unwrap().len();
    let (s, e) = range_of(vm, a, n)?;
    let d = data(a.at(0)).unwrap();
    let test = |p: &[u8]| -> bool {
        if e - (p.len() as i64) < s {
            return false;
        }
        let hay = &d[s as usize..e as usize];
        if start { hay.starts_with(p) } else { hay.ends_with(p) }
    };
    let x = a.at(1);
    if let Some(items) = tuple::as_items(x) {
        for p in items {
            let pb = buf_arg(vm, *p)?;
            if test(pb) {
                return Ok(objmodel::true_());
            }
        }
        return Ok(objmodel::false_());
    }
    match data(x) {
        Some(p) => Ok(objmodel::bool_(test(p))),
        None => Err(vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", x.class().error_name()))),
    }
}
fn b_startswith(vm: &mut Vm, a: Args) -> PyResult {
    affix(vm, &a, "startswith", true)
}
fn b_endswith(vm: &mut Vm, a: Args) -> PyResult {
    affix(vm, &a, "endswith", false)
}

fn split_ws(d: &[u8], max: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = d.len();
    while i < n && is_space(d[i]) {
        i += 1;
    }
    while i < n {
        if max >= 0 && out.len() as i64 == max {
            out.push(&d[i..n]);
            break;
        }
        let st = i;
        while i < n && !is_space(d[i]) {
            i += 1;
        }
        out.push(&d[st..i]);
        while i < n && is_space(d[i]) {
            i += 1;
        }
    }
    out
}
fn rsplit_ws(d: &[u8], max: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut e = d.len();
    while e > 0 && is_space(d[e - 1]) {
        e -= 1;
    }
    while e > 0 {
        if max >= 0 && out.len() as i64 == max {
            out.push(&d[..e]);
            break;
        }
        let end = e;
        while e > 0 && !is_space(d[e - 1]) {
            e -= 1;
        }
        out.push(&d[e..end]);
        while e > 0 && is_space(d[e - 1]) {
            e -= 1;
        }
    }
    out.reverse();
    out
}
fn split_sep<'a>(d: &'a [u8], sep: &[u8], max: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    while max < 0 || (out.len() as i64) < max {
        match find_bytes(&d[i..], sep) {
            Some(p) => {
                out.push(&d[i..i + p]);
                i += p + sep.len();
            }
            None => break,
        }
    }
    out.push(&d[i..]);
    out
}
fn rsplit_sep<'a>(d: &'a [u8], sep: &[u8], max: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut e = d.len();
    while max < 0 || (out.len() as i64) < max {
        match rfind_bytes(&d[..e], sep) {
            Some(p) => {
                out.push(&d[p + sep.len()..e]);
                e = p;
            }
            None => break,
        }
    }
    out.push(&d[..e]);
    out.reverse();
    out
}

fn pieces(vm: &Vm, v: Value, whole: &[u8], parts: &[&[u8]]) -> Value {
    let vals: Vec<Value> = parts.iter().map(|p| if p.len() == whole.len() { same(vm, v, p) } else { new_like(v, p) }).collect();
    list::new_list(&vals)
}

fn split_impl(vm: &mut Vm, a: &Args, name: &str, rev: bool) -> PyResult {
    this(vm, a, name)?;
    let [sep, maxsplit] = clinic_kw(vm, a, name, ["sep", "maxsplit"], 0)?;
    let max = if maxsplit.is_null() { -1 } else { index_arg(vm, maxsplit)? };
    let d = data(a.at(0)).unwrap();
    let parts = if sep.is_null() || sep.is_none() {
        if rev { rsplit_ws(d, max) } else { split_ws(d, max) }
    } else {
        let s = buf_arg(vm, sep)?.to_vec();
        if s.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        if rev { rsplit_sep(d, &s, max) } else { split_sep(d, &s, max) }
    };
    Ok(pieces(vm, a.at(0), d, &parts))
}
fn b_split(vm: &mut Vm, a: Args) -> PyResult {
    split_impl(vm, &a, "split", false)
}
fn b_rsplit(vm: &mut Vm, a: Args) -> PyResult {
    split_impl(vm, &a, "rsplit", true)
}
fn b_splitlines(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "splitlines")?;
    let [ke] = clinic_kw(vm, &a, "splitlines", ["keepends"], 0)?;
    let keep = !ke.is_null() && index_arg(vm, ke)? != 0;
    let d = data(a.at(0)).unwrap();
    let mut out: Vec<&[u8]> = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < d.len() {
        let c = d[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(if keep { &d[start..end] } else { &d[start..i] });
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(&d[start..]);
    }
    Ok(pieces(vm, a.at(0), d, &out))
}

fn strip_impl(vm: &mut Vm, a: &Args, name: &str, left: bool, right: bool) -> PyResult {
    this(vm, a, name)?;
    clinic(vm, a, name, 0, 1)?;
    let chars: Option<Vec<u8>> = match a.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(buf_arg(vm, v)?.to_vec()),
    };
    let d = data(a.at(0)).unwrap();
    let test = |b: u8| match &chars {
        None => is_space(b),
        Some(cs) => cs.contains(&b),
    };
    let (mut s, mut e) = (0, d.len());
    if left {
        while s < e && test(d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && test(d[e - 1]) {
            e -= 1;
        }
    }
    Ok(result(vm, a.at(0), d, &d[s..e]))
}
fn b_strip(vm: &mut Vm, a: Args) -> PyResult {
    strip_impl(vm, &a, "strip", true, true)
}
fn b_lstrip(vm: &mut Vm, a: Args) -> PyResult {
    strip_impl(vm, &a, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, a: Args) -> PyResult {
    strip_impl(vm, &a, "rstrip", false, true)
}

fn fill_byte(vm: &mut Vm, name: &str, v: Option<Value>) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match data(v) {
        Some(d) if d.len() == 1 => Ok(d[0]),
        _ => Err(vm.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {}", v.class().error_name()))),
    }
}
fn pad(vm: &mut Vm, a: &Args, name: &str, which: u8) -> PyResult {
    this(vm, a, name)?;
    clinic(vm, a, name, 1, 2)?;
    let width = index_arg(vm, a.at(1))?;
    let fill = fill_byte(vm, name, a.get(2))?;
    let d = data(a.at(0)).unwrap();
    let n = d.len() as i64;
    if width <= n {
        return Ok(same(vm, a.at(0), d));
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
    let mut out = Vec::with_capacity(width as usize);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(d);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_like(a.at(0), &out))
}
fn b_center(vm: &mut Vm, a: Args) -> PyResult {
    pad(vm, &a, "center", b'c')
}
fn b_ljust(vm: &mut Vm, a: Args) -> PyResult {
    pad(vm, &a, "ljust", b'l')
}
fn b_rjust(vm: &mut Vm, a: Args) -> PyResult {
    pad(vm, &a, "rjust", b'r')
}
fn b_zfill(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "zfill")?;
    let w = one(vm, &a, &qual(a.at(0), "zfill"))?;
    let width = index_arg(vm, w)?;
    let d = data(a.at(0)).unwrap();
    if width <= d.len() as i64 {
        return Ok(same(vm, a.at(0), d));
    }
    let fill = width as usize - d.len();
    let mut out = Vec::with_capacity(width as usize);
    let body = match d.first() {
        Some(b'+') | Some(b'-') => {
            out.push(d[0]);
            &d[1..]
        }
        _ => d,
    };
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(body);
    Ok(new_like(a.at(0), &out))
}
fn b_expandtabs(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "expandtabs")?;
    let [ts] = clinic_kw(vm, &a, "expandtabs", ["tabsize"], 0)?;
    let tabsize = if ts.is_null() { 8 } else { index_arg(vm, ts)? };
    let d = data(a.at(0)).unwrap();
    let mut out = Vec::with_capacity(d.len());
    let mut col: i64 = 0;
    for &c in d {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(result(vm, a.at(0), d, &out))
}

fn partition_impl(vm: &mut Vm, a: &Args, name: &str, rev: bool) -> PyResult {
    this(vm, a, name)?;
    let sv = one(vm, a, &qual(a.at(0), name))?;
    let sep = buf_arg(vm, sv)?.to_vec();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let v = a.at(0);
    let d = data(v).unwrap();
    let found = if rev { rfind_bytes(d, &sep) } else { find_bytes(d, &sep) };
    let e = || new_like(v, &[]);
    Ok(match found {
        Some(i) => {
            let sep_v = if is_bytearray(v) { new_like(v, &sep) } else if sv.class().is(vm.rt.types.bytes) { sv } else { new_like(v, &sep) };
            tuple::new(&[new_like(v, &d[..i]), sep_v, new_like(v, &d[i + sep.len()..])])
        }
        None if rev => tuple::new(&[e(), e(), same(vm, v, d)]),
        None => tuple::new(&[same(vm, v, d), e(), e()]),
    })
}
fn b_partition(vm: &mut Vm, a: Args) -> PyResult {
    partition_impl(vm, &a, "partition", false)
}
fn b_rpartition(vm: &mut Vm, a: Args) -> PyResult {
    partition_impl(vm, &a, "rpartition", true)
}
fn b_removeprefix(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "removeprefix")?;
    let p = one(vm, &a, &qual(a.at(0), "removeprefix"))?;
    let p = buf_arg(vm, p)?.to_vec();
    let d = data(a.at(0)).unwrap();
    match d.strip_prefix(&p[..]) {
        Some(r) if !p.is_empty() => Ok(new_like(a.at(0), r)),
        _ => Ok(same(vm, a.at(0), d)),
    }
}
fn b_removesuffix(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "removesuffix")?;
    let p = one(vm, &a, &qual(a.at(0), "removesuffix"))?;
    let p = buf_arg(vm, p)?.to_vec();
    let d = data(a.at(0)).unwrap();
    match d.strip_suffix(&p[..]) {
        Some(r) if !p.is_empty() => Ok(new_like(a.at(0), r)),
        _ => Ok(same(vm, a.at(0), d)),
    }
}
fn b_replace(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "replace")?;
    clinic(vm, &a, "replace", 2, 3)?;
    let old = buf_arg(vm, a.at(1))?.to_vec();
    let new = buf_arg(vm, a.at(2))?.to_vec();
    let count = match a.get(3) {
        Some(c) => index_arg(vm, c)?,
        None => -1,
    };
    let d = data(a.at(0)).unwrap();
    let mut out = Vec::with_capacity(d.len());
    let mut n = 0i64;
    if old.is_empty() {
        for &b in d {
            if count < 0 || n < count {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
        }
        if count < 0 || n < count {
            out.extend_from_slice(&new);
            n += 1;
        }
    } else {
        let mut i = 0;
        while count < 0 || n < count {
            match find_bytes(&d[i..], &old) {
                Some(p) => {
                    out.extend_from_slice(&d[i..i + p]);
                    out.extend_from_slice(&new);
                    i += p + old.len();
                    n += 1;
                }
                None => break,
            }
        }
        out.extend_from_slice(&d[i..]);
    }
    if n == 0 {
        return Ok(same(vm, a.at(0), d));
    }
    Ok(new_like(a.at(0), &out))
}
fn b_join(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "join")?;
    let it = one(vm, &a, &qual(a.at(0), "join"))?;
    let items = vm.collect(it)?;
    let sep = data(a.at(0)).unwrap().to_vec();
    let mut out = Vec::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match data(*v) {
            Some(b) => out.extend_from_slice(b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    v.class().name_str()
                )));
            }
        }
    }
    if items.len() == 1 && !is_bytearray(a.at(0)) && items[0].class().is(vm.rt.types.bytes) {
        return Ok(items[0]);
    }
    Ok(new_like(a.at(0), &out))
}
fn b_maketrans(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() != 2 {
        return Err(vm.type_error(format!("maketrans expected 2 arguments, got {}", a.len())));
    }
    let f = buf_arg(vm, a.at(0))?.to_vec();
    let t = buf_arg(vm, a.at(1))?.to_vec();
    if f.len() != t.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (x, y) in f.iter().zip(&t) {
        table[*x as usize] = *y;
    }
    Ok(objmodel::alloc::new_bytes(&table))
}
fn b_translate(vm: &mut Vm, a: Args) -> PyResult {
    this(vm, &a, "translate")?;
    let [table, delete] = clinic_kw(vm, &a, "translate", ["table", "delete"], 1)?;
    let tab: Option<Vec<u8>> = if table.is_none() {
        None
    } else {
        let t = buf_arg(vm, table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t.to_vec())
    };
    let del: Vec<u8> = if delete.is_null() { Vec::new() } else { buf_arg(vm, delete)?.to_vec() };
    let d = data(a.at(0)).unwrap();
    let out: Vec<u8> = d
        .iter()
        .filter(|b| !del.contains(b))
        .map(|&b| match &tab {
            Some(t) => t[b as usize],
            None => b,
        })
        .collect();
    if out == d {
        return Ok(same(vm, a.at(0), d));
    }
    Ok(new_like(a.at(0), &out))
}

pub fn init(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::{method, method_flags};
    for t in [r.types.bytes, r.types.bytearray] {
        method(t, "isalpha", b_isalpha);
        method(t, "isalnum", b_isalnum);
        method(t, "isdigit", b_isdigit);
        method(t, "isspace", b_isspace);
        method(t, "isascii", b_isascii);
        method(t, "islower", b_islower);
        method(t, "isupper", b_isupper);
        method(t, "istitle", b_istitle);
        method(t, "upper", b_upper);
        method(t, "lower", b_lower);
        method(t, "swapcase", b_swapcase);
        method(t, "capitalize", b_capitalize);
        method(t, "title", b_title);
        method(t, "find", b_find);
        method(t, "rfind", b_rfind);
        method(t, "index", b_index);
        method(t, "rindex", b_rindex);
        method(t, "count", b_count);
        method(t, "startswith", b_startswith);
        method(t, "endswith", b_endswith);
        method(t, "split", b_split);
        method(t, "rsplit", b_rsplit);
        method(t, "splitlines", b_splitlines);
        method(t, "strip", b_strip);
        method(t, "lstrip", b_lstrip);
        method(t, "rstrip", b_rstrip);
        method(t, "center", b_center);
        method(t, "ljust", b_ljust);
        method(t, "rjust", b_rjust);
        method(t, "zfill", b_zfill);
        method(t, "expandtabs", b_expandtabs);
        method(t, "partition", b_partition);
        method(t, "rpartition", b_rpartition);
        method(t, "removeprefix", b_removeprefix);
        method(t, "removesuffix", b_removesuffix);
        method(t, "replace", b_replace);
        method(t, "join", b_join);
        method(t, "translate", b_translate);
        method_flags(t, "maketrans", b_maketrans, 0);
    }
}

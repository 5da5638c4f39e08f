//! `_pyrs_json`: the native encoder and decoder behind the `json` package, producing exactly
//! CPython 3.11's text (separators, indentation, float repr, `ensure_ascii` escapes) and its
//! decode errors (`JSONDecodeError` messages and positions, counted in characters).

use objmodel::{Kind, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, float, int, list, str as pystr, tuple};
use crate::vm::Vm;

// ------------------------------------------------------------------------------ strings

fn push_u_escape(out: &mut String, u: u32) {
    out.push_str(&format!("\\u{u:04x}"));
}

/// `encode_basestring(_ascii)`: the JSON string literal of `s`, quotes included.
pub fn quote(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => push_u_escape(out, c as u32),
            c if ensure_ascii && (c as u32) > 0x7e => {
                let u = c as u32;
                if u >= 0x10000 {
                    let v = u - 0x10000;
                    push_u_escape(out, 0xd800 | (v >> 10));
                    push_u_escape(out, 0xdc00 | (v & 0x3ff));
                } else {
                    push_u_escape(out, u);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn j_encode_basestring_ascii(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "encode_basestring_ascii", 1, 1)?;
    let Some(s) = pystr::as_str(a.at(0)) else {
        return Err(vm.type_error(format!("first argument must be a string, not {}", a.at(0).class().error_name())));
    };
    let mut out = String::with_capacity(s.len() + 2);
    quote(&mut out, s, true);
    Ok(pystr::new(&out))
}
fn j_encode_basestring(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "encode_basestring", 1, 1)?;
    let Some(s) = pystr::as_str(a.at(0)) else {
        return Err(vm.type_error(format!("first argument must be a string, not {}", a.at(0).class().error_name())));
    };
    let mut out = String::with_capacity(s.len() + 2);
    quote(&mut out, s, false);
    Ok(pystr::new(&out))
}

// ------------------------------------------------------------------------------ encoder

struct Enc {
    out: String,
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Value,
    markers: Vec<Value>,
    depth: usize,
}

fn is_kind(v: Value, k: Kind) -> bool {
    v.is_ptr() && v.header().kind() == k
}

impl Enc {
    fn float_str(&self, vm: &mut Vm, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(crate::objects::numbers::float_repr(x));
        }
        if !self.allow_nan {
            return Err(vm.value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn newline_indent(&mut self) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        if self.check_circular {
            if self.markers.iter().any(|m| m.is(o)) {
                return Err(vm.value_error("Circular reference detected"));
            }
            self.markers.push(o);
        }
        if self.markers.len() > vm.rt.recursion_limit() || self.depth > vm.rt.recursion_limit() || crate::interp::call::native_stack_low(vm) {
            return Err(vm.new_error(vm.rt.exc.recursion_error, "maximum recursion depth exceeded while encoding a JSON object"));
        }
        Ok(())
    }
    fn leave(&mut self) {
        if self.check_circular {
            self.markers.pop();
        }
    }

    fn encode(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        if let Some(s) = pystr::as_str(o) {
            quote(&mut self.out, s, self.ensure_ascii);
            return Ok(());
        }
        if o.is_none() {
            self.out.push_str("null");
            return Ok(());
        }
        if o.is(objmodel::true_()) {
            self.out.push_str("true");
            return Ok(());
        }
        if o.is(objmodel::false_()) {
            self.out.push_str("false");
            return Ok(());
        }
        if int::is_int(o) {
            self.out.push_str(&crate::objects::numbers::int_repr_checked(vm, o)?);
            return Ok(());
        }
        if let Some(x) = float::as_f64(o) {
            let s = self.float_str(vm, x)?;
            self.out.push_str(&s);
            return Ok(());
        }
        if is_kind(o, Kind::List) || is_kind(o, Kind::Tuple) {
            return self.encode_list(vm, o);
        }
        if is_kind(o, Kind::Dict) {
            return self.encode_dict(vm, o);
        }
        if self.default.is_none() || self.default.is_null() {
            return Err(vm.type_error(format!("Object of type {} is not JSON serializable", o.class().error_name())));
        }
        self.enter(vm, o)?;
        let r = vm.call1(self.default, o)?;
        self.depth += 1;
        let res = self.encode(vm, r);
        self.depth -= 1;
        res?;
        self.leave();
        Ok(())
    }

    fn encode_list(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        let items = if tuple::is_tuple(o) { tuple::items(o).to_vec() } else { list::to_vec(o) };
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, o)?;
        self.out.push('[');
        self.depth += 1;
        self.newline_indent();
        let r = vm.with_roots(&items, |vm| {
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    self.out.push_str(&self.item_sep.clone());
                    self.newline_indent();
                }
                self.encode(vm, *it)?;
            }
            Ok(())
        });
        r?;
        self.depth -= 1;
        self.newline_indent();
        self.out.push(']');
        self.leave();
        Ok(())
    }

    fn encode_dict(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        if dict::len(o) == 0 {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(vm, o)?;
        let items: Vec<(Value, Value)> = if self.sort_keys {
            let l = list::new_list(&[]);
            for (k, v) in dict::items(o) {
                list::append(l, tuple::new(&[k, v]));
            }
            vm.call_method(l, "sort", &[])?;
            list::to_vec(l).iter().map(|t| (tuple::items(*t)[0], tuple::items(*t)[1])).collect()
        } else {
            dict::items(o)
        };
        let flat: Vec<Value> = items.iter().flat_map(|(k, v)| [*k, *v]).collect();
        self.out.push('{');
        self.depth += 1;
        self.newline_indent();
        let r = vm.with_roots(&flat, |vm| {
            let mut first = true;
            for (k, v) in &items {
                let key: String = if let Some(s) = pystr::as_str(*k) {
                    s.to_string()
                } else if let Some(x) = float::as_f64(*k) {
                    self.float_str(vm, x)?
                } else if k.is(objmodel::true_()) {
                    "true".into()
                } else if k.is(objmodel::false_()) {
                    "false".into()
                } else if k.is_none() {
                    "null".into()
                } else if int::is_int(*k) {
                    crate::objects::numbers::int_repr_checked(vm, *k)?
                } else if self.skipkeys {
                    continue;
                } else {
                    return Err(vm.type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        k.class().name_str()
                    )));
                };
                if !first {
                    self.out.push_str(&self.item_sep.clone());
                    self.newline_indent();
                }
                first = false;
                quote(&mut self.out, &key, self.ensure_ascii);
                self.out.push_str(&self.key_sep.clone());
                self.encode(vm, *v)?;
            }
            Ok(())
        });
        r?;
        self.depth -= 1;
        self.newline_indent();
        self.out.push('}');
        self.leave();
        Ok(())
    }
}

/// `encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
/// item_separator, key_separator, default)` → str.
fn j_encode(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "encode", 10, 10)?;
    let indent = if a.at(6).is_none() { None } else { Some(vm.str_string(a.at(6))?) };
    let mut e = Enc {
        out: String::new(),
        skipkeys: vm.truthy(a.at(1))?,
        ensure_ascii: vm.truthy(a.at(2))?,
        check_circular: vm.truthy(a.at(3))?,
        allow_nan: vm.truthy(a.at(4))?,
        sort_keys: vm.truthy(a.at(5))?,
        indent,
        item_sep: vm.str_string(a.at(7))?,
        key_sep: vm.str_string(a.at(8))?,
        default: a.at(9),
        markers: Vec::new(),
        depth: 0,
    };
    e.encode(vm, a.at(0))?;
    Ok(pystr::new(&e.out))
}

// ------------------------------------------------------------------------------ decoder

struct Dec<'s> {
    s: &'s str,
    b: &'s [u8],
    strict: bool,
    object_hook: Value,
    pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    errcls: Value,
    depth: usize,
}

fn present(v: Value) -> bool {
    !v.is_null() && !v.is_none()
}

impl Dec<'_> {
    /// Raise `JSONDecodeError(msg, doc, pos)` with `pos` a byte offset (converted to chars).
    fn err(&self, vm: &mut Vm, msg: &str, byte_pos: usize) -> crate::error::PyErr {
        let pos = self.s[..byte_pos.min(self.s.len())].chars().count();
        match vm.call(self.errcls, Args::new(&[pystr::new(msg), pystr::new(self.s), int::from_usize(pos)])) {
            Ok(e) => crate::error::PyErr(e),
            Err(e) => e,
        }
    }

    fn ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && matches!(self.b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    fn value(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        if i >= b.len() {
            return Err(self.stop(vm, i));
        }
        match b[i] {
            b'"' => self.string(vm, i + 1),
            b'{' => {
                self.nest(vm, "object")?;
                let r = self.object(vm, i + 1);
                self.depth -= 1;
                r
            }
            b'[' => {
                self.nest(vm, "array")?;
                let r = self.array(vm, i + 1);
                self.depth -= 1;
                r
            }
            b'n' if b[i..].starts_with(b"null") => Ok((objmodel::none(), i + 4)),
            b't' if b[i..].starts_with(b"true") => Ok((objmodel::true_(), i + 4)),
            b'f' if b[i..].starts_with(b"false") => Ok((objmodel::false_(), i + 5)),
            b'N' if b[i..].starts_with(b"NaN") => Ok((self.constant(vm, "NaN")?, i + 3)),
            b'I' if b[i..].starts_with(b"Infinity") => Ok((self.constant(vm, "Infinity")?, i + 8)),
            b'-' if b[i..].starts_with(b"-Infinity") => Ok((self.constant(vm, "-Infinity")?, i + 9)),
            b'-' | b'0'..=b'9' => self.number(vm, i),
            _ => Err(self.stop(vm, i)),
        }
    }

    /// No value starts at byte `i`: StopIteration(character index), as CPython's C scanner
    /// raises it at any depth; `JSONDecoder.raw_decode` turns it into "Expecting value".
    fn stop(&self, vm: &mut Vm, i: usize) -> crate::error::PyErr {
        let pos = self.s[..i.min(self.s.len())].chars().count();
        vm.stop_iteration(int::from_usize(pos))
    }

    fn nest(&mut self, vm: &mut Vm, what: &str) -> PyResult<()> {
        self.depth += 1;
        if self.depth > vm.rt.recursion_limit() {
            self.depth -= 1;
            return Err(vm.new_error(
                vm.rt.exc.recursion_error,
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            ));
        }
        Ok(())
    }

    fn constant(&mut self, vm: &mut Vm, name: &str) -> PyResult {
        if present(self.parse_constant) {
            return vm.call1(self.parse_constant, pystr::new(name));
        }
        Ok(float::new(match name {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            _ => f64::NEG_INFINITY,
        }))
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        if i >= b.len() || !b[i].is_ascii_digit() {
            return Err(self.stop(vm, start));
        }
        if b[i] == b'0' {
            i += 1;
        } else {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
        let mut is_float = false;
        if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            is_float = true;
            i += 2;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
        if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
            let mut j = i + 1;
            if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
                j += 1;
            }
            if j < b.len() && b[j].is_ascii_digit() {
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        let text = &self.s[start..i];
        if is_float {
            if present(self.parse_float) {
                return Ok((vm.call1(self.parse_float, pystr::new(text))?, i));
            }
            let f = crate::numfmt::parse_float(text).unwrap_or(f64::NAN);
            return Ok((float::new(f), i));
        }
        if present(self.parse_int) {
            return Ok((vm.call1(self.parse_int, pystr::new(text))?, i));
        }
        if text.len() <= 18 {
            return Ok((int::from_i64(text.parse::<i64>().unwrap_or(0)), i));
        }
        let limit = crate::numfmt::int_max_str_digits();
        let digits = text.trim_start_matches('-').len();
        if limit > 0 && digits > limit {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        let v = crate::numfmt::parse_int(text, 10).unwrap_or_default();
        Ok((int::from_bigint(&v), i))
    }

    fn hex4(&self, i: usize) -> Option<u32> {
        let h = self.b.get(i..i + 4)?;
        let s = std::str::from_utf8(h).ok()?;
        if !s.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(s, 16).ok()
    }

    /// A string body starting after the opening quote at `start - 1`.
    fn string(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let (s, end) = self.string_raw(vm, start)?;
        Ok((pystr::new(&s), end))
    }

    fn string_raw(&mut self, vm: &mut Vm, start: usize) -> PyResult<(String, usize)> {
        let b = self.b;
        let mut out = String::new();
        let mut i = start;
        loop {
            // copy a run of ordinary characters
            let run = i;
            while i < b.len() && b[i] != b'"' && b[i] != b'\\' && (b[i] >= 0x20 || !self.strict) {
                i += 1;
            }
            out.push_str(&self.s[run..i]);
            if i >= b.len() {
                return Err(self.err(vm, "Unterminated string starting at", start - 1));
            }
            match b[i] {
                b'"' => return Ok((out, i + 1)),
                b'\\' => {
                    let Some(&c) = b.get(i + 1) else {
                        return Err(self.err(vm, "Unterminated string starting at", start - 1));
                    };
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let Some(mut u) = self.hex4(i + 2) else {
                                return Err(self.err(vm, "Invalid \\uXXXX escape", i + 1));
                            };
                            let mut next = i + 6;
                            if (0xd800..0xdc00).contains(&u)
                                && b.get(i + 6) == Some(&b'\\')
                                && b.get(i + 7) == Some(&b'u')
                            {
                                match self.hex4(i + 8) {
                                    Some(lo) if (0xdc00..0xe000).contains(&lo) => {
                                        u = 0x10000 + (((u - 0xd800) << 10) | (lo - 0xdc00));
                                        next = i + 12;
                                    }
                                    Some(_) => {}
                                    None => return Err(self.err(vm, "Invalid \\uXXXX escape", i + 7)),
                                }
                            }
                            // Lone surrogates cannot live in a Rust string: U+FFFD stands in.
                            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                            i = next;
                            continue;
                        }
                        _ => return Err(self.err(vm, "Invalid \\escape", i)),
                    }
                    i += 2;
                }
                _ => return Err(self.err(vm, "Invalid control character at", i)),
            }
        }
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let pairs = list::new_list(&[]);
        let mut i = self.ws(start);
        if i < b.len() && b[i] == b'}' {
            return Ok((self.finish_object(vm, pairs)?, i + 1));
        }
        loop {
            if i >= b.len() || b[i] != b'"' {
                return Err(self.err(vm, "Expecting property name enclosed in double quotes", i));
            }
            let (key, after) = self.string_raw(vm, i + 1)?;
            let key = vm.rt.intern(&key);
            i = self.ws(after);
            if i >= b.len() || b[i] != b':' {
                return Err(self.err(vm, "Expecting ':' delimiter", i));
            }
            i = self.ws(i + 1);
            let (v, after) = self.value(vm, i)?;
            list::append(pairs, tuple::new(&[key, v]));
            i = self.ws(after);
            if i < b.len() && b[i] == b'}' {
                return Ok((self.finish_object(vm, pairs)?, i + 1));
            }
            if i >= b.len() || b[i] != b',' {
                return Err(self.err(vm, "Expecting ',' delimiter", i));
            }
            i = self.ws(i + 1);
        }
    }

    fn finish_object(&mut self, vm: &mut Vm, pairs: Value) -> PyResult {
        if present(self.pairs_hook) {
            return vm.call1(self.pairs_hook, pairs);
        }
        let d = dict::new_dict();
        for t in list::to_vec(pairs) {
            let kv = tuple::items(t);
            dict::set(vm, d, kv[0], kv[1])?;
        }
        if present(self.object_hook) {
            return vm.call1(self.object_hook, d);
        }
        Ok(d)
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let out = list::new_list(&[]);
        let mut i = self.ws(start);
        if i < b.len() && b[i] == b']' {
            return Ok((out, i + 1));
        }
        loop {
            let (v, after) = self.value(vm, i)?;
            list::append(out, v);
            i = self.ws(after);
            if i < b.len() && b[i] == b']' {
                return Ok((out, i + 1));
            }
            if i >= b.len() || b[i] != b',' {
                return Err(self.err(vm, "Expecting ',' delimiter", i));
            }
            i = self.ws(i + 1);
        }
    }
}

/// `scan(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, errcls)` → (value, end index). `idx` and the result are character indices.
fn j_scan(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "scan", 9, 9)?;
    let Some(s) = pystr::as_str(a.at(0)) else {
        return Err(vm.type_error(format!("first argument must be a string, not {}", a.at(0).class().error_name())));
    };
    let idx = vm.index_value(a.at(1))?;
    let strict = vm.truthy(a.at(2))?;
    let mut d = Dec {
        s,
        b: s.as_bytes(),
        strict,
        object_hook: a.at(3),
        pairs_hook: a.at(4),
        parse_float: a.at(5),
        parse_int: a.at(6),
        parse_constant: a.at(7),
        errcls: a.at(8),
        depth: 0,
    };
    // character index -> byte offset
    let start = if idx <= 0 {
        0
    } else {
        s.char_indices().nth(idx as usize).map(|(b, _)| b).unwrap_or(s.len())
    };
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let (v, end) = d.value(vm, start)?;
    let end_chars = if s.is_ascii() { end } else { s[..end].chars().count() };
    Ok(tuple::new(&[v, int::from_usize(end_chars)]))
}

/// `skip_ws(s, idx)`: the index of the first non-whitespace character at or after `idx`.
fn j_skip_ws(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "skip_ws", 2, 2)?;
    let s = pystr::as_str(a.at(0)).unwrap_or("");
    let mut idx = vm.index_value(a.at(1))?.max(0) as usize;
    let chars: Vec<char> = s.chars().skip(idx).collect();
    for c in chars {
        if matches!(c, ' ' | '\t' | '\n' | '\r') {
            idx += 1;
        } else {
            break;
        }
    }
    Ok(int::from_usize(idx))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = super::util::new_module("_pyrs_json");
    super::util::funcs(
        d,
        &[
            ("encode_basestring_ascii", j_encode_basestring_ascii),
            ("encode_basestring", j_encode_basestring),
            ("encode", j_encode),
            ("scan", j_scan),
            ("skip_ws", j_skip_ws),
        ],
    );
    Ok(m)
}

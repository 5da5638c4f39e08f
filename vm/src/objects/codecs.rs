//! Text encodings used by `str.encode`, `bytes.decode`, `str(b, enc)` and `open()`: utf-8
//! (and utf-8-sig), ascii, latin-1, utf-16 and utf-32 (with and without BOM, both byte
//! orders), the single-byte code pages of `charmap_tables.rs` (cp1252, cp437, iso8859_2,
//! koi8_r, mac_roman, ...), with the error handlers strict, ignore, replace, backslashreplace,
//! xmlcharrefreplace and (encoding) namereplace. Error ranges and messages follow CPython's codecs exactly (the UTF-8
//! decoder reports the same spans as `Objects/stringlib/codecs.h`).
//!
//! Strings here are UTF-8 internally, so lone surrogates cannot be produced:
//! `surrogateescape` is not supported, and `surrogatepass` acts as `strict` (it differs
//! only on surrogates).

use objmodel::Value;

use crate::error::{PyErr, PyResult};
use crate::objects::str as pystr;
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    /// A single-byte code page: index into `charmap_tables::TABLES`.
    Charmap(u8),
}

impl Codec {
    /// CPython's name of the codec (as in error messages).
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
            // CPython's charmap codecs report errors as the 'charmap' codec.
            Codec::Charmap(_) => "charmap",
        }
    }
}

/// Look up an encoding name (`encodings.normalize_encoding` plus the common aliases).
pub fn lookup(enc: &str) -> Option<Codec> {
    let mut n: String = enc
        .trim()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() })
        .collect();
    if let Some(rest) = n.strip_prefix("x_") {
        n = rest.to_string();
    }
    if let Some(c) = charmap_lookup(&n) {
        return Some(c);
    }
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "iso646_us" | "cp367" | "csascii"
        | "ibm367" | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "l1" | "latin" | "iso_ir_100" | "ibm819"
        | "iso_8859_1:1987" | "csisolatin1" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "utf16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "utf16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32Be,
        _ => return None,
    })
}

/// A code page by name: `encodings.normalize_encoding` (punctuation runs become one '_'),
/// lower-cased, then CPython's alias table.
fn charmap_lookup(n: &str) -> Option<Codec> {
    let mut norm = String::with_capacity(n.len());
    let mut punct = false;
    for c in n.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            norm.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    let (_, i) = crate::objects::charmap_tables::ALIASES.iter().find(|(a, _)| *a == norm)?;
    Some(Codec::Charmap(*i))
}

/// The decoding table of a code page.
fn charmap_table(i: u8) -> &'static [u16; 256] {
    &crate::objects::charmap_tables::TABLES[i as usize].1
}

/// The byte a code page maps `c` to (None: unmapped).
fn charmap_byte(table: &[u16; 256], c: char) -> Option<u8> {
    let n = c as u32;
    if n >= 0xfffe {
        return None;
    }
    table.iter().position(|&u| u as u32 == n).map(|p| p as u8)
}

fn charmap_encode(vm: &mut Vm, s: &str, i: u8, errors: &str) -> PyResult<Vec<u8>> {
    let table = charmap_table(i);
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut k = 0;
    while k < chars.len() {
        if let Some(b) = charmap_byte(table, chars[k]) {
            out.push(b);
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < chars.len() && charmap_byte(table, chars[end]).is_none() {
            end += 1;
        }
        // A replacement must itself be encodable (CPython's charmap_encoding_error).
        let put = |vm: &mut Vm, text: &str, out: &mut Vec<u8>| -> PyResult<()> {
            for c in text.chars() {
                match charmap_byte(table, c) {
                    Some(b) => out.push(b),
                    None => {
                        return Err(encode_error(vm, "charmap", &chars, k, end, "character maps to <undefined>"));
                    }
                }
            }
            Ok(())
        };
        match errors {
            "strict" => return Err(encode_error(vm, "charmap", &chars, k, end, "character maps to <undefined>")),
            "ignore" => {}
            "replace" => put(vm, &"?".repeat(end - k), &mut out)?,
            "backslashreplace" => {
                let t: String = chars[k..end].iter().map(|c| char_escape(*c)).collect();
                put(vm, &t, &mut out)?;
            }
            "xmlcharrefreplace" => {
                let t: String = chars[k..end].iter().map(|c| format!("&#{};", *c as u32)).collect();
                put(vm, &t, &mut out)?;
            }
            "namereplace" => {
                let t: String = chars[k..end]
                    .iter()
                    .map(|c| match crate::stdlib::modules_e::unicodedata::name_of(*c) {
                        Some(n) => format!("\\N{{{n}}}"),
                        None => char_escape(*c),
                    })
                    .collect();
                put(vm, &t, &mut out)?;
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        k = end;
    }
    Ok(out)
}

fn charmap_decode(vm: &mut Vm, b: &[u8], i: u8, errors: &str) -> PyResult<String> {
    let table = charmap_table(i);
    let mut s = String::with_capacity(b.len());
    for (k, &x) in b.iter().enumerate() {
        match char::from_u32(table[x as usize] as u32).filter(|_| table[x as usize] != 0xfffe) {
            Some(c) => s.push(c),
            None => handle_decode_error(vm, &mut s, "charmap", b, k, k + 1, "character maps to <undefined>", errors)?,
        }
    }
    Ok(s)
}

fn unknown_encoding(vm: &mut Vm, enc: &str) -> PyErr {
    vm.new_error(vm.rt.exc.lookup_error, format!("unknown encoding: {enc}"))
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> PyErr {
    vm.new_error(vm.rt.exc.lookup_error, format!("unknown error handler name '{errors}'"))
}

fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

fn encode_error(vm: &mut Vm, codec: &str, chars: &[char], start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end - start == 1 {
        format!("'{codec}' codec can't encode character '{}' in position {start}: {reason}", char_escape(chars[start]))
    } else {
        format!("'{codec}' codec can't encode characters in position {start}-{}: {reason}", end - 1)
    };
    let e = vm.new_error(vm.rt.exc.unicode_encode_error, msg);
    let text: String = chars.iter().collect();
    set_unicode_error_attrs(e.0, codec, crate::objects::str::new(&text), start, end, reason);
    e
}

/// The attributes of UnicodeEncodeError/UnicodeDecodeError (encoding, object, start, end, reason).
fn set_unicode_error_attrs(e: objmodel::Value, codec: &str, object: objmodel::Value, start: usize, end: usize, reason: &str) {
    use crate::objects::exceptions::set_attr;
    set_attr(e, "encoding", crate::objects::str::new(codec));
    set_attr(e, "object", object);
    set_attr(e, "start", crate::objects::int::from_usize(start));
    set_attr(e, "end", crate::objects::int::from_usize(end));
    set_attr(e, "reason", crate::objects::str::new(reason));
}

fn decode_error(vm: &mut Vm, codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end - start == 1 {
        format!("'{codec}' codec can't decode byte 0x{:02x} in position {start}: {reason}", b[start])
    } else {
        format!("'{codec}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
    };
    let e = vm.new_error(vm.rt.exc.unicode_decode_error, msg);
    set_unicode_error_attrs(e.0, codec, objmodel::alloc::new_bytes(b), start, end, reason);
    e
}

/// Encode `s`. Returns a bytes object.
pub fn encode(vm: &mut Vm, s: &str, enc: &str, errors: &str) -> PyResult {
    let Some(codec) = lookup(enc) else { return registry_codec(vm, pystr::new(s), enc, errors, true) };
    let out = encode_to_vec(vm, s, codec, errors)?;
    Ok(objmodel::alloc::new_bytes(&out))
}

pub fn encode_to_vec(vm: &mut Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    Ok(match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Utf8Sig => {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend_from_slice(s.as_bytes());
            v
        }
        Codec::Ascii | Codec::Latin1 => {
            let limit: u32 = if codec == Codec::Ascii { 0x80 } else { 0x100 };
            if s.is_ascii() {
                return Ok(s.as_bytes().to_vec());
            }
            let chars: Vec<char> = s.chars().collect();
            let mut out = Vec::with_capacity(chars.len());
            let mut i = 0;
            while i < chars.len() {
                let n = chars[i] as u32;
                if n < limit {
                    out.push(n as u8);
                    i += 1;
                    continue;
                }
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                match errors {
                    // Only lone surrogates pass 'surrogatepass', and strings hold none.
                    "strict" | "surrogatepass" => {
                        let reason = format!("ordinal not in range({limit})");
                        return Err(encode_error(vm, codec.name(), &chars, i, end, &reason));
                    }
                    "ignore" => {}
                    "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
                    "backslashreplace" => {
                        for c in &chars[i..end] {
                            out.extend(char_escape(*c).bytes());
                        }
                    }
                    "xmlcharrefreplace" => {
                        for c in &chars[i..end] {
                            out.extend(format!("&#{};", *c as u32).bytes());
                        }
                    }
                    "namereplace" => {
                        for c in &chars[i..end] {
                            match crate::stdlib::modules_e::unicodedata::name_of(*c) {
                                Some(n) => out.extend(format!("\\N{{{n}}}").bytes()),
                                None => out.extend(char_escape(*c).bytes()),
                            }
                        }
                    }
                    _ => return Err(unknown_handler(vm, errors)),
                }
                i = end;
            }
            out
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let be = codec == Codec::Utf16Be;
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
        Codec::Charmap(i) => charmap_encode(vm, s, i, errors)?,
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let be = codec == Codec::Utf32Be;
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
    })
}

/// Apply a decode error handler to the bytes `b[start..end]`.
fn handle_decode_error(
    vm: &mut Vm,
    out: &mut String,
    codec: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        // 'surrogatepass' only changes how encoded surrogates decode; strings here hold no
        // lone surrogates, so every error it sees is reported as under 'strict' (as CPython
        // does for bytes that are not an encoded surrogate, e.g. json.loads(b'\xff')).
        "strict" | "surrogatepass" => Err(decode_error(vm, codec, b, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

#[inline]
fn is_cont(b: u8) -> bool {
    (0x80..0xc0).contains(&b)
}

/// CPython's UTF-8 decoder state machine on the invalid sequence at `b[s..]`: returns
/// (error length, reason); length 0 never happens.
fn utf8_error_at(b: &[u8], s: usize) -> (usize, &'static str) {
    let end = b.len();
    let ch = b[s];
    let avail = end - s;
    if ch < 0xc2 {
        return (1, "invalid start byte");
    }
    if ch < 0xe0 {
        if avail < 2 {
            return (avail, "unexpected end of data");
        }
        return (1, "invalid continuation byte");
    }
    if ch < 0xf0 {
        let bad2 = |c2: u8| !is_cont(c2) || (if c2 < 0xa0 { ch == 0xe0 } else { ch == 0xed });
        if avail < 3 {
            if avail < 2 {
                return (avail, "unexpected end of data");
            }
            if bad2(b[s + 1]) {
                return (1, "invalid continuation byte");
            }
            return (avail, "unexpected end of data");
        }
        if bad2(b[s + 1]) {
            return (1, "invalid continuation byte");
        }
        return (2, "invalid continuation byte");
    }
    if ch < 0xf5 {
        let bad2 = |c2: u8| !is_cont(c2) || (if c2 < 0x90 { ch == 0xf0 } else { ch == 0xf4 });
        if avail < 4 {
            if avail < 2 {
                return (avail, "unexpected end of data");
            }
            if bad2(b[s + 1]) {
                return (1, "invalid continuation byte");
            }
            if avail < 3 {
                return (avail, "unexpected end of data");
            }
            if !is_cont(b[s + 2]) {
                return (2, "invalid continuation byte");
            }
            return (avail, "unexpected end of data");
        }
        if bad2(b[s + 1]) {
            return (1, "invalid continuation byte");
        }
        if !is_cont(b[s + 2]) {
            return (2, "invalid continuation byte");
        }
        return (3, "invalid continuation byte");
    }
    (1, "invalid start byte")
}

fn decode_utf8(vm: &mut Vm, b: &[u8], codec: &str, errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    loop {
        match std::str::from_utf8(&b[i..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY: from_utf8 validated these bytes.
                out.push_str(unsafe { std::str::from_utf8_unchecked(&b[i..i + good]) });
                let s = i + good;
                let (len, reason) = utf8_error_at(b, s);
                handle_decode_error(vm, &mut out, codec, b, s, s + len, reason, errors)?;
                i = s + len;
            }
        }
    }
}

fn decode_utf16(vm: &mut Vm, b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let mut be = codec == Codec::Utf16Be;
    let mut i = 0;
    if codec == Codec::Utf16 && b.len() >= 2 {
        if b[0] == 0xff && b[1] == 0xfe {
            i = 2;
        } else if b[0] == 0xfe && b[1] == 0xff {
            be = true;
            i = 2;
        }
    }
    // Once the byte order is known (from the BOM, little-endian without one), CPython's
    // decoder names the specific codec in its errors: 'utf-16-le' or 'utf-16-be'.
    let name = if be { "utf-16-be" } else { "utf-16-le" };
    let unit = |j: usize| -> u16 { if be { u16::from_be_bytes([b[j], b[j + 1]]) } else { u16::from_le_bytes([b[j], b[j + 1]]) } };
    let mut out = String::with_capacity(b.len() / 2);
    while i < b.len() {
        if i + 1 >= b.len() {
            handle_decode_error(vm, &mut out, name, b, i, b.len(), "truncated data", errors)?;
            break;
        }
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap());
            i += 2;
            continue;
        }
        if u >= 0xdc00 {
            handle_decode_error(vm, &mut out, name, b, i, i + 2, "illegal encoding", errors)?;
            i += 2;
            continue;
        }
        if i + 3 >= b.len() {
            handle_decode_error(vm, &mut out, name, b, i, b.len(), "unexpected end of data", errors)?;
            break;
        }
        let u2 = unit(i + 2);
        if (0xdc00..0xe000).contains(&u2) {
            let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((u2 as u32) - 0xdc00);
            out.push(char::from_u32(c).unwrap());
            i += 4;
        } else {
            handle_decode_error(vm, &mut out, name, b, i, i + 2, "illegal UTF-16 surrogate", errors)?;
            i += 2;
        }
    }
    Ok(out)
}

fn decode_utf32(vm: &mut Vm, b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let mut be = codec == Codec::Utf32Be;
    let mut i = 0;
    if codec == Codec::Utf32 && b.len() >= 4 {
        if b[..4] == [0xff, 0xfe, 0, 0] {
            i = 4;
        } else if b[..4] == [0, 0, 0xfe, 0xff] {
            be = true;
            i = 4;
        }
    }
    // Once the byte order is known (from the BOM, little-endian without one), CPython's
    // decoder names the specific codec in its errors: 'utf-32-le' or 'utf-32-be'.
    let name = if be { "utf-32-be" } else { "utf-32-le" };
    let mut out = String::with_capacity(b.len() / 4);
    while i < b.len() {
        if i + 3 >= b.len() {
            handle_decode_error(vm, &mut out, name, b, i, b.len(), "truncated data", errors)?;
            break;
        }
        let w = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        let u = if be { u32::from_be_bytes(w) } else { u32::from_le_bytes(w) };
        match char::from_u32(u) {
            Some(c) => out.push(c),
            None => {
                let reason = if (0xd800..0xe000).contains(&u) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                handle_decode_error(vm, &mut out, name, b, i, i + 4, reason, errors)?;
            }
        }
        i += 4;
    }
    Ok(out)
}

/// Decode to a Rust string.
pub fn decode_to_string(vm: &mut Vm, b: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    let Some(codec) = lookup(enc) else { return Err(unknown_encoding(vm, enc)) };
    Ok(match codec {
        Codec::Utf8 => decode_utf8(vm, b, "utf-8", errors)?,
        Codec::Utf8Sig => {
            let b = if b.starts_with(&[0xef, 0xbb, 0xbf]) { &b[3..] } else { b };
            decode_utf8(vm, b, "utf-8", errors)?
        }
        Codec::Ascii => {
            if b.is_ascii() {
                // SAFETY: ASCII is valid UTF-8.
                return Ok(unsafe { std::str::from_utf8_unchecked(b) }.to_string());
            }
            let mut s = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    s.push(c as char);
                } else {
                    handle_decode_error(vm, &mut s, "ascii", b, i, i + 1, "ordinal not in range(128)", errors)?;
                }
            }
            s
        }
        Codec::Latin1 => {
            if b.is_ascii() {
                // SAFETY: ASCII is valid UTF-8.
                return Ok(unsafe { std::str::from_utf8_unchecked(b) }.to_string());
            }
            b.iter().map(|&c| c as char).collect()
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => decode_utf16(vm, b, codec, errors)?,
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => decode_utf32(vm, b, codec, errors)?,
        Codec::Charmap(i) => charmap_decode(vm, b, i, errors)?,
    })
}

/// Decode to a str object.
pub fn decode(vm: &mut Vm, b: &[u8], enc: &str, errors: &str) -> PyResult<Value> {
    if lookup(enc).is_none() {
        return registry_codec(vm, objmodel::alloc::new_bytes(b), enc, errors, false);
    }
    let s = decode_to_string(vm, b, enc, errors)?;
    Ok(pystr::new(&s))
}

/// `str.encode`/`bytes.decode` with an encoding the native codecs do not know: ask the
/// `codecs` registry (`codecs.lookup`, which also finds `idna`, `punycode` and codecs
/// programs register), as CPython's `_PyCodec_EncodeText` does, refusing codecs that are not
/// text encodings and results of the wrong type with CPython's messages.
fn registry_codec(vm: &mut Vm, obj: Value, enc: &str, errors: &str, encoding: bool) -> PyResult<Value> {
    let codecs = crate::import::import_module(vm, "codecs")?;
    let lookup = vm.getattr_str(codecs, "lookup")?;
    let info = vm.call1(lookup, pystr::new(enc))?;
    let (verb, want) = if encoding { ("encode", "bytes") } else { ("decode", "str") };
    let is_text = vm.getattr_str(info, "_is_text_encoding")?;
    if !vm.truthy(is_text)? {
        return Err(vm.new_error(
            vm.rt.exc.lookup_error,
            format!("'{enc}' is not a text encoding; use codecs.{verb}() to handle arbitrary codecs"),
        ));
    }
    let f = vm.getattr_str(info, verb)?;
    let r = vm.call(f, crate::args::Args::new(&[obj, pystr::new(errors)]))?;
    let pair = if crate::objects::tuple::is_tuple(r) { crate::objects::tuple::items(r) } else { &[] };
    let item = match pair {
        [first, _] => *first,
        _ => return Err(vm.type_error(format!("{}r must return a tuple (object, integer)", if encoding { "encode" } else { "decode" }))),
    };
    let ok = if encoding { item.is_ptr() && item.header().kind() == objmodel::Kind::Bytes } else { pystr::as_str(item).is_some() };
    if !ok {
        let kind = if encoding { "encoder" } else { "decoder" };
        return Err(vm.type_error(format!(
            "'{enc}' {kind} returned '{}' instead of '{want}'; use codecs.{verb}() to {verb} to arbitrary types",
            item.class().error_name()
        )));
    }
    Ok(item)
}

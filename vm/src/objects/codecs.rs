//! Text encodings used by `str.encode`, `bytes.decode` and `open()`: utf-8, ascii, latin-1
//! with the error handlers strict, ignore, replace, backslashreplace, surrogateescape-free.

use objmodel::Value;

use crate::error::PyResult;
use crate::objects::str as pystr;
use crate::vm::Vm;

fn norm(enc: &str) -> String {
    enc.to_ascii_lowercase().replace(['_', ' '], "-")
}

pub fn encode(vm: &mut Vm, s: &str, enc: &str, errors: &str) -> PyResult {
    let e = norm(enc);
    let out: Vec<u8> = match e.as_str() {
        "utf-8" | "utf8" => s.as_bytes().to_vec(),
        "ascii" | "us-ascii" | "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            let limit = if e.contains("ascii") { 0x80 } else { 0x100 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                let n = c as u32;
                if n < limit {
                    out.push(n as u8);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push(b'?'),
                    "backslashreplace" => out.extend(crate::builtins::funcs::ascii_escape(&c.to_string()).bytes()),
                    "xmlcharrefreplace" => out.extend(format!("&#{n};").bytes()),
                    _ => {
                        let codec = if limit == 0x80 { "ascii" } else { "latin-1" };
                        return Err(vm.new_error(
                            vm.rt.exc.unicode_encode_error,
                            format!(
                                "'{codec}' codec can't encode character '\\u{n:04x}' in position {i}: ordinal not in range({limit})"
                            ),
                        ));
                    }
                }
            }
            out
        }
        _ => return Err(vm.new_error(vm.rt.exc.lookup_error, format!("unknown encoding: {enc}"))),
    };
    Ok(objmodel::alloc::new_bytes(&out))
}

pub fn decode(vm: &mut Vm, b: &[u8], enc: &str, errors: &str) -> PyResult<Value> {
    let e = norm(enc);
    let s = match e.as_str() {
        "utf-8" | "utf8" | "utf-8-sig" => {
            let b = if e == "utf-8-sig" && b.starts_with(&[0xef, 0xbb, 0xbf]) { &b[3..] } else { b };
            match std::str::from_utf8(b) {
                Ok(s) => s.to_string(),
                Err(err) => match errors {
                    "replace" => String::from_utf8_lossy(b).to_string(),
                    "ignore" => {
                        let lossy = String::from_utf8_lossy(b);
                        lossy.chars().filter(|c| *c != '\u{fffd}').collect()
                    }
                    _ => {
                        let pos = err.valid_up_to();
                        return Err(vm.new_error(
                            vm.rt.exc.unicode_decode_error,
                            format!(
                                "'utf-8' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte",
                                b[pos]
                            ),
                        ));
                    }
                },
            }
        }
        "ascii" | "us-ascii" => {
            let mut s = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    s.push(c as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => s.push('\u{fffd}'),
                        _ => {
                            return Err(vm.new_error(
                                vm.rt.exc.unicode_decode_error,
                                format!("'ascii' codec can't decode byte 0x{c:02x} in position {i}: ordinal not in range(128)"),
                            ));
                        }
                    }
                }
            }
            s
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => b.iter().map(|&c| c as char).collect(),
        _ => return Err(vm.new_error(vm.rt.exc.lookup_error, format!("unknown encoding: {enc}"))),
    };
    Ok(pystr::new(&s))
}

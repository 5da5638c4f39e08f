//! `zlib` (the documented semantics of CPython's zlibmodule): `crc32`, `adler32`,
//! one-shot `compress`/`decompress` and the streaming `compressobj`/`decompressobj` in all
//! three container formats (zlib, raw deflate, gzip, chosen by `wbits` as zlib does), the
//! constants and `zlib.error`.
//!
//! The deflate streams come from `flate2` with its pure-Rust backend (miniz_oxide); the zlib
//! and gzip headers and trailers are written and checked here, so headers, checksums and the
//! error messages for bad headers, checksums and truncation are zlib's. The compressed bytes
//! between them are miniz_oxide's: valid deflate that any inflater reads, but not always
//! byte-identical to C zlib's choice of blocks at the same level.

use std::sync::OnceLock;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};
use num_bigint::BigInt;
use objmodel::Value;

use super::util;
use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::objects::int;
use crate::vm::Vm;

static ERROR: OnceLock<usize> = OnceLock::new();

pub(crate) fn zerr(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    util::raise_kept(vm, &ERROR, vm.rt.exc.runtime_error, msg.into())
}

/// An int argument taken modulo 2**32 (`unsigned_int(bitwise=True)`).
fn u32_bitwise(vm: &mut Vm, v: Value) -> PyResult<u32> {
    if let Some(i) = v.as_small() {
        return Ok(i as u32);
    }
    let iv = vm.index(v)?;
    let b = int::to_bigint(iv).unwrap_or_default() & BigInt::from(u32::MAX);
    Ok(u32::try_from(&b).unwrap_or(0))
}

pub fn adler32_update(mut a: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut s1, mut s2) = (a & 0xffff, a >> 16);
    // 5552 bytes is the longest run whose sums cannot overflow 32 bits (zlib's NMAX).
    for chunk in data.chunks(5552) {
        for &b in chunk {
            s1 += b as u32;
            s2 += s1;
        }
        s1 %= MOD;
        s2 %= MOD;
    }
    a = (s2 << 16) | s1;
    a
}

pub fn crc32_update(value: u32, data: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new_with_initial(value);
    h.update(data);
    h.finalize()
}

fn z_crc32(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "crc32", 1, 2)?;
    let data = util::bytes_like(vm, a.at(0))?;
    let start = match a.get(1) {
        Some(v) => u32_bitwise(vm, v)?,
        None => 0,
    };
    Ok(Value::small(crc32_update(start, &data) as i64))
}

fn z_adler32(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "adler32", 1, 2)?;
    let data = util::bytes_like(vm, a.at(0))?;
    let start = match a.get(1) {
        Some(v) => u32_bitwise(vm, v)?,
        None => 1,
    };
    Ok(Value::small(adler32_update(start, &data) as i64))
}

/// The container a `wbits` value selects.
#[derive(Clone, Copy, PartialEq)]
pub enum Wrap {
    Zlib(u8),
    Raw,
    Gzip,
    /// Decompression only: zlib or gzip, by the magic bytes.
    Auto(u8),
}

/// `wbits` for compression (deflateInit2's checks).
pub fn compress_wrap(wbits: i64) -> Option<Wrap> {
    match wbits {
        8..=15 => Some(Wrap::Zlib(wbits.max(9) as u8)),
        -15..=-9 => Some(Wrap::Raw),
        25..=31 => Some(Wrap::Gzip),
        _ => None,
    }
}

/// `wbits` for decompression (inflateInit2's checks; 0 means "the header's window").
pub fn decompress_wrap(wbits: i64) -> Option<Wrap> {
    match wbits {
        0 | 8..=15 => Some(Wrap::Zlib(wbits as u8)),
        -15..=-8 => Some(Wrap::Raw),
        16 | 24..=31 => Some(Wrap::Gzip),
        32 | 40..=47 => Some(Wrap::Auto((wbits - 32) as u8)),
        _ => None,
    }
}

pub fn level_ok(level: i64) -> Option<u32> {
    match level {
        -1 => Some(6),
        0..=9 => Some(level as u32),
        _ => None,
    }
}

/// The header zlib writes for this container and level.
pub fn header(wrap: Wrap, level: u32) -> Vec<u8> {
    match wrap {
        Wrap::Zlib(w) => {
            let cmf = ((w as u32 - 8) << 4) | 8;
            let lflags = match level {
                0 | 1 => 0,
                2..=5 => 1,
                6 => 2,
                _ => 3,
            };
            let mut flg = lflags << 6;
            flg += 31 - ((cmf << 8) + flg) % 31;
            vec![cmf as u8, flg as u8]
        }
        Wrap::Gzip => {
            let xfl = if level == 9 { 2 } else if level < 2 { 4 } else { 0 };
            vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
        }
        Wrap::Raw | Wrap::Auto(_) => Vec::new(),
    }
}

/// Raw deflate of all of `data` through `c`, appended to `out`. Without `Finish`, one call
/// that consumed the last input and left room in `out` has also completed the flush (asking
/// again would only add another empty sync block); `Finish` runs until the stream ends.
pub fn deflate_into(c: &mut Compress, data: &[u8], out: &mut Vec<u8>, flush: FlushCompress) {
    let start_in = c.total_in();
    loop {
        let done = (c.total_in() - start_in) as usize;
        if out.capacity() - out.len() < 64 {
            out.reserve(out.capacity().max(256));
        }
        let before = (c.total_in(), c.total_out());
        let st = c.compress_vec(&data[done..], out, flush);
        let progressed = before != (c.total_in(), c.total_out());
        let all_in = (c.total_in() - start_in) as usize == data.len();
        let room = out.len() < out.capacity();
        match st {
            Ok(Status::StreamEnd) => return,
            Ok(_) if flush != FlushCompress::Finish && all_in && room => return,
            Ok(_) if !progressed && room => return,
            Ok(_) => {}
            // The backend reports errors only for misuse (a finished stream): nothing to add.
            Err(_) => return,
        }
    }
}

/// The trailer zlib writes after the deflate data.
pub fn trailer(wrap: Wrap, crc: u32, adler: u32, len: u64) -> Vec<u8> {
    match wrap {
        Wrap::Zlib(_) => adler.to_be_bytes().to_vec(),
        Wrap::Gzip => {
            let mut t = crc.to_le_bytes().to_vec();
            t.extend_from_slice(&(len as u32).to_le_bytes());
            t
        }
        Wrap::Raw | Wrap::Auto(_) => Vec::new(),
    }
}

fn z_compress(vm: &mut Vm, a: Args) -> PyResult {
    let [data, level, wbits] = a.bind(vm, "compress", ["data", "level", "wbits"], 3, 1)?;
    if a.kw("data").is_some() {
        return Err(vm.type_error("compress() got some positional-only arguments passed as keyword arguments: 'data'"));
    }
    let data = util::bytes_like(vm, data)?;
    let level = if level.is_null() { -1 } else { vm.index_value(level)? };
    let wbits = if wbits.is_null() { 15 } else { vm.index_value(wbits)? };
    let (Some(lv), Some(wrap)) = (level_ok(level), compress_wrap(wbits)) else {
        return Err(zerr(vm, "Bad compression level"));
    };
    if let Some(mut z) = super::zlib_sys::SysDeflate::new(lv as i32, wbits as i32, 8, 0) {
        // The system zlib: CPython's bytes (zlib_sys.rs).
        return match z.run(&data, super::zlib_sys::Z_FINISH) {
            Ok(out) => Ok(objmodel::alloc::new_bytes(&out)),
            Err(e) => Err(zerr(vm, format!("Error {e} while compressing data"))),
        };
    }
    let mut out = header(wrap, lv);
    let mut c = Compress::new(Compression::new(lv), false);
    deflate_into(&mut c, &data, &mut out, FlushCompress::Finish);
    out.extend(trailer(wrap, crc32_update(0, &data), adler32_update(1, &data), data.len() as u64));
    Ok(objmodel::alloc::new_bytes(&out))
}

/// Why an inflation failed: zlib's code and message.
pub enum InflateError {
    Data(&'static str),
    Truncated,
    NeedDict,
}

/// The length of the zlib/gzip header at the start of `d`, or the error zlib reports.
pub fn parse_header(d: &[u8], wrap: Wrap) -> Result<(usize, Wrap), InflateError> {
    match wrap {
        Wrap::Raw => Ok((0, Wrap::Raw)),
        Wrap::Auto(w) => {
            if d.len() < 2 {
                return Err(InflateError::Truncated);
            }
            parse_header(d, if d[..2] == [0x1f, 0x8b] { Wrap::Gzip } else { Wrap::Zlib(w) })
        }
        Wrap::Zlib(w) => {
            if d.len() < 2 {
                return Err(InflateError::Truncated);
            }
            let (cmf, flg) = (d[0] as u32, d[1] as u32);
            if ((cmf << 8) | flg) % 31 != 0 {
                return Err(InflateError::Data("incorrect header check"));
            }
            if cmf & 0x0f != 8 {
                return Err(InflateError::Data("unknown compression method"));
            }
            let win = (cmf >> 4) + 8;
            if win > 15 || (w != 0 && win > w as u32) {
                return Err(InflateError::Data("invalid window size"));
            }
            if flg & 0x20 != 0 {
                return Err(InflateError::NeedDict);
            }
            Ok((2, wrap))
        }
        Wrap::Gzip => {
            if d.len() < 10 {
                return Err(if d.len() >= 2 && d[..2] != [0x1f, 0x8b] {
                    InflateError::Data("incorrect header check")
                } else {
                    InflateError::Truncated
                });
            }
            if d[..2] != [0x1f, 0x8b] {
                return Err(InflateError::Data("incorrect header check"));
            }
            if d[2] != 8 {
                return Err(InflateError::Data("unknown compression method"));
            }
            let flags = d[3];
            if flags & 0xe0 != 0 {
                return Err(InflateError::Data("unknown header flags set"));
            }
            let mut i = 10;
            if flags & 4 != 0 {
                let n = *d.get(i).ok_or(InflateError::Truncated)? as usize
                    | (*d.get(i + 1).ok_or(InflateError::Truncated)? as usize) << 8;
                i += 2 + n;
            }
            for bit in [8u8, 16] {
                if flags & bit != 0 {
                    let z = d.get(i..).and_then(|r| r.iter().position(|&b| b == 0)).ok_or(InflateError::Truncated)?;
                    i += z + 1;
                }
            }
            if flags & 2 != 0 {
                i += 2;
            }
            if i > d.len() {
                return Err(InflateError::Truncated);
            }
            Ok((i, Wrap::Gzip))
        }
    }
}

/// Check the trailer after `body` (the inflated bytes) at `d[at..]`; Ok(trailer length).
pub fn check_trailer(d: &[u8], at: usize, wrap: Wrap, body: &[u8]) -> Result<usize, InflateError> {
    let rest = d.get(at..).unwrap_or(&[]);
    match wrap {
        Wrap::Zlib(_) => {
            if rest.len() < 4 {
                return Err(InflateError::Truncated);
            }
            if rest[..4] != adler32_update(1, body).to_be_bytes() {
                return Err(InflateError::Data("incorrect data check"));
            }
            Ok(4)
        }
        Wrap::Gzip => {
            if rest.len() < 8 {
                return Err(InflateError::Truncated);
            }
            if rest[..4] != crc32_update(0, body).to_le_bytes() {
                return Err(InflateError::Data("incorrect data check"));
            }
            if rest[4..8] != (body.len() as u32).to_le_bytes() {
                return Err(InflateError::Data("incorrect length check"));
            }
            Ok(8)
        }
        _ => Ok(0),
    }
}

/// Inflate raw deflate data from `d` through `z`, appending to `out`, until the stream ends
/// (Ok(true)), the input runs out (Ok(false)) or `limit` output bytes were produced.
pub fn inflate_into(z: &mut Decompress, d: &[u8], out: &mut Vec<u8>, limit: Option<usize>) -> Result<bool, InflateError> {
    let start_in = z.total_in();
    let goal = limit.unwrap_or(usize::MAX);
    loop {
        let done = (z.total_in() - start_in) as usize;
        if out.len() >= goal {
            return Ok(false);
        }
        if out.capacity() == out.len() {
            let more = out.capacity().max(256).min(goal - out.len());
            out.reserve_exact(more);
        }
        let before = (z.total_in(), z.total_out());
        match z.decompress_vec(&d[done..], out, FlushDecompress::None) {
            Ok(Status::StreamEnd) => return Ok(true),
            Ok(_) => {
                let progressed = before != (z.total_in(), z.total_out());
                if !progressed && out.len() < out.capacity() {
                    return Ok(false);
                }
            }
            Err(_) => return Err(InflateError::Data("invalid block type")),
        }
    }
}

pub fn inflate_err(vm: &mut Vm, e: InflateError) -> PyErr {
    match e {
        InflateError::Data(m) => zerr(vm, format!("Error -3 while decompressing data: {m}")),
        InflateError::Truncated => zerr(vm, "Error -5 while decompressing data: incomplete or truncated stream"),
        InflateError::NeedDict => zerr(vm, "Error 2 while decompressing data"),
    }
}

fn decompress_all(d: &[u8], wrap: Wrap) -> Result<Vec<u8>, InflateError> {
    let (h, wrap) = parse_header(d, wrap)?;
    let mut z = Decompress::new(false);
    let mut out = Vec::with_capacity(d.len().saturating_mul(3).max(64));
    let body = &d[h..];
    if !inflate_into(&mut z, body, &mut out, None)? {
        return Err(InflateError::Truncated);
    }
    check_trailer(body, z.total_in() as usize, wrap, &out)?;
    Ok(out)
}

fn z_decompress(vm: &mut Vm, a: Args) -> PyResult {
    let [data, wbits, bufsize] = a.bind(vm, "decompress", ["data", "wbits", "bufsize"], 3, 1)?;
    let data = util::bytes_like(vm, data)?;
    let wbits = if wbits.is_null() { 15 } else { vm.index_value(wbits)? };
    if !bufsize.is_null() && vm.index_value(bufsize)? < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    let Some(wrap) = decompress_wrap(wbits) else {
        return Err(zerr(vm, "Error -2 while preparing to decompress data: inconsistent stream state"));
    };
    match decompress_all(&data, wrap) {
        Ok(out) => Ok(objmodel::alloc::new_bytes(&out)),
        Err(e) => Err(inflate_err(vm, e)),
    }
}

const PY: &str = r#"
class error(Exception):
    pass
error.__module__ = 'zlib'
"#;

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = util::new_module("zlib");
    util::funcs(
        d,
        &[
            ("crc32", z_crc32),
            ("adler32", z_adler32),
            ("compress", z_compress),
            ("decompress", z_decompress),
            ("compressobj", super::zstream::compressobj),
            ("decompressobj", super::zstream::decompressobj),
        ],
    );
    let consts: [(&str, i64); 20] = [
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", 16384),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    for (n, v) in consts {
        util::set(d, n, Value::small(v));
    }
    for n in ["ZLIB_VERSION", "ZLIB_RUNTIME_VERSION"] {
        util::set(d, n, crate::objects::str::new("1.2.13"));
    }
    util::exec_in(vm, d, PY, "<zlib>")?;
    util::keep_class(d, "error", &ERROR);
    Ok(m)
}

//! `zlib.compressobj` / `zlib.decompressobj`: the streaming `Compress` and `Decompress`
//! objects. Each is a group-B `Cell` holding the flate2 stream and the container state (header
//! written or parsed, running checksums, trailer bytes seen so far), so one object used from
//! several threads is serialised by its mutex. The states hold no Values. Compression uses the
//! system zlib when it can be loaded (zlib_sys.rs), for CPython's exact bytes.

use std::sync::OnceLock;

use flate2::{Compress, Compression, Decompress, FlushCompress};
use objmodel::Value;

use super::util;
use super::zlib::{
    InflateError, Wrap, adler32_update, compress_wrap, crc32_update, decompress_wrap, deflate_into, header,
    inflate_err, inflate_into, level_ok, parse_header, trailer, zerr,
};
use crate::args::Args;
use crate::error::PyResult;
use crate::stdlib::modules_b::b::{self as nat, Trace};
use crate::vm::Vm;

pub struct ZComp {
    /// The system zlib's stream when it is available (zlib_sys.rs); then `c` and the
    /// container fields below are unused: zlib writes the header and trailer itself.
    sys: Option<super::zlib_sys::SysDeflate>,
    c: Compress,
    wrap: Wrap,
    level: u32,
    started: bool,
    finished: bool,
    crc: u32,
    adler: u32,
    len: u64,
}
impl Trace for ZComp {
    fn trace(&self, _f: &mut dyn FnMut(Value)) {}
}

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Header,
    Body,
    Trailer,
    Done,
}

pub struct ZDecomp {
    z: Decompress,
    wrap: Wrap,
    phase: Phase,
    /// Input zlib has taken in but that could not be used yet (a partial header or trailer).
    pending: Vec<u8>,
    crc: u32,
    adler: u32,
    len: u64,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
}
impl Trace for ZDecomp {
    fn trace(&self, _f: &mut dyn FnMut(Value)) {}
}

static TYPES: OnceLock<(usize, usize)> = OnceLock::new();

fn types() -> (&'static objmodel::TypeObj, &'static objmodel::TypeObj) {
    let (c, d) = *TYPES.get().expect("zlib types");
    (crate::objects::type_::as_type(Value::from_raw(c)), crate::objects::type_::as_type(Value::from_raw(d)))
}

fn ensure_types() {
    use crate::objects::define::{getset, method};
    let mut first = false;
    TYPES.get_or_init(|| {
        first = true;
        (nat::new_type("Compress", "zlib").as_value().raw(), nat::new_type("Decompress", "zlib").as_value().raw())
    });
    if first {
        let (c, d) = types();
        nat::set_new(c, no_new);
        nat::set_new(d, no_new);
        method(c, "compress", c_compress);
        method(c, "flush", c_flush);
        nat::finish(c);
        method(d, "decompress", d_decompress);
        method(d, "flush", d_flush);
        getset(d, "unused_data", d_unused_data, None);
        getset(d, "unconsumed_tail", d_unconsumed_tail, None);
        getset(d, "eof", d_eof, None);
        nat::finish(d);
    }
}

fn no_new(vm: &mut Vm, a: Args) -> PyResult {
    let n = a.get(0).map(|t| crate::objects::type_::as_type(t).name_str().to_string()).unwrap_or_default();
    Err(vm.type_error(format!("cannot create 'zlib.{n}' instances")))
}

fn opt_int(vm: &mut Vm, v: Value, default: i64) -> PyResult<i64> {
    if v.is_null() { Ok(default) } else { vm.index_value(v) }
}

fn no_zdict(vm: &mut Vm, zdict: Value) -> PyResult<()> {
    if zdict.is_null() || zdict.is_none() || util::buffer_bytes(zdict).is_some_and(|b| b.is_empty()) {
        return Ok(());
    }
    Err(vm.new_error(vm.rt.exc.not_implemented_error, "zdict is not supported by this zlib (pyrs-nogil)"))
}

pub fn compressobj(vm: &mut Vm, a: Args) -> PyResult {
    let [level, method, wbits, mem, strategy, zdict] =
        a.bind(vm, "compressobj", ["level", "method", "wbits", "memLevel", "strategy", "zdict"], 6, 0)?;
    let level = opt_int(vm, level, -1)?;
    let method = opt_int(vm, method, 8)?;
    let wbits = opt_int(vm, wbits, 15)?;
    let mem = opt_int(vm, mem, 8)?;
    let strategy = opt_int(vm, strategy, 0)?;
    no_zdict(vm, zdict)?;
    let (Some(lv), Some(wrap)) = (level_ok(level), compress_wrap(wbits)) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    if method != 8 || !(1..=9).contains(&mem) || !(0..=4).contains(&strategy) {
        return Err(vm.value_error("Invalid initialization option"));
    }
    ensure_types();
    let st = ZComp {
        sys: super::zlib_sys::SysDeflate::new(lv as i32, wbits as i32, mem as i32, strategy as i32),
        c: Compress::new(Compression::new(lv), false),
        wrap,
        level: lv,
        started: false,
        finished: false,
        crc: 0,
        adler: 1,
        len: 0,
    };
    Ok(nat::new_obj(types().0, st))
}

fn comp(vm: &mut Vm, a: &Args) -> PyResult<&'static nat::Cell<ZComp>> {
    nat::this::<ZComp>(vm, a.get(0), "zlib.Compress")
}

fn run_compress(g: &mut ZComp, data: &[u8], flush: FlushCompress) -> Vec<u8> {
    if let Some(z) = &mut g.sys {
        let f = match flush {
            FlushCompress::None => super::zlib_sys::Z_NO_FLUSH,
            FlushCompress::Partial => 1,
            FlushCompress::Sync => 2,
            FlushCompress::Full => 3,
            _ => super::zlib_sys::Z_FINISH,
        };
        // Errors come only from a misused stream, which the callers' `finished` checks rule out.
        return z.run(data, f).unwrap_or_default();
    }
    let mut out = if g.started { Vec::new() } else { header(g.wrap, g.level) };
    g.started = true;
    g.crc = crc32_update(g.crc, data);
    g.adler = adler32_update(g.adler, data);
    g.len += data.len() as u64;
    deflate_into(&mut g.c, data, &mut out, flush);
    out
}

fn c_compress(vm: &mut Vm, a: Args) -> PyResult {
    let c = comp(vm, &a)?;
    a.rest().check(vm, "compress", 1, 1)?;
    let data = util::bytes_like(vm, a.at(1))?;
    let mut g = c.lock();
    if g.finished {
        drop(g);
        return Err(zerr(vm, "Error -2 while compressing data: inconsistent stream state"));
    }
    let out = run_compress(&mut g, &data, FlushCompress::None);
    drop(g);
    Ok(objmodel::alloc::new_bytes(&out))
}

fn c_flush(vm: &mut Vm, a: Args) -> PyResult {
    let c = comp(vm, &a)?;
    a.rest().check(vm, "flush", 0, 1)?;
    let mode = match a.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 4,
    };
    let flush = match mode {
        0 => return Ok(objmodel::alloc::new_bytes(b"")),
        1 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => return Err(zerr(vm, "Error -2 while flushing: inconsistent stream state")),
    };
    let mut g = c.lock();
    if g.finished {
        drop(g);
        return Err(zerr(vm, "Error -2 while flushing: inconsistent stream state"));
    }
    let mut out = run_compress(&mut g, &[], flush);
    if mode == 4 {
        g.finished = true;
        if g.sys.is_none() {
            out.extend(trailer(g.wrap, g.crc, g.adler, g.len));
        }
    }
    drop(g);
    Ok(objmodel::alloc::new_bytes(&out))
}

pub fn decompressobj(vm: &mut Vm, a: Args) -> PyResult {
    let [wbits, zdict] = a.bind(vm, "decompressobj", ["wbits", "zdict"], 2, 0)?;
    let wbits = opt_int(vm, wbits, 15)?;
    no_zdict(vm, zdict)?;
    let Some(wrap) = decompress_wrap(wbits) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    ensure_types();
    let st = ZDecomp {
        z: Decompress::new(false),
        wrap,
        phase: if wrap == Wrap::Raw { Phase::Body } else { Phase::Header },
        pending: Vec::new(),
        crc: 0,
        adler: 1,
        len: 0,
        unused_data: Vec::new(),
        unconsumed_tail: Vec::new(),
    };
    Ok(nat::new_obj(types().1, st))
}

fn decomp(vm: &mut Vm, a: &Args) -> PyResult<&'static nat::Cell<ZDecomp>> {
    nat::this::<ZDecomp>(vm, a.get(0), "zlib.Decompress")
}

/// Feed `data` to the stream; at most `limit` bytes of output (unused input then goes to
/// `unconsumed_tail`).
fn feed(g: &mut ZDecomp, data: &[u8], limit: Option<usize>) -> Result<Vec<u8>, InflateError> {
    let mut out = Vec::new();
    g.unconsumed_tail.clear();
    if g.phase == Phase::Done {
        g.unused_data.extend_from_slice(data);
        return Ok(out);
    }
    let mut buf = std::mem::take(&mut g.pending);
    buf.extend_from_slice(data);
    let mut at = 0;
    if g.phase == Phase::Header {
        match parse_header(&buf, g.wrap) {
            Ok((h, w)) => {
                g.wrap = w;
                at = h;
                g.phase = Phase::Body;
            }
            Err(InflateError::Truncated) => {
                g.pending = buf;
                return Ok(out);
            }
            Err(e) => return Err(e),
        }
    }
    if g.phase == Phase::Body {
        let before = g.z.total_in();
        let ended = inflate_into(&mut g.z, &buf[at..], &mut out, limit)?;
        at += (g.z.total_in() - before) as usize;
        g.crc = crc32_update(g.crc, &out);
        g.adler = adler32_update(g.adler, &out);
        g.len += out.len() as u64;
        if !ended {
            g.unconsumed_tail = buf[at..].to_vec();
            return Ok(out);
        }
        g.phase = Phase::Trailer;
    }
    if g.phase == Phase::Trailer {
        let rest = &buf[at..];
        let expect = trailer(g.wrap, g.crc, g.adler, g.len);
        if rest.len() < expect.len() {
            g.pending = rest.to_vec();
            return Ok(out);
        }
        match g.wrap {
            Wrap::Zlib(_) if rest[..4] != expect[..] => return Err(InflateError::Data("incorrect data check")),
            Wrap::Gzip if rest[..4] != expect[..4] => return Err(InflateError::Data("incorrect data check")),
            Wrap::Gzip if rest[4..8] != expect[4..] => return Err(InflateError::Data("incorrect length check")),
            _ => {}
        }
        g.phase = Phase::Done;
        g.unused_data = rest[expect.len()..].to_vec();
    }
    Ok(out)
}

fn d_decompress(vm: &mut Vm, a: Args) -> PyResult {
    let d = decomp(vm, &a)?;
    let [data, max_length] = a.rest().bind(vm, "decompress", ["data", "max_length"], 2, 1)?;
    let data = util::bytes_like(vm, data)?;
    let ml = opt_int(vm, max_length, 0)?;
    if ml < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    let r = feed(&mut d.lock(), &data, if ml == 0 { None } else { Some(ml as usize) });
    match r {
        Ok(out) => Ok(objmodel::alloc::new_bytes(&out)),
        Err(e) => Err(inflate_err(vm, e)),
    }
}

fn d_flush(vm: &mut Vm, a: Args) -> PyResult {
    let d = decomp(vm, &a)?;
    a.rest().check(vm, "flush", 0, 1)?;
    if let Some(v) = a.get(1)
        && vm.index_value(v)? <= 0
    {
        return Err(vm.value_error("length must be greater than zero"));
    }
    let r = {
        let mut g = d.lock();
        let tail = std::mem::take(&mut g.unconsumed_tail);
        feed(&mut g, &tail, None)
    };
    match r {
        Ok(out) => Ok(objmodel::alloc::new_bytes(&out)),
        Err(e) => Err(inflate_err(vm, e)),
    }
}

fn d_unused_data(vm: &mut Vm, a: Args) -> PyResult {
    let d = decomp(vm, &a)?;
    let b = d.lock().unused_data.clone();
    Ok(objmodel::alloc::new_bytes(&b))
}

fn d_unconsumed_tail(vm: &mut Vm, a: Args) -> PyResult {
    let d = decomp(vm, &a)?;
    let b = d.lock().unconsumed_tail.clone();
    Ok(objmodel::alloc::new_bytes(&b))
}

fn d_eof(vm: &mut Vm, a: Args) -> PyResult {
    let d = decomp(vm, &a)?;
    let e = d.lock().phase == Phase::Done;
    Ok(objmodel::bool_(e))
}

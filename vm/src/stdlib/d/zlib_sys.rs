//! Compression through the system's zlib (`libz.so.1`), loaded at run time.
//!
//! Inflating is deterministic: any correct decoder gives the same bytes, so decompression stays
//! on flate2's pure-Rust backend. Deflating is not: two correct encoders produce different
//! (equally valid) streams, and programs print compressed sizes, digests of compressed data
//! or the bytes themselves. CPython's `zlib` module is built on the C zlib, so the same
//! library gives byte-for-byte the output CPython gives. The library is opened with `dlopen`
//! on first use (no build-time dependency); where it is missing, or `PYRS_SYSTEM_ZLIB=0`, the
//! caller falls back to flate2 (same format, other bytes).
//!
//! With the system zlib, zlib itself writes the container (zlib or gzip header and trailer,
//! or raw deflate), exactly as `deflateInit2` does for CPython with the same `wbits`.

use std::ffi::{c_char, c_int, c_uint, c_ulong, c_void};
use std::sync::OnceLock;

/// zlib's `z_stream` (zlib.h), on an LP64 platform.
#[repr(C)]
struct ZStream {
    next_in: *const u8,
    avail_in: c_uint,
    total_in: c_ulong,
    next_out: *mut u8,
    avail_out: c_uint,
    total_out: c_ulong,
    msg: *const c_char,
    state: *mut c_void,
    zalloc: *const c_void,
    zfree: *const c_void,
    opaque: *mut c_void,
    data_type: c_int,
    adler: c_ulong,
    reserved: c_ulong,
}

type DeflateInit2 = unsafe extern "C" fn(*mut ZStream, c_int, c_int, c_int, c_int, c_int, *const c_char, c_int) -> c_int;
type Deflate = unsafe extern "C" fn(*mut ZStream, c_int) -> c_int;
type DeflateEnd = unsafe extern "C" fn(*mut ZStream) -> c_int;
type ZlibVersion = unsafe extern "C" fn() -> *const c_char;

struct Lib {
    init2: DeflateInit2,
    deflate: Deflate,
    end: DeflateEnd,
    version: *const c_char,
}

// SAFETY: the function pointers and the static version string of a library that stays loaded
// (never dlclosed) are valid from any thread; zlib's deflate functions are reentrant per stream.
unsafe impl Send for Lib {}
unsafe impl Sync for Lib {}

const Z_OK: c_int = 0;
const Z_STREAM_END: c_int = 1;
const Z_BUF_ERROR: c_int = -5;
/// `flush` values of `deflate`.
pub const Z_NO_FLUSH: c_int = 0;
pub const Z_FINISH: c_int = 4;

static LIB: OnceLock<Option<Lib>> = OnceLock::new();

fn lib() -> Option<&'static Lib> {
    LIB.get_or_init(|| {
        if std::env::var("PYRS_SYSTEM_ZLIB").is_ok_and(|v| v == "0") {
            return None;
        }
        // SAFETY: dlopen/dlsym with NUL-terminated names; each symbol is cast to the signature
        // zlib.h declares for it (zlib's ABI has been stable since 1.0 for these four).
        unsafe {
            let h = libc::dlopen(c"libz.so.1".as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL);
            if h.is_null() {
                return None;
            }
            let sym = |name: &std::ffi::CStr| {
                let p = libc::dlsym(h, name.as_ptr());
                (!p.is_null()).then_some(p)
            };
            let (Some(i), Some(d), Some(e), Some(v)) =
                (sym(c"deflateInit2_"), sym(c"deflate"), sym(c"deflateEnd"), sym(c"zlibVersion"))
            else {
                return None;
            };
            let version = std::mem::transmute::<*mut c_void, ZlibVersion>(v)();
            if version.is_null() || *version != b'1' as c_char {
                return None;
            }
            Some(Lib {
                init2: std::mem::transmute::<*mut c_void, DeflateInit2>(i),
                deflate: std::mem::transmute::<*mut c_void, Deflate>(d),
                end: std::mem::transmute::<*mut c_void, DeflateEnd>(e),
                version,
            })
        }
    })
    .as_ref()
}

/// A deflate stream of the system zlib. Boxed: zlib's state points back at its `z_stream`
/// (and checks it), so the stream never moves.
pub struct SysDeflate {
    strm: Box<ZStream>,
    lib: &'static Lib,
}

// SAFETY: a zlib stream has no thread affinity; every use goes through `&mut self` (the
// Python object holding it serialises callers with its mutex).
unsafe impl Send for SysDeflate {}

impl SysDeflate {
    /// `deflateInit2(level, Z_DEFLATED, wbits, mem_level, strategy)`, or None when the system
    /// zlib is not available or refuses the parameters (the caller checked them already).
    pub fn new(level: i32, wbits: i32, mem_level: i32, strategy: i32) -> Option<SysDeflate> {
        let lib = lib()?;
        let mut strm = Box::new(ZStream {
            next_in: std::ptr::null(),
            avail_in: 0,
            total_in: 0,
            next_out: std::ptr::null_mut(),
            avail_out: 0,
            total_out: 0,
            msg: std::ptr::null(),
            state: std::ptr::null_mut(),
            zalloc: std::ptr::null(),
            zfree: std::ptr::null(),
            opaque: std::ptr::null_mut(),
            data_type: 0,
            adler: 0,
            reserved: 0,
        });
        let size = std::mem::size_of::<ZStream>() as c_int;
        // SAFETY: a zeroed z_stream (zalloc/zfree null: zlib's defaults) and zlib's own version
        // string, as deflateInit2 (a macro over deflateInit2_) passes them.
        let r = unsafe { (lib.init2)(&mut *strm, level, 8, wbits, mem_level, strategy, lib.version, size) };
        (r == Z_OK).then_some(SysDeflate { strm, lib })
    }

    /// Feeds all of `data` and returns what zlib wrote, calling `deflate` exactly as CPython's
    /// `zlib` module does (Modules/zlibmodule.c), since the output of level 0 (stored blocks)
    /// depends on how much room each call has: input in pieces of at most `UINT_MAX` bytes,
    /// all but the last with `Z_NO_FLUSH` and the last with `flush`; per piece, `deflate`
    /// again while it filled the output; output room in CPython's growing blocks
    /// ([`BLOCKS`]: 32 KiB, then 64 KiB, ...), starting afresh at each call. Err is zlib's
    /// error code (`Z_STREAM_ERROR`: a stream used after its end).
    pub fn run(&mut self, data: &[u8], flush: c_int) -> Result<Vec<u8>, i32> {
        let mut out: Vec<u8> = Vec::new();
        let mut block = 0;
        let mut rest = data;
        let mut result = Ok(());
        loop {
            let take = rest.len().min(c_uint::MAX as usize);
            self.strm.next_in = rest.as_ptr();
            self.strm.avail_in = take as c_uint;
            rest = &rest[take..];
            let f = if rest.is_empty() { flush } else { Z_NO_FLUSH };
            loop {
                if self.strm.avail_out == 0 {
                    let size = BLOCKS[block.min(BLOCKS.len() - 1)];
                    block += 1;
                    out.reserve_exact(size);
                    // SAFETY: `size` bytes of spare capacity after `out.len()`.
                    self.strm.next_out = unsafe { out.as_mut_ptr().add(out.len()) };
                    self.strm.avail_out = size as c_uint;
                }
                let before = self.strm.avail_out;
                // SAFETY: an initialised stream; next_in/avail_in describe live input and
                // next_out/avail_out spare capacity of `out`.
                let r = unsafe { (self.lib.deflate)(&mut *self.strm, f) };
                let wrote = (before - self.strm.avail_out) as usize;
                // SAFETY: zlib initialised the `wrote` bytes after `out.len()`.
                unsafe { out.set_len(out.len() + wrote) };
                if r != Z_OK && r != Z_STREAM_END && r != Z_BUF_ERROR {
                    result = Err(r);
                    break;
                }
                if self.strm.avail_out != 0 {
                    break;
                }
            }
            if result.is_err() || rest.is_empty() {
                break;
            }
        }
        // The next call starts a fresh output buffer, as CPython's does.
        self.strm.next_in = std::ptr::null();
        self.strm.avail_in = 0;
        self.strm.next_out = std::ptr::null_mut();
        self.strm.avail_out = 0;
        result.map(|()| out)
    }
}

/// CPython's output block sizes (Include/internal/pycore_blocks_output_buffer.h).
const BLOCKS: [usize; 17] = [
    32 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    16 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    64 << 20,
    64 << 20,
    128 << 20,
    128 << 20,
    256 << 20,
];

impl Drop for SysDeflate {
    fn drop(&mut self) {
        // SAFETY: an initialised stream, ended once.
        unsafe { (self.lib.end)(&mut *self.strm) };
    }
}

//! The text layer of `io`'s files, after CPython 3.11's `TextIOWrapper`: the encoding and
//! error handler (through `objects/codecs.rs`), the newline modes, the `buffer` of a text
//! file, and `TextIOWrapper(buffer, ...)` over a binary file of `io.rs`.
//!
//! Reading: `io.rs` reads a file whole, so a text view decodes the rest of its file at once
//! ([`text_fill`]) into UTF-8 in the same read buffer, translating newlines in universal
//! mode (`newline=None`: "\r\n" and "\r" read as "\n"). With `newline=''` they are kept and
//! a line ends at any of the three; with '\n', '\r' or '\r\n' a line ends at that string
//! only and nothing is translated ([`line_end`]). Writing: "\n" becomes the newline
//! argument when that is '\r' or '\r\n', and the text is encoded ([`TextMode::encode`]).
//! A file whose bytes are already UTF-8 needing no translation keeps its buffer as it is,
//! so `tell()` stays exact for it.

use std::sync::Arc;

use objmodel::{TypeObj, Value};
use parking_lot::Mutex;

use super::io::{Backing, FileState};
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::codecs::{self, Codec};
use crate::objects::str as pystr;
use crate::vm::Vm;

/// A file's text settings and whether its read buffer already holds decoded text.
#[derive(Clone)]
pub struct TextMode {
    /// The encoding as `.encoding` shows it (as given, or the locale's 'UTF-8').
    pub encoding: String,
    pub errors: String,
    /// None: universal newlines; otherwise '', '\n', '\r' or '\r\n'.
    pub newline: Option<String>,
    /// The read buffer holds the decoded, translated text of the rest of the file.
    pub decoded: bool,
    /// `StringIO(newline=None)`: "\r\n" and "\r" are written as "\n".
    pub translate_writes: bool,
    /// The kinds of line ending read so far in universal mode (`newline` None or ''), as
    /// CPython's `IncrementalNewlineDecoder` records them: [`SEEN_LF`], [`SEEN_CR`],
    /// [`SEEN_CRLF`]. `newlines` shows them.
    pub seen_nl: u8,
}

pub const SEEN_LF: u8 = 1;
pub const SEEN_CR: u8 = 2;
pub const SEEN_CRLF: u8 = 4;

/// The line endings in `text`, as [`TextMode::seen_nl`] bits.
pub(super) fn scan_newlines(text: &[u8]) -> u8 {
    let mut seen = 0;
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'\n' => seen |= SEEN_LF,
            b'\r' if text.get(i + 1) == Some(&b'\n') => {
                seen |= SEEN_CRLF;
                i += 1;
            }
            b'\r' => seen |= SEEN_CR,
            _ => {}
        }
        i += 1;
    }
    seen
}

impl TextMode {
    /// The standard streams' settings (newline='\n' as CPython's off Windows: nothing is
    /// translated), also those of memory streams, which ignore them.
    pub fn std_stream() -> TextMode {
        TextMode { encoding: "utf-8".into(), errors: "strict".into(), newline: Some("\n".into()), decoded: false, translate_writes: false, seen_nl: 0 }
    }

    /// The settings of standard stream `fd`: CPython under a UTF-8 C locale (C.UTF-8)
    /// has errors='surrogateescape' on stdin and stdout, 'backslashreplace' on stderr.
    pub fn for_std_fd(fd: i32) -> TextMode {
        let mut m = TextMode::std_stream();
        m.errors = if fd == 2 { "backslashreplace" } else { "surrogateescape" }.into();
        m
    }

    /// The settings named by `open()`'s or `TextIOWrapper()`'s arguments (NULL or None:
    /// the default), with CPython's errors for bad ones.
    pub fn from_args(vm: &mut Vm, encoding: Value, errors: Value, newline: Value, default_enc: &str) -> PyResult<TextMode> {
        let given = |v: Value| !v.is_null() && !v.is_none();
        let encoding = if given(encoding) {
            let e = str_arg(vm, encoding, "encoding")?;
            if codecs::lookup(&e).is_none() {
                return Err(vm.new_error(vm.rt.exc.lookup_error, format!("unknown encoding: {e}")));
            }
            e
        } else {
            default_enc.to_string()
        };
        let errors = if given(errors) { str_arg(vm, errors, "errors")? } else { "strict".to_string() };
        let newline = if given(newline) { Some(newline_arg(vm, newline)?) } else { None };
        Ok(TextMode { encoding, errors, newline, decoded: false, translate_writes: false, seen_nl: 0 })
    }

    /// A StringIO's settings: `newline` NULL is its default '\n'.
    pub fn string_io(vm: &mut Vm, newline: Value) -> PyResult<TextMode> {
        let mut m = TextMode::std_stream();
        if newline.is_null() {
            m.newline = Some("\n".into());
        } else if newline.is_none() {
            m.newline = None;
            m.translate_writes = true;
        } else {
            let n = str_arg(vm, newline, "newline")?;
            if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
                // StringIO's message shows the value's repr, open()'s the value.
                let r = vm.repr_string(newline)?;
                return Err(vm.value_error(format!("illegal newline value: {r}")));
            }
            m.newline = Some(n);
        }
        Ok(m)
    }

    fn codec(&self) -> Codec {
        codecs::lookup(&self.encoding).unwrap_or(Codec::Utf8)
    }

    /// The bytes `write(t)` puts in the file.
    pub fn encode(&self, vm: &mut Vm, t: &str) -> PyResult<Vec<u8>> {
        let translated;
        let t = match self.newline.as_deref() {
            Some(nl @ ("\r" | "\r\n")) if t.contains('\n') => {
                translated = t.replace('\n', nl);
                translated.as_str()
            }
            None if self.translate_writes && t.contains('\r') => {
                translated = t.replace("\r\n", "\n").replace('\r', "\n");
                translated.as_str()
            }
            _ => t,
        };
        match self.codec() {
            Codec::Utf8 => Ok(t.as_bytes().to_vec()),
            c => codecs::encode_to_vec(vm, t, c, &self.errors),
        }
    }
}

fn newline_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    let n = str_arg(vm, v, "newline")?;
    if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
        return Err(vm.value_error(format!("illegal newline value: {n}")));
    }
    Ok(n)
}

fn str_arg(vm: &mut Vm, v: Value, name: &str) -> PyResult<String> {
    match pystr::as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "open() argument '{name}' must be str or None, not {}",
            v.class().error_name()
        ))),
    }
}

/// The error handler to decode with: this runtime's strings hold no lone surrogates, so
/// 'surrogateescape' (the standard streams' handler) decodes an undecodable byte as U+FFFD.
fn decode_errors(errors: &str) -> &str {
    if errors == "surrogateescape" { "replace" } else { errors }
}

/// Make the read buffer of a text view hold the decoded text of the rest of its file.
/// The decoding runs without the state's lock (an error handler may be Python code).
pub(super) fn text_fill(vm: &mut Vm, st: &Arc<Mutex<FileState>>) -> PyResult<()> {
    let (raw, mode) = {
        let mut s = st.lock();
        if s.text.decoded || matches!(s.backing, Backing::Memory) {
            return Ok(());
        }
        s.fill_all();
        let rest = &s.rbuf[s.rpos..];
        let universal = s.text.newline.is_none();
        if matches!(s.text.codec(), Codec::Utf8) && std::str::from_utf8(rest).is_ok() && !(universal && rest.contains(&b'\r')) {
            if universal || s.text.newline.as_deref() == Some("") {
                let seen = scan_newlines(rest);
                s.text.seen_nl |= seen;
            }
            s.text.decoded = true;
            return Ok(());
        }
        (rest.to_vec(), s.text.clone())
    };
    let mut text = codecs::decode_to_string(vm, &raw, &mode.encoding, decode_errors(&mode.errors))?;
    let seen = if matches!(mode.newline.as_deref(), None | Some("")) { scan_newlines(text.as_bytes()) } else { 0 };
    if mode.newline.is_none() && text.contains('\r') {
        text = text.replace("\r\n", "\n").replace('\r', "\n");
    }
    let mut s = st.lock();
    s.text.seen_nl |= seen;
    s.rbuf = text.into_bytes();
    s.rpos = 0;
    s.text.decoded = true;
    Ok(())
}

/// Read from a text view of a memory stream (`TextIOWrapper(io.BytesIO(...))`): a line
/// (`line`), or `n` characters (all when negative), decoded from the stream's bytes at its
/// position, which moves past the bytes consumed.
pub(super) fn memory_text_read(vm: &mut Vm, st: &Arc<Mutex<FileState>>, n: i64, line: bool) -> PyResult<Value> {
    let (pos, raw, mode) = {
        let s = st.lock();
        let pos = s.rpos.min(s.wbuf.len());
        (pos, s.wbuf[pos..].to_vec(), s.text.clone())
    };
    let universal = mode.newline.is_none();
    let chunk = if line { &raw[..line_end(&raw, Some(mode.newline.as_deref().unwrap_or("")))] } else { &raw[..] };
    let decoded = codecs::decode_to_string(vm, chunk, &mode.encoding, decode_errors(&mode.errors))?;
    let (text, used) = if n < 0 || line {
        (decoded, chunk.len())
    } else {
        // The first n characters after translation, and the bytes they came from.
        let mut count = 0usize;
        let mut cut = decoded.len();
        let mut chars = decoded.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if count == n as usize {
                cut = i;
                break;
            }
            if universal && c == '\r' && chars.peek().map(|&(_, d)| d) == Some('\n') {
                chars.next();
            }
            count += 1;
        }
        let prefix = decoded[..cut].to_string();
        let used = match mode.codec() {
            Codec::Utf8 => prefix.len(),
            c => codecs::encode_to_vec(vm, &prefix, c, &mode.errors)?.len(),
        };
        (prefix, used)
    };
    let seen = if matches!(mode.newline.as_deref(), None | Some("")) { scan_newlines(text.as_bytes()) } else { 0 };
    let text = if universal && text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text };
    let mut s = st.lock();
    s.rpos = pos + used;
    s.text.seen_nl |= seen;
    drop(s);
    Ok(pystr::new(&text))
}

/// The length of the first line of `avail` (with its ending) under the newline mode.
pub fn line_end(avail: &[u8], newline: Option<&str>) -> usize {
    let find = |pat: &[u8]| avail.windows(pat.len()).position(|w| w == pat).map(|p| p + pat.len());
    let end = match newline {
        None | Some("\n") => avail.iter().position(|&b| b == b'\n').map(|p| p + 1),
        Some("") => avail.iter().position(|&b| b == b'\n' || b == b'\r').map(|p| {
            if avail[p] == b'\r' && avail.get(p + 1) == Some(&b'\n') { p + 2 } else { p + 1 }
        }),
        Some(nl) => find(nl.as_bytes()),
    };
    end.unwrap_or(avail.len())
}

fn text_state(vm: &mut Vm, a: &Args) -> PyResult<Arc<Mutex<FileState>>> {
    match a.get(0).and_then(super::io::view) {
        Some((st, _)) => Ok(st),
        None => Err(vm.type_error("descriptor requires a file object")),
    }
}

fn t_encoding(vm: &mut Vm, a: Args) -> PyResult {
    let st = text_state(vm, &a)?;
    let e = st.lock().text.encoding.clone();
    Ok(pystr::new(&e))
}

fn t_errors(vm: &mut Vm, a: Args) -> PyResult {
    let st = text_state(vm, &a)?;
    let e = st.lock().text.errors.clone();
    Ok(pystr::new(&e))
}

fn t_line_buffering(vm: &mut Vm, a: Args) -> PyResult {
    let st = text_state(vm, &a)?;
    let tty = matches!(st.lock().backing, Backing::Stdout) && std::io::IsTerminal::is_terminal(&std::io::stdout());
    Ok(objmodel::bool_(tty))
}

/// `.buffer`: a BufferedReader/BufferedWriter over the same state.
fn t_buffer(vm: &mut Vm, a: Args) -> PyResult {
    let st = text_state(vm, &a)?;
    let b = super::io::buffer_of(a.at(0));
    if !b.is_null() {
        return Ok(b);
    }
    let cls: &'static TypeObj = super::io::buffered_class(&st.lock());
    Ok(super::io::new_view(cls, st, true, Value::NULL))
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
/// write_through=False)` over a binary file (`sys.stdin.buffer`, `open(p, 'rb')`).
fn t_new(vm: &mut Vm, a: Args) -> PyResult {
    let [cls, buffer, encoding, errors, newline, _lb, _wt] = a.bind(
        vm,
        "TextIOWrapper",
        ["cls", "buffer", "encoding", "errors", "newline", "line_buffering", "write_through"],
        7,
        2,
    )?;
    let Some((st, _)) = super::io::view(buffer) else {
        return Err(vm.type_error(format!(
            "TextIOWrapper() needs a binary file of this runtime as its buffer, not '{}'",
            buffer.class().error_name()
        )));
    };
    let mut mode = TextMode::from_args(vm, encoding, errors, newline, "UTF-8")?;
    {
        let mut s = st.lock();
        // Text the buffer already decoded stays decoded under the old settings.
        mode.decoded = s.text.decoded;
        s.text = mode;
    }
    let cls = if crate::objects::type_::is_type(cls) { crate::objects::type_::as_type(cls) } else { super::io::text_class() };
    Ok(super::io::new_view(cls, st, false, buffer))
}

/// `reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
/// write_through=None)`: change the text settings (an encoding without errors resets
/// errors to 'strict', as CPython). Buffering is this runtime's own either way.
fn t_reconfigure(vm: &mut Vm, a: Args) -> PyResult {
    let st = text_state(vm, &a)?;
    if a.pos.len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let rest = Args { pos: &a.pos[1..], kwnames: a.kwnames, kwvals: a.kwvals };
    let [encoding, errors, newline, _lb, _wt] = rest.bind(
        vm,
        "reconfigure",
        ["encoding", "errors", "newline", "line_buffering", "write_through"],
        0,
        0,
    )?;
    let given = |v: Value| !v.is_null() && !v.is_none();
    let mut mode = st.lock().text.clone();
    if given(encoding) {
        let e = str_arg(vm, encoding, "encoding")?;
        if codecs::lookup(&e).is_none() {
            return Err(vm.new_error(vm.rt.exc.lookup_error, format!("unknown encoding: {e}")));
        }
        mode.encoding = e;
        if !given(errors) {
            mode.errors = "strict".into();
        }
    }
    if given(errors) {
        mode.errors = str_arg(vm, errors, "errors")?;
    }
    if !newline.is_null() {
        mode.newline = if newline.is_none() { None } else { Some(newline_arg(vm, newline)?) };
    }
    st.lock().text = mode;
    Ok(objmodel::none())
}

/// `newlines`: the line endings read so far (None, one string, or a tuple of them in
/// CPython's order '\r', '\n', '\r\n'); None unless reading in universal mode.
fn t_newlines(vm: &mut Vm, a: Args) -> PyResult {
    let st = text_state(vm, &a)?;
    let seen = {
        let s = st.lock();
        if matches!(s.text.newline.as_deref(), None | Some("")) { s.text.seen_nl } else { 0 }
    };
    let mut names = Vec::new();
    for (bit, name) in [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")] {
        if seen & bit != 0 {
            names.push(pystr::new(name));
        }
    }
    Ok(match names.len() {
        0 => objmodel::none(),
        1 => names[0],
        _ => crate::objects::tuple::new(&names),
    })
}

/// `StringIO.newlines`: the line endings written to it so far, when made with
/// `newline=None` or `''` (CPython's StringIO runs what it is given through a newline
/// decoder then).
pub(super) fn string_io_newlines(vm: &mut Vm, a: Args) -> PyResult {
    t_newlines(vm, a)
}

/// The text-only members of the TextIOWrapper class.
pub fn init_text_type(t: &'static TypeObj) {
    use crate::objects::define::{getset, method_flags};
    getset(t, "encoding", t_encoding, None);
    getset(t, "errors", t_errors, None);
    getset(t, "buffer", t_buffer, None);
    getset(t, "line_buffering", t_line_buffering, None);
    getset(t, "newlines", t_newlines, None);
    crate::objects::define::method(t, "reconfigure", t_reconfigure);
    method_flags(t, "__new__", t_new, 0);
}

//! The abstract half of `io`: `IOBase`, `RawIOBase`, `BufferedIOBase`, `TextIOBase` and
//! `UnsupportedOperation`, written in Python after CPython 3.11's `_pyio` behaviour (the
//! defaults `_io._IOBase` gives subclasses: `closed`/`close`, context manager, iteration
//! by `readline`, `readline`/`read`/`readall` built on `readinto`, and the "unsupported"
//! errors). The concrete native classes of `io.rs` are registered as virtual subclasses,
//! so `isinstance(sys.stdout, io.TextIOBase)` holds as in CPython.

use objmodel::Value;
use std::sync::OnceLock;

use crate::objects::type_;
use crate::error::{PyErr, PyResult};
use crate::vm::Vm;

/// `io.UnsupportedOperation`, once the `io` module has been built.
static UNSUPPORTED: OnceLock<usize> = OnceLock::new();

/// The error the native streams raise for an operation they do not support: CPython's
/// `io.UnsupportedOperation` (an `OSError` and a `ValueError`). Before `io` was imported
/// no program can name that class, so plain `OSError` is indistinguishable.
pub fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    match UNSUPPORTED.get() {
        Some(c) => vm.new_error(type_::as_type(Value::from_raw(*c)), msg),
        None => vm.new_error(vm.rt.exc.os_error, msg),
    }
}

/// Define the abstract classes in the `io` module dict `d` (which already holds the
/// native classes they register).
pub fn install(vm: &mut Vm, d: Value) -> PyResult<()> {
    super::modules_a::util::exec_in(vm, d, PY, "<io>")?;
    if let Some(c) = crate::objects::dict::get_by_name(d, "UnsupportedOperation") {
        if type_::is_type(c) {
            // The class lives in the module dict, which sys.modules keeps alive.
            let _ = UNSUPPORTED.set(c.raw());
        }
    }
    Ok(())
}

const PY: &str = r#"
import abc as _abc

class UnsupportedOperation(OSError, ValueError):
    pass
UnsupportedOperation.__module__ = 'io'


class IOBase(metaclass=_abc.ABCMeta):
    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(8192)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        self._unsupported('readinto')

    def write(self, b):
        self._unsupported('write')


class BufferedIOBase(IOBase):
    def read(self, size=-1):
        self._unsupported('read')

    def read1(self, size=-1):
        self._unsupported('read1')

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')


class TextIOBase(IOBase):
    def read(self, size=-1):
        self._unsupported('read')

    def write(self, s):
        self._unsupported('write')

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def readline(self):
        self._unsupported('readline')

    def detach(self):
        self._unsupported('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


for _c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _c.__module__ = 'io'
TextIOBase.register(StringIO)
TextIOBase.register(TextIOWrapper)
BufferedIOBase.register(BytesIO)
BufferedIOBase.register(BufferedReader)
BufferedIOBase.register(BufferedWriter)
del _c, _abc
"#;

//! Formatting glue between Python objects and `numfmt`: `format(v, spec)` (`__format__` of
//! the built-in types), `str % args`, and error mapping.

use objmodel::{Kind, Value};

use crate::error::{PyErr, PyResult};
use crate::numfmt::{self, CharArg, ErrorKind, FmtError, PercentArg, PercentArgs};
use crate::objects::{dict, float, int, str as pystr, tuple};
use crate::ops::arith::{Num, as_num};
use crate::vm::Vm;

impl Vm {
    /// Map a numfmt error to a Python exception (`pending` holds an exception raised by
    /// Python code during formatting).
    pub fn fmt_err(&mut self, e: FmtError, pending: Option<PyErr>) -> PyErr {
        let ty = match e.kind {
            ErrorKind::ValueError => self.rt.exc.value_error,
            ErrorKind::TypeError => self.rt.exc.type_error,
            ErrorKind::OverflowError => self.rt.exc.overflow_error,
            ErrorKind::MemoryError => self.rt.exc.memory_error,
            ErrorKind::Raised => {
                if let Some(p) = pending {
                    return p;
                }
                self.rt.exc.system_error
            }
        };
        self.new_error(ty, e.message)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: Value) -> PyResult {
        if v.is_small() || !v.class().has_flag(objmodel::types::tflags::HEAPTYPE) {
            if let Some(r) = format_builtin(self, v, spec)? {
                return Ok(r);
            }
        }
        let r = match self.call_method_special(v, self.rt.names.__format__, &[spec])? {
            Some(r) => r,
            None => return Err(self.type_error("object has no __format__")),
        };
        if !pystr::is_str(r) {
            return Err(self.type_error(format!("__format__ must return a str, not {}", r.class().error_name())));
        }
        Ok(r)
    }
}

fn format_builtin(vm: &mut Vm, v: Value, spec: Value) -> PyResult<Option<Value>> {
    let spec_s = pystr::as_str(spec).unwrap_or("");
    if let Some(i) = v.as_small()
        && spec_s.is_empty()
    {
        return Ok(Some(pystr::new(&i.to_string())));
    }
    if pystr::is_str(v) {
        let s = pystr::as_str(v).unwrap();
        if spec_s.is_empty() {
            return Ok(Some(v));
        }
        return numfmt::format_str_with_spec(s, spec_s, "str").map(|r| Some(pystr::new(&r))).map_err(|e| vm.fmt_err(e, None));
    }
    if as_num(v).is_some() {
        return format_number(vm, v, spec).map(Some);
    }
    Ok(None)
}

/// `int.__format__`, `float.__format__`, `complex.__format__`.
pub fn format_number(vm: &mut Vm, v: Value, spec: Value) -> PyResult {
    let spec_s = pystr::as_str(spec).unwrap_or("");
    // An empty spec means str(v) for a subclass (bool, or one with its own __repr__/__str__),
    // as CPython's format_obj.
    if spec_s.is_empty() && !v.is_small() {
        let t = &vm.rt.types;
        let cls = v.class();
        if !(cls.is(t.int) || cls.is(t.float) || cls.is(t.complex)) {
            return vm.str(v);
        }
    }
    let r = match as_num(v) {
        Some(Num::Int(_)) | Some(Num::Big(_)) => {
            if spec_s.is_empty() {
                return Ok(pystr::new(&crate::objects::numbers::int_repr_checked(vm, v)?));
            }
            let b = int::to_bigint(v).unwrap();
            numfmt::format_int_with_spec(&b, spec_s, v.class().name_str())
        }
        Some(Num::Float(f)) => numfmt::format_float_with_spec(f, spec_s, "float"),
        Some(Num::Complex(r, i)) => numfmt::format_complex_with_spec(r, i, spec_s, "complex"),
        None => return Err(vm.type_error("expected a number")),
    };
    r.map(|s| pystr::new(&s)).map_err(|e| vm.fmt_err(e, None))
}

struct Operand<'a> {
    vm: &'a mut Vm,
    args: Value,
    keyed: Vec<Value>,
    pending: Option<PyErr>,
    /// `bytes % args`: %s takes bytes, %r is ascii(), %c takes a byte, keys are bytes.
    bytes: bool,
}

impl Operand<'_> {
    fn get(&self, a: PercentArg) -> Value {
        match a {
            PercentArg::Item(i) => tuple::items(self.args)[i],
            PercentArg::Whole => self.args,
            PercentArg::Keyed(i) => self.keyed[i],
        }
    }
    fn fail(&mut self, e: PyErr) -> FmtError {
        self.pending = Some(e);
        FmtError::raised()
    }
}

impl PercentArgs for Operand<'_> {
    fn tuple_len(&self) -> Option<usize> {
        if tuple::is_tuple(self.args) { Some(tuple::items(self.args).len()) } else { None }
    }
    fn is_mapping(&self) -> bool {
        let a = self.args;
        if !a.is_ptr() || tuple::is_tuple(a) || (!self.bytes && pystr::is_str(a)) {
            return false;
        }
        if self.bytes && crate::objects::bytes::is_bytes_like(a) {
            return false;
        }
        matches!(a.header().kind(), Kind::Dict | Kind::List)
            || crate::objects::type_::lookup(a.class(), self.vm.rt.names.__getitem__).is_some()
    }
    fn lookup(&mut self, key: &str) -> Result<usize, FmtError> {
        let k = if self.bytes {
            objmodel::alloc::new_bytes(&key.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>())
        } else {
            pystr::new(key)
        };
        match self.vm.getitem(self.args, k) {
            Ok(v) => {
                self.keyed.push(v);
                Ok(self.keyed.len() - 1)
            }
            Err(e) => Err(self.fail(e)),
        }
    }
    fn as_exact_int(&mut self, arg: PercentArg) -> Option<num_bigint::BigInt> {
        let v = self.get(arg);
        if int::is_int(v) { int::to_bigint(v) } else { None }
    }
    fn to_str(&mut self, arg: PercentArg) -> Result<String, FmtError> {
        let v = self.get(arg);
        if self.bytes {
            if let Some(d) = crate::objects::bytes::data(v) {
                return Ok(d.iter().map(|&b| b as char).collect());
            }
            let name = self.vm.intern("__bytes__");
            if !pystr::is_str(v) && let Some(f) = self.vm.lookup_type_cached(v.class(), name) {
                let r = crate::ops::call::call_with_self(self.vm, f, v, crate::args::Args::new(&[])).map_err(|e| self.fail(e))?;
                if let Some(d) = crate::objects::bytes::data(r) {
                    return Ok(d.iter().map(|&b| b as char).collect());
                }
                return Err(FmtError::type_error(format!("__bytes__ returned non-bytes (type {})", r.class().error_name())));
            }
            return Err(FmtError::type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                v.class().name_str()
            )));
        }
        self.vm.str_string(v).map_err(|e| self.fail(e))
    }
    fn to_repr(&mut self, arg: PercentArg) -> Result<String, FmtError> {
        if self.bytes {
            return self.to_ascii(arg);
        }
        let v = self.get(arg);
        self.vm.repr_string(v).map_err(|e| self.fail(e))
    }
    fn to_ascii(&mut self, arg: PercentArg) -> Result<String, FmtError> {
        let v = self.get(arg);
        let r = self.vm.repr_string(v).map_err(|e| self.fail(e))?;
        Ok(crate::builtins::funcs::ascii_escape(&r))
    }
    fn to_small_int(&mut self, arg: PercentArg) -> Option<i64> {
        self.get(arg).as_small()
    }
    fn to_int(&mut self, arg: PercentArg, conv: char) -> Result<num_bigint::BigInt, FmtError> {
        let v = self.get(arg);
        if int::is_int(v) {
            return Ok(int::to_bigint(v).unwrap());
        }
        match as_num(v) {
            Some(Num::Float(f)) if !matches!(conv, 'o' | 'x' | 'X') => {
                crate::numeric::arith::trunc_f64(f).map_err(|e| FmtError::new(
                    if e.kind == crate::numeric::MathErrorKind::OverflowError { ErrorKind::OverflowError } else { ErrorKind::ValueError },
                    e.msg.to_string(),
                ))
            }
            _ => {
                let has_index = crate::objects::type_::lookup(v.class(), self.vm.rt.names.__index__).is_some();
                if has_index {
                    let r = self.vm.index(v).map_err(|e| self.fail(e))?;
                    return Ok(int::to_bigint(r).unwrap());
                }
                if !matches!(conv, 'o' | 'x' | 'X')
                    && crate::objects::type_::lookup(v.class(), self.vm.rt.names.__int__).is_some()
                {
                    let r = self.vm.call_method_special(v, self.vm.rt.names.__int__, &[]).map_err(|e| self.fail(e))?;
                    if let Some(r) = r {
                        return Ok(int::to_bigint(r).unwrap_or_default());
                    }
                }
                Err(FmtError::percent_int_required(conv, &v.class().error_name()))
            }
        }
    }
    fn to_float(&mut self, arg: PercentArg) -> Result<f64, FmtError> {
        let v = self.get(arg);
        if let Some(f) = float::as_f64(v) {
            return Ok(f);
        }
        if as_num(v).is_some() || crate::objects::type_::lookup(v.class(), self.vm.rt.names.__float__).is_some() {
            return crate::objects::numbers::to_f64(self.vm, v, false).map_err(|e| self.fail(e));
        }
        Err(FmtError::percent_float_required(&v.class().error_name()))
    }
    fn to_char(&mut self, arg: PercentArg) -> Result<Option<CharArg>, FmtError> {
        let v = self.get(arg);
        if self.bytes {
            if let Some(d) = crate::objects::bytes::data(v) {
                if d.len() == 1 {
                    return Ok(Some(CharArg::Str((d[0] as char).to_string())));
                }
            } else if int::is_int(v) || (!pystr::is_str(v) && crate::objects::type_::lookup(v.class(), self.vm.rt.names.__index__).is_some()) {
                let r = self.vm.index(v).map_err(|e| self.fail(e))?;
                let n = int::to_i64(r).unwrap_or(-1);
                if !(0..256).contains(&n) {
                    return Err(FmtError::overflow("%c arg not in range(256)"));
                }
                return Ok(Some(CharArg::Str((n as u8 as char).to_string())));
            }
            return Err(FmtError::type_error("%c requires an integer in range(256) or a single byte"));
        }
        if let Some(s) = pystr::as_str(v) {
            return Ok(Some(CharArg::Str(s.to_string())));
        }
        if int::is_int(v) {
            return Ok(Some(CharArg::Int(int::to_bigint(v).unwrap())));
        }
        Ok(None)
    }
}

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult {
    let f = pystr::as_str(fmt).unwrap_or("");
    let mut op = Operand { vm, args, keyed: Vec::new(), pending: None, bytes: false };
    let r = numfmt::percent_format(f, &mut op);
    let pending = op.pending.take();
    match r {
        Ok(s) => Ok(pystr::new(&s)),
        Err(e) => Err(vm.fmt_err(e, pending)),
    }
}

/// `fmt % args` for bytes: `fmt` holds the format bytes as latin-1 characters; returns bytes.
pub fn bytes_percent_format(vm: &mut Vm, fmt: &str, args: Value) -> PyResult<Vec<u8>> {
    let mut op = Operand { vm, args, keyed: Vec::new(), pending: None, bytes: true };
    let r = numfmt::percent_format(fmt, &mut op);
    let pending = op.pending.take();
    match r {
        Ok(s) => Ok(s.chars().map(|c| c as u32 as u8).collect()),
        Err(mut e) => {
            if e.message == "not all arguments converted during string formatting" {
                e.message = "not all arguments converted during bytes formatting".to_string();
            }
            Err(vm.fmt_err(e, pending))
        }
    }
}

/// `str.format(*args, **kwargs)` implemented over numfmt's markup parser.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: Value) -> PyResult<String> {
    crate::objects::str_format_markup::render(vm, fmt, Some(args), kwargs, 2)
}

#[allow(dead_code)]
fn _unused(d: Value) -> Option<Value> {
    dict::get_by_name(d, "")
}

//! Binary operators: native fast paths for built-in operands, then CPython's protocol
//! (Objects/abstract.c `binary_op1`): `a.__op__(b)`, then `b.__rop__(a)` — the reflected
//! method first when `type(b)` is a proper subclass of `type(a)` overriding it.

use objmodel::types::tflags;
use objmodel::{Kind, Value};

use super::arith::{as_num, int_op_small, num_binop};
use crate::args::Args;
use crate::bytecode::BinOp;
use crate::error::PyResult;
use crate::objects::{list, str as pystr, tuple, type_};
use crate::ops::call::call_with_self;
use crate::vm::Vm;

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
    }
}

/// The augmented-assignment spelling of `op` (`+=`), as CPython names it in errors.
pub fn inplace_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+=",
        BinOp::Sub => "-=",
        BinOp::Mul => "*=",
        BinOp::MatMul => "@=",
        BinOp::TrueDiv => "/=",
        BinOp::FloorDiv => "//=",
        BinOp::Mod => "%=",
        BinOp::Pow => "**=",
        BinOp::LShift => "<<=",
        BinOp::RShift => ">>=",
        BinOp::And => "&=",
        BinOp::Or => "|=",
        BinOp::Xor => "^=",
    }
}

pub fn op_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

pub const ALL_OPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::MatMul,
    BinOp::TrueDiv,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
];

/// The native implementation of `a op b` for built-in types (used by the fast path and by the
/// built-in types' `__op__` methods). None = NotImplemented.
pub fn native_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor)
        && (a.is_true_obj() || a.is_false_obj())
        && (b.is_true_obj() || b.is_false_obj())
    {
        let (p, q) = (a.is_true_obj(), b.is_true_obj());
        return Ok(Some(objmodel::bool_(match op {
            BinOp::And => p & q,
            BinOp::Or => p | q,
            _ => p ^ q,
        })));
    }
    if let Some(v) = crate::objects::int_fast::binop(op, a, b) {
        return Ok(Some(v));
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return num_binop(vm, op, &x, &y);
    }
    if !a.is_ptr() {
        // small int with a non-number
        if op == BinOp::Mul {
            return seq_repeat(vm, b, a);
        }
        return Ok(None);
    }
    match (a.header().kind(), op) {
        (Kind::Str, BinOp::Add) if pystr::is_str(b) => Ok(Some(pystr::concat(a, b))),
        (Kind::Str, BinOp::Mod) => crate::objects::str_format::percent_format(vm, a, b).map(Some),
        (Kind::Bytes | Kind::ByteArray, BinOp::Mod) => crate::objects::bytes::percent_format(vm, a, b).map(Some),
        (Kind::List, BinOp::Add) if list::is_list(b) => {
            let mut v = list::to_vec(a);
            v.extend(list::to_vec(b));
            Ok(Some(list::new_list(&v)))
        }
        (Kind::Tuple, BinOp::Add) if tuple::is_tuple(b) => {
            let mut v = tuple::items(a).to_vec();
            v.extend_from_slice(tuple::items(b));
            Ok(Some(tuple::new(&v)))
        }
        (Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray, BinOp::Mul) => seq_repeat(vm, a, b),
        (k, BinOp::Mul) if as_num(a).is_some() && matches!(b.header().kind(), Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray) => {
            let _ = k;
            seq_repeat(vm, b, a)
        }
        (Kind::Bytes | Kind::ByteArray, BinOp::Add) => crate::objects::bytes::concat(vm, a, b),
        (_, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor)
            if crate::objects::dict_methods::is_setlike_view(a) || crate::objects::dict_methods::is_setlike_view(b) =>
        {
            crate::objects::dict_methods::view_binop(vm, op, a, b)
        }
        (Kind::Set | Kind::FrozenSet, BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor) => {
            crate::objects::set::set_binop(vm, op, a, b)
        }
        (_, BinOp::Or) if crate::objects::type_::is_type(a) || crate::objects::type_::is_type(b) => {
            let r = crate::objects::type_attrs::union_or(vm, a, b)?;
            Ok(if r.is(objmodel::not_implemented()) { None } else { Some(r) })
        }
        (_, BinOp::Or) if crate::objects::mappingproxy::is_proxy(a) || crate::objects::mappingproxy::is_proxy(b) => {
            // mappingproxy_or: `mapping | other` on the proxied mappings.
            let unwrap = |v: Value| if crate::objects::mappingproxy::is_proxy(v) { crate::objects::mappingproxy::mapping(v) } else { v };
            vm.binary_op(op, unwrap(a), unwrap(b)).map(Some)
        }
        (Kind::Dict, BinOp::Or) if crate::objects::dict::is_dict(b) => {
            let d = crate::objects::dict::copy(a);
            for (k, v) in crate::objects::dict::items(b) {
                crate::objects::dict::set(vm, d, k, v)?;
            }
            Ok(Some(d))
        }
        _ => Ok(None),
    }
}

fn seq_repeat(vm: &mut Vm, seq: Value, n: Value) -> PyResult<Option<Value>> {
    if !crate::objects::int::is_int(n) {
        if n.is_ptr() && vm.lookup_type_cached(n.class(), vm.rt.names.__index__).is_none() {
            return Ok(None);
        }
    }
    let count = match crate::objects::int::to_i64(n) {
        Some(c) => c,
        None => {
            let iv = vm.index(n)?;
            match crate::objects::int::to_i64(iv) {
                Some(c) => c,
                None => {
                    return Err(vm.overflow_error(format!(
                        "cannot fit '{}' into an index-sized integer",
                        n.class().name_str()
                    )));
                }
            }
        }
    }
    .max(0) as usize;
    let seq_len = match seq.header().kind() {
        Kind::Str => pystr::str_obj(seq).nbytes,
        Kind::List => list::len(seq) * 8,
        Kind::Tuple => tuple::items(seq).len() * 8,
        _ => crate::objects::bytes::len(seq),
    };
    crate::memlimit::check_items(vm, count, seq_len)?;
    let r = match seq.header().kind() {
        Kind::Str => {
            let s = pystr::as_str(seq).unwrap();
            pystr::new(&s.repeat(count))
        }
        Kind::List => {
            let items = list::to_vec(seq);
            let mut v = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                v.extend_from_slice(&items);
            }
            list::new_list(&v)
        }
        Kind::Tuple => {
            let items = tuple::items(seq);
            let mut v = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                v.extend_from_slice(items);
            }
            tuple::new(&v)
        }
        _ => return crate::objects::bytes::repeat(vm, seq, count),
    };
    Ok(Some(r))
}

/// Both operands as f64 when one is an exact float and the other an exact float or a small
/// int (the arithmetic fast path).
#[inline(always)]
fn float_pair(a: Value, b: Value) -> Option<(f64, f64)> {
    let ft = objmodel::builtin_types().float;
    let fa = |v: Value| -> Option<f64> {
        if let Some(i) = v.as_small() {
            // Exact conversion only (|i| <= 2**53), as int/float mixing must round once.
            if i.unsigned_abs() <= (1u64 << 53) {
                return Some(i as f64);
            }
            return None;
        }
        if v.is_ptr() && v.class().is(ft) {
            return crate::objects::float::as_f64(v);
        }
        None
    };
    if !(a.is_ptr() || b.is_ptr()) {
        return None;
    }
    Some((fa(a)?, fa(b)?))
}

fn is_builtin_operand(v: Value) -> bool {
    v.is_small() || !v.class().has_flag(tflags::HEAPTYPE)
}

impl Vm {
    /// `a op b`.
    #[inline]
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult {
        self.binary_op_as(op, a, b, false)
    }

    /// `a op b`, or the binary fallback of `a op= b` when `inplace` (which only changes the
    /// operator named in the "unsupported operand type(s)" error, as in CPython).
    #[inline(always)]
    fn binary_op_as(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            return int_op_small(self, op, x, y);
        }
        if let Some((x, y)) = float_pair(a, b)
            && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv)
        {
            if op == BinOp::TrueDiv && y == 0.0 {
                return Err(self.zero_division("float division by zero"));
            }
            return Ok(crate::objects::float::new(match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                _ => x / y,
            }));
        }
        if is_builtin_operand(a) && is_builtin_operand(b) {
            if let Some(r) = native_binop(self, op, a, b)? {
                return Ok(r);
            }
            return Err(self.binop_type_error(op, a, b, inplace));
        }
        self.binary_op_slow(op, a, b, inplace)
    }

    fn binop_type_error(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> crate::error::PyErr {
        if op == BinOp::Add && pystr::is_str(a) && !pystr::is_str(b) {
            return self.type_error(format!("can only concatenate str (not \"{}\") to str", b.class().error_name()));
        }
        if op == BinOp::Add && list::is_list(a) && !list::is_list(b) {
            return self.type_error(format!("can only concatenate list (not \"{}\") to list", b.class().error_name()));
        }
        if op == BinOp::Add && tuple::is_tuple(a) && !tuple::is_tuple(b) {
            return self.type_error(format!("can only concatenate tuple (not \"{}\") to tuple", b.class().error_name()));
        }
        if op == BinOp::Mul
            && a.is_ptr()
            && matches!(a.header().kind(), Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray)
            && b.is_ptr()
            && !crate::objects::int::is_int(b)
        {
            return self.type_error(format!("can't multiply sequence by non-int of type '{}'", b.class().error_name()));
        }
        if op == BinOp::Mul
            && b.is_ptr()
            && matches!(b.header().kind(), Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray)
            && !crate::objects::int::is_int(a)
        {
            return self.type_error(format!("can't multiply sequence by non-int of type '{}'", a.class().error_name()));
        }
        let sym = if inplace { inplace_symbol(op) } else { op_symbol(op) };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            a.class().error_name(),
            b.class().error_name()
        ))
    }

    #[inline(never)]
    fn binary_op_slow(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult {
        let (name, rname, _) = op_names(op);
        let (n, rn) = (self.intern(name), self.intern(rname));
        let (ta, tb) = (a.class(), b.class());
        let fa = self.lookup_type_cached(ta, n);
        let fb = if ta.is(tb) { None } else { self.lookup_type_cached(tb, rn) };
        // str/list/tuple/bytes implement `+` and `*` as sequence concat/repeat (no number slot),
        // so CPython tries the right operand's reflected method first.
        if matches!(op, BinOp::Add | BinOp::Mul)
            && a.is_ptr()
            && matches!(a.header().kind(), Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray)
            && fa.is_some_and(|f| f.header().kind() == Kind::Builtin)
            && let Some(f) = fb
        {
            let r = call_with_self(self, f, b, Args::new(&[a]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
            if let Some(f) = fa {
                let r = call_with_self(self, f, a, Args::new(&[b]))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
            return Err(self.binop_type_error(op, a, b, inplace));
        }
        let mut fb = fb;
        if let Some(rf) = fb
            && type_::is_subtype(tb, ta)
            && !ta.is(tb)
        {
            let overrides = match self.lookup_type_cached(ta, rn) {
                Some(x) => !x.is(rf),
                None => true,
            };
            if overrides {
                let r = call_with_self(self, rf, b, Args::new(&[a]))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
                fb = None;
            }
        }
        if let Some(f) = fa {
            let r = call_with_self(self, f, a, Args::new(&[b]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if let Some(f) = fb {
            let r = call_with_self(self, f, b, Args::new(&[a]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        Err(self.binop_type_error(op, a, b, inplace))
    }

    /// `a op= b`: `__iop__` first, then the binary operator.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            if op == BinOp::MatMul {
                return Err(self.binop_type_error(op, a, b, true));
            }
            return int_op_small(self, op, x, y);
        }
        if a.is_ptr() {
            let ty = a.class();
            if !ty.has_flag(tflags::HEAPTYPE) {
                match (a.header().kind(), op) {
                    (Kind::List, BinOp::Add) => {
                        let items = self.collect(b)?;
                        list::extend_from_slice(a, &items);
                        return Ok(a);
                    }
                    (Kind::List, BinOp::Mul) => {
                        let Some(r) = seq_repeat(self, a, b)? else {
                            return Err(self.binop_type_error(op, a, b, true));
                        };
                        let items = list::to_vec(r);
                        list::replace_all(a, &items);
                        return Ok(a);
                    }
                    (Kind::ByteArray, BinOp::Add | BinOp::Mul) => {
                        let name = if op == BinOp::Add { "__iadd__" } else { "__imul__" };
                        let f = self.intern(name);
                        if let Some(r) = self.call_method_special(a, f, &[b])? {
                            return Ok(r);
                        }
                    }
                    (Kind::Set, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
                        if let Some(r) = crate::objects::set::set_inplace(self, op, a, b)? {
                            return Ok(r);
                        }
                    }
                    (Kind::Dict, BinOp::Or) => {
                        crate::objects::dict_methods::update_from(self, a, b)?;
                        return Ok(a);
                    }
                    (Kind::DictView, BinOp::Or) if crate::objects::mappingproxy::is_proxy(a) => {
                        return Err(self.type_error("'|=' is not supported by mappingproxy; use '|' instead"));
                    }
                    _ => {}
                }
                return self.binary_op_as(op, a, b, true);
            }
            let (_, _, iname) = op_names(op);
            let iname = self.intern(iname);
            if let Some(f) = self.lookup_type_cached(ty, iname) {
                let r = call_with_self(self, f, a, Args::new(&[b]))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        self.binary_op_as(op, a, b, true)
    }

    /// Unary operators.
    pub fn unary_op(&mut self, op: crate::bytecode::UnaryOp, v: Value) -> PyResult {
        use crate::bytecode::UnaryOp;
        if op == UnaryOp::Not {
            return Ok(objmodel::bool_(!self.truthy(v)?));
        }
        if let Some(i) = v.as_small() {
            return Ok(match op {
                UnaryOp::Negative => crate::objects::int::from_i128(-(i as i128)),
                UnaryOp::Positive => v,
                UnaryOp::Invert => crate::objects::int::from_i64(!i),
                UnaryOp::Not => unreachable!(),
            });
        }
        if is_builtin_operand(v)
            && let Some(r) = crate::objects::numbers::native_unary(self, op, v)?
        {
            return Ok(r);
        }
        let name = match op {
            UnaryOp::Negative => self.rt.names.__neg__,
            UnaryOp::Positive => self.rt.names.__pos__,
            UnaryOp::Invert => self.rt.names.__invert__,
            UnaryOp::Not => unreachable!(),
        };
        match self.call_method_special(v, name, &[])? {
            Some(r) => Ok(r),
            None => {
                let sym = match op {
                    UnaryOp::Negative => "unary -",
                    UnaryOp::Positive => "unary +",
                    _ => "unary ~",
                };
                Err(self.type_error(format!("bad operand type for {sym}: '{}'", v.class().error_name())))
            }
        }
    }
}

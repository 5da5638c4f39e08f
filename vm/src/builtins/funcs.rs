//! The built-in functions (`print`, `len`, `sorted`, `min`, ...), CPython-compatible in
//! arguments, results and error messages (Python/bltinmodule.c).

use num_traits::{Signed, Zero};
use objmodel::{Kind, Value};

use crate::args::Args;
use crate::bytecode::{BinOp, CmpOp};
use crate::error::PyResult;
use crate::objects::iter::{new_iter, sub};
use crate::objects::{dict, float, int, list, str as pystr, tuple, type_};
use crate::ops::arith::{Num, as_num};
use crate::vm::Vm;

/// `ascii()`-style escaping of non-ASCII characters in a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn b_print(vm: &mut Vm, a: Args) -> PyResult {
    let sep = a.kw("sep").filter(|v| !v.is_none());
    let end = a.kw("end").filter(|v| !v.is_none());
    let file = a.kw("file").filter(|v| !v.is_none());
    let flush = a.kw("flush").map(|v| v.is_true_obj()).unwrap_or(false);
    for k in a.kwnames {
        let n = pystr::as_str(*k).unwrap_or("");
        if !matches!(n, "sep" | "end" | "file" | "flush") {
            return Err(vm.type_error(format!("'{n}' is an invalid keyword argument for print()")));
        }
    }
    let sep_s = match sep {
        Some(s) => match pystr::as_str(s) {
            Some(t) => t.to_string(),
            None => return Err(vm.type_error(format!("sep must be None or a string, not {}", s.class().error_name()))),
        },
        None => " ".to_string(),
    };
    let end_s = match end {
        Some(s) => match pystr::as_str(s) {
            Some(t) => t.to_string(),
            None => return Err(vm.type_error(format!("end must be None or a string, not {}", s.class().error_name()))),
        },
        None => "\n".to_string(),
    };
    if let Some(f) = file {
        // CPython writes each piece with a separate file.write call.
        let w = vm.getattr_str(f, "write")?;
        for (i, v) in a.pos.iter().enumerate() {
            if i > 0 {
                vm.call1(w, pystr::new(&sep_s))?;
            }
            let s = vm.str(*v)?;
            vm.call1(w, s)?;
        }
        vm.call1(w, pystr::new(&end_s))?;
        if flush && let Some(fl) = vm.getattr_opt(f, vm.rt.names.flush)? {
            vm.call0(fl)?;
        }
        return Ok(objmodel::none());
    }
    let mut out = String::new();
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep_s);
        }
        if let Some(s) = pystr::as_str(*v)
            && v.class().is(vm.rt.types.str_)
        {
            out.push_str(s);
        } else {
            let s = vm.str(*v)?;
            out.push_str(pystr::as_str(s).unwrap());
        }
    }
    out.push_str(&end_s);
    match file {
        None => crate::stdlib::sys::write_stdout(vm, &out)?,
        Some(f) => {
            let w = vm.getattr_str(f, "write")?;
            vm.call1(w, pystr::new(&out))?;
            if flush && let Some(fl) = vm.getattr_opt(f, vm.rt.names.flush)? {
                vm.call0(fl)?;
            }
        }
    }
    if flush && file.is_none() {
        crate::stdlib::sys::flush_stdout(vm)?;
    }
    Ok(objmodel::none())
}

fn b_len(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "len", 1, 1)?;
    Ok(int::from_usize(vm.len(a.at(0))?))
}
fn b_repr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "repr", 1, 1)?;
    vm.repr(a.at(0))
}
fn b_ascii(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "ascii", 1, 1)?;
    let r = vm.repr_string(a.at(0))?;
    Ok(pystr::new(&ascii_escape(&r)))
}
fn b_abs(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "abs", 1, 1)?;
    let v = a.at(0);
    if let Some(n) = as_num(v)
        && !v.class().has_flag(objmodel::types::tflags::HEAPTYPE)
    {
        return Ok(match n {
            Num::Int(i) => int::from_i128((i as i128).abs()),
            Num::Big(b) => int::from_bigint(&b.abs()),
            Num::Float(f) => float::new(f.abs()),
            Num::Complex(r, i) => float::new(r.hypot(i)),
        });
    }
    match vm.call_method_special(v, vm.rt.names.__abs__, &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", v.class().error_name()))),
    }
}
fn b_isinstance(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "isinstance", 2, 2)?;
    Ok(objmodel::bool_(vm.isinstance(a.at(0), a.at(1))?))
}
fn b_issubclass(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "issubclass", 2, 2)?;
    Ok(objmodel::bool_(vm.issubclass(a.at(0), a.at(1))?))
}
/// The name argument of getattr/setattr/delattr/hasattr (CPython checks it in
/// `PyObject_GetAttr` and friends, whose message names no function).
fn name_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if !pystr::is_str(v) {
        return Err(vm.type_error(format!("attribute name must be string, not '{}'", v.class().error_name())));
    }
    Ok(vm.rt.intern_value(v))
}
fn b_getattr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getattr", 2, 3).map_err(|_| vm.type_error(format!("getattr expected at least 2 arguments, got {}", a.len())))?;
    let n = name_arg(vm, a.at(1))?;
    match a.get(2) {
        None => vm.getattr(a.at(0), n),
        // `getattr_opt` reports a missing attribute without making the AttributeError
        // (CPython's `_PyObject_LookupAttr`); one raised by Python code is still caught.
        Some(d) => match vm.getattr_opt(a.at(0), n) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(d),
            Err(e) if vm.err_matches(&e, vm.rt.exc.attribute_error) => Ok(d),
            Err(e) => Err(e),
        },
    }
}
fn b_setattr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "setattr", 3, 3)?;
    let n = name_arg(vm, a.at(1))?;
    vm.setattr(a.at(0), n, a.at(2))?;
    Ok(objmodel::none())
}
fn b_delattr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "delattr", 2, 2)?;
    let n = name_arg(vm, a.at(1))?;
    vm.delattr(a.at(0), n)?;
    Ok(objmodel::none())
}
fn b_hasattr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "hasattr", 2, 2)?;
    let n = name_arg(vm, a.at(1))?;
    // As getattr with a default: no AttributeError object for a plain miss.
    match vm.getattr_opt(a.at(0), n) {
        Ok(Some(_)) => Ok(objmodel::true_()),
        Ok(None) => Ok(objmodel::false_()),
        Err(e) if vm.err_matches(&e, vm.rt.exc.attribute_error) => Ok(objmodel::false_()),
        Err(e) => Err(e),
    }
}
fn b_sorted(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.len())));
    }
    let [key, reverse] = Args::with_kw(&[], a.kwnames, a.kwvals).bind(vm, "sort", ["key", "reverse"], 0, 0)?; // list.sort's parser names the errors
    let mut items = vm.collect(a.at(0))?;
    // list.sort's `reverse` is an int argument (`_PyLong_AsInt`): `reverse=None` is a TypeError.
    let rev = !reverse.is_null() && int::sign(vm.index(reverse)?) != 0;
    let holder = list::new_list(&items);
    vm.with_roots(&[holder], |vm| crate::objects::list_methods::sort_with_key(vm, &mut items, key, rev))?;
    Ok(list::new_list(&items))
}
fn b_reversed(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "reversed")?;
    if a.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", a.len())));
    }
    let v = a.at(0);
    if let Some(r) = vm.call_method_special(v, vm.rt.names.__reversed__, &[])? {
        return Ok(r);
    }
    let n = match vm.len(v) {
        Ok(n) => n,
        Err(_) => return Err(vm.type_error(format!("'{}' object is not reversible", v.class().error_name()))),
    };
    if vm.lookup_type_cached(v.class(), vm.rt.names.__getitem__).is_none() {
        return Err(vm.type_error(format!("'{}' object is not reversible", v.class().error_name())));
    }
    let n0 = Value::NULL;
    let it = new_iter(vm.rt.extra.reversed, sub::SEQ_REV, v, n0, n0, n0);
    crate::objects::function::fixed(it).i.set(n);
    Ok(it)
}
fn b_enumerate(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() == 1 && !a.has_kw() {
        // CPython's enum_vectorcall words this one without the "(pos 1)" of its other path.
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let [it, start] = a.rest().bind(vm, "enumerate", ["iterable", "start"], 2, 1)?;
    let it = vm.iter(it)?;
    let start = if start.is_null() { Value::small(0) } else { vm.index(start)? };
    let cls = type_::as_type(a.at(0));
    Ok(new_iter(cls, sub::ENUMERATE, it, start, Value::NULL, Value::NULL))
}
fn b_zip(vm: &mut Vm, a: Args) -> PyResult {
    // zip_new parses its keywords with "|$p:zip": only `strict`.
    if a.kwnames.len() > 1 {
        return Err(vm.type_error(format!("zip() takes at most 1 keyword argument ({} given)", a.kwnames.len())));
    }
    if let Some(k) = a.kwnames.first()
        && pystr::as_str(*k) != Some("strict")
    {
        let name = pystr::as_str(*k).unwrap_or("");
        return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for zip()")));
    }
    let strict = match a.kw("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut its = Vec::new();
    for x in &a.pos[1..] {
        its.push(vm.iter(*x)?);
    }
    let cls = type_::as_type(a.at(0));
    let z = new_iter(cls, sub::ZIP, tuple::new(&its), Value::NULL, Value::NULL, Value::NULL);
    crate::objects::function::fixed(z).j.set(strict as usize);
    Ok(z)
}
fn b_map(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for x in &a.pos[2..] {
        its.push(vm.iter(*x)?);
    }
    let cls = type_::as_type(a.at(0));
    Ok(new_iter(cls, sub::MAP, a.at(1), tuple::new(&its), Value::NULL, Value::NULL))
}
fn b_filter(vm: &mut Vm, a: Args) -> PyResult {
    a.rest().check(vm, "filter", 2, 2)?;
    let it = vm.iter(a.at(2))?;
    let cls = type_::as_type(a.at(0));
    Ok(new_iter(cls, sub::FILTER, it, a.at(1), Value::NULL, Value::NULL))
}
fn min_max(vm: &mut Vm, a: Args, name: &str, op: CmpOp) -> PyResult {
    let key = a.kw("key").filter(|k| !k.is_none());
    let default = a.kw("default");
    if a.kwnames.len() > 2 {
        // PyArg_ParseTupleAndKeywords with "|$OO": the count is checked first.
        return Err(vm.type_error(format!("{name}() takes at most 2 keyword arguments ({} given)", a.kwnames.len())));
    }
    for k in a.kwnames {
        let n = pystr::as_str(*k).unwrap_or("");
        if n != "key" && n != "default" {
            return Err(vm.type_error(format!("'{n}' is an invalid keyword argument for {name}()")));
        }
    }
    let items: Vec<Value> = if a.len() == 1 {
        vm.collect(a.at(0))?
    } else if a.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        a.pos.to_vec()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let holder = list::new_list(&items);
    vm.with_roots(&[holder], |vm| {
        let mut best = items[0];
        let mut best_key = match key {
            Some(k) => vm.call1(k, best)?,
            None => best,
        };
        for &x in &items[1..] {
            let kx = match key {
                Some(k) => vm.call1(k, x)?,
                None => x,
            };
            if vm.compare_bool(kx, best_key, op)? {
                best = x;
                best_key = kx;
            }
        }
        Ok(best)
    })
}
fn b_min(vm: &mut Vm, a: Args) -> PyResult {
    min_max(vm, a, "min", CmpOp::Lt)
}
fn b_max(vm: &mut Vm, a: Args) -> PyResult {
    min_max(vm, a, "max", CmpOp::Gt)
}
fn b_sum(vm: &mut Vm, a: Args) -> PyResult {
    let p = crate::args::Params { fname: "sum", names: ["iterable", "start"], posonly: 1, maxpos: 2, required: 1 };
    let [it, start] = a.bind_clinic(vm, p)?;
    let mut acc = if start.is_null() { Value::small(0) } else { start };
    if pystr::is_str(acc) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if crate::objects::bytes::is_bytearray(acc) {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    if crate::objects::bytes::is_bytes_like(acc) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = vm.iter(it)?;
    // CPython 3.11's fast paths (Python/bltinmodule.c builtin_sum_impl): while the total and
    // the items are machine ints the total stays one; while it is an exact float and the items
    // exact floats or machine ints it stays a double (3.11 adds plainly, no compensation).
    // Each gives the result the generic additions would, without an object per step.
    if let Some(mut total) = acc.as_small() {
        loop {
            let Some(x) = vm.next(it)? else { return Ok(int::from_i64(total)) };
            match x.as_small().and_then(|v| total.checked_add(v)) {
                Some(t) => total = t,
                None => {
                    acc = vm.binary_op(BinOp::Add, int::from_i64(total), x)?;
                    break;
                }
            }
        }
    }
    if let Some(mut total) = float::exact_f64(acc) {
        loop {
            let Some(x) = vm.next(it)? else { return Ok(float::new(total)) };
            if let Some(v) = float::exact_f64(x) {
                total += v;
            } else if let Some(v) = x.as_small() {
                total += v as f64;
            } else {
                acc = vm.binary_op(BinOp::Add, float::new(total), x)?;
                break;
            }
        }
    }
    while let Some(x) = vm.next(it)? {
        acc = vm.binary_op(BinOp::Add, acc, x)?;
    }
    Ok(acc)
}

fn b_any(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "any", 1, 1)?;
    let it = vm.iter(a.at(0))?;
    while let Some(x) = vm.next(it)? {
        if vm.truthy(x)? {
            return Ok(objmodel::true_());
        }
    }
    Ok(objmodel::false_())
}
fn b_all(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "all", 1, 1)?;
    let it = vm.iter(a.at(0))?;
    while let Some(x) = vm.next(it)? {
        if !vm.truthy(x)? {
            return Ok(objmodel::false_());
        }
    }
    Ok(objmodel::true_())
}
fn b_chr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "chr", 1, 1)?;
    let i = vm.index_value(a.at(0))?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(pystr::from_char(c)),
        None if (0..0x110000).contains(&i) => Ok(pystr::from_char('\u{fffd}')),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}
fn b_ord(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "ord", 1, 1)?;
    let v = a.at(0);
    if let Some(s) = pystr::as_str(v) {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(Value::small(c as i64)),
            _ => Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Some(b) = crate::objects::bytes::as_bytes(v) {
        if b.len() == 1 {
            return Ok(Value::small(b[0] as i64));
        }
        return Err(vm.type_error(format!("ord() expected a character, but string of length {} found", b.len())));
    }
    Err(vm.type_error(format!("ord() expected string of length 1, but {} found", v.class().error_name())))
}
fn radix(vm: &mut Vm, a: Args, base: u32, name: &str) -> PyResult {
    a.check(vm, name, 1, 1)?;
    let v = vm.index(a.at(0))?;
    let b = int::to_bigint(v).unwrap();
    Ok(pystr::new(&crate::numfmt::int_to_str_radix(&b, base, true)))
}
fn b_hex(vm: &mut Vm, a: Args) -> PyResult {
    radix(vm, a, 16, "hex")
}
fn b_oct(vm: &mut Vm, a: Args) -> PyResult {
    radix(vm, a, 8, "oct")
}
fn b_bin(vm: &mut Vm, a: Args) -> PyResult {
    radix(vm, a, 2, "bin")
}

/// `divmod(a, b)`.
pub fn divmod_values(vm: &mut Vm, x: Value, y: Value) -> PyResult {
    if let Some(r) = crate::ops::arith::num_divmod(vm, x, y)? {
        return Ok(r);
    }
    if let (Some(p), Some(q)) = (as_num(x), as_num(y))
        && !matches!(p, Num::Complex(..))
        && !matches!(q, Num::Complex(..))
    {
        let d = vm.binary_op(BinOp::FloorDiv, x, y)?;
        let m = vm.binary_op(BinOp::Mod, x, y)?;
        if let (Num::Float(_), _) | (_, Num::Float(_)) = (&p, &q) {
            let fx = crate::ops::arith::num_to_f64(vm, &p)?;
            let fy = crate::ops::arith::num_to_f64(vm, &q)?;
            let (dq, dm) = crate::numeric::arith::float_divmod(fx, fy).map_err(|e| vm.math_err(e))?;
            return Ok(tuple::new(&[float::new(dq), float::new(dm)]));
        }
        return Ok(tuple::new(&[d, m]));
    }
    let n = vm.intern("__divmod__");
    let rn = vm.intern("__rdivmod__");
    if let Some(r) = vm.call_method_special(x, n, &[y])?
        && !r.is_not_implemented()
    {
        return Ok(r);
    }
    if let Some(r) = vm.call_method_special(y, rn, &[x])?
        && !r.is_not_implemented()
    {
        return Ok(r);
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        x.class().name_str(),
        y.class().name_str()
    )))
}
fn b_divmod(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "divmod", 2, 2)?;
    divmod_values(vm, a.at(0), a.at(1))
}
fn b_pow(vm: &mut Vm, a: Args) -> PyResult {
    let [base, exp, m] = a.bind(vm, "pow", ["base", "exp", "mod"], 3, 2)?;
    if m.is_null() || m.is_none() {
        return vm.binary_op(BinOp::Pow, base, exp);
    }
    if !(int::is_int(base) && int::is_int(exp) && int::is_int(m)) {
        if base.is_ptr() && base.header().kind() == Kind::Complex {
            return Err(vm.value_error("complex modulo"));
        }
        if base.is_ptr() && base.class().has_flag(objmodel::types::tflags::HEAPTYPE) {
            let n = vm.intern("__pow__");
            if let Some(r) = vm.call_method_special(base, n, &[exp, m])?
                && !r.is_not_implemented()
            {
                return Ok(r);
            }
        }
        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    if let (Some(b), Some(e), Some(md)) = (base.as_small(), exp.as_small(), m.as_small())
        && e >= 0
        && md > 0
    {
        return Ok(int::from_i64(crate::numeric::intmath::pow_mod_small(b, e, md)));
    }
    let (b, e, md) = (int::to_bigint(base).unwrap(), int::to_bigint(exp).unwrap(), int::to_bigint(m).unwrap());
    if md.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let r = crate::numeric::intmath::pow_mod(&b, &e, &md).map_err(|e| vm.math_err(e))?;
    Ok(int::from_bigint(&r))
}

/// `round(x[, ndigits])`.
pub fn round_value(vm: &mut Vm, x: Value, nd: Value) -> PyResult {
    let nd = if nd.is_none() { Value::NULL } else { nd };
    match as_num(x) {
        Some(Num::Float(f)) if !x.class().has_flag(objmodel::types::tflags::HEAPTYPE) || true => {
            if nd.is_null() {
                let r = crate::numfmt::round_float_to_int(f).map_err(|e| vm.fmt_err(e, None))?;
                let b = crate::numeric::arith::f64_to_bigint(r).map_err(|e| vm.math_err(e))?;
                return Ok(int::from_bigint(&b));
            }
            let n = vm.index_value(nd)?;
            let r = crate::numfmt::round_float(f, n).map_err(|e| vm.fmt_err(e, None))?;
            Ok(float::new(r))
        }
        Some(Num::Int(_)) | Some(Num::Big(_)) => {
            if nd.is_null() {
                return Ok(int::from_bigint(&int::to_bigint(x).unwrap()));
            }
            let n = vm.index_value(nd)?;
            if n >= 0 {
                return Ok(int::from_bigint(&int::to_bigint(x).unwrap()));
            }
            // round half to even at 10**(-n)
            let v = int::to_bigint(x).unwrap();
            let p = num_traits::pow(num_bigint::BigInt::from(10), (-n) as usize);
            let q = num_integer::Integer::div_floor(&v, &p);
            let r = &v - &q * &p;
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
            Ok(int::from_bigint(&(q * p)))
        }
        _ => {
            let n = vm.intern("__round__");
            let args: Vec<Value> = if nd.is_null() { vec![] } else { vec![nd] };
            match vm.call_method_special(x, n, &args)? {
                Some(r) => Ok(r),
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __round__ method",
                    x.class().name_str()
                ))),
            }
        }
    }
}
fn b_round(vm: &mut Vm, a: Args) -> PyResult {
    let [x, nd] = a.bind(vm, "round", ["number", "ndigits"], 2, 1)?;
    round_value(vm, x, nd)
}
fn b_hash(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "hash", 1, 1)?;
    Ok(int::from_i64(vm.hash(a.at(0))?))
}
fn b_id(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "id", 1, 1)?;
    Ok(int::from_usize(a.at(0).raw()))
}
fn b_iter(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "iter", 1, 2)?;
    match a.get(1) {
        None => vm.iter(a.at(0)),
        Some(sentinel) => {
            if !vm.is_callable(a.at(0)) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            let t = vm.rt.extra.callable_iterator;
            Ok(new_iter(t, sub::CALLABLE, a.at(0), sentinel, Value::NULL, Value::NULL))
        }
    }
}
fn b_next(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "next", 1, 2)?;
    let it = a.at(0);
    let is_iter = it.is_ptr()
        && (it.header().kind() == Kind::Iter
            || crate::interp::coroutine::is_plain_generator(it)
            || vm.lookup_type_cached(it.class(), vm.rt.names.__next__).is_some());
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", it.class().error_name())));
    }
    let plain_gen = crate::interp::coroutine::is_plain_generator(it);
    if plain_gen || it.class().has_flag(objmodel::types::tflags::HEAPTYPE) {
        // Preserve StopIteration values raised by generators / user iterators.
        let r = if plain_gen {
            match crate::interp::generator::resume(vm, it, objmodel::none(), None)? {
                crate::interp::generator::Step::Yielded(v) => Ok(v),
                crate::interp::generator::Step::Returned(r) => Err(vm.stop_iteration(r)),
            }
        } else {
            let m = vm.lookup_type_cached(it.class(), vm.rt.names.__next__).unwrap();
            crate::ops::call::call_with_self(vm, m, it, Args::new(&[]))
        };
        return match (r, a.get(1)) {
            (Err(e), Some(d)) if vm.err_matches(&e, vm.rt.exc.stop_iteration) => Ok(d),
            (r, _) => r,
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d),
            None => Err(vm.stop_iteration(Value::NULL)),
        },
    }
}
fn b_callable(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "callable", 1, 1)?;
    Ok(objmodel::bool_(vm.is_callable(a.at(0))))
}
fn b_format(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "format", 1, 2)?;
    let spec = a.get(1).unwrap_or(vm.rt.names.empty);
    if !pystr::is_str(spec) {
        return Err(vm.type_error(format!("format() argument 2 must be str, not {}", spec.class().error_name())));
    }
    vm.format(a.at(0), spec)
}
fn b_input(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "input", 0, 1)?;
    if let Some(p) = a.get(0) {
        let s = vm.str_string(p)?;
        crate::stdlib::sys::write_stdout(vm, &s)?;
    }
    crate::stdlib::sys::flush_stdout(vm)?;
    match crate::stdlib::sys::read_stdin_line(vm)? {
        Some(mut line) => {
            // Only the '\n': stdin's newline='\n' keeps a "\r\n" line's '\r', as CPython's.
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(pystr::new(&line))
        }
        None => Err(vm.new_error(vm.rt.exc.eof_error, "EOF when reading a line")),
    }
}
fn b_build_class(vm: &mut Vm, a: Args) -> PyResult {
    super::build_class::build_class(vm, a)
}
fn b_globals(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "globals", 0, 0)?;
    Ok(vm.frames.last().map(|f| f.globals).unwrap_or_else(dict::new_dict))
}
fn b_vars(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "vars", 0, 1)?;
    match a.get(0) {
        None => super::introspect::locals(vm),
        // `_PyObject_LookupAttr`: any AttributeError means "no __dict__".
        Some(o) => match vm.getattr(o, vm.rt.names.__dict__) {
            Err(e) if vm.err_matches(&e, vm.rt.exc.attribute_error) => {
                Err(vm.type_error("vars() argument must have __dict__ attribute"))
            }
            r => r,
        },
    }
}
fn b_locals(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "locals", 0, 0)?;
    super::introspect::locals(vm)
}
fn b_dir(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "dir", 0, 1)?;
    match a.get(0) {
        None => {
            let l = super::introspect::locals(vm)?;
            let mut keys = vm.collect(l)?;
            crate::objects::sort::sort_values(vm, &mut keys, None, false)?;
            Ok(list::new_list(&keys))
        }
        Some(o) => {
            let r = match vm.call_method_special(o, vm.rt.names.__dir__, &[])? {
                Some(r) => r,
                None => super::introspect::dir_of(vm, o)?,
            };
            let mut keys = vm.collect(r)?;
            crate::objects::sort::sort_values(vm, &mut keys, None, false)?;
            Ok(list::new_list(&keys))
        }
    }
}
fn b_exec(vm: &mut Vm, a: Args) -> PyResult {
    super::introspect::exec_or_eval(vm, a, false)
}
fn b_eval(vm: &mut Vm, a: Args) -> PyResult {
    super::introspect::exec_or_eval(vm, a, true)
}
fn b_compile(vm: &mut Vm, a: Args) -> PyResult {
    super::introspect::compile_builtin(vm, a)
}
fn b_open(vm: &mut Vm, a: Args) -> PyResult {
    crate::stdlib::io::open(vm, a)
}
fn b_import(vm: &mut Vm, a: Args) -> PyResult {
    let [name, globals, _locals, fromlist, level] =
        a.bind(vm, "__import__", ["name", "globals", "locals", "fromlist", "level"], 5, 1)?;
    let globals = if globals.is_null() || globals.is_none() { dict::new_dict() } else { globals };
    let fromlist = if fromlist.is_null() { objmodel::none() } else { fromlist };
    let level = if level.is_null() { Value::small(0) } else { level };
    crate::import::import_name(vm, name, globals, fromlist, level)
}
fn b_breakpoint(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(objmodel::none())
}

pub fn register(d: Value) {
    use crate::objects::define::func;
    func(d, "print", b_print);
    func(d, "len", b_len);
    func(d, "repr", b_repr);
    func(d, "ascii", b_ascii);
    func(d, "abs", b_abs);
    func(d, "isinstance", b_isinstance);
    func(d, "issubclass", b_issubclass);
    func(d, "getattr", b_getattr);
    func(d, "setattr", b_setattr);
    func(d, "delattr", b_delattr);
    func(d, "hasattr", b_hasattr);
    func(d, "sorted", b_sorted);
    func(d, "min", b_min);
    func(d, "max", b_max);
    func(d, "sum", b_sum);
    func(d, "any", b_any);
    func(d, "all", b_all);
    func(d, "chr", b_chr);
    func(d, "ord", b_ord);
    func(d, "hex", b_hex);
    func(d, "oct", b_oct);
    func(d, "bin", b_bin);
    func(d, "divmod", b_divmod);
    func(d, "pow", b_pow);
    func(d, "round", b_round);
    func(d, "hash", b_hash);
    func(d, "id", b_id);
    func(d, "iter", b_iter);
    func(d, "next", b_next);
    func(d, "callable", b_callable);
    func(d, "format", b_format);
    func(d, "input", b_input);
    func(d, "__build_class__", b_build_class);
    func(d, "globals", b_globals);
    func(d, "locals", b_locals);
    func(d, "vars", b_vars);
    func(d, "dir", b_dir);
    func(d, "exec", b_exec);
    func(d, "eval", b_eval);
    func(d, "compile", b_compile);
    func(d, "open", b_open);
    func(d, "__import__", b_import);
    func(d, "breakpoint", b_breakpoint);
}

/// Constructors of the iterator builtins (`enumerate`, `zip`, `map`, `filter`, `reversed`).
pub fn register_iter_types(r: &'static crate::runtime::Runtime) {
    use crate::objects::define::method_flags;
    let x = &r.extra;
    method_flags(x.enumerate, "__new__", b_enumerate, 0);
    method_flags(x.zip, "__new__", b_zip, 0);
    method_flags(x.map, "__new__", b_map, 0);
    method_flags(x.filter, "__new__", b_filter, 0);
    method_flags(x.reversed, "__new__", |vm, a| b_reversed(vm, a.rest()), 0);
}

//! The `random` module: a native `Random` class (subclassable) whose state is a
//! `MersenneTwister` in a native payload, with every method of Lib/random.py (3.11) computed
//! bit-exactly by `crate::numeric::random`; module-level functions are bound methods of a
//! hidden instance, as in CPython.
//!
//! Methods use the generator directly. A subclass overriding `random()`, `getrandbits()` or
//! `_randbelow()` gets Lib/random.py's methods instead, built on its overrides, from
//! `Random.__init_subclass__` (`random_generic.py`), as CPython's would compute.

use std::any::Any;
use std::sync::OnceLock;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use objmodel::layout::{NativeData, NativeObj};
use objmodel::{Kind, TypeObj, Value};
use parking_lot::Mutex;

use super::util::{as_bigint, as_f64, fl, merr};
use crate::args::Args;
use crate::error::PyResult;
use crate::numeric::{MathResult, MersenneTwister};
use crate::objects::{float, int, list, str as pystr, tuple};
use crate::vm::Vm;

pub struct RandomData {
    mt: Mutex<MersenneTwister>,
}

impl NativeData for RandomData {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static RANDOM_TYPE: OnceLock<usize> = OnceLock::new();

fn data(vm: &mut Vm, v: Option<Value>) -> PyResult<&'static RandomData> {
    if let Some(v) = v
        && v.is_ptr()
        && v.header().kind() == Kind::Native
    {
        // SAFETY: kind Native has layout NativeObj; the caller holds `v`, keeping it alive.
        let n: &'static NativeObj = unsafe { v.cast::<NativeObj>() };
        if let Some(d) = n.data::<RandomData>() {
            return Ok(d);
        }
    }
    let got = v.map(|v| v.class().name_str().to_string()).unwrap_or_else(|| "nothing".into());
    Err(vm.type_error(format!("descriptor requires a '_random.Random' object but received a '{got}'")))
}

/// Run `f` on the generator of `self` (args.pos[0]).
fn with_mt<R>(vm: &mut Vm, a: &Args, f: impl FnOnce(&mut MersenneTwister) -> R) -> PyResult<R> {
    let d = data(vm, a.get(0))?;
    let mut g = d.mt.lock();
    Ok(f(&mut g))
}

fn mres<T>(vm: &mut Vm, r: MathResult<T>) -> PyResult<T> {
    r.map_err(|e| merr(vm, e))
}

fn r_new(vm: &mut Vm, a: Args) -> PyResult {
    let Some(cls) = a.get(0).and_then(crate::objects::type_::try_type) else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    Ok(objmodel::alloc::new_native(cls, Box::new(RandomData { mt: Mutex::new(MersenneTwister::from_entropy()) })))
}

fn r_init(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "Random.__init__() takes from 1 to 2 positional arguments but {} were given",
            a.len()
        )));
    }
    let [slf, x] = a.bind(vm, "Random.__init__", ["self", "x"], 2, 1)?;
    let x = if x.is_null() { objmodel::none() } else { x };
    vm.call_method(slf, "seed", &[x])?;
    Ok(objmodel::none())
}

fn r_seed(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "Random.seed() takes from 1 to 3 positional arguments but {} were given",
            a.len()
        )));
    }
    let [slf, x, version] = a.bind(vm, "seed", ["self", "a", "version"], 3, 1)?;
    let version = if version.is_null() { 2 } else { vm.index_value(version).unwrap_or(2) };
    let d = data(vm, Some(slf))?;
    if x.is_null() || x.is_none() {
        d.mt.lock().seed_entropy();
        return Ok(objmodel::none());
    }
    if int::is_int(x) {
        let b = int::to_bigint(x).unwrap();
        d.mt.lock().seed_bigint(&b);
        return Ok(objmodel::none());
    }
    if let Some(s) = pystr::as_str(x) {
        let mut g = d.mt.lock();
        if version == 1 {
            let chars: Vec<u32> = s.chars().map(|c| c as u32).collect();
            g.seed_v1(&chars);
        } else if version == 2 {
            g.seed_str(s);
        } else {
            // CPython falls through to hashing the str; the hash is randomised, so any seed will do.
            g.seed_str(s);
        }
        return Ok(objmodel::none());
    }
    let is_bytes = x.is_ptr() && x.header().kind() == Kind::Bytes;
    let is_bytearray = x.is_ptr() && x.header().kind() == Kind::ByteArray;
    if is_bytes || is_bytearray {
        let b = crate::objects::bytes::as_bytes(x).unwrap_or_default();
        let mut g = d.mt.lock();
        if version == 1 && is_bytes {
            let chars: Vec<u32> = b.iter().map(|&c| c as u32).collect();
            g.seed_v1(&chars);
        } else {
            g.seed_bytes(&b);
        }
        return Ok(objmodel::none());
    }
    if float::is_float(x) {
        let h = vm.hash(x)?;
        d.mt.lock().seed_hash(h);
        return Ok(objmodel::none());
    }
    Err(vm.type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray."))
}

fn r_random(vm: &mut Vm, a: Args) -> PyResult {
    Ok(fl(with_mt(vm, &a, |m| m.random())?))
}

fn r_getrandbits(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getrandbits", 2, 2)?;
    let k = a.at(1);
    if !int::is_int(k) {
        vm.index(k)?;
    }
    let k = match int::to_i64(k) {
        Some(k) => k,
        None => {
            if int::sign(k) < 0 {
                return Err(vm.value_error("number of bits must be non-negative"));
            }
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
    };
    if k <= 64 && k >= 0 {
        let r = with_mt(vm, &a, |m| m.getrandbits_u64(k as u32))?;
        return Ok(int::from_i128(r as i128));
    }
    let r = with_mt(vm, &a, |m| m.getrandbits_checked(k))?;
    let r = mres(vm, r)?;
    Ok(int::from_bigint(&r))
}

fn r_randbelow(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_randbelow", 2, 2)?;
    let n = as_bigint(vm, a.at(1))?;
    let r = with_mt(vm, &a, |m| m.randbelow(&n))?;
    Ok(int::from_bigint(&r))
}

fn r_getstate(vm: &mut Vm, a: Args) -> PyResult {
    let (words, idx, g) = with_mt(vm, &a, |m| (m.state_words(), m.state_index(), m.gauss_next()))?;
    let mut items: Vec<Value> = words.iter().map(|w| int::from_i64(*w as i64)).collect();
    items.push(int::from_usize(idx));
    let st = tuple::new(&items);
    let gn = match g {
        Some(x) => fl(x),
        None => objmodel::none(),
    };
    Ok(tuple::new(&[Value::small(3), st, gn]))
}

fn r_setstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "setstate", 2, 2)?;
    let state = a.at(1);
    let version = vm.getitem(state, Value::small(0))?;
    let v = int::to_i64(version);
    if v != Some(3) && v != Some(2) {
        let r = vm.str_string(version)?;
        return Err(vm.value_error(format!("state with version {r} passed to Random.setstate() of version 3")));
    }
    let (_holder, items) = super::util::collect_rooted(vm, state)?;
    if items.len() != 3 {
        let n = items.len();
        return Err(vm.value_error(if n > 3 {
            "too many values to unpack (expected 3)".to_string()
        } else {
            format!("not enough values to unpack (expected 3, got {n})")
        }));
    }
    let (internal, gauss) = (items[1], items[2]);
    if !tuple::is_tuple(internal) {
        return Err(vm.type_error("state vector must be a tuple"));
    }
    let vals = tuple::items(internal);
    if vals.len() != crate::numeric::mt::STATE_WORDS + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(vals.len() - 1);
    for x in &vals[..vals.len() - 1] {
        let b = as_bigint(vm, *x)?;
        let w = if v == Some(2) {
            (b % BigInt::from(1u64 << 32) + BigInt::from(1u64 << 32)) % BigInt::from(1u64 << 32)
        } else {
            b
        };
        if w.is_negative() {
            return Err(vm.overflow_error("can't convert negative int to unsigned"));
        }
        match w.to_u32() {
            Some(u) => words.push(u),
            None => words.push(w.to_u64().map(|x| x as u32).unwrap_or(0)),
        }
    }
    let idx = vm.index_value(vals[vals.len() - 1])?;
    let g = if gauss.is_none() { None } else { Some(as_f64(vm, gauss)?) };
    let r = with_mt(vm, &a, |m| {
        let r = m.set_state(&words, idx);
        if r.is_ok() {
            m.set_gauss_next(g);
        }
        r
    })?;
    mres(vm, r)?;
    Ok(objmodel::none())
}

/// randrange's argument conversion (3.11): `__index__`, else an integral float (deprecated).
fn rr_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<BigInt> {
    if let Some(b) = int::to_bigint(v) {
        return Ok(b);
    }
    match vm.index(v) {
        Ok(i) => Ok(int::to_bigint(i).unwrap()),
        Err(e) if vm.err_matches(&e, vm.rt.exc.type_error) => {
            let iv = crate::objects::numbers::to_int_value(vm, v)?;
            let eq = vm.eq(iv, v)?;
            if !eq {
                return Err(vm.value_error(format!("non-integer {what} for randrange()")));
            }
            Ok(int::to_bigint(iv).unwrap())
        }
        Err(e) => Err(e),
    }
}

fn randrange_impl(vm: &mut Vm, a: &Args, start: Value, stop: Value, step: Value) -> PyResult {
    let istart = rr_arg(vm, start, "arg 1")?;
    let stop_v = if stop.is_null() || stop.is_none() { None } else { Some(rr_arg(vm, stop, "stop")?) };
    let step_v = if step.is_null() { None } else { Some(rr_arg(vm, step, "step")?) };
    if let Some(s) = &istart.to_i64() {
        let st = match &stop_v {
            Some(x) => x.to_i64().map(Some),
            None => Some(None),
        };
        let sp = match &step_v {
            Some(x) => x.to_i64().map(Some),
            None => Some(None),
        };
        if let (Some(st), Some(sp)) = (st, sp) {
            let s = *s;
            let r = with_mt(vm, a, |m| m.randrange_i64(s, st, sp))?;
            return mres(vm, r).map(int::from_i64);
        }
    }
    let r = with_mt(vm, a, |m| m.randrange(&istart, stop_v.as_ref(), step_v.as_ref()))?;
    mres(vm, r).map(|b| int::from_bigint(&b))
}

fn r_randrange(vm: &mut Vm, a: Args) -> PyResult {
    let [_, start, stop, step] = a.bind(vm, "randrange", ["self", "start", "stop", "step"], 4, 2)?;
    randrange_impl(vm, &a, start, stop, step)
}

fn r_randint(vm: &mut Vm, a: Args) -> PyResult {
    let [_, x, y] = a.bind(vm, "randint", ["self", "a", "b"], 3, 3)?;
    if let (Some(x), Some(y)) = (x.as_small(), y.as_small()) {
        let r = with_mt(vm, &a, |m| m.randint_i64(x, y))?;
        return mres(vm, r).map(int::from_i64);
    }
    let stop = vm.binary_op(crate::bytecode::BinOp::Add, y, Value::small(1))?;
    randrange_impl(vm, &a, x, stop, Value::NULL)
}

fn r_choice(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "choice", 2, 2)?;
    let seq = a.at(1);
    let n = vm.len(seq)?;
    let r = with_mt(vm, &a, |m| m.choice_index(n))?;
    let i = mres(vm, r)?;
    vm.getitem(seq, int::from_usize(i))
}

fn r_shuffle(vm: &mut Vm, a: Args) -> PyResult {
    // A Python method in CPython (3.11 dropped its `random` parameter): its wording.
    if a.len() == 1 && !a.has_kw() {
        return Err(vm.type_error("Random.shuffle() missing 1 required positional argument: 'x'"));
    }
    let [_slf, x] = a.bind(vm, "Random.shuffle", ["self", "x"], 2, 2)?;
    let n = vm.len(x)?;
    // The swap partners, drawn exactly as CPython's loop draws them.
    let js: Vec<usize> = with_mt(vm, &a, |m| (1..n).rev().map(|i| m.randbelow_u64(i as u64 + 1) as usize).collect())?;
    if list::is_list(x) && list::len(x) == n {
        for (i, j) in (1..n).rev().zip(js) {
            let (xi, xj) = (list::get(x, i), list::get(x, j));
            if let (Some(xi), Some(xj)) = (xi, xj) {
                list::set(x, i, xj);
                list::set(x, j, xi);
            }
        }
        return Ok(objmodel::none());
    }
    for (i, j) in (1..n).rev().zip(js) {
        let (iv, jv) = (int::from_usize(i), int::from_usize(j));
        let xi = vm.getitem(x, iv)?;
        let xj = vm.getitem(x, jv)?;
        vm.setitem(x, iv, xj)?;
        vm.setitem(x, jv, xi)?;
    }
    Ok(objmodel::none())
}

fn is_sequence(vm: &mut Vm, v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    match v.header().kind() {
        Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Range => true,
        Kind::Dict | Kind::Set | Kind::FrozenSet => false,
        _ => {
            let t = v.class();
            vm.lookup_special(t, vm.rt.names.__getitem__).is_some() && vm.lookup_special(t, vm.rt.names.__len__).is_some()
        }
    }
}

fn r_sample(vm: &mut Vm, a: Args) -> PyResult {
    let [_, pop, k, counts] = a.bind(vm, "sample", ["self", "population", "k", "counts"], 3, 3)?;
    if !is_sequence(vm, pop) {
        return Err(vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let n = vm.len(pop)?;
    let kk = vm.index(k)?;
    let k = int::to_i64(kk).unwrap_or(i64::MAX);
    let idx = if !counts.is_null() && !counts.is_none() {
        let (_holder, cs) = super::util::collect_rooted(vm, counts)?;
        let mut c = Vec::with_capacity(cs.len());
        for x in cs {
            c.push(vm.index_value(x)?);
        }
        let r = with_mt(vm, &a, |m| m.sample_counts_indices(n, &c, k))?;
        mres(vm, r)?
    } else {
        let r = with_mt(vm, &a, |m| m.sample_indices(n, k))?;
        mres(vm, r)?
    };
    let out = list::new_list(&[]);
    for i in idx {
        let v = vm.getitem(pop, int::from_usize(i))?;
        list::append(out, v);
    }
    Ok(out)
}

fn r_choices(vm: &mut Vm, a: Args) -> PyResult {
    let [_, pop, weights, cum, k] = a.bind(vm, "choices", ["self", "population", "weights", "cum_weights", "k"], 3, 2)?;
    let n = vm.len(pop)?;
    let k = if k.is_null() { 1 } else { vm.index_value(k)?.max(0) as usize };
    let none = |v: Value| v.is_null() || v.is_none();
    let idx: Vec<usize> = if none(cum) {
        if none(weights) {
            let nf = n as f64;
            let r: Vec<usize> = with_mt(vm, &a, |m| (0..k).map(|_| (m.random() * nf).floor() as usize).collect())?;
            let out = list::new_list(&[]);
            for i in r {
                let v = vm.getitem(pop, int::from_usize(i))?;
                list::append(out, v);
            }
            return Ok(out);
        }
        // itertools.accumulate(weights)
        let (_holder, ws) = super::util::collect_rooted(vm, weights)?;
        let acc_list = list::new_list(&[]);
        let mut total = Value::NULL;
        for w in ws {
            total = if total.is_null() { w } else { vm.binary_op(crate::bytecode::BinOp::Add, total, w)? };
            list::append(acc_list, total);
        }
        let acc = list::to_vec(acc_list);
        if acc.len() != n {
            return Err(vm.value_error("The number of weights does not match the population"));
        }
        choose_cum(vm, &a, &acc, k)?
    } else {
        if !none(weights) {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
        }
        let (_holder, cs) = super::util::collect_rooted(vm, cum)?;
        if cs.len() != n {
            return Err(vm.value_error("The number of weights does not match the population"));
        }
        choose_cum(vm, &a, &cs, k)?
    };
    let out = list::new_list(&[]);
    for i in idx {
        let v = vm.getitem(pop, int::from_usize(i))?;
        list::append(out, v);
    }
    Ok(out)
}

fn choose_cum(vm: &mut Vm, a: &Args, cum: &[Value], k: usize) -> PyResult<Vec<usize>> {
    vm.with_roots(cum, |vm| {
        let Some(last) = cum.last() else {
            return Err(vm.index_error("list index out of range"));
        };
        let total = vm.binary_op(crate::bytecode::BinOp::Add, *last, fl(0.0))?;
        let mut cf = Vec::with_capacity(cum.len());
        for c in cum {
            cf.push(as_f64(vm, *c)?);
        }
        let total = as_f64(vm, total)?;
        if total <= 0.0 {
            return Err(vm.value_error("Total of weights must be greater than zero"));
        }
        if !total.is_finite() {
            return Err(vm.value_error("Total of weights must be finite"));
        }
        // Keep the accumulated sums (exact ints) but compare as floats, as the C bisect would
        // for float keys against int sums of moderate size.
        let r = with_mt(vm, a, |m| m.choices_cum_weights(&cf, k))?;
        mres(vm, r)
    })
}

fn floats<const N: usize>(vm: &mut Vm, a: &Args, fname: &str, names: [&str; N], defaults: [Option<f64>; N]) -> PyResult<[f64; N]> {
    let required = defaults.iter().take_while(|d| d.is_none()).count();
    let rest = a.rest();
    let vals = rest.bind(vm, fname, names, N, required)?;
    let mut out = [0.0; N];
    for i in 0..N {
        out[i] = if vals[i].is_null() { defaults[i].unwrap_or(0.0) } else { as_f64(vm, vals[i])? };
    }
    Ok(out)
}

fn r_uniform(vm: &mut Vm, a: Args) -> PyResult {
    let [x, y] = floats(vm, &a, "uniform", ["a", "b"], [None, None])?;
    Ok(fl(with_mt(vm, &a, |m| m.uniform(x, y))?))
}
fn r_triangular(vm: &mut Vm, a: Args) -> PyResult {
    let [_, lo, hi, mode] = a.bind(vm, "triangular", ["self", "low", "high", "mode"], 4, 1)?;
    let lo = if lo.is_null() { 0.0 } else { as_f64(vm, lo)? };
    let hi = if hi.is_null() { 1.0 } else { as_f64(vm, hi)? };
    let mode = if mode.is_null() || mode.is_none() { None } else { Some(as_f64(vm, mode)?) };
    Ok(fl(with_mt(vm, &a, |m| m.triangular(lo, hi, mode))?))
}
fn r_normalvariate(vm: &mut Vm, a: Args) -> PyResult {
    let [mu, sigma] = floats(vm, &a, "normalvariate", ["mu", "sigma"], [Some(0.0), Some(1.0)])?;
    Ok(fl(with_mt(vm, &a, |m| m.normalvariate(mu, sigma))?))
}
fn r_gauss(vm: &mut Vm, a: Args) -> PyResult {
    let [mu, sigma] = floats(vm, &a, "gauss", ["mu", "sigma"], [Some(0.0), Some(1.0)])?;
    Ok(fl(with_mt(vm, &a, |m| m.gauss(mu, sigma))?))
}

macro_rules! fallible {
    ($($fname:ident => $method:ident, $pyname:literal, [$($arg:literal),*];)*) => {$(
        fn $fname(vm: &mut Vm, a: Args) -> PyResult {
            let v = floats(vm, &a, $pyname, [$($arg),*], [$(None::<f64>.or({ let _ = $arg; None })),*])?;
            let r = with_mt(vm, &a, |m| fallible!(@call m, $method, v, [$($arg),*]))?;
            mres(vm, r).map(fl)
        }
    )*};
    (@call $m:ident, $method:ident, $v:ident, [$a:literal]) => { $m.$method($v[0]) };
    (@call $m:ident, $method:ident, $v:ident, [$a:literal, $b:literal]) => { $m.$method($v[0], $v[1]) };
}

fallible! {
    r_lognormvariate => lognormvariate, "lognormvariate", ["mu", "sigma"];
    r_expovariate => expovariate, "expovariate", ["lambd"];
    r_vonmisesvariate => vonmisesvariate, "vonmisesvariate", ["mu", "kappa"];
    r_gammavariate => gammavariate, "gammavariate", ["alpha", "beta"];
    r_betavariate => betavariate, "betavariate", ["alpha", "beta"];
    r_paretovariate => paretovariate, "paretovariate", ["alpha"];
    r_weibullvariate => weibullvariate, "weibullvariate", ["alpha", "beta"];
}

fn r_randbytes(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "randbytes", 2, 2)?;
    let n = vm.index_value(a.at(1))?;
    if n < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let b = with_mt(vm, &a, |m| m.randbytes(n as usize))?;
    Ok(objmodel::alloc::new_bytes(&b))
}

const PY: &str = r#"
from math import log as _log, exp as _exp, pi as _pi, e as _e, sqrt as _sqrt, cos as _cos, sin as _sin, tau as TWOPI
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

class SystemRandom(Random):
    "Alternate random number generator using sources provided by the operating system."
    def seed(self, *args, **kwds):
        Random.seed(self, None)
    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')
    getstate = setstate = _notimplemented

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
           "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
           "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
           "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
           "vonmisesvariate", "weibullvariate"]
"#;

fn make_type() -> &'static TypeObj {
    if let Some(t) = RANDOM_TYPE.get() {
        return crate::objects::type_::as_type(Value::from_raw(*t));
    }
    use crate::objects::define::{attr, method, method_flags};
    let obj = crate::runtime::rt().types.object;
    let t = crate::runtime::bootstrap_type(
        "Random",
        obj,
        Kind::Native,
        objmodel::types::tflags::BASETYPE | objmodel::types::tflags::HEAPTYPE,
    );
    let m = pystr::new("random");
    t.module.set(m);
    attr(t, "__module__", m);
    attr(t, "VERSION", Value::small(3));
    method_flags(t, "__new__", r_new, 0);
    for (n, f) in [
        ("__init__", r_init as crate::args::NativeFn),
        ("seed", r_seed),
        ("random", r_random),
        ("getrandbits", r_getrandbits),
        ("_randbelow", r_randbelow),
        ("getstate", r_getstate),
        ("setstate", r_setstate),
        ("randrange", r_randrange),
        ("randint", r_randint),
        ("choice", r_choice),
        ("shuffle", r_shuffle),
        ("sample", r_sample),
        ("choices", r_choices),
        ("uniform", r_uniform),
        ("triangular", r_triangular),
        ("normalvariate", r_normalvariate),
        ("gauss", r_gauss),
        ("lognormvariate", r_lognormvariate),
        ("expovariate", r_expovariate),
        ("vonmisesvariate", r_vonmisesvariate),
        ("gammavariate", r_gammavariate),
        ("betavariate", r_betavariate),
        ("paretovariate", r_paretovariate),
        ("weibullvariate", r_weibullvariate),
        ("randbytes", r_randbytes),
    ] {
        method(t, n, f);
    }
    crate::objects::type_::update_flags_from_dict(t);
    t.bump_version();
    let _ = RANDOM_TYPE.set(t.as_value().raw());
    t
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::util::new_module("random");
    let t = make_type();
    super::util::set(d, "Random", t.as_value());
    super::util::exec_in(vm, d, PY, "<random>")?;
    super::util::exec_in(vm, d, include_str!("random_generic.py"), "<random>")?;
    Ok(m)
}

//! `_pyrs_pickle`: native `pickle.dumps`/`pickle.loads` for object graphs made only of the
//! exact built-in types (None, bool, int, float, str, bytes, tuple, list, dict, set,
//! frozenset). CPython runs these in C (`Modules/_pickle.c`); the Python pickler of
//! `py_d/pickle.py` was 20 to 100 times slower on them.
//!
//! # Scheme
//! Both functions either finish with exactly the result the Python code would have given, or
//! give up and return `NotImplemented`, after which `pickle.py` runs its Python code from the
//! start. Giving up is always safe because neither function runs Python code or changes any
//! object that existed before the call: `dumps` only reads exact built-in containers (no user
//! `__reduce__`, `persistent_id` or hash is involved), and `loads` only builds new objects of
//! built-in types (their hashes and equality are native). So every case that needs Python
//! code (instances of other classes, globals, `__reduce__`, `persistent_load`), every error
//! (truncated data, bad memo indices, unhashable keys) and every rare form (protocols 0 and 1,
//! text opcodes, POP/DUP, recursive tuples of depth beyond [`MAX_DEPTH`]) goes to the Python
//! code, which raises CPython's errors.
//!
//! `dumps` follows `_Pickler` of `pickle.py` opcode for opcode (memo by identity, MEMOIZE or
//! BINPUT, batches of 1000, protocol 4's 64 KiB frames and out-of-frame large bodies), so both
//! give the same bytes, which are CPython's.
//!
//! # GC
//! Neither function reaches a safepoint (no calls into Python, no backward jumps; allocation
//! never collects), so the Values they keep in Rust vectors cannot be collected or missed by a
//! marking before they return (ARCHITECTURE "Garbage collection rules").

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use num_bigint::BigInt;
use objmodel::Value;

use super::util;
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{bytes as pybytes, dict, float, int, list, set, str as pystr, tuple};
use crate::vm::Vm;

/// Containers nested deeper than this go to the Python code (which raises RecursionError
/// where CPython would).
const MAX_DEPTH: usize = 200;
const FRAME_SIZE_TARGET: usize = 64 * 1024;
const FRAME_SIZE_MIN: usize = 4;
const BATCHSIZE: usize = 1000;

// Opcodes (pickletools documents each).
const MARK: u8 = b'(';
const STOP: u8 = b'.';
const BININT: u8 = b'J';
const BININT1: u8 = b'K';
const BININT2: u8 = b'M';
const NONE: u8 = b'N';
const BINUNICODE: u8 = b'X';
const APPEND: u8 = b'a';
const DICT: u8 = b'd';
const EMPTY_DICT: u8 = b'}';
const APPENDS: u8 = b'e';
const BINGET: u8 = b'h';
const LONG_BINGET: u8 = b'j';
const LIST: u8 = b'l';
const EMPTY_LIST: u8 = b']';
const BINPUT: u8 = b'q';
const LONG_BINPUT: u8 = b'r';
const SETITEM: u8 = b's';
const TUPLE: u8 = b't';
const EMPTY_TUPLE: u8 = b')';
const SETITEMS: u8 = b'u';
const BINFLOAT: u8 = b'G';
const POP: u8 = b'0';
const POP_MARK: u8 = b'1';
const PROTO: u8 = 0x80;
const TUPLE1: u8 = 0x85;
const TUPLE2: u8 = 0x86;
const TUPLE3: u8 = 0x87;
const NEWTRUE: u8 = 0x88;
const NEWFALSE: u8 = 0x89;
const LONG1: u8 = 0x8a;
const LONG4: u8 = 0x8b;
const BINBYTES: u8 = b'B';
const SHORT_BINBYTES: u8 = b'C';
const SHORT_BINUNICODE: u8 = 0x8c;
const BINUNICODE8: u8 = 0x8d;
const BINBYTES8: u8 = 0x8e;
const EMPTY_SET: u8 = 0x8f;
const ADDITEMS: u8 = 0x90;
const FROZENSET: u8 = 0x91;
const MEMOIZE: u8 = 0x94;
const FRAME: u8 = 0x95;

/// The memos' maps: keys are addresses or small indices, hashed with FxHash (SipHash was a
/// fifth of the time of a round trip).
type Memo<K, V> = HashMap<K, V, BuildHasherDefault<crate::runtime::NameHasher>>;

/// The object graph or the data needs the Python code (see the module doc).
struct Unhandled;

type Step<T = ()> = Result<T, Unhandled>;

// ---------------------------------------------------------------------------------------
// dumps

/// `_Pickler` with `_Framer`, writing into memory (`pickle.py`, same names).
struct Pickler<'v> {
    vm: &'v Vm,
    /// What `file.write` received.
    out: Vec<u8>,
    /// The current frame (protocol 4 and up, after the PROTO opcode).
    frame: Option<Vec<u8>>,
    /// id(obj) -> memo index.
    memo: Memo<usize, u32>,
    proto: u8,
}

impl Pickler<'_> {
    fn write(&mut self, b: &[u8]) {
        match &mut self.frame {
            Some(f) => f.extend_from_slice(b),
            None => self.out.extend_from_slice(b),
        }
    }

    fn commit_frame(&mut self, force: bool) {
        if let Some(f) = &mut self.frame
            && (f.len() >= FRAME_SIZE_TARGET || force)
        {
            let data = std::mem::take(f);
            if data.len() >= FRAME_SIZE_MIN {
                self.out.push(FRAME);
                self.out.extend_from_slice(&(data.len() as u64).to_le_bytes());
            }
            self.out.extend_from_slice(&data);
        }
    }

    fn write_large_bytes(&mut self, header: &[u8], payload: &[u8]) {
        if self.frame.is_some() {
            self.commit_frame(true);
        }
        self.out.extend_from_slice(header);
        self.out.extend_from_slice(payload);
    }

    fn memoize(&mut self, v: Value) {
        let idx = self.memo.len() as u32;
        if self.proto >= 4 {
            self.write(&[MEMOIZE]);
        } else if idx < 256 {
            self.write(&[BINPUT, idx as u8]);
        } else {
            let mut b = [LONG_BINPUT, 0, 0, 0, 0];
            b[1..].copy_from_slice(&idx.to_le_bytes());
            self.write(&b);
        }
        self.memo.insert(v.raw(), idx);
    }

    fn write_get(&mut self, i: u32) {
        if i < 256 {
            self.write(&[BINGET, i as u8]);
        } else {
            let mut b = [LONG_BINGET, 0, 0, 0, 0];
            b[1..].copy_from_slice(&i.to_le_bytes());
            self.write(&b);
        }
    }

    fn save(&mut self, v: Value, depth: usize) -> Step {
        self.commit_frame(false);
        if let Some(i) = v.as_small() {
            self.save_i64(i);
            return Ok(());
        }
        if let Some(&i) = self.memo.get(&v.raw()) {
            self.write_get(i);
            return Ok(());
        }
        let t = &self.vm.rt.types;
        let cls = v.class();
        if cls.is(t.none) {
            self.write(&[NONE]);
        } else if cls.is(t.bool_) {
            self.write(&[if v.is(objmodel::true_()) { NEWTRUE } else { NEWFALSE }]);
        } else if cls.is(t.int) {
            match int::to_i64(v) {
                Some(i) => self.save_i64(i),
                None => self.save_bigint(&int::to_bigint(v).ok_or(Unhandled)?),
            }
        } else if cls.is(t.float) {
            let x = float::exact_f64(v).ok_or(Unhandled)?;
            let mut b = [BINFLOAT, 0, 0, 0, 0, 0, 0, 0, 0];
            b[1..].copy_from_slice(&x.to_be_bytes());
            self.write(&b);
        } else if cls.is(t.str_) {
            self.save_str(v)?;
        } else if cls.is(t.bytes) {
            self.save_bytes(v)?;
        } else if cls.is(t.tuple) {
            self.save_tuple(v, depth)?;
        } else if cls.is(t.list) {
            self.save_list(v, depth)?;
        } else if cls.is(t.dict) {
            self.save_dict(v, depth)?;
        } else if cls.is(t.set) {
            self.save_set(v, depth)?;
        } else if cls.is(t.frozenset) {
            self.save_frozenset(v, depth)?;
        } else {
            return Err(Unhandled);
        }
        Ok(())
    }

    fn save_i64(&mut self, i: i64) {
        if (0..=0xff).contains(&i) {
            self.write(&[BININT1, i as u8]);
        } else if (0..=0xffff).contains(&i) {
            let b = (i as u16).to_le_bytes();
            self.write(&[BININT2, b[0], b[1]]);
        } else if (-0x8000_0000..=0x7fff_ffff).contains(&i) {
            let mut b = [BININT, 0, 0, 0, 0];
            b[1..].copy_from_slice(&(i as i32).to_le_bytes());
            self.write(&b);
        } else {
            // encode_long: the shortest little-endian two's complement (at least 5 bytes here).
            let b = i.to_le_bytes();
            let mut n = 8;
            while n > 1 && ((b[n - 1] == 0 && b[n - 2] & 0x80 == 0) || (b[n - 1] == 0xff && b[n - 2] & 0x80 != 0)) {
                n -= 1;
            }
            self.write(&[LONG1, n as u8]);
            self.write(&b[..n]);
        }
    }

    fn save_bigint(&mut self, x: &BigInt) {
        // Never zero (zero is a small int); num-bigint's bytes are the shortest form, as
        // encode_long's.
        let enc = x.to_signed_bytes_le();
        let n = enc.len();
        if n < 256 {
            self.write(&[LONG1, n as u8]);
        } else {
            let mut h = [LONG4, 0, 0, 0, 0];
            h[1..].copy_from_slice(&(n as i32).to_le_bytes());
            self.write(&h);
        }
        self.write(&enc);
    }

    fn save_str(&mut self, v: Value) -> Step {
        // UTF-8 inside, so the bytes are `encode('utf-8', 'surrogatepass')`'s.
        let s = pystr::as_str(v).ok_or(Unhandled)?.as_bytes();
        self.save_body(s, SHORT_BINUNICODE, BINUNICODE, BINUNICODE8)?;
        self.memoize(v);
        Ok(())
    }

    fn save_bytes(&mut self, v: Value) -> Step {
        if self.proto < 3 {
            return Err(Unhandled);
        }
        let b = pybytes::bytes_slice(v);
        self.save_body(b, SHORT_BINBYTES, BINBYTES, BINBYTES8)?;
        self.memoize(v);
        Ok(())
    }

    /// save_str/save_bytes's choice of opcode for a body of `n` bytes.
    fn save_body(&mut self, d: &[u8], short: u8, long4: u8, long8: u8) -> Step {
        let n = d.len();
        if n <= 0xff && (short == SHORT_BINBYTES || self.proto >= 4) {
            self.write(&[short, n as u8]);
            self.write(d);
        } else if n > 0xffff_ffff {
            if self.proto < 4 {
                return Err(Unhandled);
            }
            let mut h = [long8, 0, 0, 0, 0, 0, 0, 0, 0];
            h[1..].copy_from_slice(&(n as u64).to_le_bytes());
            self.write_large_bytes(&h, d);
        } else {
            let mut h = [long4, 0, 0, 0, 0];
            h[1..].copy_from_slice(&(n as u32).to_le_bytes());
            if n >= FRAME_SIZE_TARGET {
                self.write_large_bytes(&h, d);
            } else {
                self.write(&h);
                self.write(d);
            }
        }
        Ok(())
    }

    fn save_tuple(&mut self, v: Value, depth: usize) -> Step {
        let items = tuple::items(v);
        let n = items.len();
        if n == 0 {
            self.write(&[EMPTY_TUPLE]);
            return Ok(());
        }
        if depth >= MAX_DEPTH {
            return Err(Unhandled);
        }
        if n <= 3 {
            for &x in items {
                self.save(x, depth + 1)?;
            }
            if let Some(&i) = self.memo.get(&v.raw()) {
                self.write(&[POP; 3][..n]);
                self.write_get(i);
            } else {
                self.write(&[[TUPLE1, TUPLE2, TUPLE3][n - 1]]);
                self.memoize(v);
            }
            return Ok(());
        }
        self.write(&[MARK]);
        for &x in items {
            self.save(x, depth + 1)?;
        }
        if let Some(&i) = self.memo.get(&v.raw()) {
            self.write(&[POP_MARK]);
            self.write_get(i);
            return Ok(());
        }
        self.write(&[TUPLE]);
        self.memoize(v);
        Ok(())
    }

    fn save_list(&mut self, v: Value, depth: usize) -> Step {
        if depth >= MAX_DEPTH {
            return Err(Unhandled);
        }
        self.write(&[EMPTY_LIST]);
        self.memoize(v);
        let items = list::to_vec(v);
        match items.len() {
            0 => {}
            1 => {
                self.save(items[0], depth + 1)?;
                self.write(&[APPEND]);
            }
            _ => {
                for batch in items.chunks(BATCHSIZE) {
                    self.write(&[MARK]);
                    for &x in batch {
                        self.save(x, depth + 1)?;
                    }
                    self.write(&[APPENDS]);
                }
            }
        }
        Ok(())
    }

    fn save_dict(&mut self, v: Value, depth: usize) -> Step {
        if depth >= MAX_DEPTH {
            return Err(Unhandled);
        }
        self.write(&[EMPTY_DICT]);
        self.memoize(v);
        let items = dict::items(v);
        match items.len() {
            0 => {}
            1 => {
                self.save(items[0].0, depth + 1)?;
                self.save(items[0].1, depth + 1)?;
                self.write(&[SETITEM]);
            }
            n => {
                // A last, empty batch when the size is a multiple of 1000, as pickle.py writes.
                for b in 0..=n / BATCHSIZE {
                    self.write(&[MARK]);
                    for &(k, x) in &items[b * BATCHSIZE..((b + 1) * BATCHSIZE).min(n)] {
                        self.save(k, depth + 1)?;
                        self.save(x, depth + 1)?;
                    }
                    self.write(&[SETITEMS]);
                }
            }
        }
        Ok(())
    }

    fn save_set(&mut self, v: Value, depth: usize) -> Step {
        if self.proto < 4 || depth >= MAX_DEPTH {
            return Err(Unhandled);
        }
        self.write(&[EMPTY_SET]);
        self.memoize(v);
        let items = set::items(v);
        let n = items.len();
        if n == 0 {
            return Ok(());
        }
        // A last, empty batch when the size is a multiple of 1000, as pickle.py writes.
        for b in 0..=n / BATCHSIZE {
            self.write(&[MARK]);
            for &x in &items[b * BATCHSIZE..((b + 1) * BATCHSIZE).min(n)] {
                self.save(x, depth + 1)?;
            }
            self.write(&[ADDITEMS]);
        }
        Ok(())
    }

    fn save_frozenset(&mut self, v: Value, depth: usize) -> Step {
        if self.proto < 4 || depth >= MAX_DEPTH {
            return Err(Unhandled);
        }
        self.write(&[MARK]);
        for x in set::items(v) {
            self.save(x, depth + 1)?;
        }
        if let Some(&i) = self.memo.get(&v.raw()) {
            self.write(&[POP_MARK]);
            self.write_get(i);
            return Ok(());
        }
        self.write(&[FROZENSET]);
        self.memoize(v);
        Ok(())
    }
}

/// `_pyrs_pickle.dumps(obj, protocol)`: the pickle as bytes, or NotImplemented (module doc).
/// `protocol` is an int from 2 to 5 (pickle.py checks and defaults it).
fn m_dumps(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "dumps", 2, 2)?;
    let proto = match a.at(1).as_small() {
        Some(p @ 2..=5) => p as u8,
        _ => return Ok(objmodel::not_implemented()),
    };
    let mut p = Pickler { vm, out: Vec::new(), frame: None, memo: Memo::default(), proto };
    p.out.extend_from_slice(&[PROTO, proto]);
    if proto >= 4 {
        p.frame = Some(Vec::new());
    }
    if p.save(a.at(0), 0).is_err() {
        return Ok(objmodel::not_implemented());
    }
    p.write(&[STOP]);
    if p.frame.as_ref().is_some_and(|f| !f.is_empty()) {
        p.commit_frame(true);
    }
    Ok(objmodel::alloc::new_bytes(&p.out))
}

// ---------------------------------------------------------------------------------------
// loads

/// `_Unpickler.read` over bytes in memory: reads inside the current frame must fit it; a
/// frame read to its end gives way to the data after it.
struct Reader<'d> {
    d: &'d [u8],
    pos: usize,
    frame_end: Option<usize>,
}

impl<'d> Reader<'d> {
    fn read(&mut self, n: usize) -> Step<&'d [u8]> {
        if let Some(fe) = self.frame_end {
            if self.pos == fe && n != 0 {
                self.frame_end = None;
            } else if self.pos + n > fe {
                return Err(Unhandled);
            }
        }
        let end = self.pos.checked_add(n).filter(|&e| e <= self.d.len()).ok_or(Unhandled)?;
        let s = &self.d[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Step<u8> {
        Ok(self.read(1)?[0])
    }
    fn u32(&mut self) -> Step<u32> {
        Ok(u32::from_le_bytes(self.read(4)?.try_into().unwrap()))
    }
    fn u64(&mut self) -> Step<u64> {
        Ok(u64::from_le_bytes(self.read(8)?.try_into().unwrap()))
    }
}

/// `_Unpickler`'s stack, metastack (as mark positions) and memo.
struct Loader<'d> {
    r: Reader<'d>,
    stack: Vec<Value>,
    marks: Vec<usize>,
    memo: Memo<u64, Value>,
}

impl Loader<'_> {
    fn base(&self) -> usize {
        self.marks.last().copied().unwrap_or(0)
    }
    fn pop(&mut self) -> Step<Value> {
        if self.stack.len() > self.base() { Ok(self.stack.pop().unwrap()) } else { Err(Unhandled) }
    }
    /// `stack[-1]` of the current segment.
    fn top(&self) -> Step<Value> {
        if self.stack.len() > self.base() { Ok(*self.stack.last().unwrap()) } else { Err(Unhandled) }
    }
    fn pop_mark(&mut self) -> Step<Vec<Value>> {
        let m = self.marks.pop().ok_or(Unhandled)?;
        Ok(self.stack.split_off(m))
    }
    fn new_str(&mut self, b: &[u8]) -> Step<Value> {
        let s = std::str::from_utf8(b).map_err(|_| Unhandled)?;
        Ok(pystr::new(s))
    }

    fn run(&mut self, vm: &mut Vm) -> Step<Value> {
        let t = &vm.rt.types;
        let (list_t, dict_t, set_t) = (t.list, t.dict, t.set);
        loop {
            let op = self.r.u8()?;
            match op {
                PROTO => {
                    if self.r.u8()? > 5 {
                        return Err(Unhandled);
                    }
                }
                FRAME => {
                    let n = self.r.u64()?;
                    if self.r.frame_end.is_some_and(|fe| fe != self.r.pos) {
                        return Err(Unhandled);
                    }
                    let end = (self.r.pos as u64).checked_add(n).filter(|&e| e <= self.r.d.len() as u64).ok_or(Unhandled)?;
                    self.r.frame_end = Some(end as usize);
                }
                STOP => return self.pop(),
                MARK => self.marks.push(self.stack.len()),
                NONE => self.stack.push(objmodel::none()),
                NEWTRUE => self.stack.push(objmodel::true_()),
                NEWFALSE => self.stack.push(objmodel::false_()),
                BININT => {
                    let i = i32::from_le_bytes(self.r.read(4)?.try_into().unwrap());
                    self.stack.push(Value::small(i as i64));
                }
                BININT1 => {
                    let i = self.r.u8()?;
                    self.stack.push(Value::small(i as i64));
                }
                BININT2 => {
                    let i = u16::from_le_bytes(self.r.read(2)?.try_into().unwrap());
                    self.stack.push(Value::small(i as i64));
                }
                LONG1 | LONG4 => {
                    let n = if op == LONG1 {
                        self.r.u8()? as usize
                    } else {
                        usize::try_from(i32::from_le_bytes(self.r.read(4)?.try_into().unwrap())).map_err(|_| Unhandled)?
                    };
                    let b = self.r.read(n)?;
                    let v = if n <= 8 {
                        // Sign-extend the little-endian two's complement bytes.
                        let mut w = [if b.last().is_some_and(|&x| x & 0x80 != 0) { 0xff } else { 0 }; 8];
                        w[..n].copy_from_slice(b);
                        int::from_i64(i64::from_le_bytes(w))
                    } else {
                        int::from_bigint(&BigInt::from_signed_bytes_le(b))
                    };
                    self.stack.push(v);
                }
                BINFLOAT => {
                    let x = f64::from_be_bytes(self.r.read(8)?.try_into().unwrap());
                    self.stack.push(float::new(x));
                }
                SHORT_BINUNICODE | BINUNICODE | BINUNICODE8 | SHORT_BINBYTES | BINBYTES | BINBYTES8 => {
                    let n = match op {
                        SHORT_BINUNICODE | SHORT_BINBYTES => self.r.u8()? as usize,
                        BINUNICODE | BINBYTES => self.r.u32()? as usize,
                        _ => usize::try_from(self.r.u64()?).ok().filter(|&n| n <= isize::MAX as usize).ok_or(Unhandled)?,
                    };
                    let b = self.r.read(n)?;
                    let v = if matches!(op, SHORT_BINUNICODE | BINUNICODE | BINUNICODE8) {
                        self.new_str(b)?
                    } else {
                        objmodel::alloc::new_bytes(b)
                    };
                    self.stack.push(v);
                }
                EMPTY_LIST => self.stack.push(list::new_list(&[])),
                EMPTY_DICT => self.stack.push(dict::new_dict()),
                EMPTY_SET => self.stack.push(set::new_set()),
                EMPTY_TUPLE => self.stack.push(tuple::empty()),
                TUPLE => {
                    let items = self.pop_mark()?;
                    self.stack.push(tuple::new(&items));
                }
                TUPLE1 | TUPLE2 | TUPLE3 => {
                    let n = (op - TUPLE1 + 1) as usize;
                    if self.stack.len() < self.base() + n {
                        return Err(Unhandled);
                    }
                    let at = self.stack.len() - n;
                    let v = tuple::new(&self.stack[at..]);
                    self.stack.truncate(at);
                    self.stack.push(v);
                }
                LIST => {
                    let items = self.pop_mark()?;
                    self.stack.push(list::new_list(&items));
                }
                DICT => {
                    let items = self.pop_mark()?;
                    if items.len() % 2 != 0 {
                        return Err(Unhandled);
                    }
                    let d = dict::new_dict();
                    for kv in items.chunks(2) {
                        dict::set(vm, d, kv[0], kv[1]).map_err(|_| Unhandled)?;
                    }
                    self.stack.push(d);
                }
                FROZENSET => {
                    let items = self.pop_mark()?;
                    let f = set::new_frozenset();
                    for x in items {
                        set::add(vm, f, x).map_err(|_| Unhandled)?;
                    }
                    self.stack.push(f);
                }
                APPEND => {
                    let x = self.pop()?;
                    let l = self.top()?;
                    if !l.class().is(list_t) {
                        return Err(Unhandled);
                    }
                    list::append(l, x);
                }
                APPENDS => {
                    let items = self.pop_mark()?;
                    let l = self.top()?;
                    if !l.class().is(list_t) {
                        return Err(Unhandled);
                    }
                    list::extend_from_slice(l, &items);
                }
                SETITEM => {
                    let x = self.pop()?;
                    let k = self.pop()?;
                    let d = self.top()?;
                    if !d.class().is(dict_t) {
                        return Err(Unhandled);
                    }
                    dict::set(vm, d, k, x).map_err(|_| Unhandled)?;
                }
                SETITEMS => {
                    let items = self.pop_mark()?;
                    let d = self.top()?;
                    if !d.class().is(dict_t) || items.len() % 2 != 0 {
                        return Err(Unhandled);
                    }
                    for kv in items.chunks(2) {
                        dict::set(vm, d, kv[0], kv[1]).map_err(|_| Unhandled)?;
                    }
                }
                ADDITEMS => {
                    let items = self.pop_mark()?;
                    let s = self.top()?;
                    if !s.class().is(set_t) {
                        return Err(Unhandled);
                    }
                    for x in items {
                        set::add(vm, s, x).map_err(|_| Unhandled)?;
                    }
                }
                MEMOIZE => {
                    let v = self.top()?;
                    self.memo.insert(self.memo.len() as u64, v);
                }
                BINPUT | LONG_BINPUT => {
                    let i = if op == BINPUT { self.r.u8()? as u64 } else { self.r.u32()? as u64 };
                    let v = self.top()?;
                    self.memo.insert(i, v);
                }
                BINGET | LONG_BINGET => {
                    let i = if op == BINGET { self.r.u8()? as u64 } else { self.r.u32()? as u64 };
                    let v = *self.memo.get(&i).ok_or(Unhandled)?;
                    self.stack.push(v);
                }
                _ => return Err(Unhandled),
            }
        }
    }
}

/// `_pyrs_pickle.loads(data)`: the object `data` (exact bytes) pickles, or NotImplemented
/// (module doc).
fn m_loads(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "loads", 1, 1)?;
    let v = a.at(0);
    if !v.is_ptr() || !v.class().is(vm.rt.types.bytes) {
        return Ok(objmodel::not_implemented());
    }
    let data = pybytes::bytes_slice(v);
    let mut l = Loader { r: Reader { d: data, pos: 0, frame_end: None }, stack: Vec::new(), marks: Vec::new(), memo: Memo::default() };
    Ok(l.run(vm).unwrap_or_else(|Unhandled| objmodel::not_implemented()))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = util::new_module("_pyrs_pickle");
    util::funcs(d, &[("dumps", m_dumps), ("loads", m_loads)]);
    Ok(m)
}

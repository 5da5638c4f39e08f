//! `list.sort` / `sorted`: a port of CPython 3.11's listsort (Objects/listobject.c): timsort
//! runs with binary insertion up to minrun, galloping merges (`merge_lo`/`merge_hi`), and the
//! powersort merge policy. Following CPython step by step matters: the result for
//! inconsistent orders (NaNs, user `__lt__`) and the number and order of comparisons (visible
//! to user code) are CPython's.
//!
//! The sort permutes an index array (positions into the keys and values); comparisons may run
//! Python code and fail, in which case the array is left a permutation, as CPython leaves the
//! list holding all its items.

use objmodel::Value;

use crate::error::PyResult;
use crate::vm::Vm;

const MIN_GALLOP: usize = 7;

/// Sort `items` (stable). With `keys`, orders by the keys; `reverse` keeps stability as
/// CPython does (reverse, stable-sort, reverse). On error `items` is left in the partially
/// sorted order CPython would leave.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, keys: Option<Vec<Value>>, reverse: bool) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let mut keys = keys.unwrap_or_else(|| items.clone());
    if reverse {
        keys.reverse();
        items.reverse();
    }
    let mut perm: Vec<usize> = (0..n).collect();
    let all: Vec<Value> = keys.iter().chain(items.iter()).copied().collect();
    let r = vm.with_roots(&all, |vm| {
        let mode = key_mode(vm, &keys);
        if total_order_sort(mode, &keys, &mut perm) {
            return Ok(());
        }
        let mut ms = MergeState { keys: &keys, tmp: Vec::new(), pending: Vec::new(), min_gallop: MIN_GALLOP, listlen: n, mode };
        ms.sort(vm, &mut perm)
    });
    let mut sorted: Vec<Value> = perm.iter().map(|&i| items[i]).collect();
    if reverse {
        sorted.reverse();
    }
    *items = sorted;
    r
}

/// Sorts `perm` by `keys` with the standard library's stable sort when the keys' simple mode is
/// a total order (small ints, strs, floats without NaN); returns false otherwise. A stable sort
/// by a total order has exactly one result, so this gives timsort's result; and these
/// comparisons run no Python code, so which comparisons run is not visible either.
fn total_order_sort(mode: u8, keys: &[Value], perm: &mut [usize]) -> bool {
    match mode {
        MODE_SMALL => perm.sort_by_key(|&i| keys[i].small_unchecked()),
        MODE_STR => perm.sort_by(|&i, &j| crate::objects::str::str_obj(keys[i]).as_str().cmp(crate::objects::str::str_obj(keys[j]).as_str())),
        MODE_FLOAT => {
            let f = |v: Value| {
                // SAFETY: MODE_FLOAT means every key is an exact float (layout FloatObj).
                unsafe { v.cast::<objmodel::layout::FloatObj>().val }
            };
            if keys.iter().any(|&k| f(k).is_nan()) {
                return false;
            }
            perm.sort_by(|&i, &j| f(keys[i]).partial_cmp(&f(keys[j])).unwrap_or(std::cmp::Ordering::Equal));
        }
        _ => return false,
    }
    true
}

/// Whether sorting `keys` compares them without running Python code (every key of one simple
/// built-in type, see `key_mode`): such a sort may run with the list's lock held.
pub fn native_order(vm: &Vm, keys: &[Value]) -> bool {
    matches!(key_mode(vm, keys), MODE_SMALL | MODE_FLOAT | MODE_STR)
}

#[inline]
fn lt(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    match exact_order(vm, a, b) {
        Some(o) => Ok(o == std::cmp::Ordering::Less),
        None => vm.lt(a, b),
    }
}

/// CPython's pre-sort check: when every key has the same simple built-in type, comparisons
/// use that type's order directly (results are those of `<` on the type).
const MODE_GENERIC: u8 = 0;
const MODE_SMALL: u8 = 1;
const MODE_FLOAT: u8 = 2;
const MODE_STR: u8 = 3;
/// Every key is a non-empty exact tuple whose first item has simple mode `mode - MODE_TUPLE`
/// (CPython's `unsafe_tuple_compare`): see `tuple_lt`.
const MODE_TUPLE: u8 = 4;

/// The simple mode shared by all `values`, or MODE_GENERIC.
fn simple_mode(vm: &Vm, mut values: impl Iterator<Item = Value> + Clone) -> u8 {
    if values.clone().all(|k| k.is_small()) {
        return MODE_SMALL;
    }
    let (ft, st) = (vm.rt.types.float, vm.rt.types.str_);
    if values.clone().all(|k| k.is_ptr() && k.class().is(ft)) {
        return MODE_FLOAT;
    }
    if values.all(|k| k.is_ptr() && k.class().is(st)) {
        return MODE_STR;
    }
    MODE_GENERIC
}

fn key_mode(vm: &Vm, keys: &[Value]) -> u8 {
    let m = simple_mode(vm, keys.iter().copied());
    if m != MODE_GENERIC {
        return m;
    }
    let tt = vm.rt.types.tuple;
    if keys.iter().all(|k| k.is_ptr() && k.class().is(tt) && !crate::objects::tuple::items(*k).is_empty()) {
        let first = simple_mode(vm, keys.iter().map(|k| crate::objects::tuple::items(*k)[0]));
        if first != MODE_GENERIC {
            return MODE_TUPLE + first;
        }
    }
    MODE_GENERIC
}

/// `a < b` for two values of simple mode `mode`.
#[inline]
fn simple_lt(mode: u8, a: Value, b: Value) -> bool {
    match mode {
        MODE_SMALL => a.small_unchecked() < b.small_unchecked(),
        // SAFETY: MODE_FLOAT means both are exact floats (layout FloatObj).
        MODE_FLOAT => unsafe { a.cast::<objmodel::layout::FloatObj>().val < b.cast::<objmodel::layout::FloatObj>().val },
        _ => crate::objects::str::str_obj(a).as_str() < crate::objects::str::str_obj(b).as_str(),
    }
}

/// `a == b` for two values of simple mode `mode`.
#[inline]
fn simple_eq(mode: u8, a: Value, b: Value) -> bool {
    match mode {
        MODE_SMALL => a.small_unchecked() == b.small_unchecked(),
        // SAFETY: as in `simple_lt`.
        MODE_FLOAT => unsafe { a.cast::<objmodel::layout::FloatObj>().val == b.cast::<objmodel::layout::FloatObj>().val },
        _ => crate::objects::str::str_obj(a).as_str() == crate::objects::str::str_obj(b).as_str(),
    }
}

/// `a < b` for two non-empty exact tuples whose first items have simple mode `first`, as
/// CPython's `unsafe_tuple_compare`: skip equal leading items (identity first, as
/// `PyObject_RichCompareBool`), then order by the first differing item, or by length.
fn tuple_lt(vm: &mut Vm, first: u8, a: Value, b: Value) -> PyResult<bool> {
    let (ta, tb) = (crate::objects::tuple::items(a), crate::objects::tuple::items(b));
    let n = ta.len().min(tb.len());
    let mut i = 0;
    while i < n {
        let (x, y) = (ta[i], tb[i]);
        if x.is(y) {
            i += 1;
            continue;
        }
        if i == 0 {
            if !simple_eq(first, x, y) {
                return Ok(simple_lt(first, x, y));
            }
        } else if let Some(ord) = exact_order(vm, x, y) {
            // Later items of the same exact simple type (the usual `(len(w), w)` key) are
            // ordered directly, without the generic `==` then `<` pair.
            if ord != std::cmp::Ordering::Equal {
                return Ok(ord == std::cmp::Ordering::Less);
            }
        } else if !vm.eq(x, y)? {
            return vm.lt(x, y);
        }
        i += 1;
    }
    Ok(ta.len() < tb.len())
}

/// The order of `x` and `y` when both are small ints, both exact floats (neither NaN) or
/// both exact strs: the result `==` and `<` give for them. `None` for anything else.
#[inline]
fn exact_order(vm: &Vm, x: Value, y: Value) -> Option<std::cmp::Ordering> {
    if let (Some(a), Some(b)) = (x.as_small(), y.as_small()) {
        return Some(a.cmp(&b));
    }
    if !(x.is_ptr() && y.is_ptr()) {
        return None;
    }
    let (cx, cy) = (x.class(), y.class());
    if !cx.is(cy) {
        return None;
    }
    if cx.is(vm.rt.types.str_) {
        return Some(crate::objects::str::str_obj(x).as_str().cmp(crate::objects::str::str_obj(y).as_str()));
    }
    if cx.is(vm.rt.types.float) {
        // SAFETY: both are exact floats, whose layout is FloatObj.
        let (a, b) = unsafe { (x.cast::<objmodel::layout::FloatObj>().val, y.cast::<objmodel::layout::FloatObj>().val) };
        return a.partial_cmp(&b);
    }
    None
}

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'k> {
    keys: &'k [Value],
    tmp: Vec<usize>,
    pending: Vec<Run>,
    min_gallop: usize,
    listlen: usize,
    mode: u8,
}

fn minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl MergeState<'_> {
    #[inline]
    fn islt(&self, vm: &mut Vm, x: usize, y: usize) -> PyResult<bool> {
        let (a, b) = (self.keys[x], self.keys[y]);
        match self.mode {
            MODE_SMALL | MODE_FLOAT | MODE_STR => Ok(simple_lt(self.mode, a, b)),
            m if m > MODE_TUPLE => tuple_lt(vm, m - MODE_TUPLE, a, b),
            _ => lt(vm, a, b),
        }
    }

    fn sort(&mut self, vm: &mut Vm, arr: &mut [usize]) -> PyResult<()> {
        let n = arr.len();
        let minrun = minrun(n);
        let mut lo = 0;
        let mut nremaining = n;
        while nremaining > 0 {
            let (mut run, descending) = self.count_run(vm, arr, lo, lo + nremaining)?;
            if descending {
                arr[lo..lo + run].reverse();
            }
            if run < minrun {
                let force = nremaining.min(minrun);
                self.binarysort(vm, arr, lo, lo + force, lo + run)?;
                run = force;
            }
            self.found_new_run(vm, arr, run)?;
            self.pending.push(Run { base: lo, len: run, power: 0 });
            lo += run;
            nremaining -= run;
        }
        self.force_collapse(vm, arr)
    }

    fn count_run(&self, vm: &mut Vm, arr: &[usize], lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        let mut p = lo + 1;
        if p == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if self.islt(vm, arr[p], arr[p - 1])? {
            p += 1;
            while p < hi {
                if self.islt(vm, arr[p], arr[p - 1])? {
                    p += 1;
                    n += 1;
                } else {
                    break;
                }
            }
            Ok((n, true))
        } else {
            p += 1;
            while p < hi {
                if self.islt(vm, arr[p], arr[p - 1])? {
                    break;
                }
                p += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    fn binarysort(&self, vm: &mut Vm, arr: &mut [usize], lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let mut l = lo;
            let mut r = start;
            let pivot = arr[r];
            loop {
                let p = l + ((r - l) >> 1);
                if self.islt(vm, pivot, arr[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            let mut p = start;
            while p > l {
                arr[p] = arr[p - 1];
                p -= 1;
            }
            arr[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    fn found_new_run(&mut self, vm: &mut Vm, arr: &mut [usize], n2: usize) -> PyResult<()> {
        if let Some(top) = self.pending.last().copied() {
            let power = powerloop(top.base, top.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                let i = self.pending.len() - 2;
                self.merge_at(vm, arr, i)?;
            }
            let last = self.pending.len() - 1;
            self.pending[last].power = power;
        }
        Ok(())
    }

    fn force_collapse(&mut self, vm: &mut Vm, arr: &mut [usize]) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(vm, arr, n)?;
        }
        Ok(())
    }

    /// `gallop_left(key, a[base..base+n], hint)` over `src`.
    fn gallop_left(&self, vm: &mut Vm, key: usize, src: &[usize], base: usize, n: usize, hint: usize) -> PyResult<usize> {
        let a = |i: usize| src[base + i];
        let mut lastofs: isize = 0;
        let mut ofs: isize = 1;
        let hint_i = hint as isize;
        if self.islt(vm, a(hint), key)? {
            let maxofs = (n - hint) as isize;
            while ofs < maxofs {
                if self.islt(vm, a(hint + ofs as usize), key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lastofs += hint_i;
            ofs += hint_i;
        } else {
            let maxofs = hint_i + 1;
            while ofs < maxofs {
                if self.islt(vm, a((hint_i - ofs) as usize), key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let k = lastofs;
            lastofs = hint_i - ofs;
            ofs = hint_i - k;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.islt(vm, a(m as usize), key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    /// `gallop_right(key, a[base..base+n], hint)` over `src`.
    fn gallop_right(&self, vm: &mut Vm, key: usize, src: &[usize], base: usize, n: usize, hint: usize) -> PyResult<usize> {
        let a = |i: usize| src[base + i];
        let mut lastofs: isize = 0;
        let mut ofs: isize = 1;
        let hint_i = hint as isize;
        if self.islt(vm, key, a(hint))? {
            let maxofs = hint_i + 1;
            while ofs < maxofs {
                if self.islt(vm, key, a((hint_i - ofs) as usize))? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let k = lastofs;
            lastofs = hint_i - ofs;
            ofs = hint_i - k;
        } else {
            let maxofs = (n - hint) as isize;
            while ofs < maxofs {
                if self.islt(vm, key, a(hint + ofs as usize))? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lastofs += hint_i;
            ofs += hint_i;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.islt(vm, key, a(m as usize))? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(ofs as usize)
    }

    fn merge_at(&mut self, vm: &mut Vm, arr: &mut [usize], i: usize) -> PyResult<()> {
        let Run { base: mut base_a, len: mut na, .. } = self.pending[i];
        let Run { base: base_b, len: nb, .. } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        if i + 3 == self.pending.len() {
            self.pending[i + 1] = self.pending[i + 2];
        }
        self.pending.pop();

        let k = self.gallop_right(vm, arr[base_b], arr, base_a, na, 0)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        let nb = self.gallop_left(vm, arr[base_a + na - 1], arr, base_b, nb, nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb { self.merge_lo(vm, arr, base_a, na, base_b, nb) } else { self.merge_hi(vm, arr, base_a, na, base_b, nb) }
    }

    fn merge_lo(&mut self, vm: &mut Vm, arr: &mut [usize], base_a: usize, mut na: usize, base_b: usize, mut nb: usize) -> PyResult<()> {
        let mut tmp = std::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&arr[base_a..base_a + na]);
        let mut dest = base_a;
        let mut pa = 0usize; // in tmp
        let mut pb = base_b; // in arr
        arr[dest] = arr[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let result: PyResult<()> = 'outer: {
            if nb == 0 {
                break 'outer Ok(());
            }
            if na == 1 {
                // CopyB
                arr.copy_within(pb..pb + nb, dest);
                arr[dest + nb] = tmp[pa];
                self.tmp = tmp;
                return Ok(());
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    match self.islt(vm, arr[pb], tmp[pa]) {
                        Err(e) => break 'outer Err(e),
                        Ok(true) => {
                            arr[dest] = arr[pb];
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'outer Ok(());
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            arr[dest] = tmp[pa];
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                arr.copy_within(pb..pb + nb, dest);
                                arr[dest + nb] = tmp[pa];
                                self.tmp = tmp;
                                return Ok(());
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match self.gallop_right(vm, arr[pb], &tmp, pa, na, 0) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        arr[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            arr.copy_within(pb..pb + nb, dest);
                            arr[dest + nb] = tmp[pa];
                            self.tmp = tmp;
                            return Ok(());
                        }
                        if na == 0 {
                            break 'outer Ok(());
                        }
                    }
                    arr[dest] = arr[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'outer Ok(());
                    }
                    let k = match self.gallop_left(vm, tmp[pa], arr, pb, nb, 0) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        arr.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'outer Ok(());
                        }
                    }
                    arr[dest] = tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        arr.copy_within(pb..pb + nb, dest);
                        arr[dest + nb] = tmp[pa];
                        self.tmp = tmp;
                        return Ok(());
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        // Succeed / Fail: the rest of A goes to dest.
        if na > 0 {
            arr[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
        }
        self.tmp = tmp;
        result
    }

    fn merge_hi(&mut self, vm: &mut Vm, arr: &mut [usize], base_a: usize, mut na: usize, base_b: usize, mut nb: usize) -> PyResult<()> {
        let mut tmp = std::mem::take(&mut self.tmp);
        tmp.clear();
        tmp.extend_from_slice(&arr[base_b..base_b + nb]);
        // Cursors point at the current (last) elements; isize because they may step below 0.
        let mut dest: isize = (base_b + nb - 1) as isize;
        let mut pa: isize = (base_a + na - 1) as isize; // in arr
        let mut pb: isize = nb as isize - 1; // in tmp
        arr[dest as usize] = arr[pa as usize];
        dest -= 1;
        pa -= 1;
        na -= 1;
        macro_rules! copy_a {
            () => {{
                // CopyA: move the na elements of A right by nb... then B's first element in front.
                let d0 = (dest + 1 - na as isize) as usize;
                let s0 = (pa + 1 - na as isize) as usize;
                arr.copy_within(s0..s0 + na, d0);
                arr[(dest - na as isize) as usize] = tmp[pb as usize];
                self.tmp = tmp;
                return Ok(());
            }};
        }
        let result: PyResult<()> = 'outer: {
            if na == 0 {
                break 'outer Ok(());
            }
            if nb == 1 {
                copy_a!();
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    match self.islt(vm, tmp[pb as usize], arr[pa as usize]) {
                        Err(e) => break 'outer Err(e),
                        Ok(true) => {
                            arr[dest as usize] = arr[pa as usize];
                            dest -= 1;
                            pa -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'outer Ok(());
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            arr[dest as usize] = tmp[pb as usize];
                            dest -= 1;
                            pb -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                copy_a!();
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match self.gallop_right(vm, tmp[pb as usize], arr, base_a, na, na - 1) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        let (d, s) = ((dest + 1) as usize, (pa + 1) as usize);
                        arr.copy_within(s..s + k, d);
                        na -= k;
                        if na == 0 {
                            break 'outer Ok(());
                        }
                    }
                    arr[dest as usize] = tmp[pb as usize];
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        copy_a!();
                    }
                    let k = match self.gallop_left(vm, arr[pa as usize], &tmp, 0, nb, nb - 1) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        let (d, s) = ((dest + 1) as usize, (pb + 1) as usize);
                        arr[d..d + k].copy_from_slice(&tmp[s..s + k]);
                        nb -= k;
                        if nb == 1 {
                            copy_a!();
                        }
                        if nb == 0 {
                            break 'outer Ok(());
                        }
                    }
                    arr[dest as usize] = arr[pa as usize];
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'outer Ok(());
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        // Succeed / Fail: the rest of B (tmp[0..nb]) goes to dest-(nb-1)..=dest.
        if nb > 0 {
            let d = (dest + 1 - nb as isize) as usize;
            arr[d..d + nb].copy_from_slice(&tmp[..nb]);
        }
        self.tmp = tmp;
        result
    }
}

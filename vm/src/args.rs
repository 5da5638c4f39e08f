//! Arguments of a native call and their parsing.
//!
//! A call passes positional values and keyword (name, value) pairs as slices that usually point
//! straight into the caller's value stack (no copying). Native functions read them with the
//! helpers here, which raise CPython's TypeErrors for wrong counts and unknown keywords.

use objmodel::Value;

use crate::error::PyResult;
use crate::vm::Vm;

/// Arguments of a call: positional values, then keywords (names are str Values).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
}

/// A native function: methods receive `self` as `pos[0]`.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult;

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kwnames: &[], kwvals: &[] }
    }
    pub fn with_kw(pos: &'a [Value], kwnames: &'a [Value], kwvals: &'a [Value]) -> Args<'a> {
        Args { pos, kwnames, kwvals }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.pos.len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }
    #[inline]
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
    /// Positional argument `i` or None.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.pos.get(i).copied()
    }
    /// Positional argument `i` (the caller checked the count).
    #[inline]
    pub fn at(&self, i: usize) -> Value {
        self.pos[i]
    }
    /// Keyword argument by name.
    pub fn kw(&self, name: &str) -> Option<Value> {
        self.kwnames.iter().position(|n| crate::objects::str::as_str(*n) == Some(name)).map(|i| self.kwvals[i])
    }
    /// Arguments without the first positional (the receiver of a method).
    pub fn rest(&self) -> Args<'a> {
        Args { pos: &self.pos[1.min(self.pos.len())..], kwnames: self.kwnames, kwvals: self.kwvals }
    }

    /// Check there are no keyword arguments: `f() takes no keyword arguments`.
    pub fn no_kw(&self, vm: &mut Vm, fname: &str) -> PyResult<()> {
        if self.has_kw() {
            return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Check the positional count is within `[min, max]` and there are no keywords, with
    /// CPython's messages.
    pub fn check(&self, vm: &mut Vm, fname: &str, min: usize, max: usize) -> PyResult<()> {
        self.no_kw(vm, fname)?;
        self.check_pos(vm, fname, min, max)
    }

    /// Like `check` but keywords are allowed (checked elsewhere).
    pub fn check_pos(&self, vm: &mut Vm, fname: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!("{fname} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{fname} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        };
        Err(vm.type_error(msg))
    }

    /// Bind to named parameters: `names[i]` may come positionally (if `i < npos_allowed`) or by
    /// keyword. Returns one slot per name (NULL when not given). Unknown keywords and duplicates
    /// raise TypeError as CPython does.
    pub fn bind<const N: usize>(
        &self,
        vm: &mut Vm,
        fname: &str,
        names: [&str; N],
        npos_allowed: usize,
        required: usize,
    ) -> PyResult<[Value; N]> {
        let mut out = [Value::NULL; N];
        let total = self.pos.len() + self.kwnames.len();
        if npos_allowed != required && total > N {
            // CPython's argument parsers (clinic and PyArg_ParseTupleAndKeywords) check the
            // total count first.
            let kw = if self.pos.is_empty() { "keyword " } else { "" };
            return Err(vm.type_error(format!("{fname}() takes at most {N} {kw}argument{} ({total} given)", plural(N))));
        }
        if self.pos.len() > npos_allowed {
            let msg = if npos_allowed == required {
                format!("{fname}() takes {npos_allowed} positional argument{} but {} were given", plural(npos_allowed), self.pos.len())
            } else {
                format!("{fname}() takes at most {npos_allowed} positional argument{} ({} given)", plural(npos_allowed), self.pos.len())
            };
            return Err(vm.type_error(msg));
        }
        out[..self.pos.len()].copy_from_slice(self.pos);
        for (k, v) in self.kwnames.iter().zip(self.kwvals) {
            let kname = crate::objects::str::as_str(*k).unwrap_or("");
            match names.iter().position(|n| *n == kname) {
                Some(i) => {
                    if !out[i].is_null() {
                        return Err(vm.type_error(format!("argument for {fname}() given by name ('{kname}') and position ({})", i + 1)));
                    }
                    out[i] = *v;
                }
                None => {
                    // CPython 3.11's C argument parsers (clinic's and PyArg_ParseTupleAndKeywords).
                    return Err(vm.type_error(format!("'{kname}' is an invalid keyword argument for {fname}()")));
                }
            }
        }
        for (i, v) in out.iter().enumerate().take(required) {
            if v.is_null() {
                return Err(vm.type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
            }
        }
        Ok(out)
    }
}

/// The shape of a native function's parameters as Argument Clinic declares them:
/// `names[..posonly]` are positional-only, `names[..maxpos]` may come positionally, the
/// rest are keyword-only, and the first `required` are required.
#[derive(Clone, Copy)]
pub struct Params<const N: usize> {
    pub fname: &'static str,
    pub names: [&'static str; N],
    pub posonly: usize,
    pub maxpos: usize,
    pub required: usize,
}

impl Args<'_> {
    /// Bind as CPython 3.11's `_PyArg_UnpackKeywords` does (the parser behind every clinic
    /// function that takes keywords), in its order of checks: the total count, too many
    /// positionals, too few positional-only ones, missing required arguments, then
    /// duplicates and unknown keywords (a positional-only name passed by keyword is unknown).
    pub fn bind_clinic<const N: usize>(&self, vm: &mut Vm, p: Params<N>) -> PyResult<[Value; N]> {
        let Params { fname, names, posonly, maxpos, required } = p;
        let mut out = [Value::NULL; N];
        let nargs = self.pos.len();
        let total = nargs + self.kwnames.len();
        let minpos = required.min(maxpos);
        if total > N {
            let kw = if nargs == 0 { "keyword " } else { "" };
            return Err(vm.type_error(format!("{fname}() takes at most {N} {kw}argument{} ({total} given)", plural(N))));
        }
        if nargs > maxpos {
            let msg = if maxpos == 0 {
                format!("{fname}() takes no positional arguments")
            } else {
                let how = if minpos < maxpos { "at most" } else { "exactly" };
                format!("{fname}() takes {how} {maxpos} positional argument{} ({nargs} given)", plural(maxpos))
            };
            return Err(vm.type_error(msg));
        }
        let minposonly = posonly.min(minpos);
        if nargs < minposonly {
            let how = if minposonly < maxpos { "at least" } else { "exactly" };
            return Err(vm.type_error(format!("{fname}() takes {how} {minposonly} positional argument{} ({nargs} given)", plural(minposonly))));
        }
        out[..nargs].copy_from_slice(self.pos);
        let (mut unknown, mut dup) = (None, None);
        for (k, v) in self.kwnames.iter().zip(self.kwvals) {
            let kname = crate::objects::str::as_str(*k).unwrap_or("");
            match names.iter().position(|n| *n == kname).filter(|&i| i >= posonly) {
                Some(i) if i >= nargs => out[i] = *v,
                Some(i) => dup = dup.or(Some((kname, i))),
                None => unknown = unknown.or(Some(kname)),
            }
        }
        for (i, v) in out.iter().enumerate().take(required) {
            if v.is_null() {
                return Err(vm.type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
            }
        }
        if let Some((kname, i)) = dup {
            return Err(vm.type_error(format!("argument for {fname}() given by name ('{kname}') and position ({})", i + 1)));
        }
        if let Some(kname) = unknown {
            return Err(vm.type_error(format!("'{kname}' is an invalid keyword argument for {fname}()")));
        }
        Ok(out)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

//! Calling any callable: Python functions, native functions, bound methods, classes and
//! objects with `__call__`.

use objmodel::layout::{BuiltinObj, FixedObj};
use objmodel::{Kind, Value};

use crate::args::{Args, NativeFn};
use crate::error::PyResult;
use crate::objects::type_;
use crate::vm::Vm;

/// Builtin flags (`BuiltinObj::flags`).
pub mod bflags {
    /// A method descriptor in a type dict: binds the instance on attribute access.
    pub const METHOD: usize = 1;
    /// Binds the class (like `classmethod`).
    pub const CLASSMETHOD: usize = 2;
    /// A built-in type's `__new__` (`data` is the type): the call checks its first argument
    /// as CPython's `tp_new_wrapper` does before the native runs (see `new_args.rs`).
    pub const NEW: usize = 4;
    /// Receives `**mapping` keys that are not strings without complaint, as CPython's
    /// METH_VARARGS|METH_KEYWORDS functions that read their keyword dict directly do
    /// (`str.format`): the call drops those keys, which such a native never looks up.
    pub const ANY_KEYS: usize = 8;
    /// A slot wrapper with a fixed argument count (`list.__add__` takes exactly one): the
    /// unbound call checks it (`descriptor_types::check_arity`). Set by `define::method_flags`
    /// from the name, so that other natives skip the name lookup on every call.
    pub const FIXED_ARITY: usize = 16;
}

/// Whether calling `f` accepts `**m` with non-str keys: only a bound native method with
/// `ANY_KEYS` (`"{}".format`); the unbound `str.format` is called through CPython's
/// vectorcall, which checks the keys.
pub fn takes_any_keys(f: Value) -> bool {
    f.is_ptr() && f.header().kind() == Kind::Builtin && {
        let b = builtin(f);
        b.flags & bflags::ANY_KEYS != 0 && !b.bound.get().is_null()
    }
}

#[inline(always)]
pub fn builtin(v: Value) -> &'static BuiltinObj {
    // SAFETY: callers checked kind Builtin.
    unsafe { v.cast::<BuiltinObj>() }
}

#[inline(always)]
pub fn native_fn(b: &BuiltinObj) -> NativeFn {
    // SAFETY: `func` was stored from a `NativeFn` in `new_native_fn` (the only constructor).
    unsafe { std::mem::transmute::<usize, NativeFn>(b.func) }
}

/// A native function object.
pub fn new_native_fn(name: &'static str, f: NativeFn, bound: Value, flags: usize) -> Value {
    objmodel::alloc::new_builtin(name, f as usize, bound, flags)
}

/// Call `f` with `args` prefixed by `first`.
pub fn call_with_self(vm: &mut Vm, f: Value, first: Value, args: Args) -> PyResult {
    let n = args.pos.len() + 1;
    if n <= 8 {
        let mut buf = [Value::NULL; 8];
        buf[0] = first;
        buf[1..n].copy_from_slice(args.pos);
        vm.call(f, Args { pos: &buf[..n], kwnames: args.kwnames, kwvals: args.kwvals })
    } else {
        let mut v = Vec::with_capacity(n);
        v.push(first);
        v.extend_from_slice(args.pos);
        vm.call(f, Args { pos: &v, kwnames: args.kwnames, kwvals: args.kwvals })
    }
}

impl Vm {
    /// `f(*args, **kw)`.
    pub fn call(&mut self, f: Value, args: Args) -> PyResult {
        if !f.is_ptr() {
            return Err(self.type_error(format!("'{}' object is not callable", f.class().error_name())));
        }
        match f.header().kind() {
            Kind::Function => crate::interp::call::call_function(self, f, args),
            Kind::Builtin => {
                let b = builtin(f);
                if b.flags & bflags::NEW != 0 {
                    crate::ops::new_args::check(self, b, &args)?;
                }
                let bound = b.bound.get();
                if bound.is_null() {
                    if b.flags & bflags::METHOD != 0 {
                        // `list.append()`, `tuple.__len__(5)`: an unbound method descriptor
                        // called without self, or with a self of another type. The common
                        // case, a self of exactly the owner type (every `obj.method()` of a
                        // built-in type), is one pointer comparison.
                        let exact = args.pos.first().is_some_and(|s| s.class().as_value() == b.data.get());
                        if !exact {
                            crate::objects::descriptor_types::check_self(self, f, args.pos.first().copied())?;
                        }
                        if b.flags & bflags::FIXED_ARITY != 0 {
                            crate::objects::descriptor_types::check_arity(self, f, args.pos.len(), args.has_kw())?;
                        }
                    } else if b.flags & bflags::CLASSMETHOD != 0 {
                        // `vars(int)['from_bytes']()`: the raw class-method descriptor.
                        crate::objects::descriptor_types::check_class_arg(self, f, args.pos.first().copied())?;
                    }
                    native_fn(b)(self, args)
                } else {
                    let nf = native_fn(b);
                    let n = args.pos.len() + 1;
                    let mut v: smallvec_like::Buf = smallvec_like::Buf::new(n);
                    v.as_mut()[0] = bound;
                    v.as_mut()[1..].copy_from_slice(args.pos);
                    nf(self, Args { pos: v.as_ref(), kwnames: args.kwnames, kwvals: args.kwvals })
                }
            }
            Kind::BoundMethod => {
                // SAFETY: kind BoundMethod has layout FixedObj (a = function, b = self).
                let m = unsafe { f.cast::<FixedObj>() };
                let (func, slf) = (m.a.get(), m.b.get());
                call_with_self(self, func, slf, args)
            }
            Kind::Type => crate::objects::object::call_type(self, f, args),
            _ => {
                let ty = f.class();
                match self.lookup_special(ty, self.rt.names.__call__) {
                    Some(c) => call_with_self(self, c, f, args),
                    None => Err(self.type_error(format!("'{}' object is not callable", ty.error_name()))),
                }
            }
        }
    }

    /// Positional-only call helper.
    #[inline]
    pub fn call0(&mut self, f: Value) -> PyResult {
        self.call(f, Args::new(&[]))
    }
    #[inline]
    pub fn call1(&mut self, f: Value, a: Value) -> PyResult {
        self.call(f, Args::new(&[a]))
    }
    #[inline]
    pub fn call2(&mut self, f: Value, a: Value, b: Value) -> PyResult {
        self.call(f, Args::new(&[a, b]))
    }

    /// Call the special method `name` looked up on `type(obj)` with `obj` as self.
    /// Returns None when the type has no such method.
    pub fn call_method_special(&mut self, obj: Value, name: Value, args: &[Value]) -> PyResult<Option<Value>> {
        let ty = obj.class();
        let Some(m) = self.lookup_special(ty, name) else { return Ok(None) };
        Ok(Some(call_with_self(self, m, obj, Args::new(args))?))
    }

    /// Look up a special method on a type (no instance dict), honouring the attribute cache.
    #[inline]
    pub fn lookup_special(&mut self, ty: &objmodel::TypeObj, name: Value) -> Option<Value> {
        self.lookup_type_cached(ty, name)
    }

    /// `obj.name(*args)` with normal attribute lookup.
    pub fn call_method(&mut self, obj: Value, name: &str, args: &[Value]) -> PyResult {
        let n = self.intern(name);
        let m = self.getattr(obj, n)?;
        self.call(m, Args::new(args))
    }

    pub fn is_callable(&mut self, v: Value) -> bool {
        if !v.is_ptr() {
            return false;
        }
        match v.header().kind() {
            Kind::Function | Kind::Builtin | Kind::BoundMethod | Kind::Type => true,
            _ => {
                let ty = v.class();
                type_::lookup(ty, self.rt.names.__call__).is_some()
            }
        }
    }
}

/// A small inline buffer of Values (avoids a heap allocation for short argument lists).
pub mod smallvec_like {
    use objmodel::Value;

    pub enum Buf {
        Inline([Value; 8], usize),
        Heap(Vec<Value>),
    }
    impl Buf {
        pub fn new(n: usize) -> Buf {
            if n <= 8 { Buf::Inline([Value::NULL; 8], n) } else { Buf::Heap(vec![Value::NULL; n]) }
        }
        pub fn as_mut(&mut self) -> &mut [Value] {
            match self {
                Buf::Inline(a, n) => &mut a[..*n],
                Buf::Heap(v) => v,
            }
        }
        pub fn as_ref(&self) -> &[Value] {
            match self {
                Buf::Inline(a, n) => &a[..*n],
                Buf::Heap(v) => v,
            }
        }
    }
}

//! The object protocols: hashing, equality, truth, repr/str, length, items, iteration and
//! membership. Each has a fast path for exact built-in types and falls back to the special
//! method found on the type (so user classes and subclasses behave as in CPython).

use objmodel::types::tflags;
use objmodel::{Kind, Value};

use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{float, int, list, str as pystr, tuple, type_};
use crate::ops::call::call_with_self;
use crate::vm::Vm;

impl Vm {
    /// `hash(v)`.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_small() {
            return Ok(crate::numeric::hash::hash_i64(i));
        }
        let ty = v.class();
        if !ty.has_flag(tflags::HEAPTYPE) || !ty.has_flag(tflags::HAS_HASH) {
            match v.header().kind() {
                Kind::Str => return Ok(pystr::hash(v)),
                _ => {
                    if !ty.has_flag(tflags::HEAPTYPE) && v.header().kind() != Kind::Native {
                        return crate::objects::hashing::builtin_hash(self, v);
                    }
                }
            }
        }
        let h = self.lookup_type_cached(ty, self.rt.names.__hash__);
        match h {
            Some(h) if h.is_none() => Err(self.type_error(format!("unhashable type: '{}'", ty.error_name()))),
            Some(h) if h.header().kind() == Kind::Builtin => {
                let r = call_with_self(self, h, v, Args::new(&[]))?;
                Ok(int::to_i64(r).unwrap_or(0))
            }
            Some(h) => {
                let r = call_with_self(self, h, v, Args::new(&[]))?;
                if !int::is_int(r) {
                    return Err(self.type_error("__hash__ method should return an integer"));
                }
                // As CPython's slot_tp_hash: a result that fits a machine word is used as is;
                // only a bigger int is reduced by the numeric hash.
                let x = match int::to_i64(r) {
                    Some(x) => x,
                    None => crate::numeric::hash::hash_bigint(&int::to_bigint(r).unwrap()),
                };
                Ok(if x == -1 { -2 } else { x })
            }
            None => crate::objects::hashing::builtin_hash(self, v),
        }
    }

    /// `a == b` as a bool.
    #[inline]
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is(b) {
            // Identity implies equality for containers' purposes (as CPython's
            // PyObject_RichCompareBool); NaN is handled by callers that need it.
            return Ok(true);
        }
        if a.is_small() && b.is_small() {
            return Ok(false);
        }
        crate::interp::call::enter_call(self)?;
        let r = self.compare(a, b, crate::bytecode::CmpOp::Eq);
        crate::interp::call::leave_call(self);
        let r = r?;
        self.truthy(r)
    }

    /// Truth value (`bool(v)`).
    #[inline]
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if let Some(i) = v.as_small() {
            return Ok(i != 0);
        }
        if v.is_true_obj() {
            return Ok(true);
        }
        if v.is_false_obj() || v.is_none() {
            return Ok(false);
        }
        let ty = v.class();
        if !ty.has_flag(tflags::HEAPTYPE) {
            match v.header().kind() {
                Kind::Str => return Ok(pystr::str_obj(v).nbytes != 0),
                Kind::List => return Ok(list::len(v) != 0),
                Kind::Tuple => return Ok(!tuple::items(v).is_empty()),
                Kind::Dict => return Ok(crate::objects::dict::len(v) != 0),
                Kind::Float => return Ok(float::as_f64(v).unwrap() != 0.0),
                Kind::Int => return Ok(int::sign(v) != 0),
                Kind::Set | Kind::FrozenSet => return Ok(crate::objects::set::len(v) != 0),
                _ => {}
            }
        }
        if let Some(b) = self.lookup_type_cached(ty, self.rt.names.__bool__) {
            let r = call_with_self(self, b, v, Args::new(&[]))?;
            if r.is_true_obj() {
                return Ok(true);
            }
            if r.is_false_obj() {
                return Ok(false);
            }
            return Err(self.type_error(format!("__bool__ should return bool, returned {}", r.class().error_name())));
        }
        if let Some(l) = self.lookup_type_cached(ty, self.rt.names.__len__) {
            let r = call_with_self(self, l, v, Args::new(&[]))?;
            return Ok(self.index_value(r)? != 0);
        }
        Ok(true)
    }

    /// `repr(v)` as a str Value.
    pub fn repr(&mut self, v: Value) -> PyResult {
        if v.is_small() {
            return Ok(pystr::new(&v.small_unchecked().to_string()));
        }
        let ty = v.class();
        // Native recursion (nested containers) counts against the recursion limit, as in
        // CPython, so a deep structure raises RecursionError instead of exhausting the stack.
        crate::interp::call::enter_call(self)?;
        let r = match self.lookup_type_cached(ty, self.rt.names.__repr__) {
            Some(m) => call_with_self(self, m, v, Args::new(&[])),
            None => Ok(pystr::new(&crate::objects::object::default_repr(v))),
        };
        crate::interp::call::leave_call(self);
        let r = r?;
        if !pystr::is_str(r) {
            return Err(self.type_error(format!("__repr__ returned non-string (type {})", r.class().error_name())));
        }
        Ok(r)
    }

    /// `repr(v)` as Rust text.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(pystr::as_str(r).unwrap().to_string())
    }

    /// `str(v)` as a str Value.
    pub fn str(&mut self, v: Value) -> PyResult {
        if pystr::is_str(v) && v.class().is(self.rt.types.str_) {
            return Ok(v);
        }
        if v.is_small() {
            return Ok(pystr::new(&v.small_unchecked().to_string()));
        }
        let ty = v.class();
        crate::interp::call::enter_call(self)?;
        let r = match self.lookup_type_cached(ty, self.rt.names.__str__) {
            Some(m) => call_with_self(self, m, v, Args::new(&[])),
            None => self.repr(v),
        };
        crate::interp::call::leave_call(self);
        let r = r?;
        if !pystr::is_str(r) {
            return Err(self.type_error(format!("__str__ returned non-string (type {})", r.class().error_name())));
        }
        Ok(r)
    }

    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        let r = self.str(v)?;
        Ok(pystr::as_str(r).unwrap().to_string())
    }

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if v.is_ptr() && !v.class().has_flag(tflags::HEAPTYPE) {
            match v.header().kind() {
                Kind::List => return Ok(list::len(v)),
                Kind::Tuple => return Ok(tuple::items(v).len()),
                Kind::Str => return Ok(pystr::char_len(v)),
                Kind::Dict => return Ok(crate::objects::dict::len(v)),
                Kind::Set | Kind::FrozenSet => return Ok(crate::objects::set::len(v)),
                _ => {}
            }
        }
        let ty = v.class();
        match self.lookup_type_cached(ty, self.rt.names.__len__) {
            Some(m) => {
                let r = call_with_self(self, m, v, Args::new(&[]))?;
                if !int::is_int(r) {
                    return Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", r.class().error_name())));
                }
                let n = self.index_value(r)?;
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                Ok(n as usize)
            }
            None => Err(self.type_error(format!("object of type '{}' has no len()", ty.error_name()))),
        }
    }

    /// An int from an object supporting `__index__`, as i64 (OverflowError if too big).
    pub fn index_value(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = int::to_i64(v) {
            return Ok(i);
        }
        let iv = self.index(v)?;
        match int::to_i64(iv) {
            Some(i) => Ok(i),
            None => Err(self.new_error(
                self.rt.exc.index_error,
                format!("cannot fit '{}' into an index-sized integer", v.class().name_str()),
            )),
        }
    }

    /// `operator.index(v)`: an int Value.
    pub fn index(&mut self, v: Value) -> PyResult {
        if int::is_int(v) {
            return Ok(v);
        }
        match self.call_method_special(v, self.rt.names.__index__, &[])? {
            Some(r) if int::is_int(r) => Ok(r),
            Some(r) => Err(self.type_error(format!("__index__ returned non-int (type {})", r.class().error_name()))),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.class().name_str()
            ))),
        }
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult {
        crate::objects::subscript::getitem(self, obj, key)
    }
    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        crate::objects::subscript::setitem(self, obj, key, value)
    }
    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        crate::objects::subscript::delitem(self, obj, key)
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: Value) -> PyResult {
        crate::objects::iter::get_iter(self, v)
    }

    /// `next(it)`: Some(item), or None when exhausted (StopIteration consumed).
    #[inline]
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        crate::objects::iter::next(self, it)
    }

    /// All items of an iterable (the values are rooted while user code runs).
    pub fn collect(&mut self, iterable: Value) -> PyResult<Vec<Value>> {
        if iterable.is_ptr() && !iterable.class().has_flag(tflags::HEAPTYPE) {
            match iterable.header().kind() {
                Kind::List => return Ok(list::to_vec(iterable)),
                Kind::Tuple => return Ok(tuple::items(iterable).to_vec()),
                // CPython sizes the list from the range's length first (MemoryError at once).
                Kind::Range => {
                    // A length past ssize_t is CPython's OverflowError from `len()`.
                    let Some(n) = crate::objects::int::to_i64(crate::objects::range::len_value(iterable)) else {
                        return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
                    };
                    let n = n.max(0) as usize;
                    crate::memlimit::check_items(self, n, std::mem::size_of::<Value>())?;
                }
                _ => {}
            }
        }
        let it = self.iter(iterable)?;
        let acc = list::new_list(&[]);
        let n = self.temp_roots.len();
        self.temp_roots.push(acc);
        let r = (|| {
            while let Some(x) = self.next(it)? {
                list::append(acc, x);
            }
            Ok(())
        })();
        self.temp_roots.truncate(n);
        r?;
        Ok(list::to_vec(acc))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        crate::objects::subscript::contains(self, container, item)
    }

    /// `isinstance(v, cls)` with `__instancecheck__` and tuples.
    pub fn isinstance(&mut self, v: Value, cls: Value) -> PyResult<bool> {
        if let Some(t) = type_::try_type(cls) {
            if type_::isinstance(v, t) {
                return Ok(true);
            }
            let meta = cls.class();
            if meta.is(self.rt.types.type_) {
                return self.isinstance_by_class_attr(v, t);
            }
            if let Some(m) = self.lookup_type_cached(meta, self.rt.names.__instancecheck__) {
                let r = call_with_self(self, m, cls, Args::new(&[v]))?;
                return self.truthy(r);
            }
            return Ok(false);
        }
        if let Some(items) = tuple::as_items(cls) {
            for c in items {
                if self.isinstance(v, *c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(m) = self.lookup_type_cached(cls.class(), self.rt.names.__instancecheck__) {
            let r = call_with_self(self, m, cls, Args::new(&[v]))?;
            return self.truthy(r);
        }
        Err(self.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
    }

    /// The second chance of `isinstance(v, t)` (CPython's `recursive_isinstance`): an object
    /// whose class overrides `__class__` (a proxy, a mock with a spec) is an instance of what
    /// its `__class__` names. Objects without such an override cost one cached type lookup.
    fn isinstance_by_class_attr(&mut self, v: Value, t: &objmodel::TypeObj) -> PyResult<bool> {
        let name = self.rt.names.__class__;
        let ty = v.class();
        let Some(attr) = self.lookup_type_cached(ty, name) else { return Ok(false) };
        if let Some(base) = self.lookup_type_cached(self.rt.types.object, name)
            && attr.is(base)
        {
            return Ok(false);
        }
        let icls = match self.getattr_opt(v, name)? {
            Some(c) => c,
            None => return Ok(false),
        };
        match type_::try_type(icls) {
            Some(ic) if !ic.is(ty) => Ok(type_::is_subtype(ic, t)),
            _ => Ok(false),
        }
    }

    /// `issubclass(a, cls)`.
    pub fn issubclass(&mut self, a: Value, cls: Value) -> PyResult<bool> {
        if let Some(items) = tuple::as_items(cls) {
            for c in items {
                if self.issubclass(a, *c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let Some(at) = type_::try_type(a) else {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        };
        let Some(ct) = type_::try_type(cls) else {
            if let Some(m) = self.lookup_type_cached(cls.class(), self.rt.names.__subclasscheck__) {
                let r = call_with_self(self, m, cls, Args::new(&[a]))?;
                return self.truthy(r);
            }
            return Err(self.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        };
        if type_::is_subtype(at, ct) {
            return Ok(true);
        }
        let meta = cls.class();
        if !meta.is(self.rt.types.type_)
            && let Some(m) = self.lookup_type_cached(meta, self.rt.names.__subclasscheck__)
        {
            let r = call_with_self(self, m, cls, Args::new(&[a]))?;
            return self.truthy(r);
        }
        Ok(false)
    }
}

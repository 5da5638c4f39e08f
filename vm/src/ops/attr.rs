//! Attribute access: `getattr`, `setattr`, `delattr` with CPython's descriptor protocol
//! (Objects/object.c `_PyObject_GenericGetAttrWithDict`, Objects/typeobject.c `type_getattro`).

use objmodel::layout::*;
use objmodel::types::tflags;
use objmodel::{Kind, TypeObj, Value};

use crate::error::PyResult;
use crate::bytecode::AttrHints;
use crate::objects::{dict, dict_table, function, str as pystr, type_};
use crate::vm::Vm;

/// The instance `__dict__` slot of an object, if its layout has one.
#[inline]
pub fn dict_slot(obj: Value) -> Option<&'static objmodel::Slot> {
    if !obj.is_ptr() {
        return None;
    }
    // SAFETY (casts): each arm matches the layout of its kind.
    unsafe {
        match obj.header().kind() {
            Kind::Object => Some(&obj.cast::<ObjectObj>().dict),
            Kind::List => Some(&obj.cast::<ListObj>().dict),
            Kind::Dict => Some(&obj.cast::<DictObj>().dict),
            Kind::Set | Kind::FrozenSet => Some(&obj.cast::<SetObj>().dict),
            Kind::ByteArray => Some(&obj.cast::<ByteArrayObj>().dict),
            Kind::Exception => Some(&obj.cast::<ExceptionObj>().dict),
            Kind::Function => Some(&obj.cast::<FunctionObj>().dict),
            Kind::Module => Some(&obj.cast::<ModuleObj>().dict),
            Kind::Native => Some(&obj.cast::<NativeObj>().dict),
            Kind::Str | Kind::Tuple | Kind::Int | Kind::Float | Kind::Complex | Kind::Bytes => objmodel::layout::trailing_dict(obj),
            _ => None,
        }
    }
}

/// The instance dict, created on demand for layouts that have a slot.
pub fn instance_dict(obj: Value, create: bool) -> Option<Value> {
    let s = dict_slot(obj)?;
    let d = s.get();
    if !d.is_null() {
        return Some(d);
    }
    if !create {
        return None;
    }
    let k = obj.header().kind();
    // Heap classes, and the built-ins whose instances have a dict in CPython: functions,
    // exceptions, modules, and native types flagged HAS_DICT (the io streams).
    let allowed = k == Kind::Function
        || k == Kind::Exception
        || k == Kind::Module
        || obj.class().has_flag(tflags::HEAPTYPE)
        || (k == Kind::Native && obj.class().has_flag(tflags::HAS_DICT));
    if !allowed {
        return None;
    }
    let nd = dict::new_dict();
    s.set(nd);
    Some(nd)
}

/// How a class attribute behaves when found on an instance's type.
#[inline]
fn is_data_descriptor(vm: &mut Vm, d: Value) -> bool {
    if !d.is_ptr() {
        return false;
    }
    match d.header().kind() {
        Kind::Property => true,
        Kind::Function | Kind::Builtin | Kind::ClassMethod | Kind::StaticMethod | Kind::Int | Kind::Str => false,
        Kind::Object | Kind::Native => {
            let t = d.class();
            if !t.has_flag(tflags::HEAPTYPE) {
                return false;
            }
            vm.lookup_type_cached(t, vm.rt.names.__set__).is_some()
                || vm.lookup_type_cached(t, vm.rt.names.__delete__).is_some()
        }
        _ => false,
    }
}

/// Whether class attribute `d` of `obj` (class `ty`) is a slot member whose value `obj` keeps in
/// its slot table (a `MIXED_SLOTS` instance, slots.rs): a member is a data descriptor, so it
/// wins over an instance-dict entry of the same name (`bind` reads the table).
#[inline]
fn is_table_slot(ty: &TypeObj, d: Value, obj: Value) -> bool {
    ty.has_flag(tflags::MIXED_SLOTS)
        && crate::objects::descriptor_types::is_member(d)
        && crate::objects::slots::has_slot_table(obj)
}

/// A Python override of `name` (`__get__`, `__set__` or `__delete__`) on a subclass of
/// `property`: the native property paths apply only while the subclass keeps property's own
/// (CPython looks the slot up on the type, so `enum.property`'s `__set__` runs).
fn property_override(vm: &mut Vm, d: Value, name: Value) -> Option<Value> {
    let t = d.class();
    if !t.has_flag(tflags::HEAPTYPE) {
        return None;
    }
    vm.lookup_type_cached(t, name).filter(|m| m.is_ptr() && m.header().kind() == Kind::Function)
}

/// Bind a class attribute found for instance `obj` (non-data descriptors and plain values).
pub fn bind(vm: &mut Vm, d: Value, obj: Value, ty: &TypeObj) -> PyResult {
    if !d.is_ptr() {
        return Ok(d);
    }
    match d.header().kind() {
        Kind::Function => Ok(function::new_bound_method(d, obj)),
        Kind::Builtin => {
            let f = crate::ops::call::builtin(d).flags;
            if f & crate::ops::call::bflags::CLASSMETHOD != 0 {
                Ok(crate::objects::descriptor_types::bind_class_native(d, ty.as_value()))
            } else if f & crate::ops::call::bflags::METHOD != 0 {
                // `[].append` is a builtin_function_or_method bound to the list, as in CPython.
                Ok(crate::objects::descriptor_types::bind_native(d, obj))
            } else {
                Ok(d)
            }
        }
        Kind::ClassMethod => Ok(function::new_bound_method(function::fixed(d).a.get(), ty.as_value())),
        Kind::StaticMethod => Ok(function::fixed(d).a.get()),
        Kind::Property => match property_override(vm, d, vm.rt.names.__get__) {
            None => function::property_get(vm, d, obj),
            Some(g) => vm.call(g, crate::args::Args::new(&[d, obj, ty.as_value()])),
        },
        Kind::Object | Kind::Native if d.class().has_flag(tflags::HEAPTYPE) => {
            match vm.lookup_type_cached(d.class(), vm.rt.names.__get__) {
                Some(g) => {
                    let args = [d, obj, ty.as_value()];
                    vm.call(g, crate::args::Args::new(&args))
                }
                None => Ok(d),
            }
        }
        // A slot member whose value the instance's table lacks: the slot is unset (an instance
        // with a slot table of its own keeps the value there, slots.rs).
        Kind::Object if crate::objects::descriptor_types::is_member(d) => {
            let name = crate::objects::descriptor_types::member_parts(d).0;
            match crate::objects::slots::slot_table(obj, false).and_then(|t| dict::get_str(t, name)) {
                Some(v) => Ok(v),
                None => Err(vm.no_attribute(obj, name)),
            }
        }
        _ => Ok(d),
    }
}

impl Vm {
    /// MRO lookup through the per-thread cache. The hit path is inlined into every attribute
    /// access (left to the compiler, it was inlined in one build and not the other, which
    /// skewed nogil-vs-GIL comparisons); the miss path is out of line.
    #[inline(always)]
    pub fn lookup_type_cached(&mut self, ty: &TypeObj, name: Value) -> Option<Value> {
        let ver = ty.version();
        if let Some(v) = self.attr_cache.get(ver, name) {
            return if v.is_null() { None } else { Some(v) };
        }
        self.lookup_type_miss(ty, ver, name)
    }

    #[inline(never)]
    fn lookup_type_miss(&mut self, ty: &TypeObj, ver: u64, name: Value) -> Option<Value> {
        let r = type_::lookup(ty, name);
        self.attr_cache.put(ver, name, r);
        r
    }

    /// `getattr(obj, name)`; `name` is a str.
    pub fn getattr(&mut self, obj: Value, name: Value) -> PyResult {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// Attribute or None when it does not exist (AttributeError swallowed).
    pub fn getattr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let ty = obj.class();
        if ty.has_flag(tflags::HAS_GETATTRIBUTE | tflags::HAS_GETATTR) {
            return self.getattr_slow(obj, name, ty);
        }
        self.generic_getattr(obj, name)
    }

    #[cold]
    fn getattr_slow(&mut self, obj: Value, name: Value, ty: &TypeObj) -> PyResult<Option<Value>> {
        let r = if ty.has_flag(tflags::HAS_GETATTRIBUTE) {
            let ga = self.lookup_type_cached(ty, self.rt.names.__getattribute__).unwrap();
            match crate::ops::call::call_with_self(self, ga, obj, crate::args::Args::new(&[name])) {
                Ok(v) => Some(v),
                Err(e) if self.err_matches(&e, self.rt.exc.attribute_error) => {
                    if !ty.has_flag(tflags::HAS_GETATTR) {
                        return Err(e);
                    }
                    None
                }
                Err(e) => return Err(e),
            }
        } else {
            // An AttributeError from a descriptor (a property, an unset slot) falls back to
            // `__getattr__` as well.
            match self.generic_getattr(obj, name) {
                Ok(r) => r,
                Err(e) if self.err_matches(&e, self.rt.exc.attribute_error) => None,
                Err(e) => return Err(e),
            }
        };
        if r.is_some() {
            return Ok(r);
        }
        match self.lookup_type_cached(ty, self.rt.names.__getattr__) {
            Some(g) => match crate::ops::call::call_with_self(self, g, obj, crate::args::Args::new(&[name])) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, self.rt.exc.attribute_error) => Err(e),
                Err(e) => Err(e),
            },
            None => Ok(None),
        }
    }

    /// `object.__getattribute__`: data descriptors, instance dict, then class attributes.
    pub fn generic_getattr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        if obj.is_ptr() {
            match obj.header().kind() {
                Kind::Type => return crate::objects::type_attrs::type_getattr(self, obj, name),
                Kind::Module => return crate::objects::module::module_getattr(self, obj, name),
                _ => {}
            }
        }
        let ty = obj.class();
        let descr = self.lookup_type_cached(ty, name);
        if let Some(d) = descr
            && is_data_descriptor(self, d)
        {
            return self.data_descr_get(d, obj, ty).map(Some);
        }
        if let Some(d) = descr
            && is_table_slot(ty, d, obj)
        {
            return bind(self, d, obj, ty).map(Some);
        }
        if let Some(s) = dict_slot(obj) {
            let dv = s.get();
            if !dv.is_null() {
                let found = if dict::is_dict(dv) && pystr::is_str(name) {
                    dict::get_str(dv, name)
                } else {
                    dict::get(self, dv, name)?
                };
                if let Some(v) = found {
                    return Ok(Some(v));
                }
            }
        }
        match descr {
            Some(d) => bind(self, d, obj, ty).map(Some),
            None => Ok(None),
        }
    }

    /// `obj.name` at a bytecode site with an attribute hint (`AttrHints`): `getattr`, with the
    /// instance-dict lookup of a plain instance tried first at the entry index where this site
    /// last found its attribute.
    ///
    /// Split in two: the common case (a plain instance whose type has no data descriptor for
    /// `name`, the attribute in its dict at the site's hinted entry) is inlined into the
    /// interpreter loop; everything else, including every hint miss, takes the out-of-line
    /// general path `getattr_at_slow`, which redoes all the checks. The fast path makes exactly
    /// the checks the general path would make before returning the same entry, only in another
    /// order (all are reads without side effects), so it never changes the result.
    ///
    /// Out of line itself: inlined into the interpreter loop, the fast path cost the loop's
    /// dispatch a register (every instruction got slower); as a small function whose miss is
    /// a tail call, it keeps the loop as it was and still saves the two nested calls with big
    /// prologues that the single general function had.
    #[inline(never)]
    pub fn getattr_at(&mut self, obj: Value, name: Value, hints: &AttrHints, pc: usize) -> PyResult {
        if let Some(v) = self.getattr_at_fast(obj, name, hints, pc) {
            return Ok(v);
        }
        self.getattr_at_slow(obj, name, hints, pc)
    }

    /// The fast paths' common guard (`getattr_at`, `load_method`): for a plain instance (kind
    /// Object, no `__getattribute__`/`__getattr__` override), what its type's MRO gives for
    /// `name` according to the per-thread type-attribute cache. Only a cache hit: a miss
    /// (first use of this name with this type version) goes the slow way, which fills the
    /// cache. None: the caller's general path decides.
    #[inline(always)]
    pub(crate) fn plain_instance_type_attr(&mut self, obj: Value, name: Value) -> Option<Value> {
        if !obj.is_ptr() || obj.header().kind() != Kind::Object {
            return None;
        }
        let ty = obj.class();
        if ty.has_flag(tflags::HAS_GETATTRIBUTE | tflags::HAS_GETATTR) {
            return None;
        }
        self.attr_cache.get(ty.version(), name)
    }

    /// The inlined part of `getattr_at`: Some only for an instance-dict hit at the hinted entry
    /// of a plain instance (kind Object, no `__getattribute__`/`__getattr__` override) whose
    /// type's MRO has no data descriptor named `name` (per-thread type-attribute cache hit).
    #[inline(always)]
    fn getattr_at_fast(&mut self, obj: Value, name: Value, hints: &AttrHints, pc: usize) -> Option<Value> {
        let descr = self.plain_instance_type_attr(obj, name)?;
        // A class attribute of these kinds is never a data descriptor (see `is_data_descriptor`);
        // any other kind is left to the general path.
        if descr.is_ptr()
            && !matches!(descr.header().kind(), Kind::Function | Kind::Builtin | Kind::ClassMethod | Kind::StaticMethod | Kind::Int | Kind::Str)
        {
            return None;
        }
        // SAFETY: kind Object has layout ObjectObj.
        let dv = unsafe { obj.cast::<ObjectObj>() }.dict.get();
        if !dict::is_dict(dv) {
            return None;
        }
        // A hit proves the entry's key is the very object `name` (an exact str from the code's
        // names, as the general path requires before `get_str_at_site`).
        dict_table::get_str_hinted(dv, name, hints.get(pc))
    }

    #[inline(never)]
    fn getattr_at_slow(&mut self, obj: Value, name: Value, hints: &AttrHints, pc: usize) -> PyResult {
        if !obj.is_ptr() || obj.header().kind() != Kind::Object {
            return self.getattr(obj, name);
        }
        let ty = obj.class();
        if ty.has_flag(tflags::HAS_GETATTRIBUTE | tflags::HAS_GETATTR) {
            return self.getattr(obj, name);
        }
        let descr = self.lookup_type_cached(ty, name);
        if let Some(d) = descr
            && is_data_descriptor(self, d)
        {
            return self.data_descr_get(d, obj, ty);
        }
        if let Some(d) = descr
            && is_table_slot(ty, d, obj)
        {
            return bind(self, d, obj, ty);
        }
        // SAFETY: kind Object has layout ObjectObj.
        let dv = unsafe { obj.cast::<ObjectObj>() }.dict.get();
        if !dv.is_null() {
            if !dict::is_dict(dv) || !pystr::is_str(name) {
                return self.getattr(obj, name);
            }
            match get_str_at_site(dv, name, hints, pc) {
                Some(Some(v)) => return Ok(v),
                Some(None) => {}
                None => {
                    if let Some(v) = dict::get_str(dv, name) {
                        return Ok(v);
                    }
                }
            }
        }
        match descr {
            Some(d) => bind(self, d, obj, ty),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `obj.name = value` at a bytecode site with an attribute hint: `setattr`, with the store
    /// into a plain instance's dict tried first at the entry index this site last wrote.
    #[inline]
    pub fn setattr_at(&mut self, obj: Value, name: Value, value: Value, hints: &AttrHints, pc: usize) -> PyResult<()> {
        if !obj.is_ptr() || obj.header().kind() != Kind::Object {
            return self.setattr(obj, name, value);
        }
        let ty = obj.class();
        if ty.has_flag(tflags::HAS_SETATTR | tflags::SLOTS_ONLY | tflags::MIXED_SLOTS) || !pystr::is_str(name) {
            return self.setattr(obj, name, value);
        }
        if let Some(d) = self.lookup_type_cached(ty, name)
            && is_data_descriptor(self, d)
        {
            return self.generic_setattr(obj, name, value);
        }
        let Some(dv) = instance_dict(obj, true) else {
            return self.generic_setattr(obj, name, value);
        };
        if !dict::is_dict(dv) {
            return self.generic_setattr(obj, name, value);
        }
        let _owner = crate::contention::AttrOwner::note(obj);
        if !dict_table::replace_str_hinted(dv, name, hints.get(pc), value) {
            let ix = dict::set_str_ix(dv, name, value);
            hints.set(pc, ix as u32);
        }
        Ok(())
    }

    fn data_descr_get(&mut self, d: Value, obj: Value, ty: &TypeObj) -> PyResult {
        if d.header().kind() == Kind::Property && property_override(self, d, self.rt.names.__get__).is_none() {
            return function::property_get(self, d, obj);
        }
        let g = self.lookup_type_cached(d.class(), self.rt.names.__get__);
        match g {
            Some(g) => {
                let args = [d, obj, ty.as_value()];
                self.call(g, crate::args::Args::new(&args))
            }
            None => Ok(d),
        }
    }

    /// The AttributeError for a missing attribute, with CPython's message.
    pub fn no_attribute(&mut self, obj: Value, name: Value) -> crate::error::PyErr {
        let n = pystr::as_str(name).unwrap_or("?");
        let msg = if let Some(t) = type_::try_type(obj) {
            format!("type object '{}' has no attribute '{}'", t.error_name(), n)
        } else if obj.is_ptr() && obj.header().kind() == Kind::Module {
            let mname = crate::objects::module::module_name(obj);
            format!("module '{mname}' has no attribute '{n}'")
        } else {
            format!("'{}' object has no attribute '{}'", obj.class().error_name(), n)
        };
        let e = self.attribute_error(msg);
        crate::objects::exceptions::set_attr(e.0, "name", name);
        crate::objects::exceptions::set_attr(e.0, "obj", obj);
        e
    }

    /// The AttributeError for deleting a missing attribute: an unset slot's names only the slot,
    /// as CPython's member descriptor does.
    fn no_attribute_on_delete(&mut self, obj: Value, name: Value) -> crate::error::PyErr {
        if let Some(d) = self.lookup_type_cached(obj.class(), name)
            && crate::objects::descriptor_types::is_member(d)
        {
            return self.attribute_error(pystr::as_str(name).unwrap_or("?").to_string());
        }
        self.no_attribute(obj, name)
    }

    /// Store (value NULL: delete) slot `name` of `obj`, which keeps its slot values in a table
    /// of their own (slots.rs `slot_table`).
    #[cold]
    fn set_slot_in_table(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let Some(t) = crate::objects::slots::slot_table(obj, !value.is_null()) else {
            return Err(self.attribute_error(pystr::as_str(name).unwrap_or("?").to_string()));
        };
        if value.is_null() {
            if dict::remove_str(t, name).is_none() {
                return Err(self.attribute_error(pystr::as_str(name).unwrap_or("?").to_string()));
            }
        } else {
            dict::set_str(t, name, value);
        }
        Ok(())
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let ty = obj.class();
        if ty.has_flag(tflags::HAS_SETATTR)
            && let Some(sa) = self.lookup_type_cached(ty, self.rt.names.__setattr__)
            && sa.header().kind() != Kind::Builtin
        {
            crate::ops::call::call_with_self(self, sa, obj, crate::args::Args::new(&[name, value]))?;
            return Ok(());
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__` (value NULL = delete).
    pub fn generic_setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        if type_::is_type(obj) {
            return crate::objects::type_attrs::type_setattr(self, obj, name, value);
        }
        let ty = obj.class();
        if let Some(d) = self.lookup_type_cached(ty, name)
            && is_data_descriptor(self, d)
        {
            if d.header().kind() == Kind::Property {
                let slot = if value.is_null() { self.rt.names.__delete__ } else { self.rt.names.__set__ };
                match property_override(self, d, slot) {
                    None => return function::property_set(self, d, obj, value, name),
                    Some(m) => {
                        let args: &[Value] = if value.is_null() { &[d, obj] } else { &[d, obj, value] };
                        self.call(m, crate::args::Args::new(args))?;
                        return Ok(());
                    }
                }
            }
            let (m, args): (Value, Vec<Value>) = if value.is_null() {
                match self.lookup_type_cached(d.class(), self.rt.names.__delete__) {
                    Some(m) => (m, vec![d, obj]),
                    None => return Err(self.attribute_error("__delete__")),
                }
            } else {
                match self.lookup_type_cached(d.class(), self.rt.names.__set__) {
                    Some(m) => (m, vec![d, obj, value]),
                    None => return Err(self.attribute_error("__set__")),
                }
            };
            self.call(m, crate::args::Args::new(&args))?;
            return Ok(());
        }
        if ty.has_flag(tflags::MIXED_SLOTS)
            && let Some(d) = self.lookup_type_cached(ty, name)
            && crate::objects::descriptor_types::is_member(d)
            && crate::objects::slots::has_slot_table(obj)
        {
            return self.set_slot_in_table(obj, name, value);
        }
        if ty.has_flag(tflags::SLOTS_ONLY) && !crate::objects::slots::slot_allowed(self, ty, name) {
            let n = pystr::as_str(name).unwrap_or("?");
            return Err(self.attribute_error(format!("'{}' object has no attribute '{}'", ty.error_name(), n)));
        }
        let _owner = crate::contention::AttrOwner::note(obj);
        match instance_dict(obj, !value.is_null()) {
            Some(d) => {
                if value.is_null() {
                    let removed = if pystr::is_str(name) { dict::remove_str(d, name) } else { dict::remove(self, d, name)? };
                    if removed.is_none() {
                        return Err(self.no_attribute_on_delete(obj, name));
                    }
                } else if pystr::is_str(name) {
                    dict::set_str(d, name, value);
                } else {
                    dict::set(self, d, name, value)?;
                }
                Ok(())
            }
            None => {
                let found = type_::lookup(ty, name);
                if value.is_null() && found.is_none_or(crate::objects::descriptor_types::is_member) {
                    return Err(self.no_attribute_on_delete(obj, name));
                }
                let n = pystr::as_str(name).unwrap_or("?");
                if found.is_some() {
                    Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        ty.name_str(),
                        n
                    )))
                } else {
                    Err(self.attribute_error(format!("'{}' object has no attribute '{}'", ty.error_name(), n)))
                }
            }
        }
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let ty = obj.class();
        if ty.has_flag(tflags::HAS_SETATTR)
            && let Some(da) = self.lookup_type_cached(ty, self.rt.names.__delattr__)
            && da.header().kind() != Kind::Builtin
        {
            crate::ops::call::call_with_self(self, da, obj, crate::args::Args::new(&[name]))?;
            return Ok(());
        }
        self.generic_setattr(obj, name, Value::NULL)
    }

    /// getattr by Rust name.
    pub fn getattr_str(&mut self, obj: Value, name: &str) -> PyResult {
        let n = self.intern(name);
        self.getattr(obj, n)
    }
    pub fn setattr_str(&mut self, obj: Value, name: &str, value: Value) -> PyResult<()> {
        let n = self.intern(name);
        self.setattr(obj, n, value)
    }
}

/// Lock-free lookup of the exact-str `name` in dict `d` at bytecode site `pc`: the entry index
/// the site last found is tried first (only a guess, checked against the very name object under
/// the dict's version protocol), then a full lock-free probe that records the index. None: the
/// locked path must decide (as `dict_table::get_str_lockfree`).
#[inline]
pub fn get_str_at_site(d: Value, name: Value, hints: &AttrHints, pc: usize) -> Option<Option<Value>> {
    if let Some(v) = dict_table::get_str_hinted(d, name, hints.get(pc)) {
        return Some(Some(v));
    }
    let h = pystr::hash(name);
    // A class attribute read through an instance: the key filter usually proves the miss
    // without a probe (dict_table INV-DF1).
    if !dict_table::may_contain_hash(d, h) {
        return Some(None);
    }
    let r = dict_table::get_str_lockfree_ix(d, name, h)?;
    Some(r.map(|(ix, v)| {
        hints.set(pc, ix as u32);
        v
    }))
}

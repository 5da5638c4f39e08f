//! Outgoing pointers of each layout, for the collector (`gc_concurrent::GcClient::trace`).
//!
//! Every object reports its class (classes are heap objects) and then the Value fields of its
//! layout. Small ints and NULL are skipped by the visitor.

use crate::header::{Header, Kind};
use crate::layout::*;
use crate::value::Value;

/// Call `visit` for each pointer Value stored in `obj` (including its class).
pub fn trace_object(obj: Value, visit: &mut dyn FnMut(Value)) {
    let h = obj.header();
    visit(Value::from_header(h.class() as *const TypeObj as *const Header));
    // SAFETY (all casts below): the kind byte names the object's layout (INV-H1).
    unsafe {
        match h.kind() {
            Kind::Object => {
                visit(obj.cast::<ObjectObj>().dict.get());
                if let Some(t) = object_slot_table(obj) {
                    visit(t.get());
                }
            }
            Kind::RawArray => {}
            Kind::Int | Kind::Float | Kind::Complex | Kind::Bytes | Kind::Tuple | Kind::Str => {
                match h.kind() {
                    // A view keeps its append buffer alive (str_append.rs INV-SA2).
                    Kind::Str => {
                        if let Some(owner) = obj.cast::<StrObj>().view_owner() {
                            visit(owner);
                        }
                    }
                    Kind::Bytes => {
                        if let Some(owner) = obj.cast::<BytesObj>().view_owner() {
                            visit(owner);
                        }
                    }
                    Kind::Tuple => obj.cast::<TupleObj>().items().iter().for_each(|v| visit(*v)),
                    _ => {}
                }
                // Python subclasses' instance dicts (layout.rs `trailing_dict`).
                if let Some(d) = trailing_dict(obj) {
                    visit(d.get());
                }
            }
            Kind::NoneType | Kind::Bool | Kind::Ellipsis | Kind::NotImplemented => {}
            Kind::ByteArray => {
                let o = obj.cast::<ByteArrayObj>();
                visit(o.store.get());
                visit(o.dict.get());
            }
            Kind::Array => obj.cast::<ArrayObj>().slots().iter().for_each(|s| visit(s.get())),
            Kind::List => {
                let o = obj.cast::<ListObj>();
                visit(o.store.get());
                visit(o.dict.get());
            }
            Kind::Dict => {
                let o = obj.cast::<DictObj>();
                visit(o.indices.get());
                visit(o.entries.get());
                visit(o.dict.get());
            }
            Kind::Set | Kind::FrozenSet => {
                let o = obj.cast::<SetObj>();
                visit(o.table.get());
                visit(o.dict.get());
            }
            Kind::Type => {
                let o = obj.cast::<TypeObj>();
                for s in [&o.name, &o.qualname, &o.module, &o.bases, &o.base, &o.mro, &o.dict, &o.subclasses] {
                    visit(s.get());
                }
            }
            Kind::Function => {
                let o = obj.cast::<FunctionObj>();
                for s in [
                    &o.code, &o.globals, &o.name, &o.qualname, &o.defaults, &o.kwdefaults, &o.closure, &o.doc,
                    &o.module, &o.dict,
                ] {
                    visit(s.get());
                }
            }
            Kind::Builtin => {
                let o = obj.cast::<BuiltinObj>();
                visit(o.bound.get());
                visit(o.data.get());
            }
            Kind::Exception => {
                let o = obj.cast::<ExceptionObj>();
                for s in [&o.args, &o.traceback, &o.cause, &o.context, &o.dict] {
                    visit(s.get());
                }
            }
            Kind::Module => {
                let o = obj.cast::<ModuleObj>();
                visit(o.dict.get());
                visit(o.name.get());
            }
            Kind::Code => {
                let o = obj.cast::<CodeObj>();
                for s in [&o.consts, &o.names, &o.varnames, &o.filename, &o.name, &o.qualname, &o.cache] {
                    visit(s.get());
                }
            }
            Kind::BoundMethod
            | Kind::Cell
            | Kind::Generator
            | Kind::Range
            | Kind::Slice
            | Kind::Property
            | Kind::ClassMethod
            | Kind::StaticMethod
            | Kind::Super
            | Kind::Iter
            | Kind::DictView => {
                let o = obj.cast::<FixedObj>();
                for s in [&o.a, &o.b, &o.c, &o.d] {
                    visit(s.get());
                }
            }
            Kind::Native => {
                let o = obj.cast::<NativeObj>();
                if let Some(p) = &o.payload {
                    p.trace(visit);
                }
                visit(o.dict.get());
            }
        }
    }
}

//! Rendering `str.format` templates (Objects/stringlib/unicode_format.h `build_string`):
//! numfmt parses the template and field names; this module looks arguments up, applies
//! conversions and calls `format()`.

use objmodel::Value;

use crate::error::PyResult;
use crate::numfmt::{self, AutoNumber, FieldNameKey, FieldNamePart};
use crate::objects::{dict, int, str as pystr};
use crate::vm::Vm;

/// `args` is None for `str.format_map`, whose templates may not use positional fields;
/// `kwargs` is NULL (no keywords), an exact dict (`str.format(**kw)`) or any mapping
/// (`str.format_map`), looked up with `__getitem__` as CPython's `get_field_object` does.
pub fn render(vm: &mut Vm, fmt: &str, args: Option<&[Value]>, kwargs: Value, depth: i32) -> PyResult<String> {
    let mut auto = AutoNumber::default();
    render_with(vm, fmt, args, kwargs, depth, &mut auto)
}

fn render_with(vm: &mut Vm, fmt: &str, args: Option<&[Value]>, kwargs: Value, depth: i32, auto: &mut AutoNumber) -> PyResult<String> {
    if depth < 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(fmt.len() + 16);
    for item in numfmt::parse_format_string(fmt) {
        let item = item.map_err(|e| vm.fmt_err(e, None))?;
        out.push_str(item.literal);
        let Some(field) = item.field else { continue };
        let name = numfmt::parse_field_name(field.name, Some(auto)).map_err(|e| vm.fmt_err(e, None))?;
        let mut obj = match name.first {
            FieldNameKey::Index(i) => match args {
                None => return Err(vm.value_error("Format string contains positional fields")),
                Some(args) => match args.get(i) {
                    Some(v) => *v,
                    None => return Err(vm.index_error(numfmt::replacement_index_message(i))),
                },
            },
            FieldNameKey::Name(n) => {
                if kwargs.is_null() {
                    return Err(vm.key_error(pystr::new(n)));
                }
                if dict::is_dict(kwargs) && kwargs.class().is(vm.rt.types.dict) {
                    match dict::get_by_name(kwargs, n) {
                        Some(v) => v,
                        None => return Err(vm.key_error(pystr::new(n))),
                    }
                } else {
                    vm.getitem(kwargs, pystr::new(n))?
                }
            }
        };
        for part in &name.parts {
            obj = match part {
                FieldNamePart::Attribute(a) => vm.getattr_str(obj, a)?,
                FieldNamePart::Index(i) => vm.getitem(obj, int::from_usize(*i))?,
                FieldNamePart::Key(k) => vm.getitem(obj, pystr::new(k))?,
            };
        }
        if let Some(e) = name.parts_error {
            return Err(vm.fmt_err(e, None));
        }
        if let Some(c) = field.conversion {
            let c = numfmt::check_conversion(c).map_err(|e| vm.fmt_err(e, None))?;
            obj = match c {
                'r' => vm.repr(obj)?,
                's' => vm.str(obj)?,
                _ => {
                    let r = vm.repr_string(obj)?;
                    pystr::new(&crate::builtins::funcs::ascii_escape(&r))
                }
            };
        }
        if field.spec.is_empty() && !field.spec_needs_expanding {
            // `format(x, '')` of a small int or an exact str is its text: write it here,
            // without the spec and result objects of the general path.
            if let Some(i) = obj.as_small() {
                use std::fmt::Write;
                let _ = write!(out, "{i}"); // writing into a String cannot fail
                continue;
            }
            if pystr::is_str(obj) && obj.class().is(vm.rt.types.str_) {
                out.push_str(pystr::str_obj(obj).as_str());
                continue;
            }
        }
        let spec = if field.spec_needs_expanding {
            pystr::new(&render_with(vm, field.spec, args, kwargs, depth - 1, auto)?)
        } else {
            pystr::new(field.spec)
        };
        let r = vm.format(obj, spec)?;
        out.push_str(pystr::as_str(r).unwrap_or(""));
    }
    Ok(out)
}

//! `_collections`: deque.
use objmodel::Value;
use crate::error::PyResult;
use crate::vm::Vm;
pub fn make_module(_vm: &mut Vm) -> PyResult<Value> {
    Ok(crate::objects::module::new_module("_collections"))
}

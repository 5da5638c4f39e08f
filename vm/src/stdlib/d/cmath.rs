pub fn make_module(vm: &mut crate::vm::Vm) -> crate::error::PyResult<objmodel::Value> { let _ = vm; Err(vm.type_error("todo")) }

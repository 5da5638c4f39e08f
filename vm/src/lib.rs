//! The pyrs-nogil virtual machine: compiler front end, interpreter, builtins and modules.

pub mod bytecode;
pub mod compile;
pub mod numeric;
pub mod numfmt;

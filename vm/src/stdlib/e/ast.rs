//! `_pyrs_ast`: the native half of `ast` (`py_e/ast.py`). One function,
//! `parse(source, filename, mode, classes, singletons)`, parses with the compiler's parser and
//! error messages and builds the node objects (`ast_build.rs`).

use objmodel::Value;

use super::ast_build::Builder;
use crate::args::Args;
use crate::error::PyResult;
use crate::objects::{dict, str as pystr};
use crate::stdlib::modules_a::util::{funcs, new_module};
use crate::vm::Vm;

fn parse(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "parse", 5, 5)?;
    let Some(src) = pystr::as_str(a.at(0)) else {
        return Err(vm.type_error("_pyrs_ast.parse() source must be a str"));
    };
    if !dict::is_dict(a.at(3)) || !dict::is_dict(a.at(4)) {
        return Err(vm.type_error("_pyrs_ast.parse() classes and singletons must be dicts"));
    }
    let filename = vm.str_string(a.at(1))?;
    let mode = match pystr::as_str(a.at(2)) {
        Some("exec") => crate::compile::Mode::Exec,
        Some("eval") => crate::compile::Mode::Eval,
        Some("single") => crate::compile::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let tree = match crate::compile::parse_ast(src, &filename, mode) {
        Ok(t) => t,
        Err(e) => return Err(crate::builtins::introspect::syntax_error(vm, &e)),
    };
    let mut b = Builder::new(src, &filename, a.at(3), a.at(4));
    let r = b.module(vm, &tree);
    if b.max_depth > 200 {
        drop_deep(tree);
    }
    r
}

/// Drops a deep parse tree on a helper thread with a large stack, since the AST's destructor
/// recurses on nesting depth.
fn drop_deep(tree: rustpython_parser::ast::Mod) {
    let spawned = std::thread::Builder::new().stack_size(64 << 20).spawn(move || drop(tree));
    if let Ok(h) = spawned {
        let _ = h.join();
    }
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let _ = vm;
    let (m, d) = new_module("_pyrs_ast");
    funcs(d, &[("parse", parse)]);
    Ok(m)
}

//! `pyrs-nogil`: the command-line entry point (CPython-compatible usage).

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let code = vm::cli::main_with_args(args);
    std::process::exit(code);
}

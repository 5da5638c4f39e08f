//! `pyrs-nogil-stress`: the `pyrs-nogil` command line, built inside the `stress` package so that
//! `cargo test -p stress` always runs a binary built from the current sources and features
//! (`env!("CARGO_BIN_EXE_pyrs-nogil-stress")`). It is exactly `vm/src/main.rs`.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let code = vm::cli::main_with_args(args);
    std::process::exit(code);
}

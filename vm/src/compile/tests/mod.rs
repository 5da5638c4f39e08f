//! Compiler tests: bytecode verification over many programs, expected code shapes, compile
//! errors and their positions, and a no-panic property test.

mod differential;
mod errors;
mod fuzz;
mod programs;
mod shapes;
mod verify;

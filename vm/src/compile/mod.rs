//! AST to bytecode compiler (being written).

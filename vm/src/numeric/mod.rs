//! Numeric algorithms with CPython semantics (being written).

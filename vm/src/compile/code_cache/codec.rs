//! Byte encoding of a [`CodeObject`] tree for the code cache (the format is private to one
//! build of the binary: entries are keyed by the executable's identity, see `mod.rs`, so no
//! compatibility across versions is needed).
//!
//! Integers are little-endian `u32`s, strings and byte strings a `u32` length then the bytes,
//! sequences a `u32` count then the items, instructions as in [`super::instr_wire`]. A nested
//! code object whose file name equals its parent's (always, for a module compiled from one
//! source) shares the parent's `Arc<str>`, as the compiler's output does.
//!
//! Decoding is total: malformed input gives `None` (the caller then compiles the source), never
//! a panic, and a decoded object has one location and at most one attribute hint per
//! instruction, as the compiler's output does.

use std::sync::Arc;

use num_bigint::BigInt;

use super::instr_wire;
use crate::bytecode::{AttrHints, CodeObject, Const, Location};

/// Appends the encoding of `code` to `out`; `None` if something cannot be encoded.
pub fn encode(code: &CodeObject, out: &mut Vec<u8>) -> Option<()> {
    let mut w = Enc { out };
    w.code(code, None)
}

/// Decodes one code object tree that fills all of `buf`.
pub fn decode(buf: &[u8]) -> Option<Arc<CodeObject>> {
    let mut r = Dec { buf, pos: 0, depth: 0 };
    let code = r.code(None)?;
    (r.pos == buf.len()).then_some(code)
}

struct Enc<'a> {
    out: &'a mut Vec<u8>,
}

impl Enc<'_> {
    fn u32(&mut self, v: u32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }
    fn len(&mut self, n: usize) -> Option<()> {
        self.u32(u32::try_from(n).ok()?);
        Some(())
    }
    fn bytes(&mut self, b: &[u8]) -> Option<()> {
        self.len(b.len())?;
        self.out.extend_from_slice(b);
        Some(())
    }
    fn strs(&mut self, v: &[String]) -> Option<()> {
        self.len(v.len())?;
        v.iter().try_for_each(|s| self.bytes(s.as_bytes()))
    }

    fn code(&mut self, c: &CodeObject, parent_file: Option<&Arc<str>>) -> Option<()> {
        self.bytes(c.name.as_bytes())?;
        self.bytes(c.qualname.as_bytes())?;
        if parent_file.is_some_and(|p| **p == *c.filename) {
            self.out.push(0);
        } else {
            self.out.push(1);
            self.bytes(c.filename.as_bytes())?;
        }
        for v in [c.first_line, c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.max_stack] {
            self.u32(v);
        }
        self.len(c.instrs.len())?;
        for i in &c.instrs {
            instr_wire::write_instr(self.out, i).ok()?;
        }
        self.len(c.locations.len())?;
        for l in &c.locations {
            for v in [l.line, l.col, l.end_line, l.end_col] {
                self.u32(v);
            }
        }
        self.len(c.consts.len())?;
        for k in &c.consts {
            self.konst(k, &c.filename)?;
        }
        self.strs(&c.names)?;
        self.strs(&c.varnames)?;
        self.strs(&c.cellvars)?;
        self.strs(&c.freevars)?;
        self.len(c.cell2arg.len())?;
        for a in &c.cell2arg {
            // u32::MAX stands for None: no code has that many parameters.
            self.u32(a.unwrap_or(u32::MAX));
        }
        match &c.docstring {
            None => self.out.push(0),
            Some(d) => {
                self.out.push(1);
                self.bytes(d.as_bytes())?;
            }
        }
        self.len(c.attr_hints.len())
    }

    fn konst(&mut self, k: &Const, file: &Arc<str>) -> Option<()> {
        match k {
            Const::None => self.out.push(0),
            Const::Bool(b) => self.out.extend_from_slice(&[1, *b as u8]),
            Const::Ellipsis => self.out.push(2),
            Const::Int(i) => {
                self.out.push(3);
                self.bytes(&i.to_signed_bytes_le())?;
            }
            Const::Float(f) => {
                self.out.push(4);
                self.out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Const::Complex(re, im) => {
                self.out.push(5);
                self.out.extend_from_slice(&re.to_bits().to_le_bytes());
                self.out.extend_from_slice(&im.to_bits().to_le_bytes());
            }
            Const::Str(s) => {
                self.out.push(6);
                self.bytes(s.as_bytes())?;
            }
            Const::Bytes(b) => {
                self.out.push(7);
                self.bytes(b)?;
            }
            Const::Tuple(items) | Const::FrozenSet(items) => {
                self.out.push(if matches!(k, Const::Tuple(_)) { 8 } else { 9 });
                self.len(items.len())?;
                for it in items {
                    self.konst(it, file)?;
                }
            }
            Const::Code(c) => {
                self.out.push(10);
                self.code(c, Some(file))?;
            }
        }
        Some(())
    }
}

/// Nesting bound for decoding (constants and code objects), far above what the compiler
/// produces for the embedded modules; it keeps a corrupt entry from recursing without end.
const MAX_DEPTH: u32 = 200;

struct Dec<'a> {
    buf: &'a [u8],
    pos: usize,
    depth: u32,
}

impl<'a> Dec<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.buf.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }
    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        let b = self.take(4)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn f64(&mut self) -> Option<f64> {
        let b = self.take(8)?;
        Some(f64::from_bits(u64::from_le_bytes(b.try_into().ok()?)))
    }
    /// A count of items each at least `min_size` bytes long, checked against what is left so
    /// that a corrupt count cannot ask for a huge allocation.
    fn count(&mut self, min_size: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.checked_mul(min_size.max(1))? <= self.buf.len() - self.pos).then_some(n)
    }
    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.count(1)?;
        self.take(n)
    }
    fn string(&mut self) -> Option<String> {
        Some(std::str::from_utf8(self.bytes()?).ok()?.to_string())
    }
    fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.count(4)?;
        (0..n).map(|_| self.string()).collect()
    }

    fn code(&mut self, parent_file: Option<&Arc<str>>) -> Option<Arc<CodeObject>> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let name = self.string()?;
        let qualname = self.string()?;
        let filename: Arc<str> = match (self.byte()?, parent_file) {
            (0, Some(p)) => p.clone(),
            (1, _) => Arc::from(std::str::from_utf8(self.bytes()?).ok()?),
            _ => return None,
        };
        let mut h = [0u32; 6];
        for v in &mut h {
            *v = self.u32()?;
        }
        let [first_line, argcount, posonlyargcount, kwonlyargcount, flags, max_stack] = h;
        let n = self.count(1)?;
        let mut instrs = Vec::with_capacity(n);
        for _ in 0..n {
            instrs.push(instr_wire::read_instr(self.buf, &mut self.pos).ok()?);
        }
        let nloc = self.count(16)?;
        if nloc != n {
            return None;
        }
        let mut locations = Vec::with_capacity(nloc);
        for _ in 0..nloc {
            locations.push(Location { line: self.u32()?, col: self.u32()?, end_line: self.u32()?, end_col: self.u32()? });
        }
        let nconst = self.count(1)?;
        let mut consts = Vec::with_capacity(nconst);
        for _ in 0..nconst {
            consts.push(self.konst(&filename)?);
        }
        let names = self.strs()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let ncell = self.count(4)?;
        let mut cell2arg = Vec::with_capacity(ncell);
        for _ in 0..ncell {
            let a = self.u32()?;
            cell2arg.push((a != u32::MAX).then_some(a));
        }
        let docstring = match self.byte()? {
            0 => None,
            1 => Some(self.string()?),
            _ => return None,
        };
        let nhints = self.u32()? as usize;
        if nhints != 0 && nhints != n {
            return None;
        }
        self.depth -= 1;
        Some(Arc::new(CodeObject {
            name,
            qualname,
            filename,
            first_line,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            instrs,
            locations,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            docstring,
            max_stack,
            attr_hints: AttrHints::new(nhints),
        }))
    }

    fn konst(&mut self, file: &Arc<str>) -> Option<Const> {
        Some(match self.byte()? {
            0 => Const::None,
            1 => Const::Bool(match self.byte()? {
                0 => false,
                1 => true,
                _ => return None,
            }),
            2 => Const::Ellipsis,
            3 => Const::Int(BigInt::from_signed_bytes_le(self.bytes()?)),
            4 => Const::Float(self.f64()?),
            5 => Const::Complex(self.f64()?, self.f64()?),
            6 => Const::Str(self.string()?),
            7 => Const::Bytes(self.bytes()?.to_vec()),
            tag @ (8 | 9) => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return None;
                }
                let n = self.count(1)?;
                let items = (0..n).map(|_| self.konst(file)).collect::<Option<Vec<_>>>()?;
                self.depth -= 1;
                if tag == 8 { Const::Tuple(items) } else { Const::FrozenSet(items) }
            }
            10 => Const::Code(self.code(Some(file))?),
            _ => return None,
        })
    }
}

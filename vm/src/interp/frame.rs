//! The frame of a running code object: fast locals and cells (`fast`), the value stack, the
//! block stack for exception handling, and the program counter. A frame lives on the Rust
//! stack of the call that runs it; its slots live in the thread's data stack (or, for a
//! generator, in the generator's own storage).

use objmodel::Value;

use crate::bytecode::CodeObject;

/// Block-stack entry kinds (see bytecode.rs, "Exceptions and blocks").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BlockKind {
    /// `SetupExcept`/`SetupFinally`/`SetupWith`: a handler for exceptions in its region.
    Handler,
    /// Marks that an exception is being handled; saves the previous `exc_info`.
    ExceptHandler,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    pub level: u32,
    /// For ExceptHandler: the handled exception to restore when the block is popped.
    pub saved_exc: Value,
}

pub const MAX_BLOCKS: usize = 20;

pub struct Frame {
    pub code: &'static CodeObject,
    pub code_v: Value,
    pub func: Value,
    pub globals: Value,
    pub builtins: Value,
    /// Locals mapping for module and class bodies; NULL in functions.
    pub locals: Value,
    pub consts: &'static [Value],
    pub names: &'static [Value],
    /// Fast locals then cells (cellvars ++ freevars).
    pub fast: *mut Value,
    /// Value stack base.
    pub stack: *mut Value,
    pub sp: usize,
    pub pc: usize,
    /// Entries below `nblocks` are initialised; the rest are not (no per-call clearing).
    pub blocks: [std::mem::MaybeUninit<Block>; MAX_BLOCKS],
    pub nblocks: usize,
    /// The generator object running this frame, or NULL.
    pub generator: Value,
    /// The dict `locals()` returns in a function frame (CPython's `f_locals`), made on the
    /// first call and refreshed from the fast locals on each; NULL until then. The frame
    /// lives on the native stack, so the collector sees it.
    pub f_locals: Value,
}

impl Frame {
    #[inline(always)]
    pub fn nlocals(&self) -> usize {
        self.code.varnames.len()
    }
    #[inline(always)]
    pub fn cell(&self, i: u32) -> Value {
        // SAFETY: cell indices are < ncells and the fast area holds nlocals + ncells slots.
        unsafe { *self.fast.add(self.nlocals() + i as usize) }
    }
    pub fn push_block(&mut self, b: Block) {
        if self.nblocks < MAX_BLOCKS {
            self.blocks[self.nblocks].write(b);
            self.nblocks += 1;
        }
    }
    pub fn pop_block(&mut self) -> Option<Block> {
        if self.nblocks == 0 {
            return None;
        }
        self.nblocks -= 1;
        // SAFETY: entries below the old `nblocks` were written by `push_block`/`set_blocks`.
        Some(unsafe { self.blocks[self.nblocks].assume_init() })
    }
    /// The open blocks, innermost last.
    pub fn live_blocks(&self) -> &[Block] {
        // SAFETY: the first `nblocks` entries are initialised (field doc); MaybeUninit<Block> has
        // Block's layout.
        unsafe { std::slice::from_raw_parts(self.blocks.as_ptr() as *const Block, self.nblocks) }
    }
    /// Replace the open blocks by `bs` (a generator resuming); at most MAX_BLOCKS are kept.
    pub fn set_blocks(&mut self, bs: &[Block]) {
        let n = bs.len().min(MAX_BLOCKS);
        for (slot, b) in self.blocks.iter_mut().zip(&bs[..n]) {
            slot.write(*b);
        }
        self.nblocks = n;
    }
    /// How many of those slots must start NULL: fast locals (NULL = unbound) and cells. The
    /// value stack above them is only read below `sp`, after pushes wrote it.
    pub fn slots_initialised(code: &CodeObject) -> usize {
        code.varnames.len() + code.cellvars.len() + code.freevars.len()
    }
    /// Size of the slot area a frame for `code` needs.
    pub fn slots_needed(code: &CodeObject) -> usize {
        code.varnames.len() + code.cellvars.len() + code.freevars.len() + code.max_stack as usize + 1
    }
}

/// A frame's block array before any block is pushed: left uninitialised. (A `const` array of
/// `MaybeUninit::uninit()` was compiled to a 512-byte `memset` per call.)
#[inline(always)]
pub fn no_blocks() -> [std::mem::MaybeUninit<Block>; MAX_BLOCKS] {
    // SAFETY: an array of `MaybeUninit` needs no initialisation (the documented idiom).
    unsafe { std::mem::MaybeUninit::<[std::mem::MaybeUninit<Block>; MAX_BLOCKS]>::uninit().assume_init() }
}

//! The bytecode: instruction set, constants and code objects.
//!
//! The compiler (`compile/`) produces [`CodeObject`]s; the interpreter (`interp/`) executes them.
//! A code object is plain Rust data (no heap `Value`s): constants are [`Const`]s that the
//! interpreter materialises once per code object into permanent heap objects. This keeps the
//! compiler independent of the object model and the heap.
//!
//! # Execution model
//! A stack machine in the style of CPython 3.8–3.10, with a *block stack* for exception handling.
//! Each frame has `localsplus` (fast locals = `varnames`, then cells = `cellvars ++ freevars`), a
//! value stack and a block stack. Jump targets are instruction indices.
//!
//! Stack effects below are written `[before] -> [after]` with the top of stack rightmost.
//!
//! ## Exceptions and blocks
//! * `SetupExcept(h)` / `SetupFinally(h)` push a block `{handler: h, level: stack depth}`.
//!   `PopBlock` pops it (normal exit of the protected region).
//! * When an exception is raised in a region protected by such a block, the interpreter pops
//!   blocks up to and including it (an `ExceptHandler` block met on the way restores the handled
//!   exception it saved), truncates the value stack to `level`, pushes an `ExceptHandler` block
//!   (saving the currently handled exception, i.e. `sys.exc_info()`), makes the new exception the
//!   handled one, pushes the exception object and jumps to `h`: `[...] -> [..., exc]`.
//! * `PopExcept` pops the `ExceptHandler` block and restores the previously handled exception.
//! * `Reraise`: `[exc] -> raise exc` (keeps its traceback; used at the end of unmatched `except`
//!   clauses and of exceptional `finally` paths).
//! * `ReturnValue` discards all blocks (restoring the handled exception of any `ExceptHandler`
//!   block), so the compiler only needs to inline `finally` bodies and `with` exits before a
//!   `return`; `break`/`continue` must also emit `PopBlock`/`PopExcept` and pop loop iterators.
//!
//! ## Calls
//! * `CallFunction(n)`: `[f, a1..an] -> [result]`.
//! * `CallFunctionKw(n)`: `[f, a1..an, kwnames] -> [result]`; `kwnames` is a constant tuple of
//!   str naming the last `len(kwnames)` of the `n` arguments.
//! * `CallFunctionEx(flags)`: `[f, args(tuple), kwargs(dict) if flags & 1] -> [result]`. For a
//!   lone `f(*x)` the compiler passes `x` itself (any iterable), as CPython does; the call
//!   converts it, raising `f() argument after * must be an iterable, not T` if it cannot.
//! * `LoadMethod(name)`: `[obj] -> [X, Y]`: if `type(obj)` has a plain function `name` not
//!   shadowed by the instance, `X = function, Y = obj`; otherwise `X = getattr(obj, name),
//!   Y = NULL`. `CallMethod(n)`: `[X, Y, a1..an] -> [X(Y, a1..an)]` or `X(a1..an)` when Y is NULL.
//!   `CallMethodKw(n)`: `[X, Y, a1..an, kwnames] -> [result]`, `n` as for `CallFunctionKw`.
//!
//! ## Functions, closures, classes
//! * `MakeFunction(flags)`: `[defaults tuple if flags&1, kwdefaults dict if flags&2,
//!   closure tuple of cells if flags&8, code const] -> [function]`. Qualified name and
//!   docstring come from the code object.
//! * `LoadClosure(i)` pushes the cell object `i` (index into cellvars ++ freevars).
//! * `LoadBuildClass` pushes `builtins.__build_class__`; the compiler emits
//!   `LoadBuildClass, MakeFunction(body), LoadConst name, <bases...>, Call…` as CPython does.
//!   A class body starts with `LoadName __name__; StoreName __module__; LoadConst qualname;
//!   StoreName __qualname__` (and `__doc__`), and ends with `LoadClosure(__class__); ReturnValue`
//!   when it has a `__class__` cell (used by zero-argument `super()`), else `LoadConst None;
//!   ReturnValue`.
//!
//! ## Generators
//! * `YieldValue`: `[v] -> yield v`; on resumption `[] -> [sent value]`.
//! * `GetYieldFromIter`: `[x] -> [iter(x)]` (a generator stays itself).
//! * `YieldFrom`: `[it, v] -> ...`: sends `v` into `it` (`next(it)` when `v` is None); if it
//!   yields `y`, the frame yields `y` and on resumption re-executes `YieldFrom` with the sent value
//!   replacing `v`; when `it` is exhausted, `[it, v] -> [return value]`.
//!   Compiled as `GetYieldFromIter; LoadConst None; YieldFrom`.
//!
//! ## Loop-owned generators
//! Without reference counting nothing tells us when a generator becomes garbage, yet CPython
//! closes `for x in gen(): break`'s generator right at the `break` (its last reference dies), so
//! its `finally` and `with` exits run before the next statement. We reproduce that only where it
//! is provable that the loop holds the sole reference:
//! * The compiler emits `GetIterOwned` instead of `GetIter` when a `for` statement's iterable is a
//!   call (or a generator expression, which is one). A call instruction (`CallFunction`,
//!   `CallFunctionKw`, `CallMethod`, `CallMethodKw`) immediately followed by `GetIterOwned`
//!   calls through `interp::call::call_for_iterable`: when the callee is a plain Python function
//!   whose code (read once) is a generator's, it creates the generator itself and marks it
//!   *loop-owned* (`generator::set_loop_owned`).
//! * INV-LO1: a loop-owned generator is referenced only by its `for` loop's iterator slot on the
//!   value stack. It did not exist before the call, so no argument, default, closure or global
//!   can hold it; the call runs no Python code after creating it; `GetIterOwned` keeps it in the
//!   same slot; `ForIter` only resumes it, and nothing exposes a value-stack slot or a running
//!   generator to Python code (frames, `gi_frame`, tracebacks, `gc.get_referrers` do not).
//! * So the loop may close it when it drops the slot early: `PopIter` (`break`, `return`) and
//!   exception unwinding (`interp::unwind::handle`, which drops the slots above a handler's level,
//!   or all of them when the exception leaves the frame) call `generator::close_owned`, which
//!   closes it and reports a failure of `close()` as unraisable, like CPython's finalizer. A
//!   generator exhausted by `ForIter` needs nothing. A loop-owned generator held by a suspended
//!   generator frame that is never resumed stays open, as a leftover generator does at exit.
//! * The same holds one level down for `for i, x in enumerate(gen()):` (and `zip`, `map`,
//!   `filter`): the compiler follows each positional argument of the iterable call that is
//!   itself a call (or a generator expression) with `OwnedArg`, and that inner call goes
//!   through `call_for_iterable` too. The outer call then keeps the marks only when its callee
//!   is exactly one of those four built-in types, whose fresh iterator holds the generators
//!   as its only references (INV-LO2); for any other callee it clears them before the call,
//!   as Python code could keep the generator. `PopIter` and unwinding close the loop-owned
//!   generators among the sources of such an iterator (`iter::wrapped_sources`), last first
//!   as CPython's tuple deallocation does.
//! * Anything else (a callee that is not a plain generator function, a generator a function
//!   returns, `iter(...)`, `list(gen())`) is never loop-owned, so it is never closed early.
//!
//! ## Coroutines
//! A coroutine is a generator object of class `coroutine`; `await x` compiles to
//! `<x> GetAwaitable(0) LoadConst None YieldFrom`. `async with` is
//! `<mgr> BeforeAsyncWith GetAwaitable(1) LoadConst None YieldFrom SetupAsyncWith(h)`; its
//! exits call `__aexit__` like `with` and await the result (`GetAwaitable(2) ...`). `async for`
//! loops over `SetupExcept(end) Copy 1 GetANext LoadConst None YieldFrom PopBlock <store>`; at
//! `end`, `EndAsyncFor` ends the loop on StopAsyncIteration. An async generator's `yield v`
//! is `<v> AsyncGenWrap YieldValue`, so its `__anext__` awaitable tells values yielded to the
//! caller from those an `await` inside passes through to the event loop.
//!
//! ## Comprehensions
//! Compiled as nested functions taking one argument `.0` (an iterator): `MakeFunction(code);
//! <outermost iterable>; GetIter; CallFunction(1)`. Inside, `ListAppend(i)`, `SetAdd(i)` and
//! `MapAdd(i)` add to the container found `i` slots below the top after popping the item(s).
//!
//! ## Conventions compiled from existing instructions
//! * Annotations (CPython 3.11 semantics): a `def` with annotations builds the dict
//!   `{name: annotation, ..., 'return': ...}` before the function and attaches it right after
//!   `MakeFunction` with `Swap 2; Copy 2; StoreAttr __annotations__`, so function objects must
//!   accept that attribute. Module and class bodies containing variable annotations bind
//!   `__annotations__ = {}` first (`BuildMap 0; StoreName __annotations__`; a module only if the
//!   name is unbound) and store `x: T` as `<T> LoadName __annotations__; LoadConst 'x';
//!   StoreSubscr`. Under `from __future__ import annotations` the values are source strings.
//! * Interactive (`single`) mode prints expression statements like `PRINT_EXPR`:
//!   `<value> LoadConst 0; LoadConst None; ImportName sys; LoadAttr displayhook; Swap 2;
//!   CallFunction 1; PopTop`.
//! * `__debug__` is the constant `True`.
//!
//! ## Pattern matching
//! A `match` statement evaluates the subject once; each case does `Copy 1` and runs its pattern,
//! which consumes the copy on success. A failing test jumps to a chain of `PopTop`s that removes
//! whatever the pattern had pushed, leaving the subject for the next case (as CPython's
//! `fail_pop` labels). Captures are stored as soon as they match. Patterns use `GetLen`,
//! `MatchSequence` (list, tuple, range, deque, memoryview, array, registered
//! `collections.abc.Sequence`s; never str/bytes/bytearray), `MatchMapping`, `MatchKeys`
//! (`subject.get(key, sentinel)`, so no `__missing__`; duplicate keys raise ValueError),
//! `CopyDictWithoutKeys` (for `**rest`) and `MatchClass` (isinstance check, `__match_args__`,
//! CPython's TypeErrors); sequences are destructured with `UnpackSequence`/`UnpackEx`.

use std::sync::Arc;

use num_bigint::BigInt;

/// Binary operators, shared by `BinaryOp` and `InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

/// Rich comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[repr(u8)]
pub enum UnaryOp {
    Positive,
    Negative,
    Not,
    Invert,
}

/// One instruction. Arguments are indices into the code object's tables (`consts`, `names`,
/// `varnames`, cells) or instruction indices for jumps.
/// Serialised only by the on-disk code cache (`compile/code_cache/instr_wire.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Instr {
    Nop,
    // ---- stack ----
    /// `[a] -> []`
    PopTop,
    /// `Copy(i)`: push a copy of the i-th item from the top (1 = TOS). `[.., x, ..] -> [.., x, .., x]`
    Copy(u32),
    /// `Swap(i)`: swap TOS with the i-th item from the top (i >= 2).
    Swap(u32),

    // ---- loads and stores ----
    LoadConst(u32),
    LoadFast(u32),
    /// `LoadFastPair(a)`: a superinstruction written over `LoadFast(a)` when the next
    /// instruction is `LoadFast(b)` (`superinstructions` in compile/unit.rs); that one stays in
    /// place. Pushes local `a`, then local `b` and steps over the `LoadFast(b)` when `b` is
    /// bound (else that instruction runs and raises). In the linear instruction stream it
    /// counts as the `LoadFast(a)` it replaces (stack effect +1), so jumps to the second
    /// instruction and every analysis of the stream see what they saw before.
    LoadFastPair(u32),
    /// `LoadFastAttr(a)`: the same, written over `LoadFast(a)` when the next instruction is
    /// `LoadAttr(n)` (`self.x`): pushes `local_a.<names[n]>` and steps over the `LoadAttr`,
    /// which it executes as itself (its pc published for tracebacks and contention records,
    /// its attribute hint). Stack effect +1 in the linear stream, like the `LoadFast`.
    LoadFastAttr(u32),
    /// `LoadFastMethod(a)`: the same over `LoadFast(a); LoadMethod(n)` (`obj.method(...)` on a
    /// local): pushes the LoadMethod's `[X, Y]` pair, executing it as itself.
    LoadFastMethod(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Module/class-level name lookup: locals mapping, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// globals, then builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Contents of cell i (cellvars ++ freevars).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// In a class body: the class namespace first, then cell i.
    LoadClassDeref(u32),
    /// Push the cell object itself.
    LoadClosure(u32),
    /// `[obj] -> [obj.name]`
    LoadAttr(u32),
    /// `[value, obj] -> []` (obj.name = value)
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj, key] -> [obj[key]]`
    BinarySubscr,
    /// `[value, obj, key] -> []`
    StoreSubscr,
    /// `[obj, key] -> []`
    DeleteSubscr,

    // ---- operators ----
    Unary(UnaryOp),
    /// `[a, b] -> [a op b]`
    BinaryOp(BinOp),
    /// `[a, b] -> [a op= b]` (tries `__iop__` first)
    InplaceOp(BinOp),
    /// `[a, b] -> [a cmp b]`
    CompareOp(CmpOp),
    /// `[a, b] -> [a is b]` (or `is not` when the flag is true)
    IsOp(bool),
    /// `[a, b] -> [a in b]` (or `not in` when the flag is true)
    ContainsOp(bool),

    // ---- control flow ----
    Jump(u32),
    /// `[v] -> []`, jump if falsy
    PopJumpIfFalse(u32),
    /// `[v] -> []`, jump if truthy
    PopJumpIfTrue(u32),
    /// If TOS is falsy jump and keep it, else pop it.
    JumpIfFalseOrPop(u32),
    /// If TOS is truthy jump and keep it, else pop it.
    JumpIfTrueOrPop(u32),
    /// `[x] -> [iter(x)]`
    GetIter,
    /// As `GetIter`, for the iterable of a `for` statement that is a call expression (a
    /// generator expression is one); a call instruction directly before it may make the loop
    /// the owner of a fresh generator (see "Loop-owned generators" in the module doc).
    GetIterOwned,
    /// No stack effect: marks the call instruction just before it as computing a positional
    /// argument of a `for` statement's iterable call (`enumerate(gen())`), which may create a
    /// fresh generator the loop owns through the wrapping iterator (see "Loop-owned
    /// generators" in the module doc).
    OwnedArg,
    /// `[it] -> []`: drops a `for` loop's iterator when `break` or `return` leaves the loop;
    /// closes it if it is a loop-owned generator.
    PopIter,
    /// `[it] -> [it, next(it)]`, or on exhaustion `[it] -> []` and jump.
    ForIter(u32),

    // ---- building ----
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[k1, v1, .., kn, vn] -> [dict]`
    BuildMap(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (all str)
    BuildString(u32),
    /// `[start, stop] -> [slice]` or `[start, stop, step] -> [slice]`
    BuildSlice(u32),
    /// `FormatValue(flags)`: flags & 3: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`);
    /// flags & 4: a format spec is on TOS. `[v, spec?] -> [formatted str]`
    FormatValue(u32),
    /// `[.., container, .. (i-1 items), item] -> [.., container, ..]`: container.append(item)
    ListAppend(u32),
    SetAdd(u32),
    /// `[.., dict, .., key, value] -> [.., dict, ..]`
    MapAdd(u32),
    /// `[.., list, .., iterable] -> [.., list, ..]`: list.extend(iterable)
    ListExtend(u32),
    SetUpdate(u32),
    /// `[.., dict, .., mapping] -> [.., dict, ..]`: dict.update(mapping)
    DictUpdate(u32),
    /// Like `DictUpdate` but a duplicate key raises TypeError (for `f(**a, **b)`).
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[seq] -> [xn, .., x1]` (x1 on top); ValueError on length mismatch.
    UnpackSequence(u32),
    /// `UnpackEx(before | after << 8)`: `[seq] -> [after items.., starred list, before items..]`
    /// with the first item on top, as CPython's UNPACK_EX.
    UnpackEx(u32),

    // ---- calls and functions ----
    CallFunction(u32),
    CallFunctionKw(u32),
    CallFunctionEx(u32),
    LoadMethod(u32),
    CallMethod(u32),
    CallMethodKw(u32),
    MakeFunction(u32),
    ReturnValue,
    LoadBuildClass,

    // ---- generators ----
    YieldValue,
    GetYieldFromIter,
    YieldFrom,

    // ---- coroutines (see "Coroutines" in the module doc) ----
    /// `GetAwaitable(where)`: `[x] -> [iterator of x's await]`; `where` picks the error message
    /// (0: `await`, 1: after `__aenter__`, 2: after `__aexit__`).
    GetAwaitable(u32),
    /// `[x] -> [x.__aiter__()]`.
    GetAIter,
    /// `[aiter] -> [aiter, awaitable of aiter.__anext__()]`.
    GetANext,
    /// `[aiter, exc] -> []` when `exc` is a StopAsyncIteration (also pops the `ExceptHandler`
    /// block, restoring the handled exception); otherwise re-raises `exc`.
    EndAsyncFor,
    /// `[mgr] -> [bound __aexit__, mgr.__aenter__()]`.
    BeforeAsyncWith,
    /// `SetupAsyncWith(h)`: `[exit, res] -> [exit, res]` and pushes a block like `SetupFinally(h)`
    /// whose level keeps `exit` (but not `res`) on the stack.
    SetupAsyncWith(u32),
    /// `[v] -> [wrapped v]`: marks a value yielded by an async generator's `yield` (as opposed
    /// to one passed through from an `await`).
    AsyncGenWrap,

    // ---- exceptions ----
    SetupExcept(u32),
    SetupFinally(u32),
    PopBlock,
    PopExcept,
    /// `[exc, type_or_tuple] -> [exc, bool]`: isinstance-style match of an exception.
    CheckExcMatch,
    /// `[exc] -> (raise)`
    Reraise,
    /// `Raise(0)`: re-raise the handled exception; `Raise(1)`: `[exc] ->`; `Raise(2)`:
    /// `[exc, cause] ->` (raise exc from cause).
    Raise(u32),
    /// `[] -> [AssertionError]` (the builtin, even if shadowed).
    LoadAssertionError,
    /// `SetupWith(h)`: `[mgr] -> [bound __exit__, mgr.__enter__()]` and pushes a block like
    /// `SetupFinally(h)` whose level keeps `__exit__` on the stack. At `h`: `[exit, exc]`.
    SetupWith(u32),
    /// `[exit] -> []`: calls `exit(None, None, None)`.
    WithExitNormal,
    /// `[exit, exc] -> [exit, exc, exit(type(exc), exc, tb)]`.
    WithExceptStart,

    // ---- imports ----
    /// `[level, fromlist] -> [module]` (`__import__(name, globals, None, fromlist, level)`)
    ImportName(u32),
    /// `[module] -> [module, module.name]` (ImportError if missing)
    ImportFrom(u32),
    /// `[module] -> []`: binds the public names into the current namespace.
    ImportStar,

    // ---- pattern matching (see "Pattern matching" in the module doc) ----
    /// `[x] -> [x, len(x)]`
    GetLen,
    /// `[subject] -> [subject, bool]`: whether a sequence pattern may match the subject.
    MatchSequence,
    /// `[subject] -> [subject, bool]`: whether a mapping pattern may match the subject.
    MatchMapping,
    /// `[subject, keys] -> [subject, keys, values]`: `values` is the tuple of `subject`'s values
    /// for the tuple `keys`, or None if a key is missing.
    MatchKeys,
    /// `[subject, keys] -> [subject, rest]`: `rest` is a new dict of the items of `subject`
    /// whose keys are not in the tuple `keys`.
    CopyDictWithoutKeys,
    /// `MatchClass(n)`: `[subject, cls, kwnames] -> [attrs]`: `attrs` is the tuple of the `n`
    /// positional (via `__match_args__`) then keyword attributes, or None if no match.
    MatchClass(u32),
}

/// Code object flags.
pub mod flags {
    pub const VARARGS: u32 = 1 << 0;
    pub const VARKEYWORDS: u32 = 1 << 1;
    pub const GENERATOR: u32 = 1 << 2;
    /// A function body (fast locals); absent for module and class bodies.
    pub const FUNCTION: u32 = 1 << 3;
    pub const CLASS_BODY: u32 = 1 << 4;
    pub const MODULE: u32 = 1 << 5;
    /// Comprehension or generator expression body.
    pub const COMPREHENSION: u32 = 1 << 6;
    pub const LAMBDA: u32 = 1 << 7;
    /// An `async def` body or asynchronous comprehension (with `GENERATOR`: calls create a
    /// coroutine object).
    pub const COROUTINE: u32 = 1 << 8;
    /// An async generator (with `GENERATOR`).
    pub const ASYNC_GENERATOR: u32 = 1 << 9;
    /// Code of an embedded module's function that CPython implements in C: exceptions passing
    /// through it record no traceback entry (`stdlib::source_map`, "Native frames").
    pub const NATIVE_FRAME: u32 = 1 << 10;
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    /// A frozenset built by adding the elements in this (source) order (then rebuilt in the
    /// resulting iteration order, as CPython's constant merging does), as CPython folds a set
    /// display of more than two constants (`BuildSet 0; LoadConst frozenset; SetUpdate 1`).
    FrozenSet(Vec<Const>),
    Code(Arc<CodeObject>),
}

/// Source position of one instruction (1-based lines, 0-based columns in characters), used for
/// tracebacks (CPython 3.11 prints carets under `col..end_col`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// A compiled body: module, class body, function, lambda or comprehension.
#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: Arc<str>,
    pub first_line: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instrs: Vec<Instr>,
    /// Parallel to `instrs`.
    pub locations: Vec<Location>,
    pub consts: Vec<Const>,
    /// Names for globals, attributes, imports and `LoadName`.
    pub names: Vec<String>,
    /// Fast locals: positional params, keyword-only params, `*args`, `**kwargs`, then the rest.
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cellvar, the index of the parameter it must be initialised from, if any.
    pub cell2arg: Vec<Option<u32>>,
    pub docstring: Option<String>,
    /// Upper bound of the value-stack depth.
    pub max_stack: u32,
    /// Per-instruction attribute hints (parallel to `instrs`), see `AttrHints`.
    pub attr_hints: AttrHints,
}

/// For each `LoadAttr`/`StoreAttr`, the entry index at which the attribute was last found in
/// an instance dict, as a hint for the next execution (a per-site inline cache in the spirit of
/// CPython 3.11's LOAD_ATTR_INSTANCE_VALUE). A hint is only ever a guess: every use checks that
/// the dict's entry at that index holds the very name object (`dict_table::get_str_hinted`),
/// so racing threads that overwrite each other's hints (Relaxed) only cost a full lookup.
#[derive(Default)]
pub struct AttrHints(Box<[std::sync::atomic::AtomicU32]>);

impl AttrHints {
    pub fn new(n: usize) -> AttrHints {
        AttrHints((0..n).map(|_| std::sync::atomic::AtomicU32::new(0)).collect())
    }
    /// The number of sites (0 or the number of instructions).
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The hint of instruction `pc` (0 when there is none).
    #[inline(always)]
    pub fn get(&self, pc: usize) -> u32 {
        // Relaxed: a hint carries no data the reader relies on (see the type's doc).
        self.0.get(pc).map_or(0, |h| h.load(std::sync::atomic::Ordering::Relaxed))
    }
    /// Records `ix` as the hint of instruction `pc`. The store happens only when the hint
    /// changes: threads running the same code share this array, and a store of even the same
    /// value takes the cache line away from every other core reading it (on `float_alloc`, two
    /// threads storing their unchanged hints made the eval loop 75% slower than one thread).
    #[inline(always)]
    pub fn set(&self, pc: usize, ix: u32) {
        if let Some(h) = self.0.get(pc) {
            // Relaxed: as in `get`.
            if h.load(std::sync::atomic::Ordering::Relaxed) != ix {
                h.store(ix, std::sync::atomic::Ordering::Relaxed);
            }
        }
    }
}

impl Clone for AttrHints {
    fn clone(&self) -> AttrHints {
        AttrHints::new(self.0.len())
    }
}

impl std::fmt::Debug for AttrHints {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AttrHints({})", self.0.len())
    }
}

impl CodeObject {
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags & f != 0
    }
    /// Name of cell slot `i` (cellvars ++ freevars).
    pub fn cell_name(&self, i: u32) -> &str {
        let i = i as usize;
        if i < self.cellvars.len() { &self.cellvars[i] } else { &self.freevars[i - self.cellvars.len()] }
    }
    /// Number of parameters including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.has_flag(flags::VARARGS) {
            n += 1;
        }
        if self.has_flag(flags::VARKEYWORDS) {
            n += 1;
        }
        n
    }
}

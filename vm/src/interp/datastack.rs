//! The per-thread data stack holding each frame's fast locals, cells and value stack, in the
//! style of CPython's `_PyThreadState_PushFrame`: frames take contiguous slices from a chunk;
//! a frame that does not fit opens a new chunk. Chunks never move, so a frame keeps raw
//! pointers into its slice. The collector scans the used part of every chunk conservatively.

use objmodel::Value;

const CHUNK: usize = 1 << 16;

struct Chunk {
    mem: Box<[Value]>,
    top: usize,
}

pub struct DataStack {
    chunks: Vec<Chunk>,
    /// Index of the chunk frames are currently pushed into.
    cur: usize,
}

/// A frame's slice: where it starts, and the position to restore on pop.
#[derive(Clone, Copy)]
pub struct Mark {
    chunk: usize,
    top: usize,
}

impl DataStack {
    pub fn new() -> DataStack {
        DataStack { chunks: vec![Chunk { mem: vec![Value::NULL; CHUNK].into_boxed_slice(), top: 0 }], cur: 0 }
    }

    /// Reserve `n` slots of which the first `init` are NULL-initialised (a frame's locals and
    /// cells); the rest (its value stack) keep stale words, which the code only reads after
    /// pushing, and which the collector's conservative scan tolerates like any stack garbage.
    /// Returns their start and the mark to pop to.
    #[inline]
    pub fn push(&mut self, n: usize, init: usize) -> (*mut Value, Mark) {
        debug_assert!(init <= n);
        let c = &mut self.chunks[self.cur];
        let mark = Mark { chunk: self.cur, top: c.top };
        if c.top + n <= c.mem.len() {
            let p = &mut c.mem[c.top..c.top + n];
            // A plain loop: a frame has a handful of locals, below what a `memset` call pays off.
            for s in &mut p[..init] {
                *s = Value::NULL;
            }
            c.top += n;
            return (p.as_mut_ptr(), mark);
        }
        self.push_slow(n, init, mark)
    }

    /// `push`, except that the first `skip` slots (`skip <= init`) are left as they are: the
    /// caller overwrites them with live Values before anything can reach a safepoint (the
    /// collector scans the data stack only in a pause), so clearing them first is wasted.
    #[inline]
    pub fn push_after(&mut self, n: usize, skip: usize, init: usize) -> (*mut Value, Mark) {
        debug_assert!(skip <= init && init <= n);
        let c = &mut self.chunks[self.cur];
        let mark = Mark { chunk: self.cur, top: c.top };
        if c.top + n <= c.mem.len() {
            let p = &mut c.mem[c.top..c.top + n];
            for s in &mut p[skip..init] {
                *s = Value::NULL;
            }
            c.top += n;
            return (p.as_mut_ptr(), mark);
        }
        self.push_slow(n, init, mark)
    }

    #[cold]
    fn push_slow(&mut self, n: usize, init: usize, mark: Mark) -> (*mut Value, Mark) {
        self.cur += 1;
        if self.cur == self.chunks.len() || self.chunks[self.cur].mem.len() < n {
            let size = CHUNK.max(n);
            let c = Chunk { mem: vec![Value::NULL; size].into_boxed_slice(), top: 0 };
            if self.cur == self.chunks.len() {
                self.chunks.push(c);
            } else {
                self.chunks[self.cur] = c;
            }
        }
        let c = &mut self.chunks[self.cur];
        // A chunk kept from an earlier, deeper call holds stale words.
        c.mem[..init].fill(Value::NULL);
        c.top = n;
        (c.mem.as_mut_ptr(), mark)
    }

    /// Release everything pushed since `mark`.
    #[inline]
    pub fn pop(&mut self, mark: Mark) {
        if mark.chunk != self.cur {
            self.chunks[self.cur].top = 0;
            self.cur = mark.chunk;
        }
        self.chunks[self.cur].top = mark.top;
    }

    /// Used word ranges, for conservative scanning.
    pub fn used_ranges(&self) -> Vec<(*const usize, *const usize)> {
        self.chunks[..=self.cur]
            .iter()
            .map(|c| {
                let lo = c.mem.as_ptr() as *const usize;
                // SAFETY: `top <= mem.len()`, so the end pointer is within or one past the chunk.
                (lo, unsafe { lo.add(c.top) })
            })
            .collect()
    }
}

impl Default for DataStack {
    fn default() -> Self {
        DataStack::new()
    }
}

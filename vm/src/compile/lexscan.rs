//! A light tokenizer run before parsing and used to refine parse errors.
//!
//! The real lexer lives in `rustpython-parser`, but its errors are coarser than CPython's
//! (e.g. "Got unexpected EOF" where CPython says "'(' was never closed"). This scanner knows just
//! enough Python lexical structure — strings (with prefixes, escapes and triple quotes),
//! comments, line continuations, brackets and indentation — to find what CPython's tokenizer
//! would report: unterminated strings, unmatched or mismatched brackets, unclosed brackets at
//! end of input. It also enforces CPython's nesting limits (200 brackets, 100 indentation
//! levels) and bounds the length of operator chains, which the parser turns into equally deep
//! AST nodes; these checks keep later recursive passes (and the AST's own `Drop`) within stack.
//!
//! It also computes [`Scan::nesting`], an upper bound on how deeply the AST can nest (every
//! level of nesting needs an operator, keyword, bracket, indentation level or `elif`, or lies
//! inside an f-string), which decides whether compiling needs a large stack.
//!
//! It never panics and runs in linear time.

/// Maximum bracket nesting, as CPython's tokenizer (`MAXLEVEL`).
const MAX_PARENS: usize = 200;
/// Maximum indentation depth, as CPython's tokenizer (`MAXINDENT`).
const MAX_INDENTS: usize = 100;
/// Maximum number of operators chained at one bracket level between commas.
const MAX_CHAIN: u32 = 20_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Name,
    Number,
    Str,
    Op,
    Open,
    Close,
    /// End of a logical line.
    Newline,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub kind: TokKind,
    pub start: u32,
    pub end: u32,
    /// Bracket depth at the token's start.
    pub depth: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IssueKind {
    UnterminatedString {
        triple: bool,
    },
    Unmatched(char),
    Mismatch {
        open: char,
        open_start: u32,
        close: char,
    },
    TooManyParens,
    TooManyIndents,
    TooLongChain,
    /// A dedent to a column that matches no enclosing indentation level.
    BadDedent,
    /// Indentation whose meaning depends on the tab size.
    Tabs,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Issue {
    pub kind: IssueKind,
    pub start: u32,
    pub end: u32,
}

pub(crate) struct Scan {
    pub tokens: Vec<Token>,
    /// The first tokenizer-level problem; scanning stops there.
    pub issue: Option<Issue>,
    /// Brackets still open at the end of the scan: (bracket, offset).
    pub open: Vec<(char, u32)>,
    /// Upper bound on the nesting depth of the AST.
    pub nesting: u32,
    /// Byte offsets of indentation tabs and of continuation-only backslashes: replacing them
    /// with spaces keeps every offset and, once CPython's tab checks passed, the meaning of
    /// the indentation, while avoiding the parser's stricter tab rules.
    pub rewrites: Vec<u32>,
}

const KEYWORD_CHAIN: &[&str] =
    &["and", "or", "not", "if", "else", "lambda", "in", "is", "await", "yield", "for", "elif"];

/// The length of the operator at the start of `rest` (at least 1): the longest of CPython's
/// three- and two-character operators that matches, else one character.
fn operator_len(rest: &[u8]) -> usize {
    const THREE: &[&[u8]] = &[b"**=", b"//=", b">>=", b"<<=", b"..."];
    const TWO: &[&[u8]] = &[
        b"**", b"//", b">>", b"<<", b"<=", b">=", b"==", b"!=", b"->", b"+=", b"-=", b"*=", b"/=", b"%=", b"&=", b"|=",
        b"^=", b"@=", b":=",
    ];
    if THREE.iter().any(|op| rest.starts_with(op)) {
        3
    } else if TWO.iter().any(|op| rest.starts_with(op)) {
        2
    } else {
        1
    }
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn is_string_prefix(s: &[u8]) -> bool {
    if s.is_empty() || s.len() > 2 {
        return false;
    }
    let lower: Vec<u8> = s.iter().map(|b| b.to_ascii_lowercase()).collect();
    matches!(lower.as_slice(), b"r" | b"b" | b"u" | b"f" | b"br" | b"rb" | b"fr" | b"rf")
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    collect: bool,
    tokens: Vec<Token>,
    brackets: Vec<(u8, u32)>,
    /// Operator-chain length per bracket depth.
    chains: Vec<u32>,
    /// Sum of `chains`.
    chain_sum: u32,
    /// Current indentation depth.
    indent_depth: u32,
    /// Number of `elif`s seen (each nests an `if` in the previous one's `else`).
    elifs: u32,
    /// Maximum nesting estimate so far.
    nesting: u32,
    rewrites: Vec<u32>,
    line_has_tokens: bool,
}

impl Scanner<'_> {
    fn push(&mut self, kind: TokKind, start: usize, end: usize) {
        self.line_has_tokens = true;
        let mut here = self.chain_sum + self.brackets.len() as u32 + self.indent_depth + self.elifs;
        if kind == TokKind::Str
            && self.b[start..end].iter().take_while(|b| b.is_ascii_alphabetic()).any(|b| b | 0x20 == b'f')
        {
            // An f-string's replacement fields can nest as deep as its length allows.
            here += (end - start) as u32 / 2;
        }
        self.nesting = self.nesting.max(here + 1);
        if self.collect {
            self.tokens.push(Token { kind, start: start as u32, end: end as u32, depth: self.brackets.len() as u32 });
        }
    }

    fn bump_chain(&mut self, start: usize) -> Result<(), Issue> {
        if let Some(c) = self.chains.last_mut() {
            *c += 1;
            self.chain_sum += 1;
            if *c > MAX_CHAIN {
                return Err(Issue { kind: IssueKind::TooLongChain, start: start as u32, end: start as u32 + 1 });
            }
        }
        Ok(())
    }

    fn at(&self, j: usize) -> u8 {
        self.b.get(j).copied().unwrap_or(0)
    }

    /// Skips indentation at the start of a physical line at bracket depth 0.
    /// Measures the indentation of a line at bracket depth 0, with CPython's checks: `indents`
    /// holds (column with tabs to 8, column with tabs to 1) per level; the two must agree
    /// on every comparison or the indentation is ambiguous (`TabError`).
    fn indentation(&mut self, indents: &mut Vec<(u32, u32)>) -> Result<(), Issue> {
        let (mut col, mut alt) = (0u32, 0u32);
        let start = self.i;
        // CPython: after a continuation backslash preceded by whitespace, the column of the
        // first such backslash is the indentation.
        let mut cont_col = 0u32;
        loop {
            while self.i < self.b.len() {
                match self.b[self.i] {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                        self.rewrites.push(self.i as u32);
                    }
                    0x0c => (col, alt) = (0, 0),
                    _ => break,
                }
                self.i += 1;
            }
            if self.at(self.i) == b'\\' && matches!(self.at(self.i + 1), b'\n' | b'\r') {
                if cont_col == 0 {
                    cont_col = col;
                }
                if col == 0 {
                    // A bare backslash line: as blank for the parser, the next line decides.
                    self.rewrites.push(self.i as u32);
                }
                self.i += if self.at(self.i + 1) == b'\r' && self.at(self.i + 2) == b'\n' { 3 } else { 2 };
                continue;
            }
            break;
        }
        if cont_col != 0 {
            (col, alt) = (cont_col, cont_col);
        }
        match self.b.get(self.i) {
            None | Some(b'#' | b'\n' | b'\r') => return Ok(()),
            _ => {}
        }
        let issue = |kind| Err(Issue { kind, start: self.i as u32, end: self.i as u32 });
        let (top, top_alt) = indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if alt != top_alt {
                return issue(IssueKind::Tabs);
            }
        } else if col > top {
            if alt <= top_alt {
                return issue(IssueKind::Tabs);
            }
            indents.push((col, alt));
            if indents.len() > MAX_INDENTS {
                return Err(Issue { kind: IssueKind::TooManyIndents, start: start as u32, end: self.i as u32 });
            }
        } else {
            while indents.len() > 1 && col < indents.last().map_or(0, |l| l.0) {
                indents.pop();
            }
            let (top, top_alt) = indents.last().copied().unwrap_or((0, 0));
            if col != top {
                // CPython reports it at the end of the line.
                let eol = self.b[self.i..]
                    .iter()
                    .position(|&c| c == b'\n' || c == b'\r')
                    .map_or(self.b.len(), |n| self.i + n);
                return Err(Issue { kind: IssueKind::BadDedent, start: eol as u32, end: eol as u32 });
            }
            if alt != top_alt {
                return issue(IssueKind::Tabs);
            }
        }
        self.indent_depth = indents.len() as u32;
        Ok(())
    }

    /// Scans a string whose opening quote is at `q`; the token starts at `start`.
    fn string(&mut self, start: usize, q: usize) -> Result<(), Issue> {
        let quote = self.b[q];
        let triple = self.at(q + 1) == quote && self.at(q + 2) == quote;
        let mut j = q + if triple { 3 } else { 1 };
        let unterminated =
            Issue { kind: IssueKind::UnterminatedString { triple }, start: start as u32, end: start as u32 + 1 };
        loop {
            let Some(&c) = self.b.get(j) else { return Err(unterminated) };
            match c {
                b'\\' => {
                    j += 1;
                    if self.at(j) == b'\r' && self.at(j + 1) == b'\n' {
                        j += 1;
                    }
                    j += 1;
                }
                b'\n' | b'\r' if !triple => return Err(unterminated),
                _ if c == quote => {
                    if !triple {
                        j += 1;
                        break;
                    }
                    if self.at(j + 1) == quote && self.at(j + 2) == quote {
                        j += 3;
                        break;
                    }
                    j += 1;
                }
                _ => j += 1,
            }
        }
        self.i = j.min(self.b.len());
        self.push(TokKind::Str, start, self.i);
        Ok(())
    }

    fn run(&mut self) -> Result<(), Issue> {
        let mut indents = vec![(0u32, 0u32)];
        let mut line_start = true;
        while self.i < self.b.len() {
            if line_start && self.brackets.is_empty() {
                self.indentation(&mut indents)?;
            }
            line_start = false;
            let Some(&c) = self.b.get(self.i) else { break };
            let start = self.i;
            match c {
                b' ' | b'\t' | 0x0c => self.i += 1,
                b'#' => {
                    while self.i < self.b.len() && !matches!(self.b[self.i], b'\n' | b'\r') {
                        self.i += 1;
                    }
                }
                b'\n' | b'\r' => {
                    self.i += if c == b'\r' && self.at(self.i + 1) == b'\n' { 2 } else { 1 };
                    if self.brackets.is_empty() {
                        if self.line_has_tokens {
                            self.push(TokKind::Newline, start, start + 1);
                            self.line_has_tokens = false;
                            self.chains.clear();
                            self.chains.push(0);
                            self.chain_sum = 0;
                        }
                        line_start = true;
                    }
                }
                b'\\' => {
                    self.i += 1;
                    match self.at(self.i) {
                        b'\r' if self.at(self.i + 1) == b'\n' => self.i += 2,
                        b'\n' | b'\r' => self.i += 1,
                        _ => {}
                    }
                }
                b'\'' | b'"' => self.string(start, start)?,
                b'0'..=b'9' => self.number(start),
                b'.' if self.at(self.i + 1).is_ascii_digit() => self.number(start),
                _ if is_ident_byte(c) => {
                    while self.i < self.b.len() && is_ident_byte(self.b[self.i]) {
                        self.i += 1;
                    }
                    let word = &self.b[start..self.i];
                    if matches!(self.at(self.i), b'\'' | b'"') && is_string_prefix(word) {
                        let q = self.i;
                        self.string(start, q)?;
                    } else {
                        if KEYWORD_CHAIN.iter().any(|k| k.as_bytes() == word) {
                            self.bump_chain(start)?;
                        }
                        if word == b"elif" {
                            self.elifs += 1;
                        }
                        self.push(TokKind::Name, start, self.i);
                    }
                }
                b'(' | b'[' | b'{' => {
                    self.i += 1;
                    self.bump_chain(start)?;
                    self.push(TokKind::Open, start, self.i);
                    self.brackets.push((c, start as u32));
                    self.chains.push(0);
                    if self.brackets.len() > MAX_PARENS {
                        return Err(Issue {
                            kind: IssueKind::TooManyParens,
                            start: start as u32,
                            end: start as u32 + 1,
                        });
                    }
                }
                b')' | b']' | b'}' => {
                    self.i += 1;
                    let Some(&(open, open_start)) = self.brackets.last() else {
                        return Err(Issue {
                            kind: IssueKind::Unmatched(c as char),
                            start: start as u32,
                            end: self.i as u32,
                        });
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        let kind = IssueKind::Mismatch { open: open as char, open_start, close: c as char };
                        return Err(Issue { kind, start: start as u32, end: self.i as u32 });
                    }
                    self.brackets.pop();
                    self.chain_sum -= self.chains.pop().unwrap_or(0);
                    self.push(TokKind::Close, start, self.i);
                }
                _ => {
                    // Operators are whole tokens as in CPython's tokenizer (`**=`, `:=`, `->`,
                    // `...`), so error ranges cover the operator the parser stopped at.
                    self.i += operator_len(&self.b[start..]);
                    if c == b',' || c == b';' {
                        if let Some(ch) = self.chains.last_mut() {
                            self.chain_sum -= *ch;
                            *ch = 0;
                        }
                    } else {
                        self.bump_chain(start)?;
                    }
                    self.push(TokKind::Op, start, self.i);
                }
            }
        }
        if self.line_has_tokens {
            let end = self.b.len();
            self.push(TokKind::Newline, end, end);
        }
        Ok(())
    }

    fn number(&mut self, start: usize) {
        let hex = self.at(start) == b'0' && matches!(self.at(start + 1), b'x' | b'X');
        let mut dot_ok = true;
        while self.i < self.b.len() {
            let c = self.b[self.i];
            let prev = if self.i > start { self.b[self.i - 1] } else { 0 };
            let exponent = matches!(c, b'e' | b'E') && !hex;
            if c.is_ascii_alphanumeric()
                || c == b'_'
                || (c == b'.' && dot_ok)
                || (matches!(c, b'+' | b'-') && matches!(prev, b'e' | b'E') && !hex)
            {
                if c == b'.' || exponent {
                    dot_ok = false;
                }
                self.i += 1;
            } else {
                break;
            }
        }
        self.push(TokKind::Number, start, self.i);
    }
}

/// Scans `src`; with `collect` the token list is kept (needed only for error refinement).
pub(crate) fn scan(src: &str, collect: bool) -> Scan {
    let mut s = Scanner {
        b: src.as_bytes(),
        i: 0,
        collect,
        tokens: Vec::new(),
        brackets: Vec::new(),
        chains: vec![0],
        chain_sum: 0,
        indent_depth: 0,
        elifs: 0,
        nesting: 0,
        rewrites: Vec::new(),
        line_has_tokens: false,
    };
    let issue = s.run().err();
    let open = s.brackets.iter().map(|&(c, p)| (c as char, p)).collect();
    Scan { tokens: s.tokens, issue, open, nesting: s.nesting, rewrites: s.rewrites }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_tokenizer_problems() {
        assert_eq!(
            scan("x = 'abc\n", false).issue.map(|i| (i.kind, i.start)),
            Some((IssueKind::UnterminatedString { triple: false }, 4))
        );
        assert_eq!(
            scan("x = '''a\nb", false).issue.map(|i| i.kind),
            Some(IssueKind::UnterminatedString { triple: true })
        );
        assert_eq!(
            scan("x = ')' + (1]\n", false).issue.map(|i| i.kind),
            Some(IssueKind::Mismatch { open: '(', open_start: 10, close: ']' })
        );
        assert_eq!(scan("# (\nx)\n", false).issue.map(|i| i.kind), Some(IssueKind::Unmatched(')')));
        assert!(scan("s = r'\\''; t = b\"\\\"\"\n", false).issue.is_none());
        let s = scan("f(a,\n  b\n", true);
        assert!(s.issue.is_none());
        assert_eq!(s.open, vec![('(', 1)]);
        let deep = "(".repeat(201);
        assert_eq!(scan(&deep, false).issue.map(|i| i.kind), Some(IssueKind::TooManyParens));
        let chain = "1+".repeat(30_000) + "1";
        assert_eq!(scan(&chain, false).issue.map(|i| i.kind), Some(IssueKind::TooLongChain));
        let list = "[".to_string() + &"1, ".repeat(30_000) + "]";
        let s = scan(&list, false);
        assert!(s.issue.is_none() && s.nesting < 5, "{}", s.nesting);
    }

    #[test]
    fn nesting_estimate() {
        let est = |src: &str| scan(src, false).nesting;
        assert!(est("x = 1\ny = 2\n") <= 3);
        assert!(est("x = (a + (b * c))\n") >= 5);
        assert!(est(&("-".repeat(300) + "1")) > 300);
        assert!(est(&("x = f'{".to_string() + &"1+".repeat(100) + "1}'")) > 100);
        assert!(est(&("if a:\n pass\n".to_string() + &"elif b:\n pass\n".repeat(100))) > 100);
        assert!(est("def f():\n    if x:\n        return [y for y in z]\n") >= 4);
    }

    #[test]
    fn logical_lines() {
        let s = scan("if x:  # c\n    y = (1,\n 2)\n", true);
        let newlines = s.tokens.iter().filter(|t| t.kind == TokKind::Newline).count();
        assert_eq!(newlines, 2);
    }
}

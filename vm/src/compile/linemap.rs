//! Byte offsets to CPython-style source positions.
//!
//! The parser reports positions as byte offsets (`TextRange`). Tracebacks and `SyntaxError`s
//! want 1-based line numbers and columns counted in *characters*. [`LineMap`] records where each
//! line starts (a line ends at `\n`, `\r\n` or a lone `\r`, as in Python) and whether the line is
//! pure ASCII, so that a column is a subtraction for ASCII lines and a character count otherwise.
//! All lookups clamp out-of-range offsets, so no input can make them panic.

use rustpython_parser::text_size::TextRange;

use crate::bytecode::Location;

pub(crate) struct LineMap {
    /// Byte offset of the first character of each line.
    starts: Vec<u32>,
    /// Whether each line is pure ASCII (column = byte difference).
    ascii: Vec<bool>,
    len: u32,
}

impl LineMap {
    pub(crate) fn new(src: &str) -> Self {
        let bytes = src.as_bytes();
        let mut starts = vec![0u32];
        let mut ascii = Vec::new();
        let mut line_ascii = true;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b >= 0x80 {
                line_ascii = false;
            }
            if b == b'\n' || b == b'\r' {
                if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                ascii.push(line_ascii);
                line_ascii = true;
                starts.push((i + 1) as u32);
            }
            i += 1;
        }
        ascii.push(line_ascii);
        LineMap { starts, ascii, len: bytes.len() as u32 }
    }

    /// 1-based line and 0-based character column of a byte offset.
    pub(crate) fn line_col(&self, src: &str, offset: u32) -> (u32, u32) {
        let mut offset = offset.min(self.len) as usize;
        while offset > 0 && !src.is_char_boundary(offset) {
            offset -= 1;
        }
        let idx = match self.starts.binary_search(&(offset as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.starts[idx] as usize;
        let col =
            if self.ascii[idx] { offset - start } else { src.get(start..offset).map_or(0, |s| s.chars().count()) };
        (idx as u32 + 1, col as u32)
    }

    /// The text of a 1-based line, without its line terminator.
    pub(crate) fn line_text<'s>(&self, src: &'s str, line: u32) -> &'s str {
        let idx = (line.max(1) - 1) as usize;
        let Some(&start) = self.starts.get(idx) else { return "" };
        let end = self.starts.get(idx + 1).copied().unwrap_or(self.len);
        let text = src.get(start as usize..end as usize).unwrap_or("");
        text.trim_end_matches(['\n', '\r'])
    }

    pub(crate) fn location(&self, src: &str, range: TextRange) -> Location {
        let (line, col) = self.line_col(src, range.start().into());
        let (end_line, end_col) = self.line_col(src, range.end().into());
        Location { line, col, end_line, end_col }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let src = "ab\r\ncé d\rx\n";
        let m = LineMap::new(src);
        assert_eq!(m.line_col(src, 0), (1, 0));
        assert_eq!(m.line_col(src, 1), (1, 1));
        assert_eq!(m.line_col(src, 4), (2, 0));
        // "cé d": 'é' is two bytes; 'd' is at byte 8, char column 3.
        assert_eq!(m.line_col(src, 8), (2, 3));
        assert_eq!(m.line_col(src, 10), (3, 0));
        assert_eq!(m.line_text(src, 2), "cé d");
        assert_eq!(m.line_text(src, 3), "x");
        assert_eq!(m.line_col(src, 1000), (4, 0));
        // Inside a multi-byte character: clamps back to its start.
        assert_eq!(m.line_col(src, 6), (2, 1));
    }
}

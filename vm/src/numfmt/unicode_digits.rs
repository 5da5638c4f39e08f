//! Unicode decimal digits and whitespace as CPython 3.11 (Unicode 14.0) sees
//! them: `Py_UNICODE_TODECIMAL` and `Py_UNICODE_ISSPACE`
//! (`Objects/unicodectype.c`), and `_PyUnicode_TransformDecimalAndSpaceToASCII`
//! (`Objects/unicodeobject.c`), used by `float(str)`, `int(str)` and by the
//! width/precision fields of format specs.

/// First code point of each run of ten decimal digits (category Nd with a
/// decimal value), generated from CPython 3.11's `unicodedata.decimal`.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// `Py_UNICODE_TODECIMAL`: the decimal value of `c`, if it is a decimal digit.
pub(crate) fn to_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    // Index of the last run starting at or before cp.
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let zero = DECIMAL_ZEROS[idx - 1];
    if cp - zero < 10 { Some(cp - zero) } else { None }
}

/// `Py_UNICODE_ISSPACE`: `str.isspace()` for one character.
pub(crate) fn is_space(c: char) -> bool {
    matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ') || (!c.is_ascii() && c.is_whitespace())
}

/// `Py_ISSPACE`: the ASCII-only whitespace test used after the transform.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII characters are kept,
/// other whitespace becomes `' '`, other decimal digits become their ASCII
/// digit, anything else becomes `'?'` (which no number parser accepts).
pub(crate) fn transform_decimal_and_space_to_ascii(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if is_space(c) {
                b' '
            } else if let Some(d) = to_decimal(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_digits() {
        assert_eq!(to_decimal('7'), Some(7));
        assert_eq!(to_decimal('\u{0663}'), Some(3)); // ARABIC-INDIC DIGIT THREE
        assert_eq!(to_decimal('\u{FF19}'), Some(9)); // FULLWIDTH DIGIT NINE
        assert_eq!(to_decimal('\u{1D7D7}'), Some(9));
        assert_eq!(to_decimal('\u{1D7D8}'), Some(0));
        assert_eq!(to_decimal('\u{00B2}'), None); // superscript two is not decimal
        assert_eq!(to_decimal('a'), None);
        assert_eq!(to_decimal('\u{0670}'), None);
    }

    #[test]
    fn spaces() {
        for c in ['\t', '\n', '\x0b', '\x0c', '\r', '\x1c', ' ', '\u{85}', '\u{a0}', '\u{3000}'] {
            assert!(is_space(c), "{c:?}");
        }
        assert!(!is_space('\u{180e}'));
        assert!(!is_space('\u{200b}'));
        assert_eq!(transform_decimal_and_space_to_ascii("\u{a0}\u{0661}2x\u{e9}"), b" 12x?");
    }
}

//! Folding for matching: NFKC, case, the digits of every script, Devanagari nukta and chandrabindu,
//! one kind of quote and dash, no zero-width characters.

use unicode_normalization::UnicodeNormalization;

/// Folds a string for matching: NFKC, lower case, ASCII digits, no nukta, chandrabindu as anusvara,
/// one kind of quote and dash.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfkc() {
        match c {
            '\u{093C}' | '\u{09BC}' | '\u{0A3C}' | '\u{0ABC}' => {} // nukta: ज़ = ज
            '\u{0901}' => out.push('\u{0902}'),                     // chandrabindu as anusvara
            '‘' | '’' | '‚' | '‛' | '`' | '´' => out.push('\''),
            '“' | '”' | '„' | '‟' | '«' | '»' | '「' | '」' => out.push('"'),
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => out.push('-'),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            _ => {
                if let Some(d) = digit_value(c) {
                    out.push((b'0' + d) as char);
                } else {
                    out.extend(c.to_lowercase());
                }
            }
        }
    }
    out
}

/// Zero code points of the decimal digit blocks of the world's scripts (NFKC covers full-width and math digits).
const DIGIT_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
];

/// The value of a decimal digit in any script.
pub fn digit_value(c: char) -> Option<u8> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some((cp - 0x30) as u8);
    }
    if cp < 0x660 {
        return None;
    }
    DIGIT_ZEROS
        .iter()
        .find(|&&z| cp >= z && cp < z + 10)
        .map(|&z| (cp - z) as u8)
}


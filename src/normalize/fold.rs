//! Folding for matching: NFKC, case, the digits of every script, Devanagari nukta and chandrabindu,
//! one kind of quote and dash, no zero-width characters.
//!
//! NFKC is computed here, from the compact tables in `fold/tables.rs`, instead of with the
//! unicode-normalization crate: its lookup tables cost the wasm about 110 KB raw (60 KB gzip), while
//! the same data as a delta-coded byte stream is 23 KB raw (9 KB gzip). The tables are complete
//! (every decomposition, combining class and composition of the Unicode version that crate
//! implements), and are generated from that crate, now a dev-dependency, by the test
//! `tables_are_current`; the tests below check every code point and the composition of every pair
//! against it.

mod tables;

use std::sync::OnceLock;

/// Folds a string for matching: NFKC, lower case, ASCII digits, no nukta, chandrabindu as anusvara,
/// one kind of quote and dash.
pub fn fold(s: &str) -> String {
    // ASCII is its own NFKC; of the mappings below only lower case and the backtick touch it.
    if s.is_ascii() {
        let mut out = s.to_ascii_lowercase();
        if out.contains('`') {
            out = out.replace('`', "'");
        }
        return out;
    }
    let mut out = String::with_capacity(s.len());
    nfkc(s, |c| match c {
        '\u{093C}' | '\u{09BC}' | '\u{0A3C}' | '\u{0ABC}' => {} // nukta: ज़ = ज
        '\u{0901}' => out.push('\u{0902}'),                     // chandrabindu as anusvara
        '‘' | '’' | '‚' | '‛' | '`' | '´' => out.push('\''),
        '“' | '”' | '„' | '‟' | '«' | '»' | '「' | '」' => out.push('"'),
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => out.push('-'),
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
        // Turkish dotted capital: "İLGİLİ" is "ilgili", not "i̇lgi̇li̇".
        'İ' => out.push('i'),
        _ => {
            if let Some(d) = digit_value(c) {
                out.push((b'0' + d) as char);
            } else if matches!(c as u32, 0x0600..=0x0DFF) {
                // Arabic to Sinhala (Devanagari, Bengali, …) have no case: skip the case table.
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
        }
    });
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
    // The zeros ascend, at least ten apart: only the last one at or below `cp` can hold it.
    let i = DIGIT_ZEROS.partition_point(|&z| z <= cp);
    let z = DIGIT_ZEROS[i - 1];
    (cp < z + 10).then(|| (cp - z) as u8)
}

/// Passes the NFKC form of `s` to `emit`, one character at a time (Unicode Standard Annex #15:
/// full compatibility decomposition, canonical ordering, canonical composition).
fn nfkc(s: &str, emit: impl FnMut(char)) {
    if s.is_ascii() {
        s.chars().for_each(emit);
        return;
    }
    let t = tables();
    if !s.chars().any(|c| t.busy(c)) {
        s.chars().for_each(emit);
        return;
    }
    // Decomposed text as (combining class, char); `run` is where the trailing run of non-starters
    // begins, which canonical ordering sorts by class once a starter ends it.
    let mut buf: Vec<(u8, char)> = Vec::with_capacity(s.len());
    let mut run = 0;
    let mut push = |d: char| {
        let class = if t.busy(d) { t.class(d) } else { 0 };
        if class == 0 {
            sort_by_class(&mut buf[run..]);
            run = buf.len() + 1;
        }
        buf.push((class, d));
    };
    for c in s.chars() {
        // A Hangul syllable that is not busy stays whole: decomposing and recomposing it gives it back.
        if t.busy(c) {
            t.decompose(c, &mut push);
        } else {
            push(c);
        }
    }
    sort_by_class(&mut buf[run..]);

    // Canonical composition in place: `out` holds the composed prefix, `starter` the index in it of the
    // last starter, `last` the class of the last character kept after it (None: nothing kept since).
    let mut out: Vec<char> = Vec::with_capacity(buf.len());
    let mut starter: Option<usize> = None;
    let mut last: Option<u8> = None;
    for &(class, c) in &buf {
        if let Some(i) = starter {
            let blocked = last.is_some_and(|l| l >= class);
            if !blocked && t.busy(c) {
                if let Some(r) = t.compose(out[i], c) {
                    out[i] = r;
                    continue;
                }
            }
            if class == 0 {
                starter = Some(out.len());
                last = None;
            } else {
                last = Some(class);
            }
        } else if class == 0 {
            starter = Some(out.len());
        }
        out.push(c);
    }
    out.into_iter().for_each(emit);
}

/// A stable insertion sort: runs of combining marks are a few characters long, and this keeps the
/// standard library's general sort out of the wasm.
fn sort_by_class(run: &mut [(u8, char)]) {
    for i in 1..run.len() {
        let mut j = i;
        while j > 0 && run[j - 1].0 > run[j].0 {
            run.swap(j - 1, j);
            j -= 1;
        }
    }
}

// Hangul syllables decompose and compose by arithmetic (Unicode 3.12, Conjoining Jamo Behavior).
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const S_COUNT: u32 = L_COUNT * V_COUNT * T_COUNT;

/// The decoded tables, built on first use.
struct Tables {
    /// Code points that decompose, ascending.
    keys: Vec<u32>,
    /// For each key: where its full decomposition starts in `chars` (bits 5 and up) and its length.
    spans: Vec<u32>,
    chars: Vec<char>,
    /// Canonical combining classes other than 0: (first, last, class), ascending.
    classes: Vec<(u32, u32, u8)>,
    /// Canonical compositions: ((first << 21) | second, composite), ascending.
    pairs: Vec<(u64, char)>,
    /// One bit per code point of the BMP that NFKC may change or that may change what precedes it:
    /// it decomposes, has a combining class, or is the second part of a composition. Text without
    /// any is already in NFKC, which is most words of most scripts.
    busy: Vec<u64>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(Tables::decode)
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn byte(&mut self) -> u8 {
        let (&b, rest) = self.0.split_first().expect("fold tables end early");
        self.0 = rest;
        b
    }
    fn varint(&mut self) -> u32 {
        let mut n = 0;
        let mut shift = 0;
        loop {
            let b = self.byte();
            n |= u32::from(b & 0x7F) << shift;
            if b < 0x80 {
                return n;
            }
            shift += 7;
        }
    }
    fn signed(&mut self) -> i32 {
        let z = self.varint();
        (z >> 1) as i32 ^ -((z & 1) as i32)
    }
}

impl Tables {
    /// Decodes the streams of `tables.rs`; `tables_are_current` below writes them, and documents the format.
    fn decode() -> Tables {
        let mut t = Tables {
            keys: Vec::new(),
            spans: Vec::new(),
            chars: Vec::new(),
            classes: Vec::new(),
            pairs: Vec::new(),
            busy: vec![0; 0x10000 / 64],
        };
        let mut r = Reader(tables::DECOMPOSITIONS);
        let mut key = 0;
        let mut prev: Vec<u32> = vec![0];
        let mut cur: Vec<u32> = Vec::new();
        let mut composites: Vec<usize> = Vec::new();
        while !r.0.is_empty() {
            key += r.varint();
            let head = r.byte();
            let len = usize::from(head & 0x7F);
            cur.clear();
            for i in 0..len {
                let base = if i < prev.len() { prev[i] } else { cur[i - 1] };
                cur.push(base.wrapping_add_signed(r.signed()));
            }
            if head & 0x80 != 0 {
                composites.push(t.keys.len());
            }
            t.keys.push(key);
            t.spans.push(((t.chars.len() as u32) << 5) | len as u32);
            t.chars.extend(
                cur.iter()
                    .map(|&c| char::from_u32(c).expect("fold tables hold chars")),
            );
            std::mem::swap(&mut prev, &mut cur);
        }

        let mut r = Reader(tables::CLASSES);
        let mut end = 0;
        while !r.0.is_empty() {
            let first = end + r.varint();
            end = first + r.varint();
            t.classes.push((first, end - 1, r.byte()));
        }

        // A composite's decomposition is that of its first part plus the second, so the first part is
        // found by composing all but the last character; shorter decompositions come first.
        for len in 2..32 {
            for &k in &composites {
                if t.spans[k] & 31 == len {
                    t.add_pair(k);
                }
            }
        }

        let seconds = t.pairs.iter().map(|p| (p.0 & 0x1F_FFFF) as u32);
        let jamo = (V_BASE..V_BASE + V_COUNT).chain(T_BASE + 1..T_BASE + T_COUNT);
        let classed = t.classes.iter().flat_map(|&(first, last, _)| first..=last);
        let busy: Vec<u32> = t
            .keys
            .iter()
            .copied()
            .chain(seconds)
            .chain(jamo)
            .chain(classed)
            .collect();
        for cp in busy.into_iter().filter(|&cp| cp < 0x10000) {
            t.busy[(cp >> 6) as usize] |= 1 << (cp & 63);
        }
        t
    }

    /// Whether `c` needs the full algorithm (always, outside the BMP).
    fn busy(&self, c: char) -> bool {
        let cp = c as u32;
        cp >= 0xA0 && (cp >= 0x10000 || self.busy[(cp >> 6) as usize] >> (cp & 63) & 1 != 0)
    }

    /// Adds the composition that makes the composite `keys[k]`, once its first part can be composed.
    fn add_pair(&mut self, k: usize) {
        let d = self.full(k);
        let (&second, init) = d.split_last().expect("a composite has two parts");
        let mut first = init[0];
        for &c in &init[1..] {
            first = self
                .compose(first, c)
                .expect("tables_are_current checks the parts compose");
        }
        let key = pair_key(first, second);
        let composite = char::from_u32(self.keys[k]).expect("keys are chars");
        let at = self.pairs.partition_point(|p| p.0 < key);
        self.pairs.insert(at, (key, composite));
    }

    fn full(&self, k: usize) -> &[char] {
        let span = self.spans[k] as usize;
        &self.chars[span >> 5..(span >> 5) + (span & 31)]
    }

    /// Passes the full compatibility decomposition of `c` to `emit`.
    fn decompose(&self, c: char, mut emit: impl FnMut(char)) {
        let cp = c as u32;
        if cp < 0xA0 {
            emit(c);
        } else if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
            let s = cp - S_BASE;
            let t = s % T_COUNT;
            for x in [
                L_BASE + s / (V_COUNT * T_COUNT),
                V_BASE + s % (V_COUNT * T_COUNT) / T_COUNT,
            ] {
                emit(char::from_u32(x).unwrap());
            }
            if t > 0 {
                emit(char::from_u32(T_BASE + t).unwrap());
            }
        } else if let Ok(k) = self.keys.binary_search(&cp) {
            self.full(k).iter().copied().for_each(emit);
        } else {
            emit(c);
        }
    }

    /// The canonical combining class of `c`.
    fn class(&self, c: char) -> u8 {
        let cp = c as u32;
        if cp < 0x300 {
            return 0;
        }
        let i = self.classes.partition_point(|r| r.1 < cp);
        match self.classes.get(i) {
            Some(&(first, _, class)) if first <= cp => class,
            _ => 0,
        }
    }

    /// The primary composite of `a` and `b`, if there is one.
    fn compose(&self, a: char, b: char) -> Option<char> {
        let (x, y) = (a as u32, b as u32);
        if (L_BASE..L_BASE + L_COUNT).contains(&x) && (V_BASE..V_BASE + V_COUNT).contains(&y) {
            return char::from_u32(S_BASE + ((x - L_BASE) * V_COUNT + (y - V_BASE)) * T_COUNT);
        }
        if (S_BASE..S_BASE + S_COUNT).contains(&x)
            && (x - S_BASE) % T_COUNT == 0
            && (T_BASE + 1..T_BASE + T_COUNT).contains(&y)
        {
            return char::from_u32(x + y - T_BASE);
        }
        if y < 0x300 {
            return None;
        }
        let key = pair_key(a, b);
        self.pairs
            .binary_search_by_key(&key, |p| p.0)
            .ok()
            .map(|i| self.pairs[i].1)
    }
}

fn pair_key(a: char, b: char) -> u64 {
    (u64::from(a) << 21) | u64::from(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;
    use unicode_normalization::char as un;
    use unicode_normalization::UnicodeNormalization;

    fn is_hangul_syllable(cp: u32) -> bool {
        (S_BASE..S_BASE + S_COUNT).contains(&cp)
    }

    /// Every full compatibility decomposition, from unicode-normalization (Hangul syllables aside).
    fn reference_decompositions() -> Vec<(u32, Vec<u32>)> {
        let mut out = Vec::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut d = Vec::new();
            un::decompose_compatible(c, |x| d.push(x as u32));
            if d != [c as u32] && !is_hangul_syllable(c as u32) {
                out.push((c as u32, d));
            }
        }
        out
    }

    /// Composites NFKC can produce: a primary composite whose first part survives compatibility
    /// decomposition (ẛ = ſ + ◌̇ cannot, since ſ always becomes s).
    fn reference_composites(decomposed: &[(u32, Vec<u32>)]) -> Vec<u32> {
        let decomposes = |c: u32| decomposed.binary_search_by_key(&c, |e| e.0).is_ok();
        let mut firsts = std::collections::BTreeSet::new();
        let mut seconds = std::collections::BTreeSet::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut d = Vec::new();
            un::decompose_canonical(c, |x| d.push(x));
            if d.len() > 1 && !is_hangul_syllable(c as u32) {
                firsts.insert(c);
                firsts.insert(d[0]);
                seconds.extend(d[1..].iter().copied());
            }
        }
        let mut pairs = Vec::new();
        for &a in &firsts {
            for &b in &seconds {
                if let Some(r) = un::compose(a, b) {
                    pairs.push((a as u32, r as u32));
                }
            }
        }
        let len = |c: u32| {
            decomposed[decomposed.binary_search_by_key(&c, |e| e.0).unwrap()]
                .1
                .len()
        };
        pairs.sort_by_key(|&(_, r)| len(r));
        let mut out: Vec<u32> = Vec::new();
        for (a, r) in pairs {
            if !decomposes(a) || out.contains(&a) {
                out.push(r);
            }
        }
        out.sort_unstable();
        out
    }

    fn zigzag(n: i64) -> u32 {
        let n = i32::try_from(n).unwrap();
        ((n << 1) ^ (n >> 31)) as u32
    }

    fn varint(mut n: u32, out: &mut Vec<u8>) {
        while n >= 0x80 {
            out.push((n as u8 & 0x7F) | 0x80);
            n >>= 7;
        }
        out.push(n as u8);
    }

    /// The two streams `Tables::decode` reads.
    ///
    /// DECOMPOSITIONS, one entry per code point that decomposes, ascending: varint(code point minus the
    /// previous one); a byte with the length of the decomposition, plus 0x80 when the code point is a
    /// composite NFKC can produce; then each character of the decomposition as a zigzag varint of its
    /// difference from the character at the same place in the previous entry (or, past that entry's
    /// length, from the character before it). Neighbouring code points map to neighbouring strings,
    /// so most entries come to three bytes and gzip well.
    ///
    /// CLASSES, one entry per run of code points with the same non-zero combining class: varint(first
    /// minus the end of the previous run), varint(length), the class byte.
    fn encode() -> (Vec<u8>, Vec<u8>) {
        let decomposed = reference_decompositions();
        let composites = reference_composites(&decomposed);
        let mut dec = Vec::new();
        let (mut key, mut prev) = (0u32, vec![0u32]);
        for (cp, d) in &decomposed {
            varint(cp - key, &mut dec);
            key = *cp;
            let flag = if composites.binary_search(cp).is_ok() {
                0x80
            } else {
                0
            };
            assert!(d.len() < 32);
            dec.push(d.len() as u8 | flag);
            for (i, &c) in d.iter().enumerate() {
                let base = if i < prev.len() { prev[i] } else { d[i - 1] };
                varint(zigzag(i64::from(c) - i64::from(base)), &mut dec);
            }
            prev = d.clone();
        }

        let mut runs: Vec<(u32, u32, u8)> = Vec::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let class = un::canonical_combining_class(c);
            let cp = c as u32;
            match runs.last_mut() {
                Some(r) if class != 0 && r.2 == class && r.0 + r.1 == cp => r.1 += 1,
                _ if class != 0 => runs.push((cp, 1, class)),
                _ => {}
            }
        }
        let mut cls = Vec::new();
        let mut end = 0;
        for (first, len, class) in runs {
            varint(first - end, &mut cls);
            varint(len, &mut cls);
            cls.push(class);
            end = first + len;
        }
        (dec, cls)
    }

    fn byte_string(bytes: &[u8]) -> String {
        let mut s = String::from("b\"\\\n");
        let mut line = 0;
        for &b in bytes {
            let piece = if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("\\x{b:02x}")
            };
            if line + piece.len() > 96 {
                s.push_str("\\\n");
                line = 0;
            }
            line += piece.len();
            s.push_str(&piece);
        }
        s.push('"');
        s
    }

    /// The tables match unicode-normalization. When that crate moves to a new Unicode version, run
    /// `STORYDIFF_WRITE_FOLD_TABLES=1 cargo test --lib tables_are_current` to rewrite them.
    #[test]
    fn tables_are_current() {
        let (dec, cls) = encode();
        if dec == tables::DECOMPOSITIONS && cls == tables::CLASSES {
            return;
        }
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/normalize/fold/tables.rs");
        assert!(
            std::env::var_os("STORYDIFF_WRITE_FOLD_TABLES").is_some(),
            "{path} is out of date: rerun with STORYDIFF_WRITE_FOLD_TABLES=1"
        );
        let (v0, v1, v2) = unicode_normalization::UNICODE_VERSION;
        let mut src = String::new();
        writeln!(
            src,
            "//! Unicode {v0}.{v1}.{v2} normalization data for NFKC (written by the test `tables_are_current`\n\
             //! in fold.rs, from the unicode-normalization crate; the format is described at its `encode`).\n\
             \n\
             #[rustfmt::skip]\n\
             pub(super) static DECOMPOSITIONS: &[u8] = {};\n\
             \n\
             #[rustfmt::skip]\n\
             pub(super) static CLASSES: &[u8] = {};",
            byte_string(&dec),
            byte_string(&cls)
        )
        .unwrap();
        std::fs::write(path, src).unwrap();
        panic!("{path} rewritten: rebuild and test again");
    }

    fn nfkc_string(s: &str) -> String {
        let mut out = String::new();
        nfkc(s, |c| out.push(c));
        out
    }

    #[test]
    fn every_code_point_decomposes_and_classifies_as_the_reference_does() {
        let t = tables();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let (mut ours, mut theirs) = (Vec::new(), Vec::new());
            t.decompose(c, |x| ours.push(x));
            un::decompose_compatible(c, |x| theirs.push(x));
            assert_eq!(ours, theirs, "decomposition of U+{:04X}", c as u32);
            assert_eq!(
                t.class(c),
                un::canonical_combining_class(c),
                "class of U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn every_code_point_and_every_composable_pair_normalizes_as_the_reference_does() {
        let mut seconds: Vec<char> = tables()
            .pairs
            .iter()
            .map(|p| char::from_u32((p.0 & 0x1F_FFFF) as u32).unwrap())
            .collect();
        seconds.extend(['\u{1161}', '\u{11A8}', '\u{0301}', '\u{0316}', '\u{0345}']);
        seconds.sort_unstable();
        seconds.dedup();
        let mut s = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            s.clear();
            s.push(c);
            assert_eq!(
                nfkc_string(&s),
                s.nfkc().collect::<String>(),
                "U+{:04X}",
                c as u32
            );
        }
        // Every starter that decomposes or composes, followed by each possible second part.
        let mut firsts: Vec<char> = tables()
            .keys
            .iter()
            .filter_map(|&k| char::from_u32(k))
            .collect();
        firsts.extend(
            tables()
                .pairs
                .iter()
                .map(|p| char::from_u32((p.0 >> 21) as u32).unwrap()),
        );
        firsts.extend(['\u{1100}', '\u{AC00}', '\u{AC01}', 'a']);
        for &a in &firsts {
            for &b in &seconds {
                s.clear();
                s.push(a);
                s.push(b);
                assert_eq!(
                    nfkc_string(&s),
                    s.nfkc().collect::<String>(),
                    "U+{:04X} U+{:04X}",
                    a as u32,
                    b as u32
                );
            }
        }
    }

    /// The fold as it was written over the unicode-normalization crate.
    fn reference_fold(s: &str) -> String {
        let mut out = String::new();
        for c in s.nfkc() {
            match c {
                '\u{093C}' | '\u{09BC}' | '\u{0A3C}' | '\u{0ABC}' => {}
                '\u{0901}' => out.push('\u{0902}'),
                '‘' | '’' | '‚' | '‛' | '`' | '´' => out.push('\''),
                '“' | '”' | '„' | '‟' | '«' | '»' | '「' | '」' => out.push('"'),
                '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => out.push('-'),
                '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
                'İ' => out.push('i'),
                _ => match digit_value(c) {
                    Some(d) => out.push((b'0' + d) as char),
                    None => out.extend(c.to_lowercase()),
                },
            }
        }
        out
    }

    #[test]
    fn random_mixed_text_folds_as_the_reference_does() {
        // Pieces that interact under normalization: bases, combining marks of several classes in
        // both orders, precomposed letters, Hangul jamo, Indic two-part vowels and nukta, compatibility forms.
        let alphabet: Vec<char> = "aeiouAEOnNcCsSyY \u{0300}\u{0301}\u{0302}\u{0303}\u{0308}\u{0323}\u{0327}\u{0328}\u{031B}\u{0345}\u{0342}\u{0313}\
             éÉñçãõôệỆữǖǕÅΩΑαωἀῳйЙёї\u{0306}\u{0418}\u{0435}\
             \u{1100}\u{1161}\u{11A8}\u{AC00}가각\
             कज़ड़\u{0915}\u{093C}\u{0901}\u{094D}\u{0958}\u{09C7}\u{09BE}\u{09D7}\u{09CB}\u{0B47}\u{0B3E}\u{0BC6}\u{0BBE}\u{0DD9}\u{0DCA}\u{0DCF}\
             ＡＢ１２ｶﾞﾞ\u{3099}\u{309A}かはﬁﬀﬃ²³½①⑩㎏㍿ﷺﻻﺍﺏ\u{FEFF}\u{200B}\u{00A0}\u{2126}\u{212B}\u{1E9B}\u{017F}\u{0385}\u{1FC1}\u{00A8}\
             ‘’“”—«»「」０９١٢४৭"
            .chars()
            .collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..50_000 {
            let n = (next() % 12) as usize;
            let s: String = (0..n)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            assert_eq!(
                fold(&s),
                reference_fold(&s),
                "{s:?} {:?}",
                s.chars().map(|c| c as u32).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn news_text_folds_as_the_reference_does() {
        let texts = [
            // Decomposed accents (macOS, some CMS exports) against precomposed ones.
            "Ministro da Defesa assinou o memorando em Brasília; a ratificação é esperada",
            "Ministro da Defesa assinou o memorando em Brasi\u{301}lia; a ratificac\u{327}a\u{303}o e\u{301} esperada",
            "Thủ tướng Phạm Minh Chính phát biểu tại Hà Nội",
            "Thu\u{309} tu\u{31b}o\u{31b}\u{301}ng Pha\u{323}m Minh Chi\u{301}nh pha\u{301}t bie\u{302}\u{309}u ta\u{323}i Ha\u{300} No\u{323}\u{302}i",
            "Ο πρωθυπουργός δήλωσε ότι η συμφωνία υπογράφηκε — Ελλάδα",
            "Президент подписал указ; йод, ёж, Україна, їжак",
            "Präsident Straße Œuvre ﬁnance ﬂight Ångström Ω 10 ㎞ ㎏ ㍱",
            "रक्षा मंत्री ने कहा कि ज़्यादा फ़ैसला चाँद, क़ानून ड़ ढ़ १४ लाख",
            "বাংলাদেশে ২৩ জন নিহত; সরকার বলেছে, \u{09C7}\u{09BE}",
            "ＮＡＴＯ首脳会議は１２日、ｶﾞｲﾑ省で開かれた（共同）　３．５％",
            "한국 국방부 장관은 \u{1100}\u{1161}\u{11A8} 발표했다",
            "ﷺ ﻻ ﺑﺴﻢ الحكومة قالت ١٢ ۲۳ ٫ ٬",
            "x² + y³ = ½ ① ⑳ ⁽¹⁾ ₂ ℃ ™ № Ⅻ",
        ];
        for t in texts {
            assert_eq!(fold(t), reference_fold(t), "{t}");
        }
        assert_eq!(fold(texts[0]), fold(texts[1]));
        assert_eq!(fold(texts[2]), fold(texts[3]));
    }

    #[test]
    fn what_the_fold_is_for() {
        let cases = [
            ("Brasi\u{301}lia", "brasília"),
            ("ﬁnal ﬂow", "final flow"),
            ("ＮＡＴＯ　１２", "nato 12"),
            ("ｶﾞｲﾑ", "ガイム"),
            ("x² ½ ⑫ ₃", "x2 1⁄2 12 3"),
            ("\u{0958}\u{093C}", "क"),
            ("ﻻ", "لا"),
            ("ﺑﺴﻢ", "بسم"),
            ("Ω Å", "ω å"),
            ("㎞", "km"),
            ("\u{1100}\u{1161}\u{11A8}", "각"),
            ("\u{09C7}\u{09BE}", "\u{09CB}"),
            ("e\u{0323}\u{0302}", "ệ"),
            ("e\u{0302}\u{0323}", "ệ"),
        ];
        for (i, o) in cases {
            assert_eq!(fold(i), o, "{i}");
        }
    }
}

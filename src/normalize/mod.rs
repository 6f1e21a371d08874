//! Turns units into tokens with matching keys that see through spelling: NFKC, case, digits of every
//! script, Devanagari nukta and chandrabindu, quotes and dashes, numbers with grouping and scale, ordinals,
//! a light stemmer, and character bigrams for scripts written without spaces.

use crate::lexicon::affixes::{
    ARABIC_SUFFIXES, BENGALI_SUFFIXES, DEVANAGARI_SUFFIXES, LATIN_SUFFIXES, MARATHI_CLITICS,
};
use crate::lexicon::numbers::{NUMBER_WORDS, ORDINAL_SUFFIXES, SCALES};
use crate::lexicon::stopwords::STOPWORDS;
use crate::segment::Unit;

mod fold;
mod translit;
pub use fold::{digit_value, fold};
pub use translit::{levenshtein, translit, translit_distance};
use unicode_segmentation::UnicodeSegmentation;

/// A word of a unit, with the key it is matched on.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// Byte span in the input (for a bigram, the two characters).
    pub start: usize,
    pub end: usize,
    /// Folded surface form: `इज़रायल` → `इजरायल`, `Mohammed's` → `mohammed's`.
    /// (`Box<str>`, not `String`: 8 bytes less a token, and tokens are most of the memory.)
    pub fold: Box<str>,
    /// Matching key: the stem of `fold`, or `#<value>` for a number.
    pub key: Box<str>,
    /// Boxed: few words are numbers, and an inline Number would add 16 bytes to every token.
    pub num: Option<Box<Number>>,
    /// A function word (article, postposition, auxiliary).
    pub stop: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    pub value: f64,
    pub ordinal: bool,
    /// End of the number including a scale word that followed it ("4 लाख").
    pub end: usize,
}

impl Number {
    /// Canonical text of the value: `1200`, `1.3`, `17th`.
    pub fn canonical(&self) -> String {
        // Integer arithmetic only: float formatting would bring core's Dragon4 tables into the wasm.
        let x = self.value;
        let v = if !x.is_finite() {
            "inf".to_string()
        } else if x.abs() >= 1e15 {
            // Past f64's exact integers: a mantissa and a power of ten.
            let (mut m, mut k) = (x, 0);
            while m.abs() >= 1e15 {
                m /= 10.0;
                k += 1;
            }
            format!("{}e{k}", m.round() as i64)
        } else {
            let scaled = (x.abs() * 1e6).round() as i64;
            let sign = if x < 0.0 && scaled != 0 { "-" } else { "" };
            let (int, frac) = (scaled / 1_000_000, scaled % 1_000_000);
            if frac == 0 {
                format!("{sign}{int}")
            } else {
                let f = format!("{frac:06}");
                format!("{sign}{int}.{}", f.trim_end_matches('0'))
            }
        };
        if self.ordinal {
            format!("{v}th")
        } else {
            v
        }
    }
}

/// Tokens of every unit, in order.
pub fn tokenize_units(text: &str, units: &[Unit]) -> Vec<Vec<Token>> {
    units
        .iter()
        .map(|u| tokenize(text, u.start, u.end))
        .collect()
}

/// Scripts written without spaces between words: matched on character bigrams.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F // kana, Han
        | 0x0E00..=0x0E7F | 0x0E80..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF)
    // Thai, Lao, Myanmar, Khmer
}

/// Tokens of `text[start..end]`.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let slice = &text[start..end];
    let words: Vec<(usize, &str)> = slice
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(|c| c.is_alphanumeric()))
        .map(|(i, w)| (start + i, w))
        .collect();
    let mut out: Vec<Token> = Vec::with_capacity(words.len());
    let mut run: Vec<(usize, char)> = Vec::new(); // characters of an unspaced-script run
    let mut i = 0;
    while i < words.len() {
        let (off, w) = words[i];
        if w.chars().all(is_unspaced) {
            run.extend(w.char_indices().map(|(k, c)| (off + k, c)));
            // A run continues only across directly adjacent words.
            let next_adjacent = words
                .get(i + 1)
                .is_some_and(|&(o2, w2)| o2 == off + w.len() && w2.chars().all(is_unspaced));
            if !next_adjacent {
                flush_bigrams(&mut run, &mut out);
            }
            i += 1;
            continue;
        }
        if let Some((num, used)) = parse_number(text, &words, i) {
            let f = fold(w);
            let end = num.end;
            out.push(Token {
                start: off,
                end,
                key: format!("#{}", num.canonical()).into_boxed_str(),
                fold: f.into_boxed_str(),
                num: Some(Box::new(num)),
                stop: false,
            });
            i += used;
            continue;
        }
        let f = fold(w);
        let stop = is_stopword(&f);
        let key = stem(&f);
        out.push(Token {
            start: off,
            end: off + w.len(),
            fold: f.into_boxed_str(),
            key: key.into_boxed_str(),
            num: None,
            stop,
        });
        i += 1;
    }
    flush_bigrams(&mut run, &mut out);
    out
}

fn flush_bigrams(run: &mut Vec<(usize, char)>, out: &mut Vec<Token>) {
    if run.is_empty() {
        return;
    }
    if run.len() == 1 {
        let (o, c) = run[0];
        let f = fold(&c.to_string());
        out.push(Token {
            start: o,
            end: o + c.len_utf8(),
            key: f.clone().into_boxed_str(),
            fold: f.into_boxed_str(),
            num: None,
            stop: false,
        });
    }
    for w in run.windows(2) {
        let (o1, c1) = w[0];
        let (o2, c2) = w[1];
        let f = fold(&format!("{c1}{c2}"));
        out.push(Token {
            start: o1,
            end: o2 + c2.len_utf8(),
            key: f.clone().into_boxed_str(),
            fold: f.into_boxed_str(),
            num: None,
            stop: false,
        });
    }
    run.clear();
}

fn scale_of(word: &str) -> Option<f64> {
    let f = fold(word);
    // करोड़ folds to करोड (nukta dropped); "crore" may carry a plural.
    SCALES.iter().find(|(w, _)| *w == f).map(|&(_, v)| v)
}

/// Parses the number starting at word `i`, with a following scale word and, for "12 500", a
/// space-grouped thousands part. Returns the number and how many words it used.
fn parse_number(text: &str, words: &[(usize, &str)], i: usize) -> Option<(Number, usize)> {
    let (off, w) = words[i];
    let digits_end = w
        .char_indices()
        .find(|&(_, c)| {
            !(digit_value(c).is_some() || c == ',' || c == '.' || c == '\'' || c == '٫' || c == '٬')
        })
        .map_or(w.len(), |(k, _)| k);
    if digits_end == 0 || digit_value(w.chars().next()?).is_none() {
        return number_word(text, words, i);
    }
    let (num_part, suffix) = w.split_at(digits_end);
    let num_part = num_part.trim_end_matches([',', '.', '\'']);
    // UAX #29 keeps "12\u{202F}500" as one word (the narrow no-break space joins numbers): groups of
    // three digits after such a space are thousands.
    let spaced = |c: char| matches!(c, '\u{202F}' | '\u{2009}' | '\u{00A0}');
    let (num_part, suffix) = match suffix.find(|c: char| !(spaced(c) || digit_value(c).is_some())) {
        _ if !suffix.starts_with(spaced) => (num_part.to_string(), suffix),
        end => {
            let (groups, rest) = suffix.split_at(end.unwrap_or(suffix.len()));
            let parts: Vec<&str> = groups.split(spaced).skip(1).collect();
            if parts
                .iter()
                .all(|g| g.chars().count() == 3 && g.chars().all(|c| digit_value(c).is_some()))
            {
                (format!("{num_part}{}", parts.concat()), rest)
            } else {
                (num_part.to_string(), suffix)
            }
        }
    };
    let num_part = num_part.as_str();
    let mut value = parse_grouped(num_part)?;
    let suffix_f = fold(suffix);
    let ordinal = !suffix.is_empty() && ORDINAL_SUFFIXES.contains(&suffix_f.as_str());
    if !suffix.is_empty() && !ordinal {
        // A unit glued to the number (5km, 10kg): keep the value; the unit is part of the token.
        if suffix.chars().any(|c| c.is_alphabetic()) && suffix.chars().count() > 4 {
            return None;
        }
    }
    let mut used = 1;
    let mut end = off + w.len();
    // "12 500": a group of exactly three digits after a short number, separated by one space.
    if suffix.is_empty() && !num_part.contains([',', '.']) && num_part.chars().count() <= 3 {
        if let Some(&(o2, w2)) = words.get(i + 1) {
            let gap = &text[end..o2];
            if w2.chars().count() == 3
                && w2.chars().all(|c| digit_value(c).is_some())
                && gap.chars().count() == 1
                && gap
                    .chars()
                    .all(|c| matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}'))
            {
                value = value * 1000.0 + parse_grouped(w2)?;
                used += 1;
                end = o2 + w2.len();
            }
        }
    }
    Some(with_scale(
        text,
        words,
        i,
        Number {
            value,
            ordinal,
            end,
        },
        used,
    ))
}

/// The number read from `used` words at `i`, times a scale word right after it ("4 लाख", "two
/// hundred"); an ordinal takes none.
fn with_scale(
    text: &str,
    words: &[(usize, &str)],
    i: usize,
    mut n: Number,
    mut used: usize,
) -> (Number, usize) {
    if let Some(&(o2, w2)) = words.get(i + used).filter(|_| !n.ordinal) {
        if text[n.end..o2].chars().count() <= 1 {
            if let Some(sc) = scale_of(w2) {
                n.value *= sc;
                n.end = o2 + w2.len();
                used += 1;
            }
        }
    }
    (n, used)
}

/// A number written as a word, with a scale word after it ("two hundred", "दो लाख").
fn number_word(text: &str, words: &[(usize, &str)], i: usize) -> Option<(Number, usize)> {
    let (off, w) = words[i];
    let f = fold(w);
    let &(_, v, ordinal) = NUMBER_WORDS.iter().find(|(n, _, _)| *n == f)?;
    let n = Number {
        value: f64::from(v),
        ordinal,
        end: off + w.len(),
    };
    Some(with_scale(text, words, i, n, 1))
}

/// Reads digits with grouping: 1,200 = 1.200 = 1200; 12,00,000; 1.3; 1,2 (decimal comma).
/// The number `int.frac`, both ASCII digits, as `str::parse::<f64>` reads it while the digits fit in
/// 2^53 (an exact integer over an exact power of ten: one correctly rounded division). Core's
/// parser would bring a 10 KB power-of-five table into the wasm.
fn decimal(int: &str, frac: &str) -> Option<f64> {
    let mut m = 0.0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        m = m * 10.0 + f64::from(b - b'0');
    }
    Some(m / 10f64.powi(frac.len() as i32))
}

fn parse_grouped(s: &str) -> Option<f64> {
    let ascii: String = s
        .chars()
        .map(|c| match digit_value(c) {
            Some(d) => (b'0' + d) as char,
            None => match c {
                '٫' => '.',
                '٬' | '\'' => ',',
                c => c,
            },
        })
        .collect();
    let seps: Vec<(usize, char)> = ascii
        .char_indices()
        .filter(|&(_, c)| c == ',' || c == '.')
        .collect();
    let digits_only = |t: &str| t.chars().filter(|c| c.is_ascii_digit()).collect::<String>();
    let parse = |int: &str, frac: &str| decimal(&digits_only(int), &digits_only(frac));
    match seps.as_slice() {
        [] => decimal(&ascii, ""),
        [(p, _)] => {
            let after = &ascii[p + 1..];
            if after.len() == 3 && *p > 0 {
                parse(&ascii, "") // 1,200 or 1.200: grouping
            } else {
                parse(&ascii[..*p], after)
            }
        }
        many => {
            let (lp, lc) = *many.last().unwrap();
            let same_kind = many.iter().all(|&(_, c)| c == lc);
            let after = &ascii[lp + 1..];
            if same_kind && after.len() == 3 {
                parse(&ascii, "") // 1,200,000 / 12,00,000 / 1.200.000
            } else if same_kind {
                None // 1.2.3: a version or a list, not a number
            } else {
                parse(&ascii[..lp], after) // 1,234.5 / 1.234,5
            }
        }
    }
}

pub fn is_stopword(folded: &str) -> bool {
    static SET: std::sync::OnceLock<crate::Set<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
        .contains(folded)
}

/// The word without the first of `suffixes` it ends with, if that leaves `min_left` characters.
fn strip_suffixes<'w>(word: &'w str, suffixes: &[&str], min_left: usize) -> &'w str {
    for s in suffixes {
        if let Some(rest) = word.strip_suffix(s) {
            if rest.chars().count() >= min_left {
                return rest;
            }
        }
    }
    word
}

/// A light, language-agnostic stemmer: strips one common inflection ending and, for long Latin words,
/// keeps a prefix (Spanish, French, German and Portuguese inflect at the end).
pub fn stem(folded: &str) -> String {
    stem_of(folded).to_string()
}

/// [`stem`] as a slice of `folded`: every rule only cuts a prefix or a suffix.
fn stem_of(folded: &str) -> &str {
    let first = folded.chars().next().unwrap_or(' ');
    let strip = |suffixes: &[&str], min_left: usize| strip_suffixes(folded, suffixes, min_left);
    match first as u32 {
        0x0900..=0x097F => {
            let base = MARATHI_CLITICS
                .iter()
                .find_map(|c| folded.strip_suffix(c).filter(|r| r.chars().count() >= 3))
                .unwrap_or(folded);
            strip_suffixes(base, DEVANAGARI_SUFFIXES, 2)
        }
        0x0980..=0x09FF => strip(BENGALI_SUFFIXES, 2),
        0x0600..=0x06FF => {
            let mut s = folded
                .strip_prefix("ال")
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(folded);
            for suf in ARABIC_SUFFIXES {
                if let Some(rest) = s.strip_suffix(suf) {
                    if rest.chars().count() >= 3 {
                        s = rest;
                        break;
                    }
                }
            }
            s
        }
        _ if first.is_alphabetic() && folded.chars().count() > 3 => {
            let base = folded.strip_suffix("'s").unwrap_or(folded);
            let mut s = base;
            for suf in LATIN_SUFFIXES {
                if let Some(rest) = base.strip_suffix(suf) {
                    if rest.chars().count() >= 3 {
                        s = rest;
                        break;
                    }
                }
            }
            // Romance and Germanic words inflect at the end: six letters keep the stem apart.
            match s.char_indices().nth(6) {
                Some((cut, _)) => &s[..cut],
                None => s,
            }
        }
        _ => folded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<String> {
        tokenize(s, 0, s.len())
            .into_iter()
            .map(|t| t.key.to_string())
            .collect()
    }

    #[test]
    fn folding_table() {
        let cases = [
            ("ज़्यादा", "ज्यादा"),
            ("फ़ैसला", "फैसला"),
            ("चाँद", "चांद"),
            ("१४", "14"),
            ("٩٨", "98"),
            ("২৩", "23"),
            ("“Quote” — ‘x’", "\"quote\" - 'x'"),
            ("ＡＢＣ１", "abc1"),
            ("Straße", "straße"),
            ("zero\u{200B}width", "zerowidth"),
        ];
        for (i, o) in cases {
            assert_eq!(fold(i), o, "{i}");
        }
    }

    #[test]
    fn numbers_table() {
        let cases: &[(&str, &str)] = &[
            ("1,200", "#1200"),
            ("1.200", "#1200"),
            ("1200", "#1200"),
            ("12,00,000", "#1200000"),
            ("1,200,000", "#1200000"),
            ("3.5", "#3.5"),
            ("1,2 millones", "#1200000"),
            ("1.3万", "#13000"),
            ("4 लाख", "#400000"),
            ("2 crore", "#20000000"),
            ("1.2 billion", "#1200000000"),
            ("12\u{202F}500", "#12500"),
            ("1\u{202F}234\u{202F}567 €", "#1234567"),
            ("12\u{202F}50", "#12"),
            ("nine", "#9"),
            ("fourth", "#4th"),
            ("two hundred", "#200"),
            ("17वीं", "#17th"),
            ("17th", "#17th"),
            ("१७वीं", "#17th"),
            ("١٢", "#12"),
            ("12 500", "#12500"),
            ("۲۳", "#23"),
        ];
        for (i, o) in cases {
            let k = keys(i);
            assert_eq!(k.first().map(String::as_str), Some(*o), "{i} -> {k:?}");
        }
    }

    #[test]
    fn stems_see_through_inflection() {
        assert_eq!(stem(&fold("तकनीकों")), stem(&fold("तकनीक")));
        assert_eq!(stem(&fold("देशों")), stem(&fold("देश")));
        // Marathi case endings: "of the society", "in Vidarbha", "to the companies".
        assert_eq!(stem(&fold("सोसायटीच्या")), stem(&fold("सोसायटी")));
        assert_eq!(stem(&fold("विदर्भातील")), stem(&fold("विदर्भ")));
        assert_eq!(stem(&fold("कंपन्यांना")), stem(&fold("कंपन्या")));
        assert_eq!(stem(&fold("पुनर्विकासाच्या")), stem(&fold("पुनर्विकास")));
        // Hindi keeps its keys: "मामला" / "मामले" still meet, "भारत" is not cut to "भार".
        assert_eq!(stem(&fold("मामला")), stem(&fold("मामले")));
        assert_eq!(stem(&fold("भारत")), "भारत");
        assert_eq!(stem("agreements"), stem("agreement"));
        assert_eq!(stem("signed"), stem("signing"));
        assert_eq!(stem("gobiernos"), stem("gobierno"));
        assert_eq!(stem("rescuers"), stem("rescue"));
        assert_eq!(stem("killed"), stem("kill"));
    }

    #[test]
    fn unspaced_scripts_give_bigrams() {
        assert_eq!(keys("今天下雨"), vec!["今天", "天下", "下雨"]);
        assert_eq!(keys("雨"), vec!["雨"]);
    }

    #[test]
    fn hyphenated_names_split() {
        assert_eq!(keys("भारत-इस्राइल"), vec!["भारत", "इस्राइल"]);
    }
}

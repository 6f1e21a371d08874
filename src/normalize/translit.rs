//! A rough transliteration to Latin letters, so that spellings across scripts and spelling
//! conventions can be compared, and the edit distance it is compared with.

/// Normalized edit distance (0 same .. 1 different) of two words after a rough transliteration to Latin.
pub fn translit_distance(x: &str, y: &str) -> f32 {
    let tx: Vec<char> = translit(x).chars().take(40).collect();
    let ty: Vec<char> = translit(y).chars().take(40).collect();
    let n = tx.len().max(ty.len());
    if n == 0 {
        return 1.0;
    }
    levenshtein(&tx, &ty) as f32 / n as f32
}

/// Two Latin spellings that are two words, not one spelled two ways:
/// - one letter apart where a vowel stands for a consonant ("maria" / "marta"): spelling
///   conventions and transliterations trade vowels for vowels ("mohammed" / "muhammad", "sergei" /
///   "sergey") and consonants for consonants ("gaddafi" / "qaddafi"), or add letters ("zelensky" /
///   "zelenskyy");
/// - apart in more than one letter in five and from their first letter on ("petrópolis" /
///   "teresópolis"): a respelling keeps the first sound, or changes little else.
pub fn other_word(x: &str, y: &str) -> bool {
    let latin = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphabetic() && c <= '\u{24F}');
    if !latin(x) || !latin(y) {
        return false;
    }
    let (cx, cy): (Vec<char>, Vec<char>) = (x.chars().collect(), y.chars().collect());
    let n = cx.len().max(cy.len());
    if cx[0] != cy[0] && levenshtein(&cx, &cy) as f32 / n as f32 > OTHER_WORD_SHARE {
        return true;
    }
    if cx.len() != cy.len() {
        return false;
    }
    let vowel = |c: char| "aeiouyáéíóúàèìòùâêîôûäëïöüãõ".contains(c.to_ascii_lowercase());
    let mut diff = cx.iter().zip(&cy).filter(|(p, q)| p != q);
    matches!((diff.next(), diff.next()), (Some((&p, &q)), None) if vowel(p) != vowel(q))
}

/// Share of letters changed beyond which two Latin words that differ from their first letter are
/// two words (see [`other_word`]).
const OTHER_WORD_SHARE: f32 = 0.2;

pub fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// A rough, lossy transliteration to Latin letters so that spellings across scripts and spelling
/// conventions can be compared (Devanagari and Bengali consonants and vowels; Latin letters as they are).
pub fn translit(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let cp = c as u32;
        let t: &str = match cp {
            // Devanagari (0x0900) and Bengali (0x0980) share their layout.
            0x0900..=0x09FF => {
                let off = (cp - if cp >= 0x0980 { 0x0980 } else { 0x0900 }) as usize;
                INDIC.get(off).copied().unwrap_or("")
            }
            _ if c.is_alphanumeric() => {
                out.extend(c.to_lowercase());
                ""
            }
            _ => "",
        };
        out.push_str(t);
    }
    out
}

/// Latin for each code point of the Devanagari block, in order from U+0900.
const INDIC: [&str; 128] = [
    "", "n", "n", "h", "a", "a", "aa", "i", "i", "u", "u", "r", "l", "e", "e",
    "e", // 0900-090F
    "ai", "o", "o", "o", "au", "k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n",
    "t", // 0910-091F
    "th", "d", "dh", "n", "t", "th", "d", "dh", "n", "n", "p", "ph", "b", "bh", "m",
    "y", // 0920-092F
    "r", "r", "l", "l", "l", "v", "sh", "sh", "s", "h", "", "", "", "", "a", "i", // 0930-093F
    "i", "u", "u", "r", "r", "e", "e", "e", "ai", "o", "o", "o", "au", "", "",
    "", // 0940-094F
    "om", "", "", "", "", "", "", "", "k", "kh", "g", "j", "d", "dh", "f", "y", // 0950-095F
    "r", "l", "", "", "", "", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", // 0960-096F
    "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", // 0970-097F
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translit_distance_table() {
        assert!(translit_distance("इस्राइल", "इजरायल") <= 0.4);
        assert!(translit_distance("mohammad", "mohammed") <= 0.2);
        assert!(translit_distance("zelensky", "zelenskyy") <= 0.2);
        assert!(translit_distance("smith", "jones") > 0.6);
    }

    #[test]
    fn other_word_table() {
        // (x, y, two words rather than one spelled two ways)
        for (x, y, other) in [
            ("maria", "marta", true),
            ("anil", "amil", false),
            ("dana", "dina", false),
            ("lara", "laura", false),
            ("sergei", "sergey", false),
            ("mohammed", "muhammad", false),
            ("gaddafi", "qaddafi", false),
            ("zelensky", "zelenskyy", false),
            ("paris", "parks", true),
            ("petrópolis", "teresópolis", true),
            ("tchaikovsky", "chaikovsky", false),
            ("इस्राइल", "इजरायल", false),
        ] {
            assert_eq!(other_word(x, y), other, "{x} / {y}");
        }
    }
}

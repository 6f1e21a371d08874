//! Light stemmers: the key a word is matched on, so that inflected forms meet ("desalojo" /
//! "desalojadas", "yaralandı" / "yaralının", "وأصيب" / "مصاب"). Each rule only cuts a prefix or a
//! suffix (or evens out a letter Arabic writes two ways); none needs a dictionary.
//!
//! Alignment adds a second, fuzzier key on top (the word's first letters, `prefix_key`), so a form
//! these rules miss still counts for part of its weight.

use super::Lang;
use crate::lexicon::affixes::{
    ARABIC_SUFFIXES, BENGALI_SUFFIXES, CYRILLIC_ENDINGS, DEVANAGARI_SUFFIXES, GUJARATI_SUFFIXES,
    GURMUKHI_SUFFIXES, INDONESIAN_PREFIXES, INDONESIAN_SUFFIXES, KOREAN_ENDINGS, LATIN_SUFFIXES,
    MARATHI_CLITICS, NEPALI_CLITICS, PERSIAN_SUFFIXES, SWAHILI_PREFIXES, URDU_SUFFIXES,
};
use std::borrow::Cow;

/// The word without the first of `suffixes` it ends with, if that leaves `min_left` characters.
/// The affix lists ([`crate::lexicon::affixes`], packed strings), split once: stemming runs for
/// every token.
struct Affixes {
    devanagari: Vec<&'static str>,
    bengali: Vec<&'static str>,
    gurmukhi: Vec<&'static str>,
    gujarati: Vec<&'static str>,
    indonesian_prefixes: Vec<&'static str>,
    indonesian_suffixes: Vec<&'static str>,
    swahili: Vec<&'static str>,
    latin: Vec<&'static str>,
    persian: Vec<&'static str>,
    urdu: Vec<&'static str>,
    arabic: Vec<&'static str>,
    nepali: Vec<&'static str>,
    marathi: Vec<&'static str>,
    korean: Vec<&'static str>,
    cyrillic: Vec<&'static str>,
}

fn affixes() -> &'static Affixes {
    static A: std::sync::OnceLock<Affixes> = std::sync::OnceLock::new();
    A.get_or_init(|| {
        let split = |packed: &'static str| packed.split(' ').collect();
        Affixes {
            devanagari: split(DEVANAGARI_SUFFIXES),
            bengali: split(BENGALI_SUFFIXES),
            gurmukhi: split(GURMUKHI_SUFFIXES),
            gujarati: split(GUJARATI_SUFFIXES),
            indonesian_prefixes: split(INDONESIAN_PREFIXES),
            indonesian_suffixes: split(INDONESIAN_SUFFIXES),
            swahili: split(SWAHILI_PREFIXES),
            latin: split(LATIN_SUFFIXES),
            persian: split(PERSIAN_SUFFIXES),
            urdu: split(URDU_SUFFIXES),
            arabic: split(ARABIC_SUFFIXES),
            nepali: split(NEPALI_CLITICS),
            marathi: split(MARATHI_CLITICS),
            korean: split(KOREAN_ENDINGS),
            cyrillic: split(CYRILLIC_ENDINGS),
        }
    })
}

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

/// The word without the first of `prefixes` it starts with, if that leaves `min_left` characters.
fn strip_prefixes<'w>(word: &'w str, prefixes: &[&str], min_left: usize) -> &'w str {
    for p in prefixes {
        if let Some(rest) = word.strip_prefix(p) {
            if rest.chars().count() >= min_left {
                return rest;
            }
        }
    }
    word
}

/// At most `n` characters of `s`.
fn first_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((cut, _)) => &s[..cut],
        None => s,
    }
}

/// The matching key of a folded word of a text in `lang`.
pub fn stem(folded: &str, lang: Lang) -> Cow<'_, str> {
    let first = folded.chars().next().unwrap_or(' ');
    match first as u32 {
        0x0900..=0x097F => {
            let clitics = if lang == Lang::Ne {
                &affixes().nepali
            } else {
                &affixes().marathi
            };
            let base = clitics
                .iter()
                .find_map(|c| folded.strip_suffix(c).filter(|r| r.chars().count() >= 3))
                .unwrap_or(folded);
            Cow::Borrowed(strip_suffixes(base, &affixes().devanagari, 2))
        }
        0x0980..=0x09FF => Cow::Borrowed(strip_suffixes(folded, &affixes().bengali, 2)),
        0x0A00..=0x0A7F => Cow::Borrowed(strip_suffixes(folded, &affixes().gurmukhi, 2)),
        0x0A80..=0x0AFF => Cow::Borrowed(strip_suffixes(folded, &affixes().gujarati, 2)),
        0x0600..=0x06FF => arabic(folded, lang),
        0xAC00..=0xD7AF => {
            let k = &affixes().korean;
            Cow::Borrowed(strip_suffixes(strip_suffixes(folded, k, 2), k, 2))
        }
        0x0400..=0x04FF => {
            // Russian inflects at the end: without its ending, five letters keep the stem apart.
            let base = ["ся", "сь"]
                .iter()
                .find_map(|r| folded.strip_suffix(r).filter(|r| r.chars().count() >= 4))
                .unwrap_or(folded);
            Cow::Borrowed(first_chars(strip_suffixes(base, &affixes().cyrillic, 3), 5))
        }
        _ if first.is_alphabetic() && folded.chars().count() > 3 => latin(folded, lang),
        _ => Cow::Borrowed(folded),
    }
}

fn latin(folded: &str, lang: Lang) -> Cow<'_, str> {
    // "kartalkaya'da", "merkezi'nde": Turkish writes case endings of names after an apostrophe.
    let base = match lang {
        Lang::Tr => folded.split('\'').next().unwrap_or(folded),
        _ => folded.strip_suffix("'s").unwrap_or(folded),
    };
    let base = base.trim_end_matches('\u{307}');
    match lang {
        Lang::Id => {
            let root = strip_prefixes(base, &affixes().indonesian_prefixes, 4);
            let prefix = &base[..base.len() - root.len()];
            let root = strip_suffixes(root, &affixes().indonesian_suffixes, 4);
            // men-, mem-, meng-, meny- (and pe-) swallow the root's first consonant before a
            // vowel: "menewaskan" is me(n) + tewas.
            let lost = match prefix {
                _ if !root.starts_with(['a', 'e', 'i', 'o', 'u']) => None,
                "men" | "pen" => Some('t'),
                "mem" | "pem" => Some('p'),
                "meng" | "peng" => Some('k'),
                "meny" | "peny" => Some('s'),
                _ => None,
            };
            return match lost {
                Some(c) => Cow::Owned(format!("{c}{root}")),
                None => Cow::Borrowed(root),
            };
        }
        Lang::Sw => return Cow::Borrowed(strip_prefixes(base, &affixes().swahili, 4)),
        // Turkish adds suffix after suffix: five letters keep the root.
        Lang::Tr => return Cow::Owned(first_chars(&base.replace('\u{307}', ""), 5).to_string()),
        _ => {}
    }
    let mut s = base;
    for suf in &affixes().latin {
        if let Some(rest) = base.strip_suffix(suf) {
            if rest.chars().count() >= 3 {
                s = rest;
                break;
            }
        }
    }
    // Romance and Germanic words inflect at the end: six letters keep the stem apart.
    Cow::Borrowed(first_chars(s, 6))
}

/// Arabic, Persian and Urdu: the conjunction or preposition glued to the front (و ف ب ل ك) and the
/// article (ال) go, the letters written two ways are evened out (أ إ آ → ا, ى → ي, ة → ه), and one
/// ending is cut.
fn arabic(folded: &str, lang: Lang) -> Cow<'_, str> {
    let mut s = folded;
    if lang == Lang::Ar || lang == Lang::Other {
        for p in ["وال", "بال", "فال", "كال", "لل"] {
            if let Some(r) = s.strip_prefix(p).filter(|r| r.chars().count() >= 3) {
                s = r;
                break;
            }
        }
        if s.len() == folded.len() {
            if let Some(r) = s
                .strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
                .filter(|r| r.chars().count() >= 4)
            {
                s = r;
            }
        }
        s = s
            .strip_prefix("ال")
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(s);
    }
    let suffixes = match lang {
        Lang::Fa => &affixes().persian,
        Lang::Ur => &affixes().urdu,
        _ => &affixes().arabic,
    };
    let s = strip_suffixes(s, suffixes, 3);
    if s.contains(['أ', 'إ', 'آ', 'ٱ', 'ى', 'ة']) {
        Cow::Owned(
            s.chars()
                .map(|c| match c {
                    'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
                    'ى' => 'ي',
                    'ة' => 'ه',
                    c => c,
                })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

/// The first letters of a word's stem, as a second, fuzzier key: forms the stemmers do not join
/// ("desalojo" / "desalojadas", "உயிரிழந்தனர்" / "உயிரிழந்த") still share it. `None` for short
/// words, numbers and scripts matched on character pairs.
pub fn prefix_key(key: &str) -> Option<&str> {
    let first = key.chars().next()?;
    let n = match first as u32 {
        // Indic scripts count vowel signs and viramas as characters.
        0x0900..=0x0DFF => 5,
        0x0600..=0x06FF => 4,
        _ if first.is_alphabetic() => 5,
        _ => return None,
    };
    (key.chars().count() > n).then(|| first_chars(key, n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    #[test]
    fn forms_meet() {
        let same = [
            ("तकनीकों", "तकनीक", Lang::Hi),
            ("सोसायटीच्या", "सोसायटी", Lang::Mr),
            ("नदीमा", "नदी", Lang::Ne),
            ("kartalkaya'da", "kartalkaya", Lang::Tr),
            ("yaralandı", "yaralının", Lang::Tr),
            ("menewaskan", "tewas", Lang::Id),
            ("dievakuasi", "evakuasi", Lang::Id),
            ("walifariki", "wamefariki", Lang::Sw),
            ("وأصيب", "أصيب", Lang::Ar),
            ("الإسعاف", "إسعاف", Lang::Ar),
            ("погибших", "погибли", Lang::Ru),
            ("этажами", "этаж", Lang::Ru),
            ("пятым", "пятый", Lang::Ru),
            ("обрушились", "обрушили", Lang::Ru),
            ("스프링클러는", "스프링클러", Lang::Ko),
            ("작동하지", "작동했다고", Lang::Ko),
            ("단계에서", "단계", Lang::Ko),
            ("agreements", "agreement", Lang::En),
            ("ਸਵਾਰੀਆਂ", "ਸਵਾਰੀ", Lang::Pa),
            ("લોકોના", "લોકો", Lang::Gu),
        ];
        for (x, y, lang) in same {
            assert_eq!(stem(&fold(x), lang), stem(&fold(y), lang), "{x} / {y}");
        }
        assert_eq!(stem(&fold("भारत"), Lang::Hi), "भारत");
    }

    #[test]
    fn prefix_keys() {
        assert_eq!(prefix_key("desalojad"), Some("desal"));
        assert_eq!(prefix_key("desalo"), Some("desal"));
        assert_eq!(prefix_key("bus"), None);
        assert_eq!(prefix_key("#23"), None);
    }
}

//! Every word list of the lexicon holds each entry once. A duplicate is at best dead weight and at
//! worst a contradiction (the same word with two values, or in two slots of one language), so it
//! is a test failure, named with its table and line. Lists read only by the comparison (the
//! negations) are tested here too, through [`crate::compare`].
//!
//! Entries are compared as written (the furniture phrases also as `clean` folds them). Lists of pairs are checked on their key; tables with one line
//! per language (`lang word word …`, `lang kind: word …`) are checked per language, since one word
//! may belong to two languages.

use super::*;
use std::collections::BTreeMap;

/// The key of an entry written `key=value` (or the entry itself).
fn key(entry: &str) -> &str {
    entry.split('=').next().unwrap_or(entry)
}

/// Every entry of `entries` that was seen before, as "TABLE: entry".
fn repeated<'a>(table: &str, entries: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen = crate::Set::default();
    entries
        .into_iter()
        .filter(|e| !seen.insert(*e))
        .map(|e| format!("{table}: {e:?}"))
        .collect()
}

/// A table with one line per language, its code first (an optional `kind:` after it): an entry
/// may come once per language, whatever its kind.
fn per_language(table: &str, text: &str) -> Vec<String> {
    let mut by_lang: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for line in text.lines() {
        let mut words = line.split_whitespace();
        let Some(lang) = words.next() else { continue };
        let words = words.filter(|w| !w.ends_with(':')).map(key);
        by_lang.entry(lang).or_default().extend(words);
    }
    by_lang
        .into_iter()
        .flat_map(|(lang, words)| repeated(&format!("{table} ({lang})"), words))
        .collect()
}

/// A table with one line per language and no code, each line in the same order (Monday first,
/// January first): an entry may come once per line; in two lines it must stand for the same thing.
fn per_line_in_order(table: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let forms: Vec<(usize, &str)> = line
            .split_whitespace()
            .enumerate()
            .flat_map(|(i, forms)| forms.split('/').map(move |f| (i, f)))
            .collect();
        out.extend(repeated(
            &format!("{table} (line {})", n + 1),
            forms.iter().map(|&(_, f)| f),
        ));
        for (i, f) in forms {
            if *index.entry(f).or_insert(i) != i {
                out.push(format!("{table}: {f:?} stands for two different entries"));
            }
        }
    }
    out
}

#[test]
fn no_word_list_holds_an_entry_twice() {
    let lists: &[(&str, &[&str])] = &[
        ("MONTH_NAMES", &calendar::MONTH_NAMES),
        ("DAY_WORDS", calendar::DAY_WORDS),
        ("NOT_NAMES", names::NOT_NAMES),
        ("LETTER_NAMES", names::LETTER_NAMES),
        ("ORDINAL_SUFFIXES", numbers::ORDINAL_SUFFIXES),
        ("JOINERS", numbers::JOINERS),
        ("CLOCK_HOUR", numbers::CLOCK_HOUR),
        ("CLOCK_MINUTE", numbers::CLOCK_MINUTE),
        ("AFTERNOON", numbers::AFTERNOON),
    ];
    let mut dups: Vec<String> = Vec::new();
    for (table, list) in lists {
        dups.extend(repeated(table, list.iter().copied()));
    }
    // Packed lists, one entry per line.
    let packed: &[(&str, &str)] = &[
        ("FURNITURE", furniture::FURNITURE),
        ("RELATED", furniture::RELATED),
        ("BYLINE", furniture::BYLINE),
        ("DATELINE", furniture::DATELINE),
        ("AGENCIES", furniture::AGENCIES),
        ("CAPTION", furniture::CAPTION),
        ("CORRECTION", furniture::CORRECTION),
        ("CHROME", furniture::CHROME),
        ("TITLES", names::TITLES),
        ("NEGATIONS", polarity::NEGATIONS),
        ("REPORTERS", furniture::REPORTERS),
        ("NETWORKS", furniture::NETWORKS),
    ];
    for (table, list) in packed {
        dups.extend(repeated(table, super::entries(list)));
    }
    // Phrase tables `clean` folds before matching: two spellings that fold alike are one entry.
    for (table, list) in packed.iter().take(7) {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for entry in super::entries(list) {
            match seen.insert(crate::normalize::fold(entry), entry) {
                Some(before) if before != entry => {
                    dups.push(format!("{table}: {entry:?} folds like {before:?}"))
                }
                _ => {}
            }
        }
    }

    // Lists of pairs, on their key (antonyms on the pair, either way round).
    dups.extend(repeated(
        "SCALES",
        numbers::SCALES
            .lines()
            .flat_map(|l| l.split_whitespace().skip(1)),
    ));
    dups.extend(repeated(
        "TENS_WORDS",
        numbers::TENS_WORDS.iter().map(|p| p.0),
    ));
    let antonyms: Vec<String> = polarity::ANTONYMS
        .lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(x, y)| {
            if x < y {
                format!("{x} / {y}")
            } else {
                format!("{y} / {x}")
            }
        })
        .collect();
    dups.extend(repeated("ANTONYMS", antonyms.iter().map(String::as_str)));

    // Space-separated lists (`key=value` entries on their key).
    let flat: &[(&str, &str)] = &[
        ("OTHER_MONTHS", calendar::OTHER_MONTHS),
        ("PLACES", names::PLACES),
        ("PLACE_PHRASES", names::PLACE_PHRASES),
        ("ROUND", numbers::ROUND),
        ("CJK_DIGITS", numbers::CJK_DIGITS),
        ("ORDINALS", numbers::ORDINALS),
        ("CONJUNCTIONS", quantities::CONJUNCTIONS),
        ("UNCOUNTED", quantities::UNCOUNTED),
        ("COUNTERS", furniture::COUNTERS),
        ("STOPWORDS", stopwords::STOPWORDS),
        ("WEEKDAYS", calendar::WEEKDAYS),
        ("MONTHS", calendar::MONTHS),
        ("BEFORE", polarity::BEFORE),
        ("AFTER", polarity::AFTER),
        ("DURING", polarity::DURING),
        ("DEVANAGARI_SUFFIXES", affixes::DEVANAGARI_SUFFIXES),
        ("MARATHI_CLITICS", affixes::MARATHI_CLITICS),
        ("LATIN_SUFFIXES", affixes::LATIN_SUFFIXES),
        ("BENGALI_SUFFIXES", affixes::BENGALI_SUFFIXES),
        ("ARABIC_SUFFIXES", affixes::ARABIC_SUFFIXES),
        ("NEPALI_CLITICS", affixes::NEPALI_CLITICS),
        ("GURMUKHI_SUFFIXES", affixes::GURMUKHI_SUFFIXES),
        ("GUJARATI_SUFFIXES", affixes::GUJARATI_SUFFIXES),
        ("INDONESIAN_PREFIXES", affixes::INDONESIAN_PREFIXES),
        ("INDONESIAN_SUFFIXES", affixes::INDONESIAN_SUFFIXES),
        ("SWAHILI_PREFIXES", affixes::SWAHILI_PREFIXES),
        ("PERSIAN_SUFFIXES", affixes::PERSIAN_SUFFIXES),
        ("URDU_SUFFIXES", affixes::URDU_SUFFIXES),
        ("FROM_BEFORE", direction::FROM_BEFORE),
        ("FROM_AFTER", direction::FROM_AFTER),
        ("TO_BEFORE", direction::TO_BEFORE),
        ("TR_FROM", direction::TR_FROM),
        ("TR_TO", direction::TR_TO),
        ("SPEECH_VERBS", names::SPEECH_VERBS),
        ("MEASURES", quantities::MEASURES),
        ("HOUR_ABOUT", numbers::HOUR_ABOUT),
        ("DAY_PART_SUFFIXES", calendar::DAY_PART_SUFFIXES),
        ("NIGHT_WORDS", calendar::NIGHT_WORDS),
    ];
    for (table, text) in flat {
        dups.extend(repeated(table, text.split_whitespace().map(key)));
    }
    let classifiers: Vec<String> = numbers::CJK_CLASSIFIERS.chars().map(String::from).collect();
    dups.extend(repeated(
        "CJK_CLASSIFIERS",
        classifiers.iter().map(String::as_str),
    ));

    // One line per language.
    let by_language: &[(&str, &str)] = &[
        ("LATIN", languages::LATIN),
        ("DEVANAGARI", languages::DEVANAGARI),
        ("CARDINALS", numbers::CARDINALS),
        ("WEAK", numbers::WEAK),
        ("GLUED_ENDINGS", numbers::GLUED_ENDINGS),
        ("SLOTS", quantities::SLOTS),
        ("SCOPES", quantities::SCOPES),
        ("DEGREES", quantities::DEGREES),
        ("QUALIFIERS", quantities::QUALIFIERS),
    ];
    for (table, text) in by_language {
        dups.extend(per_language(table, text));
    }
    dups.extend(per_line_in_order("MORE_WEEKDAYS", calendar::MORE_WEEKDAYS));
    dups.extend(per_line_in_order("MORE_MONTHS", calendar::MORE_MONTHS));

    assert!(dups.is_empty(), "duplicate entries:\n{}", dups.join("\n"));
}

/// The negation clashes `compare` finds between two one-sentence stories.
fn negations(a: &str, b: &str) -> usize {
    crate::compare(a, b, &crate::Options::default())
        .links
        .iter()
        .flat_map(|l| &l.conflicts)
        .filter(|c| c.kind == "negation")
        .count()
}

#[test]
fn marathi_negations_turn_a_claim_around() {
    // (a, b, negation clashes)
    let cases = [
        (
            "या प्रकरणी पोलिसांनी मुख्य आरोपीला अटक केली आहे, असे पोलीस अधीक्षकांनी सांगितले.",
            "या प्रकरणी मुख्य आरोपीला अटक करण्यात आलेली नाही, असे पोलीस अधीक्षकांनी सांगितले.",
            1,
        ),
        (
            "या अपघातात बसचा चालक गंभीर जखमी झाला होता, असे पोलिसांनी सांगितले.",
            "या अपघातात बसचा चालक गंभीर जखमी झाला नव्हता, असे पोलिसांनी सांगितले.",
            1,
        ),
        (
            "धरणाचे दरवाजे अद्याप उघडण्यात आलेले नाहीत, असे जलसंपदा विभागाने सांगितले.",
            "धरणाचे दरवाजे उघडण्यात आले आहेत, असे जलसंपदा विभागाने सांगितले.",
            1,
        ),
        // Both sides say "not": no clash.
        (
            "या प्रकरणी मुख्य आरोपीला अटक करण्यात आलेली नाही, असे पोलीस अधीक्षकांनी सांगितले.",
            "या प्रकरणी मुख्य आरोपीला अद्याप अटक करण्यात आलेली नाही, असे पोलीस अधीक्षकांनी सांगितले.",
            0,
        ),
    ];
    for (a, b, want) in cases {
        assert_eq!(negations(a, b), want, "\nA: {a}\nB: {b}");
    }
}

#[test]
fn stopwords_and_negations_are_written_folded() {
    // Both are looked up by a token's folded form as written (slot words, unlike them, are folded
    // when the lexicon loads): an entry written otherwise never matches.
    let unfolded: Vec<(&str, String)> = super::stopwords::STOPWORDS
        .split_whitespace()
        .chain(super::entries(super::polarity::NEGATIONS))
        .map(|w| (w, crate::normalize::fold(w)))
        .filter(|(w, f)| f != w)
        .collect();
    assert!(unfolded.is_empty(), "{unfolded:?}");
}

//! The engine's word lists, as data: one file per kind, no logic beyond the lookups below.
//!
//! Every list is general knowledge of a language (how it writes "killed", "at least", a weekday,
//! a share bar), never a phrase taken from one test pair. A duplicate entry is a test failure.

pub mod affixes;
pub mod calendar;
pub mod direction;
pub mod furniture;
pub mod languages;
pub mod names;
pub mod numbers;
pub mod polarity;
pub mod quantities;
pub mod stopwords;
#[cfg(test)]
mod tests;

use crate::Map;
use std::sync::OnceLock;

/// The entries of a packed list: one per line. Long phrase lists are one string each, not a slice
/// of strings: a slice costs the WebAssembly build a pointer and a length per entry.
pub fn entries(packed: &'static str) -> impl Iterator<Item = &'static str> {
    packed.split('\n').filter(|e| !e.is_empty())
}

/// The weekday a folded word names, in English.
pub fn weekday(folded: &str) -> Option<&'static str> {
    static MAP: OnceLock<Map<String, &'static str>> = OnceLock::new();
    const NAMES: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let map = MAP.get_or_init(|| {
        let mut m: Map<String, &'static str> = calendar::WEEKDAYS
            .split_whitespace()
            .filter_map(|e| e.split_once('='))
            .map(|(w, d)| (w.to_string(), d))
            .collect();
        for line in calendar::MORE_WEEKDAYS.lines() {
            for (forms, d) in line.split_whitespace().zip(NAMES) {
                for w in forms.split('/') {
                    m.insert(crate::normalize::fold(w), d);
                }
            }
        }
        m
    });
    if let Some(&d) = map.get(folded) {
        return Some(d);
    }
    // A German weekday with its part of the day run in: "Dienstagabend", "Montagmorgen". Asked of
    // every word: the endings are split once.
    static ENDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let ends = ENDS.get_or_init(|| calendar::DAY_PART_SUFFIXES.split_whitespace().collect());
    if let Some(d) = ends
        .iter()
        .find_map(|p| folded.strip_suffix(p).and_then(|day| map.get(day)))
    {
        return Some(d);
    }
    // A day word with a case ending after it: "செவ்வாய்க்கிழமையன்று" is read as "செவ்வாய்க்கிழமை".
    // A word holds a day word only if it opens in the day word's script (its block of 128 code
    // points): most words are settled without a search.
    let block = |s: &str| s.chars().next().map(|c| c as u32 >> 7);
    calendar::DAY_WORDS.iter().find_map(|dw| {
        if block(folded) != block(dw) {
            return None;
        }
        let end = folded.find(dw).filter(|&k| k > 0)? + dw.len();
        if end < folded.len() {
            map.get(&folded[..end]).copied()
        } else {
            None
        }
    })
}

/// Is this folded word one that puts words in someone's mouth ([`names::SPEECH_VERBS`])?
pub fn is_speech_verb(folded: &str) -> bool {
    static SET: OnceLock<crate::Set<String>> = OnceLock::new();
    SET.get_or_init(|| {
        names::SPEECH_VERBS
            .split_whitespace()
            .map(crate::normalize::fold)
            .collect()
    })
    .contains(folded)
}

/// The month (1–12) a folded word names.
pub fn month(folded: &str) -> Option<u8> {
    static MAP: OnceLock<Map<String, u8>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: Map<String, u8> = calendar::MONTHS
            .split_whitespace()
            .filter_map(|e| e.split_once('='))
            .filter_map(|(w, n)| Some((w.to_string(), n.parse().ok()?)))
            .collect();
        for line in calendar::MORE_MONTHS.lines() {
            for (forms, n) in line.split_whitespace().zip(1u8..) {
                for w in forms.split('/') {
                    m.insert(crate::normalize::fold(w), n);
                }
            }
        }
        m
    })
    .get(folded)
    .copied()
}

/// Is this folded word a month of a calendar other than the Gregorian (اردیبهشت, पुस)?
pub fn other_month(folded: &str) -> bool {
    static SET: OnceLock<crate::Set<String>> = OnceLock::new();
    SET.get_or_init(|| {
        calendar::OTHER_MONTHS
            .split_whitespace()
            .map(crate::normalize::fold)
            .collect()
    })
    .contains(folded)
}

/// When this folded word places an event against another: 0 before it, 1 after it, 2 during it
/// ([`polarity::BEFORE`], [`polarity::AFTER`], [`polarity::DURING`]).
pub fn moment_of(folded: &str) -> Option<u8> {
    static MAP: OnceLock<Map<String, u8>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = Map::default();
        for (k, words) in [polarity::BEFORE, polarity::AFTER, polarity::DURING]
            .into_iter()
            .enumerate()
        {
            for w in words.split_whitespace() {
                m.insert(crate::normalize::fold(w), k as u8);
            }
        }
        m
    })
    .get(folded)
    .copied()
    .or_else(|| {
        polarity::GLUED_MOMENTS
            .iter()
            .find(|(end, _)| folded.len() > end.len() && folded.ends_with(end))
            .map(|&(_, m)| m)
    })
}

/// Do these two folded words say the opposite of each other?
pub fn is_antonym(x: &str, y: &str) -> bool {
    let y = antonym_key(y);
    antonyms_of(x).contains(&y)
}

/// Words are compared on their stems, so "increased" meets "cut" through "increase".
pub(crate) fn antonym_key(w: &str) -> String {
    crate::normalize::stem(&crate::normalize::fold(w))
}

/// The stems that say the opposite of this word (built once from the table).
pub(crate) fn antonyms_of(w: &str) -> &'static [String] {
    static MAP: OnceLock<Map<String, Vec<String>>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m: Map<String, Vec<String>> = Map::default();
        for (p, q) in polarity::ANTONYMS.lines().filter_map(|l| l.split_once(' ')) {
            let (p, q) = (antonym_key(p), antonym_key(q));
            if p != q {
                m.entry(p.clone()).or_default().push(q.clone());
                m.entry(q).or_default().push(p);
            }
        }
        m
    });
    map.get(&antonym_key(w)).map_or(&[], Vec::as_slice)
}

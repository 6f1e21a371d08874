//! Quantity facts: a number together with what it counts (the dead, the injured, the missing, …),
//! how it is qualified ("at least", "about") and whether it is narrowed to a part of the whole ("of
//! them", "at the hospital", "seriously").
//!
//! A number's slot is read from the words of its own clause (never across a comma, a semicolon or
//! another number): the nearest slot word after it, or before it when that one is nearer ("killed
//! 5"). Words for people ("people", "लोग", "人") do not end the search: "66 kişi hayatını kaybetti".

use crate::lexicon::numbers::WEAK;
use crate::lexicon::quantities::{
    CONJUNCTIONS, DEGREES, DURATIONS, MEASURES, QUALIFIERS, SCOPES, SLOTS, UNCOUNTED,
};
use crate::normalize::{fold, Lang, Token};
use crate::segment::Unit;
use crate::Map;
use std::sync::OnceLock;
use unicode_segmentation::UnicodeSegmentation;

/// What a number counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Slot {
    Dead,
    Injured,
    Missing,
    Rescued,
    Evacuated,
    Arrested,
    /// Everyone on board: a head count told as on board ("98 people on board"), or the passengers
    /// and the crew one sentence gives, added up ("90 passengers and 8 crew").
    Aboard,
    Passengers,
    Crew,
    /// People, with nothing said of what happened to them.
    People,
    /// An amount of money ("10 लाख रुपये", "$5 million"): matched across sides only where the
    /// two agree, since one story gives amounts of many different things.
    Money,
}

impl Slot {
    /// The slot's name in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Slot::Dead => "dead",
            Slot::Injured => "injured",
            Slot::Missing => "missing",
            Slot::Rescued => "rescued",
            Slot::Evacuated => "evacuated",
            Slot::Arrested => "arrested",
            Slot::Aboard => "aboard",
            Slot::Passengers => "passengers",
            Slot::Crew => "crew",
            Slot::People => "people",
            Slot::Money => "money",
        }
    }
    fn parse(s: &str) -> Option<Slot> {
        [
            Slot::Dead,
            Slot::Injured,
            Slot::Missing,
            Slot::Rescued,
            Slot::Evacuated,
            Slot::Arrested,
            Slot::Aboard,
            Slot::Passengers,
            Slot::Crew,
            Slot::People,
            Slot::Money,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

/// How a count is qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    /// At least.
    Min,
    /// More than (the value itself excluded).
    Over,
    /// About, nearly, some.
    About,
    /// Up to, fewer than.
    Max,
}

/// A number and what it counts, on one side.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub unit: usize,
    /// Index of the number's token in its unit.
    pub token: usize,
    /// The number's span (its qualifier left out).
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub qualifier: Qualifier,
    pub slot: Slot,
    /// The degree word that narrows an injury count (`critical`, `serious`, `minor`), if any.
    pub degree: Option<&'static str>,
    /// A partitive or a place narrows it to a part of the whole ("of them", "at the hospital").
    pub scoped: bool,
    /// The narrowing word is a place (a hospital): the count is a part for sure. A partitive alone
    /// ("of them 68 died") may refer to another group than the count's own.
    pub at_place: bool,
}

impl Quantity {
    /// The values the count allows, as a closed interval.
    pub fn range(&self) -> (f64, f64) {
        self.qualifier.range(self.value)
    }
}

impl Qualifier {
    /// The values a count of `v` so qualified allows, as a closed interval.
    pub fn range(self, v: f64) -> (f64, f64) {
        match self {
            Qualifier::Exact => (v, v),
            Qualifier::Min => (v, f64::INFINITY),
            Qualifier::Over => (v + 0.5, f64::INFINITY),
            Qualifier::About => (v * 0.85, v * 1.15),
            Qualifier::Max => (0.0, v),
        }
    }
}

/// One word or phrase of the lexicon, folded; the last word may be a prefix.
#[derive(Clone, Debug)]
struct Entry {
    words: Vec<String>,
    prefix: bool,
    /// The first character of the first word ('\0' for none).
    first: char,
}

impl Entry {
    fn parse(raw: &str) -> Entry {
        let prefix = raw.ends_with('*');
        let words = raw
            .trim_end_matches('*')
            .split('_')
            .map(fold)
            .filter(|w: &String| !w.is_empty())
            .collect::<Vec<String>>();
        let first = words.first().and_then(|w| w.chars().next()).unwrap_or('\0');
        Entry {
            words,
            prefix,
            first,
        }
    }
    /// Can the entry start at a word whose heads ([`heads`]) are `h`? A cheap test that settles
    /// most of a lexicon of hundreds of entries.
    fn may_start(&self, h: (char, char)) -> bool {
        self.first == h.0 || self.first == h.1
    }
    /// Does the entry match the words starting at `at`? Unspaced scripts match inside a word.
    fn matches(&self, words: &[String], at: usize, unspaced: bool) -> bool {
        let n = self.words.len();
        if at + n > words.len() || n == 0 {
            return false;
        }
        if unspaced {
            return n == 1 && words[at].contains(self.words[0].as_str());
        }
        // Whatever the match (whole, prefix, or after a clitic), the first characters agree.
        if !self.may_start(heads(&words[at])) {
            return false;
        }
        (0..n).all(|k| {
            let (w, e) = (&words[at + k], &self.words[k]);
            w == e
                || (k + 1 == n && self.prefix && w.starts_with(e.as_str()))
                || (k == 0
                    && strip_clitic(w).is_some_and(|r| {
                        r == e || (n == 1 && self.prefix && r.starts_with(e.as_str()))
                    }))
        })
    }
}

/// A word's first character, and its first after a glued clitic ([`strip_clitic`]; '\0' when it
/// has none): an entry matching there starts with one of them.
fn heads(w: &str) -> (char, char) {
    let first = |w: &str| w.chars().next().unwrap_or('\0');
    (first(w), strip_clitic(w).map_or('\0', first))
}

/// An Arabic-script word without a conjunction or preposition glued to its front (و, ف, ب, ل, ال).
fn strip_clitic(w: &str) -> Option<&str> {
    // Each clitic is a letter of U+0600–U+067F, whose UTF-8 starts with 0xD8 or 0xD9: a word of
    // any other script is settled at its first byte (this runs for every entry of the lexicon).
    if !matches!(w.as_bytes().first(), Some(0xD8 | 0xD9)) {
        return None;
    }
    let r = w
        .strip_prefix('و')
        .or_else(|| w.strip_prefix('ف'))
        .or_else(|| w.strip_prefix('ب'))
        .or_else(|| w.strip_prefix('ل'))
        .unwrap_or(w);
    let r = r.strip_prefix("ال").unwrap_or(r);
    (r.len() != w.len() && r.chars().count() >= 3).then_some(r)
}

/// The lexicon of one language, parsed.
#[derive(Default)]
struct Lexicon {
    /// Words of what happened to those counted (the dead, the injured, …).
    events: Vec<(Slot, Entry)>,
    /// Words of who is counted: people, passengers, the crew, those on board.
    who: Vec<(Slot, Entry)>,
    /// The crew's words and the words of being on board, apart (also in `who`).
    crew: Vec<(Slot, Entry)>,
    on_board: Vec<(Slot, Entry)>,
    /// Partitives, read in the number's clause.
    scopes: Vec<((), Entry)>,
    /// Places that hold a part of the count (a hospital), read in the whole sentence.
    places: Vec<((), Entry)>,
    degrees: Vec<(&'static str, Entry)>,
    qualifiers: Vec<(Qualifier, Entry)>,
    /// Words that make the number before them no count the slots compare ([`UNCOUNTED`]): an age,
    /// a span of years, the rescuers.
    uncounted: Vec<((), Entry)>,
    /// Number words that are as often an article ("one", "un"), with their value.
    weak: Vec<(String, f64)>,
    /// Names of currencies, next to the amount they name.
    money: Vec<(Slot, Entry)>,
}

fn lexicon(lang: Lang) -> &'static Lexicon {
    static ALL: OnceLock<Map<Lang, Lexicon>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        let mut m: Map<Lang, Lexicon> = Map::default();
        // `lang [kind:] word word …` lines.
        fn lines(table: &'static str) -> impl Iterator<Item = (Lang, &'static str, Vec<Entry>)> {
            table.lines().filter_map(|l| {
                let (code, rest) = l.split_once(' ')?;
                let (kind, words) = match rest.split_once(':') {
                    Some((k, w)) if !k.contains(' ') => (k, w),
                    _ => ("", rest),
                };
                Some((
                    Lang::from_code(code),
                    kind,
                    words.split_whitespace().map(Entry::parse).collect(),
                ))
            })
        }
        for (lang, kind, es) in lines(SLOTS) {
            if let Some(slot) = Slot::parse(kind) {
                let lx = m.entry(lang).or_default();
                match slot {
                    Slot::Crew => lx.crew.extend(es.iter().map(|e| (slot, e.clone()))),
                    Slot::Aboard => lx.on_board.extend(es.iter().map(|e| (slot, e.clone()))),
                    _ => {}
                }
                let list = match slot {
                    Slot::People | Slot::Aboard | Slot::Passengers | Slot::Crew => &mut lx.who,
                    Slot::Money => &mut lx.money,
                    _ => &mut lx.events,
                };
                list.extend(es.into_iter().map(|e| (slot, e)));
            }
        }
        for (lang, kind, es) in lines(SCOPES) {
            let lx = m.entry(lang).or_default();
            let list = if kind == "place" {
                &mut lx.places
            } else {
                &mut lx.scopes
            };
            list.extend(es.into_iter().map(|e| ((), e)));
        }
        for (lang, kind, es) in lines(DEGREES) {
            let kind: &'static str = match kind {
                "critical" => "critical",
                "serious" => "serious",
                _ => "minor",
            };
            let lx = m.entry(lang).or_default();
            lx.degrees.extend(es.into_iter().map(|e| (kind, e)));
        }
        for (lang, kind, es) in lines(QUALIFIERS) {
            let q = match kind {
                "min" => Qualifier::Min,
                "over" => Qualifier::Over,
                "max" => Qualifier::Max,
                _ => Qualifier::About,
            };
            let lx = m.entry(lang).or_default();
            lx.qualifiers.extend(es.into_iter().map(|e| (q, e)));
        }
        for line in WEAK.lines() {
            let Some((code, rest)) = line.split_once(' ') else {
                continue;
            };
            let lx = m.entry(Lang::from_code(code)).or_default();
            for p in rest.split_whitespace() {
                if let Some((w, v)) = p.split_once('=') {
                    lx.weak
                        .push((fold(w), v.parse::<u32>().map_or(1.0, f64::from)));
                }
            }
        }
        let uncounted: Vec<((), Entry)> = UNCOUNTED
            .split_whitespace()
            .map(|w| ((), Entry::parse(w)))
            .collect();
        for lx in m.values_mut() {
            lx.uncounted = uncounted.clone();
        }
        // A text whose language has no lines of its own reads every language's.
        let mut any = Lexicon {
            uncounted,
            ..Lexicon::default()
        };
        for lx in m.values() {
            any.events.extend(lx.events.iter().cloned());
            any.who.extend(lx.who.iter().cloned());
            any.crew.extend(lx.crew.iter().cloned());
            any.on_board.extend(lx.on_board.iter().cloned());
            any.scopes.extend(lx.scopes.iter().cloned());
            any.places.extend(lx.places.iter().cloned());
            any.degrees.extend(lx.degrees.iter().cloned());
            any.qualifiers.extend(lx.qualifiers.iter().cloned());
            any.money.extend(lx.money.iter().cloned());
        }
        m.insert(Lang::Other, any);
        m
    });
    all.get(&lang)
        .filter(|lx| !lx.events.is_empty())
        .unwrap_or_else(|| &all[&Lang::Other])
}

/// Conjunctions, folded, built once.
fn conjunctions() -> &'static crate::Set<String> {
    static S: OnceLock<crate::Set<String>> = OnceLock::new();
    S.get_or_init(|| CONJUNCTIONS.split_whitespace().map(fold).collect())
}

/// Characters that end a clause: a number's slot is never read across them.
fn is_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '،'
            | '؛'
            | '、'
            | '，'
            | '；'
            | '：'
            | '。'
            | '.'
            | '!'
            | '?'
            | '।'
            | '॥'
            | '؟'
            | '۔'
            | '('
            | ')'
            | '（'
            | '）'
            | '–'
            | '—'
            | '|'
            | '\n'
    )
}

/// Scripts written without spaces: their words are matched inside the run.
fn unspaced(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x0E00..=0x0E7F)
    })
}

/// How far (in words) a number's slot, qualifier and scope are looked for.
/// How near the number the crew's word stands, in words (characters for unspaced scripts).
const CREW_NEAR: usize = 2;
const CREW_NEAR_CJK: usize = 3;
const AFTER: usize = 6;
const BEFORE: usize = 4;
/// Chinese and Japanese counters of things, never of people (人, 名, 位 count people; 具 counts
/// bodies; 个 and 個 count either).
const THING_COUNTERS: &str = "棟栋座輛辆台架間间隻只艘件戸户戶軒所頭匹本枚";
/// How far after a number and whom it counts a slot word may stand (the end of a long subject).
const SUBJECT_AFTER: usize = 10;
/// For scripts written without spaces, the same distances in characters.
const AFTER_CJK: usize = 10;
const BEFORE_CJK: usize = 6;

/// The folded words of `s`, in order; for unspaced scripts, one "word" per character.
fn words_of(s: &str) -> Vec<String> {
    if unspaced(s) {
        let t = fold(s);
        return t
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_string())
            .collect();
    }
    s.split_word_bounds()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        // Arabic-script vowel marks and the tatweel spell no other word: "قُتل" is "قتل".
        .map(|w| fold(w).chars().filter(|&c| !is_harakah(c)).collect())
        .collect()
}

/// An Arabic-script vowel mark (fatha, damma, kasra, tanwin, shadda, sukun, …), the superscript
/// alef or the tatweel.
fn is_harakah(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// The byte offset in `text` of the first match of any entry in `text[start..end]`.
fn first_match<T>(
    entries: &[(T, Entry)],
    text: &str,
    start: usize,
    end: usize,
    unspaced: bool,
) -> Option<usize> {
    let s = &text[start..end];
    let (offsets, words): (Vec<usize>, Vec<String>) = if unspaced {
        s.char_indices()
            .filter(|(_, c)| !c.is_whitespace())
            .map(|(k, c)| (start + k, fold(c.encode_utf8(&mut [0; 4]))))
            .unzip()
    } else {
        s.split_word_bounds()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .map(|w| (start + (w.as_ptr() as usize - s.as_ptr() as usize), fold(w)))
            .unzip()
    };
    if unspaced {
        // Entries match runs of characters: find each in the joined text, then map back.
        let joined = words.concat();
        let pos = entries
            .iter()
            .filter_map(|(_, e)| e.words.first())
            .filter_map(|w| joined.find(w.as_str()))
            .min()?;
        let mut at = 0;
        for (k, w) in words.iter().enumerate() {
            if at + w.len() > pos {
                return Some(offsets[k]);
            }
            at += w.len();
        }
        return None;
    }
    (0..words.len())
        .find(|&at| entries.iter().any(|(_, e)| e.matches(&words, at, false)))
        .map(|at| offsets[at])
}

/// The most words a lexicon phrase has ("as_many_as", "no_menos_de"); longer ones are still
/// matched, without the quick test.
const MAX_PHRASE: usize = 4;

/// Does the clause end after the number, but for function words ("… has risen to 27.")?
fn tail_is_empty(words: &[String]) -> bool {
    words.iter().all(|w| crate::normalize::is_stopword(w))
}

/// The nearest match of any entry in `words` (reading forward, from the first word), with its
/// distance in words; for unspaced text each word is a character and entries match runs of them.
fn nearest<T: Copy>(
    entries: &[(T, Entry)],
    words: &[String],
    limit: usize,
    unspaced: bool,
) -> Option<(T, usize)> {
    let joined: String;
    if unspaced {
        joined = words.concat();
        let mut best: Option<(T, usize)> = None;
        for (t, e) in entries {
            let Some(w) = e.words.first() else { continue };
            if !starts_in(&joined, w) {
                continue;
            }
            if let Some(pos) = joined.find(w.as_str()) {
                let d = joined[..pos].chars().count();
                if d < limit && best.is_none_or(|(_, b)| d < b) {
                    best = Some((*t, d));
                }
            }
        }
        return best;
    }
    for at in 0..words.len().min(limit) {
        let h = heads(&words[at]);
        // The longest phrase starting there; the first listed among equals.
        if let Some((t, _)) = entries
            .iter()
            .rev()
            .filter(|(_, e)| e.may_start(h) && e.matches(words, at, false))
            .max_by_key(|(_, e)| e.words.len())
        {
            return Some((*t, at));
        }
    }
    None
}

/// Whether `w`'s first character occurs in `hay` at all: a clause is a few dozen characters, and
/// setting up a substring search for every entry of the lexicon cost more than the search.
fn starts_in(hay: &str, w: &str) -> bool {
    w.chars().next().is_some_and(|c| hay.contains(c))
}

/// Like [`nearest`], reading backward from the end of `words` (distance 0 is the last word).
fn nearest_before<T: Copy>(
    entries: &[(T, Entry)],
    words: &[String],
    limit: usize,
    unspaced: bool,
) -> Option<(T, usize)> {
    if unspaced {
        let joined = words.concat();
        let mut best: Option<(T, usize)> = None;
        for (t, e) in entries {
            let Some(w) = e.words.first() else { continue };
            if !starts_in(&joined, w) {
                continue;
            }
            if let Some(pos) = joined.rfind(w.as_str()) {
                let d = joined[pos + w.len()..].chars().count();
                if d < limit && best.is_none_or(|(_, b)| d < b) {
                    best = Some((*t, d));
                }
            }
        }
        return best;
    }
    let n = words.len();
    // The heads of the words a phrase ending at `at` may start at, found once.
    let hs: Vec<(char, char)> = words[n - n.min(limit + MAX_PHRASE)..]
        .iter()
        .map(|w| heads(w))
        .collect();
    let off = n - hs.len();
    for back in 0..n.min(limit) {
        let at = n - 1 - back;
        // A phrase ending at `at`.
        // The longest phrase ending there ("en fazla", at most, over "fazla", more than); the
        // first listed among equals.
        if let Some((t, _)) = entries
            .iter()
            .rev()
            .filter(|(_, e)| {
                let k = e.words.len();
                at + 1 >= k
                    && hs
                        .get((at + 1 - k).wrapping_sub(off))
                        .is_none_or(|&h| e.may_start(h))
                    && e.matches(words, at + 1 - k, false)
            })
            .max_by_key(|(_, e)| e.words.len())
        {
            return Some((*t, back));
        }
    }
    None
}

/// The quantity facts of unit `ui` (story content), appended to `out`; `in_date[i]` marks the
/// tokens that are part of a date, and `earlier` says the unit places itself at an earlier event.
#[allow(clippy::too_many_arguments)] // one unit's text, tokens and what facts already read of it
pub fn read_unit(
    text: &str,
    ui: usize,
    u: &Unit,
    ts: &[Token],
    in_date: &[bool],
    earlier: bool,
    lang: Lang,
    out: &mut Vec<Quantity>,
) {
    let lx = lexicon(lang);
    // A sentence about an earlier event (`earlier`: "last year two devotees were injured") counts
    // that event's people: a part of nothing the story counts, never its toll.
    // Where the sentence first names a place, read once per unit (and way of reading): a 10 MB
    // line holds a million numbers.
    let mut place_memo: [Option<Option<usize>>; 2] = [None, None];
    let first = out.len();
    for (i, t) in ts.iter().enumerate() {
        let (value, weak) = match &t.num {
            Some(n) if n.time || n.ordinal || in_date[i] => continue,
            Some(n) => (n.value, false),
            // "One person has been rescued": a weak number word counts right before whom it counts.
            None => match lx.weak.iter().find(|(w, _)| **w == *t.fold) {
                Some(&(_, v)) if weak_counts(ts, i, lx) => (v, true),
                _ => continue,
            },
        };
        let q = read(text, u, ts, i, lx, &mut place_memo);
        // A weak "one" that counts nobody in particular is an article: "एक यात्री विमान" is a
        // passenger plane, not one passenger aboard.
        let q = q.filter(|q| {
            !(weak
                && matches!(
                    q.slot,
                    Slot::Aboard | Slot::Passengers | Slot::Crew | Slot::People
                ))
        });
        if let Some(q) = q {
            out.push(Quantity {
                unit: ui,
                value,
                scoped: q.scoped || earlier,
                at_place: q.at_place || earlier,
                ..q
            });
        } else if let Some(prev) = out[first..]
            .last()
            .filter(|p| p.slot != Slot::Money && joined_to(text, ts, p.token, i))
        {
            // "has risen to six from four", "von 12 auf 15": a number joined to a count by a
            // preposition alone is another count of its slot (an earlier one, or the other end
            // of a range).
            let end = t.num.as_ref().map_or(t.end, |n| n.end.max(t.end));
            out.push(Quantity {
                token: i,
                start: t.start,
                end,
                value,
                qualifier: Qualifier::Exact,
                ..prev.clone()
            });
        }
    }
    if let Some(total) = aboard_total(&out[first..]) {
        out.push(total);
    }
}

/// Do only one or two function words, and no clause break, stand between numbers `j` and `i`?
fn joined_to(text: &str, ts: &[Token], j: usize, i: usize) -> bool {
    let between = &ts[j + 1..i];
    !between.is_empty()
        && between.len() <= 2
        && between.iter().all(|t| t.stop && t.num.is_none())
        && !text[ts[j].end..ts[i].start].contains(is_break)
}

/// "90 passengers and 8 crew": a sentence that gives the passengers and the crew, each once and
/// whole, and no count of everyone on board, tells that count too (98), spanning both numbers.
fn aboard_total(qs: &[Quantity]) -> Option<Quantity> {
    let only = |slot: Slot| {
        let mut it = qs.iter().filter(|q| q.slot == slot);
        let q = it.next()?;
        (it.next().is_none() && q.qualifier == Qualifier::Exact && !q.scoped).then_some(q)
    };
    if qs.iter().any(|q| q.slot == Slot::Aboard) {
        return None;
    }
    let (p, c) = (only(Slot::Passengers)?, only(Slot::Crew)?);
    Some(Quantity {
        start: p.start.min(c.start),
        end: p.end.max(c.end),
        value: p.value + c.value,
        slot: Slot::Aboard,
        ..p.clone()
    })
}

/// Is the weak number word at `i` followed at once by whom or what it counts?
fn weak_counts(ts: &[Token], i: usize, lx: &Lexicon) -> bool {
    let Some(next) = ts.get(i + 1) else {
        return false;
    };
    let w = [next.fold.to_string()];
    lx.who
        .iter()
        .chain(&lx.events)
        .any(|(_, e)| e.matches(&w, 0, false))
}

/// Currency signs written next to an amount.
const CURRENCY_SIGNS: [char; 8] = ['$', '€', '£', '₹', '¥', '৳', '₺', '₽'];

/// The clause around number `i` of a unit: from the last break (or number) before it to the next.
fn clause(text: &str, u: &Unit, ts: &[Token], i: usize) -> (usize, usize) {
    let t = &ts[i];
    let end_n = t.num.as_ref().map_or(t.end, |n| n.end.max(t.end));
    let prev_num = ts[..i]
        .iter()
        .rev()
        .find(|x| x.num.is_some())
        .map_or(u.start, |x| {
            x.num.as_ref().map_or(x.end, |n| n.end.max(x.end))
        });
    let next_num = ts[i + 1..]
        .iter()
        .find(|x| x.num.is_some() && x.start >= end_n)
        .map_or(u.end, |x| x.start);
    let before = &text[prev_num.min(t.start)..t.start];
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_break(c))
        .map_or(prev_num.min(t.start), |(k, c)| {
            prev_num.min(t.start) + k + c.len_utf8()
        });
    let after = &text[end_n..next_num.max(end_n)];
    let end = after
        .char_indices()
        .find(|&(k, c)| {
            // A decimal point or a thousands separator inside a number is no break.
            is_break(c) && !(c == '.' && after[k + 1..].starts_with(|d: char| d.is_ascii_digit()))
        })
        .map_or(next_num.max(end_n), |(k, _)| end_n + k);
    (start, end)
}

/// The letters written onto a number after its digits ("૫૦થી", "५०हून", "৫০টিরও"), folded: the
/// first word of a qualifier that follows ("૫૦થી વધુ" is "50 થી વધુ", more than 50).
fn glued_ending(text: &str, t: &Token, end_n: usize) -> Option<String> {
    let s = &text[t.start..end_n];
    let (k, d) = s
        .char_indices()
        .rfind(|&(_, c)| crate::normalize::digit_value(c).is_some())?;
    let rest = &s[k + d.len_utf8()..];
    (rest.chars().any(char::is_alphabetic)
        && rest
            .chars()
            .all(|c| c.is_alphanumeric() || crate::normalize::is_combining(c)))
    .then(|| fold(rest))
}

/// A qualifier right before the number ("at least 20") or right after it ("100 से ज्यादा"), the
/// ending written onto the number read as its first word ("૫૦થી વધુ"); else a number told roughly
/// ("hundreds") is about that much.
fn qualifier(
    lx: &Lexicon,
    before: &[String],
    after: &[String],
    glued: Option<String>,
    cjk: bool,
    approx: bool,
) -> Qualifier {
    let with_ending: Vec<String>;
    let (after, reach) = match glued.filter(|_| !cjk) {
        Some(g) => {
            with_ending = std::iter::once(g).chain(after.iter().cloned()).collect();
            (&with_ending[..], 3)
        }
        None => (after, 2),
    };
    // Languages that put the noun before its number put the qualifier before both: "angalau
    // abiria 60" (at least 60 passengers). (The qualifier is looked for first: most numbers have
    // none, and the nouns are many.)
    let noun_first = || {
        let (w, rest) = before.split_last()?;
        let q = nearest_before(&lx.qualifiers, rest, 1, cjk).filter(|&(_, d)| d == 0)?;
        (!cjk
            && lx
                .who
                .iter()
                .any(|(_, e)| e.matches(std::slice::from_ref(w), 0, false)))
        .then_some(q)
    };
    nearest_before(&lx.qualifiers, before, 1, cjk)
        .filter(|&(_, d)| d == 0)
        .or_else(noun_first)
        .or_else(|| nearest(&lx.qualifiers, after, reach, cjk))
        .map_or(
            if approx {
                Qualifier::About
            } else {
                Qualifier::Exact
            },
            |(q, _)| q,
        )
}

/// How number `i` of a unit is qualified, whatever it counts: "unas 2.000 personas", "près de
/// 1 000 hectares" and "около 30 000 бегунов" allow other values near them.
pub fn qualifier_at(text: &str, u: &Unit, ts: &[Token], i: usize, lang: Lang) -> Qualifier {
    let t = &ts[i];
    let end_n = t.num.as_ref().map_or(t.end, |n| n.end.max(t.end));
    let approx = t.num.as_ref().is_some_and(|n| n.approx);
    let (cs, ce) = clause(text, u, ts, i);
    let (before_s, after_s) = (&text[cs..t.start], &text[end_n..ce]);
    let cjk = unspaced(before_s) || unspaced(after_s) || unspaced(&text[t.start..end_n]);
    let wb = words_of(before_s);
    let before = match cjk {
        true => &wb[..],
        false => &wb[wb.len().saturating_sub(4)..],
    };
    let glued = glued_ending(text, t, end_n);
    qualifier(
        lexicon(lang),
        before,
        &words_of(after_s),
        glued,
        cjk,
        approx,
    )
}

/// Is number `i` of a unit an age, a span of years or the rescuers ("a 9-year-old", "in his
/// 50s", "70代", "84 und 91 Jahren", "aged 84 and 91", "200 rescuers")? Then it counts nobody the
/// story's slots compare. `wa`: the words of its clause after it.
#[allow(clippy::too_many_arguments)]
fn uncounted(
    text: &str,
    t: &Token,
    end_n: usize,
    ts: &[Token],
    i: usize,
    wa: &[String],
    lx: &Lexicon,
    cjk: bool,
) -> bool {
    // Only in digits: "dos", "tres", "seis", "três", "trois", "sebelas" are counts that end in s.
    let written = &text[t.start..end_n];
    let decade = written.ends_with(['s', 'S'])
        && written.starts_with(|c: char| c.is_ascii_digit())
        && t.num.is_some();
    let age_after = |w: &[String]| nearest(&lx.uncounted, w, 1, cjk).is_some();
    // Listed ages, read on the tokens (a clause stops at the next number): "84 und 91 Jahren",
    // "aged 84 and 91".
    let word = |k: usize| ts.get(k).map(|t| t.fold.as_ref());
    let conj = |k: usize| word(k).is_some_and(|w| conjunctions().contains(w));
    let num = |k: usize| ts.get(k).is_some_and(|t| t.num.is_some());
    let listed =
        conj(i + 1) && num(i + 2) && word(i + 3).is_some_and(|w| age_after(&[w.to_string()]));
    let aged = |k: Option<usize>| k.and_then(word).is_some_and(|w| w == "aged");
    let aged_before =
        aged(i.checked_sub(1)) || (i >= 3 && num(i - 2) && conj(i - 1) && aged(Some(i - 3)));
    // A measure named before it: "magnitude 6.3", "de magnitude 6,3".
    let measure = |k: Option<usize>| {
        k.and_then(word)
            .is_some_and(|w| MEASURES.split_whitespace().any(|m| m == w))
    };
    let of = |k: Option<usize>| {
        k.and_then(word)
            .is_some_and(|w| matches!(w, "of" | "de" | "di" | "von"))
    };
    let measured = measure(i.checked_sub(1)) || (of(i.checked_sub(1)) && measure(i.checked_sub(2)));
    decade || age_after(wa) || listed || aged_before || measured
}

/// The span of time number `i` gives, in minutes, when a unit of time follows it ([`DURATIONS`]):
/// "48 घंटे" is 2,880, "ਦੋ ਦਿਨਾਂ" 2,880 too. `None` for a number that is no span.
pub fn span_minutes(text: &str, ts: &[Token], i: usize) -> Option<f64> {
    static UNITS: OnceLock<Map<String, f64>> = OnceLock::new();
    let units = UNITS.get_or_init(|| {
        let mut m = Map::default();
        for line in DURATIONS.lines() {
            let mut ws = line.split_whitespace();
            // Digits by hand: core's float parser costs the wasm twenty kilobytes.
            let Some(per) = ws.next().and_then(|w| {
                w.bytes().try_fold(0u32, |n, b| {
                    b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
                })
            }) else {
                continue;
            };
            let per = f64::from(per);
            for w in ws {
                m.insert(fold(w), per);
            }
        }
        m
    });
    let n = ts.get(i)?.num.as_ref()?;
    if n.time || n.ordinal {
        return None;
    }
    let end = n.end.max(ts[i].end);
    let after = text.get(end..)?.trim_start();
    // Chinese and Japanese write the unit onto the number ("3天", "48小时").
    let per = if unspaced(after.get(..after.chars().next()?.len_utf8())?) {
        let mut ends = after.char_indices().map(|(k, c)| k + c.len_utf8());
        let one = ends.next()?;
        [ends.next(), Some(one)]
            .into_iter()
            .flatten()
            .find_map(|e| units.get(&after[..e]).copied())
    } else {
        let next = ts.get(i + 1).filter(|t| t.start >= end)?;
        units.get(next.fold.as_ref()).copied()
    }?;
    Some(n.value * per)
}

/// [`uncounted`] for number `i` of unit `u`, read in `lang`: the number clashes with no other.
pub fn uncounted_at(text: &str, u: &Unit, ts: &[Token], i: usize, lang: Lang) -> bool {
    let t = &ts[i];
    let end_n = t.num.as_ref().map_or(t.end, |n| n.end.max(t.end));
    let (cs, ce) = clause(text, u, ts, i);
    let (before_s, after_s) = (&text[cs..t.start], &text[end_n..ce]);
    let cjk = unspaced(before_s) || unspaced(after_s) || unspaced(&text[t.start..end_n]);
    let wa = words_of(after_s);
    uncounted(text, t, end_n, ts, i, &wa, lexicon(lang), cjk)
}

/// Reads what number `i` of a unit counts. `None` when nothing says it counts people or events.
fn read(
    text: &str,
    u: &Unit,
    ts: &[Token],
    i: usize,
    lx: &Lexicon,
    place_memo: &mut [Option<Option<usize>>; 2],
) -> Option<Quantity> {
    let t = &ts[i];
    let end_n = t.num.as_ref().map_or(t.end, |n| n.end.max(t.end));
    let approx = t.num.as_ref().is_some_and(|n| n.approx);
    let (cs, ce) = clause(text, u, ts, i);
    let before_s = &text[cs..t.start];
    let after_s = &text[end_n..ce];
    let cjk = unspaced(before_s) || unspaced(after_s) || unspaced(&text[t.start..end_n]);
    let wa = words_of(after_s);
    if uncounted(text, t, end_n, ts, i, &wa, lx, cjk) {
        return None;
    }
    // In Chinese and Japanese the counter right after a number says what it counts: buildings,
    // vehicles, ships, cases ("住宅４０棟に被害　けが人１５人": the 40 are houses, not the injured).
    if cjk
        && after_s
            .trim_start()
            .starts_with(|c: char| THING_COUNTERS.contains(c))
    {
        return None;
    }
    let mut wb = words_of(before_s);
    // The words right before the number, for its qualifier ("en fazla 12": "en" is Dutch for
    // "and", but no conjunction splits a qualifier from its number). Unspaced scripts keep them all
    // (their "words" are characters).
    let qualifier_words = match cjk {
        true => wb.clone(),
        false => wb[wb.len().saturating_sub(4)..].to_vec(),
    };
    // Nothing is read back across "and": in "killed 5 and injured 20", 20 counts the injured.
    if !cjk {
        if let Some(k) = wb.iter().rposition(|w| conjunctions().contains(w)) {
            wb.drain(..=k);
        }
    }
    let (la, lb) = if cjk {
        (AFTER_CJK, BEFORE_CJK)
    } else {
        (AFTER, BEFORE)
    };
    // Words of what happened; words of who is counted are a fallback. A number followed at once
    // by a noun that is neither says how big that noun is ("a 12-storey hotel", "12 katlı otel"):
    // then only a slot word close after it counts ("33 دہشت گرد ہلاک").
    let la = match wa.first() {
        Some(w)
            if !cjk
                && !crate::normalize::is_stopword(w)
                && !lx
                    .who
                    .iter()
                    .chain(&lx.events)
                    .any(|(_, e)| e.matches(&wa, 0, false))
                // "17 ਤੋਂ ਵੱਧ ਲੋਕਾਂ ਦੀ ਮੌਤ": "more than" told after the number is no noun.
                && !lx.qualifiers.iter().any(|(_, e)| e.matches(&wa, 0, false)) =>
        {
            la.min(4)
        }
        // Followed at once by whom it counts, the number opens the clause's subject: what
        // happened to them may come after a long noun phrase ("Trente-huit élèves d'une école
        // primaire de Lille ont été hospitalisés").
        Some(_)
            if !cjk
                && lx
                    .who
                    .iter()
                    .any(|(s, e)| *s == Slot::People && e.matches(&wa, 0, false)) =>
        {
            la.max(SUBJECT_AFTER)
        }
        _ => la,
    };
    let mut after = nearest(&lx.events, &wa, la, cjk);
    let mut before = nearest_before(&lx.events, &wb, lb, cjk);
    // What happened before the number, and after it only past "and": the words before tell it
    // ("killing at least 14 people and injuring more than 120": the 14 are the dead).
    if !cjk && before.is_some() {
        let conj = wa.iter().position(|w| conjunctions().contains(w));
        if after.is_some_and(|(_, d)| conj.is_some_and(|k| k < d)) {
            after = None;
        }
    }
    // A number that ends its clause takes the slot of the clause ("the number of people killed …
    // has risen to 27").
    // In Chinese and Japanese the number is followed by its classifier or whom it counts ("已攀升
    // 至55人。"): that tail is empty too.
    // Elsewhere a tail of whom it counts alone is empty as well ("… bertambah menjadi 129 orang.",
    // "… has risen to 27 people.").
    let tail_empty = tail_is_empty(&wa)
        || (cjk
            && wa.len() <= 2
            && nearest(&lx.who, &wa, 1, cjk).is_some_and(|(_, d)| d == 0)
            && wa.concat().chars().count() == wa.len())
        || (!cjk
            && nearest(&lx.who, &wa, 1, cjk).is_some_and(|(_, d)| d == 0)
            && tail_is_empty(&wa[1..]));
    if after.is_none() && before.is_none() && tail_empty {
        before = nearest_before(&lx.events, &wb, wb.len(), cjk);
    }
    let degree_after = nearest(&lx.degrees, &wa, la, cjk);
    let degree_before = nearest_before(&lx.degrees, &wb, lb, cjk);
    let degree = degree_after.or(degree_before).map(|(d, _)| d);
    // A currency named right next to the number, or its sign ("10 लाख रुपये", "Rs 5 lakh", "$5").
    let money = nearest(&lx.money, &wa, 1, cjk).is_some_and(|(_, d)| d == 0)
        || nearest_before(&lx.money, &wb, 1, cjk).is_some_and(|(_, d)| d == 0)
        || before_s.trim_end().ends_with(CURRENCY_SIGNS)
        || after_s.trim_start().starts_with(CURRENCY_SIGNS);
    // Chinese and Japanese tell what happened right after the counter: "３人死亡 ２６人けが", the 26
    // are the injured, whatever the headline's previous count says.
    let before = match after {
        Some((_, da)) if cjk && da <= 1 => None,
        _ => before,
    };
    let slot = match (after, before) {
        _ if money => Some(Slot::Money),
        (Some((s, da)), Some((b, db))) => Some(if db < da { b } else { s }),
        (Some((s, _)), None) | (None, Some((s, _))) => Some(s),
        (None, None) => {
            // A degree alone describes the injured ("15 人危殆"); passengers or people alone, a
            // head count.
            if degree.is_some() {
                Some(Slot::Injured)
            } else {
                let who = nearest(&lx.who, &wa, 2.max(la / 3), cjk)
                    .or_else(|| nearest_before(&lx.who, &wb, 1, cjk))
                    .map(|(s, _)| s);
                // In Chinese and Japanese the counter after the number (人) only says that people
                // are counted; who they are stands before it ("乗客367人").
                let who = match who {
                    Some(Slot::People) if cjk => nearest_before(&lx.who, &wb, CREW_NEAR_CJK, cjk)
                        .map(|(s, _)| s)
                        .filter(|&s| s != Slot::People)
                        .or(who),
                    w => w,
                };
                // The crew named right by the number ("8 crew", "चालक दल के 8 सदस्य", "機組人員12人");
                // in Chinese and Japanese only before it, as whom a count counts always is.
                let crew = if cjk {
                    nearest_before(&lx.crew, &wb, CREW_NEAR_CJK, cjk)
                } else {
                    nearest(&lx.crew, &wa, CREW_NEAR, cjk)
                        .or_else(|| nearest_before(&lx.crew, &wb, CREW_NEAR, cjk))
                };
                match who {
                    _ if crew.is_some() => Some(Slot::Crew),
                    // People said to be on board ("99 लोग सवार थे", "98 people on board") are
                    // everyone aboard.
                    Some(Slot::People) if nearest(&lx.on_board, &wa, la, cjk).is_some() => {
                        Some(Slot::Aboard)
                    }
                    w => w,
                }
            }
        }
    }?;
    // A place told before the number, or in its own clause, is where it was counted ("at the
    // clinic, 54 were admitted, nine of them …"); a place in a later clause is another count's
    // ("44 dead, including 4 who died in hospital").
    let at_place = place_memo[usize::from(cjk)]
        .get_or_insert_with(|| first_match(&lx.places, text, u.start, u.end, cjk))
        .is_some_and(|p| p < ce);
    let scoped = at_place
        || nearest(&lx.scopes, &wa, la, cjk).is_some()
        || nearest_before(&lx.scopes, &wb, lb + 2, cjk).is_some();
    let glued = glued_ending(text, t, end_n);
    let qualifier = qualifier(lx, &qualifier_words, &wa, glued, cjk, approx);
    Some(Quantity {
        unit: 0,
        token: i,
        start: t.start,
        end: end_n,
        value: t.num.as_ref().map_or(0.0, |n| n.value),
        qualifier,
        slot,
        degree: if slot == Slot::Injured { degree } else { None },
        scoped,
        at_place,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    type Read = (String, &'static str, Qualifier, bool, Option<&'static str>);

    fn read_all(text: &str) -> Vec<Read> {
        let u = segment(text);
        let t = crate::normalize::tokenize_text(text, &u);
        crate::facts::extract(text, &u, &t)
            .quantities
            .into_iter()
            .map(|q| {
                (
                    text[q.start..q.end].to_string(),
                    q.slot.as_str(),
                    q.qualifier,
                    q.scoped,
                    q.degree,
                )
            })
            .collect()
    }

    #[test]
    fn table() {
        use Qualifier::*;
        type Want<'s> = (&'s str, &'s str, Qualifier, bool, Option<&'s str>);
        let cases: &[(&str, &[Want])] = &[
            (
                "At least 23 people died and 64 were rescued on Friday.",
                &[("23", "dead", Min, false, None), ("64", "rescued", Exact, false, None)],
            ),
            (
                "Twenty-seven people were killed, 10 injured.",
                &[("Twenty-seven", "dead", Exact, false, None), ("10", "injured", Exact, false, None)],
            ),
            (
                "238 kişinin konakladığı otelde çıkan yangında 76 kişi yaşamını yitirdi, 51 kişi de yaralandı.",
                &[("238", "people", Exact, false, None), ("76", "dead", Exact, false, None), ("51", "injured", Exact, false, None)],
            ),
            ("yangında ölenlerin sayısı 76’ya yükseldi", &[("76", "dead", Exact, false, None)]),
            // What happened before the number, and after it only past "and": the 14 are the dead.
            (
                "The quake struck before dawn, killing at least 14 people and injuring more than 120.",
                &[("14", "dead", Min, false, None), ("120", "injured", Over, false, None)],
            ),
            // A magnitude is a measure, not a count; rescuers are no rescued.
            (
                "The magnitude 6.3 earthquake killed 31 people as rescuers reached the villages.",
                &[("31", "dead", Exact, false, None)],
            ),
            // "Whereas" (Urdu جبکہ) ends the clause a count's slot is read in.
            (
                "حادثے میں ۱۴ مسافر جاں بحق جبکہ ۵۰ سے زائد زخمی ہو گئے۔",
                &[("۱۴", "dead", Exact, false, None), ("۵۰", "injured", Over, false, None)],
            ),
            // "More than" in Tamil after the number, in any form; "at least" in Persian with its
            // zero-width non-joiner.
            ("20-க்கும் மேற்பட்டோர் காயமடைந்தனர்.", &[("20", "injured", Over, false, None)]),
            ("دست‌کم ۱۵ نفر دیگر مصدوم شدند.", &[("۱۵", "injured", Min, false, None)]),
            // "больше", the everyday "more than", beside the formal "более".
            ("найдено больше 20 погибших", &[("20", "dead", Over, false, None)]),
            (
                "मची भगदड़ में करीब 120 लोगों की मौत हो गई है।",
                &[("120", "dead", About, false, None)],
            ),
            // "बचे" / "बच गए", survived, as the English "survived" (not the noun "बच्चे", children).
            ("हादसे में तीन लोग बचे हैं", &[("तीन", "rescued", Exact, false, None)]),
            ("हादसे में 12 बच्चे घायल हुए", &[("12", "injured", Exact, false, None)]),
            // Number words that end in "s" are counts, not decades ("in his 50s").
            (
                "Las autoridades informaron de que tres personas murieron y seis resultaron heridas en el accidente del lunes.",
                &[("tres", "dead", Exact, false, None), ("seis", "injured", Exact, false, None)],
            ),
            (
                "Polisi mengatakan sebelas orang tewas dalam kecelakaan bus itu dan tiga belas orang lainnya terluka.",
                &[("sebelas", "dead", Exact, false, None), ("tiga belas", "injured", Exact, false, None)],
            ),
            ("The driver, a man in his 50s, was injured.", &[]),
            // Rescuers are not the rescued.
            (
                "More than 200 rescuers were deployed and 40 people were rescued alive.",
                &[("40", "rescued", Exact, false, None)],
            ),
            ("Около 150 спасателей работали на месте, спасены 12 человек.", &[("12", "rescued", Exact, false, None)]),
            // Ages and spans of years count nobody, listed ones too.
            (
                "Bei dem Brand starben zwei Frauen im Alter von 84 und 91 Jahren.",
                &[("zwei", "dead", Exact, false, None)],
            ),
            ("Two women aged 84 and 91 died in the fire.", &[("Two", "people", Exact, false, None)]),
            ("Погибли двое детей 7 лет, трое ранены.", &[("двое", "dead", Exact, false, None), ("трое", "injured", Exact, false, None)]),
            (
                "قالت الشرطة إن 17 أشخاص أصيبوا بجروح في حادث الحافلة الذي وقع يوم الاثنين على الطريق.",
                &[("17", "injured", Exact, false, None)],
            ),
            // Ukrainian, read with the Cyrillic lines: its words for the dead and for millions.
            (
                "Унаслідок обвалу загинули шестеро людей, ще 14 дістали травми.",
                &[("шестеро", "dead", Exact, false, None), ("14", "injured", Exact, false, None)],
            ),
            (
                "Фірма має сплатити рідним загиблих 9 мільйонів гривень відшкодування.",
                &[("9 мільйонів", "money", Exact, false, None)],
            ),
            // Every form of the verb, not only its participle: desalojar, desalojo, desalojadas.
            (
                "Un incendio forestal declarado el lunes por la tarde en el término municipal ha obligado a desalojar a unos 1.200 vecinos de cuatro localidades, según la Junta.",
                &[("1.200", "evacuated", About, false, None)],
            ),
            // Vowel marks do not hide a word: "قُتل" (were killed) is "قتل".
            (
                "قُتل اثنا عشر شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة في سوق شعبي ببغداد يوم الأحد.",
                &[("اثنا عشر", "dead", Exact, false, None), ("30", "injured", Exact, false, None)],
            ),
            (
                "أسفر انفجار سيارة مفخخة في سوق شعبي ببغداد يوم الاثنين عن مقتل 15 شخصا.",
                &[("15", "dead", Exact, false, None)],
            ),
            // "At least" of three words before the number, and "more than" after it.
            (
                "قالت الشرطة إن ما لا يقل عن 17 أشخاص لقوا حتفهم في حادث الحافلة الذي وقع يوم الاثنين.",
                &[("17", "dead", Min, false, None)],
            ),
            (
                "ਪੁਲਿਸ ਨੇ ਦੱਸਿਆ ਕਿ ਸੋਮਵਾਰ ਨੂੰ ਸ਼ਹਿਰ ਨੇੜੇ ਸੜਕ 'ਤੇ ਹੋਏ ਬੱਸ ਹਾਦਸੇ ਵਿੱਚ 17 ਤੋਂ ਵੱਧ ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।",
                &[("17", "dead", Over, false, None)],
            ),
            (
                "ਪੁਲਿਸ ਨੇ ਦੱਸਿਆ ਕਿ ਸੋਮਵਾਰ ਨੂੰ ਸ਼ਹਿਰ ਨੇੜੇ ਸੜਕ 'ਤੇ ਹੋਏ ਬੱਸ ਹਾਦਸੇ ਵਿੱਚ ਘੱਟੋ ਘੱਟ 17 ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।",
                &[("17", "dead", Min, false, None)],
            ),
            // The plain verbs "die" of Swahili (-kufa), Arabic ("met their death") and Dutch.
            ("Watu 120 wamekufa kwa mafuriko nchini Kenya.", &[("120", "dead", Exact, false, None)]),
            (
                "قالت الشرطة إن سبعة أشخاص لقوا حتفهم في حادث الحافلة الذي وقع يوم الاثنين على الطريق.",
                &[("سبعة", "dead", Exact, false, None)],
            ),
            (
                "Bij het busongeluk op maandag zijn veertien mensen om het leven gekomen, meldt de politie.",
                &[("veertien", "dead", Exact, false, None)],
            ),
            (
                "Al menos 30 personas murieron en el sismo de la región de Arequipa.",
                &[("30", "dead", Min, false, None)],
            ),
            (
                "Nell'attentato sono state uccise 12 persone.",
                &[("12", "dead", Exact, false, None)],
            ),
            (
                "已造成至少 55 人死亡、279人失蹤。",
                &[("55", "dead", Min, false, None), ("279", "missing", Exact, false, None)],
            ),
            (
                "200 Menschen wurden verletzt, 41 davon schwer.",
                &[("200", "injured", Exact, false, None), ("41", "injured", Exact, true, Some("serious"))],
            ),
            // Critical and serious are two degrees: two counts, not two claims of one.
            (
                "有13人依然命懸一線，28人傷勢嚴重",
                &[
                    ("13", "injured", Exact, false, Some("critical")),
                    ("28", "injured", Exact, false, Some("serious")),
                ],
            ),
            (
                "موضحًا أن عدد ضحايا العاصفة في درنة قارب على 3 آلاف شهيد",
                &[("3 آلاف", "dead", Exact, false, None)],
            ),
            (
                "Wie das Klinikum mitteilte, wurden dort 54 Verletzte aufgenommen.",
                &[("54", "injured", Exact, true, None)],
            ),
            // A clause that ends in the number and whom it counts takes the clause's slot.
            (
                "Jumlah kematian akibat banjir di kota itu kini bertambah menjadi 40 orang.",
                &[("40", "dead", Exact, false, None)],
            ),
            (
                "The number of deaths in the valley has now climbed to 31 people.",
                &[("31", "dead", Exact, false, None)],
            ),
            // Nepali "छ" is "is" far more often than "six": six only right before whom it counts.
            (
                "बस दुर्घटनामा छ जनाको मृत्यु भएको छ।",
                &[("छ", "dead", Exact, false, None)],
            ),
            ("दुर्घटनामा घाइते भएकाहरूको अवस्था गम्भीर छ।", &[]),
            // "एक" is also the article: "एक यात्री विमान" is a passenger plane, not one aboard.
            ("एक यात्री विमान हवाईअड्डे के पास दुर्घटनाग्रस्त हो गया", &[]),
            // An amount of money is money, whoever receives it.
            (
                "मृतकों के परिवारों को 10 लाख रुपये की सहायता दी जाएगी",
                &[("10 लाख", "money", Exact, false, None)],
            ),
            ("The state will pay Rs 5 lakh to each family.", &[("5 lakh", "money", Exact, false, None)]),
            ("The storm caused $40 million in damage.", &[("40 million", "money", Exact, false, None)]),
            // "Fewer than" is a bound from above, in every language (never a count to clash exactly).
            ("Погибли не менее 40 человек.", &[("40", "dead", Min, false, None)]),
            ("Пострадали менее 10 человек.", &[("10", "injured", Max, false, None)]),
            ("हादसे में 10 से कम लोग घायल हुए।", &[("10", "injured", Max, false, None)]),
            ("事故造成不到30人受傷。", &[("30", "injured", Max, false, None)]),
            ("Kazada en fazla 12 kişi yaralandı.", &[("12", "injured", Max, false, None)]),
            // Urdu's oblique plural (زخمیوں) is the injured as much as زخمی.
            ("واقعے میں 17 زخمیوں کو طبی امداد دی گئی", &[("17", "injured", Exact, false, None)]),
            ("The bridge is 200 metres long.", &[]),
            // The passengers and the crew one sentence gives add up to everyone on board.
            (
                "The plane carried 90 passengers and 8 crew.",
                &[
                    ("90", "passengers", Exact, false, None),
                    ("8", "crew", Exact, false, None),
                    ("90 passengers and 8", "aboard", Exact, false, None),
                ],
            ),
            (
                "इस विमान में 90 यात्री और चालक दल के 8 सदस्य सवार थे।",
                &[
                    ("90", "passengers", Exact, false, None),
                    ("8", "crew", Exact, false, None),
                    ("90 यात्री और चालक दल के 8", "aboard", Exact, false, None),
                ],
            ),
            (
                "乗客367人と乗員12人が乗っていました。",
                &[
                    ("367", "passengers", Exact, false, None),
                    ("12", "crew", Exact, false, None),
                    ("367人と乗員12", "aboard", Exact, false, None),
                ],
            ),
            // People said to be on board are everyone aboard; people alone, a head count.
            ("विमान में 99 लोग सवार थे", &[("99", "aboard", Exact, false, None)]),
            ("There were 98 people on board the plane.", &[("98", "aboard", Exact, false, None)]),
            // Telugu: the dead, the injured, "about".
            ("ఈ ప్రమాదంలో 8 మంది మృతి చెందారు", &[("8", "dead", Exact, false, None)]),
            ("సుమారు 27 మంది గాయపడ్డారు", &[("27", "injured", About, false, None)]),
            ("Some 300 people gathered in the square.", &[("300", "people", About, false, None)]),
            // A number joined to a count by a preposition alone is another count of its slot.
            (
                "The number of people killed in the bushfire has risen to six from four, police said.",
                &[("six", "dead", Exact, false, None), ("four", "dead", Exact, false, None)],
            ),
            // A German compound names the hospital: its count is a part.
            ("Allein die Uniklinik Köln behandelte 15 Verletzte.", &[("15", "injured", Exact, true, None)]),
            // A counter of things says the number counts no people.
            ("住宅４０棟に被害　けが人１５人", &[("１５", "injured", Exact, false, None)]),
            // Whom a number counts opens a long subject.
            (
                "Trente-huit élèves d'une école primaire de Lille ont été hospitalisés mardi.",
                &[("Trente-huit", "injured", Exact, false, None)],
            ),
            // "More than" after the number, its first word written onto it or apart.
            ("અકસ્માતમાં ૫૦થી વધુ લોકો ઘાયલ થયા", &[("૫૦થી", "injured", Over, false, None)]),
            ("અકસ્માતમાં ૫૦ થી વધુ લોકો ઘાયલ થયા", &[("૫૦", "injured", Over, false, None)]),
            (
                "पुण्याजवळ झालेल्या या अपघातात ५०हून अधिक प्रवासी जखमी झाले आहेत आणि पोलिसांनी तपास सुरू केला आहे.",
                &[("५०हून", "injured", Over, false, None)],
            ),
            (
                "पुण्याजवळ झालेल्या या अपघातात ५० पेक्षा अधिक प्रवासी जखमी झाले आहेत आणि पोलिसांनी तपास सुरू केला आहे.",
                &[("५०", "injured", Over, false, None)],
            ),
            (
                "बस दुर्घटनामा ५०भन्दा बढी यात्रु घाइते भएका छन् र प्रहरीले अनुसन्धान गरेको छ।",
                &[("५०भन्दा", "injured", Over, false, None)],
            ),
            ("দুর্ঘটনায় ৫০-এর বেশি মানুষ আহত হয়েছেন।", &[("৫০", "injured", Over, false, None)]),
            ("দুর্ঘটনায় ৫০টিরও বেশি মানুষ আহত হয়েছেন।", &[("৫০টিরও", "injured", Over, false, None)]),
            // Passengers alone (or a crew count qualified) add up to nothing.
            ("At least 90 passengers were on the bus.", &[("90", "passengers", Min, false, None)]),
            // Evacuated, rescued and arrested in languages that lacked them.
            ("أجلت السلطات 8000 شخص من السواحل بعد وصول الإعصار.", &[("8000", "evacuated", Exact, false, None)]),
            ("Policja ewakuowała mieszkańców, zatrzymano 3 osoby.", &[("3", "arrested", Exact, false, None)]),
            ("소방당국은 주민 120명을 대피시켰다.", &[("120명을", "evacuated", Exact, false, None)]),
            ("Lực lượng cứu hộ đã sơ tán 300 hộ dân.", &[("300", "evacuated", Exact, false, None)]),
        ];
        for (text, want) in cases {
            let got = read_all(text);
            let want: Vec<_> = want
                .iter()
                .map(|(s, slot, q, sc, d)| (s.to_string(), *slot, *q, *sc, *d))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn more_than_a_number_is_no_sure_conflict_with_a_larger_one() {
        // (a, b): "more than 50" allows 64.
        for (a, b) in [
            ("૫૦થી વધુ લોકો ઘાયલ થયા", "કુલ 64 લોકો ઘાયલ"),
            (
                "પાલનપુર નજીક બસ અકસ્માતમાં ૫૦થી વધુ લોકો ઘાયલ થયા છે.",
                "પાલનપુર નજીક બસ અકસ્માતમાં 64 લોકો ઘાયલ થયા છે.",
            ),
            (
                "पुण्याजवळ झालेल्या या बस अपघातात ५०हून अधिक प्रवासी जखमी झाले आहेत आणि पोलिसांनी तपास सुरू केला आहे.",
                "पुण्याजवळ झालेल्या या बस अपघातात ६४ प्रवासी जखमी झाले आहेत आणि पोलिसांनी तपास सुरू केला आहे.",
            ),
            (
                "बस दुर्घटनामा ५०भन्दा बढी यात्रु घाइते भएका छन् र प्रहरीले अनुसन्धान गरेको छ।",
                "बस दुर्घटनामा ६४ यात्रु घाइते भएका छन् र प्रहरीले अनुसन्धान गरेको छ।",
            ),
        ] {
            let r = crate::compare(a, b, &crate::Options::default());
            let sure: Vec<_> = r
                .links
                .iter()
                .flat_map(|l| &l.conflicts)
                .filter(|c| c.kind == "number")
                .collect();
            assert!(sure.is_empty(), "{a} / {b}: {sure:?}");
        }
    }
}

//! Finds the checkable facts of story content: numbers with what they count, dates and weekdays,
//! names, and quotes. Furniture, bylines and captions give no facts: a number in a related-stories box
//! belongs to another story.

use crate::lexicon::calendar::{DAY_WORDS, MONTH_NAMES};
use crate::lexicon::names::{
    LETTER_NAMES, NAME_ENDERS, NOT_NAMES, PLACES, PLACE_PHRASES, TITLES, TITLE_ENDINGS,
};
pub use crate::lexicon::{month, weekday};
pub mod quantity;

use crate::normalize::{fold, Token, Tokens};
use crate::report::FactKind;
use crate::segment::Unit;
use crate::Set;
#[cfg(test)] // the tests sort with it
use crate::SortExt;
pub use quantity::{qualifier_at, span_minutes, uncounted_at, Qualifier, Quantity, Slot};
use std::sync::OnceLock;

/// One fact as one side tells it.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub kind: FactKind,
    pub unit: usize,
    pub start: usize,
    pub end: usize,
    /// Normalized value (`17th`, `tuesday`, `10 nov`, `राजेश कुमार सिंह`).
    pub value: String,
}

/// Does this run of folded words (joined by spaces) name a place in Devanagari?
fn is_place(folded: &str) -> bool {
    static SET: OnceLock<Set<String>> = OnceLock::new();
    SET.get_or_init(|| {
        PLACES
            .split_whitespace()
            .chain(PLACE_PHRASES.split_whitespace())
            .map(|p| fold(&p.replace('_', " ")))
            .collect()
    })
    .contains(folded)
}

pub(crate) fn is_title(folded: &str) -> bool {
    static SET: OnceLock<Set<String>> = OnceLock::new();
    SET.get_or_init(|| crate::lexicon::entries(TITLES).map(fold).collect())
        .contains(folded)
        // Every ending is Latin and ends in r, n or t: most words are settled by their last byte.
        || (folded.len() > 7
            && folded.ends_with(['r', 'n', 't'])
            && TITLE_ENDINGS
                .split_whitespace()
                .any(|e| folded.len() > e.len() && folded.ends_with(e)))
}

/// Does this folded word end a name read after a title ([`NAME_ENDERS`])?
pub(crate) fn ends_name(folded: &str) -> bool {
    static SET: OnceLock<Set<String>> = OnceLock::new();
    SET.get_or_init(|| NAME_ENDERS.split_whitespace().map(fold).collect())
        .contains(folded)
}

/// The years a unit names: numbers of four digits from 1900 to 2100 ("2018", "२०२२") and the
/// years of dates in digits ("13.08.2025"), not counts written with a separator ("2,018") or
/// times.
pub(crate) fn years(ts: &[Token]) -> Vec<i32> {
    // Digits by hand: core's integer and float parsers cost the wasm a kilobyte and more.
    let year = |p: &str| -> Option<i32> {
        let y = p.bytes().try_fold(0i32, |v, b| {
            b.is_ascii_digit().then(|| v * 10 + i32::from(b - b'0'))
        })?;
        (p.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
    };
    ts.iter()
        .filter_map(|t| {
            let f = t.fold.as_ref();
            if crate::segment::is_numeric_date(f) {
                // "13.08.2025", "2025-08-13": the part of four digits.
                f.split(['.', '/', '-']).find_map(year)
            } else if f.chars().take_while(|c| c.is_numeric()).count() == 4
                && f.chars().skip(4).all(char::is_alphabetic)
            {
                // "2018", "२०१८", "2019లో" (a case ending glued on): the value the number reader
                // gave.
                let n = t.num.as_ref().filter(|n| !n.time && !n.ordinal)?;
                (1900.0..=2100.0)
                    .contains(&n.value)
                    .then_some(n.value as i32)
            } else {
                None
            }
        })
        .collect()
}

/// Whether a unit's text places it at an earlier event in words ("last year", "지난해", 40
/// languages: the lexicon's `EARLIER`).
pub(crate) fn told_of_earlier_event(text: &str) -> bool {
    let f = fold(text);
    crate::lexicon::entries(crate::lexicon::quantities::EARLIER).any(|p| f.contains(p))
}

/// The story's year: the latest either side names outside its furniture (a dateline's, or the
/// story's own).
pub(crate) fn story_year(a: &Facts, b: &Facts) -> Option<i32> {
    a.latest_year.max(b.latest_year)
}

/// Whether a unit naming `ys` is set in an earlier year than `story_year` and not in it: "In
/// September 2018 more than 220 people died when …", in a story of 2021.
pub(crate) fn set_earlier(ys: &[i32], story_year: Option<i32>) -> bool {
    story_year.is_some_and(|y| ys.iter().any(|&x| x < y) && !ys.contains(&y))
}

/// The facts of one side: numbers, dates, names and quotes as found, and the numbers that count
/// something, with what they count.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    pub found: Vec<Found>,
    pub quantities: Vec<Quantity>,
    /// Each unit's years ([`years`]), furniture's too.
    pub years: Vec<Vec<i32>>,
    /// The latest year the side names outside its furniture.
    pub latest_year: Option<i32>,
    /// Each story unit with a number that places it at an earlier event in words ("last year":
    /// [`told_of_earlier_event`]).
    pub earlier_event: Vec<bool>,
}

/// Where the facts of a unit already read sit in the output (see [`extract`]).
struct Read {
    /// The unit's start in the text.
    start: usize,
    found: std::ops::Range<usize>,
    quantities: std::ops::Range<usize>,
    earlier_event: bool,
}

/// The facts of one side's story units (read in the side's language, for the quantity words).
pub fn extract(text: &str, units: &[Unit], toks: &Tokens) -> Facts {
    let lang = toks.lang;
    let mut out: Vec<Found> = Vec::new();
    let mut quantities: Vec<Quantity> = Vec::new();
    // German capitalizes every noun: there a capital is no sign of a name (the language says so, or,
    // for a text of unknown language, one word in three after the first capitalized).
    let nouns_capitalized = match toks.lang {
        crate::normalize::Lang::De => true,
        crate::normalize::Lang::Other => capitalizes_nouns(text, units, toks),
        _ => false,
    };
    // A unit's facts depend on its own text alone, so a sentence told again (a repeated lede, a
    // template line, a hostile paste of one sentence a million times) copies its first reading.
    // Only units with a number are remembered: reading what a number counts is the costly part.
    let mut read: crate::Map<&str, Read> = crate::Map::default();
    let mut earlier_event = vec![false; units.len()];
    for (ui, (u, ts)) in units.iter().zip(toks.iter()).enumerate() {
        if !u.kind.is_content() {
            continue;
        }
        let own = &text[u.start..u.end];
        let has_number = ts.iter().any(|t| t.num.is_some());
        if let Some(r) = read.get(own).filter(|_| has_number) {
            earlier_event[ui] = r.earlier_event;
            let d = u.start - r.start;
            for k in r.found.clone() {
                let f = &out[k];
                let f = found(f.kind, ui, f.start + d, f.end + d, f.value.clone());
                out.push(f);
            }
            for k in r.quantities.clone() {
                let q = &quantities[k];
                let (start, end) = (q.start + d, q.end + d);
                quantities.push(Quantity {
                    unit: ui,
                    start,
                    end,
                    ..q.clone()
                });
            }
            continue;
        }
        let (f0, q0) = (out.len(), quantities.len());
        let mut in_date = vec![false; ts.len()];
        dates(text, ui, ts, &mut in_date, &mut out);
        numbers(ui, ts, &in_date, &mut out);
        names(text, ui, ts, nouns_capitalized, &mut out);
        quotes(text, ui, u, &mut out);
        earlier_event[ui] = has_number && told_of_earlier_event(own);
        let earlier = earlier_event[ui];
        quantity::read_unit(text, ui, u, ts, &in_date, earlier, lang, &mut quantities);
        if has_number {
            read.entry(own).or_insert(Read {
                start: u.start,
                found: f0..out.len(),
                quantities: q0..quantities.len(),
                earlier_event: earlier,
            });
        }
    }
    quotes_across_units(text, units, &mut out);
    let years: Vec<Vec<i32>> = toks.iter().map(|ts| years(ts)).collect();
    let latest_year = units
        .iter()
        .zip(&years)
        .filter(|(u, _)| u.kind != crate::report::Kind::Boilerplate)
        .flat_map(|(_, ys)| ys.iter().copied())
        .max();
    Facts {
        found: out,
        quantities,
        years,
        latest_year,
        earlier_event,
    }
}

fn dates(text: &str, ui: usize, ts: &[Token], in_date: &mut [bool], out: &mut Vec<Found>) {
    for (i, t) in ts.iter().enumerate() {
        // Chinese, Japanese and Korean dates: "5月8日", "5월 8일".
        if let Some((j, value, end)) = cjk_date(text, ts, i) {
            out.push(found(FactKind::Date, ui, t.start, end, value));
            in_date[i] = true;
            in_date[j] = true;
            continue;
        }
        if let Some(d) = weekday(&t.fold) {
            out.push(found(FactKind::Date, ui, t.start, t.end, d.to_string()));
            in_date[i] = true;
            continue;
        }
        // A weekday written as two words joined by a hyphen ("terça-feira"), or its name apart
        // from its day word ("வெள்ளிக் கிழமை").
        if let Some((d, n)) =
            ts.get(i + 1)
                .filter(|n| n.start == t.end + 1)
                .and_then(|n| match text.as_bytes().get(t.end) {
                    Some(b'-') => Some((weekday(&format!("{}-{}", t.fold, n.fold))?, n)),
                    Some(b' ') if DAY_WORDS.iter().any(|w| n.fold.starts_with(w)) => {
                        Some((weekday(&format!("{}{}", t.fold, n.fold))?, n))
                    }
                    _ => None,
                })
        {
            out.push(found(FactKind::Date, ui, t.start, n.end, d.to_string()));
            in_date[i] = true;
            in_date[i + 1] = true;
            continue;
        }
        let Some(m) = month(&t.fold) else { continue };
        // "10 नवंबर", "Nov. 5", "5 de noviembre", with an optional year after.
        let day_before = i.checked_sub(1).filter(|&j| is_day(&ts[j])).or_else(|| {
            i.checked_sub(2)
                .filter(|&j| is_day(&ts[j]) && matches!(ts[j + 1].fold.as_ref(), "de" | "of"))
        });
        let day_after = (i + 1 < ts.len() && is_day(&ts[i + 1])).then_some(i + 1);
        let day = day_before.or(day_after);
        // "May" alone is a verb as often as a month: only dates with a day or a year count.
        let year_at = [day.map_or(i + 1, |d| d.max(i) + 1), i + 1]
            .into_iter()
            .find(|&j| j < ts.len() && is_year(&ts[j]))
            .or_else(|| {
                (i + 2 < ts.len()
                    && matches!(ts[i + 1].fold.as_ref(), "de" | "of")
                    && is_year(&ts[i + 2]))
                .then_some(i + 2)
            });
        if day.is_none() && year_at.is_none() {
            continue;
        }
        let mut start = ts[i].start;
        let mut end = ts[i].end;
        let mut value = String::new();
        if let Some(d) = day {
            start = start.min(ts[d].start);
            end = end.max(ts[d].end);
            in_date[d] = true;
            value.push_str(&format!(
                "{} ",
                ts[d].num.as_ref().map_or(0.0, |n| n.value) as i64
            ));
        }
        value.push_str(MONTH_NAMES[(m - 1) as usize]);
        if let Some(y) = year_at {
            end = end.max(ts[y].end);
            in_date[y] = true;
            value.push_str(&format!(
                " {}",
                ts[y].num.as_ref().map_or(0.0, |n| n.value) as i64
            ));
        }
        in_date[i] = true;
        out.push(found(FactKind::Date, ui, start, end, value));
    }
}

/// A month number with its sign (月, 월) at token `i` and a day number with its sign (日, 号, 일)
/// after it ("5月8日", "5월 8일"): the day's token, the date ("8 may") and where it ends.
fn cjk_date(text: &str, ts: &[Token], i: usize) -> Option<(usize, String, usize)> {
    let t = &ts[i];
    t.num.as_ref()?;
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let s = text.get(t.start..)?;
    let (month, rest) = s.split_at(digits(s));
    let m: usize = month.parse().ok().filter(|m| (1..=12).contains(m))?;
    let rest = rest.strip_prefix(['月', '월'])?;
    let day_s = rest.trim_start();
    let d_len = digits(day_s);
    let d: u32 = day_s[..d_len]
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    let after = day_s[d_len..].strip_prefix(['日', '号', '號', '일'])?;
    let day_at = text.len() - day_s.len();
    let j = (i..ts.len().min(i + 4))
        .find(|&j| ts[j].start <= day_at && day_at < ts[j].end.max(ts[j].start + 1))?;
    Some((
        j,
        format!("{d} {}", MONTH_NAMES[m - 1]),
        text.len() - after.len(),
    ))
}

fn is_day(t: &Token) -> bool {
    t.num
        .as_ref()
        .is_some_and(|n| n.value.fract() == 0.0 && (1.0..=31.0).contains(&n.value))
}

fn is_year(t: &Token) -> bool {
    t.num.as_ref().is_some_and(|n| {
        !n.ordinal && n.value.fract() == 0.0 && (1900.0..=2100.0).contains(&n.value)
    })
}

fn numbers(ui: usize, ts: &[Token], in_date: &[bool], out: &mut Vec<Found>) {
    for (i, t) in ts.iter().enumerate() {
        let Some(n) = &t.num else { continue };
        if in_date[i] {
            continue;
        }
        // A time of day is a date fact, never a count.
        let kind = if n.time {
            FactKind::Date
        } else {
            FactKind::Number
        };
        // "in her 40s" is an age band, not forty: the decade keeps its "s" and meets no count.
        let mut value = n.canonical();
        let f = t.fold.trim_end_matches('\'');
        if !n.time && f.ends_with('s') && f[..f.len() - 1].ends_with(|c: char| c.is_ascii_digit()) {
            value.push('s');
        }
        out.push(found(kind, ui, t.start, n.end.max(t.end), value));
    }
}

/// German capitalizes every noun: there a capital is no sign of a name. English news capitalizes about
/// one word in eight after the first; German, one in three.
fn capitalizes_nouns(text: &str, units: &[Unit], toks: &[Vec<Token>]) -> bool {
    let (mut caps, mut all) = (0usize, 0usize);
    for (u, ts) in units.iter().zip(toks) {
        if !u.kind.is_content() || u.line {
            continue;
        }
        for t in ts
            .iter()
            .skip(1)
            .filter(|t| t.num.is_none() && is_latin(&t.fold))
        {
            all += 1;
            caps += usize::from(is_cap(text, t));
        }
    }
    all >= 20 && caps * 4 > all
}

fn names(text: &str, ui: usize, ts: &[Token], nouns_capitalized: bool, out: &mut Vec<Found>) {
    // A line in title case ("Korban Tragedi Kanjuruhan Usai Laga Arema") capitalizes every word:
    // its capitals mark no name, only its acronyms do.
    let words = ts.iter().filter(|t| {
        t.num.is_none() && is_latin(&t.fold) && t.fold.chars().any(char::is_alphabetic)
    });
    let (all, caps) = words.fold((0, 0), |(n, c), t| {
        (n + 1, c + usize::from(is_cap(text, t)))
    });
    let title_case = all >= 4 && caps * 5 >= all * 4;
    let mut i = 0;
    while i < ts.len() {
        let t = &ts[i];
        // After a title word: the following words up to a function word are the name.
        if is_title(t.fold.trim_end_matches('.')) {
            let mut j = i + 1;
            while j < ts.len() && is_title(&ts[j].fold) {
                j += 1;
            }
            let s = j;
            // In a script with capitals, a name after a title is capitalized ("Governor Elena
            // Marsh", not "Governor declares state").
            // Four words at most, three in a script without capitals, where nothing marks where
            // the name ends ("गोविंद सिंह राठौड़ दूसरे स्थान पर": second place).
            let most = if is_latin(&t.fold) { 4 } else { 3 };
            while j < ts.len()
                && j - s < most
                && !ts[j].stop
                && !ends_name(&ts[j].fold)
                && !crate::lexicon::is_speech_verb(&ts[j].fold)
                && ts[j].num.is_none()
                && !is_title(&ts[j].fold)
                && same_phrase(text, &ts[j - 1], &ts[j])
                && (!is_latin(&ts[j].fold) || is_cap(text, &ts[j]))
            {
                j += 1;
            }
            if j > s && (j - s >= 2 || !is_latin(&ts[s].fold)) {
                push_name(text, ui, &ts[s..j], out);
                i = j;
                continue;
            }
        }
        // A place in Devanagari: the longest run of up to three words that the gazetteer names.
        // (No place starts with a function word: skipping them spares most tokens the lookup.)
        if !t.stop
            && t.fold
                .starts_with(|c: char| ('\u{0900}'..='\u{097F}').contains(&c))
        {
            let mut phrase = String::new();
            let mut hit = 0;
            for j in i..(i + 3).min(ts.len()) {
                if j > i {
                    if !same_phrase(text, &ts[j - 1], &ts[j]) {
                        break;
                    }
                    phrase.push(' ');
                }
                phrase.push_str(&ts[j].fold);
                if is_place(&phrase) {
                    hit = j + 1;
                }
            }
            if hit > 0 {
                push_name(text, ui, &ts[i..hit], out);
                i = hit;
                continue;
            }
        }
        if t.num.is_none() && !t.stop && is_devanagari_acronym(&t.fold) {
            push_name(text, ui, &ts[i..i + 1], out);
            i += 1;
            continue;
        }
        // Latin script: a run of capitalized words (or an acronym), not just a capital that starts the sentence.
        if is_cap(text, t)
            && !NOT_NAMES.contains(&t.fold.as_ref())
            && weekday(&t.fold).is_none()
            && month(&t.fold).is_none()
        {
            let mut j = i + 1;
            while j < ts.len()
                && is_cap(text, &ts[j])
                && same_phrase(text, &ts[j - 1], &ts[j])
                && weekday(&ts[j].fold).is_none()
            {
                j += 1;
            }
            let acronym = is_acronym(&text[t.start..t.end]);
            let sentence_start = i == 0 || text[..t.start].trim_end().ends_with(['"', '“', ':']);
            if title_case {
                if is_acronym(&text[t.start..t.end]) {
                    push_name(text, ui, &ts[i..i + 1], out);
                }
                i += 1;
                continue;
            }
            if acronym || (!nouns_capitalized && !title_case && (j - i >= 2 || !sentence_start)) {
                push_name(text, ui, &ts[i..j], out);
            }
            i = j;
            continue;
        }
        i += 1;
    }
}

/// A Devanagari word spelled out of English letter names (two or more): an acronym.
fn is_devanagari_acronym(folded: &str) -> bool {
    fn parse(s: &str, n: usize) -> bool {
        if s.is_empty() {
            return n >= 2;
        }
        LETTER_NAMES
            .iter()
            .any(|l| s.strip_prefix(l).is_some_and(|rest| parse(rest, n + 1)))
    }
    folded.len() <= 60
        && folded.starts_with(|c: char| ('\u{0900}'..='\u{097F}').contains(&c))
        && parse(folded, 0)
}

fn is_latin(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c))
}

fn is_cap(text: &str, t: &Token) -> bool {
    t.num.is_none()
        && text[t.start..t.end]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
}

fn is_acronym(s: &str) -> bool {
    s.chars().count() >= 2
        && s.chars().all(|c| c.is_uppercase() || c == '.')
        && s.chars().any(char::is_alphabetic)
}

/// Two words belong to one name only if nothing but a space or a hyphen separates them.
fn same_phrase(text: &str, a: &Token, b: &Token) -> bool {
    let gap = &text[a.end.min(b.start)..b.start];
    gap.chars().count() <= 2 && gap.chars().all(|c| c == ' ' || c == '-' || c == '\u{00A0}')
}

fn push_name(text: &str, ui: usize, ts: &[Token], out: &mut Vec<Found>) {
    let (s, e) = (ts[0].start, ts[ts.len() - 1].end);
    let value = fold(&text[s..e]);
    out.push(found(FactKind::Name, ui, s, e, value));
}

fn quotes(text: &str, ui: usize, u: &Unit, out: &mut Vec<Found>) {
    let s = &text[u.start..u.end];
    // Single curly quotes too (British and Nepali news: "‘जीपमा क्षमताभन्दा धेरै …’"); an
    // apostrophe inside ("don’t") ends such a quotation early, and three words are still needed.
    let pairs = [
        ('“', '”'),
        ('"', '"'),
        ('«', '»'),
        ('„', '“'),
        ('「', '」'),
        ('‘', '’'),
    ];
    for (open, close) in pairs {
        let mut from = 0;
        while let Some(o) = s[from..].find(open) {
            let qs = from + o + open.len_utf8();
            let Some(c) = s[qs..].find(close) else { break };
            let qe = qs + c;
            let inner = &s[qs..qe];
            if inner.split_whitespace().count() >= 3 {
                out.push(found(
                    FactKind::Quote,
                    ui,
                    u.start + qs,
                    u.start + qe,
                    fold(inner.trim()),
                ));
            }
            from = qe + close.len_utf8();
        }
    }
}

/// How many units after the one it opens in a quotation may close in, within its paragraph.
const QUOTE_UNITS: usize = 3;

/// Quotations of several sentences ("«Эвакуация прошла организованно. Сейчас главное — …», —
/// заявил …"): opened in one unit and closed in one of the next [`QUOTE_UNITS`] of its paragraph,
/// a fact of the unit they open in.
fn quotes_across_units(text: &str, units: &[Unit], out: &mut Vec<Found>) {
    let pairs = [('“', '”'), ('«', '»'), ('„', '“'), ('「', '」'), ('"', '"')];
    for (ui, u) in units.iter().enumerate() {
        if !u.kind.is_content() {
            continue;
        }
        let s = &text[u.start..u.end];
        for (open, close) in pairs {
            // The quotation left open at the unit's end: the last opener with no closer after it
            // (a straight quote: an odd count).
            let o = if open == close {
                if s.matches(open).count() % 2 == 0 {
                    continue;
                }
                s.rfind(open)
            } else {
                s.rfind(open).filter(|&o| !s[o..].contains(close))
            };
            let Some(o) = o else { continue };
            let next = units
                .iter()
                .skip(ui + 1)
                .take(QUOTE_UNITS)
                .take_while(|n| n.block == u.block && n.kind.is_content());
            for n in next {
                let t = &text[n.start..n.end];
                let (c, reopened) = (t.find(close), t.find(open).filter(|_| open != close));
                if let Some(c) = c.filter(|&c| reopened.is_none_or(|r| c < r)) {
                    let (qs, qe) = (u.start + o + open.len_utf8(), n.start + c);
                    let inner = &text[qs..qe];
                    let words = inner
                        .split_whitespace()
                        .filter(|w| w.chars().any(char::is_alphanumeric))
                        .count();
                    if words >= 3 {
                        out.push(found(FactKind::Quote, ui, qs, qe, fold(inner.trim())));
                    }
                    break;
                }
                if reopened.is_some() {
                    break;
                }
            }
        }
    }
}

fn found(kind: FactKind, unit: usize, start: usize, end: usize, value: String) -> Found {
    Found {
        kind,
        unit,
        start,
        end,
        value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    #[test]
    fn title_endings_end_where_is_title_looks_first() {
        // `is_title` settles most words by their last byte: every ending must end in r, n or t.
        for e in TITLE_ENDINGS.split_whitespace() {
            assert!(e.ends_with(['r', 'n', 't']) && e.len() >= 7, "{e}");
        }
        assert!(is_title("oberbürgermeister") && is_title("innenministerin"));
    }

    #[test]
    fn the_years_a_unit_names() {
        let years_of = |text: &str| {
            let u = segment(text);
            let t = crate::normalize::tokenize_text(text, &u);
            years(&t[0])
        };
        for (text, want) in [
            ("In 2018 a flood killed 23 people.", vec![2018]),
            ("Updated 13.08.2025, 09:12", vec![2025]),
            ("2019లో ఇదే ఘాట్ రోడ్డులో 14 మంది చనిపోయారు.", vec![2019]),
            ("वर्ष २०१९ में २६ लोगों की मौत हुई थी।", vec![2019]),
            // Counts and times are no years.
            (
                "About 2,019 people and 1850 cattle were moved at 20:15.",
                vec![],
            ),
        ] {
            assert_eq!(years_of(text), want, "{text}");
        }
    }

    #[test]
    fn a_sentence_told_again_has_the_facts_of_its_first_telling() {
        // The second telling is copied from the first (see `extract`): its facts must be those
        // it would have read itself, at its own offsets and in its own unit.
        let cases = [
            "At least 23 people died in Derna on Monday, Governor Elena Marsh said.",
            "बुधवार को 17वीं बैठक में 120 लोग घायल हुए।",
            "قتل 12 شخصا في درنة.",
        ];
        for s in cases {
            let told_twice = format!("{s}\n\nA different sentence.\n\n{s}");
            let told_once = format!("Another sentence here.\n\nA different sentence.\n\n{s}");
            let of_last = |text: &str| {
                let u = segment(text);
                let t = crate::normalize::tokenize_text(text, &u);
                let f = extract(text, &u, &t);
                let last = u.len() - 1;
                let found: Vec<Found> = f.found.into_iter().filter(|x| x.unit == last).collect();
                let qs: Vec<Quantity> = f
                    .quantities
                    .into_iter()
                    .filter(|q| q.unit == last)
                    .collect();
                let spans: Vec<&str> = found.iter().map(|x| &text[x.start..x.end]).collect();
                (found.len(), qs.len(), spans.join("|"), format!("{qs:?}"))
            };
            let (twice, once) = (of_last(&told_twice), of_last(&told_once));
            assert!(twice.0 + twice.1 > 0, "{s}: no facts read");
            assert_eq!(twice.2, once.2, "{s}");
            assert_eq!(twice.0, once.0, "{s}");
            assert_eq!(twice.1, once.1, "{s}");
        }
    }

    fn facts(text: &str) -> Vec<(FactKind, String)> {
        let u = segment(text);
        let t = crate::normalize::tokenize_text(text, &u);
        extract(text, &u, &t)
            .found
            .into_iter()
            .map(|f| (f.kind, f.value))
            .collect()
    }

    #[test]
    fn table() {
        use FactKind::*;
        let cases: &[(&str, &[(FactKind, &str)])] = &[
            (
                "Floods killed 23 people on Tuesday.",
                &[(Date, "tuesday"), (Number, "23")],
            ),
            (
                "दोनों देशों के बीच 17वीं बैठक मंगलवार को हुई।",
                &[(Date, "tuesday"), (Number, "17th")],
            ),
            ("लाल किला के पास 10 नवंबर को धमाका हुआ।", &[(Date, "10 nov")]),
            (
                "It opened on Nov. 5, 2025 in Paris.",
                &[(Date, "5 nov 2025"), (Name, "paris")],
            ),
            (
                "भारत के रक्षा सचिव राजेश कुमार सिंह ने कहा।",
                &[(Name, "भारत"), (Name, "राजेश कुमार सिंह")],
            ),
            ("मेजर जनरल आमिर बराम ने की।", &[(Name, "आमिर बराम")]),
            (
                "इस समझौते (एमओयू) पर सीबीआई ने एक रिपोर्ट दी।",
                &[(Name, "एमओयू"), (Name, "सीबीआई")],
            ),
            (
                "Officials said Volodymyr Zelensky met the UN chief.",
                &[(Name, "volodymyr zelensky"), (Name, "un")],
            ),
            (
                "He said “we will rebuild every home” today.",
                &[(Quote, "we will rebuild every home")],
            ),
            ("The May meeting was short.", &[]),
            // Nepali "छ" is "is": "छ, जुन" (is, which) is no 6 June, and no number.
            (
                "प्रहरीले घटनाको अनुसन्धान गरिरहेको छ, जुन घटनामा दुई जनाको मृत्यु भएको थियो।",
                &[(Number, "2")],
            ),
            // A weekday of two words joined by a hyphen; dates with month and day signs.
            (
                "O projeto foi aprovado na terça-feira pela Câmara.",
                &[(Date, "tuesday"), (Name, "câmara")],
            ),
            ("矿难发生在5月8日凌晨。", &[(Date, "8 may")]),
            ("사고는 5월 8일 오전에 발생했다.", &[(Date, "8 may")]),
            // A title-case line: its capitals mark no name.
            ("Korban Tragedi Kanjuruhan Usai Laga Arema", &[]),
            ("Korban Tragedi Usai Laga Arema FC", &[(Name, "fc")]),
            // An age band is no count: "40s" never meets a 40.
            (
                "around 40 others were hurt, a woman in her 40s among them",
                &[(Number, "40"), (Number, "40s")],
            ),
        ];
        for (text, want) in cases {
            let mut got = facts(text);
            got.ssort();
            let mut want: Vec<(FactKind, String)> =
                want.iter().map(|(k, v)| (*k, v.to_string())).collect();
            want.ssort();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn tamil_weekdays_are_read_with_their_day_word() {
        // (text, the weekday it gives, if any)
        let cases: &[(&str, Option<&str>)] = &[
            ("போராட்டம் செவ்வாய்க்கிழமை நடந்தது.", Some("tuesday")),
            ("செவ்வாய்க்கிழமையன்று கூட்டம் நடைபெற்றது.", Some("tuesday")),
            ("இந்த வழக்கு வியாழக்கிழமைக்கு ஒத்திவைக்கப்பட்டது.", Some("thursday")),
            ("ஞாயிற்றுக்கிழமை இரவு மழை பெய்தது.", Some("sunday")),
            ("திங்கட்கிழமை முதல் பள்ளிகள் திறக்கப்படும்.", Some("monday")),
            ("வெள்ளியன்று தேர்வு முடிவுகள் வெளியாகின.", Some("friday")),
            // The name apart from its day word.
            ("வெள்ளிக் கிழமை தேர்வு நடைபெறும்.", Some("friday")),
            ("திங்கள் கிழமை பள்ளிகள் திறக்கப்படும்.", Some("monday")),
            // வெள்ளி alone is silver, திங்கள் alone a month.
            ("தங்கம் மற்றும் வெள்ளி விலை உயர்ந்தது.", None),
            ("திங்கள் தோறும் விழா நடைபெறும்.", None),
        ];
        for &(text, want) in cases {
            let days: Vec<String> = facts(text)
                .into_iter()
                .filter(|(k, _)| *k == FactKind::Date)
                .map(|(_, v)| v)
                .collect();
            assert_eq!(
                days,
                want.into_iter().map(String::from).collect::<Vec<_>>(),
                "{text}"
            );
        }
        // Two tellings of one event on two days clash.
        let (a, b) = (
            "சென்னையில் செவ்வாய்க்கிழமை நடந்த சாலை விபத்தில் 12 பேர் உயிரிழந்தனர் என்று காவல்துறையினர் தெரிவித்தனர்.",
            "சென்னையில் புதன்கிழமை நடந்த சாலை விபத்தில் 12 பேர் உயிரிழந்தனர் என்று காவல்துறையினர் தெரிவித்தனர்.",
        );
        let r = crate::compare(a, b, &crate::Options::default());
        let clashes: Vec<(&str, &str)> = r
            .links
            .iter()
            .flat_map(|l| &l.conflicts)
            .filter(|c| c.kind == "weekday")
            .map(|c| (c.a.value.as_str(), c.b.value.as_str()))
            .collect();
        assert_eq!(clashes, [("tuesday", "wednesday")], "{:?}", r.links);
    }

    #[test]
    fn weekdays_are_read_in_their_cases() {
        // "в ночь на среду", "w środę": the accusative names the day as well as the nominative;
        // "રવિવારે", "मंगळवारी": the locative.
        for (text, want) in [
            ("Взрыв произошёл в ночь на среду в жилом доме.", "wednesday"),
            ("Суд вынес решение в пятницу вечером.", "friday"),
            ("Заседание назначено до субботы.", "saturday"),
            ("Wybuch nastąpił w środę rano.", "wednesday"),
            ("Mecz odbędzie się w niedzielę.", "sunday"),
            // Gujarati and Marathi write "on Sunday" onto the day.
            ("ગ્રામજનોના જણાવ્યા મુજબ, રવિવારે રાત્રે દારૂ પીધો હતો.", "sunday"),
            ("भिवंडीत मंगळवारी पहाटे इमारत कोसळली.", "tuesday"),
            // German runs the part of the day into the day's name.
            (
                "Der Zug stieß am Dienstagabend mit einem Bus zusammen.",
                "tuesday",
            ),
        ] {
            let days: Vec<String> = facts(text)
                .into_iter()
                .filter(|(k, _)| *k == FactKind::Date)
                .map(|(_, v)| v)
                .collect();
            assert_eq!(days, [want], "{text}");
        }
    }

    #[test]
    fn a_quotation_of_several_sentences_is_one_fact() {
        let text = "«Эвакуация прошла организованно, система оповещения сработала штатно. Сейчас главное — не допустить повторного возгорания», — заявил Виктор Лазарев.\n\n\"Wir sind erschüttert. Wir helfen, wo wir können\", sagte die Bürgermeisterin.";
        let units = segment(text);
        let toks = crate::normalize::tokenize_text(text, &units);
        let quotes: Vec<(usize, String)> = extract(text, &units, &toks)
            .found
            .into_iter()
            .filter(|f| f.kind == FactKind::Quote)
            .map(|f| (f.unit, f.value))
            .collect();
        assert_eq!(quotes.len(), 2, "{quotes:?}");
        assert!(quotes[0].1.starts_with("эвакуация") && quotes[0].1.ends_with("возгорания"));
        assert!(quotes[1].1.starts_with("wir sind") && quotes[1].1.ends_with("können"));
        // A quotation left open is none.
        let open = "«Эвакуация прошла организованно. Все жители вернулись домой.";
        let units = segment(open);
        let toks = crate::normalize::tokenize_text(open, &units);
        assert!(!extract(open, &units, &toks)
            .found
            .iter()
            .any(|f| f.kind == FactKind::Quote));
    }

    #[test]
    fn single_curly_quotation_marks_hold_a_quotation() {
        let text = "‘जीपमा क्षमताभन्दा धेरै यात्रु चढाइएको थियो’, डीएसपी रमेश थापाले भने । ‘We are devastated,’ she said. It’s a shame.";
        let units = segment(text);
        let toks = crate::normalize::tokenize_text(text, &units);
        let quotes: Vec<String> = extract(text, &units, &toks)
            .found
            .into_iter()
            .filter(|f| f.kind == FactKind::Quote)
            .map(|f| f.value)
            .collect();
        assert_eq!(
            quotes,
            ["जीपमा क्षमताभन्दा धेरै यात्रु चढाइएको थियो", "we are devastated,"]
        );
    }

    #[test]
    fn furniture_has_no_facts() {
        let text = "Story sentence here.\n\nRelated Posts\n\nशाहीन के 7 बैंक खातों का चला पता";
        let mut u = segment(text);
        crate::clean::classify_kinds(text, &mut u, "", &[]);
        let t = crate::normalize::tokenize_text(text, &u);
        assert!(extract(text, &u, &t).found.iter().all(|f| f.value != "7"));
    }
}

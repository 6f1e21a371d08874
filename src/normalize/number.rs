//! Numbers as people write them: digits of every script with their grouping (1,200 = 1.200;
//! 12,00,000), a scale word after them (4 लाख, 1.3万, 7 آلاف), ordinals (17वीं, 17th), times of day
//! (08:38, 18h08, 2 时 51 分), number words of the text's language with their compounds
//! ("twenty-seven", "vingt-sept", "dua puluh tujuh"), round counts ("a dozen") and Chinese numerals
//! before a classifier (三名).

use super::lang::Lang;
use super::{digit_value, fold};
use crate::lexicon::numbers::{
    AFTERNOON, CARDINALS, CJK_ABOUT, CJK_CLASSIFIERS, CJK_DIGITS, CJK_EVENING, CJK_MORNING,
    CLOCK_FRACTIONS, CLOCK_HOUR, CLOCK_MINUTE, CLOCK_WORDS, GLUED_ENDINGS, HOUR_ABOUT, HOUR_BEFORE,
    HOUR_WORDS, JOINERS, ORDINALS, ORDINAL_SUFFIXES, O_CLOCK_AFTER, O_CLOCK_GLUED,
    O_CLOCK_WITH_PART, ROUND, SCALES, TENS_WORDS, WEAK,
};
use crate::Map;
use std::sync::OnceLock;

/// A number a token stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    /// The value; for a time of day, minutes after midnight.
    pub value: f64,
    pub ordinal: bool,
    /// End of the number including the words read with it ("4 लाख", "twenty-seven", "08:38").
    pub end: usize,
    /// A time of day, not a count.
    pub time: bool,
    /// Said as a round count ("a dozen", "une vingtaine"): about that many.
    pub approx: bool,
    /// A time of day read on a twelve-hour clock with no part of the day ("९ बजे"): `value` is its
    /// morning reading, and the evening's is as likely.
    pub twelve_hour: bool,
}

impl Number {
    fn plain(value: f64, end: usize) -> Number {
        Number {
            value,
            ordinal: false,
            end,
            time: false,
            approx: false,
            twelve_hour: false,
        }
    }

    /// Canonical text of the value: `1200`, `1.3`, `17th`, `08:38`.
    pub fn canonical(&self) -> String {
        if self.time {
            let m = self.value as i64;
            return format!("{:02}:{:02}", m / 60, m % 60);
        }
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
            // English suffixes, whatever the language: 2nd, 17th, 21st, 112th.
            let n = x.abs().round() as i64;
            let suffix = match (n % 100, n % 10) {
                (11..=13, _) => "th",
                (_, 1) => "st",
                (_, 2) => "nd",
                (_, 3) => "rd",
                _ => "th",
            };
            format!("{v}{suffix}")
        } else {
            v
        }
    }
}

/// The factor a scale word after a number multiplies it by: a scale word itself, a round count
/// ("dozen"), or a scale word with a case ending glued on.
fn scale_of(word: &str) -> Option<f64> {
    let f = fold(word);
    scale_folded(&f).or_else(|| glued_scale(&f))
}

/// [`scale_of`] for a folded word, without the glued endings.
fn scale_folded(f: &str) -> Option<f64> {
    // Built once: scanning the packed lines for every word after every number cost a tenth of a
    // million-sentence paste's time.
    static SCALE_WORDS: OnceLock<Map<String, f64>> = OnceLock::new();
    static ROUND_WORDS: OnceLock<Map<String, f64>> = OnceLock::new();
    // करोड़ folds to करोड (nukta dropped); "crore" may carry a plural.
    SCALE_WORDS
        .get_or_init(|| {
            let mut m = Map::default();
            for line in SCALES.lines() {
                let mut ws = line.split_whitespace();
                let Some(power) = ws.next().and_then(|p| {
                    p.bytes().try_fold(0i32, |n, b| {
                        b.is_ascii_digit().then(|| n * 10 + i32::from(b - b'0'))
                    })
                }) else {
                    continue;
                };
                for w in ws {
                    m.entry(w.to_string()).or_insert(10f64.powi(power));
                }
            }
            m
        })
        .get(f)
        .copied()
        .or_else(|| {
            ROUND_WORDS
                .get_or_init(|| {
                    ROUND
                        .split_whitespace()
                        .filter_map(|p| p.split_once('='))
                        .filter_map(|(w, v)| Some((fold(w), decimal(v, "")?)))
                        .collect()
                })
                .get(f)
                .copied()
        })
}

/// A scale word with a case ending glued on, in an Indic or Arabic script ("₹૪ લાખની", of 4 lakh;
/// "5 लाखांची"): the scale word, then four letters at most. `f` is folded.
fn glued_scale(f: &str) -> Option<f64> {
    if !f.starts_with(|c: char| c >= '\u{0600}') {
        return None;
    }
    SCALES
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c >= '\u{0600}'))
        .find(|w| {
            f.strip_prefix(*w)
                .is_some_and(|rest| !rest.is_empty() && super::letter_count(rest) <= 4)
        })
        .and_then(scale_folded)
}

/// Is `gap` (the text between two words) at most one space or hyphen?
fn tight(gap: &str) -> bool {
    gap.chars().count() <= 1
        && gap
            .chars()
            .all(|c| matches!(c, ' ' | '-' | '\u{00A0}' | '\u{202F}' | '\u{2009}'))
}

/// Parses the number starting at word `i`, with a following scale word and, for "12 500", a
/// space-grouped thousands part. Returns the number and how many words it used.
pub(super) fn parse_number(
    text: &str,
    words: &[(usize, &str)],
    i: usize,
    lang: Lang,
) -> Option<(Number, usize)> {
    let (off, w) = words[i];
    let digits_end = w
        .char_indices()
        .find(|&(_, c)| {
            !(digit_value(c).is_some() || c == ',' || c == '.' || c == '\'' || c == '٫' || c == '٬')
        })
        .map_or(w.len(), |(k, _)| k);
    if digits_end == 0 || digit_value(w.chars().next()?).is_none() {
        let (n, used) = number_word(text, words, i, lang)?;
        // An hour in words with its o'clock word: "साढ़े नौ बजे", "پونے سات بجے".
        if used == 1 && !n.ordinal && !n.approx && n.value.fract() == 0.0 {
            if let Some(t) = o_clock(text, words, i, n.value as u32, false) {
                return Some(t);
            }
        }
        return Some((n, used));
    }
    if let Some(t) = time_of_day(text, words, i) {
        return Some(t);
    }
    // "50-50 हजार रुपये", "2-2 लाख": a number said twice is "each" (Hindi, Urdu, Bengali,
    // Marathi); the second copy carries the number and its scale.
    if let Some(&(o2, w2)) = words.get(i + 1) {
        if w2 == w && &text[off + w.len()..o2] == "-" {
            return None;
        }
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
        // A unit glued to the number (5km, 10kg) or a case ending ("10க்கும்", "১৫জনের"): keep the
        // value; the rest is part of the token. A longer run of letters is a word, not an
        // ending. Counted in letters with their marks left out ([`super::letter_count`]): "க்கும்"
        // is six code points and three letters.
        if suffix.chars().any(|c| c.is_alphabetic()) && super::letter_count(suffix) > 4 {
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
    let mut n = Number::plain(value, end);
    n.ordinal = ordinal;
    Some(with_scale(text, words, i, n, used))
}

/// A time of day at word `i`: "08:38" (three words around the colon), "5:10 pm", "18h08", "2 时 51 分".
fn time_of_day(text: &str, words: &[(usize, &str)], i: usize) -> Option<(Number, usize)> {
    let (off, w) = words[i];
    let digits = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.chars().count() <= 2)
            .then(|| {
                s.chars()
                    .try_fold(0u32, |v, c| Some(v * 10 + digit_value(c)? as u32))
            })
            .flatten()
    };
    let clock = |h: u32, m: u32| (h < 24 && m < 60).then_some(f64::from(h * 60 + m));
    // "সন্ধ্যা ৬টার দিকে", "शाम 6 बजे", "सायंकाळी 6 वाजता": the hour with its o'clock word glued
    // on or after it.
    let hour_end = w
        .char_indices()
        .find(|&(_, c)| digit_value(c).is_none())
        .map_or(w.len(), |(k, _)| k);
    let (hour, glued) = w.split_at(hour_end);
    if !glued.is_empty() && O_CLOCK_GLUED.contains(&glued) || glued.is_empty() {
        if let Some(t) = digits(hour).and_then(|h| o_clock(text, words, i, h, !glued.is_empty())) {
            return Some(t);
        }
    }
    // "18h08", "14h05": one word.
    if let Some((h, m)) = w.split_once(['h', 'H']) {
        let v = clock(digits(h)?, digits(m).filter(|_| m.chars().count() == 2)?)?;
        return Some((time(v, off + w.len()), 1));
    }
    // "7.12 Uhr", "6.30 am", "6.30am": a dot between hours and minutes, with a clock word after
    // (without one, a dot is as often a decimal point).
    if let Some((h, m)) = w.split_once('.') {
        let (m, glued) = match m.strip_suffix("am").or_else(|| m.strip_suffix("pm")) {
            Some(digits) => (digits, true),
            // A Turkish case ending after an apostrophe: "08.15'te" (at 08.15).
            None => (m.split('\'').next().unwrap_or(m), false),
        };
        let clock_word = |k: usize| {
            words.get(k).is_some_and(|&(o, w2)| {
                tight(&text[off + w.len()..o]) && CLOCK_WORDS.contains(&fold(w2).as_str())
            })
        };
        // "godz. 5.20", "ora 7.45": the hour word before the time.
        let hour_before = i.checked_sub(1).is_some_and(|k| {
            let f = fold(words[k].1);
            HOUR_BEFORE.split(' ').any(|h| h == f.trim_end_matches('.'))
        });
        if m.chars().count() == 2 && (glued || clock_word(i + 1) || hour_before) {
            let mut v = clock(digits(h)?, digits(m)?)?;
            let pm = w.ends_with("pm")
                || words
                    .get(i + 1)
                    .is_some_and(|&(_, w2)| AFTERNOON.contains(&fold(w2).as_str()));
            if pm && v < 720.0 {
                v += 720.0;
            }
            let used = if glued || !clock_word(i + 1) { 1 } else { 2 };
            let (o_end, w_end) = words[i + used - 1];
            return Some((time(v, o_end + w_end.len()), used));
        }
        return None;
    }
    // "4pm", "11am": an hour with its half of the day glued on.
    if let Some((h, pm)) = w
        .strip_suffix("pm")
        .map(|h| (h, true))
        .or_else(|| w.strip_suffix("am").map(|h| (h, false)))
    {
        let v = clock(digits(h).filter(|&h| (1..=12).contains(&h))? % 12, 0)?;
        return Some((time(v + if pm { 720.0 } else { 0.0 }, off + w.len()), 1));
    }
    let h = digits(w)?;
    let (o2, w2) = *words.get(i + 1)?;
    let gap = &text[off + w.len()..o2];
    // "4 p.m.", "11 AM", "7 Uhr": a whole hour before a clock word. Lower-case "am" is left alone
    // (German "am" is "on the").
    if tight(gap) && (1..=12).contains(&h) && HOUR_WORDS.split(' ').any(|x| x == w2) {
        let pm = AFTERNOON.contains(&fold(w2).as_str());
        let v = clock(h % 12, 0)? + if pm { 720.0 } else { 0.0 };
        return Some((time(v, o2 + w2.len()), 2));
    }
    // "6 h 40", "18 h 05", "18 h": French hours written apart.
    if tight(gap) && h < 24 && w2 == "h" {
        if let Some(&(o3, w3)) = words.get(i + 2) {
            if tight(&text[o2 + w2.len()..o3]) && w3.chars().count() == 2 {
                if let Some(m) = digits(w3) {
                    return Some((time(clock(h, m)?, o3 + w3.len()), 3));
                }
            }
        }
        return Some((time(clock(h, 0)?, o2 + w2.len()), 2));
    }
    if tight(gap) && h < 24 && fold(w2) == "uhr" {
        return Some((time(clock(h, 0)?, o2 + w2.len()), 2));
    }
    // "08:38", "5.10 pm" is left alone: a dot is as often a decimal point.
    if gap == ":" && w2.chars().count() == 2 {
        let mut v = clock(h, digits(w2)?)?;
        let mut end = o2 + w2.len();
        let mut used = 2;
        if let Some(&(o3, w3)) = words.get(i + 2) {
            let f = fold(w3);
            if tight(&text[end..o3]) && AFTERNOON.contains(&f.as_str()) && h < 12 {
                v += 720.0;
                end = o3 + w3.len();
                used += 1;
            }
        }
        return Some((time(v, end), used));
    }
    // "凌晨2时许", "下午3点左右", "午後3時": a Chinese or Japanese hour without its minutes, with
    // a part of the day before it or "about" after it.
    if CLOCK_HOUR.contains(&w2)
        && text[off + w.len()..o2].is_empty()
        && words.get(i + 2).is_none_or(|&(_, w3)| digits(w3).is_none())
    {
        let before = text[..off].trim_end();
        let after = &text[o2 + w2.len()..];
        let morning = CJK_MORNING.iter().any(|p| before.ends_with(p));
        let evening = CJK_EVENING.iter().any(|p| before.ends_with(p));
        // "午前9時半": half past.
        let half = after.starts_with('半');
        let after = after.trim_start_matches('半');
        if (morning || evening || CJK_ABOUT.iter().any(|a| after.starts_with(a))) && h <= 24 {
            let h = if evening && h < 12 { h + 12 } else { h };
            let end = o2 + w2.len() + if half { '半'.len_utf8() } else { 0 };
            return Some((time(clock(h % 24, if half { 30 } else { 0 })?, end), 2));
        }
    }
    // "ساعت ۲۲", "saat 14", "الساعة 3": a whole hour after the word for "hour".
    if i > 0 && h <= 24 && hour_word(words[i - 1].1) && !HOUR_WORDS.contains(w2) {
        return Some((time(clock(h % 24, 0)?, off + w.len()), 1));
    }
    // "2 时 51 分": Chinese and Japanese clock words.
    if CLOCK_HOUR.contains(&w2) && text[off + w.len()..o2].trim().is_empty() {
        let (o3, w3) = *words.get(i + 2)?;
        let (o4, w4) = *words.get(i + 3)?;
        if CLOCK_MINUTE.contains(&w4) && text[o2 + w2.len()..o3].trim().is_empty() {
            let v = clock(h, digits(w3)?)?;
            if text[o3 + w3.len()..o4].trim().is_empty() {
                return Some((time(v, o4 + w4.len()), 4));
            }
        }
    }
    None
}

/// Is this word one for "hour" before a time ([`HOUR_BEFORE`])? Looked up in a set built once:
/// it is asked of the word before every small number.
fn hour_word(w: &str) -> bool {
    static SET: OnceLock<crate::Set<String>> = OnceLock::new();
    let set = SET.get_or_init(|| HOUR_BEFORE.split_whitespace().map(fold).collect());
    w.chars().count() <= 12 && set.contains(fold(w).trim_end_matches('.'))
}

/// An hour with its o'clock word at word `i` (glued on, or the word after): "शाम 6 बजे", "সন্ধ্যা
/// সাড়ে ৬টার", "पहाटे ३ च्या सुमारास", "साँझ करिब ६ बजे", "پونے سات بجے". Before it, "about" and a
/// fraction of the hour ("half past", "quarter to"), then the part of the day, which says which half
/// of the clock it is on. Without a part, an hour before a word that only means o'clock ("९ बजे")
/// is a time on a twelve-hour clock; a glued Bengali "টা" is a count as often ("৩টা বাড়ি").
fn o_clock(
    text: &str,
    words: &[(usize, &str)],
    i: usize,
    h: u32,
    glued: bool,
) -> Option<(Number, usize)> {
    let (off, w) = words[i];
    let after = (!glued)
        .then(|| words.get(i + 1))
        .flatten()
        .filter(|&&(o, _)| tight(&text[off + w.len()..o]))
        .map(|&(_, w2)| w2);
    let strong = after.is_some_and(|w2| O_CLOCK_AFTER.contains(&w2));
    let weak = after.is_some_and(|w2| O_CLOCK_WITH_PART.contains(&w2));
    if !(glued || strong || weak) || !(1..=12).contains(&h) {
        return None;
    }
    let mut minutes = 0i32;
    let mut fraction = false;
    let mut part = None;
    let mut k = i;
    // The word before is folded only for an hour with its o'clock word: this runs for every number.
    for _ in 0..3 {
        let Some(j) = k.checked_sub(1) else { break };
        let f = fold(words[j].1);
        if let Some(&(_, m)) = CLOCK_FRACTIONS
            .iter()
            .find(|(x, _)| !fraction && fold(x) == f)
        {
            minutes = m;
            fraction = true;
        } else if !HOUR_ABOUT.split(' ').any(|x| fold(x) == f) {
            part = day_part(&f);
            break;
        }
        k = j;
    }
    let used = if strong || weak { 2 } else { 1 };
    let (o_end, w_end) = words[i + used - 1];
    let end = o_end + w_end.len();
    let Some(part) = part else {
        // No part of the day: twelve hours either way.
        if !(strong || (glued && fraction)) {
            return None;
        }
        let v = ((h % 12) as i32 * 60 + minutes).rem_euclid(720);
        let mut n = time(f64::from(v), end);
        n.twelve_hour = true;
        return Some((n, used));
    };
    let h24 = match part {
        DayPart::Noon if h < 6 => h + 12,
        DayPart::Evening if h < 12 => h + 12,
        DayPart::Night if (6..12).contains(&h) => h + 12,
        DayPart::Noon | DayPart::Evening => h,
        DayPart::Morning | DayPart::Night => h % 12,
    };
    let v = (h24 as i32 * 60 + minutes).rem_euclid(1440);
    Some((time(f64::from(v), end), used))
}

/// A part of the day named before an hour, which says which half of the clock it is on.
#[derive(Clone, Copy)]
enum DayPart {
    Morning,
    Noon,
    Evening,
    Night,
}

/// Words for the parts of the day before an hour (folded): Hindi, Bengali, Marathi, Urdu, Nepali;
/// morning, noon, evening, night.
const DAY_PARTS: [(DayPart, &str); 4] = [
    (
        DayPart::Morning,
        "सुबह तड़के तडके सकाळी पहाटे ভোর ভোরে সকাল সকালে صبح बिहान",
    ),
    (DayPart::Noon, "दोपहर दुपारी দুপুর দুপুরে دوپہر दिउँसो"),
    (
        DayPart::Evening,
        "शाम सायंकाळी संध्याकाळी বিকেল বিকেলে বিকাল সন্ধ্যা সন্ধ্যায় شام बेलुका साँझ",
    ),
    (DayPart::Night, "रात रात्री রাত রাতে رات राति"),
];

/// Is this folded word a part of the day (morning, night, …)?
pub fn is_day_part(f: &str) -> bool {
    day_part(f).is_some()
        || crate::lexicon::calendar::DAY_PART_WORDS
            .split_whitespace()
            .any(|w| w == f)
}

fn day_part(f: &str) -> Option<DayPart> {
    DAY_PARTS
        .iter()
        .find(|(_, words)| words.split(' ').any(|w| fold(w) == f))
        .map(|&(p, _)| p)
}

fn time(minutes: f64, end: usize) -> Number {
    let mut n = Number::plain(minutes, end);
    n.time = true;
    n
}

/// The number read from `used` words at `i`, times a scale word right after it ("4 लाख", "two
/// hundred"); an ordinal or a time takes none.
fn with_scale(
    text: &str,
    words: &[(usize, &str)],
    i: usize,
    mut n: Number,
    mut used: usize,
) -> (Number, usize) {
    if let Some(&(o2, w2)) = words.get(i + used).filter(|_| !n.ordinal && !n.time) {
        if text[n.end..o2].chars().count() <= 1 {
            if let Some(sc) = scale_of(w2) {
                n.value *= sc;
                n.end = o2 + w2.len();
                used += 1;
                // A smaller scale's count after it adds on: "11 कोटी 86 लाख" is 11.86 crore,
                // "2 million 300 thousand".
                if let (Some(&(o3, w3)), Some(&(o4, w4))) =
                    (words.get(i + used), words.get(i + used + 1))
                {
                    let gaps = tight(&text[n.end..o3]) && tight(&text[o3 + w3.len()..o4]);
                    let m = (w3.chars().all(|c| digit_value(c).is_some()))
                        .then(|| parse_grouped(w3))
                        .flatten();
                    if let (true, Some(m), Some(sc2)) = (gaps, m, scale_of(w4)) {
                        if sc2 < sc && m * sc2 < sc {
                            n.value += m * sc2;
                            n.end = o4 + w4.len();
                            used += 2;
                        }
                    }
                }
            }
        }
    }
    (n, used)
}

/// Number words of one language, built once from the lexicon.
struct Words {
    cardinal: Map<String, f64>,
    ordinal: Map<String, f64>,
    round: Map<String, f64>,
    /// Endings written onto a number word ([`GLUED_ENDINGS`]).
    endings: Vec<String>,
    /// "One" and its like ([`WEAK`]): no number alone, a unit after tens ("forty-one").
    weak: Map<String, f64>,
    /// The round tens among the cardinals, with their stems (last vowel dropped), for tens glued
    /// to units ("ventotto"): found once, not per word read.
    tens: Vec<(String, f64)>,
}

/// A unit after tens: a cardinal, or a word that is a number only there ("forty-one", "vingt et
/// un").
fn unit(t: &Words, f: &str) -> Option<f64> {
    cardinal(t, f).or_else(|| t.weak.get(f).copied())
}

fn table(lang: Lang) -> &'static Words {
    static ALL: OnceLock<Map<Lang, Words>> = OnceLock::new();
    static EMPTY: OnceLock<Words> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        let pairs = |s: &str| -> Vec<(String, f64)> {
            s.split_whitespace()
                .filter_map(|p| p.split_once('='))
                .filter_map(|(w, v)| Some((fold(w), decimal(v, "")?)))
                .collect()
        };
        let ordinal: Map<String, f64> = pairs(ORDINALS).into_iter().collect();
        let round: Map<String, f64> = pairs(ROUND).into_iter().collect();
        let endings = |code: &str| -> Vec<String> {
            GLUED_ENDINGS
                .lines()
                .filter_map(|l| l.split_once(' '))
                .filter(|(c, _)| *c == code)
                .flat_map(|(_, e)| e.split_whitespace().map(fold))
                .collect()
        };
        let mut m: Map<Lang, Words> = Map::default();
        for line in CARDINALS.lines() {
            let Some((code, rest)) = line.split_once(' ') else {
                continue;
            };
            let cardinal: Map<String, f64> = pairs(rest).into_iter().collect();
            let mut tens = Vec::new();
            for (word, &v) in &cardinal {
                if (20.0..100.0).contains(&v) && v % 10.0 == 0.0 {
                    let stem = word.trim_end_matches(['a', 'e', 'i', 'o']);
                    tens.push((word.clone(), v));
                    if stem != word {
                        tens.push((stem.to_string(), v));
                    }
                }
            }
            m.insert(
                Lang::from_code(code),
                Words {
                    tens,
                    cardinal,
                    ordinal: ordinal.clone(),
                    round: round.clone(),
                    endings: endings(code),
                    weak: WEAK
                        .lines()
                        .filter_map(|l| l.split_once(' '))
                        .filter(|(c, _)| *c == code)
                        .flat_map(|(_, rest)| pairs(rest))
                        .collect(),
                },
            );
        }
        m
    });
    all.get(&lang).unwrap_or_else(|| {
        // A language without its own list reads English number words.
        all.get(&Lang::En).unwrap_or_else(|| {
            EMPTY.get_or_init(|| Words {
                cardinal: Map::default(),
                ordinal: Map::default(),
                round: Map::default(),
                endings: Vec::new(),
                weak: Map::default(),
                tens: Vec::new(),
            })
        })
    })
}

/// The value of a cardinal word of `lang`, also for single-word compounds: "siebenundzwanzig",
/// "ventisette", "veintisiete" (listed) .
fn cardinal(t: &Words, f: &str) -> Option<f64> {
    if let Some(&v) = t.cardinal.get(f) {
        return Some(v);
    }
    // An ending written onto the word: Tamil "இரண்டும்" (both), "பத்துக்கும்" (than ten).
    if let Some(&v) = t
        .endings
        .iter()
        .find_map(|e| t.cardinal.get(f.strip_suffix(e.as_str())?))
    {
        return Some(v);
    }
    // German: units "und" tens.
    if let Some((u, tens)) = f.split_once("und") {
        let (u, tens) = (t.cardinal.get(u)?, t.cardinal.get(tens)?);
        return (*u < 10.0 && *tens >= 20.0 && *tens < 100.0).then_some(u + tens);
    }
    // Italian and the like: tens glued to units, the tens' last vowel dropped before a vowel
    // ("ventotto", "trentuno").
    for (pre, tens) in &t.tens {
        if let Some(rest) = f.strip_prefix(pre.as_str()).filter(|r| !r.is_empty()) {
            if let Some(&u) = t.cardinal.get(rest).filter(|&&u| u < 10.0) {
                return Some(tens + u);
            }
        }
    }
    None
}

/// A number written as words at word `i` ("twenty-seven", "treinta y dos", "dua puluh tujuh",
/// "kumi na mbili", "سبعة وعشرون"), with a scale word after it ("two hundred", "दो लाख"), and
/// hundreds followed by the rest ("сто двенадцать", 112; "ciento doce"; "two hundred and twelve").
fn number_word(
    text: &str,
    words: &[(usize, &str)],
    i: usize,
    lang: Lang,
) -> Option<(Number, usize)> {
    let (mut n, mut used) = number_word_part(text, words, i, lang)?;
    let hundreds = n.value >= 100.0 && n.value < 1000.0 && n.value % 100.0 == 0.0;
    if hundreds && !n.approx && !n.ordinal && !n.time {
        let mut k = i + used;
        let mut end = n.end;
        // "two hundred and twelve", "ciento y pico" is no number: the joiner needs a number after.
        if let Some(&(o, w)) = words.get(k) {
            if tight(&text[end..o]) && JOINERS.contains(&fold(w).as_str()) {
                k += 1;
                end = o + w.len();
            }
        }
        if words.get(k).is_some_and(|&(o, _)| tight(&text[end..o])) {
            // One level only: the rest is read without this step, so "сто сто сто …" is linear.
            if let Some((m, u)) = number_word_part(text, words, k, lang)
                .filter(|(m, _)| m.value < 100.0 && !m.ordinal && !m.time && !m.approx)
            {
                n.value += m.value;
                n.end = m.end;
                used = k - i + u;
            }
        }
    }
    Some((n, used))
}

/// [`number_word`] without the hundreds step.
fn number_word_part(
    text: &str,
    words: &[(usize, &str)],
    i: usize,
    lang: Lang,
) -> Option<(Number, usize)> {
    let (off, w) = words[i];
    let f = fold(w);
    let t = table(lang);
    if let Some(&v) = t.ordinal.get(&f) {
        let mut n = Number::plain(v, off + w.len());
        n.ordinal = true;
        return Some((n, 1));
    }
    if let Some(&v) = t.round.get(&f) {
        let mut n = Number::plain(v, off + w.len());
        n.approx = true;
        return Some(with_scale(text, words, i, n, 1));
    }
    let mut v = cardinal(t, &f)?;
    // "62 por ciento", "per cento", "pour cent": a percent sign in words, not a hundred.
    if v == 100.0 && i > 0 && matches!(fold(words[i - 1].1).as_str(), "por" | "per" | "pour") {
        return None;
    }
    let mut end = off + w.len();
    let mut used = 1;
    let next = |k: usize, end: usize| -> Option<(usize, String, usize)> {
        let &(o, w) = words.get(k)?;
        tight(&text[end..o]).then(|| (o, fold(w), o + w.len()))
    };
    // Number words joined by hyphens, each smaller than the one before, add up: "twenty-seven",
    // "dix-sept", "soixante-douze", and French "quatre-vingt" is four twenties
    // ("quatre-vingt-dix-sept" = 97).
    let mut chain = vec![(v, end)];
    while let Some(&(o, w2)) = words.get(i + chain.len()) {
        let last = chain[chain.len() - 1].1;
        match (&text[last..o] == "-")
            .then(|| unit(t, &fold(w2)))
            .flatten()
        {
            Some(c) => chain.push((c, o + w2.len())),
            None => break,
        }
    }
    if chain.len() >= 2 {
        let (mut total, mut at) = match (chain[0].0, chain[1].0) {
            (4.0, 20.0) => (80.0, 2),
            (x, _) => (x, 1),
        };
        let mut last = total;
        while at < chain.len() && chain[at].0 < last {
            total += chain[at].0;
            last = chain[at].0;
            at += 1;
        }
        if at >= 2 {
            return Some(with_scale(
                text,
                words,
                i,
                Number::plain(total, chain[at - 1].1),
                at,
            ));
        }
    }
    if let Some((_, f2, e2)) = next(i + 1, end) {
        // Indonesian "dua puluh" (20), "tiga belas" (13), "dua ratus" (200).
        if let Some(&(_, k)) = TENS_WORDS.iter().find(|(x, _)| *x == f2) {
            if v < 10.0 {
                v = if k == 10.0 && f2 == "belas" {
                    v + 10.0
                } else {
                    v * k
                };
                end = e2;
                used = 2;
                if f2 == "puluh" {
                    if let Some(u) = next(i + 2, end).and_then(|(_, f3, e3)| {
                        cardinal(t, &f3).filter(|u| *u < 10.0).map(|u| (u, e3))
                    }) {
                        v += u.0;
                        end = u.1;
                        used = 3;
                    }
                }
            }
        } else if ((20.0..100.0).contains(&v) || (v == 10.0 && lang == Lang::Tr)) && v % 10.0 == 0.0
        {
            // Tens then units: "двадцать семь", "yirmi yedi", "forty one"; Turkish teens are
            // ten then a unit ("on dört", 14).
            if let Some(u) = unit(t, &f2).filter(|u| *u < 10.0) {
                v += u;
                end = e2;
                used = 2;
            } else if JOINERS.contains(&f2.as_str()) {
                // "treinta y dos", "vinte e sete", "ishirini na saba", "treinta y uno".
                if let Some((_, f3, e3)) = next(i + 2, e2) {
                    if let Some(u) = unit(t, &f3).filter(|u| *u < 10.0) {
                        v += u;
                        end = e3;
                        used = 3;
                    }
                }
            }
        } else if v == 10.0 && JOINERS.contains(&f2.as_str()) {
            // Swahili "kumi na mbili" (12).
            if let Some((_, f3, e3)) = next(i + 2, e2) {
                if let Some(u) = cardinal(t, &f3).filter(|u| *u < 10.0) {
                    v += u;
                    end = e3;
                    used = 3;
                }
            }
        } else if v < 10.0 && (f2 == "عشر" || f2 == "عشرة") {
            // Arabic teens: "اثنا عشر" (12), "ثلاثة عشر" (13).
            v += 10.0;
            end = e2;
            used = 2;
        } else if v < 10.0 {
            // Arabic units then "and"-tens: "سبعة وعشرون".
            if let Some(tens) = f2
                .strip_prefix('و')
                .and_then(|r| cardinal(t, r))
                .filter(|x| *x >= 20.0 && *x < 100.0)
            {
                v += tens;
                end = e2;
                used = 2;
            }
        }
    }
    Some(with_scale(text, words, i, Number::plain(v, end), used))
}

/// Chinese and Japanese numerals in a run of characters: a numeral before a classifier (三名, 兩架),
/// or two numerals and more (十五, 二十). Returns (start index in the run, end index, value).
pub(super) fn cjk_numerals(run: &[(usize, char)]) -> Vec<(usize, usize, f64)> {
    static DIGITS: OnceLock<Vec<(char, u32)>> = OnceLock::new();
    let digits = DIGITS.get_or_init(|| {
        CJK_DIGITS
            .split_whitespace()
            .filter_map(|p| {
                let (c, v) = p.split_once('=')?;
                Some((c.chars().next()?, v.parse().ok()?))
            })
            .collect()
    });
    let mut out = Vec::new();
    let mut k = 0;
    while k < run.len() {
        if cjk_digit(digits, run[k].1).is_none() {
            k += 1;
            continue;
        }
        let mut m = k;
        while m < run.len() && cjk_digit(digits, run[m].1).is_some() {
            m += 1;
        }
        let classified = run
            .get(m)
            .is_some_and(|(_, c)| CJK_CLASSIFIERS.contains(*c));
        if classified || m - k >= 2 {
            if let Some(v) = cjk_value(&run[k..m], digits) {
                out.push((k, m, v));
            }
        }
        k = m;
    }
    out
}

/// The value of one CJK numeral character.
fn cjk_digit(digits: &[(char, u32)], c: char) -> Option<u32> {
    digits.iter().find(|(d, _)| *d == c).map(|&(_, v)| v)
}

/// 二十三 = 23, 十五 = 15, 一百零五 = 105, 三 = 3.
fn cjk_value(chars: &[(usize, char)], digits: &[(char, u32)]) -> Option<f64> {
    let (mut total, mut cur) = (0u64, 0u64);
    for (_, c) in chars {
        let d = u64::from(cjk_digit(digits, *c)?);
        if d >= 10 {
            total += cur.max(1) * d;
            cur = 0;
        } else {
            cur = cur * 10 + d;
        }
    }
    Some((total + cur) as f64)
}

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

/// Reads digits with grouping: 1,200 = 1.200 = 1200; 12,00,000; 1.3; 1,2 (decimal comma).
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

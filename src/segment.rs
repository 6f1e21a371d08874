//! Cuts a text into units (sentences and lines) that tile it, in any script.
//!
//! Paragraphs are runs of lines separated by blank lines. Inside a paragraph, hard-wrapped lines are
//! joined; a line with no closing punctuation (a headline, a heading, a list item) stays a unit of its own.
//! Sentences come from UAX #29, which already knows the danda (।, ॥), 。！？, ؟ and ۔, followed by an
//! abbreviation pass (UAX #29 cuts after "Mr." and "U.S." when a capital follows).

use crate::report::Kind;
use unicode_segmentation::UnicodeSegmentation;

/// A unit before it has a status: a byte span of the input and what kind of text it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Unit {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Index of the paragraph (blank-line separated block) the unit sits in.
    pub block: usize,
    /// The unit is a whole line with no closing punctuation: a headline, heading, list item or button text.
    pub line: bool,
}

/// Units longer than this are cut at a space, so one runaway line cannot dominate later stages.
const MAX_UNIT_BYTES: usize = 4000;

/// Cuts `text` into units. Every non-whitespace byte lies in exactly one unit; units are in order.
pub fn segment(text: &str) -> Vec<Unit> {
    let mut out = Vec::new();
    let lines = lines(text);
    let mut block = 0usize;
    let mut i = 0;
    while i < lines.len() {
        // A paragraph: consecutive non-blank lines.
        let mut j = i;
        while j < lines.len() && lines[j].is_some() {
            j += 1;
        }
        if j > i {
            let para: Vec<(usize, usize)> = lines[i..j].iter().map(|l| l.unwrap()).collect();
            cut_paragraph(text, &para, block, &mut out);
            block += 1;
        }
        i = j + 1;
    }
    out
}

/// Each line's trimmed span, or `None` for a blank line.
fn lines(text: &str) -> Vec<Option<(usize, usize)>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let push = |s: usize, e: usize, out: &mut Vec<Option<(usize, usize)>>| {
        let line = &text[s..e];
        let t = line.trim_start();
        let ls = s + (line.len() - t.len());
        let t = t.trim_end();
        out.push(if t.is_empty() {
            None
        } else {
            Some((ls, ls + t.len()))
        });
    };
    // "\n", "\r\n" and a lone "\r" (old Mac files, some CMS exports) all end a line.
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            push(start, i, &mut out);
            start = i + 1;
        }
    }
    if start < text.len() {
        push(start, text.len(), &mut out);
    }
    out
}

fn cut_paragraph(text: &str, para: &[(usize, usize)], block: usize, out: &mut Vec<Unit>) {
    let widest = para
        .iter()
        .map(|&(s, e)| text[s..e].chars().count())
        .max()
        .unwrap_or(0);
    // Runs of lines that read as one flow of text.
    let mut k = 0;
    while k < para.len() {
        let mut m = k;
        while m + 1 < para.len()
            && joins_next(text, para[m], para[m + 1], widest, m + 2 == para.len())
        {
            m += 1;
        }
        let (mut s, e) = (para[k].0, para[m].1);
        // "BALTIMORE — The six workers…", "【Yahoo 新聞報道】大埔…", "Stand 21.12.2024 Anschlag …": the
        // dateline is a unit of its own.
        if let Some(d) = dateline_prefix(&text[s..e])
            .or_else(|| date_stamp_prefix(&text[s..e]))
            .or_else(|| colon_dateline_prefix(&text[s..e]))
            .or_else(|| attribution_prefix(&text[s..e]))
        {
            let head = text[s..s + d].trim_end();
            out.push(Unit {
                start: s,
                end: s + head.len(),
                kind: Kind::Dateline,
                block,
                line: false,
            });
            let rest = &text[s + d..e];
            s = s + d + (rest.len() - rest.trim_start().len());
        }
        let single_line = k == m;
        let before = out.len();
        cut_sentences(text, s, e, block, out);
        // A lone line with no closing punctuation that is one sentence is a headline or heading.
        if single_line && out.len() == before + 1 && !ends_sentence(&text[s..e]) {
            let u = out.last_mut().expect("one unit was pushed");
            u.kind = Kind::Heading;
            u.line = true;
        }
        k = m + 1;
    }
}

/// Hard-wrapped text: a line that does not close a sentence and is about as wide as the widest line
/// of its paragraph continues on the next. A short line over a long one is a heading, not a wrap.
fn joins_next(
    text: &str,
    line: (usize, usize),
    next: (usize, usize),
    widest: usize,
    next_is_last: bool,
) -> bool {
    let l = &text[line.0..line.1];
    let n = &text[next.0..next.1];
    // A field separator (" | ") is no prose, and a line that ends in a time of day is a stamp:
    // "Twelve dead after ferry overturns" over "By Daniel Ocampo | Posted … 12:30 PM" is two units.
    if starts_with_bullet(n)
        || is_menu(l)
        || is_menu(n)
        || ends_with_clock(l)
        || ends_with_clock(n)
        || ends_with_credit(l)
    {
        return false;
    }
    // Hard wraps happen at 60-80 columns; two short lines (a byline over an update stamp) are two units.
    let wide = |s: &str| {
        let len = s.chars().count();
        len >= 45 && len * 10 >= widest * 6
    };
    // What continues a wrapped line is as wide, or the paragraph's last line, closing the sentence:
    // a short line under a headline ("22.01.2025 08:38") is a line of its own.
    let continues = wide(n) || (next_is_last && ends_sentence(n));
    if ends_sentence(l) {
        // Closing punctuation ends the sentence: the next line starts afresh (it may open with a
        // dateline), unless the period is an abbreviation's ("Dr." at a line end).
        return wide(l) && continues && ends_with_abbreviation(l);
    }
    wide(l) && continues && !l.ends_with(':')
}

/// A dateline at the start of a paragraph, before the story's first sentence: up to four words
/// (capitalized, or a site name) and a dash ("CANAZEI - ", "PARBOABOA, Jakarta – ",
/// "TRIBUNBENGKULU.COM -", "NEW DELHI (Reuters) - "), or a bracketed source ("【Yahoo 新聞報道】").
/// Returns the length in bytes of the prefix with its dash.
fn dateline_prefix(p: &str) -> Option<usize> {
    if let Some(rest) = p.strip_prefix('【') {
        let close = rest.find('】')?;
        let inner = &rest[..close];
        return (inner.chars().count() <= 20 && rest.len() > close + 12)
            .then_some('【'.len_utf8() + close + '】'.len_utf8());
    }
    let head: String = p.chars().take(48).collect();
    let (pos, dash) = [" - ", " – ", " — ", " -\u{c2}", ".- "]
        .iter()
        .filter_map(|d| head.find(d).map(|i| (i, *d)))
        .min_by_key(|&(i, _)| i)?;
    let prefix = head[..pos].trim_end_matches(['.', ',']);
    let words: Vec<&str> = prefix.split_whitespace().collect();
    // An agency in brackets counts as capitalized, whatever its case ("Köln (dpa) - ").
    let capitalized = |w: &str| {
        (w.starts_with('(') && w.ends_with(')') && w.chars().count() <= 12)
            || w.trim_start_matches('(')
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase())
    };
    // The date of a wire dateline after the place: "LAGOS, March 3 (Reuters) - ", "Valencia, 20
    // dic (EFE).- ".
    let dated = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        !w.is_empty()
            && (w.chars().all(char::is_numeric)
                || crate::lexicon::month(&crate::normalize::fold(w)).is_some())
    };
    let place_and_date = words.first().is_some_and(|w| w.ends_with(','))
        && words.iter().any(|w| dated(w))
        && words.len() <= 6;
    let ok = !words.is_empty()
        && (words.len() <= 4 || place_and_date)
        && capitalized(words[0])
        && words.iter().enumerate().all(|(i, w)| {
            capitalized(w)
                || (place_and_date
                    && (dated(w)
                        // A month's short form after the day ("20 dic").
                        || (i > 0 && dated(words[i - 1]) && w.chars().count() <= 4)))
        })
        && !prefix.contains(['!', '?', ':', ';', '"', '“', '«'])
        // The story goes on after the dash: a sentence, not a headline's two halves.
        && p.len() > pos + dash.len() + 40;
    ok.then_some(pos + dash.len())
}

/// A place, an outlet or a kicker and a colon opening a paragraph of prose: "CHENNAI: Union
/// Minister …", "New Delhi: The …", "بولان: کوئٹہ سے …", "Road Accident: …". One word, or two capitalized ones
/// in a script with capitals; never a label of page furniture ("Correction:", "Updated:"), a
/// speaker before a quote, or a headline's two halves (the paragraph must close a sentence).
/// Returns the length in bytes of the prefix with its colon.
fn colon_dateline_prefix(p: &str) -> Option<usize> {
    let head: String = p.chars().take(60).collect();
    let pos = head.find(": ")?;
    // "नयाদিল্লি, ১৭ জুন (হি.স.):", "CHENNAI, April 30 (PTI):": the place, then the date (and the
    // agency) after a comma.
    let (prefix, dated) = match head[..pos].split_once(", ") {
        Some((place, date)) => (place, is_date_part(date)),
        None if head[..pos].chars().count() <= 40 => (&head[..pos], true),
        None => return None,
    };
    let words: Vec<&str> = prefix.split_whitespace().collect();
    let cased = |w: &str| w.chars().any(|c| c.is_uppercase() || c.is_lowercase());
    let capitalized = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase());
    let shape = match words[..] {
        [w] => !cased(w) || capitalized(w),
        [x, y] => capitalized(x) && capitalized(y),
        _ => false,
    };
    let rest = p[pos + 2..].trim_start();
    let ok = shape
        && dated
        && prefix.len() == prefix.trim_start().len()
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || crate::normalize::is_combining(c) || c == '-')
        })
        && !crate::normalize::is_stopword(&crate::normalize::fold(words[0]))
        && !crate::clean::opens_with_label(&crate::normalize::fold(&head))
        && rest.len() >= 40
        && !rest.starts_with(['"', '“', '„', '«', '「', '『', '\'', '‘'])
        && ends_sentence(p);
    ok.then_some(pos + 2)
}

/// A credit opening a paragraph and ending at its first comma ("به گزارش ایسنا، …", see
/// [`crate::lexicon::furniture::ATTRIBUTION`]): at most six words before the comma, and a sentence
/// after it. Returns the length in bytes of the credit with its comma.
fn attribution_prefix(p: &str) -> Option<usize> {
    // An agency or a reporter's title; a longer clause before the comma is the sentence's own.
    const MAX_CREDIT_WORDS: usize = 6;
    let opener = crate::lexicon::furniture::ATTRIBUTION
        .iter()
        .find(|o| p.starts_with(*o))?;
    let after = &p[opener.len()..];
    let cut = after.find(['،', ',', ';', ':'])?;
    let credit = &after[..cut];
    let sep = after[cut..].chars().next()?.len_utf8();
    let rest = after[cut + sep..].trim_start();
    let words = credit.split_whitespace().count();
    ((1..=MAX_CREDIT_WORDS).contains(&words) && rest.len() >= 40 && ends_sentence(p))
        .then_some(opener.len() + cut + sep)
}

/// "১৭ জুন (হি.স.)", "April 30 (PTI)": a day and a month's name, and at most an agency after them.
fn is_date_part(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let fold = |w: &str| crate::normalize::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
    words.len() <= 4
        && words
            .iter()
            .any(|w| crate::lexicon::month(&fold(w)).is_some())
        && words
            .iter()
            .any(|w| w.chars().next().is_some_and(|c| c.is_numeric()))
}

/// "21.12.2024", "05/12/2026", "2024-12-21" (a trailing comma or stop allowed): day, month and year
/// in digits, the year of four digits first or last.
pub(crate) fn is_numeric_date(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.', ';', ':']);
    let parts: Vec<&str> = w.split(['.', '/', '-']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let n: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    matches!(n[..], [1 | 2, 1 | 2, 4] | [4, 1 | 2, 1 | 2])
}

/// "Stand 21.12.2024 Anschlag auf …", "22.01.2025 08:38 Ein Auto …": a date in digits opening a
/// line that goes on, after at most one word and with a time after it: the page's stamp glued to
/// the headline. Returns the length in bytes of the stamp.
fn date_stamp_prefix(p: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = p
        .split_whitespace()
        .take(4)
        .map(|w| (w.as_ptr() as usize - p.as_ptr() as usize, w))
        .collect();
    let at = words.iter().position(|(_, w)| is_numeric_date(w))?;
    // A label ("Stand", "Updated"), not a preposition that makes the date part of a sentence
    // ("Am 21.12.2024 raste …").
    let label = |w: &str| {
        !w.chars().any(|c| c.is_numeric())
            && !crate::normalize::is_stopword(&crate::normalize::fold(w.trim_end_matches(':')))
    };
    if at > 1 || !words[..at].iter().all(|(_, w)| label(w)) {
        return None;
    }
    let mut last = at;
    if words.get(at + 1).is_some_and(|(_, w)| is_clock(w)) {
        last += 1;
    }
    let (off, w) = words[last];
    let end = off + w.len();
    // The line goes on with words of its own (a headline, not lower case), not a time zone or a
    // word or two.
    let rest = p[end..].trim();
    (rest.chars().count() >= 20 && !rest.starts_with(char::is_lowercase)).then_some(end)
}

/// "08:38", "5:10," : a time of day in digits (a trailing comma or stop allowed).
fn is_clock(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    w.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// "… 30 April 2024 5:10 PM GMT", "Updated: 08:10 IST": a line that ends in a time of day (and
/// its AM/PM and time zone) is a stamp, never wrapped into the next line.
fn ends_with_clock(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().rev().take(3).collect();
    // What may follow the clock: AM/PM and a zone in capitals ("PM", "GMT", "IST", "CET").
    let suffix = |w: &str| {
        (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
    };
    match words[..] {
        [c, ..] if is_clock(c) => true,
        [z, c, ..] if suffix(z) && is_clock(c) => true,
        [z, p, c] => suffix(z) && suffix(p) && is_clock(c),
        _ => false,
    }
}

/// The words at most of a photo credit that ends a caption's line.
const CREDIT_TAIL_WORDS: usize = 8;

/// "… on Wednesday. Picture: VICTORIA JONES/PA WIRE - Credit: PA": a caption's line ends in a photo
/// credit, a label of [`crate::lexicon::furniture::CAPTION`] after its last sentence, and the
/// story's next line is no continuation of it.
fn ends_with_credit(s: &str) -> bool {
    // The spaces before the line's last words, from the end: a credit opens after one of them.
    s.char_indices()
        .rev()
        .filter(|(_, c)| c.is_whitespace())
        .take(CREDIT_TAIL_WORDS)
        .any(|(i, _)| {
            let f = crate::normalize::fold(s[i..].trim_start());
            ends_sentence(&s[..i])
                && crate::lexicon::furniture::CAPTION
                    .split('\n')
                    .any(|p| !p.is_empty() && f.starts_with(p))
        })
}

/// "Home | News | Sport", "By Daniel Ocampo | Posted …": a menu or a line of fields, never part of
/// a wrapped paragraph.
fn is_menu(s: &str) -> bool {
    s.contains(" | ") || s.matches(" · ").count() >= 2
}

fn starts_with_bullet(s: &str) -> bool {
    matches!(
        s.chars().next(),
        Some('•' | '·' | '▪' | '►' | '■' | '●' | '*' | '–' | '—' | '-' | '>')
    )
}

/// Does this text end with sentence-closing punctuation (allowing closing quotes and brackets after it)?
pub fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '）' | '*'
            )
    });
    matches!(
        t.chars().last(),
        Some(
            '.' | '!'
                | '?'
                | '।'
                | '॥'
                | '。'
                | '！'
                | '？'
                | '؟'
                | '۔'
                | '…'
                | '；'
                | ';'
                | '॰'
        )
    )
}

fn cut_sentences(text: &str, s: usize, e: usize, block: usize, out: &mut Vec<Unit>) {
    // Line breaks inside a run are wraps; UAX #29 would cut at each, so read them as spaces.
    // '\n' and '\r' are one byte, as is ' ', so offsets are unchanged.
    let flat: String = text[s..e]
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    let mut pending: Option<(usize, usize)> = None;
    for (off, sent) in flat.split_sentence_bound_indices() {
        let t = sent.trim_start();
        if t.is_empty() {
            continue;
        }
        let ss = off + (sent.len() - t.len());
        let se = ss + t.trim_end().len();
        pending = match pending {
            Some((ps, pe))
                if (ends_with_abbreviation(&flat[ps..pe])
                    && !closes_on_abbreviation(&flat[ps..pe], &flat[ss..se]))
                    || starts_lower_continuation(&flat[ss..se])
                    || ordinal_day(&flat[ps..pe], &flat[ss..se])
                    || ordinal_after_article(&flat[ps..pe], &flat[ss..se])
                    || short_word_before_number(&flat[ps..pe], &flat[ss..se])
                    || (pe == ss && dotted_abbreviation(&flat[ps..pe], &flat[ss..se])) =>
            {
                Some((ps, se))
            }
            Some((ps, pe)) => {
                push_capped(text, s + ps, s + pe, block, out);
                Some((ss, se))
            }
            None => Some((ss, se)),
        };
    }
    if let Some((ps, pe)) = pending {
        push_capped(text, s + ps, s + pe, block, out);
    }
}

/// Abbreviations that can close a sentence: "It capsized shortly after 4 p.m. The vessel …".
const CLOSING_ABBREVIATIONS: &[&str] =
    &["a.m", "p.m", "etc", "inc", "ltd", "co", "corp", "jr", "sr"];

/// A closing abbreviation ([`CLOSING_ABBREVIATIONS`]) ends its sentence when the next piece opens
/// with a capitalized function word ("The", "It", "He"): a name after it ("4 p.m. Monday", "Acme
/// Inc. President …") goes on with the sentence.
fn closes_on_abbreviation(before: &str, after: &str) -> bool {
    let Some((_, lower)) = word_before_period(before) else {
        return false;
    };
    let Some(first) = after.split_whitespace().next() else {
        return false;
    };
    let first = first.trim_end_matches(|c: char| !c.is_alphanumeric());
    // In capitals, the word is a time zone or an acronym ("9:12 a.m. ET"), not a sentence's start.
    let capitalized = first.chars().skip(1).any(char::is_lowercase) || first.chars().count() == 1;
    CLOSING_ABBREVIATIONS.contains(&lower.as_str())
        && first.starts_with(char::is_uppercase)
        && capitalized
        && crate::normalize::is_stopword(&crate::normalize::fold(first))
}

/// "Am 21. Dezember 2024 …", "den 3. März": a day's ordinal number and its stop before a month's
/// name is no sentence end.
fn ordinal_day(before: &str, after: &str) -> bool {
    let Some(day) = before.strip_suffix('.') else {
        return false;
    };
    let digits = day.len() - day.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let word_start = day[..day.len() - digits]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    (1..=2).contains(&digits)
        && word_start
        && after.split_whitespace().next().is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            crate::lexicon::month(&crate::normalize::fold(w)).is_some()
        })
}

/// German articles and the prepositions an article is run into, before an ordinal number.
const ORDINAL_ARTICLES: &str = "der die das dem den des am im zum zur vom beim ins";

/// "in der 84. Minute", "zum 3. Mal": an article, a number of up to three digits and its stop, and
/// a capitalized word after it that is no function word ("… hat die 84. Die …") is an ordinal, no
/// sentence end.
fn ordinal_after_article(before: &str, after: &str) -> bool {
    let Some(num) = before.strip_suffix('.') else {
        return false;
    };
    let mut words = num.split_whitespace().rev();
    let (Some(n), Some(article)) = (words.next(), words.next()) else {
        return false;
    };
    (1..=3).contains(&n.len())
        && n.bytes().all(|b| b.is_ascii_digit())
        && ORDINAL_ARTICLES
            .split_whitespace()
            .any(|a| a.eq_ignore_ascii_case(article))
        && after.starts_with(char::is_uppercase)
        && after.split_whitespace().next().is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            !crate::normalize::is_stopword(&crate::normalize::fold(w))
        })
}

/// A period after a word of one or two characters (not letters: a Gujarati verb of four characters
/// has two letters), then a number: an abbreviation before a figure ("अखेरचे अद्ययावत: दु. 3:05",
/// updated at 3:05 p.m.; "વડોદરા તા. 18", Vadodara, dated the 18th; "Nr. 5"), not a sentence end.
fn short_word_before_number(before: &str, after: &str) -> bool {
    word_before_period(before).is_some_and(|(w, _)| {
        !w.is_empty()
            && w.chars().count() <= 2
            && w.chars()
                .all(|c| c.is_alphabetic() || crate::normalize::is_combining(c))
    }) && after.starts_with(|c: char| crate::normalize::digit_value(c).is_some())
}

/// A "sentence" that starts with a lower-case ASCII letter continues the one before: the cut before
/// it was no sentence end.
fn starts_lower_continuation(s: &str) -> bool {
    matches!(s.chars().next(), Some(c) if c.is_lowercase() && c.is_ascii())
}

/// A cut inside a dotted abbreviation ("(হি.স.):", "U.S.A."): the piece before ends with a
/// period glued to the next piece, which opens with a few letters and a period of its own.
fn dotted_abbreviation(before: &str, after: &str) -> bool {
    if !before.ends_with('.') {
        return false;
    }
    let Some(dot) = after.find('.') else {
        return false;
    };
    let head = &after[..dot];
    !head.is_empty()
        && crate::normalize::letter_count(head) <= 3
        && head
            .chars()
            .all(|c| c.is_alphabetic() || crate::normalize::is_combining(c))
}

/// Abbreviations after which a period does not end a sentence in news text: titles, ranks, months,
/// streets, "about" and "hour", in English, Polish, Russian, Dutch, Indonesian and Malay, Swahili,
/// Turkish, Romanian, Italian and German; doctor, advocate, professor and the honorifics of Hindi,
/// Marathi, Gujarati, Bengali and Punjabi ("डॉ.", "ॲड.", "प्रा.", "श्री."). Space-separated, one string (a slice of strings costs the
/// wasm a pointer and a length a word).
const ABBREVIATIONS: &str = "\
mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr gov sen rep rev hon pres inc ltd co \
corp vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft no nos fig approx dept \
est rs u.s u.k u.n e.g i.e a.m p.m ph.d d.c av sra srta mme mlle nr bzw z.b supt insp \
brig cpl pvt ul godz ok ok. mł bryg kpt mjr płk asp prok tzw np m.in woj fot ул \
dhr mevr bijv bpk jl kab kec bi bw doç cad sok mah str dl dott avv ca inkl sog evtl \
डॉ डा ॲड अ‍ॅड एड प्रा श्री सौ कु ડૉ ડો શ્રી ডা ডঃ ਡਾ ਸ੍ਰੀ";

/// The word a piece ends with before its closing period, as written and lower-cased; `None` when
/// the piece does not end with a period.
fn word_before_period(s: &str) -> Option<(&str, String)> {
    let last = s
        .strip_suffix('.')?
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    // char::to_lowercase, not str::to_lowercase: the latter brings 3 KB of its own into the wasm.
    Some((last, last.chars().flat_map(char::to_lowercase).collect()))
}

fn ends_with_abbreviation(s: &str) -> bool {
    let Some((last, lower)) = word_before_period(s) else {
        return false;
    };
    if ABBREVIATIONS.split_whitespace().any(|a| a == lower) {
        return true;
    }
    // A single capital letter is an initial: "J. K. Rowling". Tamil writes an initial as the
    // letter's syllable, three characters at most ("என். சுகந்தி"), and ends its sentences on longer
    // verbs. (Not so Marathi: "आहे." ends most sentences.)
    let mut cs = last.chars();
    let indic = |c: char| ('\u{0B80}'..='\u{0BFF}').contains(&c) && !c.is_numeric();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
        || (!last.is_empty() && last.chars().count() <= 3 && last.chars().all(indic))
}

/// Pushes the sentence `text[s..e]` as a text unit, cut into pieces of at most [`MAX_UNIT_BYTES`].
fn push_capped(text: &str, s: usize, e: usize, block: usize, out: &mut Vec<Unit>) {
    let mut s = s;
    while e - s > MAX_UNIT_BYTES {
        // Cut at the last whitespace before the cap, or at a char boundary if there is none.
        let mut cut = s + MAX_UNIT_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(ws) = text[s..cut].rfind(char::is_whitespace) {
            if ws > MAX_UNIT_BYTES / 2 {
                cut = s + ws;
            }
        }
        let piece = text[s..cut].trim_end();
        out.push(Unit {
            start: s,
            end: s + piece.len(),
            kind: Kind::Text,
            block,
            line: false,
        });
        let rest = &text[cut..e];
        s = cut + (rest.len() - rest.trim_start().len());
    }
    if e > s {
        out.push(Unit {
            start: s,
            end: e,
            kind: Kind::Text,
            block,
            line: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<&str> {
        segment(text)
            .iter()
            .map(|u| &text[u.start..u.end])
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("   \n\t ", &[]),
            ("One. Two! Three?", &["One.", "Two!", "Three?"]),
            ("भारत आया। वह गया॥ फिर", &["भारत आया।", "वह गया॥", "फिर"]),
            ("今天下雨。明天晴！好吗？", &["今天下雨。", "明天晴！", "好吗？"]),
            ("هل جاء؟ نعم۔", &["هل جاء؟", "نعم۔"]),
            ("Mr. Smith met Dr. Jones. They spoke.", &["Mr. Smith met Dr. Jones.", "They spoke."]),
            (
                "असे सरकारी वकील ॲड. उज्ज्वला पवार यांनी सांगितले. निकाल आला.",
                &["असे सरकारी वकील ॲड. उज्ज्वला पवार यांनी सांगितले.", "निकाल आला."],
            ),
            ("डॉ. राम ने कहा। सब ठीक है।", &["डॉ. राम ने कहा।", "सब ठीक है।"]),
            (
                "Schuster köpfte in der 84. Minute den Siegtreffer. Es war knapp.",
                &["Schuster köpfte in der 84. Minute den Siegtreffer.", "Es war knapp."],
            ),
            (
                "Gewonnen hat die 84. Die Mannschaft jubelte.",
                &["Gewonnen hat die 84.", "Die Mannschaft jubelte."],
            ),
            ("The U.S. Senate voted. It passed.", &["The U.S. Senate voted.", "It passed."]),
            ("Growth was 3.5 percent. Good.", &["Growth was 3.5 percent.", "Good."]),
            ("J. K. Rowling wrote it.", &["J. K. Rowling wrote it."]),
            (
                "अखेरचे अद्ययावत: दु. 3:05. इमारत कोसळली.",
                &["अखेरचे अद्ययावत: दु. 3:05.", "इमारत कोसळली."],
            ),
            (
                "என மாவட்ட ஆட்சியர் என். சுகந்தி தெரிவித்தார். தீ அணைக்கப்பட்டது.",
                &["என மாவட்ட ஆட்சியர் என். சுகந்தி தெரிவித்தார்.", "தீ அணைக்கப்பட்டது."],
            ),
            ("It sank after 4 p.m. The crew swam.", &["It sank after 4 p.m.", "The crew swam."]),
            ("It sank at 4 p.m. Monday in the bay.", &["It sank at 4 p.m. Monday in the bay."]),
            ("Actualizado a las 9:12 a.m. ET", &["Actualizado a las 9:12 a.m. ET"]),
            (
                "Eksplozja nastąpiła ok. godz. 6.20 przy ul. Kościuszki. Akcją kieruje st. bryg. Piotr Nowicki.",
                &[
                    "Eksplozja nastąpiła ok. godz. 6.20 przy ul. Kościuszki.",
                    "Akcją kieruje st. bryg. Piotr Nowicki.",
                ],
            ),
            // Words that end sentences in other languages are no abbreviations: English "DNA",
            // Danish "sig" and "det", Russian "им".
            ("The tests matched the DNA. Police arrested him.", &["The tests matched the DNA.", "Police arrested him."]),
            (
                "Waziri wa Afya wa kaunti, Bi. Amina Mwachiro, alisema.",
                &["Waziri wa Afya wa kaunti, Bi. Amina Mwachiro, alisema."],
            ),
            (
                "Twelve dead after ferry overturns off San Ildefonso\nBy Daniel Ocampo | Posted July 14, 2024 at 12:30 PM\nTwelve people died when a passenger ferry overturned.",
                &[
                    "Twelve dead after ferry overturns off San Ildefonso",
                    "By Daniel Ocampo | Posted July 14, 2024 at 12:30 PM",
                    "Twelve people died when a passenger ferry overturned.",
                ],
            ),
            ("A Headline Here\n\nBody text. More.", &["A Headline Here", "Body text.", "More."]),
            ("Heading\nA long paragraph that follows the heading directly. And more.", &[
                "Heading",
                "A long paragraph that follows the heading directly.",
                "And more.",
            ]),
            (
                "This sentence is wrapped at a narrow width so that it\ncontinues on the next line and ends here. Next one.",
                &["This sentence is wrapped at a narrow width so that it\ncontinues on the next line and ends here.", "Next one."],
            ),
            ("• Item one\n• Item two", &["• Item one", "• Item two"]),
            ("Spread the love\n\nभारत और इस्राइल ने समझौता किया।", &["Spread the love", "भारत और इस्राइल ने समझौता किया।"]),
            (
                "BALTIMORE — The six construction workers who fell are presumed dead, officials said.",
                &["BALTIMORE —", "The six construction workers who fell are presumed dead, officials said."],
            ),
            (
                "Magdeburg - Anschlag auf dem Magdeburger Weihnachtsmarkt! Ein Autofahrer ist in die Menge gerast.",
                &["Magdeburg -", "Anschlag auf dem Magdeburger Weihnachtsmarkt!", "Ein Autofahrer ist in die Menge gerast."],
            ),
            (
                "【Yahoo 新聞報道】大埔宏福苑發生五級火，由周三下午起焚燒，截至周四早上造成多人死傷。",
                &["【Yahoo 新聞報道】", "大埔宏福苑發生五級火，由周三下午起焚燒，截至周四早上造成多人死傷。"],
            ),
            // A dotted abbreviation in any script is no sentence end; a period glued to a word is.
            (
                "নয়াদিল্লি, ১৭ জুন (হি.স.): দার্জিলিং জেলায় দুর্ঘটনা হয়েছে। পরে আরও খবর।",
                &["নয়াদিল্লি, ১৭ জুন (হি.স.):", "দার্জিলিং জেলায় দুর্ঘটনা হয়েছে।", "পরে আরও খবর।"],
            ),
            ("Officials in the U.S.A. said so. Then they left.", &["Officials in the U.S.A. said so.", "Then they left."]),
            ("It was the end.Then the next day came.", &["It was the end.Then the next day came."]),
            // A day's ordinal before a month's name is no sentence end.
            (
                "Am 21. Dezember 2024 raste ein Auto in die Menge. Die Polizei ermittelt.",
                &["Am 21. Dezember 2024 raste ein Auto in die Menge.", "Die Polizei ermittelt."],
            ),
            ("Es waren 21. Dann kamen mehr.", &["Es waren 21.", "Dann kamen mehr."]),
            (
                "Die Polizei räumte am Samstag (12. Oktober) den Sperrbereich. Niemand wurde verletzt.",
                &["Die Polizei räumte am Samstag (12. Oktober) den Sperrbereich.", "Niemand wurde verletzt."],
            ),
            // A wire dateline with its date is a unit of its own.
            (
                "LAGOS, March 3 (Reuters) - A three-storey building collapsed in Lagos on Monday, killing 11 people.",
                &["LAGOS, March 3 (Reuters) -", "A three-storey building collapsed in Lagos on Monday, killing 11 people."],
            ),
            (
                "Valencia, 20 dic (EFE).- Las Cortes aprobaron este viernes los presupuestos de la Generalitat.",
                &["Valencia, 20 dic (EFE).-", "Las Cortes aprobaron este viernes los presupuestos de la Generalitat."],
            ),
            (
                "Köln (dpa) - Nach dem Fund einer Fliegerbombe mussten am Sonntag rund 8000 Anwohner ihre Wohnungen verlassen.",
                &["Köln (dpa) -", "Nach dem Fund einer Fliegerbombe mussten am Sonntag rund 8000 Anwohner ihre Wohnungen verlassen."],
            ),
            // A sentence's own words before a dash are not a dateline.
            (
                "Officials said on March 3 that 11 people - most of them workers - had died in the collapse.",
                &["Officials said on March 3 that 11 people - most of them workers - had died in the collapse."],
            ),

            // A page's date stamp glued to the headline is a unit of its own; a date inside a
            // sentence is not.
            (
                "Stand 21.12.2024 Anschlag auf Weihnachtsmarkt in Magdeburg: Was ist bekannt?",
                &["Stand 21.12.2024", "Anschlag auf Weihnachtsmarkt in Magdeburg: Was ist bekannt?"],
            ),
            (
                "22.01.2025 08:38 Ein Auto raste in die Menge auf dem Markt.",
                &["22.01.2025 08:38", "Ein Auto raste in die Menge auf dem Markt."],
            ),
            ("Am 21.12.2024 raste ein Auto in die Menge.", &["Am 21.12.2024 raste ein Auto in die Menge."]),
            ("Stand 21.12.2024 um 12 Uhr", &["Stand 21.12.2024 um 12 Uhr"]),
            // A place's length is counted in characters, whatever its script takes in bytes.
            (
                "கள்ளக்குறிச்சி: கள்ளக்குறிச்சி விஷ சாராய விவகாரம் தொடர்பாக சிபிஐ அதிகாரிகள் விசாரணையை துவங்கினர்.",
                &["கள்ளக்குறிச்சி:", "கள்ளக்குறிச்சி விஷ சாராய விவகாரம் தொடர்பாக சிபிஐ அதிகாரிகள் விசாரணையை துவங்கினர்."],
            ),
            // The place, the date and the agency before the colon are one dateline.
            (
                "নয়াদিল্লি, ১৭ জুন (হি.স.): দার্জিলিং জেলায় ট্রেন দুর্ঘটনায় রেলের পক্ষ থেকে অর্থ সাহায্য ঘোষণা করা হল।",
                &["নয়াদিল্লি, ১৭ জুন (হি.স.):", "দার্জিলিং জেলায় ট্রেন দুর্ঘটনায় রেলের পক্ষ থেকে অর্থ সাহায্য ঘোষণা করা হল।"],
            ),
            (
                "Mr Cundy, the commander, said: the search of the tower will take weeks to finish.",
                &["Mr Cundy, the commander, said: the search of the tower will take weeks to finish."],
            ),
            // A place or an outlet and a colon opening prose is a dateline; a headline's two
            // halves, a speaker before a quote, a furniture label and a sentence's own words are not.
            (
                "CHENNAI: Union Minister L Murugan expressed his condolences on Tuesday.",
                &["CHENNAI:", "Union Minister L Murugan expressed his condolences on Tuesday."],
            ),
            (
                "New Delhi: The two countries signed a defence agreement on Tuesday.",
                &["New Delhi:", "The two countries signed a defence agreement on Tuesday."],
            ),
            (
                "بولان: کوئٹہ سے پشاور جانے والی جعفر ایکسپریس پر حملہ ہوا۔",
                &["بولان:", "کوئٹہ سے پشاور جانے والی جعفر ایکسپریس پر حملہ ہوا۔"],
            ),
            ("Karachi Plane crash: विमान गिरा, कई मकान ध्वस्त", &["Karachi Plane crash: विमान गिरा, कई मकान ध्वस्त"]),
            (
                "Vorobyov: «The rescuers entered the hall, which burned out completely.»",
                &["Vorobyov: «The rescuers entered the hall, which burned out completely.»"],
            ),
            (
                "Correction: An earlier version of this article misspelled the engineer's name.",
                &["Correction: An earlier version of this article misspelled the engineer's name."],
            ),
            (
                "He said: the rescuers entered the hall, which had burned out completely.",
                &["He said: the rescuers entered the hall, which had burned out completely."],
            ),
            (
                "رضوانی افزود: این حادثه چند مصدوم داشته است و امدادگران در محل هستند.",
                &["رضوانی افزود: این حادثه چند مصدوم داشته است و امدادگران در محل هستند."],
            ),
            // A Persian paragraph opens with its source ("as ISNA reports,"): the credit is a unit
            // of its own; a sentence that merely starts alike keeps its words.
            (
                "به گزارش ایسنا، مدیر روابط عمومی بندر علت صدای مهیب را انفجار کانتینر عنوان کرد.",
                &["به گزارش ایسنا،", "مدیر روابط عمومی بندر علت صدای مهیب را انفجار کانتینر عنوان کرد."],
            ),
            (
                "به گزارش رسانه‌های محلی که دیروز منتشر شد و تا امروز تکذیب نشده است، انفجار در بندر رخ داد.",
                &["به گزارش رسانه‌های محلی که دیروز منتشر شد و تا امروز تکذیب نشده است، انفجار در بندر رخ داد."],
            ),

            // A caption's line that ends in its photo credit is no wrapped line of the story's
            // sentence below it; a wrapped sentence that merely mentions a photo still joins.
            (
                "Commander Stuart Cundy confirms 58 people are missing, presumed dead, after the fire. Picture: VICTORIA JONES/PA WIRE\nPolice have said at least 58 people died or are missing, presumed dead, after the fire in London.",
                &[
                    "Commander Stuart Cundy confirms 58 people are missing, presumed dead, after the fire.",
                    "Picture: VICTORIA JONES/PA WIRE",
                    "Police have said at least 58 people died or are missing, presumed dead, after the fire in London.",
                ],
            ),
            (
                "The council published a photo of the damaged bridge on its website and asked\nresidents to stay away from the riverbank until the engineers have inspected it.",
                &["The council published a photo of the damaged bridge on its website and asked\nresidents to stay away from the riverbank until the engineers have inspected it."],
            ),
            // A line ending in a time stamp is no wrapped line of the sentence below it.
            (
                "By Staff Reporter | Published 30 April 2024 5:10 PM GMT\nThe minister expressed condolences to the families of those killed in the crash.",
                &[
                    "By Staff Reporter | Published 30 April 2024 5:10 PM GMT",
                    "The minister expressed condolences to the families of those killed in the crash.",
                ],
            ),
            (
                "A headline that is quite long and runs on here\n22.01.2025 08:38\nA+",
                &["A headline that is quite long and runs on here", "22.01.2025 08:38", "A+"],
            ),
        ];
        for (input, want) in cases {
            assert_eq!(cut(input), *want, "input: {input:?}");
        }
    }

    #[test]
    fn lines_without_punctuation_are_headings() {
        let t = "Title line\n\nText here.";
        let u = segment(t);
        assert_eq!(u[0].kind, Kind::Heading);
        assert!(u[0].line);
        assert_eq!(u[1].kind, Kind::Text);
        assert_eq!(u[1].block, 1);
    }

    #[test]
    fn units_tile_nonwhitespace() {
        let t = " a b. c\n\n  d।e  \r\n f ";
        let u = segment(t);
        let mut covered = vec![false; t.len()];
        for x in &u {
            for c in covered.iter_mut().take(x.end).skip(x.start) {
                *c = true;
            }
        }
        for (i, ch) in t.char_indices() {
            if !ch.is_whitespace() {
                assert!(covered[i], "byte {i} ({ch:?}) not covered");
            }
        }
    }

    #[test]
    fn runaway_line_is_capped_on_char_boundaries() {
        let t = "क".repeat(5000);
        let u = segment(&t);
        assert!(u.len() >= 4);
        for x in &u {
            assert!(t.is_char_boundary(x.start) && t.is_char_boundary(x.end));
            assert!(x.end - x.start <= MAX_UNIT_BYTES);
        }
        assert_eq!(u.last().unwrap().end, t.len());
    }
}

//! Tells story content from page furniture, bylines, datelines and captions in text pasted from a web page.
//!
//! Two kinds of evidence: a compact phrase table in many languages (share bars, "Related Posts",
//! "और पढ़े", "Te puede interesar", newsletter boxes, copyright lines, bylines, update stamps, captions),
//! and shape cues (short lines repeated on a page, runs of short lines after a "related" marker,
//! lines both sides share only because they come from one site's template).

mod structure;

pub use structure::{by_structure, Side};

use crate::lexicon::furniture::{
    AGENCIES, BYLINE, CAPTION, CORRECTION, DATELINE, FURNITURE, NEIGHBOURS, RELATED,
};
use crate::normalize::fold;
use crate::report::Kind;
use crate::segment::Unit;
use crate::{Map, Set};
use std::sync::OnceLock;

/// Words of a line both sides print above the story are matched to the story body's words on
/// their first this many characters ("floods" / "flooding", "kill" / "killed").
const TEMPLATE_STEM_CHARS: usize = 4;

/// The story's first this many sentences are its lede, which its headline retells.
const LEDE_UNITS: usize = 3;

/// A line both sides print above the story that shares this many stems with the lede is its
/// headline, not the site's template. Own fixtures (en-template-unrelated: the masthead "Northfield
/// Gazette" shares one, the town) and the dev set.
const TEMPLATE_STORY_WORDS: usize = 2;

/// A phrase table folded the way unit text is (nukta, case, width), built once, with a bitmap of
/// the phrases' first three characters: asked of every unit, one bit settles most positions.
struct Table {
    raw: &'static str,
    folded: OnceLock<Built>,
}

struct Built {
    phrases: Vec<String>,
    /// Bit `key(c0, c1, c2)` is set when a phrase opens with `c0 c1 c2`: a position whose bit is
    /// clear starts none of the phrases of three characters or more.
    bits: Vec<u64>,
    /// Phrases shorter than three characters, tried everywhere.
    short: Vec<u32>,
}

impl Table {
    const fn new(raw: &'static str) -> Self {
        Table {
            raw,
            folded: OnceLock::new(),
        }
    }
    fn built(&self) -> &Built {
        self.folded.get_or_init(|| {
            let phrases: Vec<String> = crate::lexicon::entries(self.raw).map(fold).collect();
            let mut bits = vec![0u64; 1024];
            let mut short = Vec::new();
            for (k, p) in phrases.iter().enumerate() {
                let mut cs = p.chars();
                match (cs.next(), cs.next(), cs.next()) {
                    (Some(c0), Some(c1), Some(c2)) => {
                        let h = key(c0, c1, c2);
                        bits[usize::from(h) / 64] |= 1 << (h % 64);
                    }
                    _ => short.push(k as u32),
                }
            }
            Built {
                phrases,
                bits,
                short,
            }
        })
    }
    fn get(&self) -> &[String] {
        &self.built().phrases
    }
    /// Whether a phrase starts at byte `at` of `s`, whose next three characters are `c`.
    fn at(built: &Built, s: &str, at: usize, c: Option<[char; 3]>) -> bool {
        let rest = &s.as_bytes()[at..];
        let is = |k: &u32| rest.starts_with(built.phrases[*k as usize].as_bytes());
        if built.short.iter().any(is) {
            return true;
        }
        let Some([c0, c1, c2]) = c else { return false };
        let h = key(c0, c1, c2);
        // A set bit is rare enough (2% of English positions for the page-chrome phrases) to try
        // every phrase there.
        built.bits[usize::from(h) / 64] & (1 << (h % 64)) != 0
            && built.phrases.iter().any(|p| rest.starts_with(p.as_bytes()))
    }
    /// Whether `s` opens with a phrase of the table.
    fn opens(&self, s: &str) -> bool {
        let mut cs = s.chars();
        let c = match (cs.next(), cs.next(), cs.next()) {
            (Some(a), Some(b), Some(c)) => Some([a, b, c]),
            _ => None,
        };
        Self::at(self.built(), s, 0, c)
    }
    /// Whether a phrase of the table occurs anywhere in `s`.
    fn within(&self, s: &str) -> bool {
        let built = self.built();
        // A window of three characters slides along; the last two positions have fewer.
        let mut win: [(usize, char); 3] = [(0, ' '); 3];
        for (n, (i, c)) in s.char_indices().enumerate() {
            win = [win[1], win[2], (i, c)];
            if n >= 2 && Self::at(built, s, win[0].0, Some([win[0].1, win[1].1, win[2].1])) {
                return true;
            }
        }
        let tail = s.char_indices().rev().take(2).map(|(i, _)| i);
        tail.into_iter().any(|i| Self::at(built, s, i, None))
    }
}

/// Three characters hashed to one of 65,536 bits.
fn key(c0: char, c1: char, c2: char) -> u16 {
    let h = (c0 as u32).wrapping_mul(0x9E37_79B1) ^ (c1 as u32);
    let h = h.wrapping_mul(0x85EB_CA6B) ^ (c2 as u32);
    (h.wrapping_mul(0xC2B2_AE35) >> 16) as u16
}

static FURNITURE_T: Table = Table::new(FURNITURE);
static RELATED_T: Table = Table::new(RELATED);
static NEIGHBOURS_T: Table = Table::new(NEIGHBOURS);
static BYLINE_T: Table = Table::new(BYLINE);
static DATELINE_T: Table = Table::new(DATELINE);
static AGENCIES_T: Table = Table::new(AGENCIES);

/// Whether a folded word is a news agency's name ("reuters", "efe", "पीटीआई").
pub(crate) fn is_agency(w: &str) -> bool {
    AGENCIES_T.get().iter().any(|a| a == w)
}
static CAPTION_T: Table = Table::new(CAPTION);
static CORRECTION_T: Table = Table::new(CORRECTION);

/// "KYIV, 3 Feb 2025", "18 جولائی 2025": a short line that names a month next to a number, and
/// little else (a headline that ends "… from 1 July" is a headline).
fn has_date(f: &str) -> bool {
    let ws: Vec<&str> = f
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|')
        .filter(|w| !w.is_empty())
        .collect();
    let month = ws
        .iter()
        .any(|w| crate::facts::month(w.trim_end_matches('.')).is_some());
    let digits = ws
        .iter()
        .filter(|w| w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 4)
        .count();
    month && digits >= 1 && ws.len() <= digits + 4
}

/// "राजधानी ब्यूरो | प्रकाशित: 9:40 PM", "Lusa | Atualizado há 2 horas": parts split by '|' of which one is a
/// byline, an update stamp or an agency.
fn has_meta_part(f: &str) -> bool {
    f.contains('|')
        && f.split('|').map(str::trim).any(|p| {
            starts_with_any(p, &DATELINE_T)
                || starts_with_any(p, &CORRECTION_T)
                || starts_with_any(p, &BYLINE_T)
                || is_agency_dateline(p)
                || BYLINE_T
                    .get()
                    .iter()
                    .any(|b| b.trim().chars().count() > 3 && p.ends_with(b.trim()))
        })
}

fn starts_with_any(s: &str, table: &Table) -> bool {
    table.opens(s)
}

/// Whether folded text opens with a label this stage reads as page furniture or metadata
/// ("Correction:", "Updated:", "Read more"): segmentation leaves such a line whole.
pub(crate) fn opens_with_label(folded: &str) -> bool {
    [
        &FURNITURE_T,
        &RELATED_T,
        &BYLINE_T,
        &DATELINE_T,
        &CAPTION_T,
        &CORRECTION_T,
    ]
    .into_iter()
    .any(|t| starts_with_any(folded, t))
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The first pass over both sides, by wording: kinds from the phrase tables and each side's shape
/// before words are known. Returns the folded text of every unit of each side, which alignment
/// reads again (identical units).
pub fn by_phrases(
    a: &str,
    units_a: &mut [Unit],
    b: &str,
    units_b: &mut [Unit],
) -> [Vec<String>; 2] {
    let folded_a = fold_units(a, units_a);
    let folded_b = fold_units(b, units_b);
    classify_kinds_folded(a, units_a, &folded_a, units_b, &folded_b);
    classify_kinds_folded(b, units_b, &folded_b, units_a, &folded_a);
    [folded_a, folded_b]
}

/// The second pass, once both sides' words are known: furniture by shape (`structure`), then the
/// reader's corrections from the options.
pub fn by_shapes(
    (a, units_a, toks_a): (&str, &mut [Unit], &[Vec<crate::normalize::Token>]),
    (b, units_b, toks_b): (&str, &mut [Unit], &[Vec<crate::normalize::Token>]),
    [folded_a, folded_b]: &[Vec<String>; 2],
    options: &crate::Options,
) {
    let before_b = units_b.to_vec();
    by_structure(
        (a, units_a, toks_a, folded_a),
        &Side {
            text: b,
            units: &before_b,
            toks: toks_b,
            folded: folded_b,
        },
    );
    drop(before_b);
    by_structure(
        (b, units_b, toks_b, folded_b),
        &Side {
            text: a,
            units: units_a,
            toks: toks_a,
            folded: folded_a,
        },
    );
    name_headline(units_a);
    name_headline(units_b);
    apply_overrides(units_a, &options.story_a, &options.furniture_a);
    apply_overrides(units_b, &options.story_b, &options.furniture_b);
}

/// The folded text of every unit, as [`classify_kinds_folded`] and `align::link_identical_folded` read it.
pub fn fold_units(text: &str, units: &[Unit]) -> Vec<String> {
    units.iter().map(|u| fold(&text[u.start..u.end])).collect()
}

/// Assigns a kind to every unit of one side. `other` is the other side, for template lines both share.
pub fn classify_kinds(text: &str, units: &mut [Unit], other_text: &str, other: &[Unit]) {
    if units.is_empty() {
        return;
    }
    let folded = fold_units(text, units);
    let other_folded: Vec<String> = other
        .iter()
        .map(|u| match u.line {
            true => fold(&other_text[u.start..u.end]),
            false => String::new(),
        })
        .collect();
    classify_kinds_folded(text, units, &folded, other, &other_folded);
}

/// [`classify_kinds`] with the folded text of every unit of both sides already made ([`fold_units`];
/// of the other side only the lines are read).
pub fn classify_kinds_folded(
    text: &str,
    units: &mut [Unit],
    folded: &[String],
    other: &[Unit],
    other_folded: &[String],
) {
    if units.is_empty() {
        return;
    }
    // Short lines that repeat on one page are the site's chrome ("Spread the love" after every teaser).
    let mut seen: Map<&str, usize> = Map::default();
    for (u, f) in units.iter().zip(folded) {
        if u.line {
            *seen.entry(f.as_str()).or_default() += 1;
        }
    }
    let other_lines: Set<&str> = other
        .iter()
        .zip(other_folded)
        .filter(|(u, _)| u.line)
        .map(|(_, f)| f.as_str())
        .collect();
    let first_text = units.iter().position(|u| !u.line).unwrap_or(units.len());
    let last_text = units.iter().rposition(|u| !u.line).unwrap_or(0);
    // Position cues need a story body to be outside of: a text of unpunctuated lines has none.
    let has_body = first_text < units.len();
    // The stems (first characters) of the lede's longer words: a line both sides print above the
    // story is the site's template only when it tells few of them (a headline printed on both sides
    // retells its lede; "Home | World" and the masthead do not, and a footer's "Sign up for the
    // Gazette" is no lede).
    let stem = |w: &str| {
        w.char_indices()
            .nth(TEMPLATE_STEM_CHARS)
            .map_or(w.len(), |(i, _)| i)
    };
    let body_stems: Set<&str> = units
        .iter()
        .zip(folded)
        .filter(|(u, _)| !u.line)
        .take(LEDE_UNITS)
        .flat_map(|(_, f)| f.split_whitespace())
        .filter(|w| w.chars().count() >= TEMPLATE_STEM_CHARS)
        .map(|w| &w[..stem(w)])
        .collect();
    let tells_story = |f: &str| {
        let told: Set<&str> = f
            .split_whitespace()
            .filter(|w| w.chars().count() >= TEMPLATE_STEM_CHARS)
            .map(|w| &w[..stem(w)])
            .filter(|s| body_stems.contains(s))
            .collect();
        told.len() >= TEMPLATE_STORY_WORDS
    };

    let blocks = block_spans(units);
    let mut blocks_first = vec![0usize; blocks.len()];
    for (i, u) in units.iter().enumerate().rev() {
        blocks_first[u.block] = i;
    }
    let mut in_related = false;
    let mut related_block = usize::MAX;
    // The block right after a "Read Next" line: the neighbour's title.
    let mut neighbour_block = usize::MAX;
    // The paragraph a correction note opens: its every sentence is about the article.
    let mut correction_block = usize::MAX;
    for i in 0..units.len() {
        let f = folded[i].as_str();
        let f_trim = f.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©' && c != '(');
        let u = &units[i];
        let (bs, be) = blocks[u.block];
        let block_text = &text[bs..be];
        let lone = |b: usize| {
            blocks_first
                .get(b)
                .is_some_and(|&j| units.get(j + 1).is_none_or(|n| n.block != b))
        };
        let kind = if u.line && is_marker_of(f_trim, &NEIGHBOURS_T) {
            neighbour_block = u.block + 1;
            Kind::Boilerplate
        } else if u.block == neighbour_block
            && lone(u.block)
            && words(f) <= NEIGHBOUR_TITLE_WORDS
            && !quoted_sentence(&text[u.start..u.end])
        {
            Kind::Boilerplate
        } else if starts_with_any(f_trim, &RELATED_T) {
            // A marker line opens a related block; a marker glued to a title is one related link.
            // "Read more", or a short section line that begins with a marker ("Más noticias de
            // España", "Mehr zum Thema Magdeburg"): the lines after it are the box's teasers.
            in_related = is_marker_only(f_trim)
                || (u.line
                    && words(f_trim) <= 5
                    && !f_trim.ends_with(['.', '!', '?', '।', '۔', '。']));
            related_block = u.block;
            Kind::Boilerplate
        } else if in_related
            && (u.block == related_block || teaser_like(block_text, units, u.block, &blocks_first))
            && !quoted_sentence(&text[u.start..u.end])
        {
            Kind::Boilerplate
        } else {
            in_related = false;
            // A headline printed twice retells its lede: it is no chrome.
            let headline = words(f) >= REPEATED_HEADLINE_WORDS && tells_story(f);
            if (u.line && seen.get(f).copied().unwrap_or(0) >= 2 && words(f) <= 8 && !headline)
                || (starts_with_any(f_trim, &FURNITURE_T) && (u.line || words(f) <= 25))
                // Share-bar text glued to a teaser ("Spread the loveदिल्ली में…").
                || f.contains("spread the love")
            {
                Kind::Boilerplate
            } else if CAPTION_T.within(f) && words(f) <= 40 && !wire_lead(f) {
                Kind::Caption
            } else if (u.line || words(f) <= 12) && starts_with_any(f_trim, &DATELINE_T) {
                Kind::Dateline
            } else if u.line && words(f) <= 12 && starts_with_any(f_trim, &BYLINE_T) {
                Kind::Byline
            } else if (u.line && words(f) <= 12 && looks_like_timestamp(f))
                || (is_agency_dateline(f) && is_block_start(units, i))
            {
                Kind::Dateline
            } else if starts_with_any(f_trim, &CORRECTION_T) || u.block == correction_block {
                // A correction note may run long, over sentences of its paragraph; it is about the
                // article, not part of the story.
                correction_block = u.block;
                Kind::Dateline
            } else if u.line && words(f) <= 10 && (has_date(f) || has_meta_part(f)) {
                Kind::Dateline
            } else if u.line && looks_like_nav(f) {
                Kind::Boilerplate
            } else if u.line
                && has_body
                && (i < first_text || i > last_text)
                && words(f) < 6
                && other_lines.contains(f)
                && !tells_story(f)
            {
                // Shared by both sides outside the story body: the site's template, not a shared fact.
                Kind::Boilerplate
            } else {
                u.kind
            }
        };
        units[i].kind = kind;
    }
    // Trailing runs of short lines after the story are link lists (tags, menus, other headlines).
    // A numbered list (the names of the dead), a quote, or lines of a script written without
    // spaces (where a "word" is a whole clause) are no link list.
    let listed = |f: &str| {
        f.split_once([')', '.']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit())
        }) || f.starts_with(['"', '“', '«', '„', '「'])
            || f.chars().any(|c| ('\u{3040}'..='\u{9FFF}').contains(&c))
    };
    let mut k = units.len();
    while k > 0
        && units[k - 1].line
        && words(&folded[k - 1]) <= 14
        && units[k - 1].kind == Kind::Heading
        && !listed(&folded[k - 1])
    {
        k -= 1;
    }
    if has_body && units.len() - k >= 3 && k > 0 {
        for u in &mut units[k..] {
            u.kind = Kind::Boilerplate;
        }
    }
    name_headline(units);
}

/// The headline: the first content line before any sentence, unless a unit is a title already.
/// Run again once furniture is known by shape: a site's name above the headline ("desh dunia")
/// was taken for the headline by wording alone.
fn name_headline(units: &mut [Unit]) {
    if units.iter().any(|u| u.kind == Kind::Title) {
        return;
    }
    let first_text = units.iter().position(|u| !u.line).unwrap_or(units.len());
    if let Some(t) = units.iter().position(|u| u.kind.is_content()) {
        if units[t].kind == Kind::Heading && t <= first_text {
            units[t].kind = Kind::Title;
        }
    }
}

/// A reader's corrections: the units named in `story` are story (a line keeps its heading kind), those
/// in `furniture` are page furniture. Ids past the end are ignored.
pub fn apply_overrides(units: &mut [Unit], story: &[usize], furniture: &[usize]) {
    for &i in story {
        if let Some(u) = units.get_mut(i) {
            if !u.kind.is_content() {
                u.kind = if u.line { Kind::Heading } else { Kind::Text };
            }
        }
    }
    for &i in furniture {
        if let Some(u) = units.get_mut(i) {
            u.kind = Kind::Boilerplate;
        }
    }
}

/// The fewest words of a line printed twice that is read as the headline when it retells the lede
/// (a name printed twice, "- أحمد موسى", is a presenter's credit).
const REPEATED_HEADLINE_WORDS: usize = 4;

/// The longest block read as the title a "Read Next" line names, in words.
const NEIGHBOUR_TITLE_WORDS: usize = 25;

fn is_marker_only(f: &str) -> bool {
    is_marker_of(f, &RELATED_T)
}

/// Whether `f` is one of `table`'s markers and nothing else but punctuation.
fn is_marker_of(f: &str, table: &Table) -> bool {
    table
        .get()
        .iter()
        .filter(|p| f.starts_with(p.as_str()))
        .map(|p| &f[p.len()..])
        .min_by_key(|r| r.len())
        .is_some_and(|rest| rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty())
}

/// A teaser in a related-stories block: a headline line, a block cut off with an ellipsis, or share-bar
/// text glued to a teaser. A paragraph of whole sentences is the story going on after the box.
fn teaser_like(block: &str, units: &[Unit], block_no: usize, blocks_first: &[usize]) -> bool {
    let t = block.trim_end();
    let first = &units[blocks_first[block_no]];
    let lone_line = first.line
        && units
            .get(blocks_first[block_no] + 1)
            .is_none_or(|n| n.block != block_no);
    lone_line || t.ends_with('…') || t.ends_with("...") || fold(t).starts_with("spread the love")
}

/// A whole quoted sentence ("“We do not want another fatality.”"): the story's words, even where
/// it follows a box of other stories' titles on the same block. Titles are not quoted sentences.
fn quoted_sentence(u: &str) -> bool {
    let t = u.trim();
    t.starts_with(['"', '“', '«', '„', '「'])
        && crate::segment::ends_sentence(t)
        && !t
            .trim_end_matches(['"', '”', '»', '“', '」'])
            .ends_with(['?', '!'])
        && words(t) >= 5
}

/// Byte span of every block, indexed by block number (units are in order, blocks numbered from 0).
fn block_spans(units: &[Unit]) -> Vec<(usize, usize)> {
    let n = units.last().map_or(0, |u| u.block + 1);
    let mut spans = vec![(0, 0); n];
    for u in units.iter().rev() {
        spans[u.block].0 = u.start;
    }
    for u in units {
        spans[u.block].1 = u.end;
    }
    spans
}

fn is_block_start(units: &[Unit], i: usize) -> bool {
    i == 0 || units[i - 1].block != units[i].block
}

/// "पीटीआई, नई दिल्ली।", "NEW DELHI (Reuters) -": a short opening that names an agency or a place and stops.
/// "lagos, march 3 (reuters) - a building collapsed …": a wire story's lead under its dateline,
/// not a photo credit ("(reuters/john smith)").
fn wire_lead(f: &str) -> bool {
    AGENCIES_T.get().iter().any(|a| {
        ["-", "–", "—", ".-"]
            .iter()
            .any(|d| f.contains(&format!("({a}) {d}")) || f.contains(&format!("({a}){d}")))
    })
}

fn is_agency_dateline(f: &str) -> bool {
    if words(f) > 6 {
        return false;
    }
    let first = f
        .split(|c: char| c == ',' || c.is_whitespace() || c == '(' || c == '/')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let agencies = AGENCIES_T.get();
    let any_word = words(f) <= 4
        && f.split(|c: char| !c.is_alphanumeric())
            .any(|w| agencies.iter().any(|a| a == w));
    any_word
        || agencies.iter().any(|a| a == first)
        || (f.contains('(') && agencies.iter().any(|a| f.contains(&format!("({a})"))))
}

/// "Castellar, 22 may 2025 - 13:47 CEST", "5 नवंबर 2025, 10:30 AM": a place-and-time stamp.
fn looks_like_timestamp(f: &str) -> bool {
    let b = f.as_bytes();
    let clock = b.windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    }) || b.windows(5).any(|w| {
        w[1].is_ascii_digit()
            && w[0].is_ascii_digit()
            && w[2] == b':'
            && w[3].is_ascii_digit()
            && w[4].is_ascii_digit()
    });
    let year = f
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    clock && year
}

/// "Home | World | Politics | Sport", "Home / News / Regions": a menu line. "राज्य > उत्तर प्रदेश",
/// "Home » Regio": a breadcrumb, one spaced arrow between a few words.
pub(super) fn looks_like_nav(f: &str) -> bool {
    let spaced = [" > ", " / "]
        .iter()
        .map(|p| f.matches(p).count())
        .sum::<usize>();
    let seps = spaced
        + f.chars()
            .filter(|c| matches!(c, '|' | '»' | '›' | '•' | '·'))
            .count();
    let arrows = [" > ", " » ", " › "]
        .iter()
        .map(|p| f.matches(p).count())
        .sum::<usize>();
    (seps >= 2 && words(f) <= seps * 3 + 3)
        || (arrows >= 1 && words(f) <= BREADCRUMB_WORDS && !crate::segment::ends_sentence(f))
}

/// The most words on a line of one arrow read as a breadcrumb.
const BREADCRUMB_WORDS: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    #[test]
    fn phrase_table_finds_phrases_anywhere_and_at_the_start() {
        static T: Table = Table::new("min read\n图：\nरक्षा\n");
        // (text, within, opens)
        let cases: &[(&str, bool, bool)] = &[
            ("min read", true, true),
            ("4 min read", true, false),
            ("a 4 min rea", false, false),
            ("图：新华社", true, true),
            ("照片 图：", true, false),
            ("图", false, false),
            ("", false, false),
            ("रक्षा मंत्री", true, true),
            ("भारत रक्षा", true, false),
            ("रक्ष", false, false),
            ("admin reader", true, false),
        ];
        for &(text, within, opens) in cases {
            let f = fold(text);
            assert_eq!(T.within(&f), within, "within {text:?}");
            assert_eq!(T.opens(&f), opens, "opens {text:?}");
        }
    }

    fn kinds(text: &str) -> Vec<(String, Kind)> {
        let mut u = segment(text);
        classify_kinds(text, &mut u, "", &[]);
        u.iter()
            .map(|x| (text[x.start..x.end].to_string(), x.kind))
            .collect()
    }

    fn kind_of(text: &str, needle: &str) -> Kind {
        kinds(text)
            .into_iter()
            .find(|(t, _)| t.contains(needle))
            .unwrap_or_else(|| panic!("{needle} not found"))
            .1
    }

    #[test]
    fn a_quoted_sentence_after_a_box_of_other_stories_is_story() {
        let t = "Floods hit the town on Monday. Many fled their homes.\n\nMost read\n- 1 Missing girl found safe\n- 2 Plans for 440 homes submitted\n“We do not want another fatality arising out of this tragedy.”";
        assert_eq!(kind_of(t, "Missing girl"), Kind::Boilerplate);
        assert_eq!(kind_of(t, "“We do not want"), Kind::Text);
    }

    #[test]
    fn an_outlet_speaking_of_its_own_coverage_is_furniture() {
        let t = "Ein Auto ist in den Weihnachtsmarkt gerast. Wir berichten aktuell.\n\nDie Polizei sperrte die Innenstadt ab. Wir berichten über die aktuellen Entwicklungen.\n\nFloods hit the town on Monday. This is a developing story.";
        let cases = [
            ("Wir berichten aktuell.", Kind::Boilerplate),
            ("Wir berichten über", Kind::Boilerplate),
            ("This is a developing story.", Kind::Boilerplate),
            ("Die Polizei sperrte", Kind::Text),
        ];
        for (needle, want) in cases {
            assert_eq!(kind_of(t, needle), want, "{needle}");
        }
    }

    #[test]
    fn an_embedded_post_is_furniture() {
        let t = "Five people were killed in the attack on Wednesday, the police said.\n\nThe attacker was shot dead by officers at the gates of Parliament.\n\nAround 40 others were injured on the bridge.\n\nSome of them were said to be badly hurt.\n\nLIVE: Latest update from the national lead for counter terrorism https://t.co/K73LLDNfsl — Metropolitan Police (@metpoliceuk) March 22, 2017\n\nThe Prime Minister chaired a meeting of the emergency committee.\n\nPolice named the officer who died as Keith Palmer.";
        let cases = [
            ("LIVE: Latest", Kind::Boilerplate),
            ("The Prime Minister", Kind::Text),
        ];
        // Chrome is read by shape (`structure`), over the whole comparison.
        let r = crate::compare(t, t, &crate::Options::default());
        for (needle, want) in cases {
            let u =
                r.a.units
                    .iter()
                    .find(|u| t[u.start..u.end].contains(needle));
            assert_eq!(u.map(|u| u.kind), Some(want), "{needle}");
        }
    }

    #[test]
    fn table() {
        let t = "Big Headline About Floods\n\nBy Jane Doe\nUpdated: Wed, 05 Nov 2025 02:18 AM (IST)\n\nFloods hit the town on Monday. Many fled.\n\nAdvertisement\n\nRescuers arrived later. (Photo: Reuters)\n\nRead more\n\nAnother story title here\n\nA teaser of the other story…\n\n© 2025 The Paper. All rights reserved.";
        let cases = [
            ("Big Headline", Kind::Title),
            ("By Jane Doe", Kind::Byline),
            ("Updated:", Kind::Dateline),
            ("Floods hit", Kind::Text),
            ("Advertisement", Kind::Boilerplate),
            ("Read more", Kind::Boilerplate),
            ("Another story title", Kind::Boilerplate),
            ("A teaser", Kind::Boilerplate),
            ("© 2025", Kind::Boilerplate),
        ];
        for (needle, want) in cases {
            assert_eq!(kind_of(t, needle), want, "{needle}");
        }
    }

    #[test]
    fn a_correction_note_holds_its_whole_paragraph() {
        let t = "Die Mure ging gegen 4.30 Uhr ab. Drei Menschen kamen ums Leben.\n\nDie Straße bleibt gesperrt.\n\nKorrektur: In einer früheren Version dieses Artikels war ein Name falsch geschrieben. Wir bitten, den Fehler zu entschuldigen.\n\nDie Gemeinde richtete ein Spendenkonto ein.\n\nUpdate, 16.40 Uhr: Die Zahl der Toten ist auf drei gestiegen. Die Uhrzeit wurde korrigiert.";
        let cases = [
            ("Korrektur:", Kind::Dateline),
            ("Wir bitten", Kind::Dateline),
            ("Die Gemeinde", Kind::Text),
            ("Die Straße", Kind::Text),
            ("Update, 16.40 Uhr", Kind::Dateline),
            ("Die Uhrzeit", Kind::Dateline),
        ];
        for (q, want) in cases {
            assert_eq!(kind_of(t, q), want, "{q}");
        }
        // Labels in brackets or with a full-width colon: a Chinese correction note.
        let t = "3月18日凌晨3时许，开发区一塑料厂发生火灾。火灾共造成19人遇难。\n\n【更正】本文此前版本将起火时间误写为“凌晨2时许”，应为“凌晨3时许”。特此更正。\n\n事故原因正在调查中。";
        assert_eq!(kind_of(t, "【更正】"), Kind::Dateline);
        assert_eq!(kind_of(t, "事故原因"), Kind::Text);
    }

    #[test]
    fn the_title_after_a_read_next_line_is_another_story() {
        let t = "Floods hit the town on Monday. Many fled their homes.\n\nThe river rose by two metres overnight.\n\nRead Previous\n\nEight held, six sought after the raid.\n\nRead Next\n\nFilm board warns bus owners.\n\nNext\n\nRescuers reached the last village on Tuesday. They found it empty.";
        let cases = [
            ("Read Previous", Kind::Boilerplate),
            ("Eight held", Kind::Boilerplate),
            ("Read Next", Kind::Boilerplate),
            ("Film board", Kind::Boilerplate),
            // "Next" alone is no marker here, and a paragraph of sentences is the story's.
            ("Rescuers reached", Kind::Text),
            ("The river rose", Kind::Text),
        ];
        for (needle, want) in cases {
            assert_eq!(kind_of(t, needle), want, "{needle}");
        }
        // A line of punctuation is no marker: the sentence after it stays.
        let t =
            "Floods hit the town on Monday.\n\n* * *\n\nThe river rose by two metres overnight.";
        assert_eq!(kind_of(t, "The river rose"), Kind::Text);
    }

    #[test]
    fn a_short_section_line_opening_with_a_marker_opens_a_related_box() {
        let t = "La DANA deja 104 muertos en Valencia.\n\nLos equipos siguen buscando a los desaparecidos.\n\nMás noticias de España\n\n- La tragedia alcanza ya los 104 muertos\n\n- El PP designa a la senadora\n\nEtiquetas: DANA, Valencia";
        let cases = [
            ("Los equipos", Kind::Text),
            ("Más noticias", Kind::Boilerplate),
            ("- La tragedia", Kind::Boilerplate),
            ("- El PP", Kind::Boilerplate),
            ("Etiquetas", Kind::Boilerplate),
        ];
        for (needle, want) in cases {
            assert_eq!(kind_of(t, needle), want, "{needle}");
        }
        // A marker opening a sentence of the story is no box: "Read more about the floods." stays.
        let t = "Floods hit the town.\n\nRelated to the storm, the river rose by two metres overnight.\n\nRescuers arrived on Monday.";
        assert_eq!(kind_of(t, "Rescuers"), Kind::Text);
    }

    #[test]
    fn a_wire_lead_is_story_and_a_wire_credit_a_caption() {
        // The lead's dateline stays glued when it is too long to split off: still the story.
        let t = "Building collapses in Lagos\n\nNEW YORK/LONDON/LAGOS, Monday March 3 (Reuters) - A three-storey building collapsed in the Ikoyi district of Lagos on Monday, killing 11 people, officials said.\n\nRescue workers pulled 19 survivors from the rubble.\n\nThe governor ordered an audit of all buildings under construction.\n\nThe collapsed building in Ikoyi (Reuters/Temilade Adelaja)";
        assert_eq!(kind_of(t, "NEW YORK"), Kind::Text);
        assert_eq!(kind_of(t, "The collapsed"), Kind::Caption);
    }

    #[test]
    fn hindi_furniture_and_dateline() {
        let t = "भारत-इजरायल के बीच बड़ा रक्षा समझौता\n\nपीटीआई, नई दिल्ली। भारत और इजरायल के बीच समझौता हुआ है।\n\nसमझौता हुआ है (फोटो- एक्स)\n\nयह भी पढ़ें: कोई और खबर\n\nविज्ञापन";
        assert_eq!(kind_of(t, "भारत-इजरायल"), Kind::Title);
        assert_eq!(kind_of(t, "पीटीआई"), Kind::Dateline);
        assert_eq!(kind_of(t, "भारत और इजरायल के बीच समझौता"), Kind::Text);
        assert_eq!(kind_of(t, "(फोटो"), Kind::Caption);
        assert_eq!(kind_of(t, "यह भी पढ़ें"), Kind::Boilerplate);
        assert_eq!(kind_of(t, "विज्ञापन"), Kind::Boilerplate);
    }

    #[test]
    fn unpunctuated_lines_without_a_body_stay_content() {
        let a = "पहली बातमी आज आली\n\nदुसरी बातमी उद्या येईल\n\nतिसरी ओळ इथे आहे\n\nचौथी ओळ";
        let b = "दुसरी बातमी उद्या येईल\n\nवेगळी ओळ";
        let mut ua = segment(a);
        let ub = segment(b);
        classify_kinds(a, &mut ua, b, &ub);
        assert!(ua.iter().all(|u| u.kind.is_content()), "{ua:?}");
    }

    #[test]
    fn repeated_short_lines_are_chrome() {
        let t = "Spread the love\n\nA story sentence here.\n\nShare now\n\nAnother sentence.\n\nShare now";
        assert_eq!(kind_of(t, "Share now"), Kind::Boilerplate);
        assert_eq!(kind_of(t, "A story sentence"), Kind::Text);
        // A headline printed twice (above the stamp and again above the story) retells its lede:
        // a title, not chrome. A short name printed twice stays chrome.
        let t = "Container blast at Shahid Rajaee port\n\nNews ID: 27673\n\nContainer blast at Shahid Rajaee port\n\nA container blast at Shahid Rajaee port damaged a building and injured several people.\n\nAhmed Moussa\n\nThe port's spokesman said the cause was being investigated.\n\nAhmed Moussa";
        assert_eq!(kind_of(t, "Container blast"), Kind::Title);
        assert_eq!(kind_of(t, "Ahmed Moussa"), Kind::Boilerplate);
    }

    #[test]
    fn template_lines_shared_by_both_sides() {
        let a = "World News\n\nStory one happened today.";
        let b = "World News\n\nA different story happened.";
        let mut ua = segment(a);
        let ub = segment(b);
        classify_kinds(a, &mut ua, b, &ub);
        assert_eq!(ua[0].kind, Kind::Boilerplate);
        assert_eq!(ua[1].kind, Kind::Text);
    }

    #[test]
    fn a_headline_both_sides_print_is_no_template() {
        // (headline, lede, is the shared line the site's template?)
        let cases = [
            (
                "Minister resigns over bridge collapse",
                "Transport minister Rajesh Kumar resigned after the bridge collapse in Patna.",
                false,
            ),
            (
                "Floods kill 23",
                "Floods killed 23 people in the north on Tuesday.",
                false,
            ),
            (
                "पुल गिरने पर मंत्री का इस्तीफा",
                "पटना में पुल गिरने के बाद परिवहन मंत्री ने इस्तीफा दे दिया।",
                false,
            ),
            // A masthead shares at most the town's name with the lede.
            (
                "Northfield Gazette",
                "Northfield Central Library will close in June.",
                true,
            ),
            (
                "World News",
                "Floods killed 23 people in the north on Tuesday.",
                true,
            ),
        ];
        for (line, lede, template) in cases {
            let a = format!("{line}\n\n{lede}\n\nA later sentence of the story.");
            let b = format!("{line}\n\nA report of its own, told in other words.");
            let mut ua = segment(&a);
            let ub = segment(&b);
            classify_kinds(&a, &mut ua, &b, &ub);
            assert_eq!(
                ua[0].kind == Kind::Boilerplate,
                template,
                "{line}: {:?}",
                ua[0].kind
            );
        }
    }

    #[test]
    fn menus_and_breadcrumbs_are_chrome() {
        for (line, want) in [
            ("Home / News / Regions", Kind::Boilerplate),
            ("Αρχική > Επικαιρότητα > Πάτρα - Αχαΐα", Kind::Boilerplate),
            ("राज्य > उत्तर प्रदेश", Kind::Boilerplate),
            ("Новини › Кримінал", Kind::Boilerplate),
            // An arrow in a sentence, and a date's slashes, make no menu.
            (
                "Inflation rose > 5 per cent in May, the bank said.",
                Kind::Text,
            ),
            ("Updated 12/05/2024", Kind::Dateline),
        ] {
            let t = format!("A sentence of the story.\n\n{line}\n\nAnother sentence of it.");
            assert_eq!(kind_of(&t, line), want, "{line}");
        }
    }

    #[test]
    fn many_languages_related_markers() {
        for marker in [
            "Te puede interesar",
            "Lire aussi",
            "Lesen Sie auch",
            "Leia também",
            "اقرأ أيضا",
            "আরও পড়ুন",
            "相关新闻",
            "延伸閱讀",
            "Soma pia",
            "Czytaj także",
            "Tin liên quan",
            "यो पनि पढ्नुहोस्",
            "관련 기사",
            "Berita berkaitan",
            "Citește și:",
            "Διαβάστε επίσης",
            "Читайте також:",
            "సంబంధిత వార్తలు",
        ] {
            let t = format!("A sentence of the story.\n\n{marker}\n\nOther headline");
            assert_eq!(kind_of(&t, marker), Kind::Boilerplate, "{marker}");
            assert_eq!(kind_of(&t, "Other headline"), Kind::Boilerplate, "{marker}");
        }
    }
}

//! Furniture recognised by its shape rather than its wording, once the words of both sides are
//! known: lines whose words the story never uses again (related-story titles, menus, share bars,
//! counters, a province list), lines of dates and times only, place-name datelines ("कराची।"),
//! captions (a sentence with a photo credit, a sentence printed twice on its own), and the chrome
//! every web page carries ("… appeared first on …"). A line that carries the story's facts or
//! words stays story.

use crate::lexicon::furniture::{CHROME, COUNTERS, NETWORKS, REPORTERS};
use crate::normalize::{fold, Token};
use crate::report::Kind;
use crate::segment::{ends_sentence, is_numeric_date, Unit};
use crate::{Map, Set};

/// One side, as this pass reads it.
pub struct Side<'a> {
    pub text: &'a str,
    pub units: &'a [Unit],
    pub toks: &'a [Vec<Token>],
    /// Each unit's folded text, as the phrase stage made it (folded again here when the counts
    /// differ).
    pub folded: &'a [String],
}

/// Share-bar networks and reporters' roles, folded once.
static NETWORKS_T: super::Table = super::Table::new(NETWORKS);
static REPORTERS_T: super::Table = super::Table::new(REPORTERS);
static CHROME_T: super::Table = super::Table::new(CHROME);

/// The longest line with an account's handle read as an embedded post's header without its " ·
/// when" ("X पर उत्तराखंड पुलिस (@uttarakhandcops) की पोस्ट", "Bundespolizei Mitteldeutschland
/// @BPOL_MD_Info"), in words.
const POST_HEADER_WORDS: usize = 10;
/// The longest first line read as the site's masthead, in words.
const MASTHEAD_WORDS: usize = 5;
/// The sentences a story needs before its first line can be read as a masthead: a text of short
/// lines (a list, a benchmark's sentences) has none.
const MASTHEAD_STORY: usize = 3;

/// The longest line read as a share bar, in words.
const SHARE_BAR_WORDS: usize = 12;
/// The longest line near the top read as a byline by a reporter's role named in it, in words.
const BYLINE_WORDS: usize = 8;
/// The longest line read as a reporter's bare name above a dateline, in words.
const BYLINE_NAME_WORDS: usize = 4;

/// A line shares at most this share of its words with the rest of the story and still reads as
/// furniture (a province list that names the story's province once).
const ISOLATED_SHARE: f32 = 0.15;

/// The content words of a unit: keys of its words that are not function words or numbers.
fn words(ts: &[Token]) -> Vec<&str> {
    ts.iter()
        .filter(|t| !t.stop && t.num.is_none() && t.fold.chars().count() >= 2)
        .map(|t| t.key.as_ref())
        .collect()
}

/// Reclassifies units of one side by their shape; `other` is the other side.
pub fn by_structure(
    (text, units, toks, folded): (&str, &mut [Unit], &[Vec<Token>], &[String]),
    other: &Side,
) {
    let mut kinds: Vec<Kind> = units.iter().map(|u| u.kind).collect();
    let side = Side {
        text,
        units,
        toks,
        folded,
    };
    mark(&side, &mut kinds, other);
    trailing_headings(&side, &mut kinds);
    kicker(&side, &mut kinds);
    for (u, k) in units.iter_mut().zip(kinds) {
        u.kind = k;
    }
}

fn mark(side: &Side, kinds: &mut [Kind], other: &Side) {
    let n = side.units.len();
    if n == 0 {
        return;
    }
    // How many story units use each word, on both sides.
    let mut uses: Map<&str, usize> = Map::default();
    for (s, own) in [(side, true), (other, false)] {
        for (i, (u, ts)) in s.units.iter().zip(s.toks).enumerate() {
            let content = if own {
                kinds[i].is_content()
            } else {
                u.kind.is_content()
            };
            if !content {
                continue;
            }
            let mut seen: Set<&str> = Set::default();
            for w in words(ts) {
                if seen.insert(w) {
                    *uses.entry(w).or_default() += 1;
                }
            }
        }
    }
    let story_units = kinds.iter().filter(|k| k.is_content()).count();
    let own: Vec<String>;
    let folded: &[String] = if side.folded.len() == side.units.len() {
        side.folded
    } else {
        own = side
            .units
            .iter()
            .map(|u| fold(&side.text[u.start..u.end]))
            .collect();
        &own
    };
    let mut copies: Map<&str, usize> = Map::default();
    for f in folded {
        *copies.entry(f.as_str()).or_default() += 1;
    }
    // Units per block, counted once: counting them per unit took a million one-line blocks minutes.
    let mut block_len: Map<usize, usize> = Map::default();
    for u in side.units {
        *block_len.entry(u.block).or_default() += 1;
    }
    // Sentences told inside a paragraph of several units.
    let in_paragraph: Set<&str> = side
        .units
        .iter()
        .zip(folded)
        .filter(|(u, _)| block_len[&u.block] > 1)
        .map(|(_, f)| f.as_str())
        .collect();
    // The items of the side's menus and breadcrumbs ("NieuwsNu.nl | Binnenland | Economie | …",
    // "హోమ్ » వార్తలు » ఆంధ్రప్రదేశ్"), folded: a line that repeats one is a section label.
    let menu_items: Set<&str> = side
        .units
        .iter()
        .zip(folded)
        .filter(|(u, _)| u.line)
        .flat_map(|(_, f)| menu_fields(f))
        .collect();
    // Captions known by being printed twice, not by a credit: their block may go on with the story.
    let mut echoed = vec![false; n];
    // The block of an embedded post's text: its header's, or the next when the header stands
    // alone.
    let mut post_block = usize::MAX;
    for i in 0..n {
        let u = &side.units[i];
        let f = folded[i].as_str();
        let ts = &side.toks[i];
        // A post embedded in the page: a header line naming an account and when it posted
        // ("Protección Civil Coahuila (@PC_Coahuila) · 14 mar", "नेपाल प्रहरी @NepalPoliceHQ · २
        // घण्टा"), and the post's text: the rest of the header's paragraph, or the next paragraph
        // when the header stands alone.
        if u.line && (f.contains(" · ") || ts.len() <= POST_HEADER_WORDS) && is_handle_line(f) {
            let alone = side.units.get(i + 1).is_none_or(|n| n.block != u.block);
            post_block = u.block + usize::from(alone);
            kinds[i] = Kind::Boilerplate;
            continue;
        }
        if u.block == post_block && kinds[i].is_content() && ts.len() <= POST_WORDS {
            kinds[i] = Kind::Boilerplate;
            continue;
        }
        // Near the top, a line set aside that gives a calendar date is the article's own
        // publication line ("Rescue underway 2 min read 20 Jul 2023", "تاريخ النشر: 12th, September
        // 2023 GMT", bylines and a date): metadata, not another story's teaser.
        let set_aside = || {
            if i < TOP_LINES && has_calendar_date(f, ts) {
                Kind::Dateline
            } else {
                Kind::Boilerplate
            }
        };
        if CHROME_T.within(f) && f.split_whitespace().count() <= 40 {
            kinds[i] = set_aside();
            continue;
        }
        if !kinds[i].is_content() {
            continue;
        }
        let is_in = |list: &[String], t: &Token| list.iter().any(|w| *w == *t.fold);
        // A share bar: two networks named on a short line.
        if u.line
            && ts.len() <= SHARE_BAR_WORDS
            && ts.iter().filter(|t| is_in(NETWORKS_T.get(), t)).count() >= 2
        {
            kinds[i] = Kind::Boilerplate;
            continue;
        }
        // A byline: a short line near the top that names a reporter's role ("जागरण संवाददाता,
        // अल्मोड़ा।" closes with a stop).
        if (u.line || ts.len() <= 4)
            && i < TOP_LINES + 2
            && kinds[i] != Kind::Title
            && ts.len() <= BYLINE_WORDS
            && ts.iter().any(|t| is_in(REPORTERS_T.get(), t))
        {
            kinds[i] = Kind::Byline;
            continue;
        }
        let block_start = i == 0 || side.units[i - 1].block != u.block;
        let block_len = block_len[&u.block];
        // "कराची।", "Magdeburg.": a place and a stop, opening the story's first lines (a block, or
        // a line near the top).
        let opens = block_start || (i < TOP_LINES && line_start(side.text, u.start));
        if opens && is_place_dateline(f, ts) && i + 1 < n {
            kinds[i] = Kind::Dateline;
            continue;
        }
        // Dates, times and calendar words only; or a line with a calendar date and a time of day
        // ("ByDTNEXT Bureau|30 April 2024 5:10 PM GMT"): an update stamp, wherever it stands.
        if is_date_line(f, ts) || (u.line && is_stamp(f, ts)) {
            kinds[i] = Kind::Dateline;
            continue;
        }
        // A section's name printed on a line of its own ("Economie" above the headline), when a
        // menu of the page lists it.
        if u.line
            && ts.len() <= SECTION_WORDS
            && !crate::segment::ends_sentence(f)
            && menu_items.contains(f.trim())
        {
            kinds[i] = Kind::Boilerplate;
            continue;
        }
        // A breadcrumb of two fields at the top ("Главная / Происшествия", "Home › World"), and
        // a counter on a line of its own ("3.418 vistas", "58 comments").
        if u.line && ((i < TOP_LINES && is_breadcrumb(f)) || is_counter(ts)) {
            kinds[i] = Kind::Boilerplate;
            continue;
        }
        // Fields of a page's header or footer on one line, split by bars: "Laura Gisbert |
        // Alicante", "Aviso legal | Política de cookies", "Dikongsi 1.2k kali | Komen 58"; with a
        // date in it, a few more words each ("de Radu Moldovan | 14 februarie 2024, 13:05 |
        // Ultima actualizare: …"). A headline with its site ("Twelve dead after ferry overturns
        // | Island Herald") tells more than a field.
        if u.line && is_field_line(f, ts) {
            kinds[i] = set_aside();
            continue;
        }
        // Another story's title with when it was posted, after a middle dot ("Ankara'da inşaatta
        // göçük: 4 işçi öldü · 21.07.2024", "পদ্মায় স্পিডবোট দুর্ঘটনায় নিহত ৬ · ৫ ঘণ্টা আগে"): a
        // teaser, and its numbers are no facts of this story.
        if u.line && is_stamped_teaser(f) {
            kinds[i] = Kind::Boilerplate;
            continue;
        }
        let quoted = f.starts_with(['"', '\'', '“', '«', '„', '「']);
        // A sentence printed twice back to back in one unit ("… near Grenfell Tower.Metropolitan
        // Police …"): a photo's caption and its alt text, glued by the page.
        if is_doubled(f) {
            kinds[i] = Kind::Caption;
            echoed[i] = true;
            continue;
        }
        // A lone sentence printed twice, each time in a block of its own: a photo's caption. A
        // sentence told again inside a paragraph of the story is the story's own, set apart above
        // it as a standfirst.
        if !u.line
            && block_len == 1
            && copies[f] >= 2
            && !in_paragraph.contains(f)
            && kinds[i] == Kind::Text
            && !quoted
        {
            kinds[i] = Kind::Caption;
            echoed[i] = true;
            continue;
        }
        // Lines whose words the story never uses elsewhere: chrome and other stories' titles. A
        // text needs a story left once they are set aside.
        // Never a numbered list item ("१) रमेश भवर, वय-२५ वर्षे": a list of the dead) or a quote.
        let numbered = f.trim_start().split_once([')', '.']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit())
        });
        let cjk = ts
            .iter()
            .any(|t| t.fold.chars().all(is_unspaced) && t.fold.chars().count() == 2);
        let short = ts.len() <= if cjk { 24 } else { 12 };
        // "Adana Adıyaman Afyon Ağrı …": a long line of capitalized words and nothing else is a
        // menu or a list of places or topics, never a sentence of the story.
        if u.line
            && !short
            && kinds[i] != Kind::Title
            && is_capitalized_list(&side.text[u.start..u.end])
        {
            kinds[i] = Kind::Boilerplate;
            continue;
        }
        if u.line && story_units >= 4 && short && !numbered && !quoted {
            let ws = words(ts);
            if ws.is_empty() {
                // "A+", "• USD3,2223", "2": no word at all.
                if !ts.iter().any(|t| t.num.is_some())
                    || f.chars().filter(|c| c.is_alphabetic()).count() <= 4
                {
                    kinds[i] = Kind::Boilerplate;
                }
                continue;
            }
            let mut distinct: Vec<&str> = ws.clone();
            distinct.sort_unstable();
            distinct.dedup();
            let shared = distinct
                .iter()
                .filter(|w| uses.get(*w).copied().unwrap_or(0) >= 2)
                .count();
            let share = if cjk {
                ISOLATED_SHARE / 3.0
            } else {
                ISOLATED_SHARE
            };
            if (shared as f32) <= share * distinct.len() as f32 {
                kinds[i] = if looks_like_name(&side.text[u.start..u.end], &distinct) {
                    Kind::Byline
                } else {
                    set_aside()
                };
            }
        }
    }
    // "ਦਵਿੰਦਰ ਸਿੰਘ ਭੰਗੂ" over "ਰਈਆ, 5 ਦਸੰਬਰ": a first line of a few words, no number and no stop,
    // right above the dateline, whose words the story does not use (a surname may recur), is the
    // reporter's name, in scripts without capitals too. A headline above a dateline tells the
    // story's words.
    let mut content = (0..n).filter(|&i| kinds[i].is_content());
    if let Some(i) = content.next() {
        let ts = &side.toks[i];
        let ws = words(ts);
        let elsewhere = ws
            .iter()
            .filter(|w| uses.get(*w).copied().unwrap_or(0) >= 2)
            .count();
        if side.units[i].line
            && i + 1 < n
            && kinds[i + 1] == Kind::Dateline
            && (2..=BYLINE_NAME_WORDS).contains(&ts.len())
            && ws.len() == ts.len()
            && elsewhere <= 1
            && !crate::segment::ends_sentence(&side.text[side.units[i].start..side.units[i].end])
        {
            kinds[i] = Kind::Byline;
        }
    }
    // The site's masthead over the headline ("IL QUOTIDIANO DEL NORDEST", "MWANGAZA", "Jornal da
    // Serra"): the side's first line, a few words and no sentence, none of them told by another
    // story unit of either side, above a line of the story's own words, in a story of sentences.
    let sentences = (0..n).filter(|&j| kinds[j] == Kind::Text).count();
    if n > 0 && kinds[0].is_content() && sentences >= MASTHEAD_STORY {
        let ts = &side.toks[0];
        let ws = words(ts);
        let headline_below = (1..n.min(4)).any(|j| {
            kinds[j].is_content()
                && side.units[j].line
                && words(&side.toks[j])
                    .iter()
                    .filter(|w| uses.get(*w).copied().unwrap_or(0) >= 2)
                    .count()
                    >= 2
        });
        if side.units[0].line
            && (1..=MASTHEAD_WORDS).contains(&ts.len())
            && !ws.is_empty()
            && !crate::segment::ends_sentence(&side.text[side.units[0].start..side.units[0].end])
            && !ts.iter().any(|t| t.num.is_some())
            && headline_below
            && ws.iter().all(|w| uses.get(w).copied().unwrap_or(0) <= 1)
        {
            kinds[0] = Kind::Boilerplate;
        }
    }
    // "© 2024 The Daily Meridian. All rights reserved. Terms of Use | Privacy Policy": a menu
    // ending a line whose other sentences are furniture is the footer's, not a sentence.
    for i in 1..n {
        let u = &side.units[i];
        if kinds[i].is_content()
            && !u.line
            && kinds[i - 1] == Kind::Boilerplate
            && !side.text[side.units[i - 1].end..u.start].contains('\n')
            && line_end(side.text, u.end)
            && super::looks_like_nav(&folded[i])
        {
            kinds[i] = Kind::Boilerplate;
        }
    }
    // A photo's credit on a line of its own ("REUTERS/Stringer", "EFE/Raúl Sanchidrián",
    // "(JUNTA DE CASTILLA Y LEÓN)") is the caption's, and so is the lone sentence right above it
    // ("Rescuers gather at the shore in Kome on Thursday.").
    for i in 0..n {
        let u = &side.units[i];
        let ends_line = u.line || line_end(side.text, u.end);
        if !ends_line || !is_credit(&side.text[u.start..u.end]) {
            continue;
        }
        kinds[i] = Kind::Caption;
        // On a line of its own; glued to the caption's line, the rule below takes the sentence.
        if let Some(h) = i.checked_sub(1).filter(|_| u.line) {
            let p = &side.units[h];
            let alone =
                block_len[&p.block] == 1 || (p.block == u.block && block_len[&p.block] == 2);
            if alone && matches!(kinds[h], Kind::Text | Kind::Heading) {
                kinds[h] = Kind::Caption;
            }
        }
    }
    // A credit that ends a line makes the sentence opening that line a caption too ("… on
    // Wednesday. Picture: VICTORIA JONES/PA WIRE"), in a block of any length.
    for i in 1..n {
        let (p, u) = (&side.units[i - 1], &side.units[i]);
        if kinds[i] == Kind::Caption
            && kinds[i - 1] == Kind::Text
            && p.block == u.block
            && !side.text[p.end..u.start].contains('\n')
            && line_start(side.text, p.start)
            && line_end(side.text, u.end)
        {
            kinds[i - 1] = Kind::Caption;
        }
    }
    // A caption's credit ("(Photo: …)") makes its whole short block a caption. A caption known
    // only by being printed twice does not: the page may glue the lede under it ("… near Grenfell
    // Tower." twice, then "A total of 58 people have died …").
    for i in 0..n {
        if kinds[i] == Kind::Caption && !echoed[i] {
            let b = side.units[i].block;
            if block_len[&b] <= 3 {
                // Units are in text order, so a block's are next to each other.
                let members =
                    (i.saturating_sub(3)..n.min(i + 4)).filter(|&j| side.units[j].block == b);
                for j in members {
                    if kinds[j] == Kind::Text {
                        kinds[j] = Kind::Caption;
                    }
                }
            }
        }
    }
}

/// The words at most in a photo credit on a line of its own.
const CREDIT_WORDS: usize = 6;

/// A photo credit: an agency and a photographer, unspaced ("REUTERS/Stringer", "EFE/Raúl
/// Sanchidrián", "AFP/Getty Images"), or a name of two or more words in capitals in brackets
/// ("(JUNTA DE CASTILLA Y LEÓN)").
fn is_credit(raw: &str) -> bool {
    let t = raw.trim();
    if t.split_whitespace().count() > CREDIT_WORDS || ends_sentence(t) && !t.ends_with(')') {
        return false;
    }
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = |s: &str| s.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        // One word in brackets ends a wire story: "(ANI)", "(AFP)" credit the text, not a photo.
        return inner.split_whitespace().count() >= 2
            && letters(inner) >= 3
            && capitals(inner)
            && !inner.contains(['(', ')']);
    }
    // "EFE / 20minutos", spaced, is a source line: the agency and the outlet.
    match t.split_once('/') {
        Some((head, tail)) => {
            letters(tail) >= 2
                && !tail.starts_with(char::is_whitespace)
                && !head.contains(char::is_whitespace)
                && (super::is_agency(&fold(head)) || (letters(head) >= 2 && capitals(head)))
        }
        None => false,
    }
}

/// Whether only spaces stand between byte `at` and the line break (or text start) before it.
fn line_start(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .rev()
        .take_while(|&c| c != '\n')
        .all(char::is_whitespace)
}

/// Whether only spaces stand between byte `at` and the line break (or text end) after it.
fn line_end(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .take_while(|&c| c != '\n')
        .all(char::is_whitespace)
}

/// Chinese, Japanese, Thai: written without spaces, compared on character pairs.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x0E00..=0x0E7F)
}

/// At least ten words, each opening with a capital letter and made of letters only (a hyphen, an
/// apostrophe or an inner dot allowed: "K.Maraş"), with no comma, digit or closing stop.
fn is_capitalized_list(raw: &str) -> bool {
    let ws: Vec<&str> = raw.split_whitespace().collect();
    ws.len() >= 10
        && ws.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !w.ends_with('.')
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
}

/// Two or three capitalized words and nothing else: a reporter's name on a line of its own.
fn looks_like_name(raw: &str, distinct: &[&str]) -> bool {
    let ws: Vec<&str> = raw.split_whitespace().collect();
    (2..=3).contains(&ws.len())
        && distinct.len() == ws.len()
        && ws.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
        })
}

/// "कराची।", "चितवन ।", "Magdeburg.": one or two words of letters and a full stop.
fn is_place_dateline(f: &str, ts: &[Token]) -> bool {
    let body = f.trim_end_matches(['.', '।', '۔', ' ']);
    body.len() < f.len()
        && (1..=2).contains(&ts.len())
        && ts.iter().all(|t| t.num.is_none() && !t.stop)
        && body
            .chars()
            .all(|c| !c.is_numeric() && !c.is_ascii_punctuation() || c == '-')
}

/// A text that is one sentence of at least a few words written twice, with at most a space
/// between the copies.
fn is_doubled(f: &str) -> bool {
    let t = f.trim();
    let half = t.len() / 2;
    let halves =
        |k: usize| -> Option<(&str, &str)> { (t.is_char_boundary(k)).then(|| (&t[..k], &t[k..])) };
    [half, half + 1]
        .into_iter()
        .filter_map(halves)
        .any(|(x, y)| {
            let (x, y) = (x.trim(), y.trim());
            x == y && x.split_whitespace().count() >= 4 && ends_sentence(x)
        })
}

/// Words at most in a kicker, the topic label a page prints above its headline.
const KICKER_WORDS: usize = 3;

/// "Tragedi Kanjuruhan" above "Korban Tragedi Kanjuruhan Usai Laga Arema vs Persebaya Bertambah, …":
/// a first line of a few words, no number, whose words the headline right below it all repeats,
/// is the page's topic label, not the headline.
fn kicker(side: &Side, kinds: &mut [Kind]) {
    let mut content = (0..kinds.len()).filter(|&i| kinds[i].is_content());
    let (Some(i), Some(j)) = (content.next(), content.next()) else {
        return;
    };
    let (u, v) = (&side.units[i], &side.units[j]);
    if !u.line || !v.line || j > i + 2 || side.toks[i].iter().any(|t| t.num.is_some()) {
        return;
    }
    let (wi, wj) = (words(&side.toks[i]), words(&side.toks[j]));
    if !wi.is_empty()
        && side.toks[i].len() <= KICKER_WORDS
        && wj.len() > wi.len()
        && wi.iter().all(|w| wj.contains(w))
    {
        kinds[i] = Kind::Boilerplate;
    }
}

/// Sentences a side must tell before lines after its last one are read as set apart from it.
const STORY_BEFORE_TRAILER: usize = 3;
/// Lines after the last sentence that may be set apart as other stories' titles or tags; more are
/// the story's own unpunctuated text. A related-stories box is a heading and two to four titles,
/// a tag run as many (constructed probes; the dev set has no trailer longer than two).
const MAX_TRAILER: usize = 6;

/// Headline-shaped lines in paragraphs of their own after a story's last sentence, with no story
/// after them: no crosshead (a crosshead opens the text below it), but the titles of other
/// stories, a tag line or a link ("Karachi Plane crash: रिहायशी इलाके में गिरा विमान, … संख्या 90
/// हुई"). A list, and what opens it, stays story; so does a line of the last sentence's paragraph
/// (a text cut off mid-sentence).
fn trailing_headings(side: &Side, kinds: &mut [Kind]) {
    let sentence = |i: usize| kinds[i] == Kind::Text && !side.units[i].line;
    let Some(last) = (0..kinds.len()).rev().find(|&i| sentence(i)) else {
        return;
    };
    if (0..last).filter(|&i| sentence(i)).count() + 1 < STORY_BEFORE_TRAILER {
        return;
    }
    // Only in punctuated prose: a text whose sentences mostly go without a stop is no story
    // followed by headlines.
    let sentences = (0..=last).filter(|&i| sentence(i)).count();
    let lines = (0..kinds.len())
        .filter(|&i| kinds[i].is_content() && !sentence(i))
        .count();
    if lines > sentences {
        return;
    }
    let block = side.units[last].block;
    // From the end back: headings until the first line that stays story.
    let mut trailer = Vec::new();
    for i in (last + 1..kinds.len()).rev() {
        if !kinds[i].is_content() {
            continue;
        }
        let u = &side.units[i];
        if is_list_item(&side.text[u.start..u.end]) || u.block == block {
            break;
        }
        trailer.push(i);
    }
    if trailer.len() <= MAX_TRAILER {
        for i in trailer {
            kinds[i] = Kind::Boilerplate;
        }
    }
}

/// "• Ferda Apak", "- 7 OPINION", "५) जिजा …", "3. Rescue teams …": a line of a list.
fn is_list_item(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with(['•', '-', '–', '—', '*', '·', '▪', '►']) {
        return true;
    }
    let digits = t.chars().take_while(|c| c.is_numeric()).count();
    digits > 0
        && t.chars()
            .nth(digits)
            .is_some_and(|c| matches!(c, ')' | '.' | ':'))
}

/// How many units from the top a publication line may stand (title, standfirst, byline, date).
const TOP_LINES: usize = 4;

/// A calendar date: a month name and a number ("12 मार्च", "September 12th"), or a date written in
/// digits ("21.12.2024").
fn has_calendar_date(f: &str, ts: &[Token]) -> bool {
    let month = ts
        .iter()
        .any(|t| crate::lexicon::month(&t.fold).is_some() || crate::lexicon::other_month(&t.fold));
    (month && ts.iter().any(|t| t.num.is_some())) || f.split_whitespace().any(is_numeric_date)
}

/// Words at most in a section's name, as a menu lists it.
const SECTION_WORDS: usize = 3;

/// The items of a menu or breadcrumb line: at least three fields split by one of " | ", " » ",
/// " › ", " > ", " / ", each of at most [`SECTION_WORDS`] words.
fn menu_fields(f: &str) -> Vec<&str> {
    for sep in [" | ", " » ", " › ", " > ", " / "] {
        if f.matches(sep).count() >= 2 {
            let fields: Vec<&str> = f.split(sep).map(str::trim).collect();
            if fields
                .iter()
                .all(|x| !x.is_empty() && x.split_whitespace().count() <= SECTION_WORDS)
            {
                return fields;
            }
        }
    }
    Vec::new()
}

/// Words at most in an embedded post's text.
const POST_WORDS: usize = 60;

/// A line naming a social account: a word that starts with "@" and goes on with a letter or digit.
fn is_handle_line(f: &str) -> bool {
    f.split(|c: char| c.is_whitespace() || c == '(').any(|w| {
        w.strip_prefix('@')
            .is_some_and(|h| h.starts_with(char::is_alphanumeric))
    })
}

/// A line of three words or more, then a middle dot and a stamp: four words at most with a digit.
fn is_stamped_teaser(f: &str) -> bool {
    let Some((title, stamp)) = f.rsplit_once(" · ") else {
        return false;
    };
    title.split_whitespace().count() >= 3
        && stamp.split_whitespace().count() <= 4
        && stamp.chars().any(|c| c.is_numeric())
}

/// Two or three fields of a word or two split by a path's separator, no digit, no sentence: a
/// breadcrumb ("Главная / Происшествия", "Home › World › Europe").
fn is_breadcrumb(f: &str) -> bool {
    let line = f.trim();
    if crate::segment::ends_sentence(line) || line.chars().any(|c| c.is_numeric()) {
        return false;
    }
    // Folding writes » as a quotation mark. A field of a path may run to three words ("Nyumbani
    // » Kanda ya Ziwa"), but a slash splits two words or one ("Ukraine / Russia talks" is a title).
    [" / ", " > ", " \" ", " › "].iter().any(|sep| {
        let fields: Vec<usize> = line
            .split(sep)
            .map(|x| x.split_whitespace().count())
            .collect();
        let most = if *sep == " / " { 2 } else { 3 };
        (2..=3).contains(&fields.len()) && fields.iter().all(|&w| (1..=most).contains(&w))
    })
}

/// Tokens at most on a counter's line ("ही बातमी 8,932 वेळा वाचली गेली").
const COUNTER_TOKENS: usize = 6;

/// A number and a counter's word on a short line ("3.418 vistas", "58 comments", "ਪੜ੍ਹਿਆ ਗਿਆ:
/// ੯,੩੧੦ ਵਾਰ").
fn is_counter(ts: &[Token]) -> bool {
    static WORDS: std::sync::OnceLock<Set<String>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| COUNTERS.split_whitespace().map(fold).collect());
    (2..=COUNTER_TOKENS).contains(&ts.len())
        && ts
            .iter()
            .any(|t| t.num.as_ref().is_some_and(|n| !n.time && !n.ordinal))
        && ts.iter().any(|t| words.contains(t.fold.as_ref()))
}

/// Words at most in each field of a line split by bars ("Laura Gisbert | Alicante"), and with a
/// date in the line ("Diterbitkan: Rabu, 5 Jun 2024 @ 10:22 pagi | Dikemas kini: …").
const FIELD_WORDS: usize = 3;
const DATED_FIELD_WORDS: usize = 8;

/// A line of fields split by " | " (or opening with "| "), none of them a sentence; `f` is the
/// line folded.
fn is_field_line(f: &str, ts: &[Token]) -> bool {
    let line = f.trim();
    if !(line.contains(" | ") || line.starts_with("| ")) || crate::segment::ends_sentence(line) {
        return false;
    }
    let most = if has_calendar_date(line, ts)
        || ts.iter().any(|t| t.num.as_ref().is_some_and(|n| n.time))
    {
        DATED_FIELD_WORDS
    } else {
        FIELD_WORDS
    };
    line.split('|')
        .all(|field| field.split_whitespace().count() <= most)
}

/// Words at most in a stamp line: a byline, a date and a time ("By Neha Sharma | Updated: 10:05
/// PM, 13 Mar 2025").
const STAMP_WORDS: usize = 12;

/// A short line giving a calendar date and a time of day: a byline's or an update's stamp.
fn is_stamp(f: &str, ts: &[Token]) -> bool {
    ts.len() <= STAMP_WORDS
        && has_calendar_date(f, ts)
        && ts.iter().any(|t| t.num.as_ref().is_some_and(|n| n.time))
}

/// A line of a date or a time and little else: "Четверг, 9 мая", "December 26, 2025",
/// "• 06 اردیبهشت 1404 - 13:36", "१० पुस २०८२, बिहिबार ।", "14 مارچ ، 2025".
fn is_date_line(f: &str, ts: &[Token]) -> bool {
    if ts.is_empty() || ts.len() > 8 {
        return false;
    }
    let calendar = |t: &Token| {
        crate::lexicon::month(&t.fold).is_some()
            || crate::lexicon::weekday(&t.fold).is_some()
            || crate::lexicon::other_month(&t.fold)
    };
    // "Stand 21.12.2024", "Publié le 05/12/2026": a date written in digits, and a word or two.
    let words: Vec<&str> = f.split_whitespace().collect();
    if words.len() <= 3
        && words.iter().filter(|w| is_numeric_date(w)).count() == 1
        && words
            .iter()
            .all(|w| is_numeric_date(w) || !w.chars().any(|c| c.is_numeric()))
    {
        return true;
    }
    let numbers = ts.iter().filter(|t| t.num.is_some()).count();
    let cal = ts.iter().filter(|t| calendar(t)).count();
    let other = ts.len() - numbers - cal;
    // Without a calendar word, the numbers must be able to tell a date: a time, a day, a month or
    // a year. A ticker's "RUB (100) 3,5152" is a rate, not a date.
    let date_part = |t: &Token| {
        t.num.as_ref().is_none_or(|n| {
            n.time
                || (n.value.fract() == 0.0
                    && ((1.0..=31.0).contains(&n.value) || (1900.0..=2100.0).contains(&n.value)))
        })
    };
    numbers >= 1
        && cal + numbers >= ts.len().saturating_sub(1)
        && other <= 1
        && (cal >= 1 || (numbers >= 2 && ts.iter().all(date_part)))
}

#[cfg(test)]
mod tests {
    use super::is_numeric_date;
    use crate::report::Kind as UnitKind;

    #[test]
    fn capitalized_lists() {
        let cases = [
            (
                "Adana Adıyaman Afyon Ağrı Aksaray Amasya Ankara Antalya Artvin Aydın Balıkesir",
                true,
            ),
            (
                "Home World Politics Business Tech Science Health Sport Culture Travel Opinion",
                true,
            ),
            (
                "Flash Floods Kill Twenty In Velmora As River Bursts Its Banks, Officials Say",
                false,
            ),
            (
                "Five Killed In Attack Near Parliament As Police Shoot Man In Westminster 2017",
                false,
            ),
            ("Adana Adıyaman Afyon", false),
            ("Hatay Isparta Mersin İstanbul İzmir Kars Kastamonu Kayseri Kırklareli K.Maraş Konya", true),
            ("Police Said The Man Drove Into The Crowd At The Market On Friday Night.", false),
        ];
        for (line, want) in cases {
            assert_eq!(super::is_capitalized_list(line), want, "{line}");
        }
    }

    #[test]
    fn embedded_posts_and_stamped_teasers() {
        for (line, want) in [
            ("protección civil coahuila (@pc_coahuila) · 14 mar", true),
            ("नेपाल प्रहरी @nepalpolicehq · २ घण्टा", true),
            ("write to news@paper.com", false),
            ("the @ sign", false),
        ] {
            assert_eq!(super::is_handle_line(line), want, "{line}");
        }
        for (line, want) in [
            ("ankara'da inşaatta göçük: 4 işçi öldü · 21.07.2024", true),
            ("পদ্মায় স্পিডবোট দুর্ঘটনায় নিহত ৬ · ৫ ঘণ্টা আগে", true),
            ("home · news · world", false),
            ("kaduna · 12 may", false),
        ] {
            assert_eq!(super::is_stamped_teaser(line), want, "{line}");
        }
        // The header alone in its paragraph: the next is the post's text. Within one paragraph:
        // the rest of it.
        let t = "Floods hit the town on Monday, and 12 people died.\n\nThe river rose by two metres.\n\nCity Police (@citypolice) · 15 Jun\n\nWe are aware of an incident at the bridge. Please avoid the area.\n\nRescuers reached the last village on Tuesday.\n\nCounty Fire (@countyfire) · 2h\nCrews are at the scene.\n\nThe mayor declared an emergency.";
        let r = crate::compare(t, "Another text entirely.", &crate::Options::default());
        let kind = |q: &str| {
            let at = t.find(q).unwrap();
            r.a.units
                .iter()
                .find(|u| u.start <= at && at < u.end)
                .unwrap()
                .kind
        };
        assert_eq!(kind("City Police"), UnitKind::Boilerplate);
        assert_eq!(kind("We are aware"), UnitKind::Boilerplate);
        assert_eq!(kind("Please avoid"), UnitKind::Boilerplate);
        assert_eq!(kind("Rescuers reached"), UnitKind::Text);
        assert_eq!(kind("The river"), UnitKind::Text);
        assert_eq!(kind("Crews are"), UnitKind::Boilerplate);
        assert_eq!(kind("The mayor"), UnitKind::Text);
    }

    #[test]
    fn breadcrumbs_and_counters() {
        for (line, want) in [
            ("главная / происшествия", true),
            ("home › world › europe", true),
            ("startseite > region > uelzen", true),
            ("ukraine / russia talks resume in geneva", false),
            ("covid-19 / 2024", false),
            ("the vote was 7 / 2.", false),
            // » is folded to a quotation mark.
            ("முகப்பு \" தமிழகம் \" விருதுநகர்", true),
            ("nyumbani \" kanda ya ziwa", true),
            ("ukraine / russia peace talks", false),
            ("\" il est beaucoup trop tôt \"", false),
        ] {
            assert_eq!(super::is_breadcrumb(line), want, "{line}");
        }
        let counter = |line: &str| {
            let ts = crate::normalize::tokenize(line, 0, line.len(), crate::normalize::Lang::Other);
            super::is_counter(&ts)
        };
        assert!(counter("3.418 vistas"));
        assert!(counter("58 comments"));
        assert!(!counter("15 muertos"));
        assert!(!counter("58 comments were posted under the story"));
        assert!(counter("ही बातमी 8,932 वेळा वाचली गेली"));
        assert!(counter("ਪੜ੍ਹਿਆ ਗਿਆ: ੯,੩੧੦ ਵਾਰ"));
        // The counter's words are folded as the line is (Bengali "পড়া" has a nukta).
        assert!(counter("৩,২১৭ বার পড়া হয়েছে"));
    }

    #[test]
    fn a_masthead_a_post_header_without_its_stamp_and_a_newsletter_box_are_furniture() {
        let a = "IL QUOTIDIANO DEL NORDEST\n\nTreviso, Bortolan vince il ballottaggio con il 52 per cento\n\nChiara Bortolan ha vinto il ballottaggio a Treviso con il 52 per cento dei voti. L'affluenza si è fermata al 48 per cento.\n\nLa nuova sindaca guiderà una giunta di centrosinistra.\n\nX पर उत्तराखंड पुलिस (@uttarakhandcops) की पोस्ट\n\nLe notizie della provincia ogni giorno alle 7 nella tua casella.\n\nLo spoglio si è concluso alle 23.";
        let b = "Treviso, Bortolan è la nuova sindaca\n\nChiara Bortolan ha vinto il ballottaggio a Treviso con il 52 per cento dei voti. La nuova sindaca guiderà una giunta di centrosinistra.";
        let r = crate::compare(a, b, &crate::Options::default());
        let kind = |q: &str| {
            let at = a.find(q).unwrap();
            r.a.units
                .iter()
                .find(|u| u.start <= at && at < u.end)
                .unwrap()
                .kind
        };
        assert_eq!(kind("IL QUOTIDIANO"), UnitKind::Boilerplate);
        assert_eq!(kind("Treviso, Bortolan vince"), UnitKind::Title);
        assert_eq!(kind("X पर"), UnitKind::Boilerplate);
        assert_eq!(kind("Le notizie"), UnitKind::Boilerplate);
        assert_eq!(kind("Lo spoglio"), UnitKind::Text);
    }

    #[test]
    fn a_sentence_printed_twice_is_a_caption_unless_a_paragraph_tells_it() {
        let kind_of = |text: &str, at: usize| {
            let r = crate::compare(text, "Another text entirely.", &crate::Options::default());
            r.a.units[at].kind
        };
        // Twice on its own: a photo's caption, printed under the picture and in the gallery.
        let caption = "Floods hit the valley on Monday and many fled.\n\nRescuers search a flooded street in the valley.\n\nThe river rose overnight. Roads were closed.\n\nRescuers search a flooded street in the valley.";
        assert_eq!(kind_of(caption, 1), UnitKind::Caption);
        // On its own above the story, and again inside a paragraph of it: the standfirst.
        let standfirst = "Floods hit the valley\n\nAccording to the police, the bus was heading to Salem with 56 passengers on board.\n\nAt least four passengers were killed on Tuesday. According to the police, the bus was heading to Salem with 56 passengers on board.";
        assert_eq!(kind_of(standfirst, 1), UnitKind::Text);
    }

    #[test]
    fn a_sentence_and_its_credit_on_one_line_are_a_caption() {
        // One block (single line breaks): the caption sits among the story's sentences.
        let text = "Death toll rises after the tower fire\nThe commander confirms that 58 people are missing. Picture: JANE ROE/PA WIRE - Credit: PA\nPolice said at least 58 people died in the fire.\nThe commander warned the toll could rise.\nResidents said alarms did not sound.";
        let r = crate::compare(text, text, &crate::Options::default());
        let kinds: Vec<(&str, UnitKind)> =
            r.a.units
                .iter()
                .map(|u| (&text[u.start..u.start + 12], u.kind))
                .collect();
        assert_eq!(kinds[1], ("The commande", UnitKind::Caption));
        assert_eq!(kinds[2].1, UnitKind::Caption);
        assert_eq!(kinds[3], ("Police said ", UnitKind::Text));
        assert_eq!(kinds[4].1, UnitKind::Text);
    }

    #[test]
    fn lines_of_fields_split_by_bars_are_furniture() {
        let story = "Floods swept through the valley on Monday, killing 12 people.\n\nRescuers searched the river banks for the missing.\n\nThe regional government declared an emergency.\n\nSchools will stay closed until Friday.";
        // (line, set aside)
        for (line, aside) in [
            ("Laura Gisbert | Alicante", true),
            ("Aviso legal | Política de cookies", true),
            ("Dikongsi 1.2k kali | Komen 58", true),
            ("de Radu Moldovan | 14 februarie 2024, 13:05 | Ultima actualizare: 14 februarie 2024", true),
            ("| อ่าน 12,481 ครั้ง", true),
            ("Floods sweep through the valley, killing 12 | Island Herald", false),
        ] {
            let text = format!("{line}\n\n{story}");
            let r = crate::compare(&text, &text, &crate::Options::default());
            let u = &r.a.units[0];
            assert_eq!(&text[u.start..u.end], line);
            let content = matches!(u.kind, UnitKind::Text | UnitKind::Heading | UnitKind::Title);
            assert_eq!(!content, aside, "{line}: {:?}", u.kind);
        }
    }

    #[test]
    fn a_section_name_a_menu_lists_is_furniture() {
        let body = "\n\nDe staking bij het distributiecentrum in Zaltwijk liep dinsdag uit de hand.\n\nDe politie hield 14 mensen aan.\n\nDe bond kondigde nieuwe acties aan.\n\nHet bedrijf wil met de bond praten.";
        let kinds = |text: &str| -> Vec<UnitKind> {
            let other =
                "In Zaltwijk hield de politie dinsdag 14 stakers aan bij een distributiecentrum.";
            let r = crate::compare(text, other, &crate::Options::default());
            r.a.units.iter().map(|u| u.kind).collect()
        };
        let menu = "NieuwsNu.nl | Binnenland | Buitenland | Economie | Sport";
        // The byline names the section too, so its word is no longer the label's alone.
        let k = kinds(&format!(
            "{menu}\nEconomie\nStaking in Zaltwijk loopt uit de hand: 14 aanhoudingen\nDoor onze redactie economie\nGepubliceerd: 8 oktober 2024 14:05 | Gewijzigd: 8 oktober 2024 18:32{body}"
        ));
        assert_eq!(k[1], UnitKind::Boilerplate, "{k:?}");
        assert_eq!(k[2], UnitKind::Title, "{k:?}");
    }

    #[test]
    fn numeric_dates() {
        let cases = [
            ("21.12.2024", true),
            ("05/12/2026,", true),
            ("2024-12-21", true),
            ("1.5.2024.", true),
            ("21.12.24", false),
            ("12.500", false),
            ("3-2", false),
            ("2024", false),
            ("a.b.c", false),
        ];
        for (w, want) in cases {
            assert_eq!(is_numeric_date(w), want, "{w}");
        }
    }

    #[test]
    fn a_topic_label_above_the_headline_is_no_headline() {
        let body = "\n\nRescuers searched the stadium on Sunday.\n\nThe police said 129 people had died.\n\nThe league suspended all matches.";
        let kinds = |text: &str| -> Vec<UnitKind> {
            let r = crate::compare(
                text,
                "The police said 129 people had died in Malang.",
                &crate::Options::default(),
            );
            r.a.units.iter().map(|u| u.kind).collect()
        };
        let k = kinds(&format!(
            "Stadium Disaster\nStadium disaster in Malang: toll rises to 129{body}"
        ));
        assert_eq!(k[..2], [UnitKind::Boilerplate, UnitKind::Title], "{k:?}");
        // A short headline whose words the next line does not all repeat stays the headline.
        let k = kinds(&format!(
            "Stadium Disaster\nToll in Malang rises to 129{body}"
        ));
        assert_eq!(k[0], UnitKind::Title, "{k:?}");
    }

    #[test]
    fn a_caption_printed_twice_does_not_take_the_lede_glued_under_it() {
        // The doubled caption, its copy and the lede are one short block: the copies are
        // captions, the lede (no credit in the block) is the story's.
        let cap = "The fire chief speaking to reporters near the tower.";
        let lede = "A total of 58 people have died or are missing presumed dead, the police said.";
        let text = format!(
            "Fire guts tower block\n\n{cap}{cap}\n{cap}\n{lede}\n\nThe search of the tower will take weeks, the fire chief said."
        );
        let r = crate::compare(
            &text,
            "At least 58 people are feared dead after the fire.",
            &crate::Options::default(),
        );
        let kind = |needle: &str| {
            r.a.units
                .iter()
                .find(|u| text[u.start..u.end].starts_with(needle))
                .map(|u| u.kind)
        };
        assert_eq!(kind(cap), Some(UnitKind::Caption));
        assert_eq!(kind(lede), Some(UnitKind::Text));
    }

    #[test]
    fn a_sentence_printed_twice_back_to_back_is_a_caption() {
        let cap = "The fire chief speaking to reporters near the tower.";
        let text = format!("Fire guts tower block\n\n{cap}{cap}\n\nAt least 58 people are feared dead, the police said on Friday.\n\nThe search of the tower will take weeks.");
        let r = crate::compare(
            &text,
            "At least 58 people are feared dead after the fire.",
            &crate::Options::default(),
        );
        let kinds: Vec<(&str, UnitKind)> =
            r.a.units
                .iter()
                .map(|u| (&text[u.start..u.end], u.kind))
                .collect();
        assert_eq!(
            kinds[1],
            (format!("{cap}{cap}").as_str(), UnitKind::Caption),
            "{kinds:?}"
        );
        assert!(
            kinds[2..].iter().all(|(_, k)| *k == UnitKind::Text),
            "{kinds:?}"
        );
        // Two different sentences glued are no caption; nor is a short phrase said twice.
        for glued in [
            "Rain fell all night in the valley.The river rose by morning.",
            "Go, go.Go, go.",
        ] {
            assert!(
                !super::is_doubled(&crate::normalize::fold(glued)),
                "{glued}"
            );
        }
    }

    #[test]
    fn share_bars_and_reporters_bylines_by_their_words() {
        let story = "A bushfire swept through the town of Wandilla on Monday, killing at least four people.\n\nMore than half of the town's homes were destroyed, the fire service said.\n\nThe premier visited the town on Tuesday and promised help to rebuild.";
        let other = "At least four people died when a bushfire swept through Wandilla on Monday.";
        let kind = |text: &str, needle: &str| {
            let r = crate::compare(text, other, &crate::Options::default());
            r.a.units
                .iter()
                .find(|u| text[u.start..u.end].starts_with(needle))
                .map(|u| u.kind)
        };
        for (top, want) in [
            (
                "Share  Facebook  X  Email  Copy link",
                UnitKind::Boilerplate,
            ),
            (
                "Bagikan artikel ini melalui: WhatsApp Facebook X",
                UnitKind::Boilerplate,
            ),
            (
                "Benita Kolovos, Victorian state correspondent",
                UnitKind::Byline,
            ),
            ("जागरण संवाददाता, अल्मोड़ा।", UnitKind::Byline),
            ("চাঁদপুর প্রতিনিধি, bdnews24.com", UnitKind::Byline),
            // A standfirst that names a network is story.
            (
                "The fire was first reported on Facebook by a resident of the town",
                UnitKind::Heading,
            ),
        ] {
            let text = format!("Bushfire tears through Wandilla\n\n{top}\n\n{story}");
            assert_eq!(kind(&text, top), Some(want), "{top}");
        }
    }

    #[test]
    fn a_menu_ending_a_footer_line_is_the_footers() {
        let story = "A passenger ferry capsized on the lake on Thursday, killing at least 19 people.\n\nRescuers pulled 41 people from the water alive.\n\nThe captain survived the accident.";
        let other = "At least 19 people died when a ferry capsized on the lake on Thursday.";
        let text = format!("{story}\n\n© 2024 The Daily Meridian. All rights reserved. Terms of Use | Privacy Policy | Contact Us");
        let r = crate::compare(&text, other, &crate::Options::default());
        let kind = |needle: &str| {
            r.a.units
                .iter()
                .find(|u| text[u.start..u.end].starts_with(needle))
                .map(|u| u.kind)
        };
        assert_eq!(kind("Terms of Use"), Some(UnitKind::Boilerplate));
        assert_eq!(kind("The captain"), Some(UnitKind::Text));
    }

    #[test]
    fn a_photo_credit_makes_its_line_a_caption() {
        let story = "A passenger ferry capsized on the lake on Thursday, killing at least 19 people.\n\nRescuers pulled 41 people from the water alive.\n\nThe captain survived the accident.";
        let other = "At least 19 people died when a ferry capsized on the lake on Thursday.";
        let kinds = |text: &str| -> Vec<(String, UnitKind)> {
            let r = crate::compare(text, other, &crate::Options::default());
            r.a.units
                .iter()
                .map(|u| (text[u.start..u.end].to_string(), u.kind))
                .collect()
        };
        let kind = |text: &str, needle: &str| {
            kinds(text)
                .into_iter()
                .find(|(t, _)| t.starts_with(needle))
                .map(|(_, k)| k)
        };
        for credit in [
            "REUTERS/Stringer",
            "EFE/Raúl Sanchidrián",
            "(JUNTA DE CASTILLA Y LEÓN)",
        ] {
            // Glued to the caption's line, or on a line of its own below it.
            for sep in [" ", "\n"] {
                let text = format!(
                    "{story}\n\nRelatives wait for news at the landing on Thursday.{sep}{credit}\n\nThe search goes on."
                );
                assert_eq!(
                    kind(&text, credit),
                    Some(UnitKind::Caption),
                    "{credit:?} {sep:?}"
                );
                assert_eq!(
                    kind(&text, "Relatives wait"),
                    Some(UnitKind::Caption),
                    "{credit:?} {sep:?}"
                );
                assert_eq!(kind(&text, "The search goes on."), Some(UnitKind::Text));
            }
        }
        // A wire story's closing credit and a source line are no photo credits.
        for (line, needle) in [
            ("The injured were taken to hospital. (ANI)", "The injured"),
            ("EFE / 20minutos", "EFE / 20minutos"),
        ] {
            let text = format!("{story}\n\n{line}\n\nThe search goes on.");
            assert_ne!(kind(&text, needle), Some(UnitKind::Caption), "{line}");
        }
    }

    #[test]
    fn a_bare_name_above_the_dateline_is_a_byline() {
        let story = "मंडी जिले में बादल फटने से चार लोगों की मौत हो गई। बचाव दल ने दो लोगों को सुरक्षित निकाला। मृतकों में अजीत सिंह शामिल हैं। प्रशासन ने राहत शिविर खोले हैं।";
        let other = "मंडी जिले में बादल फटने से चार लोगों की मौत हो गई।";
        let kind = |text: &str| {
            let r = crate::compare(text, other, &crate::Options::default());
            r.a.units[0].kind
        };
        // A name in a script without capitals (its surname told again in the story), then
        // "place, date".
        assert_eq!(
            kind(&format!("राकेश सिंह\nमंडी, 5 अगस्त\n{story}")),
            UnitKind::Byline
        );
        // A short headline above the dateline tells the story's words.
        assert_ne!(
            kind(&format!("मंडी में बादल फटा\nमंडी, 5 अगस्त\n{story}")),
            UnitKind::Byline
        );
        // A name with no dateline below it is left as it is read.
        assert_ne!(kind(&format!("राकेश सिंह\n\n{story}")), UnitKind::Byline);
    }

    #[test]
    fn headlines_after_the_last_sentence_are_other_stories() {
        let story = "A plane crashed into homes near the airport on Friday.\n\nRescuers pulled two survivors from the wreckage.\n\nThe airline said 99 people were on board.";
        let kinds = |text: &str| -> Vec<(String, UnitKind)> {
            let r = crate::compare(text, text, &crate::Options::default());
            r.a.units
                .iter()
                .map(|u| (text[u.start..u.end].to_string(), u.kind))
                .collect()
        };
        // A headline in a paragraph of its own after the story, with its own toll: another story.
        let k = kinds(&format!(
            "{story}\n\nKarachi crash: homes destroyed, toll rises to 90"
        ));
        assert_eq!(k[3].1, UnitKind::Boilerplate, "{k:?}");
        assert!(
            k[..3].iter().all(|(_, kind)| *kind == UnitKind::Text),
            "{k:?}"
        );
        {
            // A box of three under its own heading, after a long story: all other stories.
            let a = r#"Zugunglück bei Weilheim: 43 Verletzte, Lokführer eingeklemmt

4. Juli 2025, 16:20 Uhr | Lesezeit: 3 Min.

Von Anna Maier, Weilheim

Ein Regionalexpress ist am Freitagmorgen zwischen Weilheim und Peißenberg auf einen umgestürzten Baum geprallt und entgleist.

43 Menschen wurden verletzt, sechs davon schwer, teilte die Polizei am Nachmittag mit.

Das Unglück ereignete sich gegen 8.12 Uhr. In dem Zug saßen etwa 180 Fahrgäste.

Ein Gewitter hatte in der Nacht zuvor zahlreiche Bäume in der Region entwurzelt.

Die Lok und zwei Wagen sprangen aus den Gleisen.

Der Lokführer, ein 38-Jähriger aus Penzberg, war im Führerstand eingeklemmt.

Die Feuerwehr musste ihn mit hydraulischem Gerät befreien; ein Hubschrauber flog ihn in die Unfallklinik Murnau.

„Wir hatten großes Glück, dass der Zug nicht schneller unterwegs war“, sagte ein Sprecher der Bundespolizei.

Rund 250 Rettungskräfte von Feuerwehr, Rotem Kreuz, THW und Polizei waren im Einsatz.

Die Strecke bleibt voraussichtlich bis Montag gesperrt, die Bahn hat einen Ersatzverkehr mit Bussen eingerichtet.

Verkehrsminister Christian Bernreiter (CSU) besuchte am Mittag die Unfallstelle.

Die Ermittlungen zur Unfallursache dauern an.

Zuletzt war im Juni 2022 ein Regionalzug bei Garmisch-Partenkirchen entgleist; damals starben fünf Menschen, Dutzende wurden verletzt.

Rettungskräfte an dem entgleisten Zug bei Weilheim. (Foto: Sven Hoppe/dpa)

Lesen Sie mehr zum Thema
Bahn: Pünktlichkeit sinkt auf 62 Prozent
Unwetter: Hagel richtet 20 Millionen Euro Schaden an

Newsletter abonnieren: Der SZ-Bayern-Newsletter – jeden Morgen um 6 Uhr

© Süddeutsche Zeitung GmbH"#;
            let b = r#"Regionalexpress in Oberbayern entgleist – 34 Verletzte

Ein Zug ist nach einem Unwetter auf einen umgestürzten Baum geprallt und teilweise aus den Gleisen gesprungen. Mehrere Menschen wurden schwer verletzt.

Stand: 04.07.2025 11:48 Uhr

Bei der Entgleisung eines Regionalexpress zwischen Weilheim und Murnau sind am Freitagmorgen 34 Menschen verletzt worden, sechs von ihnen schwer.

Der Zug mit rund 180 Fahrgästen an Bord war gegen 7.12 Uhr auf einen Baum geprallt, den ein nächtliches Gewitter auf die Gleise geworfen hatte, wie ein Sprecher der Bundespolizei sagte.

Dabei sprangen die Lok und zwei Waggons aus den Schienen.

Der 58 Jahre alte Lokführer wurde in seinem Führerstand eingeklemmt und von der Feuerwehr befreit.

Er wurde mit einem Rettungshubschrauber in die Unfallklinik Murnau geflogen.

Die übrigen Verletzten kamen in Krankenhäuser in Weilheim, Garmisch-Partenkirchen und München.

Nach Angaben des Polizeipräsidiums Oberbayern Süd waren mehr als 250 Einsatzkräfte vor Ort.

„Es hat einen fürchterlichen Schlag gegeben, dann lagen alle übereinander“, sagte eine Fahrgästin dem Bayerischen Rundfunk.

Die Deutsche Bahn hat die Strecke bis auf Weiteres gesperrt. Zwischen Weilheim und Murnau verkehren Ersatzbusse.

Bayerns Verkehrsminister Christian Bernreiter (CSU) kündigte an, die Vegetationspflege entlang der Bahnstrecken zu überprüfen.

Erst im Juni 2022 waren bei Garmisch-Partenkirchen fünf Menschen ums Leben gekommen, als ein Regionalzug entgleiste.

Die Bundesstelle für Eisenbahnunfalluntersuchung hat Ermittlungen aufgenommen.

Einsatzkräfte an der Unfallstelle bei Weilheim. Bild: dpa/Karl-Josef Hildenbrand

Mehr zum Thema
Unwetter in Bayern: 12.000 Haushalte ohne Strom
ICE-Strecke Köln–Frankfurt: 5 Monate Sperrung ab August

Dieses Thema im Programm: Bayerisches Fernsehen, 04. Juli 2025, 12:00 Uhr

Teilen: Facebook X WhatsApp E-Mail

Schlagwörter: Bahnunfall, Oberbayern, Deutsche Bahn

© ARD-aktuell / tagesschau.de"#;
            let r = crate::compare(a, b, &crate::Options::default());
            let kind = |needle: &str| {
                r.a.units
                    .iter()
                    .find(|u| a[u.start..u.end].starts_with(needle))
                    .map(|u| u.kind)
            };
            for title in ["Lesen Sie mehr", "Bahn: Pünktlichkeit", "Unwetter: Hagel"] {
                assert_eq!(kind(title), Some(UnitKind::Boilerplate), "{title}");
            }
            assert_eq!(kind("Die Ermittlungen"), Some(UnitKind::Text));
        }
        // A heading that opens a list after the story opens story: both stay.
        let k = kinds(&format!("{story}\n\nWhat the airline has said so far\n\n1) the plane was serviced last month\n2) the crew had flown the route often"));
        assert!(k[3..].iter().all(|(_, kind)| kind.is_content()), "{k:?}");
        // A line of the last sentence's paragraph is the story cut off mid-sentence.
        let k = kinds(&format!(
            "{story}\nThe pilot told the tower that both engines had failed and"
        ));
        assert!(k[3].1.is_content(), "{k:?}");
        // A text that mostly goes without stops is no story followed by headlines.
        let unpunctuated = [
            "Families in the low town by the old bridge left their homes well before dawn on Friday",
            "Soldiers from the barracks carried the old and the sick up to the school on the hill",
            "The mayor of the town asked the region for boats and for more pumps by the evening",
        ];
        let k = kinds(&format!(
            "{}\n\n{story}\n\n{}",
            unpunctuated.join("\n\n"),
            unpunctuated[..2].join("\n\n")
        ));
        assert!(k.iter().all(|(_, kind)| kind.is_content()), "{k:?}");
    }

    #[test]
    fn a_date_in_digits_and_a_word_or_two_is_a_dateline() {
        let cases = [
            ("Stand 21.12.2024", UnitKind::Dateline),
            ("Publié le 05/12/2026", UnitKind::Dateline),
            // Numbers and a word, but no date among them: a currency ticker.
            ("• RUB (100)3,5152", UnitKind::Text),
            ("• 21 2024 - 13:36", UnitKind::Dateline),
            (
                "Die Polizei zählte 21 Verletzte am 21.12.2024",
                UnitKind::Text,
            ),
            (
                "Stand 21.12.2024 mit 12 Verletzten und weiteren Opfern",
                UnitKind::Text,
            ),
            // A byline's or an update's stamp: a calendar date and a time of day on a short line.
            (
                "ByTAGESSPIEGEL Redaktion|21 Dezember 2024 5:10 PM CET",
                UnitKind::Dateline,
            ),
            // A sentence's date and time do not make it a stamp.
            (
                "Am 21.12.2024 um 17:10 Uhr raste ein Auto in die Menge.",
                UnitKind::Text,
            ),
        ];
        for (line, want) in cases {
            let text = format!("Ein Auto fuhr in Magdeburg in eine Menschenmenge.\n\n{line}\n\nDie Polizei ermittelt.");
            let r = crate::compare(&text, &text, &crate::Options::default());
            let u = &r.a.units[1];
            assert_eq!(&text[u.start..u.end], line);
            if want == UnitKind::Dateline {
                assert_eq!(u.kind, want, "{line}");
            } else {
                assert_ne!(u.kind, UnitKind::Dateline, "{line}");
            }
        }
    }

    #[test]
    fn a_place_and_a_stop_opening_a_line_near_the_top_is_a_dateline() {
        // Lines joined by single line breaks are one block: the dateline opens a line, not a block.
        let text = "desh dunia\nअमृतपाल गिरफ्तार, गुरुद्वारे में छिपा था\nचंडीगढ़. खालिस्तान समर्थक अमृतपाल सिंह को पंजाब पुलिस ने गिरफ्तार किया।\nपुलिस ने बताया कि वह गुरुद्वारे में छिपा था।";
        let r = crate::compare(text, text, &crate::Options::default());
        let kinds: Vec<(&str, UnitKind)> =
            r.a.units
                .iter()
                .map(|u| (&text[u.start..u.end], u.kind))
                .collect();
        assert_eq!(kinds[2], ("चंडीगढ़.", UnitKind::Dateline), "{kinds:?}");
        // Far down the story, a short sentence opening a line is story.
        let late = "Floods hit the town.\nRoads closed at noon.\nSchools shut early.\nShops stayed open.\nWinnipeg. The river rose again overnight.";
        let r = crate::compare(late, late, &crate::Options::default());
        let u =
            r.a.units
                .iter()
                .find(|u| &late[u.start..u.end] == "Winnipeg.")
                .unwrap();
        assert_ne!(u.kind, UnitKind::Dateline);
    }

    #[test]
    fn a_publication_line_at_the_top_is_metadata_and_a_dated_teaser_below_is_furniture() {
        let story = "The landslide buried the village on Wednesday night.\n\nRescue teams searched the debris for survivors through the night.\n\nOfficials said four people have died and three were injured.\n\nThe search will resume at first light, the district office said.\n\nRoads to the village remain closed.";
        let cases = [
            // Chrome ("min read") glued to a date, at the top: the article's own dateline.
            (
                "Rescue underway2 min read 20 Jul 2023, 08:09 AM IST",
                1,
                UnitKind::Dateline,
            ),
            // Words the story never uses and a date, at the top: a publication line.
            (
                "تاريخ النشر: 12th, September 2023 GMT",
                1,
                UnitKind::Dateline,
            ),
            (
                "ZZزرمین زہرا ,SAسلمان اشرف 12 مارچ ، 2025",
                1,
                UnitKind::Dateline,
            ),
            // The same shape after the story: another story's teaser.
            (
                "Bridge collapse kills commuters in capital 12 September 2023 GMT",
                5,
                UnitKind::Boilerplate,
            ),
        ];
        for (line, at, want) in cases {
            let mut parts: Vec<&str> = story.split("\n\n").collect();
            parts.insert(at, line);
            let text = parts.join("\n\n");
            let r = crate::compare(&text, story, &crate::Options::default());
            let u = &r.a.units[at];
            assert_eq!(&text[u.start..u.end], line);
            assert_eq!(u.kind, want, "{line}");
        }
    }
}

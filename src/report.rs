//! The report: one serializable value that every renderer and binding reads (schema version 1, see `docs/REPORT.md`).

use serde::{Deserialize, Serialize};

/// The schema version written into every report.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything Storydiff found when comparing side `a` with side `b`.
///
/// Offsets are UTF-8 byte offsets into each input exactly as given, unless
/// [`Report::offsets`] says `utf16` (the JS API converts them).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The schema version, [`SCHEMA_VERSION`].
    pub version: u32,
    /// `utf8` (bytes, native), `utf16` (code units, JS) or `codepoint` (Python string indices).
    pub offsets: Offsets,
    /// What the engine judged the two texts to be (or was told to treat them as): two versions of
    /// one article, or two outlets' reports.
    pub comparison: Comparison,
    /// The units of side `a`.
    pub a: Side,
    /// The units of side `b`.
    pub b: Side,
    /// Which units of `a` tell what which units of `b` tell.
    pub links: Vec<Link>,
    /// Numbers, dates, names and quotes, with where each side tells them.
    pub facts: Vec<Fact>,
    /// Spellings learned from the two texts that name the same thing.
    pub variants: Vec<Variant>,
    /// Counts and shares, for a summary line or bar.
    pub summary: Summary,
}

/// How the offsets of a report count: [`Report::offsets`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Offsets {
    /// UTF-8 bytes, as Rust strings count ([`crate::compare`] and the CLI).
    Utf8,
    /// UTF-16 code units, as JavaScript strings count ([`Report::into_utf16`]).
    Utf16,
    /// Code points, as Python strings count ([`Report::into_codepoints`]).
    Codepoint,
}

/// Two versions of one article (an edit, a correction, a wire story republished) are compared word
/// by word; two outlets' reports are compared fact by fact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    /// Mostly the same words: every word changed in a linked sentence is marked.
    Versions,
    /// Two reports of one event (or of two events: see `Summary::different_stories`).
    #[default]
    Outlets,
}

impl Comparison {
    /// The name the JSON report uses (`versions`, `outlets`).
    pub fn as_str(self) -> &'static str {
        match self {
            Comparison::Versions => "versions",
            Comparison::Outlets => "outlets",
        }
    }
}

/// One side of the comparison: its text cut into units.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// Its units in text order; a unit's `id` is its index here.
    pub units: Vec<Unit>,
}

/// A sentence, a title or a line of page furniture.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    /// Index of the unit on its side, from 0.
    pub id: usize,
    /// Where the unit starts: it is `text[start..end]`, and starts and ends on non-whitespace.
    pub start: usize,
    /// Where the unit ends (exclusive).
    pub end: usize,
    /// What the unit is: a title, a sentence, page furniture, …
    pub kind: Kind,
    /// What the other side makes of it.
    pub status: Status,
    /// Words of this unit that none of its partners tell (changed and conflicting units only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<Span>,
}

/// What a unit is. Only titles, headings and text are story content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The headline.
    Title,
    /// A line inside the story with no closing punctuation.
    Heading,
    /// A sentence of the story.
    Text,
    /// A photo caption.
    Caption,
    /// The author or agency.
    Byline,
    /// An update stamp, a place and date line, a correction note.
    Dateline,
    /// Page furniture: share bars, related stories, ads, newsletter boxes, copyright, tags.
    Boilerplate,
}

impl Kind {
    /// Story content takes part in alignment, facts and the summary; the rest is shown greyed.
    pub fn is_content(self) -> bool {
        matches!(self, Kind::Title | Kind::Heading | Kind::Text)
    }
    /// The name the JSON report uses (`title`, `text`, `boilerplate`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Title => "title",
            Kind::Heading => "heading",
            Kind::Text => "text",
            Kind::Caption => "caption",
            Kind::Byline => "byline",
            Kind::Dateline => "dateline",
            Kind::Boilerplate => "boilerplate",
        }
    }
}

/// What the other side makes of a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Linked, and tells the same as its partners.
    Same,
    /// Linked, with details added, dropped or altered.
    Changed,
    /// Linked, and a value contradicts a partner's.
    Conflict,
    /// Story content the other side does not tell.
    Only,
    /// Not story content: furniture, a byline, a dateline, a caption.
    Ignored,
}

impl Status {
    /// Every status, in the order the summary counts them.
    pub const ALL: [Status; 5] = [
        Status::Same,
        Status::Changed,
        Status::Conflict,
        Status::Only,
        Status::Ignored,
    ];
    /// The name the JSON report uses (`same`, `changed`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Same => "same",
            Status::Changed => "changed",
            Status::Conflict => "conflict",
            Status::Only => "only",
            Status::Ignored => "ignored",
        }
    }
}

/// How what a link's units tell compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The same fact, however worded.
    Same,
    /// Details added, dropped or altered without contradiction.
    Changed,
    /// The same slot holds incompatible values (see [`Link::conflicts`]).
    Conflict,
}

impl Relation {
    /// The name the JSON report uses (`same`, `changed`, `conflict`).
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Same => "same",
            Relation::Changed => "changed",
            Relation::Conflict => "conflict",
        }
    }
}

/// Units of `a` and units of `b` that tell the same thing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Ids of the units of `a`.
    pub a: Vec<usize>,
    /// Ids of the units of `b`.
    pub b: Vec<usize>,
    /// How what they tell compares.
    pub relation: Relation,
    /// Similarity in 0..=1 (IDF-weighted).
    pub score: f32,
    /// For a conflict: the values that disagree, side by side (23 ↔ 27).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Clash>,
    /// Values that may disagree, where the engine is not sure they fill the same slot (one count
    /// against a part of it, a different moment). They do not make the link a conflict.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub possible: Vec<Clash>,
}

/// Two values that fill the same slot with incompatible values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Clash {
    /// What the values are: `number`, `date`, `weekday`, `time`, `name`, `negation`, `antonym`.
    pub kind: String,
    /// What a number counts (`dead`, `injured`, `missing`, …), when the engine knows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot: Option<String>,
    /// The value as side `a` tells it.
    pub a: Mention,
    /// The value as side `b` tells it.
    pub b: Mention,
}

/// A stretch of one side's text, `text[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Where it starts.
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
}

/// One place a fact is told, with its normalized value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Where the mention starts in its side's text.
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
    /// The normalized value (`१४` → `14`, `4 लाख` → `400000`, `17वीं` → `17th`).
    pub value: String,
}

/// What a fact is: the kinds [`Options::fact_kinds`](crate::Options::fact_kinds) chooses from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A number, with what it counts when the engine knows.
    Number,
    /// A date or a weekday.
    Date,
    /// A person, place or organisation.
    Name,
    /// Words in quotation marks.
    Quote,
}

impl FactKind {
    /// Every kind (the default of [`Options::fact_kinds`](crate::Options::fact_kinds)).
    pub const ALL: [FactKind; 4] = [
        FactKind::Number,
        FactKind::Date,
        FactKind::Name,
        FactKind::Quote,
    ];
    /// The name the JSON report uses (`number`, `date`, `name`, `quote`).
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Number => "number",
            FactKind::Date => "date",
            FactKind::Name => "name",
            FactKind::Quote => "quote",
        }
    }
}

/// Which sides tell a fact, and whether they agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactStatus {
    /// Both sides tell it.
    Shared,
    /// Only side `a` tells it.
    OnlyA,
    /// Only side `b` tells it.
    OnlyB,
    /// The two sides give incompatible values; the key holds both (`23 ↔ 27`).
    Conflict,
    /// The two sides may give incompatible values; see [`Link::possible`].
    PossibleConflict,
}

impl FactStatus {
    /// The name the JSON report uses (`shared`, `only_a`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            FactStatus::Shared => "shared",
            FactStatus::OnlyA => "only_a",
            FactStatus::OnlyB => "only_b",
            FactStatus::Conflict => "conflict",
            FactStatus::PossibleConflict => "possible_conflict",
        }
    }
}

/// A number, date, name or quote, with where each side tells it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Number, date, name or quote.
    pub kind: FactKind,
    /// Which sides tell it, and whether they agree.
    pub status: FactStatus,
    /// The normalized value both sides are compared on (`17th`, `400000 people`, `tuesday`).
    pub key: String,
    /// What a number counts (`dead`, `injured`, …), when the engine knows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot: Option<String>,
    /// Where side `a` tells it.
    pub a: Vec<Mention>,
    /// Where side `b` tells it.
    pub b: Vec<Mention>,
}

/// Two spellings of one name, learned from the texts (इस्राइल / इजरायल).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    /// The spelling of side `a`, folded to lower case.
    pub a: String,
    /// The spelling of side `b`, folded to lower case.
    pub b: String,
}

/// Units of one side by [`Status`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    /// Units with status `same`.
    pub same: usize,
    /// Units with status `changed`.
    pub changed: usize,
    /// Units with status `conflict`.
    pub conflict: usize,
    /// Units with status `only`.
    pub only: usize,
    /// Units with status `ignored`.
    pub ignored: usize,
}

impl Counts {
    /// Counts one more unit with status `s`.
    pub fn add(&mut self, s: Status) {
        match s {
            Status::Same => self.same += 1,
            Status::Changed => self.changed += 1,
            Status::Conflict => self.conflict += 1,
            Status::Only => self.only += 1,
            Status::Ignored => self.ignored += 1,
        }
    }
    /// The number of units with status `s`.
    pub fn get(&self, s: Status) -> usize {
        match s {
            Status::Same => self.same,
            Status::Changed => self.changed,
            Status::Conflict => self.conflict,
            Status::Only => self.only,
            Status::Ignored => self.ignored,
        }
    }
}

/// Counts and shares for a summary line or bar.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Units of `a` by status.
    pub a: Counts,
    /// Units of `b` by status.
    pub b: Counts,
    /// Share (0..=1) of a's story content, by characters, that b also tells.
    pub a_in_b: f32,
    /// Share (0..=1) of b's story content, by characters, that a also tells.
    pub b_in_a: f32,
    /// Number of conflicting links.
    pub conflicts: usize,
    /// Number of links that are not conflicts but hold a possible conflict.
    pub possible_conflicts: usize,
    /// Facts by status.
    pub facts: FactCounts,
    /// How much of each side was compared: its story units, and how many of them are linked.
    pub coverage: Coverage,
    /// The two texts look like reports of two different events: a "no conflicts" means nothing then.
    pub different_stories: bool,
    /// Words changed, added or dropped in linked sentences (counted when `comparison` is `versions`).
    pub edits: usize,
}

/// How much of each side was compared.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    /// Side `a`.
    pub a: SideCoverage,
    /// Side `b`.
    pub b: SideCoverage,
}

/// Story units (titles, headings, text) of one side, and how many of them are linked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SideCoverage {
    /// Story units (titles, headings, text).
    pub story: usize,
    /// Story units that take part in a link.
    pub linked: usize,
}

/// Facts by [`FactStatus`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FactCounts {
    /// Facts both sides tell.
    pub shared: usize,
    /// Facts only `a` tells.
    pub only_a: usize,
    /// Facts only `b` tells.
    pub only_b: usize,
    /// Facts the sides give incompatible values for.
    pub conflict: usize,
    /// Facts the sides may give incompatible values for.
    pub possible_conflict: usize,
}

impl Report {
    /// Rewrites every offset from UTF-8 bytes to UTF-16 code units, as JavaScript strings count.
    pub fn into_utf16(self, a: &str, b: &str) -> Report {
        self.into_offsets(a, b, Offsets::Utf16)
    }

    /// Rewrites every offset from UTF-8 bytes to code points, as Python strings count.
    pub fn into_codepoints(self, a: &str, b: &str) -> Report {
        self.into_offsets(a, b, Offsets::Codepoint)
    }

    /// Rewrites every offset of a report with UTF-8 offsets into `to`.
    fn into_offsets(mut self, a: &str, b: &str, to: Offsets) -> Report {
        if self.offsets != Offsets::Utf8 || to == Offsets::Utf8 {
            return self;
        }
        let ma = OffsetMap::new(a, to);
        let mb = OffsetMap::new(b, to);
        for u in &mut self.a.units {
            u.start = ma.get(u.start);
            u.end = ma.get(u.end);
            for s in &mut u.marks {
                s.start = ma.get(s.start);
                s.end = ma.get(s.end);
            }
        }
        for u in &mut self.b.units {
            u.start = mb.get(u.start);
            u.end = mb.get(u.end);
            for s in &mut u.marks {
                s.start = mb.get(s.start);
                s.end = mb.get(s.end);
            }
        }
        let conv = |m: &mut Mention, map: &OffsetMap| {
            m.start = map.get(m.start);
            m.end = map.get(m.end);
        };
        for l in &mut self.links {
            for c in l.conflicts.iter_mut().chain(&mut l.possible) {
                conv(&mut c.a, &ma);
                conv(&mut c.b, &mb);
            }
        }
        for f in &mut self.facts {
            f.a.iter_mut().for_each(|m| conv(m, &ma));
            f.b.iter_mut().for_each(|m| conv(m, &mb));
        }
        self.offsets = to;
        self
    }
}

/// Maps UTF-8 byte offsets of one string to UTF-16 or code-point offsets in O(1) per lookup.
struct OffsetMap {
    /// The new offset for every byte offset that starts a char, plus the end.
    at: Vec<u32>,
}

impl OffsetMap {
    fn new(s: &str, to: Offsets) -> Self {
        let mut at = vec![0u32; s.len() + 1];
        let mut pos = 0u32;
        for (i, c) in s.char_indices() {
            for slot in at.iter_mut().skip(i).take(c.len_utf8()) {
                *slot = pos;
            }
            pos += match to {
                Offsets::Utf16 => c.len_utf16() as u32,
                Offsets::Codepoint => 1,
                Offsets::Utf8 => c.len_utf8() as u32,
            };
        }
        at[s.len()] = pos;
        OffsetMap { at }
    }
    fn get(&self, byte: usize) -> usize {
        self.at[byte.min(self.at.len() - 1)] as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_maps_count_surrogate_pairs_and_devanagari() {
        let s = "क😀a";
        let m = OffsetMap::new(s, Offsets::Utf16);
        assert_eq!(m.get(0), 0);
        assert_eq!(m.get(3), 1); // after क (3 bytes, 1 unit)
        assert_eq!(m.get(7), 3); // after 😀 (4 bytes, 2 units)
        assert_eq!(m.get(8), 4);
        let m = OffsetMap::new(s, Offsets::Codepoint);
        assert_eq!([m.get(0), m.get(3), m.get(7), m.get(8)], [0, 1, 2, 3]);
    }

    #[test]
    fn enums_serialize_snake_case() {
        assert_eq!(
            serde_json::to_string(&FactStatus::OnlyA).unwrap(),
            "\"only_a\""
        );
        assert_eq!(
            serde_json::to_string(&Kind::Boilerplate).unwrap(),
            "\"boilerplate\""
        );
        assert_eq!(serde_json::to_string(&Offsets::Utf16).unwrap(), "\"utf16\"");
        assert_eq!(
            serde_json::to_string(&FactStatus::PossibleConflict).unwrap(),
            "\"possible_conflict\""
        );
        assert_eq!(
            serde_json::to_string(&Comparison::Versions).unwrap(),
            "\"versions\""
        );
    }
}

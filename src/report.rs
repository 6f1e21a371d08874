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
    pub version: u32,
    /// `utf8` (bytes, native), `utf16` (code units, JS) or `codepoint` (Python string indices).
    pub offsets: Offsets,
    /// What the engine judged the two texts to be (or was told to treat them as): two versions of
    /// one article, or two outlets' reports.
    pub comparison: Comparison,
    pub a: Side,
    pub b: Side,
    pub links: Vec<Link>,
    pub facts: Vec<Fact>,
    /// Spellings learned from the two texts that name the same thing.
    pub variants: Vec<Variant>,
    pub summary: Summary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Offsets {
    Utf8,
    Utf16,
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
    pub fn as_str(self) -> &'static str {
        match self {
            Comparison::Versions => "versions",
            Comparison::Outlets => "outlets",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Side {
    pub units: Vec<Unit>,
}

/// A sentence, a title or a line of page furniture.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    /// Index of the unit on its side, from 0.
    pub id: usize,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub status: Status,
    /// Words of this unit that none of its partners tell (changed and conflicting units only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Title,
    Heading,
    Text,
    Caption,
    Byline,
    Dateline,
    Boilerplate,
}

impl Kind {
    /// Story content takes part in alignment, facts and the summary; the rest is shown greyed.
    pub fn is_content(self) -> bool {
        matches!(self, Kind::Title | Kind::Heading | Kind::Text)
    }
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Same,
    Changed,
    Conflict,
    Only,
    Ignored,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Same,
        Status::Changed,
        Status::Conflict,
        Status::Only,
        Status::Ignored,
    ];
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Same,
    Changed,
    Conflict,
}

impl Relation {
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
    pub a: Vec<usize>,
    pub b: Vec<usize>,
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
    pub a: Mention,
    pub b: Mention,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One place a fact is told, with its normalized value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub value: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    Number,
    Date,
    Name,
    Quote,
}

impl FactKind {
    pub const ALL: [FactKind; 4] = [
        FactKind::Number,
        FactKind::Date,
        FactKind::Name,
        FactKind::Quote,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Number => "number",
            FactKind::Date => "date",
            FactKind::Name => "name",
            FactKind::Quote => "quote",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactStatus {
    Shared,
    OnlyA,
    OnlyB,
    Conflict,
    /// The two sides may give incompatible values; see [`Link::possible`].
    PossibleConflict,
}

impl FactStatus {
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
    pub kind: FactKind,
    pub status: FactStatus,
    /// The normalized value both sides are compared on (`17th`, `400000 people`, `tuesday`).
    pub key: String,
    /// What a number counts (`dead`, `injured`, …), when the engine knows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot: Option<String>,
    pub a: Vec<Mention>,
    pub b: Vec<Mention>,
}

/// Two spellings of one name, learned from the texts (इस्राइल / इजरायल).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    pub a: String,
    pub b: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    pub same: usize,
    pub changed: usize,
    pub conflict: usize,
    pub only: usize,
    pub ignored: usize,
}

impl Counts {
    pub fn add(&mut self, s: Status) {
        match s {
            Status::Same => self.same += 1,
            Status::Changed => self.changed += 1,
            Status::Conflict => self.conflict += 1,
            Status::Only => self.only += 1,
            Status::Ignored => self.ignored += 1,
        }
    }
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
    pub a: SideCoverage,
    pub b: SideCoverage,
}

/// Story units (titles, headings, text) of one side, and how many of them are linked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SideCoverage {
    pub story: usize,
    pub linked: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FactCounts {
    pub shared: usize,
    pub only_a: usize,
    pub only_b: usize,
    pub conflict: usize,
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

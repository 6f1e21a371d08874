//! Storydiff compares two versions of a news story: what both tell, what only one tells, and where
//! they contradict. Two versions may be an article and its update, or two outlets' reports of one
//! event, in any language and script.
//!
//! The API is small: [`compare`] takes the two texts and [`Options`] and returns a [`Report`], plain
//! data that the functions of [`render`] turn into something to read.
//!
//! # Comparing two texts
//!
//! ```
//! use storydiff::report::{FactStatus, Relation, Status};
//! use storydiff::{compare, Options};
//!
//! let a = "Floods killed 23 people in the north on Tuesday. Roads were closed.";
//! let b = "On Tuesday, floods killed 27 people in the north. Schools stayed open.";
//! let report = compare(a, b, &Options::default());
//!
//! // Each side is cut into units (sentences, titles, lines of page furniture) that point into its text.
//! let first = &report.a.units[0];
//! assert_eq!(&a[first.start..first.end], "Floods killed 23 people in the north on Tuesday.");
//! assert_eq!(first.status, Status::Conflict);
//! assert_eq!(report.a.units[1].status, Status::Only); // "Roads were closed." is not in b
//!
//! // Links join units of a to units of b that tell the same thing; a conflict says which values clash.
//! let link = &report.links[0];
//! assert_eq!((link.a.as_slice(), link.b.as_slice()), (&[0][..], &[0][..]));
//! assert_eq!(link.relation, Relation::Conflict);
//! assert_eq!((link.conflicts[0].a.value.as_str(), link.conflicts[0].b.value.as_str()), ("23", "27"));
//!
//! // Facts (numbers, dates, names, quotes) and a summary of the whole.
//! let tuesday = report.facts.iter().find(|f| f.key == "tuesday").unwrap();
//! assert_eq!(tuesday.status, FactStatus::Shared);
//! assert_eq!(report.summary.conflicts, 1);
//! ```
//!
//! [`compare`] is a pure function: no I/O, nothing kept between calls, no panic on any input. It is a chain
//! of stages, one module each:
//!
//! ```text
//! text ─segment→ units ─clean→ kinds ─normalize→ tokens ─facts→ facts ─align→ links ─classify→ Report ─render→ text | JSON | HTML | Markdown
//! ```
//!
//! 1. **segment** cuts each text into units that tile it: sentences in any script, and lines with
//!    no closing punctuation (a headline, a heading).
//! 2. **clean** tells story content from page furniture (share bars, related stories, bylines,
//!    datelines, captions) pasted along with it.
//! 3. **normalize** turns words into keys that see through spelling: case, NFKC, digits of every
//!    script, numbers with grouping and scale words, light stemming.
//! 4. **facts** finds numbers with what they count, dates and weekdays, names and quotes.
//! 5. **align** links units of `a` to units of `b` that tell the same thing (IDF-weighted overlap,
//!    order-free, many-to-one), learning the two texts' spellings of one name on the way.
//! 6. **classify** decides what each link says (same, changed, conflict), each unit's and each
//!    fact's status, and builds the [`Report`].
//!
//! The stage modules are public for the examples, benchmarks, tests and the CLI, but they are not
//! the API and are hidden from these docs.
//!
//! # The report
//!
//! A [`Report`] holds offsets into the two texts, never copies of them (docs/REPORT.md describes
//! its JSON form, schema version 1):
//!
//! - [`Report::a`] and [`Report::b`]: each side's [`Unit`](report::Unit)s, with their
//!   [`Kind`](report::Kind) (title, text, byline, boilerplate, …) and
//!   [`Status`](report::Status) (same, changed, conflict, only, ignored), and the marked words of a
//!   changed unit;
//! - [`Report::links`]: which units of `a` tell what which units of `b` tell, with a
//!   [`Relation`](report::Relation) and, for a conflict, the clashing values side by side;
//! - [`Report::facts`]: numbers, dates, names and quotes, shared, told by one side only, or in
//!   conflict;
//! - [`Report::summary`]: counts per status, the share of each side the other tells, the number of
//!   conflicts, and whether the texts look like reports of two different events;
//! - [`Report::comparison`]: whether the texts were compared as two versions of one article (word
//!   by word) or as two outlets' reports (fact by fact).
//!
//! Offsets are UTF-8 bytes; [`Report::into_utf16`] and [`Report::into_codepoints`] convert them for
//! JavaScript and Python.
//!
//! # Rendering
//!
//! ```
//! use storydiff::{compare, render, Options};
//!
//! let (a, b) = ("Floods killed 23 people.", "Floods killed 27 people.");
//! let options = Options { label_a: "Wire".into(), label_b: "Paper".into(), ..Options::default() };
//! let report = compare(a, b, &options);
//! let view = render::View { a, b, report: &report, options: &options };
//!
//! let text = render::terminal(&view, false); // true: with ANSI colours
//! assert!(text.contains("Wire"));
//! let page = render::html(&view); // a self-contained page, no script
//! assert!(page.starts_with("<!doctype html>"));
//! let summary = render::markdown(&view);
//! let json = render::json(&report); // the report itself, pretty-printed
//! # let _ = (summary, json);
//! ```
//!
//! # Options
//!
//! [`Options::default`] is the usual choice. [`Options::sensitivity`] makes linking stricter or
//! looser; [`Options::fact_kinds`] chooses which facts to report; [`Options::comparison`] forces two
//! versions or two outlets ([`ComparisonMode`]); [`Options::hide_furniture`] and the labels shape
//! the rendered output; [`Options::story_a`] and its siblings carry a reader's corrections of what
//! is story and what is furniture. The CLI's flags and the JS API's options object map onto these
//! fields (camelCase in JS and JSON, where an unknown key is an error).
//!
//! # Where to change what
//!
//! Every change of behaviour shows as a diff of reports: `tests/snapshots.rs` holds the whole report
//! of every fixture, and `make eval` measures accuracy against the gold files.
//!
//! - **Sentence cutting**: `src/segment.rs`.
//! - **Page furniture** (share bars, related stories, bylines, datelines, captions): the rules in
//!   `src/clean/` (phrases in `mod.rs`, shapes in `structure.rs`), the phrases in
//!   `src/lexicon/furniture.rs`.
//! - **Numbers** (digits of every script, grouping, scale words, ordinals, number words):
//!   `src/normalize/number.rs`, with the words in `src/lexicon/numbers.rs`.
//! - **Quantities** (what a number counts, "at least", "of them"): `src/facts/quantity.rs`, with
//!   the words in `src/lexicon/quantities.rs`.
//! - **Linking** sentences: `src/align/` (index, learned spellings, links, rescue passes).
//! - **Conflicts**: `src/classify/clash.rs` (values that clash within linked units) and
//!   `src/align/slots.rs` (counts matched slot by slot across the two sides).
//! - **Thresholds**: every tuning constant is named in `src/tuning.rs`, with the data it was
//!   calibrated on.
//! - **A new language**: detection in `src/normalize/lang.rs`, stemming in
//!   `src/normalize/stem.rs`, and its words in `src/lexicon/` (stop words, affixes, calendar,
//!   numbers, quantities, polarity, furniture).

#![warn(missing_docs)]

// Stage modules: public for the examples, benches, tests and the CLI binary, but not the API.
#[doc(hidden)]
pub mod align;
pub(crate) mod classify;
#[doc(hidden)]
pub mod clean;
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub mod eval;
#[doc(hidden)]
pub mod facts;
pub(crate) mod lexicon;
#[doc(hidden)]
pub mod links;
#[doc(hidden)]
pub mod normalize;
pub mod render;
pub mod report;
#[doc(hidden)]
pub mod segment;
#[doc(hidden)]
pub mod tuning;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use report::{Comparison, FactKind, Report};

use serde::{Deserialize, Serialize};

/// What a caller can tune. Every field has a default, so `Options::default()` is the usual choice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// How readily two sentences are linked, 0 (strict) to 1 (loose). Default 0.5.
    pub sensitivity: f32,
    /// Which fact kinds to report. Default: all.
    pub fact_kinds: Vec<FactKind>,
    /// Renderers leave out page furniture, bylines and datelines. The report still lists them.
    pub hide_furniture: bool,
    /// Name of side `a` in rendered output (an outlet, or "before"). Default "A".
    pub label_a: String,
    /// Name of side `b` in rendered output (an outlet, or "after"). Default "B".
    pub label_b: String,
    /// Compare as two versions of one article, as two outlets' reports, or let the engine judge
    /// (the default). The report's `comparison` says which was used.
    pub comparison: ComparisonMode,
    /// A reader's corrections of what the engine took for story or furniture: ids of units of `a`
    /// to treat as story (`story_a`) or as page furniture (`furniture_a`), and the same for `b`.
    /// Unit ids are those of a report on the same texts (cutting never depends on them).
    pub story_a: Vec<usize>,
    /// Ids of units of `b` to treat as story: see [`Options::story_a`].
    pub story_b: Vec<usize>,
    /// Ids of units of `a` to treat as page furniture: see [`Options::story_a`].
    pub furniture_a: Vec<usize>,
    /// Ids of units of `b` to treat as page furniture: see [`Options::story_a`].
    pub furniture_b: Vec<usize>,
    /// The engine's thresholds, for the evaluation harness's sweeps; not read from JSON or JS.
    #[serde(skip)]
    #[doc(hidden)]
    pub tuning: tuning::Tuning,
}

/// How to compare the two texts: [`Options::comparison`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComparisonMode {
    /// Judge from the texts: mostly the same words make two versions of one article.
    #[default]
    Auto,
    /// Two versions of one article: every changed word is marked.
    Versions,
    /// Two outlets' reports of one event.
    Outlets,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            sensitivity: 0.5,
            fact_kinds: FactKind::ALL.to_vec(),
            hide_furniture: false,
            label_a: "A".into(),
            label_b: "B".into(),
            comparison: ComparisonMode::Auto,
            story_a: Vec::new(),
            story_b: Vec::new(),
            furniture_a: Vec::new(),
            furniture_b: Vec::new(),
            tuning: tuning::Tuning::default(),
        }
    }
}

/// Compares two texts and returns the report, with UTF-8 byte offsets.
///
/// Never panics, whatever the input; empty sides give an empty report.
pub fn compare(a: &str, b: &str, options: &Options) -> Report {
    compare_timed(a, b, options, &mut |_| {})
}

/// The stages of [`compare`], in order, as [`compare_timed`] reports them.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Segment,
    Clean,
    Normalize,
    Facts,
    Align,
    Classify,
}

/// [`compare`], calling `lap` as each stage ends (the benchmark times the stages with it).
#[doc(hidden)]
pub fn compare_timed(a: &str, b: &str, options: &Options, lap: &mut dyn FnMut(Stage)) -> Report {
    let (mut units_a, mut units_b) = (segment::segment(a), segment::segment(b));
    lap(Stage::Segment);
    let folded = clean::by_phrases(a, &mut units_a, b, &mut units_b);
    lap(Stage::Clean);
    let (toks_a, toks_b) = normalize::tokenize_pair(a, &units_a, b, &units_b);
    lap(Stage::Normalize);
    clean::by_shapes(
        (a, &mut units_a, &toks_a),
        (b, &mut units_b, &toks_b),
        &folded,
        options,
    );
    let (facts_a, facts_b) = (
        facts::extract(a, &units_a, &toks_a),
        facts::extract(b, &units_b, &toks_b),
    );
    lap(Stage::Facts);
    let aligned = align::link(
        (&units_a, &toks_a, &facts_a),
        (&units_b, &toks_b, &facts_b),
        &folded,
        options,
    );
    lap(Stage::Align);
    let sides = [
        (a, &units_a[..], &toks_a, &facts_a),
        (b, &units_b[..], &toks_b, &facts_b),
    ];
    let report = classify::build_report(sides, &aligned, options);
    lap(Stage::Classify);
    report
}

/// Hash maps and sets of the engine: rustc's FxHash, fast on the short strings and small integers
/// they hold, and deterministic. None of their keys is chosen by an attacker in a way that matters
/// (the worst case is a slower map), and no map's iteration order reaches a report.
pub(crate) type Map<K, V> = rustc_hash::FxHashMap<K, V>;
/// See [`Map`].
pub(crate) type Set<K> = rustc_hash::FxHashSet<K>;

/// The crate version, as the CLI and the JS API report it.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
/// Sorting through one instantiation of the standard sort (on u32 indices, with a dyn comparator)
/// instead of one per element type and closure: 56 instantiations cost the wasm 43 KB raw, 18 KB gzip.
/// Stable, like `sort_by`.
pub(crate) trait SortExt<T> {
    fn ssort_by(&mut self, f: impl FnMut(&T, &T) -> std::cmp::Ordering);
    fn ssort_by_key<K: Ord>(&mut self, mut f: impl FnMut(&T) -> K) {
        self.ssort_by(|a, b| f(a).cmp(&f(b)))
    }
    fn ssort(&mut self)
    where
        T: Ord,
    {
        self.ssort_by(|a, b| a.cmp(b))
    }
}
impl<T> SortExt<T> for [T] {
    fn ssort_by(&mut self, mut f: impl FnMut(&T, &T) -> std::cmp::Ordering) {
        let mut idx: Vec<u32> = (0..self.len() as u32).collect();
        {
            let s: &[T] = self;
            sort_idx(&mut idx, &mut |a, b| f(&s[a as usize], &s[b as usize]));
        }
        for start in 0..idx.len() {
            if idx[start] == u32::MAX {
                continue;
            }
            let mut cur = start;
            loop {
                let src = idx[cur] as usize;
                idx[cur] = u32::MAX;
                if src == start {
                    break;
                }
                self.swap(cur, src);
                cur = src;
            }
        }
    }
}
#[inline(never)]
fn sort_idx(idx: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> std::cmp::Ordering) {
    idx.sort_by(|&a, &b| cmp(a, b));
}

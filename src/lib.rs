//! Storydiff compares two versions of a news story: what both tell, what only one tells, and where they contradict.
//!
//! The pipeline is a chain of pure functions, one module each:
//!
//! ```text
//! text ─segment→ units ─clean→ kinds ─normalize→ tokens ─facts→ facts ─align→ links ─classify→ Report ─render→ text | JSON | HTML | Markdown
//! ```
//!
//! ```
//! let a = "Floods killed 23 people in the north on Tuesday. Roads were closed.";
//! let b = "On Tuesday, floods killed 27 people in the north. Schools stayed open.";
//! let report = storydiff::compare(a, b, &storydiff::Options::default());
//! assert_eq!(report.version, 1);
//! assert_eq!(report.summary.conflicts, 1);
//! let unit = &report.a.units[0];
//! assert_eq!(&a[unit.start..unit.end], "Floods killed 23 people in the north on Tuesday.");
//! ```
//!
//! The report is plain data ([`report::Report`]); [`render`] turns it into a terminal view,
//! JSON, a self-contained HTML page or a Markdown summary.

pub mod align;
pub mod classify;
pub mod clean;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod facts;
pub mod lexicon;
pub mod links;
pub mod normalize;
pub mod render;
pub mod report;
pub mod segment;
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
    /// Names of the two sides in rendered output (an outlet, or "before" and "after").
    pub label_a: String,
    pub label_b: String,
    /// Compare as two versions of one article, as two outlets' reports, or let the engine judge
    /// (the default). The report's `comparison` says which was used.
    pub comparison: ComparisonMode,
    /// A reader's corrections of what the engine took for story or furniture: ids of units of `a`
    /// to treat as story (`story_a`) or as page furniture (`furniture_a`), and the same for `b`.
    /// Unit ids are those of a report on the same texts (cutting never depends on them).
    pub story_a: Vec<usize>,
    pub story_b: Vec<usize>,
    pub furniture_a: Vec<usize>,
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
    let (toks_a, toks_b) = (
        normalize::tokenize_text(a, &units_a),
        normalize::tokenize_text(b, &units_b),
    );
    lap(Stage::Normalize);
    clean::by_shapes(
        (a, &mut units_a, &toks_a),
        (b, &mut units_b, &toks_b),
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

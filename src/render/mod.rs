//! Turns a [`Report`] into something to read: a terminal view, JSON, a self-contained HTML page or a
//! Markdown summary. All renderers read the same report; none recomputes anything.

mod html;
mod markdown;
mod terminal;

pub use html::html;
pub use markdown::markdown;
pub use terminal::terminal;

use crate::report::{Link, Report, Status, Unit};
use crate::Options;
use crate::SortExt;

/// A report with the texts it points into.
pub struct View<'a> {
    /// The text of side `a`, as given to [`compare`](crate::compare).
    pub a: &'a str,
    /// The text of side `b`.
    pub b: &'a str,
    /// The report on the two texts, with UTF-8 offsets.
    pub report: &'a Report,
    /// The options of the comparison: the renderers read the labels and `hide_furniture`.
    pub options: &'a Options,
}

/// A share as a whole percentage, rounded half away from zero (integer formatting only: `{:.0}` would
/// bring core's exact float formatter into the wasm).
pub(crate) fn percent(share: f32) -> i64 {
    (f64::from(share) * 100.0).round() as i64
}

/// The report as pretty-printed JSON.
pub fn json(report: &Report) -> String {
    // Serializing plain data with string keys cannot fail.
    serde_json::to_string_pretty(report).unwrap_or_default()
}

impl View<'_> {
    /// The text of a unit or a span on side a (`true`) or b.
    pub(crate) fn slice(&self, side_a: bool, start: usize, end: usize) -> &str {
        let t = if side_a { self.a } else { self.b };
        t.get(start.min(t.len())..end.min(t.len())).unwrap_or("")
    }

    pub(crate) fn units(&self, side_a: bool) -> &[Unit] {
        if side_a {
            &self.report.a.units
        } else {
            &self.report.b.units
        }
    }

    /// Ids of a unit's partners on the other side, in order.
    pub(crate) fn partners(&self, side_a: bool, id: usize) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .report
            .links
            .iter()
            .filter(|l| {
                if side_a {
                    l.a.contains(&id)
                } else {
                    l.b.contains(&id)
                }
            })
            .flat_map(|l| if side_a { l.b.clone() } else { l.a.clone() })
            .collect();
        v.ssort();
        v.dedup();
        v
    }

    pub(crate) fn links_of(&self, side_a: bool, id: usize) -> impl Iterator<Item = &Link> {
        self.report.links.iter().filter(move |l| {
            if side_a {
                l.a.contains(&id)
            } else {
                l.b.contains(&id)
            }
        })
    }

    pub(crate) fn label(&self, side_a: bool) -> &str {
        let l = if side_a {
            &self.options.label_a
        } else {
            &self.options.label_b
        };
        if l.trim().is_empty() {
            if side_a {
                "A"
            } else {
                "B"
            }
        } else {
            l
        }
    }
}

/// How a status reads in a sentence.
pub(crate) fn status_label(s: Status, side_a: bool) -> &'static str {
    match s {
        Status::Same => "same",
        Status::Changed => "changed",
        Status::Conflict => "conflict",
        Status::Only if side_a => "only in A",
        Status::Only => "only in B",
        Status::Ignored => "furniture",
    }
}

/// Collapses runs of whitespace so a unit prints on one line.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

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

    /// Which links hold each unit, per side: built once, so that a renderer asks it per unit
    /// without scanning every link (a million-sentence report would take hours).
    pub(crate) fn link_index(&self) -> LinkIndex {
        let per_side = |n: usize, side_a: bool| {
            let mut v: Vec<Vec<usize>> = vec![Vec::new(); n];
            for (li, l) in self.report.links.iter().enumerate() {
                for &id in if side_a { &l.a } else { &l.b } {
                    if let Some(slot) = v.get_mut(id) {
                        slot.push(li);
                    }
                }
            }
            v
        };
        LinkIndex {
            a: per_side(self.report.a.units.len(), true),
            b: per_side(self.report.b.units.len(), false),
        }
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

/// The links of every unit (see [`View::link_index`]).
pub(crate) struct LinkIndex {
    a: Vec<Vec<usize>>,
    b: Vec<Vec<usize>>,
}

impl LinkIndex {
    /// The links holding unit `id` of side a (`true`) or b, in report order.
    pub(crate) fn links_of<'r>(
        &'r self,
        report: &'r Report,
        side_a: bool,
        id: usize,
    ) -> impl Iterator<Item = &'r Link> {
        let ids = if side_a {
            self.a.get(id)
        } else {
            self.b.get(id)
        };
        ids.into_iter()
            .flatten()
            .filter_map(|&li| report.links.get(li))
    }

    /// Ids of a unit's partners on the other side, in order.
    pub(crate) fn partners(&self, report: &Report, side_a: bool, id: usize) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .links_of(report, side_a, id)
            .flat_map(|l| if side_a { l.b.clone() } else { l.a.clone() })
            .collect();
        v.ssort();
        v.dedup();
        v
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

/// A clashing value as its text tells it, on one line (the value itself when it has no text). A
/// count added up from several numbers ("90 passengers and 8 crew") shows its sum too:
/// "90 passengers and 8 crew = 98".
pub(crate) fn as_told(value: &str, text: &str) -> String {
    let t = one_line(text);
    if t.is_empty() {
        return value.to_string();
    }
    let numeric = !value.is_empty() && value.chars().all(|c| c.is_ascii_digit() || c == '.');
    if numeric && t.contains(' ') && !t.contains(value) {
        format!("{t} = {value}")
    } else {
        t
    }
}

/// Collapses runs of whitespace so a unit prints on one line.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

//! What a gold folder is, beyond its gold: the language and the kind of pair.
//!
//! The kind comes from the `kind` column (or, in the project's own fixtures, the `scenario` column) of a
//! Markdown table in a `README.md` beside the gold folders, whose first column names the folder (with or
//! without backticks). Free text there is normalised to three kinds:
//!
//! - `different`: two different events that look alike ("unrelated (same site)", "different events");
//! - `versions`: one article in two versions ("same article, two versions", "same wire story, two
//!   versions", "same outlet, updated article", "before and after a correction", "reformatted");
//! - `outlets`: two outlets' reports of one event ("two outlets").
//!
//! When no README row says, `gold.json`'s own `kind` field is read, and failing that a pair whose gold has
//! no links is `different` and any other is `outlets`.

use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The kind of a pair of texts, as gold sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PairKind {
    /// Two outlets' reports of one event.
    Outlets,
    /// One article in two versions: an edit, a correction, a wire story republished.
    Versions,
    /// Two different events that look alike: almost nothing should link.
    Different,
}

impl PairKind {
    pub const ALL: [PairKind; 3] = [PairKind::Outlets, PairKind::Versions, PairKind::Different];

    pub fn as_str(self) -> &'static str {
        match self {
            PairKind::Outlets => "outlets",
            PairKind::Versions => "versions",
            PairKind::Different => "different",
        }
    }

    pub fn parse(s: &str) -> Option<PairKind> {
        PairKind::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    /// Reads a README's free-text description of a pair; `None` when it names no kind.
    ///
    /// Checked in this order, so "same outlet, updated article" is `versions` and "two outlets (two
    /// phone-ins …)" stays `outlets`.
    pub fn from_description(text: &str) -> Option<PairKind> {
        let t: String = text
            .to_lowercase()
            .chars()
            .filter(|c| !matches!(c, '*' | '`' | '_'))
            .collect();
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        let any = |words: &[&str]| words.iter().any(|w| t.contains(w));
        if any(&[
            "unrelated",
            "different event",
            "different stor",
            "different incident",
            "two events",
        ]) {
            Some(PairKind::Different)
        } else if any(&[
            "version",
            "updated",
            "update of",
            "before and after",
            "reformatted",
            "same article",
            "one article",
            "republished",
        ]) {
            Some(PairKind::Versions)
        } else if any(&["outlet"]) {
            Some(PairKind::Outlets)
        } else {
            None
        }
    }

    /// The kind when nothing names one: no gold link at all means two different events.
    pub fn fallback(gold_links: usize) -> PairKind {
        if gold_links == 0 {
            PairKind::Different
        } else {
            PairKind::Outlets
        }
    }

    /// The comparison a report should choose for this kind: `versions` for two versions of one
    /// article, `outlets` otherwise (the report's `comparison` has no third value; two different
    /// events are two reports, flagged by `summary.different_stories`).
    pub fn expected_comparison(self) -> crate::report::Comparison {
        match self {
            PairKind::Versions => crate::report::Comparison::Versions,
            _ => crate::report::Comparison::Outlets,
        }
    }
}

/// One row of a README table about a gold folder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadmeRow {
    /// The text of the `kind` (or `scenario`) column, as written.
    pub kind: Option<String>,
    /// The text of the `lang` (or `language`) column, as written.
    pub language: Option<String>,
}

/// Splits one Markdown table line into its cells (outer pipes dropped, `\|` kept inside a cell).
fn cells(line: &str) -> Vec<String> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cur.push('|');
                chars.next();
            }
            '|' => out.push(std::mem::take(&mut cur).trim().to_string()),
            _ => cur.push(c),
        }
    }
    out.push(cur.trim().to_string());
    out
}

fn plain(cell: &str) -> String {
    cell.chars()
        .filter(|c| !matches!(c, '`' | '*'))
        .collect::<String>()
        .trim()
        .trim_end_matches('/')
        .to_string()
}

fn is_separator(cells: &[String]) -> bool {
    !cells.is_empty()
        && cells
            .iter()
            .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
}

/// Reads every Markdown table of a README whose header has a `kind` or `scenario` column, or a
/// `lang`/`language` column: folder name (first column, backticks and a trailing `/` dropped) → row.
pub fn parse_readme(text: &str) -> BTreeMap<String, ReadmeRow> {
    let mut out: BTreeMap<String, ReadmeRow> = BTreeMap::new();
    // Columns of the table being read: (kind column, language column); None outside a table.
    let mut cols: Option<(Option<usize>, Option<usize>)> = None;
    let mut header: Option<Vec<String>> = None;
    for line in text.lines() {
        if !line.trim_start().starts_with('|') {
            cols = None;
            header = None;
            continue;
        }
        let row = cells(line);
        if is_separator(&row) {
            if let Some(h) = header.take() {
                let find = |names: &[&str]| {
                    names.iter().find_map(|n| {
                        h.iter()
                            .position(|c| plain(c).to_lowercase() == *n)
                            .filter(|&i| i > 0)
                    })
                };
                let kind = find(&["kind", "scenario"]);
                let lang = find(&["lang", "language"]);
                cols = (kind.is_some() || lang.is_some()).then_some((kind, lang));
            }
            continue;
        }
        match cols {
            None => header = Some(row),
            Some((kind, lang)) => {
                let name = plain(&row[0]);
                if name.is_empty() {
                    continue;
                }
                let get = |i: Option<usize>| {
                    i.and_then(|i| row.get(i))
                        .map(|c| c.trim().to_string())
                        .filter(|c| !c.is_empty())
                };
                let e = out.entry(name).or_default();
                e.kind = e.kind.take().or(get(kind));
                e.language = e.language.take().or(get(lang));
            }
        }
    }
    out
}

/// Where a pair's kind was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KindSource {
    /// The README table beside the folder.
    Readme,
    /// `gold.json`'s `kind` field.
    Gold,
    /// Nothing named it: from whether gold has links.
    Fallback,
}

impl KindSource {
    pub fn as_str(self) -> &'static str {
        match self {
            KindSource::Readme => "readme",
            KindSource::Gold => "gold",
            KindSource::Fallback => "fallback",
        }
    }
}

/// What is known about a pair besides its gold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PairMeta {
    pub language: String,
    pub kind: PairKind,
    pub kind_source: KindSource,
    /// The text the kind was read from (README cell or gold field), empty for the fallback.
    pub kind_text: String,
}

/// The language code a README or gold cell names: its first word, lower case ("en (US)" → "en").
pub fn language_code(s: &str) -> Option<String> {
    let w = s
        .split(|c: char| c.is_whitespace() || c == '(' || c == ',')
        .find(|w| !w.is_empty())?;
    let w = plain(w).to_lowercase();
    (!w.is_empty()).then_some(w)
}

/// A pair's language and kind, from its gold and the README rows of its parent folder.
pub fn pair_meta(
    folder: &str,
    gold: &super::gold::Gold,
    readme: &BTreeMap<String, ReadmeRow>,
) -> PairMeta {
    let row = readme.get(folder).or_else(|| readme.get(&gold.name));
    let language = language_code(&gold.language)
        .or_else(|| {
            row.and_then(|r| r.language.as_deref())
                .and_then(language_code)
        })
        .unwrap_or_else(|| "?".into());
    let from_readme = row
        .and_then(|r| r.kind.as_deref())
        .and_then(|k| PairKind::from_description(k).map(|kind| (kind, k.to_string())));
    let (kind, kind_source, kind_text) = if let Some((k, t)) = from_readme {
        (k, KindSource::Readme, t)
    } else if let Some(k) = gold
        .kind
        .as_deref()
        .and_then(|k| PairKind::parse(k).or_else(|| PairKind::from_description(k)))
    {
        (k, KindSource::Gold, gold.kind.clone().unwrap_or_default())
    } else {
        (
            PairKind::fallback(gold.links.len()),
            KindSource::Fallback,
            String::new(),
        )
    };
    PairMeta {
        language,
        kind,
        kind_source,
        kind_text,
    }
}

/// The README rows of `dir/README.md` (empty when there is none or it cannot be read).
pub fn readme_rows(dir: &Path) -> BTreeMap<String, ReadmeRow> {
    std::fs::read_to_string(dir.join("README.md"))
        .map(|t| parse_readme(&t))
        .unwrap_or_default()
}

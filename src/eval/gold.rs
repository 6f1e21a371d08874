//! Gold folders (`a.txt`, `b.txt`, `gold.json`, see `../shared/fixtures/GOLD-FORMAT.md`) and how a report
//! is held against them.
//!
//! Gold names places by quoting them; a quote stands for the unit that overlaps the first byte of its first
//! occurrence in the text, so scoring never depends on how gold itself would cut sentences.

use super::meta::PairKind;
use super::metrics::Ratio;
use crate::report::{FactStatus, Kind, Mention, Relation, Report, Unit};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Gold {
    pub name: String,
    pub language: String,
    /// Optional: `outlets`, `versions` or `different` (or a description); a README table beside the
    /// folder takes precedence (see `meta.rs`).
    pub kind: Option<String>,
    pub a: String,
    pub b: String,
    pub links: Vec<GoldLink>,
    pub only_a: Vec<OnlyItem>,
    pub only_b: Vec<OnlyItem>,
    pub noise_a: Vec<String>,
    pub noise_b: Vec<String>,
    pub metadata_a: Vec<String>,
    pub metadata_b: Vec<String>,
    pub facts: GoldFacts,
    pub variants: Vec<Vec<String>>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct GoldLink {
    pub a: String,
    pub b: String,
    pub relation: Relation,
    #[serde(default = "yes")]
    pub required: bool,
}

#[derive(Clone, Debug, Deserialize)]
pub struct OnlyItem {
    pub text: String,
    #[serde(default = "yes")]
    pub required: bool,
}

/// Gold marks items optional explicitly; anything not marked is required.
fn yes() -> bool {
    true
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldFacts {
    pub shared: Vec<String>,
    pub only_a: Vec<String>,
    pub only_b: Vec<String>,
    pub not_facts_a: Vec<String>,
    pub not_facts_b: Vec<String>,
    pub conflicts: Vec<ConflictPair>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ConflictPair {
    pub a: String,
    pub b: String,
}

/// A loaded gold folder.
#[derive(Clone, Debug)]
pub struct Fixture {
    pub name: String,
    pub dir: PathBuf,
    pub a: String,
    pub b: String,
    pub gold: Gold,
}

/// Reads `dir/gold.json` and the two texts it names (`a.txt` and `b.txt` unless it says otherwise).
pub fn load(dir: &Path) -> Result<Fixture, String> {
    let gold_path = dir.join("gold.json");
    let raw =
        std::fs::read_to_string(&gold_path).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let gold: Gold =
        serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let read = |name: &str, default: &str| {
        let p = dir.join(if name.is_empty() { default } else { name });
        std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))
    };
    let a = read(&gold.a, "a.txt")?;
    let b = read(&gold.b, "b.txt")?;
    let name = if gold.name.is_empty() {
        dir.file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| dir.display().to_string())
    } else {
        gold.name.clone()
    };
    Ok(Fixture {
        name,
        dir: dir.to_path_buf(),
        a,
        b,
        gold,
    })
}

/// One gold item the report got wrong, named so a person can find it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Miss {
    /// `link`, `relation`, `conflict`, `false_conflict`, `only`, `noise`, `metadata`, `spurious`, `fact`,
    /// `not_fact`, `variant`, `different_stories`, `comparison`, `gold`.
    pub area: &'static str,
    pub required: bool,
    pub what: String,
    pub why: String,
}

/// Scores of one fixture, or of several summed.
#[derive(Clone, Debug, Default, Serialize)]
pub struct GoldScore {
    pub required_links: Ratio,
    pub all_links: Ratio,
    /// Found links whose conflict/non-conflict call matches gold (same and changed count alike).
    pub relation: Ratio,
    /// Gold conflict links called conflicts, plus `facts.conflicts` pairs found as one conflicting fact.
    pub conflict: Ratio,
    /// All only-in-one items.
    pub only: Ratio,
    /// Only-in-one items gold marks required; the gate reads this one.
    pub only_required: Ratio,
    /// Noise and metadata items together.
    pub noise: Ratio,
    /// Links touching a unit gold calls noise, metadata or required only-in-one; in a pair of two
    /// different events, every link.
    pub spurious_links: usize,
    /// Reported conflicts gold does not call one: conflicting links joining units a gold `same` or
    /// `changed` link joins, or touching a unit gold calls noise, metadata or required only-in-one (any
    /// conflicting link, in a pair of two different events), and conflicting facts matching no gold
    /// conflict pair but a gold shared value (any, in a pair of two different events).
    pub false_conflicts: usize,
    /// Gold conflicts (links and fact pairs) reported only as possible conflicts (`links[].possible`,
    /// fact status `possible_conflict`). They are not counted as found in `conflict`.
    pub possible_conflicts: usize,
    pub facts: Ratio,
    pub not_facts: Ratio,
    pub variants: Ratio,
    /// `summary.different_stories` agrees with the kind of pair (true exactly for `different`).
    pub different_stories: Ratio,
    /// `comparison` agrees with the kind of pair (`versions` for two versions, `outlets` otherwise).
    pub comparison: Ratio,
    pub misses: Vec<Miss>,
}

impl GoldScore {
    /// Sums counts (the misses stay with their fixture).
    pub fn add(&mut self, o: &GoldScore) {
        self.required_links.add(o.required_links);
        self.all_links.add(o.all_links);
        self.relation.add(o.relation);
        self.conflict.add(o.conflict);
        self.only.add(o.only);
        self.only_required.add(o.only_required);
        self.noise.add(o.noise);
        self.spurious_links += o.spurious_links;
        self.false_conflicts += o.false_conflicts;
        self.possible_conflicts += o.possible_conflicts;
        self.facts.add(o.facts);
        self.not_facts.add(o.not_facts);
        self.variants.add(o.variants);
        self.different_stories.add(o.different_stories);
        self.comparison.add(o.comparison);
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Side {
    A,
    B,
}

impl Side {
    fn name(self) -> &'static str {
        match self {
            Side::A => "A",
            Side::B => "B",
        }
    }
}

/// The report seen from its units: which links touch each unit.
struct View<'r> {
    a: &'r str,
    b: &'r str,
    report: &'r Report,
    /// Link indices per unit position, per side.
    touch_a: Vec<Vec<usize>>,
    touch_b: Vec<Vec<usize>>,
}

impl<'r> View<'r> {
    fn new(a: &'r str, b: &'r str, report: &'r Report) -> View<'r> {
        let mut touch_a = vec![Vec::new(); report.a.units.len()];
        let mut touch_b = vec![Vec::new(); report.b.units.len()];
        for (li, l) in report.links.iter().enumerate() {
            for &u in &l.a {
                if let Some(p) = pos(&report.a.units, u) {
                    touch_a[p].push(li);
                }
            }
            for &u in &l.b {
                if let Some(p) = pos(&report.b.units, u) {
                    touch_b[p].push(li);
                }
            }
        }
        View {
            a,
            b,
            report,
            touch_a,
            touch_b,
        }
    }
    fn text(&self, s: Side) -> &'r str {
        match s {
            Side::A => self.a,
            Side::B => self.b,
        }
    }
    fn units(&self, s: Side) -> &'r [Unit] {
        match s {
            Side::A => &self.report.a.units,
            Side::B => &self.report.b.units,
        }
    }
    fn touching(&self, s: Side, id: usize) -> &[usize] {
        let p = pos(self.units(s), id);
        let t = match s {
            Side::A => &self.touch_a,
            Side::B => &self.touch_b,
        };
        p.map(|p| t[p].as_slice()).unwrap_or(&[])
    }
    fn unit(&self, s: Side, id: usize) -> Option<&'r Unit> {
        pos(self.units(s), id).map(|p| &self.units(s)[p])
    }
    /// Links that join unit `ua` of A with unit `ub` of B.
    fn joining(&self, ua: usize, ub: usize) -> Vec<usize> {
        self.touching(Side::A, ua)
            .iter()
            .copied()
            .filter(|&li| self.report.links[li].b.contains(&ub))
            .collect()
    }
    /// Where `quote` sits: the id of the unit overlapping its first byte, or why there is none.
    fn locate(&self, s: Side, quote: &str) -> Result<usize, String> {
        let q = quote.trim();
        if q.is_empty() {
            return Err("empty quote".into());
        }
        let at = self
            .text(s)
            .find(q)
            .ok_or_else(|| format!("quote not found in {}", s.name()))?;
        unit_at(self.units(s), at, at + q.len())
            .ok_or_else(|| format!("no unit of {} covers byte {at}", s.name()))
    }
    /// `A#3 [text] "first words…"`.
    fn describe(&self, s: Side, id: usize) -> String {
        match self.unit(s, id) {
            Some(u) => format!(
                "{}#{} [{}] \"{}\"",
                s.name(),
                id,
                u.kind.as_str(),
                snippet(self.text(s).get(u.start..u.end).unwrap_or(""), 48)
            ),
            None => format!("{}#{} (no such unit)", s.name(), id),
        }
    }
    /// "linked to B#4 (same 0.61), B#9 (changed 0.40)" or "linked to nothing".
    fn partners(&self, s: Side, id: usize) -> String {
        let links = self.touching(s, id);
        if links.is_empty() {
            return "linked to nothing".into();
        }
        let parts: Vec<String> = links
            .iter()
            .map(|&li| {
                let l = &self.report.links[li];
                let (other, ids) = match s {
                    Side::A => (Side::B, &l.b),
                    Side::B => (Side::A, &l.a),
                };
                let ids: Vec<String> = ids
                    .iter()
                    .map(|i| format!("{}#{i}", other.name()))
                    .collect();
                format!("{} ({} {:.2})", ids.join("+"), l.relation.as_str(), l.score)
            })
            .collect();
        format!("linked to {}", parts.join(", "))
    }
}

fn pos(units: &[Unit], id: usize) -> Option<usize> {
    match units.get(id) {
        Some(u) if u.id == id => Some(id),
        _ => units.iter().position(|u| u.id == id),
    }
}

/// The unit overlapping byte `at`; when `at` falls between units, the first unit starting inside `at..end`.
pub fn unit_at(units: &[Unit], at: usize, end: usize) -> Option<usize> {
    units
        .iter()
        .find(|u| u.start <= at && at < u.end)
        .or_else(|| units.iter().find(|u| u.start >= at && u.start < end))
        .map(|u| u.id)
}

/// The first `max` characters of `s` on one line.
pub fn snippet(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let mut t: String = flat.chars().take(max).collect();
        t.push('…');
        t
    }
}

/// Whether a reported mention stands for a gold value: its text or its normalized value equals the gold value,
/// contains it, or (two characters or more) is contained in it, ignoring case.
///
/// Containment may not cut through a number: `7` does not match inside `27` or `2017`, since a digit
/// run is one value, while `17` does match inside `17वीं`.
pub fn mention_matches(side_text: &str, m: &Mention, gold: &str) -> bool {
    let text = side_text.get(m.start..m.end).unwrap_or("");
    value_matches(text, gold) || value_matches(&m.value, gold) || counted_at(side_text, m, gold)
}

/// A one-digit count whose gold span is the number told with its counter or unit ("9名", "7 名"),
/// found where the mention is: by its value alone, "9" would match any "9…" in gold.
fn counted_at(side_text: &str, m: &Mention, gold: &str) -> bool {
    let text = side_text.get(m.start..m.end).unwrap_or("");
    let g = gold.trim();
    let mut digits = text.chars();
    matches!((digits.next(), digits.next()), (Some(d), None) if d.is_numeric())
        && g.len() > text.len()
        && side_text
            .get(m.start..)
            .is_some_and(|rest| rest.starts_with(g))
        && !g[text.len()..].starts_with(|c: char| c.is_numeric())
}

fn value_matches(found: &str, gold: &str) -> bool {
    let f = found.trim().to_lowercase();
    let g = gold.trim().to_lowercase();
    if f.is_empty() || g.is_empty() {
        return false;
    }
    f == g || contains_unit(&f, &g) || (f.chars().count() >= 2 && contains_unit(&g, &f))
}

fn contains_unit(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        let first = needle.chars().next();
        let last = needle.chars().next_back();
        let cuts = |x: Option<char>, y: Option<char>| matches!((x, y), (Some(x), Some(y)) if x.is_numeric() && y.is_numeric());
        !cuts(before, first) && !cuts(last, after)
    })
}

/// Holds a report against gold, the kind of pair read from gold alone ([`PairKind::fallback`]).
pub fn score(a: &str, b: &str, gold: &Gold, report: &Report) -> GoldScore {
    score_as(a, b, gold, report, PairKind::fallback(gold.links.len()))
}

/// A gold link found in the texts: the units holding its two quotes and what gold calls it.
struct Located {
    ua: usize,
    ub: usize,
    relation: Relation,
}

/// `A#1+A#2 ↔ B#4 (conflict 0.52)`.
fn link_name(l: &crate::report::Link) -> String {
    let a: Vec<String> = l.a.iter().map(|i| format!("A#{i}")).collect();
    let b: Vec<String> = l.b.iter().map(|i| format!("B#{i}")).collect();
    format!(
        "{} ↔ {} ({} {:.2})",
        a.join("+"),
        b.join("+"),
        l.relation.as_str(),
        l.score
    )
}

/// Holds a report against gold for a pair of the given kind. Pure: the same inputs always give the
/// same score.
pub fn score_as(a: &str, b: &str, gold: &Gold, report: &Report, kind: PairKind) -> GoldScore {
    let v = View::new(a, b, report);
    let mut s = GoldScore::default();
    // Units gold says must stay unlinked, with what gold calls them: links touching them are spurious.
    let mut keep_apart: BTreeMap<(Side, usize), String> = BTreeMap::new();
    let different = kind == PairKind::Different;
    const TWO_EVENTS: &str = "the pair tells two different events: nothing should link";

    let located = score_links(&v, gold, &mut s);
    score_only(&v, gold, &mut s, &mut keep_apart);
    score_noise(&v, gold, &mut s, &mut keep_apart);

    let touching = |l: &crate::report::Link| -> Vec<&String> {
        l.a.iter()
            .filter_map(|&u| keep_apart.get(&(Side::A, u)))
            .chain(l.b.iter().filter_map(|&u| keep_apart.get(&(Side::B, u))))
            .collect()
    };
    for l in &report.links {
        let touched = touching(l);
        if !touched.is_empty() || different {
            s.spurious_links += 1;
            let mut why: Vec<String> = Vec::new();
            if different {
                why.push(TWO_EVENTS.into());
            }
            if !touched.is_empty() {
                why.push(format!(
                    "touches {}",
                    touched
                        .iter()
                        .map(|t| t.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                ));
            }
            s.misses.push(Miss {
                area: "spurious",
                required: true,
                what: link_name(l),
                why: why.join("; "),
            });
        }
    }

    // Conflicting links gold does not call conflicts.
    for l in report
        .links
        .iter()
        .filter(|l| l.relation == Relation::Conflict)
    {
        let joins = |g: &&Located| l.a.contains(&g.ua) && l.b.contains(&g.ub);
        if located
            .iter()
            .filter(joins)
            .any(|g| g.relation == Relation::Conflict)
        {
            continue;
        }
        let mut why: Vec<String> = Vec::new();
        if different {
            why.push("the pair tells two different events".into());
        }
        for g in located.iter().filter(joins) {
            why.push(format!(
                "gold calls A#{} ↔ B#{} {}",
                g.ua,
                g.ub,
                g.relation.as_str()
            ));
        }
        let touched = touching(l);
        if !touched.is_empty() {
            why.push(format!(
                "touches {}",
                touched
                    .iter()
                    .map(|t| t.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
        if !why.is_empty() {
            s.false_conflicts += 1;
            let clashes: Vec<String> = l
                .conflicts
                .iter()
                .map(|c| {
                    format!(
                        "{} {} ↔ {}",
                        c.kind,
                        v.a.get(c.a.start..c.a.end).unwrap_or("?"),
                        v.b.get(c.b.start..c.b.end).unwrap_or("?")
                    )
                })
                .collect();
            s.misses.push(Miss {
                area: "false_conflict",
                required: true,
                what: if clashes.is_empty() {
                    link_name(l)
                } else {
                    format!("{} [{}]", link_name(l), clashes.join(", "))
                },
                why: why.join("; "),
            });
        }
    }

    score_facts(&v, gold, &mut s, different);
    score_variants(&v, gold, &mut s);
    score_kind(report, kind, &mut s);
    s
}

/// The two per-pair calls a report makes about the whole pair: different stories, and the comparison.
fn score_kind(report: &Report, kind: PairKind, s: &mut GoldScore) {
    let want = kind == PairKind::Different;
    let got = report.summary.different_stories;
    s.different_stories.push(got == want);
    if got != want {
        s.misses.push(Miss {
            area: "different_stories",
            required: true,
            what: format!("summary.different_stories is {got}"),
            why: format!("the pair is of kind {}", kind.as_str()),
        });
    }
    let want = kind.expected_comparison();
    s.comparison.push(report.comparison == want);
    if report.comparison != want {
        s.misses.push(Miss {
            area: "comparison",
            required: true,
            what: format!("comparison {}", report.comparison.as_str()),
            why: format!(
                "the pair is of kind {}, so {} was expected",
                kind.as_str(),
                want.as_str()
            ),
        });
    }
}

fn score_links(v: &View, gold: &Gold, s: &mut GoldScore) -> Vec<Located> {
    let mut located = Vec::new();
    for gl in &gold.links {
        let what = format!(
            "\"{}\" ↔ \"{}\" ({})",
            snippet(&gl.a, 40),
            snippet(&gl.b, 40),
            gl.relation.as_str()
        );
        let (ua, ub) = match (v.locate(Side::A, &gl.a), v.locate(Side::B, &gl.b)) {
            (Ok(ua), Ok(ub)) => (ua, ub),
            (ra, rb) => {
                let why = [ra.err(), rb.err()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join("; ");
                s.all_links.push(false);
                if gl.required {
                    s.required_links.push(false);
                }
                if gl.relation == Relation::Conflict {
                    s.conflict.push(false);
                }
                s.misses.push(Miss {
                    area: "gold",
                    required: gl.required,
                    what,
                    why,
                });
                continue;
            }
        };
        located.push(Located {
            ua,
            ub,
            relation: gl.relation,
        });
        let joining = v.joining(ua, ub);
        let found = !joining.is_empty();
        s.all_links.push(found);
        if gl.required {
            s.required_links.push(found);
        }
        let gold_conflict = gl.relation == Relation::Conflict;
        let pred_conflict = joining
            .iter()
            .any(|&li| v.report.links[li].relation == Relation::Conflict);
        if gold_conflict {
            s.conflict.push(found && pred_conflict);
            if found
                && !pred_conflict
                && joining
                    .iter()
                    .any(|&li| !v.report.links[li].possible.is_empty())
            {
                s.possible_conflicts += 1;
            }
        }
        if !found {
            s.misses.push(Miss {
                area: "link",
                required: gl.required,
                what: format!("{} ↔ {}", v.describe(Side::A, ua), v.describe(Side::B, ub)),
                why: format!(
                    "A#{ua} {}; B#{ub} {}",
                    v.partners(Side::A, ua),
                    v.partners(Side::B, ub)
                ),
            });
            continue;
        }
        s.relation.push(gold_conflict == pred_conflict);
        if gold_conflict != pred_conflict {
            let rels: Vec<&str> = joining
                .iter()
                .map(|&li| v.report.links[li].relation.as_str())
                .collect();
            let possible = joining
                .iter()
                .any(|&li| !v.report.links[li].possible.is_empty());
            s.misses.push(Miss {
                area: "relation",
                required: gl.required,
                what: format!("A#{ua} ↔ B#{ub} {what}"),
                why: format!(
                    "gold {}, reported {}{}",
                    gl.relation.as_str(),
                    rels.join("+"),
                    if possible && gold_conflict {
                        " (with a possible conflict)"
                    } else {
                        ""
                    }
                ),
            });
        }
    }
    located
}

fn score_only(
    v: &View,
    gold: &Gold,
    s: &mut GoldScore,
    keep_apart: &mut BTreeMap<(Side, usize), String>,
) {
    for (side, items) in [(Side::A, &gold.only_a), (Side::B, &gold.only_b)] {
        for it in items {
            let what = format!("only {}: \"{}\"", side.name(), snippet(&it.text, 48));
            let ok = match v.locate(side, &it.text) {
                Err(why) => {
                    s.misses.push(Miss {
                        area: "gold",
                        required: it.required,
                        what,
                        why,
                    });
                    false
                }
                Ok(u) => {
                    if it.required {
                        keep_apart.insert(
                            (side, u),
                            format!(
                                "only-in-one {}#{u} \"{}\"",
                                side.name(),
                                snippet(&it.text, 32)
                            ),
                        );
                    }
                    let unit = v.unit(side, u).expect("located unit exists");
                    let linked = !v.touching(side, u).is_empty();
                    let content = unit.kind.is_content();
                    if linked || !content {
                        let mut why = Vec::new();
                        if !content {
                            why.push(format!("kind {} is not story content", unit.kind.as_str()));
                        }
                        if linked {
                            why.push(v.partners(side, u));
                        }
                        s.misses.push(Miss {
                            area: "only",
                            required: it.required,
                            what: v.describe(side, u),
                            why: why.join("; "),
                        });
                    }
                    !linked && content
                }
            };
            s.only.push(ok);
            if it.required {
                s.only_required.push(ok);
            }
        }
    }
}

fn score_noise(
    v: &View,
    gold: &Gold,
    s: &mut GoldScore,
    keep_apart: &mut BTreeMap<(Side, usize), String>,
) {
    let lists = [
        (Side::A, &gold.noise_a, "noise"),
        (Side::B, &gold.noise_b, "noise"),
        (Side::A, &gold.metadata_a, "metadata"),
        (Side::B, &gold.metadata_b, "metadata"),
    ];
    for (side, items, area) in lists {
        for q in items.iter() {
            let ok = match v.locate(side, q) {
                Err(why) => {
                    s.misses.push(Miss {
                        area: "gold",
                        required: true,
                        what: format!("{area} {}: \"{}\"", side.name(), snippet(q, 48)),
                        why,
                    });
                    false
                }
                Ok(u) => {
                    keep_apart.insert(
                        (side, u),
                        format!("{area} {}#{u} \"{}\"", side.name(), snippet(q, 32)),
                    );
                    let unit = v.unit(side, u).expect("located unit exists");
                    let kind_ok = if area == "noise" {
                        unit.kind == Kind::Boilerplate
                    } else {
                        matches!(unit.kind, Kind::Byline | Kind::Dateline | Kind::Caption)
                    };
                    let linked = !v.touching(side, u).is_empty();
                    if !kind_ok || linked {
                        let mut why = Vec::new();
                        if !kind_ok {
                            let want = if area == "noise" {
                                "boilerplate"
                            } else {
                                "byline/dateline/caption"
                            };
                            why.push(format!("kind {}, expected {want}", unit.kind.as_str()));
                        }
                        if linked {
                            why.push(v.partners(side, u));
                        }
                        s.misses.push(Miss {
                            area,
                            required: true,
                            what: v.describe(side, u),
                            why: why.join("; "),
                        });
                    }
                    kind_ok && !linked
                }
            };
            s.noise.push(ok);
        }
    }
}

fn score_facts(v: &View, gold: &Gold, s: &mut GoldScore, different: bool) {
    let facts = &v.report.facts;
    let on_side = |f: &crate::report::Fact, side: Side, g: &str| -> bool {
        match side {
            Side::A => f.a.iter().any(|m| mention_matches(v.a, m, g)),
            Side::B => f.b.iter().any(|m| mention_matches(v.b, m, g)),
        }
    };
    let anywhere = |g: &str| -> Vec<String> {
        facts
            .iter()
            .filter(|f| on_side(f, Side::A, g) || on_side(f, Side::B, g))
            .map(|f| format!("{} {} \"{}\"", f.kind.as_str(), f.status.as_str(), f.key))
            .collect()
    };
    let wanted = [
        (FactStatus::Shared, &gold.facts.shared),
        (FactStatus::OnlyA, &gold.facts.only_a),
        (FactStatus::OnlyB, &gold.facts.only_b),
    ];
    for (status, values) in wanted {
        for g in values.iter() {
            let ok = facts.iter().any(|f| {
                f.status == status
                    && match status {
                        FactStatus::OnlyA => on_side(f, Side::A, g),
                        FactStatus::OnlyB => on_side(f, Side::B, g),
                        _ => on_side(f, Side::A, g) || on_side(f, Side::B, g),
                    }
            });
            s.facts.push(ok);
            if !ok {
                let seen = anywhere(g);
                let why = if seen.is_empty() {
                    let in_text = v.a.contains(g.trim()) || v.b.contains(g.trim());
                    if in_text {
                        "no fact mentions it".to_string()
                    } else {
                        "no fact mentions it (and it is in neither text)".to_string()
                    }
                } else {
                    format!("reported as {}", seen.join(", "))
                };
                s.misses.push(Miss {
                    area: "fact",
                    required: true,
                    what: format!("{} \"{}\"", status.as_str(), g),
                    why,
                });
            }
        }
    }
    let is_pair = |f: &crate::report::Fact, pair: &ConflictPair| {
        on_side(f, Side::A, &pair.a) && on_side(f, Side::B, &pair.b)
    };
    for pair in &gold.facts.conflicts {
        let ok = facts
            .iter()
            .any(|f| f.status == FactStatus::Conflict && is_pair(f, pair));
        s.conflict.push(ok);
        if !ok {
            let possible = facts
                .iter()
                .any(|f| f.status == FactStatus::PossibleConflict && is_pair(f, pair))
                || v.report.links.iter().any(|l| {
                    l.possible.iter().any(|c| {
                        mention_matches(v.a, &c.a, &pair.a) && mention_matches(v.b, &c.b, &pair.b)
                    })
                });
            if possible {
                s.possible_conflicts += 1;
            }
            let mut seen = anywhere(&pair.a);
            seen.extend(anywhere(&pair.b));
            seen.dedup();
            let mut why = if seen.is_empty() {
                "no fact mentions either value".to_string()
            } else {
                format!("reported as {}", seen.join(", "))
            };
            if possible {
                why.push_str(" (reported only as a possible conflict)");
            }
            s.misses.push(Miss {
                area: "conflict",
                required: true,
                what: format!("fact conflict \"{}\" ↔ \"{}\"", pair.a, pair.b),
                why,
            });
        }
    }
    // Conflicting facts gold does not call conflicts.
    for f in facts.iter().filter(|f| f.status == FactStatus::Conflict) {
        if gold.facts.conflicts.iter().any(|p| is_pair(f, p)) {
            continue;
        }
        let shared: Vec<&String> = gold
            .facts
            .shared
            .iter()
            .filter(|g| on_side(f, Side::A, g) || on_side(f, Side::B, g))
            .collect();
        if shared.is_empty() && !different {
            continue;
        }
        s.false_conflicts += 1;
        let vals = |ms: &[Mention], text: &str| -> String {
            ms.iter()
                .map(|m| text.get(m.start..m.end).unwrap_or("?"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        s.misses.push(Miss {
            area: "false_conflict",
            required: true,
            what: format!(
                "fact {} \"{}\": A {} ↔ B {}",
                f.kind.as_str(),
                f.key,
                vals(&f.a, v.a),
                vals(&f.b, v.b)
            ),
            why: if shared.is_empty() {
                "the pair tells two different events".into()
            } else {
                format!(
                    "gold calls {} shared",
                    shared
                        .iter()
                        .map(|g| format!("\"{g}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            },
        });
    }
    for (side, values) in [
        (Side::A, &gold.facts.not_facts_a),
        (Side::B, &gold.facts.not_facts_b),
    ] {
        for g in values.iter() {
            let hits: Vec<String> = facts
                .iter()
                .filter(|f| on_side(f, side, g))
                .map(|f| format!("{} {} \"{}\"", f.kind.as_str(), f.status.as_str(), f.key))
                .collect();
            s.not_facts.push(hits.is_empty());
            if !hits.is_empty() {
                s.misses.push(Miss {
                    area: "not_fact",
                    required: true,
                    what: format!("not a fact of {}: \"{}\"", side.name(), g),
                    why: format!("reported as {}", hits.join(", ")),
                });
            }
        }
    }
}

fn score_variants(v: &View, gold: &Gold, s: &mut GoldScore) {
    for pair in &gold.variants {
        let [x, y] = match pair.as_slice() {
            [x, y] => [x.trim(), y.trim()],
            _ => {
                s.misses.push(Miss {
                    area: "gold",
                    required: true,
                    what: format!("variant {pair:?}"),
                    why: "a variant is a pair".into(),
                });
                continue;
            }
        };
        let (xl, yl) = (x.to_lowercase(), y.to_lowercase());
        let listed = v.report.variants.iter().any(|r| {
            let (ra, rb) = (r.a.to_lowercase(), r.b.to_lowercase());
            (ra == xl && rb == yl) || (ra == yl && rb == xl)
        });
        // Otherwise the units holding the two spellings must be linked; try x in A first, then x in B.
        let units = match (v.locate(Side::A, x), v.locate(Side::B, y)) {
            (Ok(ua), Ok(ub)) => Some((ua, ub)),
            _ => match (v.locate(Side::A, y), v.locate(Side::B, x)) {
                (Ok(ua), Ok(ub)) => Some((ua, ub)),
                _ => None,
            },
        };
        let linked = units
            .map(|(ua, ub)| !v.joining(ua, ub).is_empty())
            .unwrap_or(false);
        let ok = listed || linked;
        s.variants.push(ok);
        if !ok {
            let why = match units {
                Some((ua, ub)) => format!(
                    "not in report.variants; A#{ua} {}; B#{ub} {}",
                    v.partners(Side::A, ua),
                    v.partners(Side::B, ub)
                ),
                None => "not in report.variants; one spelling per side was not found in the texts"
                    .into(),
            };
            s.misses.push(Miss {
                area: "variant",
                required: true,
                what: format!("\"{x}\" / \"{y}\""),
                why,
            });
        }
    }
}

//! JSON-lines benchmarks (`../shared/benchmarks/README.md`): public sentence-pair and document-pair gold,
//! run through the engine one record at a time.
//!
//! Each side's sentences are joined with a blank line between them, so the segmenter sees one sentence a
//! paragraph; a gold sentence stands for the unit that overlaps its first non-blank byte.

use super::metrics::{fmt_opt, spearman, Confusion, Ratio, Split};
use crate::report::{Relation, Report, Unit};
use crate::{ComparisonMode, Options};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::{Duration, Instant};

#[derive(Clone, Debug, Deserialize)]
pub struct Record {
    pub id: String,
    #[serde(default)]
    pub lang: String,
    pub doc_a: Vec<String>,
    pub doc_b: Vec<String>,
    #[serde(default)]
    pub links: Vec<BenchLink>,
    #[serde(default)]
    pub a_only: Vec<usize>,
    #[serde(default)]
    pub b_only: Vec<usize>,
    #[serde(default)]
    pub meta: serde_json::Value,
}

#[derive(Clone, Debug, Deserialize)]
pub struct BenchLink {
    pub a: Vec<usize>,
    pub b: Vec<usize>,
    pub label: String,
    #[serde(default)]
    pub score: Option<f64>,
    #[serde(default)]
    pub edit_types: Option<Vec<String>>,
}

/// Parses a JSON-lines file; blank lines are skipped, a bad line is an error naming its line number.
pub fn parse(text: &str) -> Result<Vec<Record>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.push(serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?);
    }
    Ok(out)
}

/// What a file measures, read from its records rather than its name so a renamed copy still scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BenchKind {
    /// Document pairs with `shared` / `related_not_equivalent` links and one-side fillers (MRPC, MahaParaphrase).
    Paraphrase,
    /// Sentence pairs with a 0-5 similarity `score` (STS-B).
    Similarity,
    /// Sentence pairs labelled `shared` or `conflict` (SummEdits).
    Conflict,
    /// Whole documents with token-level edit gold in `meta.edits` (SWiPE).
    Edits,
}

impl BenchKind {
    pub fn detect(records: &[Record]) -> BenchKind {
        if records
            .iter()
            .any(|r| r.meta.get("edits").is_some_and(|e| e.is_array()))
        {
            BenchKind::Edits
        } else if records
            .iter()
            .any(|r| r.links.iter().any(|l| l.score.is_some()))
        {
            BenchKind::Similarity
        } else if records
            .iter()
            .any(|r| r.links.iter().any(|l| l.label == "conflict"))
        {
            BenchKind::Conflict
        } else {
            BenchKind::Paraphrase
        }
    }
    pub fn describe(self) -> &'static str {
        match self {
            BenchKind::Paraphrase => "paraphrase document pairs",
            BenchKind::Similarity => "graded sentence similarity",
            BenchKind::Conflict => "consistent vs contradicting sentence pairs",
            BenchKind::Edits => "document simplification edits",
        }
    }
}

/// Joins sentences with a blank line between them; returns the text and where each sentence's first
/// non-blank byte lands (`None` for a blank sentence).
pub fn join(sentences: &[String]) -> (String, Vec<Option<usize>>) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(sentences.len());
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\n");
        }
        let lead = s.len() - s.trim_start().len();
        starts.push(if s.trim().is_empty() {
            None
        } else {
            Some(text.len() + lead)
        });
        text.push_str(s);
    }
    (text, starts)
}

/// The unit holding each sentence's first byte.
pub fn sentence_units(units: &[Unit], starts: &[Option<usize>]) -> Vec<Option<usize>> {
    starts
        .iter()
        .map(|s| {
            s.and_then(|at| {
                units
                    .iter()
                    .find(|u| u.start <= at && at < u.end)
                    .map(|u| u.id)
            })
        })
        .collect()
}

/// What links join each pair of units: the relations seen and the best score.
#[derive(Default)]
pub struct PairIndex {
    pairs: HashMap<(usize, usize), (BTreeSet<Relation>, f32)>,
    linked_a: BTreeSet<usize>,
    linked_b: BTreeSet<usize>,
}

impl PairIndex {
    pub fn new(report: &Report) -> PairIndex {
        let mut p = PairIndex::default();
        for l in &report.links {
            for &a in &l.a {
                p.linked_a.insert(a);
                for &b in &l.b {
                    let e = p.pairs.entry((a, b)).or_insert((BTreeSet::new(), 0.0));
                    e.0.insert(l.relation);
                    e.1 = e.1.max(l.score);
                }
            }
            p.linked_b.extend(l.b.iter().copied());
        }
        p
    }
    /// Relations of all links joining any unit of `a` with any unit of `b`.
    pub fn relations(&self, a: &[usize], b: &[usize]) -> BTreeSet<Relation> {
        let mut out = BTreeSet::new();
        for &x in a {
            for &y in b {
                if let Some((r, _)) = self.pairs.get(&(x, y)) {
                    out.extend(r.iter().copied());
                }
            }
        }
        out
    }
    /// The highest score of a link joining them, 0 when none does.
    pub fn score(&self, a: &[usize], b: &[usize]) -> f64 {
        let mut best = 0.0f64;
        for &x in a {
            for &y in b {
                if let Some((_, s)) = self.pairs.get(&(x, y)) {
                    best = best.max(*s as f64);
                }
            }
        }
        best
    }
    pub fn is_linked_a(&self, u: usize) -> bool {
        self.linked_a.contains(&u)
    }
    pub fn is_linked_b(&self, u: usize) -> bool {
        self.linked_b.contains(&u)
    }
}

/// One record through the engine, with the sentence→unit maps.
pub struct Run {
    pub a: String,
    pub b: String,
    pub report: Report,
    pub units_a: Vec<Option<usize>>,
    pub units_b: Vec<Option<usize>>,
    pub elapsed: Duration,
}

pub fn run_record(rec: &Record, options: &Options) -> Run {
    let (a, sa) = join(&rec.doc_a);
    let (b, sb) = join(&rec.doc_b);
    let t = Instant::now();
    let report = crate::compare(&a, &b, options);
    let elapsed = t.elapsed();
    let units_a = sentence_units(&report.a.units, &sa);
    let units_b = sentence_units(&report.b.units, &sb);
    Run {
        a,
        b,
        report,
        units_a,
        units_b,
        elapsed,
    }
}

fn map(units: &[Option<usize>], idx: &[usize]) -> Vec<usize> {
    let mut v: Vec<usize> = idx
        .iter()
        .filter_map(|&i| units.get(i).copied().flatten())
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn is_content(report: &Report, side_a: bool, id: usize) -> bool {
    let units = if side_a {
        &report.a.units
    } else {
        &report.b.units
    };
    units
        .iter()
        .find(|u| u.id == id)
        .is_some_and(|u| u.kind.is_content())
}

fn kind_of(report: &Report, side_a: bool, id: usize) -> &'static str {
    let units = if side_a {
        &report.a.units
    } else {
        &report.b.units
    };
    units
        .iter()
        .find(|u| u.id == id)
        .map(|u| u.kind.as_str())
        .unwrap_or("missing")
}

/// MRPC / MahaParaphrase document pairs.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ParaphraseScore {
    /// Gold `shared` vs predicted "linked with relation same".
    pub same: Confusion,
    /// Gold `shared` vs predicted "linked at all" (any relation): how far the relation call costs.
    pub linked: Confusion,
    /// One-side fillers left unlinked and kept as story content.
    pub only: Ratio,
    /// Why fillers failed: `linked`, or the kind they were given when it is not story content.
    pub only_failures: BTreeMap<String, usize>,
    /// Links touching a one-side filler.
    pub spurious_links: usize,
    /// Links joining two sentences that gold does not pair at all (neither shared nor related).
    pub unpaired_links: usize,
    /// Gold sentences with no unit of their own (blank, or merged into an earlier sentence's unit).
    pub unmapped_sentences: usize,
}

pub fn score_paraphrase(rec: &Record, run: &Run, s: &mut ParaphraseScore) {
    let idx = PairIndex::new(&run.report);
    let mut gold_pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for l in &rec.links {
        let (ua, ub) = (map(&run.units_a, &l.a), map(&run.units_b, &l.b));
        for &x in &ua {
            for &y in &ub {
                gold_pairs.insert((x, y));
            }
        }
        let positive = match l.label.as_str() {
            "shared" => true,
            "related_not_equivalent" | "unrelated" => false,
            _ => continue,
        };
        let rel = idx.relations(&ua, &ub);
        s.same.push(positive, rel.contains(&Relation::Same));
        s.linked.push(positive, !rel.is_empty());
    }
    let mut filler: BTreeSet<(bool, usize)> = BTreeSet::new();
    for (side_a, list, units) in [
        (true, &rec.a_only, &run.units_a),
        (false, &rec.b_only, &run.units_b),
    ] {
        for &i in list.iter() {
            match units.get(i).copied().flatten() {
                Some(u) => {
                    filler.insert((side_a, u));
                    let linked = if side_a {
                        idx.is_linked_a(u)
                    } else {
                        idx.is_linked_b(u)
                    };
                    let content = is_content(&run.report, side_a, u);
                    s.only.push(!linked && content);
                    if linked {
                        *s.only_failures.entry("linked".into()).or_default() += 1;
                    }
                    if !content {
                        let kind = format!("kind {}", kind_of(&run.report, side_a, u));
                        *s.only_failures.entry(kind).or_default() += 1;
                    }
                }
                None => {
                    s.only.push(false);
                    *s.only_failures
                        .entry("no unit of its own".into())
                        .or_default() += 1;
                }
            }
        }
    }
    for l in &run.report.links {
        if l.a.iter().any(|&u| filler.contains(&(true, u)))
            || l.b.iter().any(|&u| filler.contains(&(false, u)))
        {
            s.spurious_links += 1;
        } else if !l
            .a
            .iter()
            .any(|&x| l.b.iter().any(|&y| gold_pairs.contains(&(x, y))))
        {
            s.unpaired_links += 1;
        }
    }
    s.unmapped_sentences += unmapped(&run.units_a, &rec.doc_a) + unmapped(&run.units_b, &rec.doc_b);
}

fn unmapped(units: &[Option<usize>], sentences: &[String]) -> usize {
    let mut seen = BTreeSet::new();
    units
        .iter()
        .zip(sentences)
        .filter(|(u, s)| !s.trim().is_empty() && !matches!(u, Some(id) if seen.insert(*id)))
        .count()
}

/// STS-B: the link score against the graded gold score.
#[derive(Clone, Debug, Default, Serialize)]
pub struct SimilarityScore {
    /// (link score, gold score) per gold pair.
    pub points: Vec<(f64, f64)>,
    /// Share of pairs linked, per gold label.
    pub linked_by_label: BTreeMap<String, Ratio>,
}

impl SimilarityScore {
    pub fn spearman(&self) -> Option<f64> {
        let (x, y): (Vec<f64>, Vec<f64>) = self.points.iter().copied().unzip();
        spearman(&x, &y)
    }
}

pub fn score_similarity(rec: &Record, run: &Run, s: &mut SimilarityScore) {
    let idx = PairIndex::new(&run.report);
    for l in &rec.links {
        let Some(g) = l.score else { continue };
        let (ua, ub) = (map(&run.units_a, &l.a), map(&run.units_b, &l.b));
        let sc = idx.score(&ua, &ub);
        s.points.push((sc, g));
        s.linked_by_label
            .entry(l.label.clone())
            .or_default()
            .push(!idx.relations(&ua, &ub).is_empty());
    }
}

/// SummEdits: does the engine tell a fact-changing edit from a fact-keeping one?
///
/// Positive = conflict. Predicted positive iff no link with relation `same` or `changed` joins the two
/// sentences: a link called `conflict` says so outright, and no link at all says the engine would not
/// vouch that they tell the same thing. A `changed` link counts as "consistent", since the engine meant
/// "details differ, no contradiction".
#[derive(Clone, Debug, Default, Serialize)]
pub struct ConflictScore {
    pub overall: Confusion,
    /// Gold conflicts per edit type: how many were called (conflict link or unlinked).
    pub by_edit_type: BTreeMap<String, Ratio>,
    /// How gold conflicts were called: `conflict` link, `unlinked`, or `same/changed` (missed).
    pub conflict_calls: BTreeMap<String, usize>,
    /// How gold consistent pairs were called.
    pub shared_calls: BTreeMap<String, usize>,
}

pub fn score_conflict(rec: &Record, run: &Run, s: &mut ConflictScore) {
    let idx = PairIndex::new(&run.report);
    for l in &rec.links {
        let gold = match l.label.as_str() {
            "conflict" => true,
            "shared" => false,
            _ => continue,
        };
        let (ua, ub) = (map(&run.units_a, &l.a), map(&run.units_b, &l.b));
        let rel = idx.relations(&ua, &ub);
        let consistent = rel.contains(&Relation::Same) || rel.contains(&Relation::Changed);
        let predicted = !consistent;
        s.overall.push(gold, predicted);
        let call = if consistent {
            "same/changed"
        } else if rel.contains(&Relation::Conflict) {
            "conflict"
        } else {
            "unlinked"
        };
        *(if gold {
            &mut s.conflict_calls
        } else {
            &mut s.shared_calls
        })
        .entry(call.to_string())
        .or_default() += 1;
        if gold {
            for t in l.edit_types.iter().flatten() {
                s.by_edit_type.entry(t.clone()).or_default().push(predicted);
            }
        }
    }
}

/// SWiPE: sentences the simplification dropped (A only) or added (B only), taken from token-level edits
/// only where the edits cover a whole unit, plus units kept word for word (which should be linked).
#[derive(Clone, Debug, Default, Serialize)]
pub struct EditsScore {
    /// A units wholly inside `semantic_deletion` edits, unlinked and content.
    pub deleted_a: Ratio,
    /// B units wholly inside `semantic_elaboration_*` / `nonsim_extraneous_information` edits, unlinked and content.
    pub added_b: Ratio,
    /// A units whose every character is an `equal` edit: B tells them verbatim, so they should be linked.
    pub kept_a: Ratio,
    /// Records whose edits do not spell out their texts (ignoring whitespace), left out.
    pub unaligned_records: usize,
    pub docs: usize,
    pub max_doc_ms: f64,
}

/// Category groups of SWiPE annotations that name one-side content.
fn deletion_category(c: &str) -> bool {
    c == "semantic_deletion"
}
fn addition_category(c: &str) -> bool {
    c.starts_with("semantic_elaboration") || c == "nonsim_extraneous_information"
}

/// For each non-whitespace char of `text`, its byte offset and the edit that spells it; `None` when the
/// edits (those with a piece on this side) do not spell the text.
///
/// Whitespace is ignored and a few substituted characters are forgiven, because SWiPE's edits were
/// tokenized and detokenized (spaces move, en dashes became hyphens); a different character count means
/// the edits describe some other text.
fn owners(text: &str, pieces: &[(usize, &str)]) -> Option<Vec<(usize, usize)>> {
    let chars: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| !c.is_whitespace())
        .collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut differ = 0usize;
    for &(ei, piece) in pieces {
        for pc in piece.chars().filter(|c| !c.is_whitespace()) {
            let &(at, tc) = chars.get(out.len())?;
            if tc != pc {
                differ += 1;
            }
            out.push((at, ei));
        }
    }
    if out.len() != chars.len() || differ > (chars.len() / 50).max(3) {
        return None;
    }
    Some(out)
}

/// Units whose every non-whitespace char is spelled by an edit in `set`.
fn covered_units(units: &[Unit], own: &[(usize, usize)], set: &BTreeSet<usize>) -> Vec<usize> {
    units
        .iter()
        .filter(|u| {
            let lo = own.partition_point(|&(at, _)| at < u.start);
            let hi = own.partition_point(|&(at, _)| at < u.end);
            hi > lo && own[lo..hi].iter().all(|(_, e)| set.contains(e))
        })
        .map(|u| u.id)
        .collect()
}

pub fn score_edits(rec: &Record, run: &Run, s: &mut EditsScore) {
    s.docs += 1;
    s.max_doc_ms = s.max_doc_ms.max(run.elapsed.as_secs_f64() * 1000.0);
    let edits = match rec.meta.get("edits").and_then(|e| e.as_array()) {
        Some(e) => e,
        None => {
            s.unaligned_records += 1;
            return;
        }
    };
    let field =
        |e: &serde_json::Value, k: &str| e.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let mut pa: Vec<(usize, String)> = Vec::new();
    let mut pb: Vec<(usize, String)> = Vec::new();
    let mut equal = BTreeSet::new();
    for (i, e) in edits.iter().enumerate() {
        // Annotations name edits by their `idx`; fall back to the position when it is absent.
        let id = e
            .get("idx")
            .and_then(|v| v.as_u64())
            .map(|v| v as usize)
            .unwrap_or(i);
        match e.get("type").and_then(|t| t.as_str()) {
            Some("equal") => {
                let t = field(e, "text").unwrap_or_default();
                pa.push((id, t.clone()));
                pb.push((id, t));
                equal.insert(id);
            }
            Some("delete") => pa.push((id, field(e, "delete").unwrap_or_default())),
            Some("insert") => pb.push((id, field(e, "insert").unwrap_or_default())),
            _ => {
                if let Some(t) = field(e, "delete") {
                    pa.push((id, t));
                }
                if let Some(t) = field(e, "insert") {
                    pb.push((id, t));
                }
            }
        }
    }
    let pa_ref: Vec<(usize, &str)> = pa.iter().map(|(i, t)| (*i, t.as_str())).collect();
    let pb_ref: Vec<(usize, &str)> = pb.iter().map(|(i, t)| (*i, t.as_str())).collect();
    let (Some(own_a), Some(own_b)) = (owners(&run.a, &pa_ref), owners(&run.b, &pb_ref)) else {
        s.unaligned_records += 1;
        return;
    };
    let mut deleted = BTreeSet::new();
    let mut added = BTreeSet::new();
    for ann in rec
        .meta
        .get("annotations")
        .and_then(|a| a.as_array())
        .into_iter()
        .flatten()
    {
        let cat = ann.get("category").and_then(|c| c.as_str()).unwrap_or("");
        let opis = ann
            .get("opis")
            .and_then(|o| o.as_array())
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_u64())
            .map(|v| v as usize);
        if deletion_category(cat) {
            deleted.extend(opis);
        } else if addition_category(cat) {
            added.extend(opis);
        }
    }
    let idx = PairIndex::new(&run.report);
    for u in covered_units(&run.report.a.units, &own_a, &deleted) {
        s.deleted_a
            .push(!idx.is_linked_a(u) && is_content(&run.report, true, u));
    }
    for u in covered_units(&run.report.b.units, &own_b, &added) {
        s.added_b
            .push(!idx.is_linked_b(u) && is_content(&run.report, false, u));
    }
    for u in covered_units(&run.report.a.units, &own_a, &equal) {
        if is_content(&run.report, true, u) {
            s.kept_a.push(idx.is_linked_a(u));
        }
    }
}

/// The figures of one benchmark file.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BenchScore {
    Paraphrase(ParaphraseScore),
    Similarity(SimilarityScore),
    Conflict(ConflictScore),
    Edits(EditsScore),
}

/// The result of one file.
#[derive(Clone, Debug, Serialize)]
pub struct FileResult {
    pub file: String,
    pub kind: BenchKind,
    pub split: Split,
    pub records_in_file: usize,
    pub records_scored: usize,
    pub seconds: f64,
    /// Why scoring stopped early, if it did.
    pub note: Option<String>,
    pub score: BenchScore,
}

/// SWiPE documents are long; past this much engine time the file is cut short (and says so) so that
/// `make eval` stays quick on two shared cores.
pub const EDITS_TIME_BUDGET: Duration = Duration::from_secs(60);

/// Runs the selected records of one file through the engine.
pub fn evaluate(
    file: &str,
    records: &[Record],
    split: Split,
    limit: Option<usize>,
    options: &Options,
) -> FileResult {
    let kind = BenchKind::detect(records);
    let selected: Vec<&Record> = records
        .iter()
        .filter(|r| split.selects(&r.id))
        .take(limit.unwrap_or(usize::MAX))
        .collect();
    let mut score = match kind {
        BenchKind::Paraphrase => BenchScore::Paraphrase(Default::default()),
        BenchKind::Similarity => BenchScore::Similarity(Default::default()),
        BenchKind::Conflict => BenchScore::Conflict(Default::default()),
        BenchKind::Edits => BenchScore::Edits(Default::default()),
    };
    // MRPC's and MahaParaphrase's sentence pairs come from different outlets (MRPC: news clusters
    // on the web). Their synthetic documents share every filler sentence verbatim, so the automatic
    // judgement reads them as versions of one article and calls any reworded pair `changed`; they
    // are scored as what they are, two outlets, unless the caller chose a comparison.
    let pinned;
    let options = if kind == BenchKind::Paraphrase && options.comparison == ComparisonMode::Auto {
        pinned = Options {
            comparison: ComparisonMode::Outlets,
            ..options.clone()
        };
        &pinned
    } else {
        options
    };
    let t = Instant::now();
    let mut engine = Duration::ZERO;
    let mut scored = 0;
    let mut note = None;
    for rec in &selected {
        if kind == BenchKind::Edits && engine > EDITS_TIME_BUDGET {
            note = Some(format!(
                "stopped after {scored} of {} records: engine time passed the {} s budget",
                selected.len(),
                EDITS_TIME_BUDGET.as_secs()
            ));
            break;
        }
        let run = run_record(rec, options);
        engine += run.elapsed;
        match &mut score {
            BenchScore::Paraphrase(s) => score_paraphrase(rec, &run, s),
            BenchScore::Similarity(s) => score_similarity(rec, &run, s),
            BenchScore::Conflict(s) => score_conflict(rec, &run, s),
            BenchScore::Edits(s) => score_edits(rec, &run, s),
        }
        scored += 1;
    }
    FileResult {
        file: file.to_string(),
        kind,
        split,
        records_in_file: records.len(),
        records_scored: scored,
        seconds: t.elapsed().as_secs_f64(),
        note,
        score,
    }
}

/// Headline figures of a file, for the JSON output and the summary table.
pub fn headline(r: &FileResult) -> Vec<(String, Option<f64>)> {
    match &r.score {
        BenchScore::Paraphrase(s) => vec![
            ("accuracy_same".into(), s.same.accuracy()),
            ("f1_same".into(), s.same.f1()),
            ("accuracy_linked".into(), s.linked.accuracy()),
            ("f1_linked".into(), s.linked.f1()),
            ("only_in_one".into(), s.only.value()),
            ("spurious_links".into(), Some(s.spurious_links as f64)),
        ],
        BenchScore::Similarity(s) => vec![("spearman".into(), s.spearman())],
        BenchScore::Conflict(s) => vec![
            ("balanced_accuracy".into(), s.overall.balanced_accuracy()),
            ("conflict_recall".into(), s.overall.recall()),
            ("shared_recall".into(), s.overall.specificity()),
        ],
        BenchScore::Edits(s) => vec![
            ("deleted_a_only".into(), s.deleted_a.value()),
            ("added_b_only".into(), s.added_b.value()),
            ("kept_a_linked".into(), s.kept_a.value()),
            (
                "ms_per_doc".into(),
                if s.docs == 0 {
                    None
                } else {
                    Some(r.seconds * 1000.0 / s.docs as f64)
                },
            ),
        ],
    }
}

/// The human-readable block for one file.
pub fn render(r: &FileResult) -> String {
    let mut o = String::new();
    let per = if r.records_scored == 0 {
        0.0
    } else {
        r.seconds * 1000.0 / r.records_scored as f64
    };
    o.push_str(&format!(
        "{}  [{}]  {} of {} records (split {}), {:.1} s, {:.1} ms/record\n",
        r.file,
        r.kind.describe(),
        r.records_scored,
        r.records_in_file,
        r.split.as_str(),
        r.seconds,
        per
    ));
    let conf = |name: &str, c: &Confusion| {
        format!(
            "  {name:<28} acc {}  F1 {}  P {}  R {}  (tp {} fp {} tn {} fn {})\n",
            fmt_opt(c.accuracy()),
            fmt_opt(c.f1()),
            fmt_opt(c.precision()),
            fmt_opt(c.recall()),
            c.tp,
            c.fp,
            c.tn,
            c.fn_
        )
    };
    match &r.score {
        BenchScore::Paraphrase(s) => {
            o.push_str(&conf("same = linked as `same`", &s.same));
            o.push_str(&conf("same = linked at all", &s.linked));
            let why: Vec<String> = s
                .only_failures
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect();
            let why = if why.is_empty() {
                String::new()
            } else {
                format!("   misses: {}", why.join(", "))
            };
            o.push_str(&format!(
                "  {:<28} {}{}\n",
                "only-in-one (fillers)", s.only, why
            ));
            o.push_str(&format!(
                "  {:<28} {}\n",
                "spurious links (to fillers)", s.spurious_links
            ));
            o.push_str(&format!(
                "  {:<28} {}\n",
                "links gold does not pair", s.unpaired_links
            ));
            if s.unmapped_sentences > 0 {
                o.push_str(&format!(
                    "  {:<28} {}\n",
                    "sentences without own unit", s.unmapped_sentences
                ));
            }
        }
        BenchScore::Similarity(s) => {
            o.push_str(&format!(
                "  {:<28} {}  (n={})\n",
                "Spearman(link score, gold)",
                fmt_opt(s.spearman()),
                s.points.len()
            ));
            for (label, ratio) in &s.linked_by_label {
                o.push_str(&format!(
                    "  {:<28} {}\n",
                    format!("linked, gold {label}"),
                    ratio
                ));
            }
        }
        BenchScore::Conflict(s) => {
            let c = &s.overall;
            o.push_str(&format!(
                "  {:<28} {}  (conflict recall {}, shared recall {}; tp {} fp {} tn {} fn {})\n",
                "balanced accuracy",
                fmt_opt(c.balanced_accuracy()),
                fmt_opt(c.recall()),
                fmt_opt(c.specificity()),
                c.tp,
                c.fp,
                c.tn,
                c.fn_
            ));
            let calls = |m: &BTreeMap<String, usize>| {
                m.iter()
                    .map(|(k, v)| format!("{k} {v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            o.push_str(&format!(
                "  {:<28} {}\n",
                "gold conflict called",
                calls(&s.conflict_calls)
            ));
            o.push_str(&format!(
                "  {:<28} {}\n",
                "gold shared called",
                calls(&s.shared_calls)
            ));
            for (t, ratio) in &s.by_edit_type {
                o.push_str(&format!(
                    "  {:<28} {}\n",
                    format!("conflict recall, {t}"),
                    ratio
                ));
            }
        }
        BenchScore::Edits(s) => {
            o.push_str(&format!(
                "  {:<28} {}\n",
                "A-only (semantic deletion)", s.deleted_a
            ));
            o.push_str(&format!("  {:<28} {}\n", "B-only (elaboration)", s.added_b));
            o.push_str(&format!(
                "  {:<28} {}\n",
                "verbatim-kept A linked", s.kept_a
            ));
            o.push_str(&format!(
                "  {:<28} {:.1} ms max\n",
                "time per document", s.max_doc_ms
            ));
            if s.unaligned_records > 0 {
                o.push_str(&format!(
                    "  {:<28} {} (edits do not spell the texts; left out)\n",
                    "unaligned records", s.unaligned_records
                ));
            }
        }
    }
    if let Some(n) = &r.note {
        o.push_str(&format!("  note: {n}\n"));
    }
    o
}

//! The evaluation harness behind `storydiff eval [OPTIONS] PATH...`: scores the engine against gold
//! folders (see `../shared/fixtures/GOLD-FORMAT.md`) and JSON-lines benchmarks
//! (`../shared/benchmarks/README.md`), and prints what it missed by name.
//!
//! Gold folders are found at any depth under a PATH and fall into **groups**, one per folder holding
//! them (`tests/fixtures`, `../shared/fixtures` with the seed pair, `../shared/fixtures/realworld-dev`).
//! Each group is reported on its own: per pair, per language, per kind of pair (`meta.rs`) and in
//! total; no total spans groups. With `--cv` each group is also cross-validated (`cv.rs`): thresholds
//! tuned on one half of its pairs, figures reported on the other.
//!
//! Benchmark files are public test sets, so each file is split in two by a stable hash of the record id:
//! thresholds are tuned on `calib` only and figures are reported on `report` (the default).

pub mod bench;
pub mod cv;
pub mod gold;
pub mod meta;
pub mod metrics;

use crate::tuning::{self, Tuning, PARAMS};
use crate::Options;
use meta::{PairKind, PairMeta};
use metrics::{Ratio, Split};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

// Gates for `--gate`, held by every gold folder evaluated. The seed pair is an ordinary two-outlet story
// a lexical engine can handle, so a miss there is a bug a user would see, not a research gap:
// - required links are the sentence pairs any reader pairs at once; .95 allows one miss in twenty.
pub const GATE_REQUIRED_LINK_RECALL: f64 = 0.95;
// - only-in-one (items gold marks required): what one outlet alone reports is the product's point.
pub const GATE_ONLY_IN_ONE: f64 = 0.90;
// - noise and metadata: a share bar linked to a share bar makes every summary figure wrong.
pub const GATE_NOISE: f64 = 0.95;
// - conflicts are the most expensive miss for a fact-checker (n/a when gold has none).
pub const GATE_CONFLICT_RECALL: f64 = 0.90;
// - a link to furniture or to a one-side sentence is a false statement to the reader.
pub const GATE_MAX_SPURIOUS_LINKS: usize = 0;

const USAGE: &str = "\
usage: storydiff eval [OPTIONS] PATH...

PATH: a gold folder (holds gold.json), a folder holding gold folders at any depth, a .jsonl
benchmark file, or a folder of .jsonl files. A missing PATH is skipped with a note.

Gold folders are reported by group (the folder that holds them): per pair, per language, per
kind of pair (outlets | versions | different, from the kind column of a README.md table beside
them) and in total.

options:
  --cv                       also cross-validate each group of gold folders: split its pairs by the
                             FNV-1a 64 hash of the folder name (even/odd), tune the thresholds on one
                             half, report on the other; in-sample and cross-validated side by side
  --set NAME=VALUE           run with an engine threshold changed (repeatable; see the list below)
  --split calib|report|all   benchmark records to use (default report; tune thresholds on calib only)
  --sensitivity X            override Options.sensitivity (0..1) for a sweep
  --limit N                  at most N records per benchmark file
  --json                     print the metrics as one JSON object instead of tables
  --gate                     exit 1 when a gold folder misses a quality gate
  -h, --help                 this text
";

/// Parsed command line.
#[derive(Clone, Debug, PartialEq)]
pub struct Args {
    pub split: Split,
    pub sensitivity: Option<f32>,
    pub limit: Option<usize>,
    pub json: bool,
    pub gate: bool,
    pub cv: bool,
    /// `--set NAME=VALUE`, in the order given (a later one wins).
    pub set: Vec<(String, f32)>,
    pub paths: Vec<PathBuf>,
}

/// The names of every tunable threshold, for messages.
fn param_names() -> String {
    PARAMS.iter().map(|p| p.name).collect::<Vec<_>>().join(", ")
}

/// Parses the value of `--set`: `NAME=VALUE`, NAME one of [`tuning::PARAMS`], VALUE a finite number.
pub fn parse_set(s: &str) -> Result<(String, f32), String> {
    let (name, value) = s
        .split_once('=')
        .ok_or_else(|| format!("--set: expected NAME=VALUE, got {s:?}"))?;
    let name = name.trim();
    let p = tuning::param(name).ok_or_else(|| {
        format!(
            "--set: unknown threshold {name:?}; known: {}",
            param_names()
        )
    })?;
    let v: f32 = value
        .trim()
        .parse()
        .map_err(|_| format!("--set {name}: not a number: {value:?}"))?;
    if !v.is_finite() {
        return Err(format!("--set {name}: not a finite number: {value:?}"));
    }
    Ok((p.name.to_string(), v))
}

/// The base tuning of a run: [`Tuning::default`] with every `--set` applied in order.
pub fn base_tuning(set: &[(String, f32)]) -> Tuning {
    let mut t = Tuning::default();
    for (name, v) in set {
        if let Some(p) = tuning::param(name) {
            p.set(&mut t, *v);
        }
    }
    t
}

pub fn parse_args(args: &[String]) -> Result<Option<Args>, String> {
    let mut a = Args {
        split: Split::Report,
        sensitivity: None,
        limit: None,
        json: false,
        gate: false,
        cv: false,
        set: Vec::new(),
        paths: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        // `--set=NAME=VALUE` keeps its own `=`: only the first one splits the flag from its value.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag {
            "-h" | "--help" => return Ok(None),
            "--json" => a.json = true,
            "--gate" => a.gate = true,
            "--cv" => a.cv = true,
            "--set" => {
                let v = value("--set")?;
                a.set.push(parse_set(&v)?);
            }
            "--split" => {
                let v = value("--split")?;
                a.split = Split::parse(&v)
                    .ok_or_else(|| format!("--split: expected calib, report or all, got {v:?}"))?;
            }
            "--sensitivity" => {
                let v = value("--sensitivity")?;
                let x: f32 = v
                    .parse()
                    .map_err(|_| format!("--sensitivity: not a number: {v:?}"))?;
                if !(0.0..=1.0).contains(&x) {
                    return Err(format!("--sensitivity: {x} is outside 0..1"));
                }
                a.sensitivity = Some(x);
            }
            "--limit" => {
                let v = value("--limit")?;
                a.limit = Some(
                    v.parse()
                        .map_err(|_| format!("--limit: not a count: {v:?}"))?,
                );
            }
            f if f.starts_with('-') && f.len() > 1 => return Err(format!("unknown option {f}")),
            _ => a.paths.push(PathBuf::from(arg)),
        }
    }
    if a.paths.is_empty() {
        return Err("no PATH given".into());
    }
    Ok(Some(a))
}

/// Entry point of `storydiff eval [OPTIONS] PATH...` (args are everything after `eval`); returns the exit
/// code: 0 done, 1 a gate failed, 2 bad usage or an unreadable gold folder or benchmark file.
pub fn cli(args: &[String]) -> i32 {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    run(args, &mut lock)
}

/// What a PATH turned out to hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Gold(PathBuf),
    Bench(PathBuf),
}

/// How deep below a PATH gold folders are looked for.
const MAX_DEPTH: usize = 12;

/// Adds the gold folders and .jsonl files under `dir` (sorted by name, depth first) to `out`. A folder
/// holding `gold.json` is a gold folder and is not looked into further; hidden folders are skipped.
fn walk(dir: &Path, depth: usize, out: &mut Vec<Target>, notes: &mut Vec<String>) {
    if dir.join("gold.json").is_file() {
        out.push(Target::Gold(dir.to_path_buf()));
        return;
    }
    if depth > MAX_DEPTH {
        notes.push(format!(
            "skipped: {} is more than {MAX_DEPTH} folders deep",
            dir.display()
        ));
        return;
    }
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            notes.push(format!("skipped: {}: {e}", dir.display()));
            return;
        }
    };
    entries.sort();
    for e in entries {
        let hidden = e
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if e.is_dir() && !hidden {
            walk(&e, depth + 1, out, notes);
        } else if e.is_file() && e.extension().is_some_and(|x| x == "jsonl") {
            out.push(Target::Bench(e));
        }
    }
}

/// Expands PATHs into gold folders (at any depth) and benchmark files, in the order given (folders
/// sorted by name), each once however many PATHs reach it. Returns the targets and the notes about
/// PATHs that held neither.
pub fn discover(paths: &[PathBuf]) -> (Vec<Target>, Vec<String>) {
    let mut out = Vec::new();
    let mut notes = Vec::new();
    for p in paths {
        if !p.exists() {
            notes.push(format!("skipped: {} not found", p.display()));
            continue;
        }
        if p.is_file() {
            if p.extension().is_some_and(|e| e == "jsonl") {
                out.push(Target::Bench(p.clone()));
            } else if p.file_name().is_some_and(|n| n == "gold.json") {
                out.push(Target::Gold(
                    p.parent().unwrap_or(Path::new(".")).to_path_buf(),
                ));
            } else {
                notes.push(format!(
                    "skipped: {} is neither a gold folder nor a .jsonl file",
                    p.display()
                ));
            }
            continue;
        }
        let before = out.len();
        walk(p, 0, &mut out, &mut notes);
        if out.len() == before {
            notes.push(format!(
                "skipped: {} holds no gold folder and no .jsonl file",
                p.display()
            ));
        }
    }
    // The same folder or file reached twice (a PATH and its parent both given) is evaluated once.
    let mut seen: HashSet<PathBuf> = HashSet::new();
    out.retain(|t| {
        let p = match t {
            Target::Gold(p) | Target::Bench(p) => p,
        };
        seen.insert(p.canonicalize().unwrap_or_else(|_| p.clone()))
    });
    (out, notes)
}

/// The group a gold folder belongs to: the folder that holds it.
pub fn group_of(dir: &Path) -> PathBuf {
    match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => dir
            .canonicalize()
            .ok()
            .and_then(|c| c.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from(".")),
    }
}

/// One scored gold folder.
pub struct GoldResult {
    pub name: String,
    /// The folder's own name: what the cross-validation split hashes.
    pub folder: String,
    pub dir: PathBuf,
    pub meta: PairMeta,
    /// Its cross-validation half: 0 even, 1 odd.
    pub half: usize,
    pub ms: f64,
    pub score: gold::GoldScore,
}

/// The gold folders held by one folder, scored, and cross-validated when asked.
pub struct Group {
    pub dir: PathBuf,
    pub results: Vec<GoldResult>,
    pub fixtures: Vec<gold::Fixture>,
    pub cv: Option<cv::CrossValidation>,
    /// Why the group was not cross-validated, when `--cv` was given.
    pub cv_note: Option<String>,
    pub cv_seconds: f64,
}

/// Figures summed over a set of pairs (a language, a kind, a group).
#[derive(Clone, Debug, Default)]
pub struct Aggregate {
    pub key: String,
    pub pairs: usize,
    pub score: gold::GoldScore,
}

/// Sums scores by key, keys sorted; each score's misses stay with its pair.
pub fn aggregate<'s>(
    items: impl IntoIterator<Item = (String, &'s gold::GoldScore)>,
) -> Vec<Aggregate> {
    let mut m: BTreeMap<String, Aggregate> = BTreeMap::new();
    for (k, s) in items {
        let e = m.entry(k.clone()).or_insert_with(|| Aggregate {
            key: k,
            ..Aggregate::default()
        });
        e.pairs += 1;
        e.score.add(s);
    }
    m.into_values().collect()
}

/// Totals of a group by language, by kind, and overall, from per-pair scores (in-sample or out of fold).
pub struct Breakdown {
    pub by_language: Vec<Aggregate>,
    pub by_kind: Vec<Aggregate>,
    pub total: Aggregate,
}

pub fn breakdown(results: &[GoldResult], scores: &[&gold::GoldScore]) -> Breakdown {
    let by_language = aggregate(
        results
            .iter()
            .zip(scores)
            .map(|(r, s)| (r.meta.language.clone(), *s)),
    );
    let mut by_kind = aggregate(
        results
            .iter()
            .zip(scores)
            .map(|(r, s)| (r.meta.kind.as_str().to_string(), *s)),
    );
    // outlets, versions, different: the order of PairKind, not of the alphabet.
    by_kind.sort_by_key(|a| PairKind::parse(&a.key));
    let total = aggregate(
        results
            .iter()
            .zip(scores)
            .map(|(_, s)| ("TOTAL".to_string(), *s)),
    )
    .pop()
    .unwrap_or_else(|| Aggregate {
        key: "TOTAL".into(),
        ..Aggregate::default()
    });
    Breakdown {
        by_language,
        by_kind,
        total,
    }
}

/// Which gates a gold score misses, each named with its figure.
pub fn gate_failures(s: &gold::GoldScore) -> Vec<String> {
    let mut out = Vec::new();
    let mut below = |name: &str, r: Ratio, min: f64| {
        if let Some(v) = r.value() {
            if v < min {
                out.push(format!("{name} {v:.3} < {min:.2}"));
            }
        }
    };
    below(
        "required-link recall",
        s.required_links,
        GATE_REQUIRED_LINK_RECALL,
    );
    below("only-in-one (required)", s.only_required, GATE_ONLY_IN_ONE);
    below("noise", s.noise, GATE_NOISE);
    below("conflict recall", s.conflict, GATE_CONFLICT_RECALL);
    if s.spurious_links > GATE_MAX_SPURIOUS_LINKS {
        out.push(format!(
            "spurious links {} > {}",
            s.spurious_links, GATE_MAX_SPURIOUS_LINKS
        ));
    }
    out
}

/// Scores one pair with `options`, as its kind says.
fn score_pair(fx: &gold::Fixture, kind: PairKind, options: &Options) -> (gold::GoldScore, f64) {
    let t = Instant::now();
    let report = crate::compare(&fx.a, &fx.b, options);
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    (gold::score_as(&fx.a, &fx.b, &fx.gold, &report, kind), ms)
}

/// Cross-validates a group's pairs with the engine (see `cv.rs`).
pub fn cross_validate_group(group: &Group, options: &Options) -> Option<cv::CrossValidation> {
    let folders: Vec<String> = group.results.iter().map(|r| r.folder.clone()).collect();
    let in_sample: Vec<gold::GoldScore> = group.results.iter().map(|r| r.score.clone()).collect();
    cv::cross_validate(&folders, &in_sample, &options.tuning, |i, t| {
        let mut o = options.clone();
        o.tuning = t.clone();
        let (mut s, _) = score_pair(&group.fixtures[i], group.results[i].meta.kind, &o);
        s.misses.clear();
        s
    })
}

/// Runs the harness, writing tables (or JSON) to `out`; returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write) -> i32 {
    let a = match parse_args(args) {
        Ok(Some(a)) => a,
        Ok(None) => {
            let _ = out.write_all(USAGE.as_bytes());
            let _ = writeln!(out, "\nthresholds for --set (name: sweep range; default):");
            let d = Tuning::default();
            for p in PARAMS {
                let _ = writeln!(
                    out,
                    "  {:<22} {}..{} by {}; default {}  ({})",
                    p.name,
                    p.min,
                    p.max,
                    p.step,
                    p.get(&d),
                    p.about
                );
            }
            return 0;
        }
        Err(e) => {
            let _ = writeln!(out, "storydiff eval: {e}\n\n{USAGE}");
            return 2;
        }
    };
    let mut options = Options::default();
    if let Some(s) = a.sensitivity {
        options.sensitivity = s;
    }
    options.tuning = base_tuning(&a.set);
    let set_note = changed_params(&options.tuning);
    let started = Instant::now();
    let text = !a.json;
    // Text mode prints as it goes, so a long benchmark run shows progress; JSON mode prints once at the end.
    macro_rules! say {
        ($($t:tt)*) => { if text { let _ = writeln!(out, $($t)*); let _ = out.flush(); } };
    }

    let (targets, mut notes) = discover(&a.paths);
    for n in &notes {
        say!("{n}");
    }
    let mut errors: Vec<String> = Vec::new();
    let mut exit = 0;

    // Gold folders, by group.
    let mut groups: Vec<Group> = Vec::new();
    let mut readmes: BTreeMap<PathBuf, BTreeMap<String, meta::ReadmeRow>> = BTreeMap::new();
    let mut seen: Vec<((String, u64, u64), usize, PathBuf)> = Vec::new();
    for t in &targets {
        let Target::Gold(dir) = t else { continue };
        let fx = match gold::load(dir) {
            Ok(fx) => fx,
            Err(e) => {
                say!("error: {e}");
                errors.push(e);
                continue;
            }
        };
        let gdir = group_of(dir);
        let gi = match groups.iter().position(|g| g.dir == gdir) {
            Some(i) => i,
            None => {
                groups.push(Group {
                    dir: gdir.clone(),
                    results: Vec::new(),
                    fixtures: Vec::new(),
                    cv: None,
                    cv_note: None,
                    cv_seconds: 0.0,
                });
                groups.len() - 1
            }
        };
        // The same fixture often sits both in the project and in ../shared. Within a group it is
        // counted once (twice would weigh the group's total toward it); in two groups it is scored in
        // each, since every group is reported on its own and no total spans groups.
        let key = (
            fx.name.clone(),
            metrics::fnv1a64(fx.a.as_bytes()),
            metrics::fnv1a64(fx.b.as_bytes()),
        );
        if let Some((_, _, first)) = seen.iter().find(|(k, g, _)| *k == key && *g == gi) {
            let n = format!(
                "skipped: {} is the same fixture as {}",
                dir.display(),
                first.display()
            );
            say!("{n}");
            notes.push(n);
            continue;
        }
        if let Some((_, _, first)) = seen.iter().find(|(k, _, _)| *k == key) {
            let n = format!(
                "note: {} is the same fixture as {}; it is scored in both groups",
                dir.display(),
                first.display()
            );
            say!("{n}");
            notes.push(n);
        }
        seen.push((key, gi, dir.clone()));
        let rows = readmes
            .entry(gdir.clone())
            .or_insert_with(|| meta::readme_rows(&gdir));
        let folder = dir
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| fx.name.clone());
        let m = meta::pair_meta(&folder, &fx.gold, rows);
        let (score, ms) = score_pair(&fx, m.kind, &options);
        let g = &mut groups[gi];
        g.results.push(GoldResult {
            name: fx.name.clone(),
            half: cv::half_of(&folder),
            folder,
            dir: fx.dir.clone(),
            meta: m,
            ms,
            score,
        });
        g.fixtures.push(fx);
    }

    let mut gates: Vec<Value> = Vec::new();
    if a.gate && groups.is_empty() {
        say!("gate: no gold folder evaluated, nothing to hold");
    }
    for g in &mut groups {
        say!(
            "== Gold folders in {} ({} pair(s), sensitivity {:.2}{})",
            g.dir.display(),
            g.results.len(),
            options.sensitivity,
            set_note
        );
        for r in &g.results {
            say!("{}", render_gold(r));
        }
        let scores: Vec<&gold::GoldScore> = g.results.iter().map(|r| &r.score).collect();
        let b = breakdown(&g.results, &scores);
        say!("{}", gold_table(&g.results, &b.total.score));
        say!("{}", aggregate_table("language", &b.by_language, &b.total));
        say!("{}", aggregate_table("kind", &b.by_kind, &b.total));
        if a.gate {
            for r in &g.results {
                let fails = gate_failures(&r.score);
                if fails.is_empty() {
                    say!("GATE PASS {}", r.name);
                } else {
                    exit = 1;
                    for f in &fails {
                        say!("GATE FAIL {}: {f}", r.name);
                    }
                }
                gates.push(json!({ "group": g.dir.display().to_string(), "fixture": r.name, "pass": fails.is_empty(), "failures": fails }));
            }
        }
        if a.cv {
            let t = Instant::now();
            g.cv = cross_validate_group(g, &options);
            g.cv_seconds = t.elapsed().as_secs_f64();
            match &g.cv {
                Some(c) => say!("{}", render_cv(g, c, &options.tuning)),
                None => {
                    let n = format!(
                        "cross-validation skipped for {}: a half is empty ({} pair(s); each half needs one)",
                        g.dir.display(),
                        g.results.len()
                    );
                    say!("{n}\n");
                    g.cv_note = Some(n);
                }
            }
        }
        let cv_total = g.cv.as_ref().map(|c| {
            let oof: Vec<&gold::GoldScore> = c.out_of_fold.iter().collect();
            breakdown(&g.results, &oof).total.score
        });
        say!(
            "{}",
            targets_table(&g.dir, &b.total.score, cv_total.as_ref())
        );
    }

    // Benchmarks.
    let benches: Vec<&PathBuf> = targets
        .iter()
        .filter_map(|t| {
            if let Target::Bench(p) = t {
                Some(p)
            } else {
                None
            }
        })
        .collect();
    let mut bench_results: Vec<bench::FileResult> = Vec::new();
    if !benches.is_empty() {
        let what = match a.split {
            Split::Report => "report half: records whose id's FNV-1a hash is odd",
            Split::Calib => {
                "calib half: records whose id's FNV-1a hash is even; tune here, do not report"
            }
            Split::All => "all records: calib and report halves together, not for reported figures",
        };
        say!(
            "== Benchmarks (split {}: {}; sensitivity {:.2}{}{})",
            a.split.as_str(),
            what,
            options.sensitivity,
            set_note,
            a.limit
                .map(|n| format!(", at most {n} records per file"))
                .unwrap_or_default()
        );
    }
    for p in benches {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let records = match std::fs::read_to_string(p)
            .map_err(|e| e.to_string())
            .and_then(|t| bench::parse(&t))
        {
            Ok(r) => r,
            Err(e) => {
                let e = format!("{}: {e}", p.display());
                say!("error: {e}");
                errors.push(e);
                continue;
            }
        };
        let r = bench::evaluate(&name, &records, a.split, a.limit, &options);
        say!("{}", bench::render(&r));
        bench_results.push(r);
    }
    if !bench_results.is_empty() {
        say!("{}", bench_table(&bench_results));
    }
    if !errors.is_empty() {
        exit = 2;
    }
    say!("done in {:.1} s", started.elapsed().as_secs_f64());

    if a.json {
        let v = json!({
            "split": a.split.as_str(),
            "sensitivity": options.sensitivity,
            "tuning": tuning_json(&options.tuning),
            "set": a.set.iter().map(|(n, v)| json!({ "name": n, "value": v })).collect::<Vec<_>>(),
            "limit": a.limit,
            "skipped": notes,
            "errors": errors,
            "gold": groups.iter().flat_map(|g| g.results.iter().map(move |r| pair_json(g, r))).collect::<Vec<_>>(),
            "groups": groups.iter().map(|g| group_json(g, &options.tuning)).collect::<Vec<_>>(),
            "gates": if a.gate { Value::Array(gates) } else { Value::Null },
            "benchmarks": bench_results.iter().map(|r| {
                let mut v = serde_json::to_value(r).unwrap_or(Value::Null);
                let figures: serde_json::Map<String, Value> = bench::headline(r).into_iter().map(|(k, x)| (k, json!(x))).collect();
                if let Value::Object(m) = &mut v {
                    m.insert("figures".into(), Value::Object(figures));
                    // Thousands of (score, gold) points make the JSON unreadable; Spearman is in figures.
                    if let Some(Value::Object(s)) = m.get_mut("score") {
                        s.remove("points");
                    }
                }
                v
            }).collect::<Vec<_>>(),
            "seconds": started.elapsed().as_secs_f64(),
            "exit": exit,
        });
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&v).unwrap_or_default()
        );
    }
    exit
}

/// `, thresholds changed: link_dice=0.45` when a `--set` moved any from its default, else empty.
fn changed_params(t: &Tuning) -> String {
    let d = Tuning::default();
    let changed: Vec<String> = PARAMS
        .iter()
        .filter(|p| p.get(t) != p.get(&d))
        .map(|p| format!("{}={}", p.name, p.get(t)))
        .collect();
    if changed.is_empty() {
        String::new()
    } else {
        format!(", thresholds changed: {}", changed.join(" "))
    }
}

/// Every threshold by name.
pub fn tuning_json(t: &Tuning) -> Value {
    Value::Object(
        cv::values(t)
            .into_iter()
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect(),
    )
}

fn pair_json(g: &Group, r: &GoldResult) -> Value {
    json!({
        "name": r.name,
        "group": g.dir.display().to_string(),
        "folder": r.folder,
        "dir": r.dir.display().to_string(),
        "language": r.meta.language,
        "kind": r.meta.kind.as_str(),
        "kind_source": r.meta.kind_source.as_str(),
        "kind_text": r.meta.kind_text,
        "half": cv::half_name(r.half),
        "ms": r.ms,
        "figures": gold_figures(&r.score),
        "score": r.score,
    })
}

fn aggregates_json(aggs: &[Aggregate]) -> Value {
    Value::Object(
        aggs.iter()
            .map(|a| {
                (
                    a.key.clone(),
                    json!({ "pairs": a.pairs, "figures": gold_figures(&a.score), "score": a.score }),
                )
            })
            .collect(),
    )
}

fn breakdown_json(b: &Breakdown) -> Value {
    json!({
        "by_language": aggregates_json(&b.by_language),
        "by_kind": aggregates_json(&b.by_kind),
        "total": { "pairs": b.total.pairs, "figures": gold_figures(&b.total.score), "score": b.total.score },
    })
}

fn group_json(g: &Group, base: &Tuning) -> Value {
    let scores: Vec<&gold::GoldScore> = g.results.iter().map(|r| &r.score).collect();
    let in_sample = breakdown(&g.results, &scores);
    let cv_total = g.cv.as_ref().map(|c| {
        let oof: Vec<&gold::GoldScore> = c.out_of_fold.iter().collect();
        breakdown(&g.results, &oof).total.score
    });
    let cv = match &g.cv {
        None => Value::Null,
        Some(c) => {
            let oof: Vec<&gold::GoldScore> = c.out_of_fold.iter().collect();
            let b = breakdown(&g.results, &oof);
            let halves: BTreeMap<&str, Vec<&str>> = (0..2)
                .map(|h| {
                    (
                        cv::half_name(h),
                        g.results
                            .iter()
                            .zip(&c.half)
                            .filter(|(_, &x)| x == h)
                            .map(|(r, _)| r.folder.as_str())
                            .collect(),
                    )
                })
                .collect();
            json!({
                "split": "FNV-1a 64 of the folder name: even or odd",
                "halves": halves,
                "objective": format!(
                    "mean(required links, all links, conflicts, only-in-one, furniture) - {} * spurious links - {} * false conflicts",
                    cv::SPURIOUS_PENALTY, cv::FALSE_CONFLICT_PENALTY
                ),
                "base": tuning_json(base),
                "folds": c.folds.iter().map(|f| json!({
                    "tuned_on": cv::half_name(f.tuned_on),
                    "reports": cv::half_name(1 - f.tuned_on),
                    "tuning": tuning_json(&f.tuned.tuning),
                    "objective_tuning_half_base": f.tuned.objective_base,
                    "objective_tuning_half_tuned": f.tuned.objective_tuned,
                    "objective_report_half_base": f.report_objective_base,
                    "objective_report_half_tuned": f.report_objective_tuned,
                    "evaluations": f.tuned.evaluations,
                    "passes": f.tuned.passes,
                })).collect::<Vec<_>>(),
                "pairs": g.results.iter().zip(&c.out_of_fold).map(|(r, s)| json!({
                    "name": r.name, "folder": r.folder, "half": cv::half_name(r.half),
                    "figures": gold_figures(s), "score": s,
                })).collect::<Vec<_>>(),
                "out_of_fold": breakdown_json(&b),
                "seconds": g.cv_seconds,
            })
        }
    };
    json!({
        "dir": g.dir.display().to_string(),
        "pairs": g.results.len(),
        "in_sample": breakdown_json(&in_sample),
        "targets": targets_json(&in_sample.total.score, cv_total.as_ref()),
        "cv": cv,
        "cv_note": g.cv_note,
    })
}

/// The headline gold figures as numbers (null when not applicable).
pub fn gold_figures(s: &gold::GoldScore) -> Value {
    json!({
        "required_link_recall": s.required_links.value(),
        "all_link_recall": s.all_links.value(),
        "relation_accuracy": s.relation.value(),
        "conflict_recall": s.conflict.value(),
        "false_conflicts": s.false_conflicts,
        "possible_conflicts": s.possible_conflicts,
        "only_in_one": s.only.value(),
        "only_in_one_required": s.only_required.value(),
        "noise": s.noise.value(),
        "spurious_links": s.spurious_links,
        "facts": s.facts.value(),
        "not_facts": s.not_facts.value(),
        "variants": s.variants.value(),
        "different_stories_accuracy": s.different_stories.value(),
        "comparison_accuracy": s.comparison.value(),
        "objective": cv::objective(s),
    })
}

/// A figure the issue sets a target for, on the hidden real set and on the hidden constructed set.
pub struct Goal {
    pub metric: &'static str,
    /// At least this share (`min`), or at most this count (`max`, for spurious links).
    pub real: Option<Bound>,
    pub constructed: Option<Bound>,
    pub value: fn(&gold::GoldScore) -> Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Bound {
    Min(f64),
    Max(f64),
}

impl Bound {
    pub fn holds(self, v: f64) -> bool {
        match self {
            Bound::Min(m) => v >= m - 1e-12,
            Bound::Max(m) => v <= m + 1e-12,
        }
    }
    fn show(self) -> String {
        match self {
            Bound::Min(m) => format!("≥ {m:.2}"),
            Bound::Max(m) => format!("≤ {m:.0}"),
        }
    }
}

/// The targets of issue #10 (the lead sets the figures; they are printed beside every group's totals,
/// whichever set the group is, so a reader compares like with like).
pub const TARGETS: [Goal; 7] = [
    Goal {
        metric: "required links",
        real: Some(Bound::Min(0.92)),
        constructed: Some(Bound::Min(0.95)),
        value: |s| s.required_links.value(),
    },
    Goal {
        metric: "all links",
        real: Some(Bound::Min(0.80)),
        constructed: None,
        value: |s| s.all_links.value(),
    },
    Goal {
        metric: "conflicts",
        real: Some(Bound::Min(0.75)),
        constructed: Some(Bound::Min(0.90)),
        value: |s| s.conflict.value(),
    },
    Goal {
        metric: "furniture",
        real: Some(Bound::Min(0.90)),
        constructed: Some(Bound::Min(0.95)),
        value: |s| s.noise.value(),
    },
    Goal {
        metric: "only-in-one",
        real: Some(Bound::Min(0.95)),
        constructed: None,
        value: |s| s.only.value(),
    },
    Goal {
        metric: "relation accuracy",
        real: Some(Bound::Min(0.95)),
        constructed: None,
        value: |s| s.relation.value(),
    },
    Goal {
        metric: "spurious links",
        real: Some(Bound::Max(1.0)),
        constructed: Some(Bound::Max(0.0)),
        value: |s| Some(s.spurious_links as f64),
    },
];

/// A group's totals (in-sample, and cross-validated when run) against [`TARGETS`].
pub fn targets_table(dir: &Path, ins: &gold::GoldScore, cv: Option<&gold::GoldScore>) -> String {
    let fig = |t: &Goal, s: &gold::GoldScore| match (t.value)(s) {
        None => "n/a".to_string(),
        Some(v) if t.metric == "spurious links" => format!("{v:.0}"),
        Some(v) => format!("{v:.2}"),
    };
    let verdict = |b: Option<Bound>, t: &Goal| -> String {
        let Some(b) = b else {
            return "-".into();
        };
        let mut parts = vec![(t.value)(ins)];
        if let Some(c) = cv {
            parts.push((t.value)(c));
        }
        let marks: Vec<&str> = parts
            .iter()
            .map(|v| match v {
                None => "n/a",
                Some(v) if b.holds(*v) => "met",
                Some(_) => "MISSED",
            })
            .collect();
        format!("{} {}", b.show(), marks.join("/"))
    };
    let head: Vec<String> = [
        "target (issue #10)",
        "in-sample",
        "cross-validated",
        "real-set target",
        "constructed-set target",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let rows: Vec<Vec<String>> = TARGETS
        .iter()
        .map(|t| {
            vec![
                t.metric.to_string(),
                fig(t, ins),
                cv.map(|c| fig(t, c)).unwrap_or("-".into()),
                verdict(t.real, t),
                verdict(t.constructed, t),
            ]
        })
        .collect();
    format!(
        "targets, {} (met/MISSED: in-sample{})\n{}",
        dir.display(),
        if cv.is_some() { "/cross-validated" } else { "" },
        layout(&head, &rows, 1)
    )
}

/// The targets as JSON: each metric's bounds and whether the in-sample and cross-validated totals meet them.
fn targets_json(ins: &gold::GoldScore, cv: Option<&gold::GoldScore>) -> Value {
    let b = |x: Option<Bound>| match x {
        None => Value::Null,
        Some(Bound::Min(m)) => json!({ "min": m }),
        Some(Bound::Max(m)) => json!({ "max": m }),
    };
    let met = |x: Option<Bound>, v: Option<f64>| match (x, v) {
        (Some(x), Some(v)) => json!(x.holds(v)),
        _ => Value::Null,
    };
    Value::Array(
        TARGETS
            .iter()
            .map(|t| {
                let vi = (t.value)(ins);
                let vc = cv.and_then(|c| (t.value)(c));
                json!({
                    "metric": t.metric,
                    "real": b(t.real),
                    "constructed": b(t.constructed),
                    "in_sample": vi,
                    "cross_validated": vc,
                    "in_sample_meets_real": met(t.real, vi),
                    "in_sample_meets_constructed": met(t.constructed, vi),
                    "cross_validated_meets_real": met(t.real, vc),
                    "cross_validated_meets_constructed": met(t.constructed, vc),
                })
            })
            .collect(),
    )
}

/// One fixture: its figures and, by name, everything it missed.
pub fn render_gold(r: &GoldResult) -> String {
    let s = &r.score;
    let kind = match r.meta.kind_source {
        meta::KindSource::Fallback => format!("{} (no README row)", r.meta.kind.as_str()),
        src => format!(
            "{} ({} \"{}\")",
            r.meta.kind.as_str(),
            src.as_str(),
            gold::snippet(&r.meta.kind_text, 40)
        ),
    };
    let mut o = format!(
        "{}  ({}, {}, {}, half {}, engine {:.1} ms)\n",
        r.name,
        r.dir.display(),
        r.meta.language,
        kind,
        cv::half_name(r.half),
        r.ms
    );
    let rows: [(&str, String); 15] = [
        ("required-link recall", s.required_links.to_string()),
        ("all-link recall", s.all_links.to_string()),
        ("relation accuracy", s.relation.to_string()),
        ("conflict recall", s.conflict.to_string()),
        ("false conflicts", s.false_conflicts.to_string()),
        ("possible conflicts", s.possible_conflicts.to_string()),
        (
            "only-in-one",
            format!("{}   required: {}", s.only, s.only_required),
        ),
        ("noise + metadata", s.noise.to_string()),
        ("spurious links", s.spurious_links.to_string()),
        ("facts found", s.facts.to_string()),
        ("not-facts kept out", s.not_facts.to_string()),
        ("variants", s.variants.to_string()),
        ("different stories", s.different_stories.to_string()),
        ("comparison", s.comparison.to_string()),
        ("misses", s.misses.len().to_string()),
    ];
    for (k, v) in rows {
        o.push_str(&format!("  {k:<22} {v}\n"));
    }
    if !s.misses.is_empty() {
        o.push_str("  MISSED:\n");
        for m in &s.misses {
            let opt = if m.required { "" } else { " (optional)" };
            o.push_str(&format!(
                "    {}{}: {}\n        {}\n",
                m.area, opt, m.what, m.why
            ));
        }
    }
    o
}

fn cell(r: Ratio) -> String {
    match r.value() {
        Some(v) => format!("{v:.2} {}/{}", r.hit, r.total),
        None => "n/a".into(),
    }
}

/// Column heads of the gold tables, one per figure of [`metric_cells`].
pub const METRIC_HEAD: [&str; 14] = [
    "req.links",
    "all.links",
    "relation",
    "conflict",
    "false.c",
    "possible",
    "only-in-1",
    "furniture",
    "spur",
    "facts",
    "not-facts",
    "variants",
    "diff.stories",
    "comparison",
];

/// A score's figures in the order of [`METRIC_HEAD`].
pub fn metric_cells(s: &gold::GoldScore) -> Vec<String> {
    vec![
        cell(s.required_links),
        cell(s.all_links),
        cell(s.relation),
        cell(s.conflict),
        s.false_conflicts.to_string(),
        s.possible_conflicts.to_string(),
        cell(s.only),
        cell(s.noise),
        s.spurious_links.to_string(),
        cell(s.facts),
        cell(s.not_facts),
        cell(s.variants),
        cell(s.different_stories),
        cell(s.comparison),
    ]
}

/// Lays rows out in columns: the first `left` columns left-aligned, the rest right-aligned.
pub fn layout(head: &[String], rows: &[Vec<String>], left: usize) -> String {
    let n = head.len();
    let mut w = vec![0usize; n];
    for r in std::iter::once(head).chain(rows.iter().map(|r| r.as_slice())) {
        for (i, c) in r.iter().enumerate().take(n) {
            w[i] = w[i].max(c.chars().count());
        }
    }
    let mut o = String::new();
    for r in std::iter::once(head).chain(rows.iter().map(|r| r.as_slice())) {
        let mut line = String::new();
        for (i, c) in r.iter().enumerate().take(n) {
            let pad = w[i] - c.chars().count();
            if i > 0 {
                line.push_str("  ");
            }
            if i < left {
                line.push_str(c);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str(&" ".repeat(pad));
                line.push_str(c);
            }
        }
        o.push_str(line.trim_end());
        o.push('\n');
    }
    o
}

/// Every fixture on one line with its language and kind, then the total.
pub fn gold_table(results: &[GoldResult], total: &gold::GoldScore) -> String {
    let mut head: Vec<String> = ["fixture", "lang", "kind"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    head.extend(METRIC_HEAD.iter().map(|s| s.to_string()));
    head.push("ms".into());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for r in results {
        let mut row = vec![
            r.name.clone(),
            r.meta.language.clone(),
            r.meta.kind.as_str().to_string(),
        ];
        row.extend(metric_cells(&r.score));
        row.push(format!("{:.0}", r.ms));
        rows.push(row);
    }
    let mut row = vec!["TOTAL".to_string(), String::new(), String::new()];
    row.extend(metric_cells(total));
    row.push(format!("{:.0}", results.iter().map(|r| r.ms).sum::<f64>()));
    rows.push(row);
    layout(&head, &rows, 3)
}

/// One line per language (or kind) with its number of pairs, then the total.
pub fn aggregate_table(what: &str, aggs: &[Aggregate], total: &Aggregate) -> String {
    let mut head: Vec<String> = vec![what.to_string(), "pairs".into()];
    head.extend(METRIC_HEAD.iter().map(|s| s.to_string()));
    let rows: Vec<Vec<String>> = aggs
        .iter()
        .chain(std::iter::once(total))
        .map(|a| {
            let mut row = vec![a.key.clone(), a.pairs.to_string()];
            row.extend(metric_cells(&a.score));
            row
        })
        .collect();
    format!("by {what}\n{}", layout(&head, &rows, 1))
}

/// `0.44→0.47`: an in-sample and a cross-validated ratio side by side.
fn pair_cell(x: Ratio, y: Ratio) -> String {
    let f = |r: Ratio| r.value().map(|v| format!("{v:.2}")).unwrap_or("n/a".into());
    if x.value().is_none() && y.value().is_none() {
        "n/a".into()
    } else {
        format!("{}→{}", f(x), f(y))
    }
}

/// Column heads of the in-sample → cross-validated table.
const CV_HEAD: [&str; 14] = [
    "req.links",
    "all.links",
    "relation",
    "conflict",
    "false.c",
    "possible",
    "only-in-1",
    "furniture",
    "spur",
    "facts",
    "not-facts",
    "variants",
    "diff.stories",
    "comparison",
];

fn cv_cells(i: &gold::GoldScore, c: &gold::GoldScore) -> Vec<String> {
    vec![
        pair_cell(i.required_links, c.required_links),
        pair_cell(i.all_links, c.all_links),
        pair_cell(i.relation, c.relation),
        pair_cell(i.conflict, c.conflict),
        format!("{}→{}", i.false_conflicts, c.false_conflicts),
        format!("{}→{}", i.possible_conflicts, c.possible_conflicts),
        pair_cell(i.only, c.only),
        pair_cell(i.noise, c.noise),
        format!("{}→{}", i.spurious_links, c.spurious_links),
        pair_cell(i.facts, c.facts),
        pair_cell(i.not_facts, c.not_facts),
        pair_cell(i.variants, c.variants),
        pair_cell(i.different_stories, c.different_stories),
        pair_cell(i.comparison, c.comparison),
    ]
}

/// The cross-validation of a group: the halves, the thresholds each fold chose, and the in-sample and
/// cross-validated figures side by side (overall, per kind, per language).
pub fn render_cv(g: &Group, c: &cv::CrossValidation, base: &Tuning) -> String {
    let mut o = format!(
        "== Cross-validation of {} ({} pairs, {:.1} s)\n",
        g.dir.display(),
        g.results.len(),
        g.cv_seconds
    );
    o.push_str(
        "split: FNV-1a 64 of the folder name, even or odd; each half's thresholds are tuned on that half \
         only and the other half is scored with them\n",
    );
    for h in 0..2 {
        let names: Vec<&str> = g
            .results
            .iter()
            .zip(&c.half)
            .filter(|(_, &x)| x == h)
            .map(|(r, _)| r.folder.as_str())
            .collect();
        o.push_str(&format!(
            "  half {} ({}): {}\n",
            cv::half_name(h),
            names.len(),
            names.join(", ")
        ));
    }
    o.push_str(&format!(
        "objective: mean(required links, all links, conflicts, only-in-one, furniture) - {} x spurious links - {} x false conflicts\n",
        cv::SPURIOUS_PENALTY,
        cv::FALSE_CONFLICT_PENALTY
    ));
    let mut head: Vec<String> = vec!["threshold".into(), "base".into()];
    head.extend(
        c.folds
            .iter()
            .map(|f| format!("tuned on {}", cv::half_name(f.tuned_on))),
    );
    let mut rows: Vec<Vec<String>> = PARAMS
        .iter()
        .map(|p| {
            let mut r = vec![p.name.to_string(), format!("{}", p.get(base))];
            r.extend(c.folds.iter().map(|f| {
                let v = p.get(&f.tuned.tuning);
                if v == p.get(base) {
                    format!("{v}")
                } else {
                    format!("{v} *")
                }
            }));
            r
        })
        .collect();
    let obj = |x: f64, y: f64| format!("{x:.3}→{y:.3}");
    let mut r = vec!["objective, tuning half".into(), "base→tuned".into()];
    r.extend(
        c.folds
            .iter()
            .map(|f| obj(f.tuned.objective_base, f.tuned.objective_tuned)),
    );
    rows.push(r);
    let mut r = vec!["objective, reported half".into(), "base→tuned".into()];
    r.extend(
        c.folds
            .iter()
            .map(|f| obj(f.report_objective_base, f.report_objective_tuned)),
    );
    rows.push(r);
    let mut r = vec!["tunings tried, passes".into(), String::new()];
    r.extend(
        c.folds
            .iter()
            .map(|f| format!("{}, {}", f.tuned.evaluations, f.tuned.passes)),
    );
    rows.push(r);
    o.push_str(&layout(&head, &rows, 1));
    o.push_str("(* = moved from the base value)\n\n");

    let ins: Vec<&gold::GoldScore> = g.results.iter().map(|r| &r.score).collect();
    let oof: Vec<&gold::GoldScore> = c.out_of_fold.iter().collect();
    let bi = breakdown(&g.results, &ins);
    let bc = breakdown(&g.results, &oof);
    o.push_str("in-sample (base thresholds, every pair) → cross-validated (each pair with the thresholds tuned on the other half)\n");
    for (what, i_rows, c_rows) in [
        ("kind", &bi.by_kind, &bc.by_kind),
        ("language", &bi.by_language, &bc.by_language),
    ] {
        let mut head: Vec<String> = vec![what.to_string(), "pairs".into()];
        head.extend(CV_HEAD.iter().map(|s| s.to_string()));
        let rows: Vec<Vec<String>> = i_rows
            .iter()
            .zip(c_rows.iter())
            .chain(std::iter::once((&bi.total, &bc.total)))
            .map(|(i, c)| {
                let mut row = vec![i.key.clone(), i.pairs.to_string()];
                row.extend(cv_cells(&i.score, &c.score));
                row
            })
            .collect();
        o.push_str(&format!("by {what}\n{}", layout(&head, &rows, 1)));
    }
    o
}

/// One line per benchmark file with its headline figures.
pub fn bench_table(results: &[bench::FileResult]) -> String {
    let mut o = String::from("benchmark summary\n");
    for r in results {
        let figs: Vec<String> = bench::headline(r)
            .into_iter()
            .map(|(k, v)| match v {
                // Counts and times read better without three decimals.
                Some(x) if k == "spurious_links" => format!("{k} {x:.0}"),
                Some(x) if k.starts_with("ms_") => format!("{k} {x:.1}"),
                _ => format!("{k} {}", metrics::fmt_opt(v)),
            })
            .collect();
        o.push_str(&format!(
            "  {:<38} n={:<5} {}\n",
            r.file,
            r.records_scored,
            figs.join("  ")
        ));
    }
    o
}

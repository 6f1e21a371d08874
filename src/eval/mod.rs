//! The evaluation harness behind `storydiff eval [OPTIONS] PATH...`: scores the engine against gold
//! folders (see `../shared/fixtures/GOLD-FORMAT.md`) and JSON-lines benchmarks
//! (`../shared/benchmarks/README.md`), and prints what it missed by name.
//!
//! Benchmark files are public test sets, so each file is split in two by a stable hash of the record id:
//! thresholds are tuned on `calib` only and figures are reported on `report` (the default).

pub mod bench;
pub mod gold;
pub mod metrics;

use crate::Options;
use metrics::{Ratio, Split};
use serde_json::{json, Value};
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

PATH: a gold folder (holds gold.json), a folder of gold folders, a .jsonl benchmark file,
or a folder of .jsonl files. A missing PATH is skipped with a note.

options:
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
    pub paths: Vec<PathBuf>,
}

pub fn parse_args(args: &[String]) -> Result<Option<Args>, String> {
    let mut a = Args {
        split: Split::Report,
        sensitivity: None,
        limit: None,
        json: false,
        gate: false,
        paths: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
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

/// Expands PATHs into gold folders and benchmark files, in the order given (folders sorted by name).
/// Returns the targets and the notes about PATHs that held neither.
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
        if p.join("gold.json").is_file() {
            out.push(Target::Gold(p.clone()));
            continue;
        }
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(p) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                notes.push(format!("skipped: {}: {e}", p.display()));
                continue;
            }
        };
        entries.sort();
        let before = out.len();
        for e in entries {
            if e.is_dir() && e.join("gold.json").is_file() {
                out.push(Target::Gold(e));
            } else if e.is_file() && e.extension().is_some_and(|x| x == "jsonl") {
                out.push(Target::Bench(e));
            }
        }
        if out.len() == before {
            notes.push(format!(
                "skipped: {} holds no gold folder and no .jsonl file",
                p.display()
            ));
        }
    }
    (out, notes)
}

/// One scored gold folder.
pub struct GoldResult {
    pub name: String,
    pub dir: PathBuf,
    pub ms: f64,
    pub score: gold::GoldScore,
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

/// Runs the harness, writing tables (or JSON) to `out`; returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write) -> i32 {
    let a = match parse_args(args) {
        Ok(Some(a)) => a,
        Ok(None) => {
            let _ = out.write_all(USAGE.as_bytes());
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
    let started = Instant::now();
    let text = !a.json;
    // Text mode prints as it goes, so a long benchmark run shows progress; JSON mode prints once at the end.
    macro_rules! say {
        ($($t:tt)*) => { if text { let _ = writeln!(out, $($t)*); let _ = out.flush(); } };
    }

    let (targets, notes) = discover(&a.paths);
    for n in &notes {
        say!("{n}");
    }
    let mut errors: Vec<String> = Vec::new();
    let mut exit = 0;

    // Gold folders.
    let golds: Vec<&PathBuf> = targets
        .iter()
        .filter_map(|t| {
            if let Target::Gold(p) = t {
                Some(p)
            } else {
                None
            }
        })
        .collect();
    let mut gold_results: Vec<GoldResult> = Vec::new();
    if !golds.is_empty() {
        say!(
            "== Gold folders ({} fixture(s), sensitivity {:.2})",
            golds.len(),
            options.sensitivity
        );
    }
    let mut seen: Vec<((String, u64, u64), PathBuf)> = Vec::new();
    for dir in golds {
        let fx = match gold::load(dir) {
            Ok(fx) => fx,
            Err(e) => {
                say!("error: {e}");
                errors.push(e);
                continue;
            }
        };
        // The same fixture often sits both in the project and in ../shared; counting it twice would
        // weigh the total toward it.
        let key = (
            fx.name.clone(),
            metrics::fnv1a64(fx.a.as_bytes()),
            metrics::fnv1a64(fx.b.as_bytes()),
        );
        if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
            say!(
                "skipped: {} is the same fixture as {}",
                dir.display(),
                first.display()
            );
            continue;
        }
        seen.push((key, dir.clone()));
        let t = Instant::now();
        let report = crate::compare(&fx.a, &fx.b, &options);
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        let score = gold::score(&fx.a, &fx.b, &fx.gold, &report);
        let r = GoldResult {
            name: fx.name,
            dir: fx.dir,
            ms,
            score,
        };
        say!("{}", render_gold(&r));
        gold_results.push(r);
    }
    let mut gold_total = gold::GoldScore::default();
    for r in &gold_results {
        gold_total.add(&r.score);
    }
    if !gold_results.is_empty() {
        say!("{}", gold_table(&gold_results, &gold_total));
    }
    let mut gates: Vec<Value> = Vec::new();
    if a.gate {
        if gold_results.is_empty() {
            say!("gate: no gold folder evaluated, nothing to hold");
        }
        for r in &gold_results {
            let fails = gate_failures(&r.score);
            if fails.is_empty() {
                say!("GATE PASS {}", r.name);
            } else {
                exit = 1;
                for f in &fails {
                    say!("GATE FAIL {}: {f}", r.name);
                }
            }
            gates.push(json!({ "fixture": r.name, "pass": fails.is_empty(), "failures": fails }));
        }
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
            "== Benchmarks (split {}: {}; sensitivity {:.2}{})",
            a.split.as_str(),
            what,
            options.sensitivity,
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
            "limit": a.limit,
            "skipped": notes,
            "errors": errors,
            "gold": gold_results.iter().map(|r| json!({
                "name": r.name, "dir": r.dir.display().to_string(), "ms": r.ms,
                "figures": gold_figures(&r.score), "score": r.score,
            })).collect::<Vec<_>>(),
            "gold_total": if gold_results.is_empty() { Value::Null } else { json!({ "figures": gold_figures(&gold_total), "score": gold_total }) },
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

/// The headline gold figures as numbers (null when not applicable).
fn gold_figures(s: &gold::GoldScore) -> Value {
    json!({
        "required_link_recall": s.required_links.value(),
        "all_link_recall": s.all_links.value(),
        "relation_accuracy": s.relation.value(),
        "conflict_recall": s.conflict.value(),
        "only_in_one": s.only.value(),
        "only_in_one_required": s.only_required.value(),
        "noise": s.noise.value(),
        "spurious_links": s.spurious_links,
        "facts": s.facts.value(),
        "not_facts": s.not_facts.value(),
        "variants": s.variants.value(),
    })
}

/// One fixture: its figures and, by name, everything it missed.
pub fn render_gold(r: &GoldResult) -> String {
    let s = &r.score;
    let mut o = format!("{}  ({}, engine {:.1} ms)\n", r.name, r.dir.display(), r.ms);
    let rows: [(&str, String); 11] = [
        ("required-link recall", s.required_links.to_string()),
        ("all-link recall", s.all_links.to_string()),
        ("relation accuracy", s.relation.to_string()),
        ("conflict recall", s.conflict.to_string()),
        (
            "only-in-one",
            format!("{}   required: {}", s.only, s.only_required),
        ),
        ("noise + metadata", s.noise.to_string()),
        ("spurious links", s.spurious_links.to_string()),
        ("facts found", s.facts.to_string()),
        ("not-facts kept out", s.not_facts.to_string()),
        ("variants", s.variants.to_string()),
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

/// Every fixture on one line, then the total.
pub fn gold_table(results: &[GoldResult], total: &gold::GoldScore) -> String {
    let w = results
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(5)
        .max(5);
    let head = [
        "req.links",
        "all.links",
        "relation",
        "conflict",
        "only-in-1",
        "noise",
        "spur",
        "facts",
        "not-facts",
        "variants",
    ];
    let mut o = format!("{:<w$}", "fixture");
    for h in head {
        o.push_str(&format!(" {h:>12}"));
    }
    o.push_str("  ms\n");
    let line = |name: &str, s: &gold::GoldScore, ms: Option<f64>| {
        let cells = [
            cell(s.required_links),
            cell(s.all_links),
            cell(s.relation),
            cell(s.conflict),
            cell(s.only),
            cell(s.noise),
            s.spurious_links.to_string(),
            cell(s.facts),
            cell(s.not_facts),
            cell(s.variants),
        ];
        let mut l = format!("{name:<w$}");
        for c in cells {
            l.push_str(&format!(" {c:>12}"));
        }
        l.push_str(&ms.map(|m| format!("  {m:.0}")).unwrap_or_default());
        l.push('\n');
        l
    };
    for r in results {
        o.push_str(&line(&r.name, &r.score, Some(r.ms)));
    }
    o.push_str(&line(
        "TOTAL",
        total,
        Some(results.iter().map(|r| r.ms).sum()),
    ));
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

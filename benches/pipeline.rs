//! Throughput, growth and memory of `storydiff::compare`, against a floor and a peer.
//!
//!   cargo bench --bench pipeline                      every size up to 10 MB per side, and the cliff cases
//!   cargo bench --bench pipeline -- --max 1MB         stop at 1 MB per side
//!   cargo bench --bench pipeline -- --help            all options
//!
//! Floor: one UAX #29 word-boundary pass (unicode_segmentation's split_word_bounds) over both sides,
//! the least any pipeline that looks at words must do. Peer: similar's TextDiff::from_words, a plain
//! word diff. Memory: a counting allocator wrapped around System records the peak of live heap bytes
//! while compare runs (the two inputs, already allocated, are not counted).
//!
//! Writes target/bench-inputs/<case>.{a,b}.txt and target/bench-native.json for scripts/bench-wasm.mjs.
//! See docs/PERFORMANCE.md.

#[path = "common/gen.rs"]
mod gen;

use gen::{Corpus, Kind, Lang, Pair};
use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashMap;
use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};
use unicode_segmentation::UnicodeSegmentation;

// ---- counting allocator ----------------------------------------------------------------------------

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = System.alloc(l);
        if !p.is_null() {
            grew(l.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(l);
        if !p.is_null() {
            grew(l.size());
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        System.dealloc(p, l);
        LIVE.fetch_sub(l.size(), Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = System.realloc(p, l, new);
        if !q.is_null() {
            if new >= l.size() {
                grew(new - l.size());
            } else {
                LIVE.fetch_sub(l.size() - new, Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Runs `f` and returns its result with the peak of heap bytes it held above what was live before.
fn with_peak<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let r = f();
    (r, PEAK.load(Relaxed).saturating_sub(base))
}

// ---- options -----------------------------------------------------------------------------------------

struct Args {
    min: usize,
    max: usize,
    langs: Vec<Lang>,
    kinds: Vec<Kind>,
    runs: Option<usize>,
    peer: bool,
    peer_limit: f64,
    compare_limit: f64,
    budget: f64,
    /// Every kind at 10 MB, not only the shuffled pair.
    full: bool,
    fixtures: Option<PathBuf>,
    cliff: bool,
    sizes: bool,
    stages: bool,
    write_inputs: bool,
    /// Only cases whose id contains one of these.
    only: Vec<String>,
}

const HELP: &str = "\
cargo bench --bench pipeline -- [options]
  --max SIZE         largest size per side (10KB, 100KB, 1MB, 10MB; default 10MB)
  --min SIZE         smallest size per side (default 10KB)
  --lang en,hi       languages (default both)
  --kind K,...       shuffled, subst10, unrelated (default all)
  --runs N           timed runs per case (default: 7 at 10 KB, 5 at 100 KB, 3 at 1 MB, 1 at 10 MB)
  --peer-limit SECS  skip the similar peer when it would take longer than this (default 60)
  --compare-limit S  skip a case when compare would take longer than this, judged from the
                     same series one size down (default 60)
  --budget SECS      stop starting new cases after this many seconds (default 360, so that
                     make bench with the wasm part stays near 10 minutes on 2 cores)
  --full             every kind at 10 MB (default: the shuffled pair only, to keep to the budget)
  --fixtures DIR     source texts from DIR/*/{a,b}.txt instead of tests/fixtures (a missing DIR
                     shows the fallbacks: ../shared's seed pair, then built-in paragraphs)
  --no-peer          do not run the similar peer at all
  --no-cliff         leave out the cliff cases (repetition, noise, cross-script)
  --only-cliff       only the cliff cases
  --no-stages        leave out the per-stage timing
  --case A,B         only the cases whose id contains A or B (e.g. en-unrelated, repeat, 1MB)
  --no-write         do not write target/bench-inputs/ and target/bench-native.json";

fn parse_args() -> Args {
    let mut a = Args {
        min: 10_000,
        max: 10_000_000,
        langs: vec![Lang::En, Lang::Hi],
        kinds: Kind::ALL.to_vec(),
        runs: None,
        peer: true,
        peer_limit: 60.0,
        compare_limit: 60.0,
        budget: 360.0,
        full: false,
        fixtures: None,
        cliff: true,
        sizes: true,
        stages: true,
        write_inputs: true,
        only: Vec::new(),
    };
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    let fail = |m: String| -> ! {
        eprintln!("pipeline bench: {m}\n\n{HELP}");
        std::process::exit(2)
    };
    let size = |v: Option<&String>, flag: &str| -> usize {
        v.and_then(|s| gen::parse_size(s))
            .unwrap_or_else(|| fail(format!("{flag} needs a size like 1MB")))
    };
    while i < argv.len() {
        let flag = argv[i].as_str();
        let val = argv.get(i + 1);
        match flag {
            // cargo bench passes --bench to every bench binary.
            "--bench" => {}
            "-h" | "--help" => {
                println!("{HELP}");
                std::process::exit(0)
            }
            "--max" => {
                a.max = size(val, flag);
                i += 1
            }
            "--min" => {
                a.min = size(val, flag);
                i += 1
            }
            "--lang" => {
                let v = val.unwrap_or_else(|| fail("--lang needs en, hi or en,hi".into()));
                a.langs = v
                    .split(',')
                    .map(|l| match l {
                        "en" => Lang::En,
                        "hi" => Lang::Hi,
                        _ => fail(format!("unknown language {l:?}")),
                    })
                    .collect();
                i += 1
            }
            "--kind" => {
                let v = val.unwrap_or_else(|| fail("--kind needs a list".into()));
                a.kinds = v
                    .split(',')
                    .map(|k| {
                        Kind::ALL
                            .into_iter()
                            .find(|x| x.name() == k)
                            .unwrap_or_else(|| fail(format!("unknown kind {k:?}")))
                    })
                    .collect();
                i += 1
            }
            "--runs" => {
                a.runs = Some(
                    val.and_then(|v| v.parse().ok())
                        .filter(|&n| n > 0)
                        .unwrap_or_else(|| fail("--runs needs a positive number".into())),
                );
                i += 1
            }
            "--peer-limit" => {
                a.peer_limit = val
                    .and_then(|v| v.parse().ok())
                    .unwrap_or_else(|| fail("--peer-limit needs seconds".into()));
                i += 1
            }
            "--case" => {
                a.only = val
                    .unwrap_or_else(|| fail("--case needs a list".into()))
                    .split(',')
                    .map(String::from)
                    .collect();
                i += 1
            }
            "--compare-limit" => {
                a.compare_limit = val
                    .and_then(|v| v.parse().ok())
                    .unwrap_or_else(|| fail("--compare-limit needs seconds".into()));
                i += 1
            }
            "--budget" => {
                a.budget = val
                    .and_then(|v| v.parse().ok())
                    .unwrap_or_else(|| fail("--budget needs seconds".into()));
                i += 1
            }
            "--full" => a.full = true,
            "--fixtures" => {
                a.fixtures =
                    Some(PathBuf::from(val.unwrap_or_else(|| {
                        fail("--fixtures needs a directory".into())
                    })));
                i += 1
            }
            "--no-peer" => a.peer = false,
            "--no-cliff" => a.cliff = false,
            "--only-cliff" => a.sizes = false,
            "--no-stages" => a.stages = false,
            "--no-write" => a.write_inputs = false,
            other if other.starts_with("--") => fail(format!("unknown option {other}")),
            // A bare word is cargo's name filter; this bench has one group, so it is accepted and ignored.
            _ => {}
        }
        i += 1;
    }
    a
}

fn default_runs(bytes_per_side: usize) -> usize {
    match bytes_per_side {
        0..=30_000 => 7,
        30_001..=300_000 => 5,
        300_001..=3_000_000 => 3,
        _ => 1,
    }
}

// ---- measuring ---------------------------------------------------------------------------------------

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time_runs<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut v = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let r = f();
        v.push(t.elapsed());
        drop(black_box(r));
    }
    median(v)
}

fn floor(a: &str, b: &str) -> usize {
    a.split_word_bounds().count() + b.split_word_bounds().count()
}

const STAGES: [&str; 6] = ["segment", "clean", "tokenize", "facts", "align", "classify"];
// clean = by phrases; facts = furniture by shape + facts; align = links, rescues, slots.

/// storydiff::compare, with each stage's time (through `compare_timed`, so the two never drift).
fn stage_times(a: &str, b: &str, opts: &storydiff::Options) -> ([Duration; 6], usize) {
    use storydiff::Stage;
    let mut t = [Duration::ZERO; 6];
    let mut clock = Instant::now();
    let report = storydiff::compare_timed(a, b, opts, &mut |stage| {
        let i = match stage {
            Stage::Segment => 0,
            Stage::Clean => 1,
            Stage::Normalize => 2,
            Stage::Facts => 3,
            Stage::Align => 4,
            Stage::Classify => 5,
        };
        t[i] = clock.elapsed();
        clock = Instant::now();
    });
    let links = report.links.len();
    black_box(report);
    (t, links)
}

struct Peer {
    /// Measured median, or None when skipped.
    measured: Option<Duration>,
    /// Extrapolated time when skipped.
    estimate: Option<f64>,
}

struct Result {
    pair_id: String,
    group: String,
    lang: String,
    kind: String,
    nominal: usize,
    bytes_a: usize,
    bytes_b: usize,
    runs: usize,
    compare: Duration,
    floor: Duration,
    peer: Option<Peer>,
    growth: Option<f64>,
    peak: usize,
    /// Per-stage times and the number of links the align stage kept (after link_identical, link_rescues and keep_needed).
    stages: Option<([Duration; 6], usize)>,
    units: (usize, usize),
    /// Distinct words of each side (how fast the generator's vocabulary grows).
    types: (usize, usize),
}

/// Seconds a run of similar would take at `next` bytes, from the last two measured (or estimated) sizes.
/// With a single point it assumes quadratic growth, which is what Myers' O(ND) gives when D grows with N.
fn extrapolate(history: &[(usize, f64)], next: usize) -> Option<f64> {
    let &(n1, t1) = history.last()?;
    let exp = if history.len() >= 2 {
        let (n0, t0) = history[history.len() - 2];
        if t0 > 0.0 && t1 > t0 && n1 > n0 {
            ((t1 / t0).ln() / (n1 as f64 / n0 as f64).ln()).clamp(1.0, 3.0)
        } else {
            2.0
        }
    } else {
        2.0
    };
    Some(t1 * (next as f64 / n1 as f64).powf(exp))
}

fn run_peer(p: &Pair, runs: usize, history: &mut Vec<(usize, f64)>, limit: f64) -> Peer {
    let n = p.a.len() + p.b.len();
    if let Some(est) = extrapolate(history, n) {
        if est > limit {
            history.push((n, est));
            return Peer {
                measured: None,
                estimate: Some(est),
            };
        }
    }
    // A slow peer (over 2 s) runs once; a fast one as often as compare does.
    let mut v = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        black_box(
            similar::TextDiff::from_words(p.a.as_str(), p.b.as_str())
                .ops()
                .len(),
        );
        v.push(t.elapsed());
        if v[0].as_secs_f64() > 2.0 {
            break;
        }
    }
    let d = median(v);
    history.push((n, d.as_secs_f64()));
    Peer {
        measured: Some(d),
        estimate: None,
    }
}

fn measure(
    p: &Pair,
    args: &Args,
    runs: usize,
    peer_hist: Option<&mut Vec<(usize, f64)>>,
    prev: Option<Duration>,
) -> Result {
    let opts = storydiff::Options::default();
    let (a, b) = (p.a.as_str(), p.b.as_str());
    // The first run doubles as warm-up and as the memory measurement. The counting allocator costs two
    // relaxed atomics per allocation, so a single-run case (10 MB) takes its time from this run too.
    let t = Instant::now();
    let (report, peak) = with_peak(|| storydiff::compare(a, b, &opts));
    let first = t.elapsed();
    let units = (report.a.units.len(), report.b.units.len());
    drop(report);
    // A case over a second is not repeated: its noise is small next to its length, and the budget counts.
    let runs = if first.as_secs_f64() > 1.0 { 1 } else { runs };
    let compare = if runs == 1 {
        first
    } else {
        time_runs(runs, || storydiff::compare(a, b, &opts))
    };
    let floor = time_runs(runs.max(3), || floor(a, b));
    let peer = peer_hist.map(|h| run_peer(p, runs, h, args.peer_limit));
    let stages = if args.stages {
        let all: Vec<([Duration; 6], usize)> =
            (0..runs.min(3)).map(|_| stage_times(a, b, &opts)).collect();
        // Per-stage median across runs.
        let mut med = [Duration::ZERO; 6];
        for (i, m) in med.iter_mut().enumerate() {
            *m = median(all.iter().map(|s| s.0[i]).collect());
        }
        Some((med, all[0].1))
    } else {
        None
    };
    Result {
        pair_id: p.id.clone(),
        group: p.group.clone(),
        lang: p.lang.clone(),
        kind: p.kind.clone(),
        nominal: p.nominal,
        bytes_a: a.len(),
        bytes_b: b.len(),
        runs,
        compare,
        floor,
        peer,
        growth: prev.map(|d| compare.as_secs_f64() / d.as_secs_f64()),
        peak,
        stages,
        units,
        types: (gen::types(a), gen::types(b)),
    }
}

// ---- printing ----------------------------------------------------------------------------------------

fn fmt_d(d: Duration) -> String {
    fmt_s(d.as_secs_f64())
}

fn fmt_s(s: f64) -> String {
    if s >= 10.0 {
        format!("{s:.1} s")
    } else if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.1} ms", s * 1e3)
    } else {
        format!("{:.0} µs", s * 1e6)
    }
}

fn fmt_bytes(n: usize) -> String {
    if n >= 10_000_000 {
        format!("{:.0} MB", n as f64 / 1e6)
    } else if n >= 1_000_000 {
        format!("{:.1} MB", n as f64 / 1e6)
    } else if n >= 1_000 {
        format!("{:.0} KB", n as f64 / 1e3)
    } else {
        format!("{n} B")
    }
}

const HEAD: [&str; 10] = [
    "case", "A+B", "compare", "floor", "×floor", "similar", "×peer", "growth", "peak mem",
    "peak/in",
];
const WIDTH: [usize; 10] = [24, 8, 9, 9, 7, 24, 7, 7, 9, 7];

fn row(cells: &[String]) -> String {
    let mut s = String::new();
    for (i, c) in cells.iter().enumerate() {
        let w = WIDTH[i];
        let pad = w.saturating_sub(c.chars().count());
        if i == 0 {
            s.push_str(c);
            s.push_str(&" ".repeat(pad));
        } else {
            s.push_str("  ");
            s.push_str(&" ".repeat(pad));
            s.push_str(c);
        }
    }
    s
}

fn print_head() {
    let h: Vec<String> = HEAD.iter().map(|s| s.to_string()).collect();
    let line = row(&h);
    println!("{line}");
    println!("{}", "-".repeat(line.chars().count()));
}

fn print_row(r: &Result, limit: f64) {
    let input = r.bytes_a + r.bytes_b;
    let c = r.compare.as_secs_f64();
    let (peer, ratio) = match &r.peer {
        None => ("-".to_string(), "-".to_string()),
        Some(Peer {
            measured: Some(d), ..
        }) => (fmt_d(*d), format!("{:.2}", c / d.as_secs_f64())),
        Some(Peer {
            estimate: Some(e), ..
        }) => (
            format!("skipped (>{limit:.0} s) ~{}", fmt_s(*e)),
            format!("~{:.3}", c / e),
        ),
        Some(_) => ("-".into(), "-".into()),
    };
    let cells = [
        r.pair_id.clone(),
        fmt_bytes(input),
        fmt_d(r.compare),
        fmt_d(r.floor),
        format!("{:.1}", c / r.floor.as_secs_f64().max(1e-9)),
        peer,
        ratio,
        r.growth
            .map(|g| format!("{g:.1}"))
            .unwrap_or_else(|| "-".into()),
        fmt_bytes(r.peak),
        format!("{:.1}", r.peak as f64 / input as f64),
    ];
    println!("{}", row(&cells));
    let _ = std::io::stdout().flush();
}

fn print_stages(results: &[Result]) {
    println!("\nPer stage (median of up to 3 runs; share of the stage sum; segment..facts cover both sides;\nalign = scored links, identical units, rescues, pruning, slots; links = links in the report; words = distinct words per side):");
    let mut head = format!("{:<24}", "case");
    for s in STAGES {
        head.push_str(&format!("  {s:>16}"));
    }
    head.push_str(&format!(
        "  {:>9}  {:>11}  {:>7}  {:>13}",
        "sum", "units A/B", "links", "words A/B"
    ));
    println!("{head}");
    println!("{}", "-".repeat(head.chars().count()));
    for r in results {
        let Some((st, links)) = r.stages else {
            continue;
        };
        let sum: f64 = st.iter().map(|d| d.as_secs_f64()).sum();
        let mut line = format!("{:<24}", r.pair_id);
        for d in st {
            let cell = format!(
                "{} {:>3.0}%",
                fmt_d(d),
                100.0 * d.as_secs_f64() / sum.max(1e-12)
            );
            line.push_str(&format!("  {cell:>16}"));
        }
        line.push_str(&format!(
            "  {:>9}  {:>11}  {:>7}  {:>13}",
            fmt_s(sum),
            format!("{}/{}", r.units.0, r.units.1),
            links,
            format!("{}/{}", r.types.0, r.types.1)
        ));
        println!("{line}");
    }
}

// ---- output files ------------------------------------------------------------------------------------

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { root.join(p) })
        .unwrap_or_else(|| root.join("target"))
}

fn write_input(dir: &Path, p: &Pair) {
    for (side, text) in [("a", &p.a), ("b", &p.b)] {
        let path = dir.join(format!("{}.{side}.txt", p.id));
        // Unchanged inputs are not rewritten: the wasm bench may be reading them in another shell.
        if std::fs::metadata(&path)
            .map(|m| m.len() as usize == text.len())
            .unwrap_or(false)
            && std::fs::read(&path)
                .map(|d| d == text.as_bytes())
                .unwrap_or(false)
        {
            continue;
        }
        std::fs::write(&path, text)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
}

fn to_json(
    results: &[Result],
    skipped: &[(String, &str, Option<f64>)],
    corpora: &[&Corpus],
    inputs_dir: &Path,
    started: Instant,
) -> serde_json::Value {
    use serde_json::json;
    let cases: Vec<_> = results
        .iter()
        .map(|r| {
            let peer = match &r.peer {
                Some(Peer {
                    measured: Some(d), ..
                }) => json!({ "ms": d.as_secs_f64() * 1e3 }),
                Some(Peer {
                    estimate: Some(e), ..
                }) => json!({ "skipped": true, "estimate_ms": e * 1e3 }),
                _ => serde_json::Value::Null,
            };
            let links = r.stages.map(|(_, n)| n);
            let stages = r.stages.map(|(st, _)| {
                let m: serde_json::Map<String, serde_json::Value> = STAGES
                    .iter()
                    .zip(st)
                    .map(|(n, d)| (n.to_string(), json!(d.as_secs_f64() * 1e3)))
                    .collect();
                serde_json::Value::Object(m)
            });
            json!({
                "id": r.pair_id,
                "group": r.group,
                "lang": r.lang,
                "kind": r.kind,
                "nominal": r.nominal,
                "bytes_a": r.bytes_a,
                "bytes_b": r.bytes_b,
                "a": format!("{}.a.txt", r.pair_id),
                "b": format!("{}.b.txt", r.pair_id),
                "runs": r.runs,
                "compare_ms": r.compare.as_secs_f64() * 1e3,
                "floor_ms": r.floor.as_secs_f64() * 1e3,
                "peer": peer,
                "growth": r.growth,
                "peak_bytes": r.peak,
                "units": [r.units.0, r.units.1],
                "types": [r.types.0, r.types.1],
                "stages_ms": stages,
                "links": links,
            })
        })
        .collect();
    json!({
        "storydiff": storydiff::version(),
        "inputs_dir": inputs_dir.display().to_string(),
        "cpus": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        "corpora": corpora.iter().map(|c| json!({"lang": c.lang.code(), "source": c.source, "bytes": c.bytes()})).collect::<Vec<_>>(),
        "seconds": started.elapsed().as_secs_f64(),
        "cases": cases,
        "skipped": skipped.iter().map(|(id, why, t)| json!({"id": id, "reason": why, "predicted_ms": t.map(|t| t * 1e3)})).collect::<Vec<_>>(),
    })
}

// ---- main --------------------------------------------------------------------------------------------

fn main() {
    let args = parse_args();
    let started = Instant::now();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let en = gen::load_corpus(Lang::En, &root, args.fixtures.as_deref());
    let hi = gen::load_corpus(Lang::Hi, &root, args.fixtures.as_deref());
    let target = target_dir(&root);
    let inputs_dir = target.join("bench-inputs");
    if args.write_inputs {
        std::fs::create_dir_all(&inputs_dir).expect("cannot create target/bench-inputs");
    }

    println!(
        "storydiff {} pipeline bench ({} cpus)",
        storydiff::version(),
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    );
    for c in [&en, &hi] {
        println!(
            "  {} source: {} ({} paragraphs in {} stories, {})",
            c.lang.code(),
            c.source,
            c.stories.iter().map(|s| s.len()).sum::<usize>(),
            c.stories.len(),
            fmt_bytes(c.bytes())
        );
    }
    println!("  compare = storydiff::compare, default options; floor = split_word_bounds over A and B; similar = TextDiff::from_words");
    println!("  ×floor = compare/floor; ×peer = compare/similar (below 1 is faster); growth = time / time at the 10× smaller size");
    println!("  peak mem = peak live heap above the inputs during compare; peak/in = that over A+B bytes\n");

    let corpus = |l: Lang| if l == Lang::En { &en } else { &hi };
    let mut results: Vec<Result> = Vec::new();
    let mut peer_hist: HashMap<String, Vec<(usize, f64)>> = HashMap::new();
    // Per series (language and kind): the last compare time and its growth over the size before.
    let mut last: HashMap<String, (Duration, Option<f64>)> = HashMap::new();
    let mut skipped: Vec<(String, &str, Option<f64>)> = Vec::new();

    let mut run_case = |p: Pair, series: String, results: &mut Vec<Result>| {
        if !args.only.is_empty() && !args.only.iter().any(|o| p.id.contains(o.as_str())) {
            return;
        }
        let runs = args
            .runs
            .unwrap_or_else(|| default_runs(p.a.len().max(p.b.len())));
        let hist = if args.peer {
            Some(peer_hist.entry(series.clone()).or_default())
        } else {
            None
        };
        // A series that grew superlinearly would blow the time budget one size up: predict, and skip.
        // The prediction stands in for the skipped time, so the next size up is judged from it.
        if let Some(&(t, growth)) = last.get(&series) {
            let g = growth.unwrap_or(10.0).max(10.0);
            let predicted = t.as_secs_f64() * g;
            if predicted > args.compare_limit {
                println!(
                    "{:<24}  skipped: compare predicted ~{} (over --compare-limit {} s)",
                    p.id,
                    fmt_s(predicted),
                    args.compare_limit
                );
                skipped.push((p.id.clone(), "compare-limit", Some(predicted)));
                last.insert(series, (Duration::from_secs_f64(predicted), Some(g)));
                return;
            }
        }
        if started.elapsed().as_secs_f64() > args.budget {
            println!(
                "{:<24}  skipped: time budget (--budget {} s) used up",
                p.id, args.budget
            );
            skipped.push((p.id.clone(), "budget", None));
            return;
        }
        if args.write_inputs {
            write_input(&inputs_dir, &p);
        }
        let r = measure(&p, &args, runs, hist, last.get(&series).map(|l| l.0));
        last.insert(series, (r.compare, r.growth));
        print_row(&r, args.peer_limit);
        results.push(r);
    };

    // Sizes up to 1 MB, then the cliff cases, then 10 MB: if the budget runs out, the biggest go.
    let sizes: Vec<usize> = [10_000, 100_000, 1_000_000, 10_000_000]
        .into_iter()
        .filter(|&n| n >= args.min && n <= args.max)
        .collect();
    let cases_of = |sizes: &[usize]| -> Vec<(Lang, Kind, usize)> {
        let mut v = Vec::new();
        for &size in sizes {
            for &lang in &args.langs {
                for &kind in &args.kinds {
                    // A 10 MB case costs a minute or more; one kind per language tells the growth.
                    if size >= 10_000_000
                        && !args.full
                        && kind != Kind::Shuffled
                        && args.kinds.len() > 1
                    {
                        continue;
                    }
                    v.push((lang, kind, size));
                }
            }
        }
        v
    };
    let (small, big): (Vec<usize>, Vec<usize>) = sizes.iter().partition(|&&n| n < 10_000_000);
    if args.sizes {
        println!("Sizes (bytes per side; shuffled = paragraphs reordered, subst10 = 1 word in 10 replaced, unrelated = different stories)");
        print_head();
        for (lang, kind, size) in cases_of(&small) {
            let p = gen::make_pair(corpus(lang), kind, size);
            run_case(p, format!("{}-{}", lang.code(), kind.name()), &mut results);
        }
    }

    if args.cliff {
        println!("\nCliff cases (repeat-xN = one body paragraph N times on both sides; noise = random letters, no punctuation, no line break; en-vs-hi = stories in two scripts)");
        print_head();
        for &lang in &args.langs {
            for times in [100, 1_000, 10_000] {
                // 10,000 repeats of a body paragraph is several MB a side; --max keeps it out of quick runs.
                let p = gen::repeated(corpus(lang), times);
                if p.a.len() > args.max {
                    continue;
                }
                run_case(p, format!("{}-repeat", lang.code()), &mut results);
            }
        }
        if args.langs.contains(&Lang::En) {
            for size in [100_000, 1_000_000] {
                if size <= args.max {
                    run_case(
                        gen::templated(&en, size),
                        "en-templated".into(),
                        &mut results,
                    );
                }
            }
        }
        for size in [100_000, 1_000_000] {
            if size <= args.max {
                run_case(gen::noise(size), "noise".into(), &mut results);
            }
        }
        for size in [100_000, 1_000_000] {
            if size <= args.max {
                run_case(
                    gen::cross_script(&en, &hi, size),
                    "cross".into(),
                    &mut results,
                );
            }
        }
    }

    if args.sizes && !big.is_empty() {
        println!("\nSizes, 10 MB per side (shuffled only unless --full; run last: the first to go when the budget runs out)");
        print_head();
        for (lang, kind, size) in cases_of(&big) {
            let p = gen::make_pair(corpus(lang), kind, size);
            run_case(p, format!("{}-{}", lang.code(), kind.name()), &mut results);
        }
    }

    if args.stages {
        print_stages(&results);
    }

    let total = started.elapsed();
    if args.write_inputs {
        let json = to_json(&results, &skipped, &[&en, &hi], &inputs_dir, started);
        let path = target.join("bench-native.json");
        std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap())
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        println!(
            "\nwrote {} and {} ({} cases)",
            path.display(),
            inputs_dir.display(),
            results.len()
        );
    }
    println!("bench took {}", fmt_d(total));
}

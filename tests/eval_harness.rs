//! Tests of the evaluation harness's scoring on tiny hand-made gold folders and hand-made reports, so they
//! hold whatever the engine's quality; plus end-to-end runs through `eval::run`.

use std::path::PathBuf;
use storydiff::eval::bench::{self, BenchLink, Record};
use storydiff::eval::gold;
use storydiff::eval::metrics::{fnv1a64, ranks, spearman, Confusion, Ratio, Split};
use storydiff::eval::{self, gate_failures};
use storydiff::report::*;

const A: &str = "Floods hit the north\n\nShare this story\n\nFloods killed 23 people on Tuesday. Roads were closed in Lakeside. The mayor resigned.\n";
const B: &str = "By Jane Roe\n\nFloods killed 27 people on Tuesday. Roads were shut in Lake Side. Schools stayed open.\n\nShare this story\n";

const GOLD: &str = r#"{
  "name": "tiny-flood",
  "links": [
    {"a": "Floods killed 23", "b": "Floods killed 27", "relation": "conflict", "required": true},
    {"a": "Roads were closed", "b": "Roads were shut", "relation": "same"},
    {"a": "Floods hit the north", "b": "Floods killed 27", "relation": "changed", "required": false}
  ],
  "only_a": [{"text": "The mayor resigned", "required": true}],
  "only_b": [{"text": "Schools stayed open", "required": true}],
  "noise_a": ["Share this story"],
  "noise_b": ["Share this story"],
  "metadata_b": ["By Jane Roe"],
  "facts": {
    "shared": ["Tuesday"],
    "only_a": ["Lakeside"],
    "not_facts_b": ["Jane Roe"],
    "conflicts": [{"a": "23", "b": "27"}]
  },
  "variants": [["Lakeside", "Lake Side"]]
}"#;

/// A fresh folder under the system temp dir, unique per test.
fn temp_dir(name: &str) -> PathBuf {
    // Tests run in parallel and may ask for the same name: a counter keeps their folders apart.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let d = std::env::temp_dir().join(format!("storydiff-eval-{}-{n}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write_fixture(name: &str, gold_json: &str) -> PathBuf {
    let d = temp_dir(name);
    std::fs::write(d.join("a.txt"), A).unwrap();
    std::fs::write(d.join("b.txt"), B).unwrap();
    std::fs::write(d.join("gold.json"), gold_json).unwrap();
    d
}

/// Units at the given pieces of `text`, in order.
fn units(text: &str, pieces: &[(&str, Kind)]) -> Vec<Unit> {
    pieces
        .iter()
        .enumerate()
        .map(|(id, (p, kind))| {
            let start = text.find(p).unwrap_or_else(|| panic!("{p:?} not in text"));
            Unit {
                id,
                start,
                end: start + p.len(),
                kind: *kind,
                status: Status::Only,
                marks: vec![],
            }
        })
        .collect()
}

fn mention(text: &str, piece: &str, value: &str) -> Mention {
    let start = text.find(piece).unwrap();
    Mention {
        start,
        end: start + piece.len(),
        value: value.into(),
    }
}

fn link(a: usize, b: usize, relation: Relation) -> Link {
    Link {
        a: vec![a],
        b: vec![b],
        relation,
        score: 0.7,
        conflicts: vec![],
        possible: vec![],
    }
}

fn report(links: Vec<Link>, facts: Vec<Fact>) -> Report {
    Report {
        version: 1,
        offsets: Offsets::Utf8,
        comparison: Comparison::Outlets,
        a: Side {
            units: units(
                A,
                &[
                    ("Floods hit the north", Kind::Title),
                    ("Share this story", Kind::Boilerplate),
                    ("Floods killed 23 people on Tuesday.", Kind::Text),
                    ("Roads were closed in Lakeside.", Kind::Text),
                    ("The mayor resigned.", Kind::Text),
                ],
            ),
        },
        b: Side {
            units: units(
                B,
                &[
                    ("By Jane Roe", Kind::Byline),
                    ("Floods killed 27 people on Tuesday.", Kind::Text),
                    ("Roads were shut in Lake Side.", Kind::Text),
                    ("Schools stayed open.", Kind::Text),
                    ("Share this story", Kind::Boilerplate),
                ],
            ),
        },
        links,
        facts,
        variants: vec![],
        summary: Summary::default(),
    }
}

fn good_report() -> Report {
    report(
        vec![link(2, 1, Relation::Conflict), link(3, 2, Relation::Same)],
        vec![
            Fact {
                kind: FactKind::Number,
                slot: None,
                status: FactStatus::Conflict,
                key: "killed".into(),
                a: vec![mention(A, "23", "23")],
                b: vec![mention(B, "27", "27")],
            },
            Fact {
                kind: FactKind::Date,
                slot: None,
                status: FactStatus::Shared,
                key: "tuesday".into(),
                a: vec![mention(A, "Tuesday", "tuesday")],
                b: vec![mention(B, "Tuesday", "tuesday")],
            },
            Fact {
                kind: FactKind::Name,
                slot: None,
                status: FactStatus::OnlyA,
                key: "lakeside".into(),
                a: vec![mention(A, "Lakeside", "lakeside")],
                b: vec![],
            },
        ],
    )
}

fn fixture() -> gold::Fixture {
    let d = write_fixture("load", GOLD);
    let fx = gold::load(&d).unwrap();
    std::fs::remove_dir_all(&d).ok();
    fx
}

#[test]
fn a_good_report_scores_full_marks_and_misses_only_the_optional_link() {
    let fx = fixture();
    assert_eq!(fx.name, "tiny-flood");
    let s = gold::score(&fx.a, &fx.b, &fx.gold, &good_report());
    // Table: (figure, expected hit, expected total).
    let table: [(&str, Ratio, usize, usize); 10] = [
        ("required links", s.required_links, 2, 2),
        ("all links", s.all_links, 2, 3),
        ("relation", s.relation, 2, 2),
        ("conflict (link + fact pair)", s.conflict, 2, 2),
        ("only-in-one", s.only, 2, 2),
        ("only-in-one required", s.only_required, 2, 2),
        ("noise + metadata", s.noise, 3, 3),
        ("facts", s.facts, 2, 2),
        ("not-facts", s.not_facts, 1, 1),
        ("variants (through the link)", s.variants, 1, 1),
    ];
    for (name, r, hit, total) in table {
        assert_eq!((r.hit, r.total), (hit, total), "{name}");
    }
    assert_eq!(s.spurious_links, 0);
    assert_eq!(s.misses.len(), 1, "{:#?}", s.misses);
    let m = &s.misses[0];
    assert_eq!((m.area, m.required), ("link", false));
    assert!(
        m.what.contains("A#0") && m.what.contains("B#1"),
        "{}",
        m.what
    );
    assert!(m.why.contains("A#0 linked to nothing"), "{}", m.why);
    assert!(gate_failures(&s).is_empty(), "{:?}", gate_failures(&s));
}

#[test]
fn a_bad_report_is_scored_down_and_every_miss_is_named() {
    let fx = fixture();
    let bad = report(
        vec![
            // The conflict called `same`: found, but the relation and the conflict are wrong.
            link(2, 1, Relation::Same),
            // Furniture linked to furniture, and the two one-side sentences linked to each other.
            link(1, 4, Relation::Same),
            link(4, 3, Relation::Changed),
        ],
        vec![
            Fact {
                kind: FactKind::Number,
                slot: None,
                status: FactStatus::OnlyA,
                key: "killed".into(),
                a: vec![mention(A, "23", "23")],
                b: vec![],
            },
            Fact {
                kind: FactKind::Name,
                slot: None,
                status: FactStatus::OnlyB,
                key: "jane roe".into(),
                a: vec![],
                b: vec![mention(B, "Jane Roe", "jane roe")],
            },
        ],
    );
    let s = gold::score(&fx.a, &fx.b, &fx.gold, &bad);
    assert_eq!((s.required_links.hit, s.required_links.total), (1, 2));
    assert_eq!((s.relation.hit, s.relation.total), (0, 1));
    assert_eq!((s.conflict.hit, s.conflict.total), (0, 2));
    assert_eq!((s.only.hit, s.only.total), (0, 2));
    assert_eq!(
        (s.noise.hit, s.noise.total),
        (1, 3),
        "the byline stays unlinked"
    );
    assert_eq!(s.spurious_links, 2);
    assert_eq!((s.facts.hit, s.facts.total), (0, 2));
    assert_eq!((s.not_facts.hit, s.not_facts.total), (0, 1));
    assert_eq!((s.variants.hit, s.variants.total), (0, 1));
    let areas: Vec<&str> = s.misses.iter().map(|m| m.area).collect();
    for want in [
        "link", "relation", "only", "noise", "spurious", "fact", "conflict", "not_fact", "variant",
    ] {
        assert!(areas.contains(&want), "no {want} miss in {areas:?}");
    }
    let fact_miss = s
        .misses
        .iter()
        .find(|m| m.area == "conflict" && m.what.contains("23"))
        .unwrap();
    assert!(
        fact_miss.why.contains("only_a"),
        "says how it was reported instead: {}",
        fact_miss.why
    );
    let fails = gate_failures(&s).join("; ");
    for gate in [
        "required-link recall",
        "only-in-one",
        "noise",
        "conflict recall",
        "spurious links",
    ] {
        assert!(fails.contains(gate), "gate {gate} not named in {fails}");
    }
}

#[test]
fn a_quote_missing_from_the_text_is_a_named_gold_error_and_a_miss() {
    let g = GOLD.replace("Roads were shut", "Roads were flooded");
    let d = write_fixture("badquote", &g);
    let fx = gold::load(&d).unwrap();
    std::fs::remove_dir_all(&d).ok();
    let s = gold::score(&fx.a, &fx.b, &fx.gold, &good_report());
    assert_eq!((s.required_links.hit, s.required_links.total), (1, 2));
    let m = s
        .misses
        .iter()
        .find(|m| m.area == "gold")
        .expect("gold error listed");
    assert!(m.why.contains("not found in B"), "{}", m.why);
}

#[test]
fn a_quote_is_held_by_the_unit_overlapping_its_first_byte() {
    let r = good_report();
    // "killed 23 people" starts inside unit 2; a span starting in the blank line falls to the next unit.
    let at = A.find("killed 23").unwrap();
    assert_eq!(gold::unit_at(&r.a.units, at, at + 9), Some(2));
    let blank = A.find("\n\nShare").unwrap();
    assert_eq!(gold::unit_at(&r.a.units, blank, blank + 10), Some(1));
}

#[test]
fn mentions_match_by_containment_without_cutting_numbers() {
    let m = |text: &str, value: &str| Mention {
        start: 0,
        end: text.len(),
        value: value.into(),
    };
    let cases: [(&str, &str, &str, bool); 8] = [
        ("Tuesday", "tuesday", "Tuesday", true),
        ("on Tuesday", "tuesday", "Tuesday", true),
        ("राजेश कुमार सिंह", "x", "सिंह", true),
        ("17", "17", "17वीं", true),
        ("27", "27", "7", false),
        ("2017", "2017", "17", false),
        ("१४", "14", "14", true),
        ("T", "t", "Tuesday", false),
    ];
    for (text, value, g, want) in cases {
        assert_eq!(
            gold::mention_matches(text, &m(text, value), g),
            want,
            "{text:?} / {value:?} vs {g:?}"
        );
    }
}

#[test]
fn missing_paths_are_skipped_with_a_note() {
    let mut out = Vec::new();
    let code = eval::run(&["/no/such/storydiff/path".into()], &mut out);
    let text = String::from_utf8(out).unwrap();
    assert_eq!(code, 0);
    assert!(
        text.contains("skipped: /no/such/storydiff/path not found"),
        "{text}"
    );
}

#[test]
fn bad_usage_exits_2() {
    for args in [
        vec![],
        vec!["--split".to_string(), "test".to_string(), "x".to_string()],
        vec!["--bogus".into(), "x".into()],
        vec!["--sensitivity".into(), "3".into(), "x".into()],
    ] {
        let mut out = Vec::new();
        assert_eq!(eval::run(&args, &mut out), 2, "{args:?}");
    }
    let a = eval::parse_args(&[
        "--split=calib".into(),
        "--limit".into(),
        "5".into(),
        "--gate".into(),
        "p".into(),
    ])
    .unwrap()
    .unwrap();
    assert_eq!(
        (a.split, a.limit, a.gate, a.paths.len()),
        (Split::Calib, Some(5), true, 1)
    );
}

#[test]
fn folders_are_discovered_and_duplicates_counted_once() {
    let root = temp_dir("discover");
    for name in ["one", "two"] {
        let d = root.join(name);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("a.txt"), A).unwrap();
        std::fs::write(d.join("b.txt"), B).unwrap();
        std::fs::write(d.join("gold.json"), GOLD).unwrap();
    }
    std::fs::write(root.join("x.jsonl"), "").unwrap();
    std::fs::write(root.join("notes.txt"), "").unwrap();
    let (targets, notes) = eval::discover(std::slice::from_ref(&root));
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(
        targets,
        vec![
            eval::Target::Gold(root.join("one")),
            eval::Target::Gold(root.join("two")),
            eval::Target::Bench(root.join("x.jsonl"))
        ]
    );
    // End to end with the real engine: the second copy of the same fixture is skipped, the run succeeds.
    let mut out = Vec::new();
    let code = eval::run(
        &[
            root.join("one").display().to_string(),
            root.join("two").display().to_string(),
        ],
        &mut out,
    );
    let text = String::from_utf8(out).unwrap();
    std::fs::remove_dir_all(&root).ok();
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("is the same fixture as"), "{text}");
    assert!(
        text.contains("required-link recall") && text.contains("TOTAL"),
        "{text}"
    );
}

#[test]
fn the_gate_fails_on_a_required_link_no_engine_can_find() {
    // The quote is only in A; B's side quotes a sentence B does not hold, so the link is always missed.
    let g = r#"{"name": "impossible", "links": [{"a": "Roads were closed", "b": "Bridges fell down", "relation": "same"}]}"#;
    let d = write_fixture("gate", g);
    let mut out = Vec::new();
    let code = eval::run(&["--gate".into(), d.display().to_string()], &mut out);
    std::fs::remove_dir_all(&d).ok();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("GATE FAIL impossible: required-link recall 0.000 < 0.95"),
        "{text}"
    );
}

#[test]
fn spearman_on_known_vectors() {
    assert_eq!(ranks(&[10.0, 30.0, 20.0, 20.0]), vec![1.0, 4.0, 2.5, 2.5]);
    let x = [1.0, 2.0, 3.0, 4.0, 5.0];
    // Ranks of y: 1, 2, 3.5, 5, 3.5 → rho = 8 / sqrt(10 * 9.5).
    let rho = spearman(&x, &[5.0, 6.0, 7.0, 8.0, 7.0]).unwrap();
    assert!((rho - 8.0 / 95f64.sqrt()).abs() < 1e-12, "{rho}");
    assert!((spearman(&x, &[1.0, 4.0, 9.0, 16.0, 25.0]).unwrap() - 1.0).abs() < 1e-12);
    assert!((spearman(&x, &[5.0, 4.0, 3.0, 2.0, 1.0]).unwrap() + 1.0).abs() < 1e-12);
    assert_eq!(
        spearman(&x, &[2.0; 5]),
        None,
        "a constant side has no correlation"
    );
    assert_eq!(spearman(&[1.0], &[1.0]), None);
}

#[test]
fn confusion_figures() {
    let mut c = Confusion::default();
    for (g, p) in [
        (true, true),
        (true, true),
        (true, false),
        (false, false),
        (false, true),
        (false, false),
        (false, false),
        (false, false),
    ] {
        c.push(g, p);
    }
    assert_eq!((c.tp, c.fn_, c.fp, c.tn), (2, 1, 1, 4));
    assert_eq!(c.accuracy(), Some(0.75));
    assert!((c.f1().unwrap() - 4.0 / 6.0).abs() < 1e-12);
    assert!((c.balanced_accuracy().unwrap() - (2.0 / 3.0 + 0.8) / 2.0).abs() < 1e-12);
    assert_eq!(Confusion::default().accuracy(), None);
}

#[test]
fn fnv_split_is_stable_and_halves_the_ids() {
    // Published FNV-1a 64 test vectors.
    assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    // "a" hashes even, so it is calibration data for good.
    assert_eq!(Split::of("a"), Split::Calib);
    let ids: Vec<String> = (0..2000).map(|i| format!("rec-{i}")).collect();
    let calib = ids.iter().filter(|id| Split::Calib.selects(id)).count();
    let report = ids.iter().filter(|id| Split::Report.selects(id)).count();
    assert_eq!(calib + report, ids.len(), "every id is in exactly one half");
    assert!(
        (900..=1100).contains(&calib),
        "halves are about even: {calib}"
    );
    assert!(ids.iter().all(|id| Split::All.selects(id)));
    assert!(ids.iter().all(|id| Split::of(id) == Split::of(&id.clone())));
}

fn record(
    doc_a: &[&str],
    doc_b: &[&str],
    links: &[(usize, usize, &str)],
    a_only: &[usize],
) -> Record {
    Record {
        id: "r".into(),
        lang: "en".into(),
        doc_a: doc_a.iter().map(|s| s.to_string()).collect(),
        doc_b: doc_b.iter().map(|s| s.to_string()).collect(),
        links: links
            .iter()
            .map(|&(a, b, l)| BenchLink {
                a: vec![a],
                b: vec![b],
                label: l.into(),
                score: None,
                edit_types: None,
            })
            .collect(),
        a_only: a_only.to_vec(),
        b_only: vec![],
        meta: serde_json::Value::Null,
    }
}

/// A run whose report has one text unit per sentence and the given links.
fn run_with(rec: &Record, links: Vec<Link>) -> bench::Run {
    let (a, sa) = bench::join(&rec.doc_a);
    let (b, sb) = bench::join(&rec.doc_b);
    let mk = |text: &str, doc: &[String]| -> Vec<Unit> {
        let pieces: Vec<(&str, Kind)> = doc.iter().map(|s| (s.as_str(), Kind::Text)).collect();
        units(text, &pieces)
    };
    let mut r = report(links, vec![]);
    r.a.units = mk(&a, &rec.doc_a);
    r.b.units = mk(&b, &rec.doc_b);
    let units_a = bench::sentence_units(&r.a.units, &sa);
    let units_b = bench::sentence_units(&r.b.units, &sb);
    bench::Run {
        a,
        b,
        report: r,
        units_a,
        units_b,
        elapsed: std::time::Duration::ZERO,
    }
}

#[test]
fn sentences_join_with_blank_lines_and_map_to_their_units() {
    let (text, starts) = bench::join(&["One.".into(), "  Two.".into(), "".into()]);
    assert_eq!(text, "One.\n\n  Two.\n\n");
    assert_eq!(starts, vec![Some(0), Some(8), None]);
}

#[test]
fn paraphrase_pairs_count_same_links_and_fillers() {
    let rec = record(
        &["A zero.", "A one.", "A filler."],
        &["B zero.", "B one."],
        &[(0, 0, "shared"), (1, 1, "related_not_equivalent")],
        &[2],
    );
    // Gold shared linked `same`, gold related linked `changed`, filler unlinked: all right.
    let run = run_with(
        &rec,
        vec![link(0, 0, Relation::Same), link(1, 1, Relation::Changed)],
    );
    let mut s = bench::ParaphraseScore::default();
    bench::score_paraphrase(&rec, &run, &mut s);
    assert_eq!((s.same.tp, s.same.tn, s.same.fp, s.same.fn_), (1, 1, 0, 0));
    assert_eq!(
        (s.linked.tp, s.linked.fp),
        (1, 1),
        "linked-at-all calls the related pair positive"
    );
    assert_eq!((s.only.hit, s.only.total), (1, 1));
    assert_eq!((s.spurious_links, s.unpaired_links), (0, 0));
    // Now the filler is linked and the shared pair is linked `changed`.
    let run = run_with(
        &rec,
        vec![
            link(0, 0, Relation::Changed),
            link(2, 1, Relation::Same),
            link(1, 0, Relation::Same),
        ],
    );
    let mut s = bench::ParaphraseScore::default();
    bench::score_paraphrase(&rec, &run, &mut s);
    assert_eq!((s.same.tp, s.same.fn_, s.same.tn), (0, 1, 1));
    assert_eq!((s.only.hit, s.only.total), (0, 1));
    assert_eq!((s.spurious_links, s.unpaired_links), (1, 1));
}

#[test]
fn conflict_pairs_count_unlinked_and_conflict_links_as_conflict() {
    let cases: [(&str, Option<Relation>, bool); 6] = [
        ("conflict", Some(Relation::Conflict), true),
        ("conflict", None, true),
        ("conflict", Some(Relation::Changed), false),
        ("shared", Some(Relation::Same), false),
        ("shared", Some(Relation::Changed), false),
        ("shared", None, true),
    ];
    let mut s = bench::ConflictScore::default();
    for (label, rel, _) in cases {
        let mut rec = record(
            &["Ten people died."],
            &["Twelve people died."],
            &[(0, 0, label)],
            &[],
        );
        rec.links[0].edit_types = Some(vec!["entity_modification".into()]);
        let run = run_with(&rec, rel.map(|r| vec![link(0, 0, r)]).unwrap_or_default());
        bench::score_conflict(&rec, &run, &mut s);
    }
    let c = s.overall;
    assert_eq!((c.tp, c.fn_, c.tn, c.fp), (2, 1, 2, 1));
    assert_eq!(c.balanced_accuracy(), Some((2.0 / 3.0 + 2.0 / 3.0) / 2.0));
    let by = s.by_edit_type["entity_modification"];
    assert_eq!((by.hit, by.total), (2, 3));
    assert_eq!(s.conflict_calls["unlinked"], 1);
}

#[test]
fn similarity_uses_the_best_link_score_and_zero_when_unlinked() {
    let mut s = bench::SimilarityScore::default();
    for (gold, linked) in [(4.5, Some(0.9f32)), (3.0, Some(0.5)), (0.5, None)] {
        let mut rec = record(&["x"], &["y"], &[(0, 0, "shared")], &[]);
        rec.links[0].score = Some(gold);
        let links = linked
            .map(|sc| {
                vec![Link {
                    score: sc,
                    ..link(0, 0, Relation::Same)
                }]
            })
            .unwrap_or_default();
        bench::score_similarity(&rec, &run_with(&rec, links), &mut s);
    }
    assert_eq!(
        s.points.iter().map(|p| p.0 as f32).collect::<Vec<_>>(),
        vec![0.9, 0.5, 0.0]
    );
    assert!((s.spearman().unwrap() - 1.0).abs() < 1e-12);
}

#[test]
fn shared_material_loads_and_scores_when_present() {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if !shared.is_dir() {
        eprintln!(
            "skipped: {} not found (the harness runs without it)",
            shared.display()
        );
        return;
    }
    let mut out = Vec::new();
    let args: Vec<String> = ["--json", "--limit", "3"]
        .iter()
        .map(|s| s.to_string())
        .chain(
            [shared.join("fixtures"), shared.join("benchmarks")]
                .iter()
                .map(|p| p.display().to_string()),
        )
        .collect();
    let code = eval::run(&args, &mut out);
    let v: serde_json::Value = serde_json::from_slice(&out).expect("--json prints one JSON object");
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["errors"], serde_json::json!([]));
    assert!(
        v["gold"].as_array().is_some_and(|g| !g.is_empty()),
        "the seed pair was scored"
    );
    for b in v["benchmarks"].as_array().unwrap() {
        assert!(b["records_scored"].as_u64().unwrap() <= 3, "{b}");
        assert!(b["figures"].is_object());
    }
}

//! Tests of the evaluation harness's scoring on tiny hand-made gold folders and hand-made reports, so they
//! hold whatever the engine's quality; plus end-to-end runs through `eval::run`.

use std::collections::BTreeMap;
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
fn a_one_digit_count_matches_gold_told_with_its_counter_where_it_stands() {
    // (side text, gold, want): the mention is the text's first character.
    let cases = [
        ("還有9名受傷", "9名", true),
        ("共有 7 名消防人員受傷", "7 名", true),
        ("9名受傷", "9名受傷送醫", false),
        ("at 6:05 a.m.", "6am", false),
        ("6 people and 6am", "6am", false),
        ("19名", "19名", false),
    ];
    for (text, g, want) in cases {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap();
        let m = Mention {
            start: at,
            end: at + 1,
            value: text[at..at + 1].into(),
        };
        assert_eq!(
            gold::mention_matches(text, &m, g),
            want,
            "{text:?} vs {g:?}"
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

// ---- groups, kinds, new metrics, cross-validation, --set ----

use std::cell::RefCell;
use storydiff::eval::cv;
use storydiff::eval::gold::GoldScore;
use storydiff::eval::meta::{self, KindSource, PairKind};
use storydiff::tuning::{Tuning, PARAMS};

/// The README table of `../shared/fixtures/realworld-dev` in its own format (trimmed), plus a second
/// table in the `scenario` layout of `tests/fixtures/README.md` and a table with neither column.
const README: &str = r#"# Pairs

| folder | lang | kind | A | B | what diverges | cuts |
|---|---|---|---|---|---|---|
| rw-hi-hathras | hi | two outlets | pardesh24.com/?p=1158 | x | dead 120 vs 87 \| more | None |
| rw-hi-unrelated-bus | hi | unrelated (same site) | a | b | two accidents | A: cut |
| `rw-en-grenfell-pa` | en (UK) | same wire story, two versions | a | b | c | d |
| `rw-ja-haneda-nhk` | ja | same outlet, updated article | a | b | c | d |
| `rw-fr-unrelated-cyclones` | fr | **different events** that look alike | a | b | c | d |
| `rw-ar-derna` | ar | two outlets (two phone-ins by the same spokesman on the same day) | a | b | c | d |
| rw-xx-odd | xx | something else entirely | a | b | c | d |

Some prose between tables.

| fixture | language | scenario | what it tests |
|---|---|---|---|
| `en-correction` | en | one article before and after a correction | x |
| `en-template-unrelated` | en | two unrelated stories from the same site template | x |
| `en-reformatted` | en | the same story, reformatted | x |
| `seed-defence-mou` | hi | India–Israel defence MoU, two outlets (shared seed, copied verbatim) | x |

| name | value |
|---|---|
| rw-hi-hathras | versions |
"#;

#[test]
fn kinds_are_read_from_readme_tables_with_or_without_backticks() {
    let rows = meta::parse_readme(README);
    let kind = |name: &str| {
        rows.get(name)
            .and_then(|r| r.kind.as_deref())
            .and_then(PairKind::from_description)
    };
    let cases: [(&str, Option<PairKind>); 12] = [
        ("rw-hi-hathras", Some(PairKind::Outlets)),
        ("rw-hi-unrelated-bus", Some(PairKind::Different)),
        ("rw-en-grenfell-pa", Some(PairKind::Versions)),
        ("rw-ja-haneda-nhk", Some(PairKind::Versions)),
        ("rw-fr-unrelated-cyclones", Some(PairKind::Different)),
        ("rw-ar-derna", Some(PairKind::Outlets)),
        ("rw-xx-odd", None),
        ("en-correction", Some(PairKind::Versions)),
        ("en-template-unrelated", Some(PairKind::Different)),
        ("en-reformatted", Some(PairKind::Versions)),
        ("seed-defence-mou", Some(PairKind::Outlets)),
        ("not-in-any-table", None),
    ];
    for (name, want) in cases {
        assert_eq!(kind(name), want, "{name}: {:?}", rows.get(name));
    }
    // The escaped pipe stays inside its cell, so the columns after it are not shifted.
    assert_eq!(
        rows["rw-hi-hathras"].kind.as_deref(),
        Some("two outlets"),
        "a table without a kind column does not overwrite the first"
    );
    assert_eq!(
        rows["rw-en-grenfell-pa"].language.as_deref(),
        Some("en (UK)")
    );
    assert_eq!(meta::language_code("en (UK)").as_deref(), Some("en"));
    assert_eq!(
        meta::language_code("zh (Traditional)").as_deref(),
        Some("zh")
    );
}

#[test]
fn pair_meta_prefers_the_readme_then_gold_then_the_links() {
    let rows = meta::parse_readme(README);
    let gold_of = |json: &str| -> gold::Gold { serde_json::from_str(json).unwrap() };
    let linked = r#"{"language": "hi", "links": [{"a": "x", "b": "y", "relation": "same"}]}"#;
    // README row wins over gold's kind field.
    let mut g = gold_of(linked);
    g.kind = Some("versions".into());
    let m = meta::pair_meta("rw-hi-unrelated-bus", &g, &rows);
    assert_eq!(
        (m.kind, m.kind_source, m.language.as_str()),
        (PairKind::Different, KindSource::Readme, "hi")
    );
    // No README row: gold's kind field.
    let m = meta::pair_meta("elsewhere", &g, &rows);
    assert_eq!(
        (m.kind, m.kind_source),
        (PairKind::Versions, KindSource::Gold)
    );
    // Neither: links make outlets, no links make different; a README row naming no kind falls back too.
    let m = meta::pair_meta("elsewhere", &gold_of(linked), &rows);
    assert_eq!(
        (m.kind, m.kind_source),
        (PairKind::Outlets, KindSource::Fallback)
    );
    let m = meta::pair_meta("rw-xx-odd", &gold_of(r#"{"links": []}"#), &rows);
    assert_eq!(
        (m.kind, m.kind_source, m.language.as_str()),
        (PairKind::Different, KindSource::Fallback, "xx"),
        "the README's lang column when gold has none"
    );
    let m = meta::pair_meta("nowhere", &gold_of("{}"), &BTreeMap::new());
    assert_eq!(m.language, "?");
}

#[test]
fn the_shared_dev_readme_gives_the_kinds_it_announces() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/realworld-dev");
    if !dir.join("README.md").is_file() {
        eprintln!("skipped: {} not found", dir.display());
        return;
    }
    let rows = meta::readme_rows(&dir);
    let mut count: BTreeMap<PairKind, usize> = BTreeMap::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if !p.join("gold.json").is_file() {
            continue;
        }
        let fx = gold::load(&p).unwrap();
        let folder = p.file_name().unwrap().to_string_lossy().into_owned();
        let m = meta::pair_meta(&folder, &fx.gold, &rows);
        assert_eq!(
            m.kind_source,
            KindSource::Readme,
            "{folder} has a README row"
        );
        assert_ne!(m.language, "?", "{folder}");
        *count.entry(m.kind).or_default() += 1;
    }
    // "23 pairs of two outlets on one event, 6 pairs of one article in two versions, 3 pairs of two
    // different events" (the README's own words).
    assert_eq!(
        count,
        BTreeMap::from([
            (PairKind::Outlets, 23),
            (PairKind::Versions, 6),
            (PairKind::Different, 3)
        ])
    );
}

#[test]
fn the_fold_split_is_the_parity_of_the_folder_names_fnv_hash() {
    for name in ["a", "foobar", "rw-hi-hathras", "rw-ja-haneda-nhk", ""] {
        assert_eq!(
            cv::half_of(name) as u64,
            fnv1a64(name.as_bytes()) % 2,
            "{name}"
        );
    }
    // fnv1a64("a") = 0xaf63dc4c8601ec8c is even; fnv1a64("foobar") = 0x85944171f73967e8 is even too.
    assert_eq!(cv::half_of("a"), 0);
    let names: Vec<String> = (0..400).map(|i| format!("rw-xx-{i}")).collect();
    let odd = names.iter().filter(|n| cv::half_of(n) == 1).count();
    assert!((150..=250).contains(&odd), "halves are about even: {odd}");
    assert_eq!((cv::half_name(0), cv::half_name(1)), ("even", "odd"));
}

/// Folder names, at least three in each half.
fn folders_in_both_halves(n: usize) -> Vec<String> {
    let names: Vec<String> = (0..n).map(|i| format!("pair-{i}")).collect();
    for h in 0..2 {
        assert!(
            names.iter().filter(|f| cv::half_of(f) == h).count() >= 3,
            "pick more names"
        );
    }
    names
}

fn one_link(hit: bool) -> GoldScore {
    let mut s = GoldScore::default();
    s.required_links.push(hit);
    s.all_links.push(hit);
    s
}

#[test]
fn cross_validation_never_tunes_on_the_half_it_reports() {
    let folders = folders_in_both_halves(12);
    let half: Vec<usize> = folders.iter().map(|f| cv::half_of(f)).collect();
    let base = Tuning::default();
    let p = &PARAMS[0];
    let d = p.get(&base);
    // The odd pairs are right only at a value of the first threshold that is not its default; the even
    // pairs are right whatever it is. Tuning that saw an odd pair would move it.
    let poison = p
        .grid()
        .into_iter()
        .rev()
        .find(|v| (v - d).abs() > 1e-3)
        .unwrap();
    let scorer = |i: usize, t: &Tuning| one_link(half[i] == 0 || (p.get(t) - poison).abs() < 1e-6);
    let in_sample: Vec<GoldScore> = (0..folders.len()).map(|i| scorer(i, &base)).collect();
    let calls: RefCell<Vec<(usize, f32)>> = RefCell::new(Vec::new());
    let c = cv::cross_validate(&folders, &in_sample, &base, |i, t| {
        calls.borrow_mut().push((i, p.get(t)));
        scorer(i, t)
    })
    .expect("both halves hold pairs");
    assert_eq!(c.half, half);
    assert_eq!((c.folds[0].tuned_on, c.folds[1].tuned_on), (0, 1));
    let t0 = p.get(&c.folds[0].tuned.tuning);
    let t1 = p.get(&c.folds[1].tuned.tuning);
    assert_eq!(
        t0, d,
        "tuned on the even half, which does not care: stays at the default"
    );
    assert_eq!(
        t1, poison,
        "tuned on the odd half: moved to the odd pairs' value"
    );
    // The calls come in four blocks: tune on even, report odd with the even tuning, tune on odd,
    // report even with the odd tuning; each reported pair is scored exactly once.
    let calls = calls.into_inner();
    let evens: Vec<usize> = (0..half.len()).filter(|&i| half[i] == 0).collect();
    let odds: Vec<usize> = (0..half.len()).filter(|&i| half[i] == 1).collect();
    let first_odd = calls.iter().position(|c| half[c.0] == 1).unwrap();
    assert!(first_odd > 0, "tuning comes first");
    let report_odd = &calls[first_odd..first_odd + odds.len()];
    assert_eq!(report_odd.iter().map(|c| c.0).collect::<Vec<_>>(), odds);
    assert!(report_odd.iter().all(|c| c.1 == t0));
    let rest = &calls[first_odd + odds.len()..];
    let tune_odd_len = rest.iter().position(|c| half[c.0] == 0).unwrap();
    assert!(rest[..tune_odd_len].iter().all(|c| half[c.0] == 1));
    let report_even = &rest[tune_odd_len..];
    assert_eq!(report_even.iter().map(|c| c.0).collect::<Vec<_>>(), evens);
    assert!(report_even.iter().all(|c| c.1 == t1));
    // Out of fold: the odd pairs were scored with the even half's (default) value, so they miss.
    for (i, s) in c.out_of_fold.iter().enumerate() {
        assert_eq!(s.required_links.hit, usize::from(half[i] == 0), "pair {i}");
    }
    assert!(c.folds[1].tuned.objective_tuned > c.folds[1].tuned.objective_base);
    // One pair alone cannot be cross-validated.
    assert!(cv::cross_validate(&folders[..1], &in_sample[..1], &base, scorer).is_none());
}

#[test]
fn tuning_keeps_the_default_on_ties_and_follows_a_real_gain() {
    let base = Tuning::default();
    let mut n = 0;
    let flat = cv::tune(&[0, 1], &base, &mut |_, _: &Tuning| {
        n += 1;
        one_link(true)
    });
    assert_eq!(flat.tuning, base, "nothing to gain: every threshold stays");
    assert_eq!(flat.passes, 1);
    assert_eq!(
        n,
        2 * flat.evaluations,
        "each tuning is scored once per pair (memoised)"
    );
    // A scorer that prefers the largest value of the last threshold.
    let p = PARAMS.last().unwrap();
    let top = *p.grid().last().unwrap();
    let t = cv::tune(&[0], &base, &mut |_, t: &Tuning| one_link(p.get(t) == top));
    assert_eq!(p.get(&t.tuning), top);
    assert!(PARAMS[..PARAMS.len() - 1]
        .iter()
        .all(|q| q.get(&t.tuning) == q.get(&base)));
}

#[test]
fn the_objective_is_the_mean_of_the_recalls_less_the_penalties() {
    let mut s = GoldScore {
        required_links: Ratio::new(3, 4),
        all_links: Ratio::new(1, 2),
        only: Ratio::new(1, 1),
        noise: Ratio::new(0, 1),
        ..GoldScore::default()
    };
    // conflict n/a: left out of the mean.
    assert!((cv::objective(&s) - (0.75 + 0.5 + 1.0 + 0.0) / 4.0).abs() < 1e-12);
    s.spurious_links = 2;
    s.false_conflicts = 1;
    let want = 0.5625 - 2.0 * cv::SPURIOUS_PENALTY - cv::FALSE_CONFLICT_PENALTY;
    assert!((cv::objective(&s) - want).abs() < 1e-12);
}

fn clash(kind: &str, a: &str, b: &str) -> Clash {
    Clash {
        kind: kind.into(),
        slot: None,
        a: mention(A, a, a),
        b: mention(B, b, b),
    }
}

fn fact(status: FactStatus, a: &str, b: &str) -> Fact {
    Fact {
        kind: FactKind::Number,
        slot: None,
        status,
        key: format!("{a}/{b}"),
        a: vec![mention(A, a, a)],
        b: vec![mention(B, b, b)],
    }
}

#[test]
fn false_conflicts_are_counted_against_gold() {
    let fx = fixture();
    let r = report(
        vec![
            // The gold conflict: right.
            Link {
                conflicts: vec![clash("number", "23", "27")],
                ..link(2, 1, Relation::Conflict)
            },
            // Gold calls these two `same`: false.
            link(3, 2, Relation::Conflict),
            // Two sentences gold calls only-in-one: false (and spurious).
            link(4, 3, Relation::Conflict),
            // A changed link between the same only-in-one sentences: spurious, not a conflict.
            link(4, 3, Relation::Changed),
        ],
        vec![
            fact(FactStatus::Conflict, "23", "27"),
            // Tuesday is a gold shared fact: a conflict on it is false.
            fact(FactStatus::Conflict, "Tuesday", "Tuesday"),
            // Neither a gold conflict pair nor a shared fact: gold says nothing, not counted.
            fact(FactStatus::Conflict, "Lakeside", "Lake Side"),
        ],
    );
    let s = gold::score(&fx.a, &fx.b, &fx.gold, &r);
    assert_eq!(s.false_conflicts, 3, "{:#?}", s.misses);
    assert_eq!(s.spurious_links, 2);
    assert_eq!((s.conflict.hit, s.conflict.total), (2, 2));
    let named: Vec<&str> = s
        .misses
        .iter()
        .filter(|m| m.area == "false_conflict")
        .map(|m| m.why.as_str())
        .collect();
    assert!(
        named
            .iter()
            .any(|w| w.contains("gold calls A#3 ↔ B#2 same")),
        "{named:?}"
    );
    assert!(named.iter().any(|w| w.contains("only-in-one")), "{named:?}");
    assert!(named.iter().any(|w| w.contains("\"Tuesday\"")), "{named:?}");
    // The good report has none.
    assert_eq!(
        gold::score(&fx.a, &fx.b, &fx.gold, &good_report()).false_conflicts,
        0
    );
}

#[test]
fn in_a_pair_of_two_different_events_every_link_is_spurious_and_every_conflict_false() {
    // Gold of two different events: no links, no conflict pairs (the rest as in GOLD).
    let d = write_fixture(
        "different",
        r#"{"name": "two-events", "links": [], "only_a": [{"text": "The mayor resigned"}],
            "noise_a": ["Share this story"], "facts": {"only_a": ["Lakeside"]}}"#,
    );
    let fx = gold::load(&d).unwrap();
    std::fs::remove_dir_all(&d).ok();
    let mut r = good_report();
    let s = gold::score_as(&fx.a, &fx.b, &fx.gold, &r, PairKind::Different);
    assert_eq!(
        s.spurious_links, 2,
        "both links, though only the first touches nothing gold lists"
    );
    // The conflicting link, and the conflicting fact (no gold pair, no shared value: still false).
    assert_eq!(s.false_conflicts, 2, "{:#?}", s.misses);
    assert_eq!((s.different_stories.hit, s.different_stories.total), (0, 1));
    // Held as two outlets, gold says nothing about those links or that fact.
    let s = gold::score_as(&fx.a, &fx.b, &fx.gold, &r, PairKind::Outlets);
    assert_eq!((s.spurious_links, s.false_conflicts), (0, 0));
    assert_eq!(
        gold::score(&fx.a, &fx.b, &fx.gold, &r).spurious_links,
        2,
        "no links in gold: the kind falls back to different"
    );
    r.summary.different_stories = true;
    let s = gold::score_as(&fx.a, &fx.b, &fx.gold, &r, PairKind::Different);
    assert_eq!((s.different_stories.hit, s.different_stories.total), (1, 1));
    let s = gold::score_as(&fx.a, &fx.b, &fx.gold, &r, PairKind::Outlets);
    assert_eq!(
        s.different_stories.hit, 0,
        "flagged, but the pair is one event"
    );
}

#[test]
fn conflicts_reported_only_as_possible_are_counted_apart_and_not_found() {
    let fx = fixture();
    let r = report(
        vec![
            Link {
                possible: vec![clash("number", "23", "27")],
                ..link(2, 1, Relation::Changed)
            },
            link(3, 2, Relation::Same),
        ],
        vec![fact(FactStatus::PossibleConflict, "23", "27")],
    );
    let s = gold::score(&fx.a, &fx.b, &fx.gold, &r);
    assert_eq!((s.conflict.hit, s.conflict.total), (0, 2));
    assert_eq!(s.possible_conflicts, 2, "the link and the fact pair");
    assert_eq!(s.false_conflicts, 0);
    assert!(s
        .misses
        .iter()
        .any(|m| m.area == "conflict" && m.why.contains("only as a possible conflict")));
    // Without the possible clash and fact, nothing is possible.
    let s = gold::score(
        &fx.a,
        &fx.b,
        &fx.gold,
        &report(vec![link(2, 1, Relation::Changed)], vec![]),
    );
    assert_eq!(s.possible_conflicts, 0);
}

#[test]
fn the_comparison_is_held_to_the_kind() {
    let fx = fixture();
    let mut r = good_report();
    for (kind, comparison, ok) in [
        (PairKind::Outlets, Comparison::Outlets, true),
        (PairKind::Versions, Comparison::Versions, true),
        (PairKind::Versions, Comparison::Outlets, false),
        (PairKind::Different, Comparison::Outlets, true),
        (PairKind::Different, Comparison::Versions, false),
    ] {
        r.comparison = comparison;
        let s = gold::score_as(&fx.a, &fx.b, &fx.gold, &r, kind);
        assert_eq!(
            s.comparison,
            Ratio::new(usize::from(ok), 1),
            "{kind:?} {comparison:?}"
        );
    }
}

#[test]
fn scores_add_up_per_language() {
    let a = GoldScore {
        required_links: Ratio::new(1, 2),
        false_conflicts: 1,
        possible_conflicts: 2,
        different_stories: Ratio::new(1, 1),
        ..GoldScore::default()
    };
    let b = GoldScore {
        required_links: Ratio::new(3, 3),
        spurious_links: 4,
        comparison: Ratio::new(0, 1),
        ..GoldScore::default()
    };
    let aggs = eval::aggregate([
        ("hi".to_string(), &a),
        ("en".to_string(), &b),
        ("hi".to_string(), &b),
    ]);
    let keys: Vec<&str> = aggs.iter().map(|x| x.key.as_str()).collect();
    assert_eq!(keys, ["en", "hi"]);
    let hi = &aggs[1];
    assert_eq!(hi.pairs, 2);
    assert_eq!(hi.score.required_links, Ratio::new(4, 5));
    assert_eq!(
        (
            hi.score.false_conflicts,
            hi.score.possible_conflicts,
            hi.score.spurious_links
        ),
        (1, 2, 4)
    );
    assert_eq!(hi.score.different_stories, Ratio::new(1, 1));
    assert_eq!(hi.score.comparison, Ratio::new(0, 1));
}

/// A group folder with a README and pairs in two languages and two kinds, folder names in both halves.
fn write_group() -> (PathBuf, Vec<String>) {
    let root = temp_dir("group");
    let group = root.join("deep").join("set");
    let names = folders_in_both_halves(8);
    let mut readme = String::from("| folder | lang | kind |\n|---|---|---|\n");
    for (i, n) in names.iter().enumerate() {
        let d = group.join(n);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("a.txt"), A).unwrap();
        std::fs::write(d.join("b.txt"), B).unwrap();
        let lang = if i % 2 == 0 { "en" } else { "fr" };
        let g = GOLD.replacen(
            "\"name\": \"tiny-flood\"",
            &format!("\"name\": \"{n}\", \"language\": \"{lang}\""),
            1,
        );
        std::fs::write(d.join("gold.json"), g).unwrap();
        let kind = if i < 3 {
            "same article, two versions"
        } else {
            "two outlets"
        };
        readme.push_str(&format!("| `{n}` | {lang} | {kind} |\n"));
    }
    std::fs::write(group.join("README.md"), readme).unwrap();
    (root, names)
}

#[test]
fn groups_are_found_at_any_depth_and_reported_per_language_kind_and_fold() {
    let (root, names) = write_group();
    // The root and a folder inside it: each gold folder is evaluated once.
    let args: Vec<String> = vec![
        "--json".into(),
        "--cv".into(),
        root.display().to_string(),
        root.join("deep").display().to_string(),
    ];
    let mut out = Vec::new();
    let code = eval::run(&args, &mut out);
    std::fs::remove_dir_all(&root).ok();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(code, 0, "{v:#}");
    let groups = v["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1, "{v:#}");
    let g = &groups[0];
    assert!(g["dir"].as_str().unwrap().ends_with("set"));
    assert_eq!(g["pairs"], 8);
    let ins = &g["in_sample"];
    assert_eq!(ins["by_language"]["en"]["pairs"], 4);
    assert_eq!(ins["by_language"]["fr"]["pairs"], 4);
    assert_eq!(ins["by_kind"]["versions"]["pairs"], 3);
    assert_eq!(ins["by_kind"]["outlets"]["pairs"], 5);
    assert_eq!(ins["total"]["pairs"], 8);
    // Per-language counts add up to the total.
    let total_req = ins["total"]["score"]["required_links"]["total"]
        .as_u64()
        .unwrap();
    let by_lang: u64 = ins["by_language"]
        .as_object()
        .unwrap()
        .values()
        .map(|x| x["score"]["required_links"]["total"].as_u64().unwrap())
        .sum();
    assert_eq!((total_req, by_lang), (16, 16));
    for p in v["gold"].as_array().unwrap() {
        assert_eq!(p["kind_source"], "readme", "{p}");
        let want = cv::half_name(cv::half_of(p["folder"].as_str().unwrap()));
        assert_eq!(p["half"], want);
        assert!(p["figures"]["false_conflicts"].is_u64());
        assert!(p["figures"]["different_stories_accuracy"].is_number());
    }
    // Cross-validation: every folder in exactly one half, two folds, out-of-fold figures per pair.
    let c = &g["cv"];
    let mut halves: Vec<String> = ["even", "odd"]
        .iter()
        .flat_map(|h| c["halves"][h].as_array().unwrap().iter())
        .map(|x| x.as_str().unwrap().to_string())
        .collect();
    halves.sort();
    let mut want = names.clone();
    want.sort();
    assert_eq!(halves, want);
    assert_eq!(c["folds"].as_array().unwrap().len(), 2);
    for f in c["folds"].as_array().unwrap() {
        for p in PARAMS {
            assert!(f["tuning"][p.name].is_number(), "{} in {f}", p.name);
        }
    }
    assert_eq!(c["pairs"].as_array().unwrap().len(), 8);
    assert_eq!(c["out_of_fold"]["total"]["pairs"], 8);
    assert!(c["out_of_fold"]["by_language"]["fr"].is_object());
}

#[test]
fn the_same_fixture_in_two_groups_is_scored_in_each() {
    let root = temp_dir("two-groups");
    for g in ["own", "shared"] {
        let d = root.join(g).join("seed");
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("a.txt"), A).unwrap();
        std::fs::write(d.join("b.txt"), B).unwrap();
        std::fs::write(d.join("gold.json"), GOLD).unwrap();
    }
    let mut out = Vec::new();
    let code = eval::run(
        &[
            "--json".into(),
            "--cv".into(),
            root.join("own").display().to_string(),
            root.join("shared").display().to_string(),
        ],
        &mut out,
    );
    std::fs::remove_dir_all(&root).ok();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(code, 0);
    assert_eq!(v["groups"].as_array().unwrap().len(), 2);
    assert_eq!(v["gold"].as_array().unwrap().len(), 2);
    assert!(v["skipped"].to_string().contains("scored in both groups"));
    // One pair: no cross-validation, with the reason.
    assert!(v["groups"][0]["cv"].is_null());
    assert!(v["groups"][0]["cv_note"]
        .as_str()
        .unwrap()
        .contains("a half is empty"));
}

#[test]
fn set_parses_names_from_params_and_changes_the_run() {
    let p = &PARAMS[0];
    assert_eq!(
        eval::parse_set(&format!("{}=0.55", p.name)),
        Ok((p.name.to_string(), 0.55))
    );
    assert_eq!(
        eval::parse_set(&format!(" {} = 0.3 ", p.name)),
        Ok((p.name.to_string(), 0.3))
    );
    let e = eval::parse_set("no_such_threshold=1").unwrap_err();
    assert!(e.contains("unknown threshold") && e.contains(p.name), "{e}");
    for bad in [
        "link_dice",
        "link_dice=abc",
        "link_dice=NaN",
        "link_dice=inf",
    ] {
        assert!(eval::parse_set(bad).is_err(), "{bad}");
    }
    // Both spellings on the command line; the later one wins.
    let a = eval::parse_args(&[
        "--set".into(),
        format!("{}=0.3", p.name),
        format!("--set={}=0.35", p.name),
        "--cv".into(),
        "x".into(),
    ])
    .unwrap()
    .unwrap();
    assert!(a.cv);
    assert_eq!(a.set.len(), 2);
    let t = eval::base_tuning(&a.set);
    assert_eq!(p.get(&t), 0.35);
    assert!(PARAMS[1..]
        .iter()
        .all(|q| q.get(&t) == q.get(&Tuning::default())));
    let mut out = Vec::new();
    assert_eq!(
        eval::run(&["--set".into(), "bogus=1".into(), "x".into()], &mut out),
        2
    );
    // End to end on a project fixture: the JSON carries the changed threshold, and thresholds past
    // any likeness unlink sentences the default links.
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/en-flood-toll");
    let run_json = |extra: &[&str]| -> serde_json::Value {
        let mut args: Vec<String> = vec!["--json".into()];
        args.extend(extra.iter().map(|s| s.to_string()));
        args.push(d.display().to_string());
        let mut out = Vec::new();
        assert_eq!(eval::run(&args, &mut out), 0);
        serde_json::from_slice(&out).unwrap()
    };
    let plain = run_json(&[]);
    let strict = run_json(&[
        "--set",
        "link_dice=5",
        "--set",
        "link_contain=5",
        "--set",
        "link_best_contain=5",
    ]);
    assert_eq!(strict["tuning"]["link_dice"], 5.0);
    assert_eq!(
        plain["tuning"]["link_dice"].as_f64().unwrap() as f32,
        Tuning::default().link_dice
    );
    let links = |v: &serde_json::Value| v["gold"][0]["score"]["all_links"]["hit"].as_u64().unwrap();
    assert!(
        links(&strict) < links(&plain),
        "{} vs {}",
        links(&strict),
        links(&plain)
    );
}

#[test]
fn help_lists_every_threshold() {
    let mut out = Vec::new();
    assert_eq!(eval::run(&["--help".into()], &mut out), 0);
    let text = String::from_utf8(out).unwrap();
    for p in PARAMS {
        assert!(text.contains(p.name), "{} missing from --help", p.name);
    }
    assert!(text.contains("--cv") && text.contains("--set NAME=VALUE"));
}

#[test]
fn group_totals_are_held_to_the_issue_targets() {
    use storydiff::eval::{Bound, TARGETS};
    assert!(Bound::Min(0.92).holds(0.92) && !Bound::Min(0.92).holds(0.919));
    assert!(Bound::Max(1.0).holds(1.0) && !Bound::Max(1.0).holds(2.0));
    let names: Vec<&str> = TARGETS.iter().map(|t| t.metric).collect();
    for m in [
        "required links",
        "all links",
        "conflicts",
        "furniture",
        "only-in-one",
        "relation accuracy",
        "spurious links",
    ] {
        assert!(names.contains(&m), "{m}");
    }
    let good = GoldScore {
        required_links: Ratio::new(96, 100),
        conflict: Ratio::new(9, 10),
        noise: Ratio::new(19, 20),
        ..GoldScore::default()
    };
    let bad = GoldScore {
        required_links: Ratio::new(91, 100),
        spurious_links: 2,
        ..good.clone()
    };
    let t = eval::targets_table(std::path::Path::new("set"), &good, Some(&bad));
    let line = |m: &str| t.lines().find(|l| l.starts_with(m)).unwrap().to_string();
    assert!(line("required links").contains("≥ 0.92 met/MISSED"), "{t}");
    assert!(line("required links").contains("≥ 0.95 met/MISSED"), "{t}");
    assert!(line("spurious links").contains("≤ 1 met/MISSED"), "{t}");
    assert!(line("all links").contains("n/a"), "{t}");
}

//! Property tests: `storydiff::compare` on generated text in many scripts, checked against the
//! report contract (docs/REPORT.md) rather than against expected answers.
//!
//! The runs are deterministic: a fixed ChaCha seed and a fixed number of cases, so CI sees the same
//! inputs every time and a failure reproduces with a plain `cargo test --test props`. Set
//! `STORYDIFF_PROP_CASES` to run more cases (the seed stays fixed; `STORYDIFF_PROP_SEED` changes it).
//!
//! The checks live in fuzz/invariants.rs, shared with the fuzz target and the hostile-input CLI
//! tests; every input the fuzzer ever crashed on is a named test at the end of this file.

#[path = "../fuzz/invariants.rs"]
mod invariants;

use invariants::{check_all, check_self_compare, check_terminal};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use storydiff::report::FactKind;
use storydiff::{compare, ComparisonMode, Options};

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const LATIN: &[&str] = &[
    "Floods",
    "killed",
    "people",
    "in",
    "the",
    "north",
    "on",
    "Tuesday",
    "Wednesday",
    "police",
    "said",
    "not",
    "no",
    "never",
    "rose",
    "fell",
    "Mr.",
    "Dr.",
    "U.S.",
    "Delhi",
    "Israel",
    "minister",
    "January",
    "2024",
    "Reuters",
    "AP",
    "Share",
    "Advertisement",
    "Updated",
    "By",
    "percent",
    "crore",
    "lakh",
    "million",
    "résumé",
    "naïve",
    "ﬁnal",
    "ŉ",
    "İstanbul",
    "ß",
    "STRASSE",
    "Ǆ",
];
const DEVANAGARI: &[&str] = &[
    "बाढ़",
    "में",
    "लोगों",
    "की",
    "मौत",
    "मंगलवार",
    "बुधवार",
    "पुलिस",
    "ने",
    "कहा",
    "नहीं",
    "इस्राइल",
    "इजरायल",
    "भारत",
    "सरकार",
    "लाख",
    "करोड़",
    "१४",
    "17वीं",
    "प्रधानमंत्री",
    "मोदी",
    "ज़्यादा",
    "क़",
    "क़",
];
const ARABIC: &[&str] = &[
    "قتل",
    "الثلاثاء",
    "الشرطة",
    "قال",
    "لا",
    "إسرائيل",
    "مليون",
    "٢٣",
    "۱۴",
    "بغداد",
];
const CJK: &[&str] = &[
    "洪水",
    "造成",
    "人死亡",
    "星期二",
    "警方",
    "表示",
    "不",
    "以色列",
    "二十三",
    "東京",
];
const OTHER: &[&str] = &[
    "ঢাকা",
    "বন্যা",
    "சென்னை",
    "ກຸງ",
    "กรุงเทพ",
    "Москва",
    "Αθήνα",
    "ירושלים",
    "ᠮᠣᠩᠭᠣᠯ",
    "한국",
];

/// Zero of each digit system, so a number can be written in any of them.
const DIGIT_ZEROS: &[char] = &[
    '0',
    '\u{0966}',
    '\u{0660}',
    '\u{06F0}',
    '\u{09E6}',
    '\u{0BE6}',
    '\u{0E50}',
    '\u{FF10}',
    '\u{1D7CE}',
    '\u{07C0}',
];

const ENDS: &[&str] = &[
    ". ", "। ", "॥ ", "。", "؟ ", "۔ ", "! ", "? ", "... ", "… ", ".\" ", "?! ", ".) ", "！", "？",
    ".”",
];
const SPACES: &[&str] = &[
    " ", " ", " ", "\n", "\n\n", "\n\n\n", "\t", "\r\n", "\r", "\u{00A0}", "\u{2028}", "\u{2029}",
    "\u{3000}", "\u{1680}", "\u{2003}", "\u{0085}", "\u{000B}", "\u{000C}",
];
/// Characters that look like nothing, or that steer rendering: each has broken a text tool somewhere.
const SPECIALS: &[&str] = &[
    "\0",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{202A}",
    "\u{202B}",
    "\u{202C}",
    "\u{202D}",
    "\u{202E}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{200E}",
    "\u{200F}",
    "\u{061C}",
    "\u{1B}[2J",
    "\u{1B}]0;pwned\u{7}",
    "\u{1B}[31m",
    "\u{9B}31m",
    "\u{7F}",
    "\u{FFFD}",
    "\u{FFFF}",
    "\u{10FFFF}",
    "👨\u{200D}👩\u{200D}👧\u{200D}👦",
    "🏳\u{FE0F}\u{200D}🌈",
    "👍🏽",
    "🇮🇳",
    "🇵🇸🇮🇱",
    "\u{0301}",
    "\u{093C}",
    "\u{094D}",
    "\u{0651}\u{064E}",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "\"",
    "'",
    "—",
    "–",
    "-",
    "(",
    ")",
    "[",
    "]",
    "%",
    "₹",
    "$",
    "•",
    "*",
    "#",
    "|",
    ":",
    ";",
    ",",
    "،",
    "、",
    "&amp;",
    "&lt;",
    "\\",
    "`",
    "_",
];
/// Markup that must stay text in every renderer.
const PAYLOADS: &[&str] = &[
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=\"window.__pwned=1\">",
    "<svg onload=window.__pwned=1>",
    "<a href=\"javascript:window.__pwned=1\">x</a>",
    "<style>*{background:url(//127.0.0.1/x)}</style>",
    "</textarea><script>window.__pwned=1</script>",
    "[x](javascript:alert(1))",
    "![x](http://127.0.0.1/x.png)",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(list).prop_map(str::to_string)
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => pick(LATIN),
        1 => "[a-zA-Z]{1,14}",
        4 => pick(DEVANAGARI),
        1 => "[\\u{0900}-\\u{097F}]{1,8}",
        2 => pick(ARABIC),
        1 => "[\\u{0600}-\\u{06FF}]{1,8}",
        2 => pick(CJK),
        1 => "[\\u{4E00}-\\u{9FFF}]{1,6}",
        1 => pick(OTHER),
    ]
}

fn number() -> impl Strategy<Value = String> {
    (
        proptest::sample::select(DIGIT_ZEROS),
        proptest::collection::vec(0u32..10, 1..8),
        proptest::sample::select(&["", "", ",", "."][..]),
        proptest::sample::select(
            &[
                "",
                "",
                "%",
                "वीं",
                "th",
                " लाख",
                " crore",
                " million",
                " लोग",
                " people",
            ][..],
        ),
    )
        .prop_map(|(zero, digits, sep, suffix)| {
            let mut s = String::new();
            for (i, d) in digits.iter().enumerate() {
                if i == 1 && !sep.is_empty() && digits.len() > 3 {
                    s.push_str(sep);
                }
                s.push(char::from_u32(zero as u32 + d).unwrap_or('0'));
            }
            s + suffix
        })
}

/// One base letter under a pile of combining marks.
fn combining_storm() -> impl Strategy<Value = String> {
    (
        "[a-zक]",
        "[\\u{0300}-\\u{036F}\\u{0900}-\\u{0903}\\u{093C}\\u{094D}]{1,60}",
    )
        .prop_map(|(b, m)| b + &m)
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        30 => word(),
        16 => pick(SPACES),
        7 => pick(ENDS),
        4 => number(),
        4 => pick(SPECIALS),
        1 => combining_storm(),
        1 => pick(PAYLOADS),
        2 => any::<char>().prop_map(String::from),
        1 => "[a-z]{40,300}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..160).prop_map(|p| p.concat())
}

/// Two sides: unrelated texts, or one text and an edited copy (the case the tool exists for).
fn pair() -> impl Strategy<Value = (String, String)> {
    let edited = (
        proptest::collection::vec(piece(), 0..160),
        proptest::collection::vec(
            (
                any::<proptest::sample::Index>(),
                prop_oneof![Just(String::new()), piece()],
            ),
            0..12,
        ),
    )
        .prop_map(|(base, edits)| {
            let a = base.concat();
            let mut b = base;
            for (at, with) in edits {
                if b.is_empty() {
                    b.push(with);
                } else {
                    let i = at.index(b.len());
                    b[i] = with;
                }
            }
            (a, b.concat())
        });
    prop_oneof![1 => (text(), text()), 2 => edited]
}

fn options() -> impl Strategy<Value = Options> {
    (
        prop_oneof![
            8 => 0.0f32..=1.0,
            1 => Just(0.0f32),
            1 => Just(1.0f32),
            // Callers outside the CLI (the JS API) can pass anything that is a number.
            1 => proptest::sample::select(&[f32::NAN, -1.0, 7.5, f32::INFINITY, f32::NEG_INFINITY, f32::MIN_POSITIVE][..]),
        ],
        proptest::sample::subsequence(FactKind::ALL.to_vec(), 0..=4),
        any::<bool>(),
        proptest::sample::select(&[ComparisonMode::Auto, ComparisonMode::Versions, ComparisonMode::Outlets][..]),
        // A reader's story/furniture corrections, ids past the end included.
        proptest::collection::vec(0usize..40, 0..4),
        proptest::collection::vec(0usize..40, 0..4),
    )
        .prop_map(|(sensitivity, fact_kinds, hide_furniture, comparison, story, furniture)| Options {
            sensitivity,
            fact_kinds,
            hide_furniture,
            label_a: "<b>A</b>".into(),
            label_b: "B\u{202E}".into(),
            comparison,
            story_a: story.clone(),
            story_b: furniture.clone(),
            furniture_a: furniture,
            furniture_b: story,
            ..Options::default()
        })
}

// ---------------------------------------------------------------------------------------------
// Runner: fixed seed, fixed budget
// ---------------------------------------------------------------------------------------------

fn runner() -> TestRunner {
    let cases = std::env::var("STORYDIFF_PROP_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256);
    let seed: u64 = std::env::var("STORYDIFF_PROP_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5107_D1FF);
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = Config {
        cases,
        // Failures are reproduced by the fixed seed, and a regression gets a named test below,
        // so nothing is written to a proptest-regressions file.
        failure_persistence: None,
        max_shrink_iters: 2048,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes))
}

fn run<S: Strategy>(strategy: S, test: impl Fn(S::Value) -> Result<(), String>)
where
    S::Value: std::fmt::Debug,
{
    let result = runner().run(&strategy, |v| test(v).map_err(TestCaseError::fail));
    if let Err(e) = result {
        panic!("{e}");
    }
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

/// Never panics, and the report keeps every promise of docs/REPORT.md, on any pair of texts.
#[test]
fn any_pair_gives_a_valid_report() {
    run((pair(), options()), |((a, b), o)| {
        let r = compare(&a, &b, &o);
        check_all(&a, &b, &o, &r)
    });
}

/// A text compared with itself: everything is told by both, nothing contradicts.
#[test]
fn a_text_compared_with_itself_is_all_same() {
    run(text(), |t| {
        let o = Options::default();
        let r = compare(&t, &t, &o);
        check_all(&t, &t, &o, &r)?;
        check_self_compare(&t, &r)
    });
}

/// `storydiff A B` prints the texts to a terminal: an escape sequence pasted from a web page
/// (ESC ] to retitle the window, ESC [ 2J to clear it) must print as something visible, not act.
#[test]
fn terminal_output_carries_no_control_sequences() {
    run(pair(), |(a, b)| {
        let o = Options::default();
        let r = compare(&a, &b, &o);
        check_terminal(&a, &b, &o, &r)
    });
}

/// One empty side is an ordinary input: the other side is all `only` (or furniture).
#[test]
fn one_empty_side_is_all_only() {
    run(text(), |t| {
        let o = Options::default();
        for (a, b) in [(t.as_str(), ""), ("", t.as_str())] {
            let r = compare(a, b, &o);
            check_all(a, b, &o, &r)?;
            if !r.links.is_empty() || !r.variants.is_empty() || r.summary.conflicts != 0 {
                return Err("an empty side cannot link, learn variants or conflict".into());
            }
            let full = if a.is_empty() { &r.b } else { &r.a };
            for u in &full.units {
                if u.kind.is_content() && u.status != storydiff::report::Status::Only {
                    return Err(format!(
                        "unit {} is {:?}, but the other side is empty",
                        u.id, u.status
                    ));
                }
            }
        }
        Ok(())
    });
}

/// Whitespace, NULs and invisible characters alone make no story content that could link or conflict.
#[test]
fn invisible_text_gives_an_empty_comparison() {
    let invisible = proptest::collection::vec(
        proptest::sample::select(
            &[
                " ", "\n", "\t", "\r\n", "\u{00A0}", "\u{3000}", "\u{2028}", "\u{000B}", "\u{0085}",
            ][..],
        ),
        0..200,
    )
    .prop_map(|v| v.concat());
    run((invisible.clone(), invisible), |(a, b)| {
        let o = Options::default();
        let r = compare(&a, &b, &o);
        check_all(&a, &b, &o, &r)?;
        if !r.a.units.is_empty()
            || !r.b.units.is_empty()
            || !r.links.is_empty()
            || !r.facts.is_empty()
        {
            return Err(format!("whitespace made units or facts: {r:?}"));
        }
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// Fixed inputs: shapes the generators reach rarely, and every crash the fuzzer found
// ---------------------------------------------------------------------------------------------

fn check_pair(a: &str, b: &str) {
    let o = Options::default();
    let r = compare(a, b, &o);
    if let Err(e) = check_all(a, b, &o, &r) {
        panic!("{e}\n a = {a:?}\n b = {b:?}");
    }
}

#[test]
fn empty_and_blank_inputs() {
    for (a, b) in [
        ("", ""),
        ("", " "),
        (" \n\t", ""),
        ("\n\n\n", "\r\n\r\n"),
        ("\u{3000}", "\u{00A0}"),
    ] {
        check_pair(a, b);
    }
}

#[test]
fn punctuation_only() {
    let p = "। ॥ 。 ؟ ۔ . ! ? … — – - ( ) [ ] “ ” « » , ; : ! ! ! ? ? ?\n...\n!!!";
    check_pair(p, p);
    check_pair(p, "");
    check_pair(".", "。");
    let o = Options::default();
    let r = compare(p, p, &o);
    check_self_compare(p, &r).unwrap();
}

#[test]
fn digits_of_many_scripts_only() {
    let a = "23 २३ ٢٣ ۲۳ ২৩ ௨௩ ๒๓ ２３ 𝟐𝟑\n1,00,000 1.000.000 ४,००,००० ٤٠٠٬٠٠٠";
    let b = "27 २७ ٢٧ ۲۷ ২৭ ௨௭ ๒๗ ２７ 𝟐𝟕\n1,00,000 1.000.000 ४,००,००० ٤٠٠٬٠٠٠";
    check_pair(a, b);
    check_pair(a, a);
}

#[test]
fn a_very_long_word_and_a_very_long_line() {
    let word = "क".repeat(20_000);
    let line = "Floods killed 23 people on Tuesday and ".repeat(500);
    check_pair(&word, &word);
    check_pair(&line, &format!("{line}."));
    // A long unit is cut; the cut must land on a char boundary even with no space anywhere.
    let no_space = "😀क\u{0301}".repeat(3000);
    check_pair(&no_space, "x");
}

#[test]
fn combining_marks_and_zwj_sequences() {
    let storm = format!("a{}", "\u{0301}".repeat(5000));
    check_pair(&storm, &storm);
    let zwj = "👨\u{200D}👩\u{200D}👧\u{200D}👦 ".repeat(200);
    check_pair(&zwj, "👨\u{200D}👩\u{200D}👧");
    check_pair("क\u{093C}\u{094D}\u{200D}", "क़्\u{200C}");
}

#[test]
fn bidi_controls_and_zero_width_inside_words() {
    let a = "Po\u{200B}lice said 2\u{200B}3 people died on Tues\u{200D}day. \u{202E}27 people died.\u{202C} इस्\u{200C}राइल";
    let b =
        "Police said 23 people died on Tuesday. 27 people died. इस्राइल \u{2066}\u{2067}\u{2068}";
    check_pair(a, b);
    check_pair(b, a);
}

#[test]
fn nul_bytes_in_the_api() {
    // The CLI refuses NULs, but the JS API and the library take any string.
    check_pair("Floods\0 killed 23.\0\0", "\0Floods killed 27.");
    check_pair("\0", "\0\0\0");
}

#[test]
fn many_short_sentences() {
    let a: String = (0..2000).map(|i| format!("Word{i}. ")).collect();
    let b: String = (0..2000).rev().map(|i| format!("Word{i}. ")).collect();
    check_pair(&a, &b);
}

#[test]
fn crlf_and_lone_cr_line_ends() {
    check_pair(
        "Title\r\n\r\nFloods killed 23.\r\nRoads closed.\r",
        "Title\rFloods killed 27.\r\r",
    );
}

/// Found by `a_text_compared_with_itself_is_all_same`: a unit links to its own copy and to a
/// similar unit that holds a negation (لا), and the similar one turned the identical pair into a conflict.
#[test]
fn self_compare_is_not_a_conflict_when_a_similar_unit_negates() {
    let t = "aกร\u{e38}งเทพFloods. 洪水لاกร\u{e38}งเทพقتل";
    let o = Options::default();
    let r = compare(t, t, &o);
    check_all(t, t, &o, &r).unwrap();
    check_self_compare(t, &r).unwrap();
}

/// Found by the fuzzer (160 artifacts in ten minutes, all this shape): a negation clash ("nor")
/// whose mention on the side without the negation was the empty span 0..0. The third pair is
/// the smallest artifact exactly; the first two are the same shape by hand.
#[test]
fn fuzz_negation_clash_mentions_are_never_empty() {
    check_pair("l", "l no");
    check_pair("Floods killed 23 people.", "Floods killed 23 people, no.");
    let a = format!(
        "Floods in the nor\r\nht\r\nFlood{}3 people on Tuesday.\r\nRoads were closed.\r\n",
        "\0".repeat(73)
    );
    let b = format!(
        "Floods in the north\r\n\r\nFl{}3 people on Tuesday.\r\nRowere closed.\r\n",
        "\0".repeat(17)
    );
    assert_eq!((a.len(), b.len()), (143, 80), "the artifact's sizes");
    check_pair(&a, &b);
}

/// Found by the fuzzer (strict run, minimized from 7,968 bytes to "nie\nnies"): two sentences that
/// are equal after normalization ("nots" folds to the key of "not", "nies" to that of "nie") but
/// only one holds a negation word. Compared with itself, each sentence linked to its exact copy
/// and to the other one, and the second link made both conflicts.
#[test]
fn fuzz_self_compare_with_sentences_equal_but_for_a_negation_word() {
    for t in [
        "nie\nnies",
        "The minister did not resign.\nThe minister did nots resign.",
    ] {
        let o = Options::default();
        let r = compare(t, t, &o);
        check_all(t, t, &o, &r).unwrap();
        if let Err(e) = check_self_compare(t, &r) {
            panic!("{e}\n t = {t:?}");
        }
    }
}

//! Decides what each link says (same, changed, conflict), each unit's status, each fact's status, and
//! builds the [`Report`].
//!
//! A conflict needs a slot: a number alone is not one. Two numbers clash only when the words around them
//! agree ("23 people died" / "27 people died"), not when they count different things ("23 died" / "64
//! rescued"). Weekdays, dates, names in the same place, a negation on one side only, and antonyms
//! ("increase" / "cut") clash too.

use crate::facts::{weekday, Facts, Found, Quantity};
use crate::lexicon::polarity::{NEGATIONS, NOT_NEGATIONS};
use crate::lexicon::{antonym_key, antonyms_of};
mod clash;
mod cover;
mod edits;
mod facts;
mod summary;

use crate::links::Aligned;
use crate::normalize::{Token, Tokens};
use crate::report::*;
use crate::segment::Unit as Seg;
use crate::Options;
use crate::SortExt;
use crate::{Map, Set};
use clash::clashes;
use cover::{coverage, Cover};
use facts::report_facts;
use summary::{judge_comparison, summarize};

/// One side as the earlier stages left it: its text, units, tokens and facts.
pub type SideInput<'a> = (&'a str, &'a [Seg], &'a Tokens, &'a Facts);

struct SideView<'a> {
    text: &'a str,
    units: &'a [Seg],
    toks: &'a [Vec<Token>],
    terms: &'a [Vec<u32>],
    facts: &'a [Found],
    quantities: &'a [Quantity],
    /// The language the side was read in.
    lang: crate::normalize::Lang,
    /// The slot of each quantity, by its unit and token: looked up for every number of every link.
    slot_at: Map<(usize, usize), crate::facts::Slot>,
    /// The amounts of money the side gives (their values' bits).
    money: Set<u64>,
    /// Every number the side's story tells (canonical values).
    numbers: Set<String>,
    /// Each unit's years (four digits, 1900 to 2100).
    years: &'a [Vec<i32>],
    /// Each unit with a number that places it at an earlier event in words ("last year").
    earlier_event: &'a [bool],
    /// Every word the side tells, and every two words run together, folded, without zero-width
    /// non-joiners ("حسن‌زاده" / "حسن زاده"): built the first time a quotation's speakers are
    /// compared, once for the side.
    words: std::cell::OnceCell<Set<String>>,
    /// Every word the side tells, folded, as written in its tokens: built the first time a name is
    /// completed (`clash::completions`), once for the side.
    vocabulary: std::cell::OnceCell<Set<&'a str>>,
}

impl SideView<'_> {
    /// Whether unit `u` tells an earlier year than the story's and not the story's own: "In
    /// September 2018 more than 220 people died when …", in a story of 2021.
    fn earlier(&self, u: usize, story_year: Option<i32>) -> bool {
        crate::facts::set_earlier(&self.years[u], story_year) || self.earlier_event[u]
    }
}

impl<'a> SideView<'a> {
    fn new((text, units, toks, facts): SideInput<'a>, terms: &'a [Vec<u32>]) -> SideView<'a> {
        let slot_at = facts
            .quantities
            .iter()
            .map(|q| ((q.unit, q.token), q.slot))
            .collect();
        let money = facts
            .quantities
            .iter()
            .filter(|q| q.slot == crate::facts::Slot::Money)
            .map(|q| q.value.to_bits())
            .collect();
        let numbers = units
            .iter()
            .zip(toks.iter())
            .filter(|(u, _)| u.kind.is_content())
            .flat_map(|(_, ts)| {
                ts.iter()
                    .filter_map(|t| t.num.as_ref().map(|n| n.canonical()))
            })
            .collect();
        SideView {
            years: &facts.years,
            earlier_event: &facts.earlier_event,
            text,
            units,
            toks,
            terms,
            facts: &facts.found,
            quantities: &facts.quantities,
            lang: toks.lang,
            slot_at,
            money,
            numbers,
            words: std::cell::OnceCell::new(),
            vocabulary: std::cell::OnceCell::new(),
        }
    }

    /// [`SideView::vocabulary`].
    fn vocabulary(&self) -> &Set<&'a str> {
        self.vocabulary.get_or_init(|| {
            self.toks
                .iter()
                .flatten()
                .map(|t| -> &'a str { &t.fold })
                .collect()
        })
    }

    /// [`SideView::words`].
    fn words(&self) -> &Set<String> {
        self.words.get_or_init(|| {
            let bare = |s: &str| -> String { s.chars().filter(|c| *c != '\u{200c}').collect() };
            let mut set = Set::default();
            for ts in self.toks {
                for (k, t) in ts.iter().enumerate() {
                    set.insert(bare(&t.fold));
                    if let Some(n) = ts.get(k + 1) {
                        set.insert(bare(&format!("{}{}", t.fold, n.fold)));
                    }
                }
            }
            set
        })
    }
}

/// Builds the report from both sides and their links.
pub fn build_report(sides: [SideInput<'_>; 2], al: &Aligned, options: &Options) -> Report {
    let [side_a, side_b] = sides;
    let sa = SideView::new(side_a, &al.terms_a);
    let sb = SideView::new(side_b, &al.terms_b);
    let story_year = crate::facts::story_year(side_a.3, side_b.3);

    // Partners of every unit.
    let mut partners_a: Vec<Vec<usize>> = vec![Vec::new(); sa.units.len()];
    let mut partners_b: Vec<Vec<usize>> = vec![Vec::new(); sb.units.len()];
    for p in &al.pairs {
        partners_a[p.a].push(p.b);
        partners_b[p.b].push(p.a);
    }
    let mut cover_a: Vec<Cover> = (0..sa.units.len())
        .map(|u| coverage(&sa, u, &sb, &partners_a[u], &al.idf))
        .collect();
    let mut cover_b: Vec<Cover> = (0..sb.units.len())
        .map(|u| coverage(&sb, u, &sa, &partners_b[u], &al.idf))
        .collect();

    let facts_by_unit_a = by_unit(sa.facts, sa.units);
    let facts_by_unit_b = by_unit(sb.facts, sb.units);
    // A looser sensitivity also calls more links "same".
    let same_cover = options.tuning.same_cover - (options.sensitivity.clamp(0.0, 1.0) - 0.5) * 0.6;
    let same = |c: &Cover| c.share >= same_cover;
    let mut links = Vec::with_capacity(al.pairs.len());
    // Quantities that clash by slot, by the pair of units that tell them.
    let mut slot_clashes: Map<(usize, usize), Vec<(Clash, bool)>> = Map::default();
    for c in &al.slot_clashes {
        let (x, y) = (&sa.quantities[c.a], &sb.quantities[c.b]);
        slot_clashes
            .entry((x.unit, y.unit))
            .or_default()
            .push((slot_clash(&sa, x, &sb, y), c.sure));
    }
    // Word-level diffs of the links that are mostly the same words (or, in versions mode, of
    // every link whose words are at least partly in one sequence).
    // Two outlets spell one name two ways without editing anything: their words are compared on
    // their terms (learned spellings joined). An article's versions are compared word for word.
    let by_terms = |p: &crate::links::Pair| {
        let (x, y) = (&sa.terms[p.a], &sb.terms[p.b]);
        edits::diff(&sa.toks[p.a], &sb.toks[p.b], |i, j| x[i] == y[j])
    };
    let diffs: Vec<Option<edits::Diff>> = al.pairs.iter().map(by_terms).collect();
    let verbatim = |d: &Option<edits::Diff>| {
        d.as_ref()
            .is_some_and(|d| d.verbatim() >= options.tuning.verbatim)
    };
    let comparison = match options.comparison {
        crate::ComparisonMode::Versions => Comparison::Versions,
        crate::ComparisonMode::Outlets => Comparison::Outlets,
        crate::ComparisonMode::Auto => {
            let near: Vec<(usize, usize)> = al
                .pairs
                .iter()
                .zip(&diffs)
                .filter(|(_, d)| {
                    d.as_ref()
                        .is_some_and(|d| d.verbatim() >= options.tuning.versions_verbatim)
                })
                .map(|(p, _)| (p.a, p.b))
                .collect();
            judge_comparison(&sa, &sb, &near, options.tuning.versions_share)
        }
    };
    let diffs: Vec<Option<edits::Diff>> = match comparison {
        Comparison::Outlets => diffs,
        Comparison::Versions => al
            .pairs
            .iter()
            .map(|p| {
                let (x, y) = (&sa.toks[p.a], &sb.toks[p.b]);
                edits::diff(x, y, |i, j| x[i].fold == y[j].fold)
            })
            .collect(),
    };
    let word_diff = |d: &Option<edits::Diff>| match comparison {
        Comparison::Versions => d.as_ref().is_some_and(|d| d.verbatim() >= 0.3),
        Comparison::Outlets => verbatim(d),
    };
    // Per unit: the words that every word-level diff of its links found changed.
    let mut changed_a: Vec<Option<Vec<bool>>> = vec![None; sa.units.len()];
    let mut changed_b: Vec<Option<Vec<bool>>> = vec![None; sb.units.len()];
    let and = |slot: &mut Option<Vec<bool>>, c: &[bool]| match slot {
        Some(v) => v.iter_mut().zip(c).for_each(|(x, &y)| *x &= y),
        None => *slot = Some(c.to_vec()),
    };
    let mut edits = 0usize;
    for (p, d) in al.pairs.iter().zip(&diffs) {
        let d = d.as_ref().filter(|_| word_diff(d));
        if let Some(d) = d {
            and(&mut changed_a[p.a], &d.changed_a);
            and(&mut changed_b[p.b], &d.changed_b);
            if comparison == Comparison::Versions {
                edits += d.hunks;
            }
        }
        let (mut clashes, possible) = clashes(
            &sa,
            &sb,
            p,
            &facts_by_unit_a,
            &facts_by_unit_b,
            &options.tuning,
            story_year,
            al.moments.contains(&(p.a, p.b)),
        );
        let mut possible = possible;
        for (c, sure) in slot_clashes.get(&(p.a, p.b)).into_iter().flatten() {
            if *sure {
                clashes.push(c.clone());
            } else {
                possible.push(c.clone());
            }
        }
        let relation = if !clashes.is_empty() {
            Relation::Conflict
        } else if !possible.is_empty() {
            // Values that may contradict each other are no same fact.
            Relation::Changed
        } else if let Some(d) = d.filter(|d| d.hunks == 0 || comparison == Comparison::Versions) {
            // An article's versions, mostly the same words: the same sentence only if no word
            // changed. Two outlets' sentences are judged on what each tells of the other (below):
            // "said Tuesday" / "said on Tuesday" is one fact told twice, its words still marked.
            if d.hunks == 0 {
                Relation::Same
            } else {
                Relation::Changed
            }
        } else if same(&cover_a[p.a])
            && same(&cover_b[p.b])
            // Each side gives a number the other lacks: two counts ("23 died" / "64 were rescued"),
            // not one fact with a detail dropped.
            && !(cover_a[p.a].untold_number && cover_b[p.b].untold_number)
        {
            Relation::Same
        } else {
            Relation::Changed
        };
        links.push(Link {
            a: vec![p.a],
            b: vec![p.b],
            relation,
            score: round3(p.score),
            conflicts: clashes,
            possible,
        });
    }
    links.ssort_by(|x, y| (x.a[0], x.b[0]).cmp(&(y.a[0], y.b[0])));

    // A word-level diff says which words changed; otherwise the words no partner tells are marked.
    for (c, cover) in changed_a.iter().zip(cover_a.iter_mut()) {
        if let Some(c) = c {
            cover.untold.clone_from(c);
        }
    }
    for (c, cover) in changed_b.iter().zip(cover_b.iter_mut()) {
        if let Some(c) = c {
            cover.untold.clone_from(c);
        }
    }
    let units_a = report_units(&sa, &links, |l| &l.a, &cover_a);
    let units_b = report_units(&sb, &links, |l| &l.b, &cover_b);
    let facts = report_facts(&sa, &sb, &links, &slot_clashes, options);
    let mut summary = summarize((sa.text, &units_a), (sb.text, &units_b), &links, &facts);
    summary.different_stories = al.different;
    summary.edits = edits;
    Report {
        version: SCHEMA_VERSION,
        offsets: Offsets::Utf8,
        comparison,
        a: Side { units: units_a },
        b: Side { units: units_b },
        links,
        facts,
        variants: al
            .variants
            .iter()
            .map(|(a, b)| Variant {
                a: a.clone(),
                b: b.clone(),
            })
            .collect(),
        summary,
    }
}

/// The clash of two quantities of one slot, as a report shows it.
fn slot_clash(sa: &SideView, x: &Quantity, sb: &SideView, y: &Quantity) -> Clash {
    // A count added up from two numbers ("90 passengers and 8 crew") is shown as its sum.
    let value = |s: &SideView, q: &Quantity| match s.toks[q.unit][q.token].num.as_ref() {
        Some(n) if n.value == q.value => n.canonical(),
        Some(_) => format!("{}", q.value),
        None => crate::normalize::fold(&s.text[q.start..q.end]),
    };
    Clash {
        kind: "number".into(),
        slot: Some(x.slot.as_str().to_string()),
        a: mention(sa.text, x.start, x.end, value(sa, x)),
        b: mention(sb.text, y.start, y.end, value(sb, y)),
    }
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// Each unit's facts. A quotation of several sentences is each of its units' ("«Эвакуация прошла
/// организованно. Сейчас главное — …», — заявил Виктор Лазарев": the speaker stands in the last).
fn by_unit<'f>(facts: &'f [Found], units: &[Seg]) -> Map<usize, Vec<&'f Found>> {
    let mut m: Map<usize, Vec<&Found>> = Map::default();
    for f in facts {
        m.entry(f.unit).or_default().push(f);
        if f.kind == FactKind::Quote {
            for (u, unit) in units.iter().enumerate().skip(f.unit + 1) {
                if unit.start >= f.end {
                    break;
                }
                m.entry(u).or_default().push(f);
            }
        }
    }
    m
}

fn report_units(
    side: &SideView,
    links: &[Link],
    ids: impl Fn(&Link) -> &Vec<usize>,
    cover: &[Cover],
) -> Vec<Unit> {
    let mut rel: Vec<Option<Relation>> = vec![None; side.units.len()];
    for l in links {
        for &u in ids(l) {
            rel[u] = Some(rel[u].map_or(l.relation, |r| worst(r, l.relation)));
        }
    }
    side.units
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let status = if !s.kind.is_content() {
                Status::Ignored
            } else {
                match rel[i] {
                    None => Status::Only,
                    Some(Relation::Conflict) => Status::Conflict,
                    Some(Relation::Changed) => Status::Changed,
                    Some(Relation::Same) => Status::Same,
                }
            };
            let marks = if matches!(status, Status::Changed | Status::Conflict) {
                marks(&side.toks[i], &cover[i].untold)
            } else {
                Vec::new()
            };
            Unit {
                id: i,
                start: s.start,
                end: s.end,
                kind: s.kind,
                status,
                marks,
            }
        })
        .collect()
}

/// Conflict outranks changed, changed outranks same.
fn worst(x: Relation, y: Relation) -> Relation {
    x.max(y)
}

/// Runs of adjacent untold tokens as spans.
fn marks(toks: &[Token], untold: &[bool]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut prev_marked = false;
    for (t, &u) in toks.iter().zip(untold) {
        if u {
            match out.last_mut() {
                // Bigrams and numerals of unspaced scripts overlap: an overlapping word extends.
                Some(last) if prev_marked || t.start < last.end => last.end = last.end.max(t.end),
                _ => out.push(Span {
                    start: t.start,
                    end: t.end,
                }),
            }
        }
        prev_marked = u || (prev_marked && t.stop);
    }
    out
}

fn mention(text: &str, start: usize, end: usize, value: String) -> Mention {
    debug_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
    Mention { start, end, value }
}

#[cfg(test)]
mod tests {
    use crate::report::{FactStatus, Relation, Status};
    use crate::{compare, Options};

    /// The values of every clash of `kind` in two texts' links: the sure ones, or the possible.
    fn clashes(a: &str, b: &str, kind: &str, sure: bool) -> Vec<(String, String)> {
        compare(a, b, &Options::default())
            .links
            .iter()
            .flat_map(|l| if sure { &l.conflicts } else { &l.possible })
            .filter(|c| c.kind == kind)
            .map(|c| (c.a.value.clone(), c.b.value.clone()))
            .collect()
    }

    /// `clashes` as the borrowed pairs a table of cases lists.
    fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
        v.iter().map(|(x, y)| (x.as_str(), y.as_str())).collect()
    }

    fn relation(a: &str, b: &str) -> Option<Relation> {
        let r = compare(a, b, &Options::default());
        r.links.first().map(|l| l.relation)
    }

    #[test]
    fn ordinals_of_one_noun_and_days_of_sentences_with_one_set_of_figures_clash() {
        // "88." is an ordinal inside a German sentence; two of one noun are one place in one order.
        assert_eq!(
            pairs(&clashes(
                "Den Siegtreffer erzielte Kevin Schuster in der 88. Minute per Kopf.",
                "Kevin Schuster köpfte in der 84. Minute den Siegtreffer.",
                "number",
                true
            )),
            [("88", "84")]
        );
        // The same figures besides the day: one claim, told of two days.
        assert_eq!(
            clashes(
                "Under the plan, the base fare on Eastport Regional Transit buses goes from $2.50 to $2.75 on March 1.",
                "The standard Eastport fare rises from $2.50 to $2.75 on April 1, the council said.",
                "date",
                true
            )
            .len(),
            1
        );
        // Punjabi arrests are a slot: two counts of the arrested clash across the texts.
        let r = compare(
            "ਧਰਨੇ ਤੋਂ ਬਾਅਦ ਦੇਰ ਸ਼ਾਮ ਤੱਕ ਕੁੱਲ 18 ਕਿਸਾਨਾਂ ਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਲਿਆ ਗਿਆ।",
            "ਪੁਲਿਸ ਮੁਤਾਬਕ ਕੁੱਲ 26 ਪ੍ਰਦਰਸ਼ਨਕਾਰੀਆਂ ਨੂੰ ਗ੍ਰਿਫ਼ਤਾਰ ਕੀਤਾ ਗਿਆ।",
            &Options::default(),
        );
        assert!(
            r.facts
                .iter()
                .any(|f| f.status == FactStatus::Conflict && f.key.contains("18")),
            "{:?}",
            r.facts
        );
    }

    #[test]
    fn a_day_the_other_side_also_tells_and_a_name_with_a_case_ending_are_no_conflict() {
        // B tells A's Wednesday too; its Monday is when the strike began.
        let a = "Unos 2.500 estibadores del puerto del Callao cumplen este miércoles el tercer día de una huelga que mantiene detenidas las operaciones de carga y descarga en el principal terminal marítimo del país.";
        let b = "La huelga de los estibadores del puerto del Callao entra este miércoles en su tercer día. La paralización, iniciada el lunes 12 de mayo, mantiene casi detenidas las operaciones de carga y descarga en el principal terminal marítimo del Perú.";
        assert!(clashes(a, b, "weekday", true).is_empty());
        // "ঘোষ" / "ঘোষের" (Ghosh / Ghosh's), "শুভঙ্কর" / "শুভংকর": one speaker.
        let a = "ফল ঘোষণার পরে তৃণমূলের জেলা সভাপতি শুভঙ্কর ঘোষ বলেন, “মানুষ উন্নয়নের পক্ষে রায় দিয়েছেন।”";
        let b =
            "ফল প্রকাশের পর তৃণমূলের জেলা সভাপতি শুভংকর ঘোষের প্রতিক্রিয়া, “উন্নয়নের পক্ষেই মানুষ রায় দিয়েছেন।”";
        assert!(clashes(a, b, "name", true).is_empty());
    }

    #[test]
    fn a_name_spelled_two_ways_is_one_fact() {
        let a = "भारत और इस्राइल ने समझौता किया। भारत-इस्राइल रक्षा सहयोग बढ़ा।";
        let b = "भारत और इजरायल ने समझौता किया। भारत-इजरायल रक्षा सहयोग बढ़ा।";
        let r = compare(a, b, &Options::default());
        assert_eq!(r.variants.len(), 1, "{:?}", r.variants);
        let israel: Vec<_> = r
            .facts
            .iter()
            .filter(|f| f.key == "इस्राइल" || f.key == "इजरायल")
            .collect();
        assert_eq!(
            israel.len(),
            1,
            "one fact, not one per spelling: {israel:?}"
        );
        assert_eq!(israel[0].status, FactStatus::Shared);
        assert_eq!((israel[0].a.len(), israel[0].b.len()), (2, 2));
    }

    #[test]
    fn names_a_vowel_and_a_consonant_apart_are_two_names() {
        // (a, b, name clash expected)
        for (a, b, clash) in [
            (
                "Governor Maria Lopez said 1,200 families had been evacuated.",
                "Governor Marta Lopez said 1,200 families had been evacuated.",
                true,
            ),
            (
                "Defence minister Sergei Shoigu said the drills would go on.",
                "Defence minister Sergey Shoigu said the drills would go on.",
                false,
            ),
        ] {
            let r = compare(a, b, &Options::default());
            let names = r
                .links
                .iter()
                .flat_map(|l| &l.conflicts)
                .filter(|c| c.kind == "name")
                .count();
            assert_eq!(names > 0, clash, "{a} / {b}: {:?}", r.links);
            assert_eq!(r.variants.is_empty(), clash, "{:?}", r.variants);
        }
    }

    #[test]
    fn one_role_named_two_ways_clashes() {
        // (a, b, the sure name clashes, the possible ones)
        for (a, b, sure, possible) in [
            // Half the same name, the same role word before each.
            (
                "Su candidata, Lucía Romero, será la nueva presidenta del gobierno regional.",
                "La candidata verde, Lucía Moreno, será la nueva presidenta del gobierno regional.",
                1,
                0,
            ),
            // The role word before one name and after the other.
            (
                "La ministra de Sanidad, Carmen López, presentó su dimisión el viernes en Sevilla.",
                "Carmen Ruiz, ministra de Sanidad, presentó su dimisión el viernes en Sevilla.",
                1,
                0,
            ),
            // Sunil and Anil are two names in any script.
            (
                "पुलिस अधीक्षक सुनील कुमार ने बताया कि चार लोगों को गिरफ्तार किया गया है।",
                "एसपी अनिल कुमार ने बताया कि चार लोगों को गिरफ्तार किया गया है।",
                1,
                0,
            ),
            // One title, two whole names: the office has one holder.
            (
                "Burgemeester Ingrid Veenstra zei dat de demonstratie in Zaltwijk rustig verliep.",
                "Burgemeester Harm Dijkhuis zei dat de demonstratie in Zaltwijk rustig verliep.",
                1,
                0,
            ),
            // A German compound title: the capitals after it are the name, though German
            // capitalizes every noun.
            (
                "Oberbürgermeister Klaus Weber sprach von einem schwarzen Tag für die Stadt.",
                "„Ein schwarzer Tag für Dresden“, sagte Oberbürgermeister Klaus Becker.",
                1,
                0,
            ),
            // Two whole names after one office of two words, in sentences otherwise told
            // apart: possible.
            (
                "Directorul Complexului Energetic Hunedoara, Cristian Bălan, a declarat că toate procedurile de evacuare au fost respectate.",
                "Directorul Complexului Energetic Hunedoara, Dorin Matei, s-a deplasat la mină și a anunțat o anchetă internă.",
                0,
                1,
            ),
            // Without capitals, the words after a title need not be a name ("a former minister,
            // convicted").
            (
                "भ्रष्टाचार मामले में पूर्व मंत्री दोषी करार",
                "पूर्व मंत्री वर्मा को पांच साल की कैद",
                0,
                0,
            ),
            // Half the same name in less alike sentences, no role in common: only possible.
            (
                "Начальник колонии Игорь Смирнов отстранён от должности на время проверки.",
                "Руководителя учреждения Олега Смирнова на время служебной проверки отстранили от работы.",
                0,
                1,
            ),
        ] {
            let r = compare(a, b, &Options::default());
            let count = |f: fn(&crate::report::Link) -> &Vec<crate::report::Clash>| {
                r.links
                    .iter()
                    .flat_map(f)
                    .filter(|c| c.kind == "name")
                    .count()
            };
            assert_eq!(count(|l| &l.conflicts), sure, "{a} / {b}: {:?}", r.links);
            assert_eq!(count(|l| &l.possible), possible, "{a} / {b}: {:?}", r.links);
        }
    }

    #[test]
    fn names_that_share_two_words_name_one_thing() {
        let (a, b) = (
            "Pemerintah Provinsi Sulawesi Barat menetapkan status tanggap darurat selama 14 hari.",
            "Gubernur Sulawesi Barat menetapkan status tanggap darurat selama 14 hari.",
        );
        let mut names = clashes(a, b, "name", true);
        names.extend(clashes(a, b, "name", false));
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn relation_table() {
        let cases = [
            (
                "Floods killed 23 people in the north on Tuesday.",
                "Floods killed 27 people in the north on Tuesday.",
                Some(Relation::Conflict),
            ),
            (
                "Floods killed 23 people in the north on Tuesday.",
                "Floods killed 23 people in the north on Tuesday.",
                Some(Relation::Same),
            ),
            (
                "Floods killed 23 people in the north on Tuesday.",
                "On Tuesday floods in the north killed 23 people, destroyed 40 homes and cut power to the valley for two days.",
                Some(Relation::Changed),
            ),
            (
                "The council met on Monday to approve the budget.",
                "The council met on Friday to approve the budget.",
                Some(Relation::Conflict),
            ),
            (
                "The minister said taxes will increase next year.",
                "The minister said taxes will decrease next year.",
                Some(Relation::Conflict),
            ),
            (
                "The mayor said the bridge is safe for traffic.",
                "The mayor said the bridge is not safe for traffic.",
                Some(Relation::Conflict),
            ),
            (
                "Police captured the suspect near the border on Sunday night.",
                "Police failed to capture the suspect near the border on Sunday night.",
                Some(Relation::Conflict),
            ),
            (
                "The company reported a decline in vaccine sales for the quarter.",
                "The company reported an increase in vaccine sales for the quarter.",
                Some(Relation::Conflict),
            ),
            (
                "Rescuers said 23 people died in the floods near the river.",
                "Rescuers said 64 people were rescued from the floods near the river.",
                Some(Relation::Changed),
            ),
            (
                "दोनों देशों के बीच 17वीं बैठक मंगलवार को तेल अवीव में हुई।",
                "दोनों देशों के बीच 18वीं बैठक मंगलवार को तेल अवीव में हुई।",
                Some(Relation::Conflict),
            ),
            (
                // A place in Devanagari has no capital letter: the gazetteer names it.
                "दोनों देशों की बैठक मंगलवार को तेल अवीव में हुई।",
                "दोनों देशों की बैठक मंगलवार को यरुशलम में हुई।",
                Some(Relation::Conflict),
            ),
            (
                "भारत और इस्राइल ने मंगलवार को समझौता किया।",
                "भारत और इजरायल ने मंगलवार को समझौता किया।",
                Some(Relation::Same),
            ),
            (
                // The vote for changed; the 71 against did not, and the words after it are not 132's.
                "विधेयक के पक्ष में 132 और विरोध में 71 सदस्यों ने मतदान किया।",
                "मत विभाजन में विधेयक के पक्ष में 123 और विरोध में 71 वोट पड़े।",
                Some(Relation::Conflict),
            ),
            (
                // Two names in one slot of sentences only loosely alike: a possible conflict, no
                // sure one ("Foreign Office minister" is a "Government minister").
                "Among those who rushed to help was Foreign Office minister Tobias Ellwood, who gave first aid.",
                "Among those who rushed to help PC Palmer was Government minister Tobias Ellwood, who performed mouth-to-mouth resuscitation on the injured officer.",
                Some(Relation::Changed),
            ),
        ];
        for (a, b, want) in cases {
            assert_eq!(relation(a, b), want, "\nA: {a}\nB: {b}");
        }
        // मत is "vote" here, not the imperative "don't": a detail added, no negation.
        let rel = relation(
            "राज्य विधानसभा ने बुधवार को जल संरक्षण विधेयक पारित कर दिया।",
            "राज्य विधानसभा ने बुधवार को जल संरक्षण विधेयक को मत विभाजन के जरिए पारित कर दिया।",
        );
        assert!(
            matches!(rel, Some(Relation::Same | Relation::Changed)),
            "{rel:?}"
        );
    }

    #[test]
    fn two_death_tolls_worded_apart_are_one_conflict() {
        let a = "Flooding hit the valley.\n\nTwenty-three people died after flash floods swept through Velmora district overnight on Friday, local officials said.";
        let b = "Flooding hit the valley.\n\nThe number of people killed in flash floods in Velmora district has risen to 27, the district emergency office said on Saturday.";
        let r = compare(a, b, &Options::default());
        let l = r
            .links
            .iter()
            .find(|l| l.a == [1])
            .expect("the toll sentences link");
        assert_eq!((l.b.as_slice(), l.relation), (&[1][..], Relation::Conflict));
        // The numbers clash; Friday and Saturday date different things (the floods, the statement).
        let kinds: Vec<(&str, &str, &str)> = l
            .conflicts
            .iter()
            .map(|c| (c.kind.as_str(), c.a.value.as_str(), c.b.value.as_str()))
            .collect();
        assert_eq!(kinds, vec![("number", "23", "27")]);
        // "At least 23" allows 27: the sentences tell one slot, and do not clash.
        let at_least = a.replace("Twenty-three", "At least 23");
        let r = compare(&at_least, b, &Options::default());
        let l = r.links.iter().find(|l| l.a == [1]).expect("one slot links");
        assert_eq!(l.b, [1]);
        assert_ne!(l.relation, Relation::Conflict);
        // A toll next to a different count is no toll clash: 64 rescued is not 23 dead.
        let c = "Rescue teams pulled 64 people from flooded homes in Velmora district on Friday.";
        let r = compare(a, c, &Options::default());
        assert!(r.links.iter().all(|l| l.relation != Relation::Conflict));
    }

    #[test]
    fn passengers_and_crew_add_up_to_everyone_on_board() {
        let story = |aboard: &str| {
            format!(
                "A passenger plane crashed near the airport in Karachi on Friday.\n\n{aboard}\n\nRescue work went on through the night."
            )
        };
        let a = story("The plane was carrying 90 passengers and 8 crew members.");
        let conflicts = |b: &str| -> Vec<(String, String, String)> {
            let r = compare(&a, &story(b), &Options::default());
            r.facts
                .iter()
                .filter(|f| f.status == FactStatus::Conflict)
                .map(|f| {
                    (
                        f.slot.clone().unwrap_or_default(),
                        f.a[0].value.clone(),
                        f.b[0].value.clone(),
                    )
                })
                .collect()
        };
        // 90 + 8 is not 99: one conflict, shown as the sum against the head count.
        assert_eq!(
            conflicts("There were 99 people on board the plane."),
            [("aboard".to_string(), "98".to_string(), "99".to_string())]
        );
        // 90 + 8 is 98; and the passengers alone are not everyone on board.
        assert!(conflicts("There were 98 people on board the plane.").is_empty());
        assert!(conflicts("The plane was carrying 90 passengers.").is_empty());
        // The passengers are a count of their own.
        assert_eq!(
            conflicts("The plane was carrying 91 passengers and 8 crew members.").len(),
            2,
            "the passengers clash, and so does everyone on board"
        );
    }

    #[test]
    fn an_article_and_its_correction_mark_every_changed_word() {
        let a = "The bridge will reopen on Friday, officials said.\n\nPriya Ramasamy, the chief engineer, said crews worked all winter.\n\nBuses will return on Monday.";
        let b = "The bridge will reopen on Friday, officials said.\n\nPriya Ramaswamy, the chief engineer, said crews worked all winter.\n\nBuses will return on Monday.";
        let r = compare(a, b, &Options::default());
        assert_eq!(r.comparison, crate::report::Comparison::Versions);
        let u = &r.b.units[1];
        assert_eq!(
            u.status,
            Status::Changed,
            "a corrected name is no same sentence"
        );
        let marked: Vec<&str> = u.marks.iter().map(|m| &b[m.start..m.end]).collect();
        assert_eq!(marked, ["Ramaswamy"]);
        assert_eq!(r.summary.edits, 1);
        // Two outlets spelling one name two ways edit nothing.
        let o = compare(
            a,
            b,
            &Options {
                comparison: crate::ComparisonMode::Outlets,
                ..Options::default()
            },
        );
        assert_eq!(o.summary.edits, 0);
    }

    #[test]
    fn identical_texts_are_all_same() {
        let t = "Title of the story\n\nFirst sentence here. Second one follows, with 12 items.\n\nSpread the love";
        let r = compare(t, t, &Options::default());
        for u in r.a.units.iter().chain(&r.b.units) {
            assert!(matches!(u.status, Status::Same | Status::Ignored), "{u:?}");
        }
        assert_eq!(r.summary.a_in_b, 1.0);
    }

    #[test]
    fn conflicting_numbers_become_one_conflict_fact() {
        let r = compare(
            "Floods killed 23 people on Tuesday.",
            "Floods killed 27 people on Tuesday.",
            &Options::default(),
        );
        let c: Vec<_> = r
            .facts
            .iter()
            .filter(|f| f.status == FactStatus::Conflict)
            .collect();
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].a[0].value, "23");
        assert_eq!(c[0].b[0].value, "27");
        assert!(r
            .facts
            .iter()
            .any(|f| f.key == "tuesday" && f.status == FactStatus::Shared));
    }

    #[test]
    fn counts_of_the_injured_clash_degree_by_degree() {
        let conflicts = |a: &str, b: &str| -> Vec<(String, String, FactStatus)> {
            let r = compare(a, b, &Options::default());
            let mut out: Vec<_> = r
                .facts
                .iter()
                .filter(|f| {
                    matches!(
                        f.status,
                        FactStatus::Conflict | FactStatus::PossibleConflict
                    )
                })
                .map(|f| (f.a[0].value.clone(), f.b[0].value.clone(), f.status))
                .collect();
            out.sort_by(|x, y| x.0.cmp(&y.0));
            out
        };
        use FactStatus::Conflict;
        let s = |x: &str| x.to_string();
        // Each side tells the critical and the serious apart, both of those in hospital: two
        // counts, each against its own.
        assert_eq!(
            conflicts(
                "The fire broke out on Tuesday. Of the 80 people taken to hospital, 13 are in critical condition and 28 are seriously injured.",
                "The fire broke out on Tuesday. Of those in hospital, 15 are in critical condition and 23 are seriously injured.",
            ),
            vec![(s("13"), s("15"), Conflict), (s("28"), s("23"), Conflict)]
        );
        // Neither side tells them apart: "critically" and "seriously" are one state.
        assert_eq!(
            conflicts(
                "The bus fell into a gorge on Tuesday. Six people were killed and more than 20 people were seriously injured.",
                "The bus fell into a gorge on Tuesday. Six people were killed and 20 others were critically injured.",
            ),
            vec![(s("20"), s("20"), Conflict)]
        );
        // One clinic's seriously injured are a part of all the seriously injured.
        assert!(conflicts(
            "A car drove into the market on Friday. The clinic said 54 injured were admitted there, nine of them seriously injured.",
            "A car drove into the market on Friday. 200 people were injured, 41 of them seriously.",
        )
        .iter()
        .all(|c| c.2 != Conflict));
    }

    #[test]
    fn running_totals_and_hospital_counts_clash_where_they_should() {
        let conflict_links = |a: &str, b: &str| -> Vec<(Vec<usize>, Vec<usize>)> {
            let r = compare(a, b, &Options::default());
            r.links
                .iter()
                .filter(|l| l.relation == Relation::Conflict)
                .map(|l| (l.a.clone(), l.b.clone()))
                .collect()
        };
        // A hospital in a later clause is that clause's count: "44 died" is the whole toll, told
        // twice on side B, and both tellings clash with A's 55.
        let links = conflict_links(
            "A fire swept through the estate on Wednesday. At least 55 people have died, officials said.",
            "A fire swept through the estate on Wednesday. The fire killed 44 people. In all 44 people died, including 4 who died in hospital.",
        );
        assert!(links.contains(&(vec![1], vec![1])), "{links:?}");
        assert!(links.contains(&(vec![1], vec![2])), "{links:?}");
        // The rescued are a running total: a side's largest count is its latest, and two latest
        // counts that differ clash.
        let links = conflict_links(
            "Gunmen seized the train on Tuesday. Security forces rescued 107 passengers by noon. Security forces rescued 155 passengers by Wednesday.",
            "Gunmen seized the train on Tuesday. Security forces rescued 354 passengers, officials said.",
        );
        assert_eq!(links, [(vec![2], vec![1])]);
        // A toll told twice on each side is one fact told four times: every telling on one side
        // links to every telling on the other.
        let mut links = conflict_links(
            "A fire swept through the estate on Wednesday. At least 55 people have died, officials said. Firefighters said the number of dead had risen to 55.",
            "A fire swept through the estate on Wednesday. The blaze has killed 44 people. In all 44 people died, including 4 in hospital.",
        );
        links.sort();
        assert_eq!(
            links,
            [
                (vec![1], vec![1]),
                (vec![1], vec![2]),
                (vec![2], vec![1]),
                (vec![2], vec![2])
            ]
        );
    }

    #[test]
    fn counts_paired_by_their_words_link_as_possible_conflicts() {
        // Each side gives two counts of the injured; the words around them pair 123 with 58 and
        // 9 with 7, the second pair not surely enough for a conflict. Its sentences share almost
        // no words, but they tell one fact: they link, and the link says the conflict is possible.
        let a = "Fire swept through the towers on Wednesday.\n\nMedics said 123 people were injured.\n\nBesides one firefighter who died, 9 were injured while climbing the stairs.";
        let b = "Fire swept through the towers on Wednesday.\n\nThe government said 58 people were injured in all.\n\nSeven firefighters have been hurt, the brigade said.";
        let r = compare(a, b, &Options::default());
        let l = r
            .links
            .iter()
            .find(|l| l.a == [2] && l.b == [2])
            .unwrap_or_else(|| panic!("the firefighters' counts link: {:?}", r.links));
        assert_eq!(l.relation, Relation::Changed);
        let possible: Vec<(&str, &str)> = l
            .possible
            .iter()
            .map(|c| (c.a.value.as_str(), c.b.value.as_str()))
            .collect();
        assert_eq!(possible, [("9", "7")]);
    }

    #[test]
    fn counts_of_one_noun_in_retold_sentences_are_a_possible_conflict() {
        // (a, b, the possible number clashes)
        for (a, b, want) in [
            (
                "Sept otages détenus depuis quatre mois ont été libérés jeudi dans le nord du Mali.",
                "Neuf otages ont été relâchés jeudi dans le nord du Mali, après quatre mois de captivité.",
                vec![("7", "9")],
            ),
            (
                "Seven hostages held for four months were freed on Thursday in northern Mali.",
                "Seven hostages were released on Thursday in northern Mali after four months in captivity.",
                vec![],
            ),
        ] {
            let got = clashes(a, b, "number", false);
            assert_eq!(pairs(&got), want, "{a} / {b}");
        }
    }

    #[test]
    fn a_sentence_set_in_an_earlier_year_counts_another_event() {
        // A's last sentence recalls a fire of 2022; B's headline is this fire's. The two share
        // "fire", "burnt" and "hectares", but 60,000 is no count of this fire told differently.
        let a = "Actualizado: 13.08.2025\n\nUn incendio forestal en Villanueva del Campillo obligó a desalojar a 1.200 vecinos el lunes.\n\nLos vecinos pasaron la noche en el pabellón municipal.\n\nCastilla y León vivió en 2022 el peor verano de incendios de su historia, con el incendio de la Sierra de la Culebra, que calcinó unas 60.000 hectáreas.";
        let b = "El incendio de la Culebra, estabilizado tras calcinar unas 4.100 hectáreas\n\nEl incendio forestal de Villanueva del Campillo obligó a desalojar a 2.100 personas el lunes.\n\nLos vecinos pasaron la noche en el pabellón municipal.";
        let told = |a: &str| {
            all_number_clashes(a, b)
                .iter()
                .any(|(x, y)| x == "60000" && y == "4100")
        };
        assert!(!told(a));
        // Without its year, the sentence is this fire's, and its count clashes.
        assert!(told(&a.replace("vivió en 2022", "vive")));
        // An earlier event told in words ("el año pasado") is another event too.
        assert!(!told(&a.replace("vivió en 2022", "vivió el año pasado")));
    }

    #[test]
    fn qualifiers_in_vietnamese_and_thai() {
        // "At least 11 dead" against 12: compatible, no conflict.
        let a = "Lũ quét làm ít nhất 11 người thiệt mạng tại tỉnh Yên Bình, chính quyền cho biết hôm thứ Hai.";
        let b =
            "Lũ quét làm 12 người thiệt mạng tại tỉnh Yên Bình, chính quyền cho biết hôm thứ Hai.";
        assert!(
            all_number_clashes(a, b).is_empty(),
            "{:?}",
            all_number_clashes(a, b)
        );
        assert!(!all_number_clashes(&a.replace("ít nhất ", ""), b).is_empty());
    }

    #[test]
    fn a_toll_told_of_an_earlier_year_is_no_toll_of_the_story() {
        // A's 2018 flood killed 23; the story's tolls are 11 and 12. The earlier toll was the
        // larger, so it was taken for A's running total and set against B's 12.
        let a = "Updated 17 September 2024\n\nFlash floods killed 11 people in Yen Binh province on Monday, officials said.\n\nRescuers are still searching the valley.\n\nIn 2018, a flash flood in the same district killed 23 people.";
        let b = "Twelve people were killed when flash floods hit Yen Binh province on Monday, officials said.\n\nRescuers are searching the valley for the missing.";
        let got = all_number_clashes(a, b);
        assert!(got.iter().any(|(x, y)| x == "11" && y == "12"), "{got:?}");
        assert!(!got.iter().any(|(x, _)| x == "23"), "{got:?}");
    }

    fn all_number_clashes(a: &str, b: &str) -> Vec<(String, String)> {
        let mut v = clashes(a, b, "number", true);
        v.extend(clashes(a, b, "number", false));
        v
    }

    #[test]
    fn counts_told_beside_a_count_both_sides_agree_on_are_one_count() {
        // Two counts of the injured on each side, so which pairs with which is not sure by itself;
        // the two sentences that both say "1 firefighter died" tell one group, and their injured
        // (9 / 7) cannot both hold. The totals (58 / 61) stay a possible conflict.
        let a = "The fire in the tower block killed 44 people and injured 58, officials said on Thursday.\n\nScaffolding collapsed in the heat and thick smoke slowed the search: 1 firefighter died and 9 were injured as crews worked through the night.";
        let b = "At least 44 people died and 61 were hurt in the tower block fire.\n\nThe department said on Friday that 7 firefighters were injured and are stable, adding that 1 firefighter died.";
        assert_eq!(pairs(&clashes(a, b, "number", true)), vec![("9", "7")]);
        assert_eq!(pairs(&clashes(a, b, "number", false)), vec![("58", "61")]);
    }

    #[test]
    fn numbers_clash_with_their_own_counterpart() {
        // (a, b, the sure number clashes)
        for (a, b, want) in [
            // Verb-final: what a number counts is the word before it ("of the 55 seats, 31").
            (
                "Partisi meclisteki 55 sandalyenin 31'ini kazandı.",
                "Meclisteki 55 sandalyenin 27'si onun partisine gitti.",
                vec![("31", "27")],
            ),
            // The winner's 24,500, told on both sides, is no count of the runner-up's votes.
            (
                "Amina Hassan ameshinda kwa kura 24,500. Mpinzani wake alipata kura 18,200.",
                "Alipata kura 24,500 dhidi ya kura 21,800 za mpinzani wake.",
                vec![("18200", "21800")],
            ),
            // "Lost their lives" tells the dead in Romance languages too.
            (
                "Nove pessoas morreram num tumulto no estádio.",
                "No sábado, onze pessoas perderam a vida numa correria no estádio.",
                vec![("9", "11")],
            ),
            // Whom a number counts opens a long subject; what happened to them comes at its end.
            (
                "Trente-huit élèves d'une école primaire de Lille ont été hospitalisés mardi.",
                "Lille : 48 écoliers hospitalisés après un repas à la cantine",
                vec![("38", "48")],
            ),
            // Last year's injured are no count of this year's.
            (
                "मथुरा के मंदिर में भगदड़ मची। पिछले साल भी नंदोत्सव के दौरान इसी मंदिर में धक्का-मुक्की में दो श्रद्धालु घायल हो गए थे।",
                "मथुरा के मंदिर में भगदड़ मची। हादसे में कुल 27 लोग घायल हुए हैं।",
                vec![],
            ),
            // An age counts nobody: the woman of 65 is one of the dead, not a toll of 65.
            (
                "इपिडिमियोलोजी तथा रोग नियन्त्रण महाशाखाका अनुसार यस वर्ष हालसम्म देशभर कम्तीमा ८ जनाको मृत्यु भइसकेको छ।",
                "देशभर यस वर्ष डेंगुबाट मृत्यु हुनेको संख्या ११ पुगेको छ, जुन गत हप्ता ८ थियो। असोज पाँच गते उपचारका क्रममा ज्यान गुमाउने ६५ वर्षकी महिला पनि मृतकमध्ये पर्छिन्।",
                vec![],
            ),
        ] {
            let got = clashes(a, b, "number", true);
            assert_eq!(pairs(&got), want, "{a} / {b}");
        }
    }

    #[test]
    fn a_negation_on_a_word_the_other_says_plainly_clashes_in_a_retold_sentence() {
        let negations = |a: &str, b: &str| clashes(a, b, "negation", true).len();
        // 0.41 alike: a clause added on one side.
        assert_eq!(
            negations(
                "A three-storey residential building collapsed in Lagos on Monday, killing 11 people.\n\nIbrahim Farinloye, a spokesman for the National Emergency Management Agency, said the developer had been arrested and was being questioned by police.",
                "Fourteen people died when a three-storey building caved in on Monday in Lagos.\n\nNEMA spokesman Ibrahim Farinloye told reporters that the developer was not arrested and that police were still trying to locate him.",
            ),
            1
        );
        // Both sides negate, in their own words: no clash below `negation_min_score`.
        assert_eq!(
            negations(
                "Norvik said it was aware of four crashes in which the airbag failed to deploy, but of no deaths.",
                "Four crashes reported in which the passenger airbag did not deploy",
            ),
            0
        );
    }

    #[test]
    fn two_times_of_one_moment_clash_by_how_far_apart() {
        // (a, b, the sure time clashes, the possible ones)
        type Times = Vec<(&'static str, &'static str)>;
        let cases: Vec<(&str, &str, Times, Times)> = vec![
            // Hours apart: no rounding explains them.
            (
                "The ferry left the port at 6:30 a.m. on Sunday with 300 passengers aboard.",
                "The ferry left the port at 8:30 a.m. on Sunday with 300 passengers aboard.",
                vec![("06:30", "08:30")],
                vec![],
            ),
            // A dot between hours and minutes, with a clock word: a time, never a count.
            (
                "Der Zug prallte gegen 7.12 Uhr auf einen umgestürzten Baum bei Murnau.",
                "Der Zug prallte gegen 8.12 Uhr auf einen umgestürzten Baum bei Murnau.",
                vec![("07:12", "08:12")],
                vec![],
            ),
            // Thai writes the hour and minutes with a dot and "น." (o'clock).
            (
                "กกต.ประกาศผลการนับคะแนนอย่างไม่เป็นทางการเมื่อเวลา 21.30 น. ที่ศาลากลางจังหวัด",
                "กกต.ประกาศผลการนับคะแนนอย่างไม่เป็นทางการเมื่อเวลา 23.00 น. ที่ศาลากลางจังหวัด",
                vec![("21:30", "23:00")],
                vec![],
            ),
            // A whole hour and its half of the day.
            (
                "The ferry capsized at 2 p.m. on Saturday off San Ildefonso, killing 12 people.",
                "The ferry capsized at 4 p.m. on Saturday off San Ildefonso, killing 12 people.",
                vec![("14:00", "16:00")],
                vec![],
            ),
            // Minutes apart: one may be rounded.
            (
                "The ferry left the port at about 6:30 a.m. on Sunday with 300 passengers aboard.",
                "The ferry left the port at 6:45 a.m. on Sunday with 300 passengers aboard.",
                vec![],
                vec![("06:30", "06:45")],
            ),
            // Sentences only loosely alike: hours apart is still only possible (two moments of one
            // day are as likely as one moment told two ways; a story of one sentence tells too
            // little for its only time to be its event's, see
            // `each_sides_only_time_clashes_across_sentences_not_otherwise_linked`).
            (
                "The ferry with 87 passengers and crew capsized at around 2:15 p.m. on Saturday off San Ildefonso, roughly 40 minutes after it left port.",
                "The ferry capsized off San Ildefonso shortly after 4 p.m. on Saturday, officials said.",
                vec![],
                vec![("14:15", "16:00")],
            ),
            // Half an hour apart in a sentence each: only possible (in stories, each side's only
            // time clashes beyond rounding: see
            // `each_sides_only_time_clashes_across_sentences_not_otherwise_linked`).
            (
                "The ferry left the port at 7:40 a.m. on Sunday with 300 passengers aboard.",
                "The ferry left the port at 8:10 a.m. on Sunday with 300 passengers aboard.",
                vec![],
                vec![("07:40", "08:10")],
            ),
            // Around midnight, minutes apart are counted on the clock.
            (
                "The ferry left the port at 11:55 p.m. on Sunday with 300 passengers aboard.",
                "The ferry left the port at 00:05 on Sunday with 300 passengers aboard.",
                vec![],
                vec![("23:55", "00:05")],
            ),
            // Two times in one sentence may be one moment in two time zones.
            (
                "O descarrilamento ocorreu às 18h08, 14h08 em Brasília, quando o elevador fazia uma curva na Calçada da Glória.",
                "O descarrilamento ocorreu às 18h05 quando o elevador fazia uma curva na Calçada da Glória.",
                vec![],
                vec![("18:08", "18:05")],
            ),
        ];
        for (a, b, sure, possible) in cases {
            let r = compare(a, b, &Options::default());
            let l = &r.links[0];
            let got = |cs: &[crate::report::Clash]| -> Vec<(String, String)> {
                let mut v: Vec<(String, String)> = cs
                    .iter()
                    .filter(|c| c.kind == "time")
                    .map(|c| (c.a.value.clone(), c.b.value.clone()))
                    .collect();
                v.sort();
                v
            };
            let want = |t: Times| -> Vec<(String, String)> {
                t.iter()
                    .map(|(x, y)| (x.to_string(), y.to_string()))
                    .collect()
            };
            assert_eq!(
                got(&l.conflicts),
                want(sure),
                "{a} / {b}: {:?}",
                l.conflicts
            );
            assert_eq!(
                got(&l.possible),
                want(possible),
                "{a} / {b}: {:?}",
                l.possible
            );
        }
    }

    #[test]
    fn negations_in_more_languages_clash() {
        for (a, b) in [
            (
                "Potrivit anchetatorilor, senzorii de metan au declanșat alarma cu câteva minute înainte de explozie.",
                "Potrivit anchetatorilor, senzorii de metan nu au declanșat alarma cu câteva minute înainte de explozie.",
            ),
            (
                "משרד העבודה הוציא צו הפסקת עבודה לאתר כולו, והמשטרה פתחה בחקירה.",
                "משרד העבודה לא הוציא צו הפסקת עבודה לאתר כולו, והמשטרה פתחה בחקירה.",
            ),
            (
                "Η αστυνομία συνέλαβε τον ιδιοκτήτη του κτιρίου το βράδυ της Τρίτης.",
                "Η αστυνομία δεν συνέλαβε τον ιδιοκτήτη του κτιρίου το βράδυ της Τρίτης.",
            ),
            (
                "Полиция задержала владельца здания во вторник вечером.",
                "Полиция не задержала владельца здания во вторник вечером.",
            ),
            (
                "초기 진화 단계에서 스프링클러는 정상적으로 작동했다고 소방당국은 밝혔다.",
                "초기 진화 단계에서 스프링클러는 정상적으로 작동하지 않았다고 소방당국은 밝혔다.",
            ),
        ] {
            assert_eq!(clashes(a, b, "negation", true).len(), 1, "{a} / {b}");
        }
        // Dutch "nu" is "now", not Romanian "not".
        let (a, b) = (
            "De politie zette daarbij traangas in, bevestigt een woordvoerder van de gemeente Zaltwijk.",
            "De politie zette daarbij nu traangas in, bevestigt een woordvoerder van de gemeente Zaltwijk.",
        );
        assert!(clashes(a, b, "negation", true).is_empty());
    }

    #[test]
    fn one_quotation_put_in_two_mouths_clashes() {
        let names = |a: &str, b: &str| clashes(a, b, "name", true);
        // The same words said by two different people.
        assert_eq!(
            names(
                "«La città non può più aspettare», ha detto Ferretti in aula.",
                "«La città non può più aspettare», ha dichiarato in aula il consigliere di opposizione Giulio Santoro.",
            ),
            [("ferretti".to_string(), "giulio santoro".to_string())]
        );
        assert_eq!(
            names(
                "« Il est beaucoup trop tôt pour se prononcer sur les causes », a déclaré le procureur de la République d'Albertville, Benoît Lavergne.",
                "« Il est beaucoup trop tôt pour se prononcer sur les causes de ce drame », a indiqué le préfet de la Savoie, François Ravier.",
            ),
            [("benoît lavergne".to_string(), "françois ravier".to_string())]
        );
        // One speaker named two ways, a sentence naming two people, a speaker left unnamed: no clash.
        for (a, b) in [
            (
                "\"The water came in faster than anyone could run,\" said Tomas Reyes.",
                "\"The water came in faster than anyone could run,\" shopkeeper Reyes said.",
            ),
            (
                "\"The water came in faster than anyone could run,\" said Tomas Reyes.",
                "\"The water came in faster than anyone could run,\" said Anna Berg, quoting Tomas Reyes.",
            ),
            (
                "\"The water came in faster than anyone could run,\" said Tomas Reyes.",
                "\"The water came in faster than anyone could run,\" he said.",
            ),
            // Without capitals: the attributions share the name.
            (
                "\"पुल की मरम्मत का काम अगले सप्ताह शुरू होगा,\" जिलाधिकारी राकेश कुमार ने कहा।",
                "\"पुल की मरम्मत का काम अगले सप्ताह शुरू होगा,\" डीएम राकेश कुमार ने बताया।",
            ),
        ] {
            assert!(names(a, b).is_empty(), "{a} / {b}");
        }
        // Without capitals: each attribution has words of its own the other side never tells.
        let tamil = names(
            "\"விதிமீறல் கண்டறியப்பட்டால் ஆலையின் உரிமம் ரத்து செய்யப்படும்\" என மாவட்ட ஆட்சியர் என். சுகந்தி தெரிவித்தார்.",
            "\"விதிமீறல் கண்டறியப்பட்டால் ஆலையின் உரிமம் ரத்து செய்யப்படும்\" என்று சாத்தூர் டிஎஸ்பி ஆர். பாலமுருகன் கூறினார்.",
        );
        assert_eq!(tamil.len(), 1, "{tamil:?}");
        let punjabi = names(
            "\"ਪ੍ਰਬੰਧਕਾਂ ਨੇ ਨਿਕਾਸ ਲਈ ਸਿਰਫ਼ ਇੱਕ ਗੇਟ ਖੁੱਲ੍ਹਾ ਰੱਖਿਆ ਸੀ,\" ਐੱਸਐੱਸਪੀ ਹਰਮੀਤ ਸਿੰਘ ਗਰੇਵਾਲ ਨੇ ਕਿਹਾ।",
            "ਡਿਪਟੀ ਕਮਿਸ਼ਨਰ ਅਮਨਦੀਪ ਕੌਰ ਨੇ ਕਿਹਾ, \"ਪ੍ਰਬੰਧਕਾਂ ਨੇ ਨਿਕਾਸ ਲਈ ਸਿਰਫ਼ ਇੱਕ ਗੇਟ ਖੁੱਲ੍ਹਾ ਰੱਖਿਆ ਸੀ।\"",
        );
        assert_eq!(punjabi.len(), 1, "{punjabi:?}");
        // The ergative marker before the word of speech names the speaker, past a title's run.
        assert_eq!(
            names(
                "صوبائی وزیر برائے ریلیف فضل الٰہی خٹک نے متاثرہ علاقے کے دورے کے موقع پر کہا: \"متاثرین کو کسی صورت تنہا نہیں چھوڑیں گے، ہر متاثرہ خاندان کو فوری امداد فراہم کی جائے گی۔\"",
                "وزیر اعلیٰ کے مشیر برائے اطلاعات بیرسٹر نوید عباسی نے جائے وقوعہ پر صحافیوں سے گفتگو کرتے ہوئے کہا کہ \"متاثرین کو کسی صورت تنہا نہیں چھوڑیں گے، ہر متاثرہ خاندان کو فوری امداد فراہم کی جائے گی\"۔",
            ),
            [(
                crate::normalize::fold("فضل الٰہی خٹک"),
                crate::normalize::fold("نوید عباسی")
            )]
        );
    }

    #[test]
    fn a_negation_told_on_both_sides_does_not_clash_with_the_others_extra_one() {
        // B merges two sentences: its "nicht aus" is A's, its "keine Hinweise" a detail of its
        // own; neither is a one-sided negation of a word both say.
        let (a, b) = (
            "Die Polizei schließt einen technischen Defekt nicht aus.",
            "Die Ermittler schließen einen technischen Defekt nicht aus; für Brandstiftung gebe es keine Hinweise.",
        );
        assert!(clashes(a, b, "negation", true).is_empty());
        // A negation of a word the other side says plainly still clashes.
        let (a, b) = (
            "Die Polizei schließt einen technischen Defekt nicht aus; Hinweise auf Brandstiftung gebe es nicht.",
            "Die Polizei schließt einen technischen Defekt aus.",
        );
        assert_eq!(clashes(a, b, "negation", true).len(), 1);
    }

    #[test]
    fn a_negation_is_read_in_its_sides_language() {
        let negations = |a: &str, b: &str| clashes(a, b, "negation", true).len();
        // Portuguese "no" is "in the".
        assert_eq!(
            negations(
                "O jogo da final foi disputado no sábado no estádio do Morumbi, em São Paulo, com muitos torcedores.",
                "O jogo da final foi disputado sábado no estádio do Morumbi em São Paulo, com muitos torcedores.",
            ),
            0
        );
        assert_eq!(
            negations(
                "O suspeito não foi preso pela polícia na noite de sábado em São Paulo, segundo a polícia.",
                "O suspeito foi preso pela polícia na noite de sábado em São Paulo, segundo a polícia.",
            ),
            1
        );
        // Spanish "no" is a negation.
        assert_eq!(
            negations(
                "El sospechoso no fue detenido por la policía el sábado por la noche en Madrid, según la policía.",
                "El sospechoso fue detenido por la policía el sábado por la noche en Madrid, según la policía.",
            ),
            1
        );
        // Indonesian "tidak" is a negation.
        assert_eq!(
            negations(
                "BMKG menyatakan gempa tersebut tidak berpotensi tsunami bagi wilayah pesisir Majene.",
                "BMKG menyatakan gempa tersebut berpotensi tsunami bagi wilayah pesisir Majene.",
            ),
            1
        );
        // French "non" makes a compound ("non gouvernementale"), no negation.
        assert_eq!(
            negations(
                "Une organisation non gouvernementale a distribué des vivres aux sinistrés de Mayotte samedi.",
                "Une organisation gouvernementale a distribué des vivres aux sinistrés de Mayotte samedi.",
            ),
            0
        );
    }

    #[test]
    fn days_of_loosely_alike_sentences_are_a_possible_conflict() {
        let weekday_clashes = |a: &str, b: &str| -> (usize, usize) {
            let r = compare(a, b, &Options::default());
            let count = |sure: bool| {
                r.links
                    .iter()
                    .flat_map(|l| if sure { &l.conflicts } else { &l.possible })
                    .filter(|c| c.kind == "weekday")
                    .count()
            };
            (count(true), count(false))
        };
        // One event's day told differently in sentences retold in other words.
        assert_eq!(
            weekday_clashes(
                "Twenty-three people died when a ferry capsized off the coast of Sulawesi on Tuesday, rescue officials said.",
                "A passenger ferry sank off Sulawesi on Wednesday, killing 27 people, according to the search and rescue agency.",
            ),
            (0, 1)
        );
        // In stories, each side's only day is its event's: for sure (`align::moments`) ...
        let story = |s: &str| {
            format!("The ferry had left Makassar in the morning. {s} Divers searched the wreck for a second day.")
        };
        let (a, b) = (
            story("Twenty-three people died when a ferry capsized off the coast of Sulawesi on Tuesday, rescue officials said."),
            story("A passenger ferry sank off Sulawesi on Wednesday, killing 27 people, according to the search and rescue agency."),
        );
        assert_eq!(weekday_clashes(&a, &b), (1, 0));
        // ... but a night may be told as either of its days: only possible.
        let (a, b) = (
            a.replace("on Tuesday", "late on Tuesday"),
            b.replace("on Wednesday", "early on Wednesday"),
        );
        assert_eq!(weekday_clashes(&a, &b), (0, 1));
        // The other side gives the first day too: the second is another moment.
        assert_eq!(
            weekday_clashes(
                "Twenty-three people died when a ferry capsized off the coast of Sulawesi on Tuesday, rescue officials said.",
                "The ferry capsized off Sulawesi on Tuesday. On Wednesday the agency said the search for 27 people had ended, rescue officials said.",
            ),
            (0, 0)
        );
        // A time of day the other side tells elsewhere says nothing of the day.
        assert_eq!(
            weekday_clashes(
                "Twenty-three people died when a ferry capsized off the coast of Sulawesi on Tuesday, rescue officials said. It left port at 10 p.m.",
                "A passenger ferry sank off Sulawesi on Wednesday, killing 27 people, according to the search and rescue agency. It left port at 10 p.m.",
            ),
            (0, 1)
        );
        // One night named by two days: the frame makes them one moment, however loosely alike the
        // rest ("in der Nacht zu Dienstag" / "in der Nacht zum Mittwoch").
        assert_eq!(
            weekday_clashes(
                "Bei einem Feuer in einem Seniorenheim im Stadtteil Veerßen sind in der Nacht zu Dienstag zwei Bewohnerinnen ums Leben gekommen.",
                "In einem Seniorenheim in Veerssen ist in der Nacht zum Mittwoch ein Feuer ausgebrochen, zwei Bewohnerinnen starben.",
            ),
            (1, 0)
        );
        // Two parts of the day: no one frame, still only possible.
        assert_eq!(
            weekday_clashes(
                "Twenty-three people died when a ferry capsized off the coast of Sulawesi on Tuesday night, rescue officials said.",
                "A passenger ferry sank off Sulawesi on Wednesday morning, killing 27 people, according to the search and rescue agency.",
            ),
            (0, 1)
        );
    }

    #[test]
    fn qualified_numbers_clash_only_when_no_value_fits_both() {
        // (a, b, a sure number conflict)
        for (a, b, clash) in [
            (
                "About 2,000 people marched through the city centre on Saturday.",
                "Some 2,150 people marched through the city centre on Saturday.",
                false,
            ),
            (
                "2,000 people marched through the city centre on Saturday.",
                "2,150 people marched through the city centre on Saturday.",
                true,
            ),
            (
                "At least 20 people were treated for smoke inhalation at the scene.",
                "Twenty-three people were treated for smoke inhalation at the scene.",
                false,
            ),
            (
                "L'incendie a détruit près de 1 000 hectares de forêt dans le Var.",
                "L'incendie a détruit 980 hectares de forêt dans le Var.",
                false,
            ),
            (
                "Около 30 000 бегунов вышли на старт марафона в Москве.",
                "31 250 бегунов вышли на старт марафона в Москве.",
                false,
            ),
            (
                "More than 100 flights were cancelled at the airport on Monday.",
                "80 flights were cancelled at the airport on Monday.",
                true,
            ),
            // An age is no count, and a decade of life holds the year ("70代" / "78歳").
            (
                "長崎海上保安部によると、14人がけがをした。このうち70代の女性1人が腰の骨を折る重傷を負った。",
                "長崎海上保安部によると、14人がけがをし、このうち78歳の女性が腰の骨を折る重傷を負った。",
                false,
            ),
            // Two spans of years are set against each other.
            (
                "An Australian has pleaded guilty to manslaughter in the death 35 years ago of an American who fell from a Sydney clifftop.",
                "An Australian has pleaded guilty to manslaughter in the death 30 years ago of an American who fell from a Sydney cliff top.",
                true,
            ),
            (
                "Olay yerine 85 personel ve 20 araçla AFAD ekipleri sevk edildi.",
                "Olay yerine 80'i aşkın personel ve 20 araçla AFAD ekipleri sevk edildi.",
                false,
            ),
            (
                "Kivuko hicho kilikuwa kimebeba angalau abiria 60 kilipokuwa kikitoka bandari ya Kisorya.",
                "Kivuko hicho kilikuwa na abiria 64 na kilikuwa kikitoka bandari ya Kisoria.",
                false,
            ),
            // One span of time told in two units agrees; two spans clash.
            (
                "ਡਿਪਟੀ ਕਮਿਸ਼ਨਰ ਨੇ ਭਰੋਸਾ ਦਿੱਤਾ ਕਿ 48 ਘੰਟਿਆਂ ਵਿੱਚ ਮੰਡੀਆਂ ਵਿੱਚੋਂ ਲਿਫਟਿੰਗ ਤੇਜ਼ ਕੀਤੀ ਜਾਵੇਗੀ।",
                "ਡਿਪਟੀ ਕਮਿਸ਼ਨਰ ਨੇ ਦੋ ਦਿਨਾਂ ਅੰਦਰ ਲਿਫਟਿੰਗ ਤੇਜ਼ ਕਰਨ ਦਾ ਭਰੋਸਾ ਦਿੱਤਾ।",
                false,
            ),
            (
                "The road was closed for 6 hours after the crash near the bridge.",
                "The road was closed for 9 hours after the crash near the bridge.",
                true,
            ),
            (
                "The road was closed for 6 hours after the crash near the bridge.",
                "The road was closed for 9 days after the crash near the bridge.",
                true,
            ),
            (
                "The strike at the port lasted 3 days and cost the city millions.",
                "The strike at the port lasted 72 hours and cost the city millions.",
                false,
            ),
        ] {
            let r = compare(a, b, &Options::default());
            let numbers = r
                .links
                .iter()
                .flat_map(|l| &l.conflicts)
                .filter(|c| c.kind == "number")
                .count();
            assert_eq!(numbers > 0, clash, "{a} / {b}: {:?}", r.links);
        }
    }

    #[test]
    fn one_event_placed_at_two_moments_clashes_as_surely_as_its_sentences_are_alike() {
        // (a, b, the timing words that may clash, if any)
        type Case = (
            &'static str,
            &'static str,
            Option<(&'static str, &'static str)>,
        );
        let cases: &[Case] = &[
            (
                "The minister visited the area after the rescue operation ended.",
                "The minister visited the area during the rescue operation.",
                Some(("after", "during")),
            ),
            (
                "रक्षा सचिव की बैठक के बाद समझौते पर हस्ताक्षर किए गए।",
                "रक्षा सचिव की बैठक के दौरान समझौते पर हस्ताक्षर किए गए।",
                Some(("बाद", "दौरान")),
            ),
            (
                "El acuerdo se firmó durante la reunión de ministros en Madrid.",
                "El acuerdo se firmó después de la reunión de ministros en Madrid.",
                Some(("durante", "después")),
            ),
            (
                "Взрыв произошёл до начала смены на шахте, сообщили в МЧС.",
                "Взрыв произошёл после начала смены на шахте, сообщили в МЧС.",
                Some(("до", "после")),
            ),
            (
                "Polis, eylem sırasında 15 kişiyi gözaltına aldı.",
                "Eylemin ardından polis 15 kişiyi gözaltına aldı.",
                Some(("sırasında", "ardından")),
            ),
            // Marathi glues the word to the noun it follows.
            (
                "मुसळधार पावसादरम्यान कोंढवा येथे बांधकाम साइटची भिंत कोसळली.",
                "पाऊस थांबल्यानंतर कोंढवा येथे बांधकाम साइटची भिंत कोसळली.",
                Some(("पावसादरम्यान", "थांबल्यानंतर")),
            ),
            // German "nach" is "after" before an article (before a noun it is "according to").
            (
                "Das Feuer brach gegen 22 Uhr aus, kurz nach der Schichtübergabe im Heim.",
                "Das Feuer brach gegen 22 Uhr während der Schichtübergabe im Heim aus.",
                Some(("nach", "während")),
            ),
            // Not anchored on one event: the storm's aftermath and the minister's visit.
            (
                "Roads were closed after the storm hit the coast of the island.",
                "Roads were closed on the coast of the island during a visit by the minister.",
                None,
            ),
            // Both sides place the event after it: nothing differs.
            (
                "The minister visited the area after the rescue, during the night.",
                "The minister visited the area after the rescue operation.",
                None,
            ),
        ];
        for (a, b, want) in cases {
            let r = compare(a, b, &Options::default());
            // Sure or possible: these sentences are alike, so most are sure (below).
            let mut got = clashes(a, b, "timing", false);
            got.extend(clashes(a, b, "timing", true));
            assert_eq!(
                pairs(&got),
                want.iter().copied().collect::<Vec<_>>(),
                "{a} / {b}"
            );
            // A moment that may differ is never told as the same fact.
            assert!(
                want.is_none() || r.links.iter().all(|l| l.relation != Relation::Same),
                "{a}: {:?}",
                r.links
            );
        }
        // Between sentences alike enough to tell one claim, a sure conflict; between sentences
        // less alike (the seed pair's signing, 0.34), only a possible one.
        let (a, b) = (
            "The minister visited the area after the rescue operation ended.",
            "The minister visited the area during the rescue operation.",
        );
        assert_eq!(pairs(&clashes(a, b, "timing", true)), [("after", "during")]);
        let (a, b) = (
            "रक्षा सहयोग के लिए इस समझौते (एमओयू) पर तेल अवीव में भारत-इस्राइल रक्षा सहयोग की संयुक्त कार्य समूह (जेडब्ल्यूजी) की बैठक के बाद हस्ताक्षर किए गए।",
            "इस बैठक के दौरान एमओयू पर हस्ताक्षर किए गए।",
        );
        assert!(clashes(a, b, "timing", true).is_empty());
        assert_eq!(pairs(&clashes(a, b, "timing", false)), [("बाद", "दौरान")]);
    }

    #[test]
    fn amounts_of_money_link_where_they_agree_and_clash_only_where_untold() {
        // One amount told on both sides links its sentences however differently worded; the prime
        // minister's 2 lakh is no conflict with the railways' 2.5 lakh, which both sides give.
        let a = "कंचनजंगा एक्सप्रेस को सोमवार को सिलीगुड़ी के पास एक मालगाड़ी ने टक्कर मार दी।\n\nकेंद्र ने मृतकों के परिवारों को 10 लाख रुपये और गंभीर घायलों को 2.5 लाख रुपये मुआवजे की घोषणा की।\n\nप्रधानमंत्री कोष से भी गंभीर घायलों को 2 लाख रुपये और मामूली घायलों को 50 हजार रुपये मिलेंगे।";
        let b = "कंचनजंगा एक्सप्रेस को सोमवार को सिलीगुड़ी के पास एक मालगाड़ी ने टक्कर मार दी।\n\nरेल मंत्री अश्विनी वैष्णव ने एक्स पर बताया कि जान गंवाने वालों के आश्रितों को 10 लाख रुपये दिए जाएंगे।\n\nगंभीर रूप से घायलों को 2.5 लाख रुपये और मामूली घायलों को 50 हजार रुपये दिए जाएंगे।";
        let r = compare(a, b, &Options::default());
        assert!(
            r.links.iter().any(|l| l.a == [1] && l.b == [1]),
            "10 लाख links: {:?}",
            r.links
        );
        let conflicts: Vec<_> = r
            .links
            .iter()
            .flat_map(|l| &l.conflicts)
            .map(|c| (c.a.value.as_str(), c.b.value.as_str()))
            .collect();
        assert!(conflicts.is_empty(), "{conflicts:?}");
    }

    #[test]
    fn marks_point_at_untold_words() {
        let a = "The council approved the budget on Monday.";
        let b = "The council approved the budget on Monday after a long debate about schools.";
        let r = compare(a, b, &Options::default());
        let u = &r.b.units[0];
        assert_eq!(u.status, Status::Changed);
        let marked: Vec<&str> = u.marks.iter().map(|m| &b[m.start..m.end]).collect();
        assert!(marked.iter().any(|m| m.contains("debate")), "{marked:?}");
        assert!(!marked.iter().any(|m| m.contains("council")), "{marked:?}");
    }

    #[test]
    fn each_sides_only_time_clashes_across_sentences_not_otherwise_linked() {
        // B splits A's long sentence: the time's own sentence is too little alike to link by its
        // words, but it tells each side's only time of the event.
        let a = "Six personnes ont été tuées vendredi matin dans la sortie de route d'un autocar en Savoie. Le véhicule, qui transportait quarante-huit passagers, a quitté la RN90 vers 6 h 40 à hauteur de La Bâthie, avant de dévaler un talus d'une quinzaine de mètres. Les blessés ont été répartis entre les hôpitaux d'Albertville et de Chambéry.";
        let b = "Six personnes ont été tuées vendredi matin dans la sortie de route d'un autocar en Savoie. Le car a quitté la route nationale 90 vers 7 h 40, près de La Bathie. Il a dévalé un talus d'une quinzaine de mètres. Les blessés ont été répartis entre les hôpitaux d'Albertville et de Chambéry.";
        assert_eq!(pairs(&clashes(a, b, "time", true)), [("06:40", "07:40")]);
        // Told to the minute, nine minutes apart is beyond any rounding ("04.21" / "04.12").
        let (a9, b9) = (a.replace("6 h 40", "4 h 21"), b.replace("7 h 40", "4 h 12"));
        assert_eq!(
            pairs(&clashes(&a9, &b9, "time", true)),
            [("04:21", "04:12")]
        );
        // Five minutes apart, each a round five: one moment rounded ("6 h 40" / "6 h 45").
        let b5 = b.replace("7 h 40", "6 h 45");
        assert!(clashes(a, &b5, "time", true).is_empty());
        // A side that gives two times tells two moments: nothing sure.
        let b2 = b.replace(
            "Il a dévalé",
            "Les secours sont arrivés à 8 h 15. Il a dévalé",
        );
        assert!(clashes(a, &b2, "time", true).is_empty());
    }

    #[test]
    fn each_sides_only_weekday_clashes_across_sentences_not_otherwise_linked() {
        let a = "Ein Regionalzug ist bei Saalfeld mit einem Traktor zusammengestoßen. Das Unglück ereignete sich am Dienstagabend an einem unbeschrankten Bahnübergang. Vier Menschen wurden schwer verletzt.";
        let b = "Ein Regionalzug ist bei Saalfeld mit einem Traktor zusammengestoßen. Vier Menschen wurden schwer verletzt. Der Zug erfasste den Traktor am Montagabend am Bahnübergang.";
        assert_eq!(
            pairs(&clashes(a, b, "weekday", true)),
            [("tuesday", "monday")]
        );
        // A day both sides tell is no event's day in question; the other side's second day is.
        let b2 = b.replace("Vier Menschen", "Am Dienstag wurden vier Menschen");
        assert!(clashes(a, &b2, "weekday", true).is_empty());
    }

    #[test]
    fn one_journey_told_both_ways_clashes() {
        for (a, b, clash) in [
            (
                "बस धुमाकोट से रामनगर जा रही थी।",
                "बस रामनगर से धूमाकोट की ओर आ रही थी।",
                true,
            ),
            (
                "The Khyber Mail from Karachi to Peshawar derailed near Padidan on Monday.",
                "The Khyber Mail from Peshawar to Karachi derailed near Padidan on Monday.",
                true,
            ),
            (
                "کراچی سے پشاور جانے والی خیبر میل پڈعیدن کے قریب پٹڑی سے اتر گئی۔",
                "پشاور سے کراچی آنے والی خیبر میل پڈعیدن کے قریب پٹڑی سے اتر گئی۔",
                true,
            ),
            (
                "Kayseri'den İzmir'e gitmekte olan otobüs devrildi.",
                "İzmir'den Kayseri'ye gitmekte olan otobüs devrildi.",
                true,
            ),
            // One way told two ways: no clash.
            (
                "The Khyber Mail from Karachi to Peshawar derailed near Padidan on Monday.",
                "The Peshawar-bound Khyber Mail from Karachi derailed near Padidan on Monday.",
                false,
            ),
        ] {
            assert_eq!(
                !clashes(a, b, "direction", true).is_empty(),
                clash,
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn a_quotations_speaker_is_the_name_its_word_of_speech_points_at() {
        let names = |a: &str, b: &str| clashes(a, b, "name", true);
        // Two names of two words on each side: the office in capitals is no speaker, the city
        // glued to the name stays with it.
        let got = names(
            "«Эвакуация прошла организованно, система оповещения сработала штатно», — заявил журналистам начальник ГУ МЧС по Новосибирской области Виктор Лазарев.",
            "«Эвакуация прошла организованно, система оповещения сработала штатно», — сказал на месте пожара первый заместитель мэра Новосибирска Игорь Сомов.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        // The other side names A's speaker, but as no speaker: still two mouths.
        let got = names(
            "\"Treviso ha scelto di voltare pagina, e lo ha fatto con il cuore\", ha detto Bortolan ai sostenitori radunati in piazza dei Signori.",
            "\"Treviso ha scelto di voltare pagina, e lo ha fatto con il cuore\", ha commentato a caldo Matteo Lorenzon, coordinatore della campagna di Bortolan.",
        );
        assert_eq!(pairs(&got), [("bortolan", "matteo lorenzon")]);
    }

    #[test]
    fn a_quotation_of_two_sentences_in_two_mouths_clashes() {
        let a = "Die Zahl der Toten stieg auf drei.\n\n«Эвакуация прошла организованно, система оповещения сработала штатно. Сейчас главное — полностью пролить конструкции и не допустить повторного возгорания», — заявил журналистам начальник ГУ МЧС Виктор Лазарев.";
        let b = "Die Zahl der Toten stieg auf drei.\n\n«Эвакуация прошла организованно, система оповещения сработала штатно. Сейчас главное — полностью пролить конструкции и не допустить повторного возгорания», — сказал на месте пожара первый заместитель мэра Игорь Сомов.";
        assert_eq!(clashes(a, b, "name", true).len(), 1);
    }

    #[test]
    fn two_people_whose_names_differ_in_one_word_in_one_role_clash() {
        let a = "En segundo lugar quedó Rodrigo Ledesma Aranda, de la coalición Transformemos Querétaro, con 35.2 por ciento.";
        let b = "En segundo lugar se ubicó Rodrigo Villalobos Aranda, de la coalición Transformemos Querétaro, con 35.2 por ciento.";
        assert_eq!(
            pairs(&clashes(a, b, "name", true)),
            [("rodrigo ledesma aranda", "rodrigo villalobos aranda")]
        );
        // Two names of one thing, headed differently: no clash.
        let a = "Pemerintah Provinsi Sulawesi Barat mengirim bantuan ke lokasi bencana.";
        let b = "Gubernur Sulawesi Barat mengirim bantuan ke lokasi bencana.";
        assert!(clashes(a, b, "name", true).is_empty());
        // In a script without capitals: a name read after a title ends at its case marker, and two
        // names of three words that differ in the last are two people.
        let a = "ਯੂਨੀਅਨ ਦੇ ਸੂਬਾ ਪ੍ਰਧਾਨ ਹਰਦੀਪ ਸਿੰਘ ਧਾਲੀਵਾਲ ਨੇ ਕਿਹਾ ਕਿ ਸੰਘਰਸ਼ ਜਾਰੀ ਰਹੇਗਾ।";
        let b = "ਯੂਨੀਅਨ ਦੇ ਸੂਬਾ ਪ੍ਰਧਾਨ ਹਰਦੀਪ ਸਿੰਘ ਗਰੇਵਾਲ ਨੇ ਐਲਾਨ ਕੀਤਾ ਕਿ ਸੰਘਰਸ਼ ਜਾਰੀ ਰਹੇਗਾ।";
        assert_eq!(
            pairs(&clashes(a, b, "name", true)),
            [("ਹਰਦੀਪ ਸਿੰਘ ਧਾਲੀਵਾਲ", "ਹਰਦੀਪ ਸਿੰਘ ਗਰੇਵਾਲ")]
        );
        // The other sentence gives the first two names, with no title before them.
        let a = "भाजपा प्रत्याशी गोविंद सिंह राठौड़ को 65,735 वोट मिले और वे दूसरे स्थान पर रहे।";
        let b = "भाजपा के गोविंद सिंह शक्तावत को 65,735 वोट मिले और वे दूसरे स्थान पर रहे।";
        assert_eq!(
            pairs(&clashes(a, b, "name", true)),
            [("गोविंद सिंह राठौड", "गोविंद सिंह शक्तावत")]
        );
        // One name spelled two ways is one person.
        let a = "Fairfield Fire Chief Daniel Kowalski said the blaze was under control by noon.";
        let b = "Fairfield Fire Chief Daniel Kowalczyk said the blaze was under control by noon.";
        assert!(clashes(a, b, "name", true).is_empty());
    }

    #[test]
    fn chinese_counters_keep_vehicles_and_people_apart() {
        let a = "接警后，市消防救援支队先后调派40余辆消防车、200余名指战员赶赴现场处置。";
        let b = "接警后，市消防救援支队共调派消防车43辆、指战员210名到场处置。";
        assert!(clashes(a, b, "number", true).is_empty());
        assert!(clashes(a, b, "number", false).is_empty());
    }
}

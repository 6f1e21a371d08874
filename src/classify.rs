//! Decides what each link says (same, changed, conflict), each unit's status, each fact's status, and
//! builds the [`Report`].
//!
//! A conflict needs a slot: a number alone is not one. Two numbers clash only when the words around them
//! agree ("23 people died" / "27 people died"), not when they count different things ("23 died" / "64
//! rescued"). Weekdays, dates, names in the same place, a negation on one side only, and antonyms
//! ("increase" / "cut") clash too.

use crate::align::{translit_distance, Aligned, Pair};
use crate::facts::{weekday, Found};
use crate::normalize::Token;
use crate::report::*;
use crate::segment::Unit as Seg;
use crate::Options;
#[allow(unused_imports)]
use crate::SortExt;
use crate::{Map, Set};

/// Everything the earlier stages produced.
pub struct Input<'a> {
    pub a: &'a str,
    pub b: &'a str,
    pub units_a: &'a [Seg],
    pub units_b: &'a [Seg],
    pub toks_a: &'a [Vec<Token>],
    pub toks_b: &'a [Vec<Token>],
    pub facts_a: &'a [Found],
    pub facts_b: &'a [Found],
    pub aligned: &'a Aligned,
}

const NEGATIONS: &[&str] = &[
    "not",
    "no",
    "never",
    "n't",
    "nobody",
    "none",
    "neither",
    "nor",
    "failed",
    "fails",
    "refused",
    "refuses",
    "prevented",
    "नहीं",
    "कभी नहीं",
    "no",
    "nunca",
    "jamás",
    "ni",
    "pas",
    "jamais",
    "aucun",
    "aucune",
    "nicht",
    "kein",
    "keine",
    "keinen",
    "nie",
    "niemals",
    "não",
    "nem",
    "nenhum",
    "لا",
    "لم",
    "لن",
    "ليس",
    "ليست",
    "غير",
    "نہیں",
    "نہ",
    "না",
    "নি",
    "নয়",
    "不",
    "没",
    "没有",
    "未",
    "无",
    "非",
];

/// Pairs of words that say the opposite of each other (folded, stems allowed as prefixes).
const ANTONYMS: &[(&str, &str)] = &[
    ("increase", "decrease"),
    ("increase", "cut"),
    ("increased", "decreased"),
    ("increased", "cut"),
    ("rise", "fall"),
    ("rose", "fell"),
    ("risen", "fallen"),
    ("raise", "cut"),
    ("raised", "cut"),
    ("higher", "lower"),
    ("more", "fewer"),
    ("gain", "loss"),
    ("won", "lost"),
    ("win", "lose"),
    ("wins", "loses"),
    ("before", "after"),
    ("accept", "reject"),
    ("accepted", "rejected"),
    ("approve", "reject"),
    ("approved", "rejected"),
    ("allow", "ban"),
    ("allowed", "banned"),
    ("guilty", "innocent"),
    ("alive", "dead"),
    ("opened", "closed"),
    ("open", "closed"),
    ("up", "down"),
    ("above", "below"),
    ("support", "oppose"),
    ("supported", "opposed"),
    ("confirmed", "denied"),
    ("confirm", "deny"),
    ("resigned", "stayed"),
    ("arrested", "released"),
    ("acquitted", "convicted"),
    ("majority", "minority"),
    ("बढ़", "घट"),
    ("बढ़ा", "घटा"),
    ("बढ़ी", "घटी"),
    ("बढ़ोतरी", "कटौती"),
    ("वृद्धि", "कमी"),
    ("पहले", "बाद"),
    ("जीत", "हार"),
    ("जीता", "हारा"),
    ("स्वीकार", "अस्वीकार"),
    ("मंजूरी", "खारिज"),
    ("समर्थन", "विरोध"),
    ("जिंदा", "मृत"),
    ("aumento", "recorte"),
    ("aumentar", "diminuir"),
    ("aumentar", "reduzir"),
    ("aumentar", "disminuir"),
    ("augmenter", "diminuer"),
    ("reduce", "increase"),
    ("drop", "rise"),
    ("decline", "rise"),
    ("gain", "lose"),
    ("success", "failure"),
    ("successful", "failed"),
    ("agree", "disagree"),
    ("legal", "illegal"),
    ("true", "false"),
    ("start", "end"),
    ("began", "ended"),
    ("first", "last"),
    ("highest", "lowest"),
    ("largest", "smallest"),
    ("biggest", "smallest"),
    ("best", "worst"),
    ("strong", "weak"),
    ("positive", "negative"),
    ("north", "south"),
    ("east", "west"),
    ("northern", "southern"),
    ("eastern", "western"),
    ("young", "old"),
    ("early", "late"),
    ("earlier", "later"),
    ("cheap", "expensive"),
    ("safe", "dangerous"),
    ("victory", "defeat"),
    ("buy", "sell"),
    ("bought", "sold"),
    ("import", "export"),
    ("inside", "outside"),
    ("permanent", "temporary"),
    ("public", "private"),
    ("male", "female"),
    ("men", "women"),
    ("man", "woman"),
    ("boy", "girl"),
    ("peaceful", "violent"),
    ("arrested", "acquitted"),
    ("convicted", "acquitted"),
    ("full", "empty"),
    ("minimum", "maximum"),
    ("least", "most"),
    ("entered", "left"),
    ("arrive", "depart"),
    ("arrival", "departure"),
    ("domestic", "foreign"),
    ("hired", "fired"),
    ("decline", "increase"),
    ("declined", "increased"),
    ("decline", "growth"),
    ("ahead", "behind"),
    ("ahead", "back"),
    ("adding", "cutting"),
    ("add", "cut"),
    ("delete", "keep"),
    ("remove", "keep"),
    ("forced", "allowed"),
    ("defend", "surrender"),
    ("defends", "surrenders"),
    ("lifted", "imposed"),
    ("lift", "impose"),
    ("ally", "enemy"),
    ("include", "exclude"),
    ("included", "excluded"),
    ("expand", "shrink"),
    ("strengthen", "weaken"),
    ("boost", "cut"),
    ("boosted", "cut"),
    ("join", "leave"),
    ("joined", "left"),
    ("started", "stopped"),
    ("start", "stop"),
    ("passed", "failed"),
    ("likely", "unlikely"),
    ("possible", "impossible"),
    ("able", "unable"),
    ("surge", "plunge"),
    ("soared", "plunged"),
    ("gained", "lost"),
    ("profit", "loss"),
    ("surplus", "deficit"),
    ("winner", "loser"),
    ("high", "low"),
    ("leading", "trailing"),
    ("easy", "difficult"),
    ("rising", "falling"),
    ("growing", "shrinking"),
    ("aumento", "reducción"),
    ("subió", "bajó"),
    ("sube", "baja"),
    ("antes", "después"),
    ("ganó", "perdió"),
    ("aprobó", "rechazó"),
    ("hausse", "baisse"),
    ("augmentation", "baisse"),
    ("augmentation", "réduction"),
    ("avant", "après"),
    ("gagné", "perdu"),
    ("erhöhung", "senkung"),
    ("erhöht", "gesenkt"),
    ("steigt", "sinkt"),
    ("gestiegen", "gesunken"),
    ("vor", "nach"),
    ("gewonnen", "verloren"),
    ("aumento", "corte"),
    ("aumentou", "reduziu"),
    ("subiu", "caiu"),
    ("depois", "antes"),
    ("venceu", "perdeu"),
    ("ارتفاع", "انخفاض"),
    ("زيادة", "خفض"),
    ("قبل", "بعد"),
    ("فاز", "خسر"),
    ("增加", "减少"),
    ("上涨", "下跌"),
    ("之前", "之后"),
    ("赢", "输"),
];

/// Do these two folded words say the opposite of each other?
pub fn is_antonym(x: &str, y: &str) -> bool {
    let y = antonym_key(y);
    antonyms_of(x).contains(&y)
}

/// Words are compared on their stems, so "increased" meets "cut" through "increase".
fn antonym_key(w: &str) -> String {
    crate::normalize::stem(&crate::normalize::fold(w))
}

/// The stems that say the opposite of this word (built once from the table).
fn antonyms_of(w: &str) -> &'static [String] {
    static MAP: std::sync::OnceLock<Map<String, Vec<String>>> = std::sync::OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m: Map<String, Vec<String>> = Map::default();
        for &(p, q) in ANTONYMS {
            let (p, q) = (antonym_key(p), antonym_key(q));
            if p != q {
                m.entry(p.clone()).or_default().push(q.clone());
                m.entry(q).or_default().push(p);
            }
        }
        m
    });
    map.get(&antonym_key(w)).map_or(&[], Vec::as_slice)
}

fn is_negation(t: &Token) -> bool {
    NEGATIONS.contains(&t.fold.as_ref()) || t.fold.ends_with("n't")
}

struct SideView<'a> {
    text: &'a str,
    units: &'a [Seg],
    toks: &'a [Vec<Token>],
    terms: &'a [Vec<u32>],
    facts: &'a [Found],
}

pub fn build_report(input: Input<'_>, options: &Options) -> Report {
    let al = input.aligned;
    let sa = SideView {
        text: input.a,
        units: input.units_a,
        toks: input.toks_a,
        terms: &al.terms_a,
        facts: input.facts_a,
    };
    let sb = SideView {
        text: input.b,
        units: input.units_b,
        toks: input.toks_b,
        terms: &al.terms_b,
        facts: input.facts_b,
    };

    // Partners of every unit.
    let mut partners_a: Vec<Vec<usize>> = vec![Vec::new(); sa.units.len()];
    let mut partners_b: Vec<Vec<usize>> = vec![Vec::new(); sb.units.len()];
    for p in &al.pairs {
        partners_a[p.a].push(p.b);
        partners_b[p.b].push(p.a);
    }
    let cover_a: Vec<Cover> = (0..sa.units.len())
        .map(|u| coverage(&sa, u, &sb, &partners_a[u], &al.idf))
        .collect();
    let cover_b: Vec<Cover> = (0..sb.units.len())
        .map(|u| coverage(&sb, u, &sa, &partners_b[u], &al.idf))
        .collect();

    let facts_by_unit_a = by_unit(sa.facts);
    let facts_by_unit_b = by_unit(sb.facts);
    // A looser sensitivity also calls more links "same".
    let same_cover = options.tuning.same_cover - (options.sensitivity.clamp(0.0, 1.0) - 0.5) * 0.6;
    let same = |c: &Cover| c.share >= same_cover;
    let mut links = Vec::with_capacity(al.pairs.len());
    for p in &al.pairs {
        let clashes = clashes(
            &sa,
            &sb,
            p,
            &facts_by_unit_a,
            &facts_by_unit_b,
            &options.tuning,
        );
        let relation = if !clashes.is_empty() {
            Relation::Conflict
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
            possible: Vec::new(),
        });
    }
    links.ssort_by(|x, y| (x.a[0], x.b[0]).cmp(&(y.a[0], y.b[0])));

    let units_a = report_units(&sa, &links, |l| &l.a, &cover_a);
    let units_b = report_units(&sb, &links, |l| &l.b, &cover_b);
    let facts = report_facts(&sa, &sb, &links, options);
    let comparison = match options.comparison {
        crate::ComparisonMode::Versions => Comparison::Versions,
        crate::ComparisonMode::Outlets => Comparison::Outlets,
        crate::ComparisonMode::Auto => judge_comparison(&units_a, &units_b, &links),
    };
    let summary = summarize(
        (input.a, &units_a),
        (input.b, &units_b),
        &links,
        &facts,
        comparison,
    );
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

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

fn by_unit(facts: &[Found]) -> Map<usize, Vec<&Found>> {
    let mut m: Map<usize, Vec<&Found>> = Map::default();
    for f in facts {
        m.entry(f.unit).or_default().push(f);
    }
    m
}

/// Share of a unit's weight that its partners tell, and which of its tokens they do not tell.
/// How much of a unit its partners tell.
struct Cover {
    /// Share of its IDF weight.
    share: f32,
    /// Per token: a content word no partner has (marked in the page).
    untold: Vec<bool>,
    /// It gives a number no partner gives.
    untold_number: bool,
}

fn coverage(side: &SideView, u: usize, other: &SideView, partners: &[usize], idf: &[f32]) -> Cover {
    let terms = &side.terms[u];
    let told: Set<u32> = partners
        .iter()
        .flat_map(|&p| other.terms[p].iter().copied())
        .collect();
    let mut seen = Set::default();
    let (mut total, mut covered) = (0.0f32, 0.0f32);
    let mut untold = vec![false; terms.len()];
    let mut untold_number = false;
    for (i, &t) in terms.iter().enumerate() {
        let hit = told.contains(&t);
        let tok = &side.toks[u][i];
        untold[i] = !hit && !tok.stop;
        untold_number |= !hit && tok.num.is_some();
        if seen.insert(t) {
            let w = idf[t as usize];
            total += w;
            if hit {
                covered += w;
            }
        }
    }
    Cover {
        share: if total > 0.0 { covered / total } else { 1.0 },
        untold,
        untold_number,
    }
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
                Some(last) if prev_marked => last.end = last.end.max(t.end),
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

/// The slot a number fills: the content words of the five tokens after it (what it counts and what
/// happened to them), or of the three before it when nothing follows.
/// The words that say what a number counts: the content words among the five tokens after it, or
/// among the three before it when none follow; with them, the same window cut at the next number
/// (which starts a slot of its own).
fn context(ts: &[Token], i: usize) -> [Set<&str>; 2] {
    let words = |r: &mut dyn Iterator<Item = usize>| {
        let (mut all, mut cut, mut open) = (Set::default(), Set::default(), true);
        for j in r {
            open &= ts[j].num.is_none();
            if !ts[j].stop && ts[j].num.is_none() {
                all.insert(ts[j].key.as_ref());
                if open {
                    cut.insert(ts[j].key.as_ref());
                }
            }
        }
        [all, cut]
    };
    let right = words(&mut (i + 1..(i + 6).min(ts.len())));
    if right[0].is_empty() {
        words(&mut (i.saturating_sub(3)..i).rev())
    } else {
        right
    }
}

/// Do two numbers count the same thing? Two shared words in their windows settle it (one when a side
/// has just one). The windows cut at the next number count too: in "पक्ष में 132 और विरोध में 71
/// सदस्यों" / "पक्ष में 123 और विरोध में 71 वोट" the members and votes belong to the 71.
fn number_slot(cx: &[Set<&str>; 2], cy: &[Set<&str>; 2]) -> bool {
    (0..2).any(|k| {
        let common = cx[k].intersection(&cy[k]).count();
        common > 0 && common >= 2.min(cx[k].len().min(cy[k].len()))
    })
}

fn clashes(
    sa: &SideView,
    sb: &SideView,
    p: &Pair,
    fa: &Map<usize, Vec<&Found>>,
    fb: &Map<usize, Vec<&Found>>,
    tuning: &crate::tuning::Tuning,
) -> Vec<Clash> {
    let ta = &sa.toks[p.a];
    let tb = &sb.toks[p.b];
    let empty = Vec::new();
    let facts_a = fa.get(&p.a).unwrap_or(&empty);
    let facts_b = fb.get(&p.b).unwrap_or(&empty);
    let mut out = Vec::new();

    // Numbers in the same slot with different values.
    let in_date = |facts: &[&Found], t: &Token| {
        facts
            .iter()
            .any(|f| f.kind == FactKind::Date && f.start <= t.start && t.end <= f.end)
    };
    let vals_a: Set<String> = ta
        .iter()
        .filter_map(|t| t.num.as_ref().map(|n| n.canonical()))
        .collect();
    let vals_b: Set<String> = tb
        .iter()
        .filter_map(|t| t.num.as_ref().map(|n| n.canonical()))
        .collect();
    let mut used_b = Set::default();
    for (i, x) in ta.iter().enumerate() {
        let Some(nx) = &x.num else { continue };
        let vx = nx.canonical();
        if vals_b.contains(&vx) || in_date(facts_a, x) {
            continue;
        }
        let cx = context(ta, i);
        for (j, y) in tb.iter().enumerate() {
            let Some(ny) = &y.num else { continue };
            let vy = ny.canonical();
            if vals_a.contains(&vy)
                || used_b.contains(&j)
                || nx.ordinal != ny.ordinal
                || in_date(facts_b, y)
            {
                continue;
            }
            if number_slot(&cx, &context(tb, j)) {
                used_b.insert(j);
                out.push(Clash {
                    slot: None,
                    kind: "number".into(),
                    a: mention(sa.text, x.start, nx.end.max(x.end), vx.clone()),
                    b: mention(sb.text, y.start, ny.end.max(y.end), vy),
                });
                break;
            }
        }
    }

    // Two death tolls: whatever words surround them, one number each that the other side lacks.
    if out.is_empty() {
        fn lone<'t>(
            ts: &'t [Token],
            facts: &[&Found],
            other: &Set<String>,
        ) -> Option<(&'t Token, String)> {
            let v: Vec<(&Token, String)> = crate::facts::toll_numbers(ts, facts)
                .into_iter()
                .filter_map(|t| t.num.as_ref().map(|n| (t, n.canonical())))
                .filter(|(_, v)| !other.contains(v))
                .collect();
            (v.len() == 1).then(|| v.into_iter().next()).flatten()
        }
        if let (Some((x, vx)), Some((y, vy))) =
            (lone(ta, facts_a, &vals_b), lone(tb, facts_b, &vals_a))
        {
            let (nx, ny) = (x.num.as_ref().unwrap(), y.num.as_ref().unwrap());
            out.push(Clash {
                slot: None,
                kind: "number".into(),
                a: mention(sa.text, x.start, nx.end.max(x.end), vx),
                b: mention(sb.text, y.start, ny.end.max(y.end), vy),
            });
        }
    }

    // Weekdays and dates, between sentences alike enough to tell one event: "23 died on Friday" and
    // "the office said on Saturday the toll had risen" date two different things.
    for (kind, pick) in [("weekday", true), ("date", false)] {
        if p.score < tuning.date_min_score {
            break;
        }
        let sel = |facts: &[&Found]| -> Vec<(usize, usize, String)> {
            facts
                .iter()
                .filter(|f| f.kind == FactKind::Date && weekday(&f.value).is_some() == pick)
                .map(|f| (f.start, f.end, f.value.clone()))
                .collect()
        };
        let (da, db) = (sel(facts_a), sel(facts_b));
        if !da.is_empty()
            && !db.is_empty()
            && !da
                .iter()
                .any(|x| db.iter().any(|y| date_agrees(&x.2, &y.2)))
        {
            out.push(Clash {
                slot: None,
                kind: kind.into(),
                a: mention(sa.text, da[0].0, da[0].1, da[0].2.clone()),
                b: mention(sb.text, db[0].0, db[0].1, db[0].2.clone()),
            });
        }
    }

    // A negation on one side only, between sentences that otherwise agree.
    if p.score >= tuning.negation_min_score {
        let na: Vec<&Token> = ta.iter().filter(|t| is_negation(t)).collect();
        let nb: Vec<&Token> = tb.iter().filter(|t| is_negation(t)).collect();
        if na.len() != nb.len() {
            let (neg_side, other_side, a_side) = if na.len() > nb.len() {
                (ta, tb, true)
            } else {
                (tb, ta, false)
            };
            let (neg_text, other_text) = if a_side {
                (sa.text, sb.text)
            } else {
                (sb.text, sa.text)
            };
            let k = neg_side.iter().position(is_negation).unwrap_or(0);
            // Anchor both sides on a word next to the negation that the other side also has:
            // "not guilty" against "guilty". Without one, the other side's first word stands in.
            let neighbour = [k + 1, k.wrapping_sub(1)]
                .into_iter()
                .filter_map(|j| neg_side.get(j))
                .find_map(|n| other_side.iter().find(|o| o.key == n.key).map(|o| (n, o)));
            let (ns, ne, os, oe) = match neighbour {
                Some((n, o)) => (
                    neg_side[k].start.min(n.start),
                    neg_side[k].end.max(n.end),
                    o.start,
                    o.end,
                ),
                None => {
                    let o = other_side.first().map_or((0, 0), |t| (t.start, t.end));
                    (neg_side[k].start, neg_side[k].end, o.0, o.1)
                }
            };
            let neg = mention(neg_text, ns, ne, crate::normalize::fold(&neg_text[ns..ne]));
            let plain = mention(
                other_text,
                os,
                oe,
                crate::normalize::fold(&other_text[os..oe]),
            );
            let (a, b) = if a_side { (neg, plain) } else { (plain, neg) };
            out.push(Clash {
                slot: None,
                kind: "negation".into(),
                a,
                b,
            });
        }
    }

    // Antonyms: one side says "increase" where the other says "cut".
    let keys_a: Set<&str> = ta.iter().map(|t| t.fold.as_ref()).collect();
    let keys_b: Set<&str> = tb.iter().map(|t| t.fold.as_ref()).collect();
    let stems_b: Map<String, &Token> = tb
        .iter()
        .filter(|t| !keys_a.contains(t.fold.as_ref()))
        .map(|t| (antonym_key(&t.fold), t))
        .collect();
    for x in ta.iter().filter(|t| !keys_b.contains(t.fold.as_ref())) {
        if let Some(y) = antonyms_of(&x.fold).iter().find_map(|s| stems_b.get(s)) {
            out.push(Clash {
                slot: None,
                kind: "antonym".into(),
                a: mention(sa.text, x.start, x.end, x.fold.to_string()),
                b: mention(sb.text, y.start, y.end, y.fold.to_string()),
            });
            break;
        }
    }

    // Different names in the same slot (the same word before or after them).
    let names_a: Vec<&&Found> = facts_a
        .iter()
        .filter(|f| f.kind == FactKind::Name)
        .collect();
    let names_b: Vec<&&Found> = facts_b
        .iter()
        .filter(|f| f.kind == FactKind::Name)
        .collect();
    let vb: Set<&str> = names_b.iter().map(|f| f.value.as_str()).collect();
    let va: Set<&str> = names_a.iter().map(|f| f.value.as_str()).collect();
    'names: for x in names_a.iter().filter(|f| !vb.contains(f.value.as_str())) {
        for y in names_b.iter().filter(|f| !va.contains(f.value.as_str())) {
            if same_name(&x.value, &y.value) {
                continue;
            }
            if same_slot(ta, x.start, x.end, tb, y.start, y.end) {
                out.push(Clash {
                    slot: None,
                    kind: "name".into(),
                    a: mention(sa.text, x.start, x.end, x.value.clone()),
                    b: mention(sb.text, y.start, y.end, y.value.clone()),
                });
                break 'names;
            }
        }
    }
    out
}

/// Two spellings of one name ("Zelensky" / "Volodymyr Zelenskyy"): one holds the other, or the words
/// they do not share sound alike. "London Russian" / "Moscow Russian" are different places.
fn same_name(x: &str, y: &str) -> bool {
    if x.contains(y) || y.contains(x) {
        return true;
    }
    let wx: Vec<&str> = x.split_whitespace().collect();
    let wy: Vec<&str> = y.split_whitespace().collect();
    let rx: String = wx
        .iter()
        .filter(|w| !wy.contains(w))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let ry: String = wy
        .iter()
        .filter(|w| !wx.contains(w))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    translit_distance(&rx, &ry) <= 0.4
}

/// "10 nov" agrees with "10 nov 2025", and with "nov 2025" only on the month.
fn date_agrees(x: &str, y: &str) -> bool {
    let px: Vec<&str> = x.split(' ').collect();
    let py: Vec<&str> = y.split(' ').collect();
    fn month<'s>(p: &[&'s str]) -> Option<&'s str> {
        p.iter()
            .find(|s| s.chars().all(char::is_alphabetic))
            .copied()
    }
    fn day<'s>(p: &[&'s str]) -> Option<&'s str> {
        p.first()
            .filter(|s| s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit()))
            .copied()
    }
    fn year<'s>(p: &[&'s str]) -> Option<&'s str> {
        p.iter()
            .find(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()))
            .copied()
    }
    let ok = |a: Option<&str>, b: Option<&str>| a.is_none() || b.is_none() || a == b;
    ok(month(&px), month(&py)) && ok(day(&px), day(&py)) && ok(year(&px), year(&py))
}

/// Do two spans sit between the same neighbouring words?
fn same_slot(ta: &[Token], sa: usize, ea: usize, tb: &[Token], sb: usize, eb: usize) -> bool {
    let around = |ts: &[Token], s: usize, e: usize| {
        let before = ts.iter().rev().find(|t| t.end <= s).map(|t| t.key.clone());
        let after = ts.iter().find(|t| t.start >= e).map(|t| t.key.clone());
        (before, after)
    };
    let (ba, aa) = around(ta, sa, ea);
    let (bb, ab) = around(tb, sb, eb);
    (ba.is_some() && ba == bb) || (aa.is_some() && aa == ab)
}

/// The terms (word ids after learned variants) of the words of unit `unit` inside `start..end`,
/// stop words left out; empty when the unit does not exist.
fn span_terms(side: &SideView, unit: usize, start: usize, end: usize) -> Vec<u32> {
    let (Some(toks), Some(terms)) = (side.toks.get(unit), side.terms.get(unit)) else {
        return Vec::new();
    };
    toks.iter()
        .zip(terms)
        .filter(|(t, _)| t.start >= start && t.end <= end && !t.stop)
        .map(|(_, &id)| id)
        .collect()
}

fn report_facts(sa: &SideView, sb: &SideView, links: &[Link], options: &Options) -> Vec<Fact> {
    let wanted = |k: FactKind| options.fact_kinds.contains(&k);
    let content_terms = |s: &SideView| -> Set<u32> {
        s.units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.kind.is_content())
            .flat_map(|(i, _)| s.terms[i].iter().copied())
            .collect()
    };
    let terms_a = content_terms(sa);
    let terms_b = content_terms(sb);
    // Mentions that take part in a clash become one conflicting fact each.
    let mut facts = Vec::new();
    let mut in_conflict_a: Set<(usize, usize)> = Set::default();
    let mut in_conflict_b: Set<(usize, usize)> = Set::default();
    for l in links {
        for c in &l.conflicts {
            let kind = match c.kind.as_str() {
                "number" => FactKind::Number,
                "date" | "weekday" => FactKind::Date,
                "name" => FactKind::Name,
                _ => continue,
            };
            if !wanted(kind)
                || !in_conflict_a.insert((c.a.start, c.a.end))
                    & !in_conflict_b.insert((c.b.start, c.b.end))
            {
                continue;
            }
            facts.push(Fact {
                kind,
                slot: None,
                status: FactStatus::Conflict,
                key: format!("{} ↔ {}", c.a.value, c.b.value),
                a: vec![c.a.clone()],
                b: vec![c.b.clone()],
            });
        }
    }
    // Every other fact, grouped by kind and value, and looked for on the other side.
    // A name is grouped by its words after learned variants, so that इस्राइल on one side and
    // इजरायल on the other are one fact, known by the first spelling met; everything else by value.
    let mut groups: Vec<FactGroup> = Vec::new();
    // Keyed by the name's terms (Ok), or by the value (Err) for the rest.
    let mut index: Map<(FactKind, Result<Vec<u32>, String>), usize> = Map::default();
    let mut add = |f: &Found, side: &SideView, side_a: bool, groups: &mut Vec<FactGroup>| {
        let group = match f.kind {
            FactKind::Name => Some(span_terms(side, f.unit, f.start, f.end))
                .filter(|t| !t.is_empty())
                .ok_or_else(|| f.value.clone()),
            _ => Err(f.value.clone()),
        };
        let i = *index.entry((f.kind, group)).or_insert_with(|| {
            groups.push(((f.kind, f.value.clone()), Vec::new(), Vec::new()));
            groups.len() - 1
        });
        let m = Mention {
            start: f.start,
            end: f.end,
            value: f.value.clone(),
        };
        if side_a {
            groups[i].1.push(m);
        } else {
            groups[i].2.push(m);
        }
    };
    for f in sa
        .facts
        .iter()
        .filter(|f| wanted(f.kind) && !in_conflict_a.contains(&(f.start, f.end)))
    {
        add(f, sa, true, &mut groups);
    }
    for f in sb
        .facts
        .iter()
        .filter(|f| wanted(f.kind) && !in_conflict_b.contains(&(f.start, f.end)))
    {
        add(f, sb, false, &mut groups);
    }
    // Names and quotes: their words (after learned variants) appear on the other side. Returns the
    // terms of the mention when they do.
    let told_by = |f_side: &SideView,
                   m: &Mention,
                   other_terms: &Set<u32>,
                   kind: FactKind|
     -> Option<Vec<u32>> {
        let unit = f_side.units.partition_point(|u| u.end <= m.start);
        let terms = span_terms(f_side, unit, m.start, m.end);
        let hit = terms.iter().filter(|t| other_terms.contains(t)).count();
        let told = !terms.is_empty()
            && match kind {
                FactKind::Quote => hit * 10 >= terms.len() * 8,
                _ => hit == terms.len(),
            };
        told.then_some(terms)
    };
    let first_a = first_places(sa);
    let first_b = first_places(sb);
    for ((kind, value), mut ma, mut mb) in groups {
        let names = matches!(kind, FactKind::Name | FactKind::Quote);
        let status = match (ma.is_empty(), mb.is_empty()) {
            (false, false) => FactStatus::Shared,
            (false, true) => {
                match told_by(sa, &ma[0], &terms_b, kind).and_then(|t| place(sb, &first_b, &t)) {
                    Some(m) if names => {
                        mb.push(m);
                        FactStatus::Shared
                    }
                    _ => FactStatus::OnlyA,
                }
            }
            _ => match told_by(sb, &mb[0], &terms_a, kind).and_then(|t| place(sa, &first_a, &t)) {
                Some(m) if names => {
                    ma.push(m);
                    FactStatus::Shared
                }
                _ => FactStatus::OnlyB,
            },
        };
        facts.push(Fact {
            kind,
            slot: None,
            status,
            key: value,
            a: ma,
            b: mb,
        });
    }
    facts
}

/// A fact's kind and value, with its mentions on side a and on side b.
type FactGroup = ((FactKind, String), Vec<Mention>, Vec<Mention>);

/// Where each term first appears in a side's story content: (unit, token).
fn first_places(side: &SideView) -> Map<u32, (usize, usize)> {
    let mut m = Map::default();
    for (u, unit) in side.units.iter().enumerate() {
        if unit.kind.is_content() {
            for (i, &t) in side.terms[u].iter().enumerate() {
                m.entry(t).or_insert((u, i));
            }
        }
    }
    m
}

/// A mention on this side of a name or quote the other side tells: from where its first word
/// first appears, on through the words that belong to it.
fn place(side: &SideView, first: &Map<u32, (usize, usize)>, terms: &[u32]) -> Option<Mention> {
    let &(u, i) = terms.iter().find_map(|t| first.get(t))?;
    let toks = &side.toks[u];
    let ids = &side.terms[u];
    let mut j = i;
    while j + 1 < toks.len()
        && (terms.contains(&ids[j + 1]) || toks[j + 1].stop)
        && j + 1 - i < terms.len() * 2
    {
        j += 1;
    }
    while j > i && !terms.contains(&ids[j]) {
        j -= 1;
    }
    let (start, end) = (toks[i].start, toks[j].end);
    Some(Mention {
        start,
        end,
        value: crate::normalize::fold(side.text.get(start..end)?),
    })
}

/// Two versions of one article: most story units on each side have a near-verbatim partner.
fn judge_comparison(a: &[Unit], b: &[Unit], links: &[Link]) -> Comparison {
    let verbatim = |units: &[Unit], ids: &dyn Fn(&Link) -> &Vec<usize>| {
        let story = units.iter().filter(|u| u.kind.is_content()).count();
        let mut near: Vec<bool> = vec![false; units.len()];
        for l in links.iter().filter(|l| l.score >= 0.9) {
            for &u in ids(l) {
                near[u] = true;
            }
        }
        let n = units
            .iter()
            .filter(|u| u.kind.is_content() && near[u.id])
            .count();
        if story == 0 {
            0.0
        } else {
            n as f32 / story as f32
        }
    };
    let (va, vb) = (verbatim(a, &|l| &l.a), verbatim(b, &|l| &l.b));
    if va.max(vb) >= 0.6 && va.min(vb) >= 0.3 {
        Comparison::Versions
    } else {
        Comparison::Outlets
    }
}

fn summarize(
    (ta, a): (&str, &[Unit]),
    (tb, b): (&str, &[Unit]),
    links: &[Link],
    facts: &[Fact],
    comparison: Comparison,
) -> Summary {
    let mut s = Summary::default();
    for u in a {
        s.a.add(u.status);
    }
    for u in b {
        s.b.add(u.status);
    }
    // Shares count characters, not bytes: a Devanagari letter is three bytes, a Latin one is one.
    let share = |text: &str, units: &[Unit]| {
        let (mut told, mut all) = (0usize, 0usize);
        for u in units.iter().filter(|u| u.kind.is_content()) {
            let chars = text.get(u.start..u.end).map_or(0, |t| t.chars().count());
            all += chars;
            if matches!(u.status, Status::Same | Status::Changed | Status::Conflict) {
                told += chars;
            }
        }
        if all == 0 {
            0.0
        } else {
            round3(told as f32 / all as f32)
        }
    };
    s.a_in_b = share(ta, a);
    s.b_in_a = share(tb, b);
    s.conflicts = links
        .iter()
        .filter(|l| l.relation == Relation::Conflict)
        .count();
    s.possible_conflicts = links
        .iter()
        .filter(|l| l.relation != Relation::Conflict && !l.possible.is_empty())
        .count();
    for f in facts {
        match f.status {
            FactStatus::Shared => s.facts.shared += 1,
            FactStatus::OnlyA => s.facts.only_a += 1,
            FactStatus::OnlyB => s.facts.only_b += 1,
            FactStatus::Conflict => s.facts.conflict += 1,
            FactStatus::PossibleConflict => s.facts.possible_conflict += 1,
        }
    }
    let cover = |units: &[Unit]| SideCoverage {
        story: units.iter().filter(|u| u.kind.is_content()).count(),
        linked: units
            .iter()
            .filter(|u| u.kind.is_content() && u.status != Status::Only)
            .count(),
    };
    s.coverage = Coverage {
        a: cover(a),
        b: cover(b),
    };
    // Almost nothing linked although both sides tell a story: two events, not two reports of one.
    let (ca, cb) = (s.coverage.a, s.coverage.b);
    s.different_stories = ca.story >= 3 && cb.story >= 3 && s.a_in_b < 0.15 && s.b_in_a < 0.15;
    if comparison == Comparison::Versions {
        s.edits = a
            .iter()
            .chain(b)
            .filter(|u| matches!(u.status, Status::Changed | Status::Conflict))
            .map(|u| u.marks.len())
            .sum();
    }
    s
}

#[cfg(test)]
mod tests {
    use crate::report::{FactStatus, Relation, Status};
    use crate::{compare, Options};

    fn relation(a: &str, b: &str) -> Option<Relation> {
        let r = compare(a, b, &Options::default());
        r.links.first().map(|l| l.relation)
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
        let a = "Flooding hit the valley.\n\nAt least 23 people died after flash floods swept through Velmora district overnight on Friday, local officials said.";
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
        // A toll next to a different count is no toll clash: 64 rescued is not 23 dead.
        let c = "Rescue teams pulled 64 people from flooded homes in Velmora district on Friday.";
        let r = compare(a, c, &Options::default());
        assert!(r.links.iter().all(|l| l.relation != Relation::Conflict));
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
}

//! Links units of `a` to units of `b` that tell the same thing: order-free, many-to-one, repeats allowed.
//!
//! Similarity is IDF-weighted overlap of matching keys, with IDF computed over the two texts, so the
//! words that make a sentence particular count most. An inverted index keeps it close to linear:
//! each unit only meets the units that share one of its rarer words. Before scoring, spellings of
//! one name are learned from the texts themselves (इस्राइल / इजरायल): two different words that fill the
//! same slot in both texts and sound alike after transliteration.

use crate::normalize::Token;
use crate::segment::Unit;
#[allow(unused_imports)]
use crate::SortExt;
use std::collections::HashMap;

/// A candidate link between unit `a` and unit `b` with its scores.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    /// Dice coefficient of weighted keys, 0..=1.
    pub score: f32,
    /// Share of a's weight that b tells, and of b's weight that a tells.
    pub cov_a: f32,
    pub cov_b: f32,
}

/// The result of alignment: links, learned variants, and the term ids every token matched on.
#[derive(Clone, Debug, Default)]
pub struct Aligned {
    pub pairs: Vec<Pair>,
    /// Learned spellings (fold on a, fold on b).
    pub variants: Vec<(String, String)>,
    /// Term id of every token, per unit, aligned with the token lists (same ids on both sides).
    pub terms_a: Vec<Vec<u32>>,
    pub terms_b: Vec<Vec<u32>>,
    /// IDF weight of every term id.
    pub idf: Vec<f32>,
}

/// Thresholds at sensitivity 0.5. They were set on the calibration half of the public benchmarks
/// (MRPC, MahaParaphrase; see docs/ACCURACY.md), never on the half that is reported.
const LINK_DICE: f32 = 0.40;
const LINK_CONTAIN: f32 = 0.66;
const LINK_BEST_CONTAIN: f32 = 0.50;
/// A probe looks up at most this many of a unit's rarest terms, in postings no longer than this.
const PROBE_TERMS: usize = 12;
const POSTING_CAP: usize = 64;
/// Candidates scored per unit and direction, those sharing the most probed terms first.
const MAX_CANDIDATES: usize = 24;

pub fn align(
    units_a: &[Unit],
    toks_a: &[Vec<Token>],
    units_b: &[Unit],
    toks_b: &[Vec<Token>],
    sensitivity: f32,
) -> Aligned {
    let content_a: Vec<bool> = units_a.iter().map(|u| u.kind.is_content()).collect();
    let content_b: Vec<bool> = units_b.iter().map(|u| u.kind.is_content()).collect();
    let variants = learn_variants(toks_a, &content_a, toks_b, &content_b);
    let remap: HashMap<&str, &str> = variants
        .iter()
        .map(|v| (v.key_b.as_str(), v.key_a.as_str()))
        .collect();

    // Term ids shared by both sides.
    let mut vocab: HashMap<String, u32> = HashMap::new();
    let mut intern = |k: &str| -> u32 {
        if let Some(&id) = vocab.get(k) {
            return id;
        }
        let id = vocab.len() as u32;
        vocab.insert(k.to_string(), id);
        id
    };
    let terms_a: Vec<Vec<u32>> = toks_a
        .iter()
        .map(|ts| ts.iter().map(|t| intern(&t.key)).collect())
        .collect();
    let terms_b: Vec<Vec<u32>> = toks_b
        .iter()
        .map(|ts| {
            ts.iter()
                .map(|t| intern(remap.get(t.key.as_str()).copied().unwrap_or(&t.key)))
                .collect()
        })
        .collect();
    let nterms = vocab.len();
    drop(vocab);

    let sets_a = unit_sets(&terms_a, &content_a);
    let sets_b = unit_sets(&terms_b, &content_b);
    let mut df = vec![0u32; nterms];
    for s in sets_a.iter().chain(&sets_b) {
        for &t in s {
            df[t as usize] += 1;
        }
    }
    let n = (sets_a.iter().filter(|s| !s.is_empty()).count()
        + sets_b.iter().filter(|s| !s.is_empty()).count())
    .max(1) as f32;
    let stop_a = stop_terms(toks_a, &terms_a, nterms);
    let stop_b = stop_terms(toks_b, &terms_b, nterms);
    let idf: Vec<f32> = df
        .iter()
        .enumerate()
        .map(|(t, &d)| {
            let w = (1.0 + n / d.max(1) as f32).ln();
            // Function words still count a little: they carry negation and slot structure.
            if stop_a[t] || stop_b[t] {
                w * 0.3
            } else {
                w
            }
        })
        .collect();
    let stop: Vec<bool> = stop_a.iter().zip(&stop_b).map(|(x, y)| *x || *y).collect();

    let weight = |s: &[u32]| s.iter().map(|&t| idf[t as usize]).sum::<f32>();
    let wa: Vec<f32> = sets_a.iter().map(|s| weight(s)).collect();
    let wb: Vec<f32> = sets_b.iter().map(|s| weight(s)).collect();

    // Candidate pairs from both directions.
    let index_b = postings(&sets_b, nterms);
    let index_a = postings(&sets_a, nterms);
    // Candidates per unit of a, from both directions; each list is short, so sorting it is cheap.
    let mut cands: Vec<Vec<u32>> = sets_a.iter().map(|s| probe(s, &index_b, &df)).collect();
    for (ub, s) in sets_b.iter().enumerate() {
        for ua in probe(s, &index_a, &df) {
            cands[ua as usize].push(ub as u32);
        }
    }

    let shift = (sensitivity.clamp(0.0, 1.0) - 0.5) * 0.3;
    let t_dice = LINK_DICE - shift;
    let t_contain = LINK_CONTAIN - shift;
    let t_best_contain = LINK_BEST_CONTAIN - shift;
    let mut scored: Vec<Pair> = Vec::new();
    let keys = cands.into_iter().enumerate().flat_map(|(ua, mut c)| {
        c.ssort();
        c.dedup();
        c.into_iter().map(move |ub| (ua as u32, ub))
    });
    for (ua, ub) in keys {
        let (ua, ub) = (ua as usize, ub as usize);
        let (shared, shared_content) = overlap(&sets_a[ua], &sets_b[ub], &idf, &stop);
        if shared_content == 0 || wa[ua] <= 0.0 || wb[ub] <= 0.0 {
            continue;
        }
        let score = 2.0 * shared / (wa[ua] + wb[ub]);
        let cov_a = shared / wa[ua];
        let cov_b = shared / wb[ub];
        scored.push(Pair {
            a: ua,
            b: ub,
            score,
            cov_a,
            cov_b,
        });
    }

    // Best partner per unit, both ways.
    let mut best_a: Vec<Option<(f32, usize)>> = vec![None; sets_a.len()];
    let mut best_b: Vec<Option<(f32, usize)>> = vec![None; sets_b.len()];
    for (i, p) in scored.iter().enumerate() {
        if best_a[p.a].is_none_or(|(s, _)| p.score > s) {
            best_a[p.a] = Some((p.score, i));
        }
        if best_b[p.b].is_none_or(|(s, _)| p.score > s) {
            best_b[p.b] = Some((p.score, i));
        }
    }
    let content_count = |s: &[u32]| s.iter().filter(|&&t| !stop[t as usize]).count();
    let mut keep = vec![false; scored.len()];
    for (i, p) in scored.iter().enumerate() {
        let is_best =
            best_a[p.a].is_some_and(|(_, j)| j == i) || best_b[p.b].is_some_and(|(_, j)| j == i);
        let (_, shared_content) = overlap(&sets_a[p.a], &sets_b[p.b], &idf, &stop);
        // A short unit (few content words) needs most of them matched; a long one needs several.
        let small = content_count(&sets_a[p.a]).min(content_count(&sets_b[p.b]));
        let enough = shared_content >= 3
            || (small <= 4 && shared_content >= 2)
            || (small <= 2 && shared_content >= 1);
        if !enough {
            continue;
        }
        // Many-to-one: a short unit told whole inside a longer one on the other side.
        let contained = p.cov_a.max(p.cov_b) >= t_contain && p.cov_a.min(p.cov_b) >= 0.12;
        // A unit's best partner may be much longer: then what counts is how much of the short one it tells.
        let best_contained = is_best && p.cov_a.max(p.cov_b) >= t_best_contain;
        if (is_best && p.score >= t_dice) || contained || best_contained {
            keep[i] = true;
        }
    }
    let pairs: Vec<Pair> = scored
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect();
    let pairs = share_with_repeats(
        pairs, &sets_a, &sets_b, &index_a, &index_b, &df, &idf, &stop, &wa, &wb,
    );
    Aligned {
        pairs,
        variants: variants.into_iter().map(|v| (v.fold_a, v.fold_b)).collect(),
        terms_a,
        terms_b,
        idf,
    }
}

/// A unit keeps at most this many partners; more is a pattern, not a story told twice.
const MAX_PARTNERS: usize = 8;
/// A further partner must tell at least this share of a unit's weight that the better ones did not.
const MIN_GAIN: f32 = 0.15;

/// Keeps only links that tell something: for at least one of its two units, a link must cover words
/// its better partners left untold (one long sentence told as three short ones keeps all three; a
/// sentence with an identical partner drops the neighbours that merely share a few words with it).
/// Also bounds the links per unit, so repetitive input cannot make the report quadratic.
pub fn keep_needed(aligned: &mut Aligned) {
    let set = |ts: &[u32]| {
        let mut s = ts.to_vec();
        s.ssort();
        s.dedup();
        s
    };
    let sets_a: Vec<Vec<u32>> = aligned.terms_a.iter().map(|t| set(t)).collect();
    let sets_b: Vec<Vec<u32>> = aligned.terms_b.iter().map(|t| set(t)).collect();
    let idf = &aligned.idf;
    let mut order: Vec<usize> = (0..aligned.pairs.len()).collect();
    order.ssort_by(|&x, &y| {
        aligned.pairs[y]
            .score
            .total_cmp(&aligned.pairs[x].score)
            .then(x.cmp(&y))
    });
    let mut needed = vec![false; aligned.pairs.len()];
    for side_a in [true, false] {
        let mut covered: HashMap<usize, (std::collections::HashSet<u32>, usize)> = HashMap::new();
        for &i in &order {
            let p = &aligned.pairs[i];
            let (u, mine, theirs) = if side_a {
                (p.a, &sets_a[p.a], &sets_b[p.b])
            } else {
                (p.b, &sets_b[p.b], &sets_a[p.a])
            };
            let total: f32 = mine.iter().map(|&t| idf[t as usize]).sum();
            let (seen, count) = covered.entry(u).or_default();
            if *count >= MAX_PARTNERS {
                continue;
            }
            let mut gain = 0.0f32;
            for t in mine.iter().filter(|t| theirs.binary_search(t).is_ok()) {
                if seen.insert(*t) {
                    gain += idf[*t as usize];
                }
            }
            if *count == 0 || total <= 0.0 || gain >= MIN_GAIN * total {
                *count += 1;
                needed[i] = true;
            }
        }
    }
    let mut k = 0;
    aligned.pairs.retain(|_| {
        k += 1;
        needed[k - 1]
    });
}

/// Two sentences that each give a death toll share this much weight at least to be told as one
/// (the rest of their wording may differ: "23 people died after flash floods…" / "The number of people
/// killed in flash floods… has risen to 27").
const TOLL_DICE: f32 = 0.2;
/// Beyond this many unlinked toll sentences on a side, pairing them all would cost more than it tells.
const TOLL_MAX: usize = 64;
/// Two sentences that give the same uncommon number (one sentence on each side has it) and share
/// another content word are one statement reworded: "El proyecto tendrá un coste de 145 millones de
/// euros" / "El plan costará 145 millones de euros".
const ANCHOR_DICE: f32 = 0.15;

/// Links sentences that found no partner but plainly tell one thing worded apart: two death tolls
/// (the toll is the story's key number, and outlets that disagree on it often word the rest apart;
/// the classifier then judges the numbers), and two sentences anchored on the same uncommon number.
/// One to one: headline with headline and sentence with sentence first, then the closest pairs.
pub fn link_rescues(
    units_a: &[Unit],
    toks_a: &[Vec<Token>],
    units_b: &[Unit],
    toks_b: &[Vec<Token>],
    aligned: &mut Aligned,
) {
    let unlinked = |units: &[Unit], side_a: bool| -> Vec<bool> {
        let mut free: Vec<bool> = units.iter().map(|u| u.kind.is_content()).collect();
        for p in &aligned.pairs {
            free[if side_a { p.a } else { p.b }] = false;
        }
        free
    };
    let (free_a, free_b) = (unlinked(units_a, true), unlinked(units_b, false));
    let weight = |ts: &[u32]| {
        let mut v = ts.to_vec();
        v.ssort();
        v.dedup();
        let w: f32 = v.iter().map(|&t| aligned.idf[t as usize]).sum();
        (v, w)
    };
    let pair = |x: usize, y: usize| -> Pair {
        let ((sx, wx), (sy, wy)) = (weight(&aligned.terms_a[x]), weight(&aligned.terms_b[y]));
        let shared: f32 = sx
            .iter()
            .filter(|t| sy.binary_search(t).is_ok())
            .map(|&t| aligned.idf[t as usize])
            .sum();
        Pair {
            a: x,
            b: y,
            score: 2.0 * shared / (wx + wy).max(f32::MIN_POSITIVE),
            cov_a: shared / wx.max(f32::MIN_POSITIVE),
            cov_b: shared / wy.max(f32::MIN_POSITIVE),
        }
    };
    let mut cands: Vec<Pair> = Vec::new();

    // Death tolls.
    let tolls = |free: &[bool], toks: &[Vec<Token>]| -> Vec<usize> {
        (0..free.len())
            .filter(|&u| {
                free[u]
                    && toks[u].iter().any(|t| t.num.is_some())
                    && toks[u].iter().any(|t| crate::facts::is_toll_word(&t.fold))
            })
            .collect()
    };
    let (xs, ys) = (tolls(&free_a, toks_a), tolls(&free_b, toks_b));
    if xs.len() <= TOLL_MAX && ys.len() <= TOLL_MAX {
        for &x in &xs {
            cands.extend(
                ys.iter()
                    .map(|&y| pair(x, y))
                    .filter(|p| p.score >= TOLL_DICE),
            );
        }
    }

    // Sentences anchored on one uncommon number: it is in one content unit on each side, is not a
    // year or a count below ten, and the two units share another content word.
    let places = |units: &[Unit], toks: &[Vec<Token>], terms: &[Vec<u32>]| {
        let mut m: HashMap<u32, Vec<usize>> = HashMap::new();
        for (u, ts) in toks
            .iter()
            .enumerate()
            .filter(|(u, _)| units[*u].kind.is_content())
        {
            for (t, &id) in ts.iter().zip(&terms[u]) {
                let Some(n) = &t.num else { continue };
                let year = n.value.fract() == 0.0 && (1900.0..=2100.0).contains(&n.value);
                if n.value >= 10.0 && !year {
                    let v = m.entry(id).or_default();
                    if v.last() != Some(&u) {
                        v.push(u);
                    }
                }
            }
        }
        m
    };
    let in_a = places(units_a, toks_a, &aligned.terms_a);
    let in_b = places(units_b, toks_b, &aligned.terms_b);
    let words = |ts: &[Token], terms: &[u32]| -> Vec<u32> {
        let mut v: Vec<u32> = ts
            .iter()
            .zip(terms)
            .filter(|(t, _)| !t.stop && t.num.is_none())
            .map(|(_, &id)| id)
            .collect();
        v.ssort();
        v
    };
    for (id, xs) in &in_a {
        let Some(ys) = in_b.get(id) else { continue };
        let (&[x], &[y]) = (xs.as_slice(), ys.as_slice()) else {
            continue;
        };
        if !free_a[x] || !free_b[y] {
            continue;
        }
        let wy = words(&toks_b[y], &aligned.terms_b[y]);
        let other_word = words(&toks_a[x], &aligned.terms_a[x])
            .iter()
            .any(|t| wy.binary_search(t).is_ok());
        let p = pair(x, y);
        if other_word && p.score >= ANCHOR_DICE {
            cands.push(p);
        }
    }

    cands.ssort_by(|x, y| {
        let same_kind = |p: &Pair| units_a[p.a].kind == units_b[p.b].kind;
        same_kind(y)
            .cmp(&same_kind(x))
            .then(y.score.total_cmp(&x.score))
    });
    let (mut taken_a, mut taken_b) = (vec![false; units_a.len()], vec![false; units_b.len()]);
    let before = aligned.pairs.len();
    for p in cands {
        if !taken_a[p.a] && !taken_b[p.b] {
            taken_a[p.a] = true;
            taken_b[p.b] = true;
            aligned.pairs.push(p);
        }
    }
    if aligned.pairs.len() > before {
        aligned.pairs.ssort_by_key(|p| (p.a, p.b));
    }
}

/// Identical units (after folding) are the same statement, whatever their length: a line of
/// punctuation or a one-word sentence has too little weight to be scored, but is plainly the same.
/// The k-th copy on one side links to the k-th copy on the other (the last one when fewer), which keeps
/// a paragraph pasted 1,000 times linear.
pub fn link_identical(a: &str, units_a: &[Unit], b: &str, units_b: &[Unit], aligned: &mut Aligned) {
    let copies = |t: &str, units: &[Unit]| {
        let mut m: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, u) in units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.kind.is_content())
        {
            m.entry(crate::normalize::fold(&t[u.start..u.end]))
                .or_default()
                .push(i);
        }
        m
    };
    let (in_a, in_b) = (copies(a, units_a), copies(b, units_b));
    // A unit with a copy on the other side is told whole by it: a link between two such units
    // that are not copies of each other ("nie" / "nies", equal only after stemming) says nothing
    // more, and in a self-comparison it would pair a sentence with its near twin.
    let mut key_a = vec![usize::MAX; units_a.len()];
    let mut key_b = vec![usize::MAX; units_b.len()];
    for (n, (k, xs)) in in_a.iter().enumerate() {
        if let Some(ys) = in_b.get(k) {
            xs.iter().for_each(|&i| key_a[i] = n);
            ys.iter().for_each(|&j| key_b[j] = n);
        }
    }
    aligned.pairs.retain(|p| {
        let (x, y) = (key_a[p.a], key_b[p.b]);
        x == y || x == usize::MAX || y == usize::MAX
    });
    let mut have: std::collections::HashSet<(usize, usize)> =
        aligned.pairs.iter().map(|p| (p.a, p.b)).collect();
    let before = aligned.pairs.len();
    for (k, xs) in &in_a {
        let Some(ys) = in_b.get(k) else { continue };
        // Every copy on either side gets the copy at its rank on the other, or the last one there.
        for r in 0..xs.len().max(ys.len()) {
            let (i, j) = (xs[r.min(xs.len() - 1)], ys[r.min(ys.len() - 1)]);
            if have.insert((i, j)) {
                aligned.pairs.push(Pair {
                    a: i,
                    b: j,
                    score: 1.0,
                    cov_a: 1.0,
                    cov_b: 1.0,
                });
            }
        }
    }
    if aligned.pairs.len() > before {
        aligned.pairs.ssort_by_key(|p| (p.a, p.b));
    }
}

/// Units this alike on one side are one statement told twice (a lede repeated, a heading that
/// restates the sentence under it).
const REPEAT_DICE: f32 = 0.8;
/// Beyond this many copies a unit is a pattern (a paragraph pasted 1,000 times), not a repeat;
/// sharing partners across it would be quadratic.
const REPEAT_GROUP_MAX: usize = 8;

/// A side that repeats itself: each copy gets the partners of the others.
#[allow(clippy::too_many_arguments)]
fn share_with_repeats(
    mut pairs: Vec<Pair>,
    sets_a: &[Vec<u32>],
    sets_b: &[Vec<u32>],
    index_a: &[Vec<u32>],
    index_b: &[Vec<u32>],
    df: &[u32],
    idf: &[f32],
    stop: &[bool],
    wa: &[f32],
    wb: &[f32],
) -> Vec<Pair> {
    let rep_a = repeats(sets_a, index_a, df, idf, stop, wa);
    let rep_b = repeats(sets_b, index_b, df, idf, stop, wb);
    let mut have: std::collections::HashSet<(usize, usize)> =
        pairs.iter().map(|p| (p.a, p.b)).collect();
    let mut extra = Vec::new();
    for p in &pairs {
        let copies_a = rep_a.get(&p.a).map_or(&[][..], Vec::as_slice);
        let copies_b = rep_b.get(&p.b).map_or(&[][..], Vec::as_slice);
        let new = copies_a
            .iter()
            .map(|&a| (a, p.b))
            .chain(copies_b.iter().map(|&b| (p.a, b)));
        for (a, b) in new {
            if have.insert((a, b)) {
                let (shared, _) = overlap(&sets_a[a], &sets_b[b], idf, stop);
                if wa[a] > 0.0 && wb[b] > 0.0 {
                    extra.push(Pair {
                        a,
                        b,
                        score: 2.0 * shared / (wa[a] + wb[b]),
                        cov_a: shared / wa[a],
                        cov_b: shared / wb[b],
                    });
                }
            }
        }
    }
    pairs.extend(extra);
    pairs.ssort_by_key(|p| (p.a, p.b));
    pairs
}

/// For each unit that has near-copies on its own side, the other copies (groups larger than
/// [`REPEAT_GROUP_MAX`] are left out).
fn repeats(
    sets: &[Vec<u32>],
    index: &[Vec<u32>],
    df: &[u32],
    idf: &[f32],
    stop: &[bool],
    w: &[f32],
) -> HashMap<usize, Vec<usize>> {
    let mut out: HashMap<usize, Vec<usize>> = HashMap::new();
    for (u, s) in sets.iter().enumerate() {
        if s.is_empty() {
            continue;
        }
        let mut copies = Vec::new();
        for v in probe(s, index, df) {
            let v = v as usize;
            if v == u || w[v] <= 0.0 {
                continue;
            }
            let (shared, content) = overlap(s, &sets[v], idf, stop);
            if content >= 2 && 2.0 * shared / (w[u] + w[v]) >= REPEAT_DICE {
                copies.push(v);
            }
        }
        if !copies.is_empty() && copies.len() < REPEAT_GROUP_MAX {
            out.insert(u, copies);
        }
    }
    out
}

/// Sorted, deduplicated term ids of each content unit (empty for furniture).
fn unit_sets(terms: &[Vec<u32>], content: &[bool]) -> Vec<Vec<u32>> {
    terms
        .iter()
        .zip(content)
        .map(|(ts, &c)| {
            if !c {
                return Vec::new();
            }
            let mut s = ts.clone();
            s.ssort();
            s.dedup();
            s
        })
        .collect()
}

fn stop_terms(toks: &[Vec<Token>], terms: &[Vec<u32>], n: usize) -> Vec<bool> {
    let mut stop = vec![false; n];
    for (ts, ids) in toks.iter().zip(terms) {
        for (t, &id) in ts.iter().zip(ids) {
            if t.stop {
                stop[id as usize] = true;
            }
        }
    }
    stop
}

fn postings(sets: &[Vec<u32>], n: usize) -> Vec<Vec<u32>> {
    let mut idx = vec![Vec::new(); n];
    for (u, s) in sets.iter().enumerate() {
        for &t in s {
            idx[t as usize].push(u as u32);
        }
    }
    idx
}

/// Units on the other side that share one of this unit's rarer terms.
fn probe(set: &[u32], index: &[Vec<u32>], df: &[u32]) -> Vec<u32> {
    if set.is_empty() {
        return Vec::new();
    }
    let mut terms: Vec<u32> = set
        .iter()
        .copied()
        .filter(|&t| !index[t as usize].is_empty())
        .collect();
    terms.ssort_by_key(|&t| (df[t as usize], t));
    let mut out: Vec<u32> = Vec::new();
    for &t in terms.iter().take(PROBE_TERMS) {
        let post = &index[t as usize];
        // A term on every line (one paragraph pasted 1,000 times) would make this quadratic; a
        // capped sample of its postings still finds the duplicates, which are all alike.
        out.extend(post.iter().take(POSTING_CAP));
    }
    // Count how many probed terms each unit shares (in first-seen order, which is deterministic):
    // only the units that share the most can be the best partner.
    let mut at: HashMap<u32, usize> = HashMap::with_capacity(out.len());
    let mut hits: Vec<(u32, u32)> = Vec::new();
    for u in out {
        match at.get(&u) {
            Some(&i) => hits[i].1 += 1,
            None => {
                at.insert(u, hits.len());
                hits.push((u, 1));
            }
        }
    }
    if hits.len() > MAX_CANDIDATES {
        hits.ssort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        hits.truncate(MAX_CANDIDATES);
    }
    hits.into_iter().map(|(u, _)| u).collect()
}

/// Weighted overlap of two sorted term sets, and how many shared terms are content words.
fn overlap(x: &[u32], y: &[u32], idf: &[f32], stop: &[bool]) -> (f32, usize) {
    let (mut i, mut j, mut w, mut c) = (0, 0, 0.0f32, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                w += idf[x[i] as usize];
                if !stop[x[i] as usize] {
                    c += 1;
                }
                i += 1;
                j += 1;
            }
        }
    }
    (w, c)
}

struct Variant {
    key_a: String,
    key_b: String,
    fold_a: String,
    fold_b: String,
}

/// Words that look alike but mean the opposite, or name different days: never variants of each other.
fn never_variant(x: &str, y: &str) -> bool {
    crate::classify::is_antonym(x, y)
        || crate::facts::weekday(x).is_some()
        || crate::facts::weekday(y).is_some()
        || crate::facts::month(x).is_some()
        || crate::facts::month(y).is_some()
        || [
            "un",
            "in",
            "il",
            "ir",
            "im",
            "dis",
            "non",
            "अ",
            "अन",
            "ना",
            "गैर",
            "bez",
            "des",
            "in",
        ]
        .iter()
        .any(|p| x.strip_prefix(p) == Some(y) || y.strip_prefix(p) == Some(x))
}

/// Learns pairs of spellings: a word only `a` uses and a word only `b` uses that fill the same slots
/// (the same neighbour on the left or right) and are close after transliteration, or one a prefix of
/// the other (कार्य / कार्यकारी).
fn learn_variants(
    toks_a: &[Vec<Token>],
    content_a: &[bool],
    toks_b: &[Vec<Token>],
    content_b: &[bool],
) -> Vec<Variant> {
    let vocab = |toks: &[Vec<Token>], content: &[bool]| -> HashMap<String, String> {
        let mut v = HashMap::new();
        for (ts, &c) in toks.iter().zip(content) {
            if c {
                for t in ts {
                    v.entry(t.key.clone()).or_insert_with(|| t.fold.clone());
                }
            }
        }
        v
    };
    let va = vocab(toks_a, content_a);
    let vb = vocab(toks_b, content_b);
    let eligible = |t: &Token, other: &HashMap<String, String>| {
        t.num.is_none()
            && !t.stop
            && t.fold.chars().count() >= 3
            && !other.contains_key(&t.key)
            && t.fold.chars().any(char::is_alphabetic)
    };
    // slot (side of neighbour, neighbour key) → words of each side seen there
    let mut slots: HashMap<(bool, &str), (Vec<&str>, Vec<&str>)> = HashMap::new();
    let collect = |toks: &'_ [Vec<Token>],
                   content: &[bool],
                   other: &HashMap<String, String>,
                   side_b: bool| {
        let mut found: Vec<((bool, String), String)> = Vec::new();
        for (ts, &c) in toks.iter().zip(content) {
            if !c {
                continue;
            }
            for (i, t) in ts.iter().enumerate() {
                if !eligible(t, other) {
                    continue;
                }
                if i > 0 {
                    found.push(((false, ts[i - 1].key.clone()), t.key.clone()));
                }
                if i + 1 < ts.len() {
                    found.push(((true, ts[i + 1].key.clone()), t.key.clone()));
                }
            }
        }
        let _ = side_b;
        found
    };
    let fa = collect(toks_a, content_a, &vb, false);
    let fb = collect(toks_b, content_b, &va, true);
    for ((side, n), k) in &fa {
        let e = slots.entry((*side, n.as_str())).or_default();
        if e.0.len() < 24 && !e.0.contains(&k.as_str()) {
            e.0.push(k.as_str());
        }
    }
    for ((side, n), k) in &fb {
        let e = slots.entry((*side, n.as_str())).or_default();
        if e.1.len() < 24 && !e.1.contains(&k.as_str()) {
            e.1.push(k.as_str());
        }
    }
    let mut shared: HashMap<(&str, &str), u32> = HashMap::new();
    for (xs, ys) in slots.values() {
        for &x in xs {
            for &y in ys {
                *shared.entry((x, y)).or_default() += 1;
            }
        }
    }
    let mut found: Vec<(u32, f32, &str, &str)> = Vec::new();
    for ((x, y), count) in shared {
        let (fx, fy) = (&va[x], &vb[y]);
        if never_variant(fx, fy) {
            continue;
        }
        let d = translit_distance(fx, fy);
        let prefix = {
            let (s, l) = if x.chars().count() <= y.chars().count() {
                (x, y)
            } else {
                (y, x)
            };
            s.chars().count() >= 4 && l.starts_with(s)
        };
        if (count >= 2 && (d <= 0.4 || prefix)) || (count >= 1 && d <= 0.2) {
            found.push((count, d, x, y));
        }
    }
    found.ssort_by(|p, q| {
        q.0.cmp(&p.0)
            .then(p.1.total_cmp(&q.1))
            .then(p.2.cmp(q.2))
            .then(p.3.cmp(q.3))
    });
    let mut used_a = std::collections::HashSet::new();
    let mut used_b = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (_, _, x, y) in found {
        if used_a.insert(x) && used_b.insert(y) {
            out.push(Variant {
                key_a: x.to_string(),
                key_b: y.to_string(),
                fold_a: va[x].clone(),
                fold_b: vb[y].clone(),
            });
        }
    }
    out.ssort_by(|p, q| p.fold_a.cmp(&q.fold_a));
    out
}

/// Normalized edit distance (0 same .. 1 different) of two words after a rough transliteration to Latin.
pub fn translit_distance(x: &str, y: &str) -> f32 {
    let tx: Vec<char> = translit(x).chars().take(40).collect();
    let ty: Vec<char> = translit(y).chars().take(40).collect();
    let n = tx.len().max(ty.len());
    if n == 0 {
        return 1.0;
    }
    levenshtein(&tx, &ty) as f32 / n as f32
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// A rough, lossy transliteration to Latin letters so that spellings across scripts and spelling
/// conventions can be compared (Devanagari and Bengali consonants and vowels; Latin letters as they are).
pub fn translit(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let cp = c as u32;
        let t: &str = match cp {
            // Devanagari (0x0900) and Bengali (0x0980) share their layout.
            0x0900..=0x09FF => {
                let off = (cp - if cp >= 0x0980 { 0x0980 } else { 0x0900 }) as usize;
                INDIC.get(off).copied().unwrap_or("")
            }
            _ if c.is_alphanumeric() => {
                out.extend(c.to_lowercase());
                ""
            }
            _ => "",
        };
        out.push_str(t);
    }
    out
}

/// Latin for each code point of the Devanagari block, in order from U+0900.
const INDIC: [&str; 128] = [
    "", "n", "n", "h", "a", "a", "aa", "i", "i", "u", "u", "r", "l", "e", "e",
    "e", // 0900-090F
    "ai", "o", "o", "o", "au", "k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n",
    "t", // 0910-091F
    "th", "d", "dh", "n", "t", "th", "d", "dh", "n", "n", "p", "ph", "b", "bh", "m",
    "y", // 0920-092F
    "r", "r", "l", "l", "l", "v", "sh", "sh", "s", "h", "", "", "", "", "a", "i", // 0930-093F
    "i", "u", "u", "r", "r", "e", "e", "e", "ai", "o", "o", "o", "au", "", "",
    "", // 0940-094F
    "om", "", "", "", "", "", "", "", "k", "kh", "g", "j", "d", "dh", "f", "y", // 0950-095F
    "r", "l", "", "", "", "", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", // 0960-096F
    "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", // 0970-097F
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::tokenize_units;
    use crate::segment::segment;

    fn run(a: &str, b: &str) -> Aligned {
        let ua = segment(a);
        let ub = segment(b);
        let ta = tokenize_units(a, &ua);
        let tb = tokenize_units(b, &ub);
        align(&ua, &ta, &ub, &tb, 0.5)
    }

    fn linked(al: &Aligned) -> Vec<(usize, usize)> {
        let mut v: Vec<(usize, usize)> = al.pairs.iter().map(|p| (p.a, p.b)).collect();
        v.ssort();
        v
    }

    #[test]
    fn moved_sentences_are_found() {
        let a = "The council approved the new budget on Monday. Protesters gathered outside the town hall.";
        let b = "Protesters gathered outside the town hall in the rain. The council approved the new budget on Monday.";
        assert_eq!(linked(&run(a, b)), vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn unrelated_sentences_stay_apart() {
        let a = "The council approved the new budget on Monday.";
        let b = "A storm knocked out power across the northern valley.";
        assert!(run(a, b).pairs.is_empty());
    }

    #[test]
    fn one_long_sentence_links_to_three_short() {
        let a = "The mayor opened the bridge, praised the engineers who built it, and promised a second crossing by 2030.";
        let b = "The mayor opened the bridge. She praised the engineers who built it. She promised a second crossing by 2030.";
        assert_eq!(linked(&run(a, b)), vec![(0, 0), (0, 1), (0, 2)]);
    }

    #[test]
    fn repeated_lede_links_from_each_copy() {
        let a = "Officials signed the trade pact in Geneva on Friday.";
        let b = "Officials signed the trade pact in Geneva on Friday. Markets rose.\n\nOfficials signed the trade pact in Geneva on Friday.";
        assert_eq!(linked(&run(a, b)), vec![(0, 0), (0, 2)]);
    }

    #[test]
    fn units_with_exact_copies_do_not_link_to_near_twins() {
        // "did nots" stems to the key of "did not": equal keys, different texts. Compared with
        // itself, each sentence keeps only its copy.
        let t = "The minister did not resign.\nThe minister did nots resign.";
        let (u, tk) = (segment(t), tokenize_units(t, &segment(t)));
        let mut al = align(&u, &tk, &u, &tk, 0.5);
        link_identical(t, &u, t, &u, &mut al);
        assert_eq!(linked(&al), vec![(0, 0), (1, 1)]);
        // Without a copy on the other side, the near twin still links.
        let b = "The minister did nots resign.";
        let (ub, tb) = (segment(b), tokenize_units(b, &segment(b)));
        let mut al = align(&u, &tk, &ub, &tb, 0.5);
        link_identical(t, &u, b, &ub, &mut al);
        assert_eq!(linked(&al), vec![(0, 0), (1, 0)]);
    }

    #[test]
    fn rescues_link_reworded_sentences_on_a_shared_uncommon_number() {
        let a =
            "El proyecto tendrá un coste de 145 millones de euros.\n\nLa obra empezará en marzo.";
        let b = "El plan costará 145 millones de euros, según el consistorio.\n\nLos vecinos protestaron ayer.";
        let (ua, ub) = (segment(a), segment(b));
        let (ta, tb) = (tokenize_units(a, &ua), tokenize_units(b, &ub));
        let mut al = align(&ua, &ta, &ub, &tb, 0.5);
        assert!(
            linked(&al).is_empty(),
            "too few shared words for the ordinary rules"
        );
        link_rescues(&ua, &ta, &ub, &tb, &mut al);
        assert_eq!(linked(&al), vec![(0, 0)]);
        // A year or a small count is no anchor.
        let a = "The plan was approved in 2019 by the council, and 4 members abstained.";
        let b = "Residents complained in 2019 about the council; 4 letters were sent.";
        let (ua, ub) = (segment(a), segment(b));
        let (ta, tb) = (tokenize_units(a, &ua), tokenize_units(b, &ub));
        let mut al = align(&ua, &ta, &ub, &tb, 0.5);
        al.pairs.clear();
        link_rescues(&ua, &ta, &ub, &tb, &mut al);
        assert!(linked(&al).is_empty());
    }

    #[test]
    fn learns_spelling_variants_from_shared_slots() {
        let a = "भारत और इस्राइल ने समझौता किया। भारत-इस्राइल रक्षा सहयोग बढ़ा।";
        let b = "भारत और इजरायल ने समझौता किया। भारत-इजरायल रक्षा सहयोग बढ़ा।";
        let al = run(a, b);
        assert_eq!(
            al.variants,
            vec![("इस्राइल".to_string(), "इजरायल".to_string())]
        );
        assert!(al.pairs.iter().all(|p| p.score > 0.99));
    }

    #[test]
    fn antonyms_and_numbers_are_not_variants() {
        let a = "Prices increase sharply in the city. 23 people died in the city.";
        let b = "Prices decrease sharply in the city. 27 people died in the city.";
        assert!(run(a, b).variants.is_empty());
    }

    #[test]
    fn translit_distance_table() {
        assert!(translit_distance("इस्राइल", "इजरायल") <= 0.4);
        assert!(translit_distance("mohammad", "mohammed") <= 0.2);
        assert!(translit_distance("zelensky", "zelenskyy") <= 0.2);
        assert!(translit_distance("smith", "jones") > 0.6);
    }
}

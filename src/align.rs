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
use crate::{Map, Set};

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

/// A probe looks up at most this many of a unit's rarest terms, in postings no longer than this.
const PROBE_TERMS: usize = 12;
const POSTING_CAP: usize = 64;
/// Candidates scored per unit and direction, those sharing the most probed terms first.
const MAX_CANDIDATES: usize = 24;

/// Sorts term ids. Native code uses the standard unstable sort (the order of distinct integers is
/// the same whatever the algorithm); the wasm build keeps the one shared sort instantiation.
#[inline]
fn sort_u32(v: &mut [u32]) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable();
    #[cfg(target_arch = "wasm32")]
    v.ssort();
}

/// Postings of every term: the units whose set holds it, ascending, one flat array (`at[t]..at[t+1]`).
struct Index {
    at: Vec<u32>,
    units: Vec<u32>,
}

impl Index {
    fn new(sets: &[Vec<u32>], n: usize) -> Index {
        let mut at = vec![0u32; n + 1];
        for s in sets {
            for &t in s {
                at[t as usize + 1] += 1;
            }
        }
        for t in 0..n {
            at[t + 1] += at[t];
        }
        let mut fill = at.clone();
        let mut units = vec![0u32; at[n] as usize];
        for (u, s) in sets.iter().enumerate() {
            for &t in s {
                let f = &mut fill[t as usize];
                units[*f as usize] = u as u32;
                *f += 1;
            }
        }
        Index { at, units }
    }
    #[inline]
    fn get(&self, t: u32) -> &[u32] {
        &self.units[self.at[t as usize] as usize..self.at[t as usize + 1] as usize]
    }
}

/// The probe of one unit into one side's index: the units there that share the most of its rarer
/// terms. Buffers are kept between probes, so a probe costs only the postings it reads.
struct Prober {
    /// Probed terms shared so far, per unit of the indexed side (zero between probes).
    count: Vec<u8>,
    /// Units with a nonzero count, in first-seen order.
    touched: Vec<u32>,
    /// The (up to) PROBE_TERMS lowest `(df, term)` keys.
    rare: Vec<u64>,
    ties: Vec<u32>,
}

impl Prober {
    fn new(units: usize) -> Prober {
        Prober {
            count: vec![0; units],
            touched: Vec::new(),
            rare: Vec::with_capacity(PROBE_TERMS + 1),
            ties: Vec::new(),
        }
    }

    /// Units on the indexed side that share one of this unit's rarer terms: its [`PROBE_TERMS`] terms
    /// of lowest `(df, term)` that the index holds, each read up to [`POSTING_CAP`] postings, and of
    /// the units hit, the [`MAX_CANDIDATES`] that share the most probed terms (lower unit first on a
    /// tie). Written to `out` in no particular order: every caller uses it as a set.
    fn probe(&mut self, set: &[u32], index: &Index, df: &[u32], out: &mut Vec<u32>) {
        out.clear();
        if set.is_empty() {
            return;
        }
        // The rarest terms, by insertion into a short sorted buffer (no sort of the whole set).
        let rare = &mut self.rare;
        rare.clear();
        for &t in set {
            if index.get(t).is_empty() {
                continue;
            }
            let key = (u64::from(df[t as usize]) << 32) | u64::from(t);
            if rare.len() == PROBE_TERMS {
                if key >= rare[PROBE_TERMS - 1] {
                    continue;
                }
                rare.pop();
            }
            let mut i = rare.len();
            while i > 0 && rare[i - 1] > key {
                i -= 1;
            }
            rare.insert(i, key);
        }
        // A term on every line (one paragraph pasted 1,000 times) would make this quadratic; a
        // capped sample of its postings still finds the duplicates, which are all alike.
        for &key in rare.iter() {
            let post = index.get(key as u32);
            for &u in &post[..post.len().min(POSTING_CAP)] {
                let c = &mut self.count[u as usize];
                if *c == 0 {
                    self.touched.push(u);
                }
                *c += 1;
            }
        }
        if self.touched.len() <= MAX_CANDIDATES {
            for &u in &self.touched {
                self.count[u as usize] = 0;
            }
            out.append(&mut self.touched);
            return;
        }
        // Only the units that share the most can be the best partner: the top MAX_CANDIDATES by count,
        // the lower unit first among equal counts.
        let mut hist = [0usize; PROBE_TERMS + 1];
        for &u in &self.touched {
            hist[self.count[u as usize] as usize] += 1;
        }
        let mut cut = PROBE_TERMS;
        let mut above = 0;
        while above + hist[cut] < MAX_CANDIDATES {
            above += hist[cut];
            cut -= 1;
        }
        let cut = cut as u8;
        self.ties.clear();
        for &u in &self.touched {
            let c = &mut self.count[u as usize];
            if *c > cut {
                out.push(u);
            } else if *c == cut {
                self.ties.push(u);
            }
            *c = 0;
        }
        self.touched.clear();
        sort_u32(&mut self.ties);
        out.extend_from_slice(&self.ties[..MAX_CANDIDATES - above]);
    }
}

pub fn align(
    units_a: &[Unit],
    toks_a: &[Vec<Token>],
    units_b: &[Unit],
    toks_b: &[Vec<Token>],
    options: &crate::Options,
) -> Aligned {
    let tuning = &options.tuning;
    let content_a: Vec<bool> = units_a.iter().map(|u| u.kind.is_content()).collect();
    let content_b: Vec<bool> = units_b.iter().map(|u| u.kind.is_content()).collect();
    let variants = learn_variants(toks_a, &content_a, toks_b, &content_b);
    let remap: Map<&str, &str> = variants
        .iter()
        .map(|v| (v.key_b.as_str(), v.key_a.as_str()))
        .collect();

    // Term ids shared by both sides.
    let mut vocab: Map<&str, u32> = Map::default();
    let mut intern = |k| -> u32 {
        let id = vocab.len() as u32;
        *vocab.entry(k).or_insert(id)
    };
    let terms_a: Vec<Vec<u32>> = toks_a
        .iter()
        .map(|ts| ts.iter().map(|t| intern(t.key.as_ref())).collect())
        .collect();
    let terms_b: Vec<Vec<u32>> = toks_b
        .iter()
        .map(|ts| {
            ts.iter()
                .map(|t| intern(remap.get(t.key.as_ref()).copied().unwrap_or(&t.key)))
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
    drop((stop_a, stop_b));

    let weight = |s: &[u32]| s.iter().map(|&t| idf[t as usize]).sum::<f32>();
    let wa: Vec<f32> = sets_a.iter().map(|s| weight(s)).collect();
    let wb: Vec<f32> = sets_b.iter().map(|s| weight(s)).collect();

    // Each unit probes the other side (candidate pairs, from both directions) and its own side
    // (near-copies, see `repeats`), once each.
    let index_a = Index::new(&sets_a, nterms);
    let index_b = Index::new(&sets_b, nterms);
    let mut into_a = Prober::new(sets_a.len());
    let mut into_b = Prober::new(sets_b.len());
    let mut hits = Vec::new();
    let mut marks = Marks {
        at: vec![0; nterms],
        stamp: 0,
    };
    // B's probes into A give candidates for the units of A; B's probes into B its near-copies.
    let mut from_b: Vec<Vec<u32>> = vec![Vec::new(); sets_a.len()];
    let mut rep_b: Vec<Vec<u32>> = vec![Vec::new(); sets_b.len()];
    for (ub, s) in sets_b.iter().enumerate() {
        into_a.probe(s, &index_a, &df, &mut hits);
        for &ua in &hits {
            from_b[ua as usize].push(ub as u32);
        }
        into_b.probe(s, &index_b, &df, &mut hits);
        rep_b[ub] = copies(ub, s, &hits, &sets_b, &idf, &stop, &wb, &mut marks);
    }

    let shift = (options.sensitivity.clamp(0.0, 1.0) - 0.5) * 0.3;
    let t_dice = tuning.link_dice - shift;
    let t_contain = tuning.link_contain - shift;
    let t_best_contain = tuning.link_best_contain - shift;
    let content_count = |s: &[u32]| s.iter().filter(|&&t| !stop[t as usize]).count();
    let cc_a: Vec<usize> = sets_a.iter().map(|s| content_count(s)).collect();
    let cc_b: Vec<usize> = sets_b.iter().map(|s| content_count(s)).collect();
    // Every candidate pair is scored in (a, b) order and numbered; the best partner of each unit is
    // the first of its highest scores. Only pairs that could be kept are stored, with their number.
    let mut best_a: Vec<Option<(f32, usize)>> = vec![None; sets_a.len()];
    let mut best_b: Vec<Option<(f32, usize)>> = vec![None; sets_b.len()];
    let mut maybe: Vec<(u32, u32, f32, f32, f32, u32)> = Vec::new();
    let mut n_scored = 0usize;
    let mut rep_a: Vec<Vec<u32>> = vec![Vec::new(); sets_a.len()];
    let mut seen = vec![u32::MAX; sets_b.len()];
    for (ua, s) in sets_a.iter().enumerate() {
        into_b.probe(s, &index_b, &df, &mut hits);
        let mut c = std::mem::take(&mut from_b[ua]);
        c.extend_from_slice(&hits);
        c.retain(|&ub| std::mem::replace(&mut seen[ub as usize], ua as u32) != ua as u32);
        sort_u32(&mut c);
        marks.mark(s);
        for &ub in &c {
            let ub = ub as usize;
            let (shared, shared_content) = marks.overlap(&sets_b[ub], &idf, &stop);
            if shared_content == 0 || wa[ua] <= 0.0 || wb[ub] <= 0.0 {
                continue;
            }
            let score = 2.0 * shared / (wa[ua] + wb[ub]);
            let cov_a = shared / wa[ua];
            let cov_b = shared / wb[ub];
            let i = n_scored;
            n_scored += 1;
            if best_a[ua].is_none_or(|(s, _)| score > s) {
                best_a[ua] = Some((score, i));
            }
            if best_b[ub].is_none_or(|(s, _)| score > s) {
                best_b[ub] = Some((score, i));
            }
            // A short unit (few content words) needs most of them matched; a long one needs several.
            let small = cc_a[ua].min(cc_b[ub]);
            let enough = shared_content >= 3
                || (small <= 4 && shared_content >= 2)
                || (small <= 2 && shared_content >= 1);
            let could = score >= t_dice
                || cov_a.max(cov_b) >= t_contain
                || cov_a.max(cov_b) >= t_best_contain;
            if enough && could {
                maybe.push((ua as u32, ub as u32, score, cov_a, cov_b, i as u32));
            }
        }
        into_a.probe(s, &index_a, &df, &mut hits);
        rep_a[ua] = copies(ua, s, &hits, &sets_a, &idf, &stop, &wa, &mut marks);
    }
    drop((into_a, into_b, hits, index_a, index_b, marks, seen, from_b));

    let mut pairs: Vec<Pair> = Vec::new();
    for (a, b, score, cov_a, cov_b, i) in maybe.into_iter() {
        let (p, i) = (
            Pair {
                a: a as usize,
                b: b as usize,
                score,
                cov_a,
                cov_b,
            },
            i as usize,
        );
        let is_best =
            best_a[p.a].is_some_and(|(_, j)| j == i) || best_b[p.b].is_some_and(|(_, j)| j == i);
        // Many-to-one: a short unit told whole inside a longer one on the other side.
        let contained = p.cov_a.max(p.cov_b) >= t_contain && p.cov_a.min(p.cov_b) >= 0.12;
        // A unit's best partner may be much longer: then what counts is how much of the short one it tells.
        let best_contained = is_best && p.cov_a.max(p.cov_b) >= t_best_contain;
        if (is_best && p.score >= t_dice) || contained || best_contained {
            pairs.push(p);
        }
    }
    let pairs = share_with_repeats(
        pairs, &rep_a, &rep_b, &sets_a, &sets_b, &idf, &stop, &wa, &wb,
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
    // Sorted term sets, built only for the units that have a link.
    let sets = |terms: &[Vec<u32>], used: &mut dyn Iterator<Item = usize>| {
        let mut out: Vec<Vec<u32>> = vec![Vec::new(); terms.len()];
        for u in used {
            if out[u].is_empty() && !terms[u].is_empty() {
                let mut s = terms[u].clone();
                sort_u32(&mut s);
                s.dedup();
                out[u] = s;
            }
        }
        out
    };
    let sets_a = sets(&aligned.terms_a, &mut aligned.pairs.iter().map(|p| p.a));
    let sets_b = sets(&aligned.terms_b, &mut aligned.pairs.iter().map(|p| p.b));
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
        let sets = if side_a { &sets_a } else { &sets_b };
        // Per unit: which of its terms earlier partners told (by position in its set), and how many
        // partners it has kept.
        let mut seen: Vec<Vec<bool>> = vec![Vec::new(); sets.len()];
        let mut count = vec![0usize; sets.len()];
        for &i in &order {
            let p = &aligned.pairs[i];
            let (u, mine, theirs) = if side_a {
                (p.a, &sets_a[p.a], &sets_b[p.b])
            } else {
                (p.b, &sets_b[p.b], &sets_a[p.a])
            };
            if count[u] >= MAX_PARTNERS {
                continue;
            }
            let total: f32 = mine.iter().map(|&t| idf[t as usize]).sum();
            let seen = &mut seen[u];
            if seen.is_empty() {
                *seen = vec![false; mine.len()];
            }
            let mut gain = 0.0f32;
            let mut j = 0;
            for (k, &t) in mine.iter().enumerate() {
                while j < theirs.len() && theirs[j] < t {
                    j += 1;
                }
                if j < theirs.len() && theirs[j] == t && !seen[k] {
                    seen[k] = true;
                    gain += idf[t as usize];
                }
            }
            if count[u] == 0 || total <= 0.0 || gain >= MIN_GAIN * total {
                count[u] += 1;
                needed[i] = true;
            }
        }
    }
    let mut k = 0;
    aligned.pairs.retain(|_| {
        k += 1;
        needed[k - 1]
    });
    aligned.pairs.shrink_to_fit();
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
    // Scored from the two units' weighted term sets (see `weight`), made once per unit.
    let pair =
        |x: usize, (sx, wx): &(Vec<u32>, f32), y: usize, (sy, wy): &(Vec<u32>, f32)| -> Pair {
            let (wx, wy) = (*wx, *wy);
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
        let sets_y: Vec<(Vec<u32>, f32)> =
            ys.iter().map(|&y| weight(&aligned.terms_b[y])).collect();
        for &x in &xs {
            let sx = weight(&aligned.terms_a[x]);
            cands.extend(
                ys.iter()
                    .zip(&sets_y)
                    .map(|(&y, sy)| pair(x, &sx, y, sy))
                    .filter(|p| p.score >= TOLL_DICE),
            );
        }
    }

    // Sentences anchored on one uncommon number: it is in one content unit on each side, is not a
    // year or a count below ten, and the two units share another content word.
    let places = |units: &[Unit], toks: &[Vec<Token>], terms: &[Vec<u32>]| {
        let mut m: Map<u32, Vec<usize>> = Map::default();
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
        let p = pair(
            x,
            &weight(&aligned.terms_a[x]),
            y,
            &weight(&aligned.terms_b[y]),
        );
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
    let folded = |t: &str, units: &[Unit]| -> Vec<String> {
        let fold = |u: &Unit| match u.kind.is_content() {
            true => crate::normalize::fold(&t[u.start..u.end]),
            false => String::new(),
        };
        units.iter().map(fold).collect()
    };
    let (fa, fb) = (folded(a, units_a), folded(b, units_b));
    link_identical_folded(units_a, &fa, units_b, &fb, aligned);
}

/// [`link_identical`] with the folded text of every unit already made (`clean::fold_units`; only
/// content units are read).
pub fn link_identical_folded(
    units_a: &[Unit],
    folded_a: &[String],
    units_b: &[Unit],
    folded_b: &[String],
    aligned: &mut Aligned,
) {
    fn copies<'s>(folded: &'s [String], units: &[Unit]) -> Map<&'s str, Vec<usize>> {
        let mut m: Map<&str, Vec<usize>> = Map::default();
        for (i, u) in units.iter().enumerate() {
            if u.kind.is_content() {
                m.entry(folded[i].as_str()).or_default().push(i);
            }
        }
        m
    }
    let (in_a, in_b) = (copies(folded_a, units_a), copies(folded_b, units_b));
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
    // The pairs so far are sorted by (a, b) as `align` leaves them, and then only new ones go in a set.
    let sorted = aligned
        .pairs
        .windows(2)
        .all(|w| (w[0].a, w[0].b) < (w[1].a, w[1].b));
    let mut added: Set<(usize, usize)> = match sorted {
        true => Set::default(),
        false => aligned.pairs.iter().map(|p| (p.a, p.b)).collect(),
    };
    let before = aligned.pairs.len();
    for (k, xs) in &in_a {
        let Some(ys) = in_b.get(k) else { continue };
        // Every copy on either side gets the copy at its rank on the other, or the last one there.
        for r in 0..xs.len().max(ys.len()) {
            let (i, j) = (xs[r.min(xs.len() - 1)], ys[r.min(ys.len() - 1)]);
            let old = &aligned.pairs[..before];
            let known = sorted && old.binary_search_by(|p| (p.a, p.b).cmp(&(i, j))).is_ok();
            if !known && added.insert((i, j)) {
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
    rep_a: &[Vec<u32>],
    rep_b: &[Vec<u32>],
    sets_a: &[Vec<u32>],
    sets_b: &[Vec<u32>],
    idf: &[f32],
    stop: &[bool],
    wa: &[f32],
    wb: &[f32],
) -> Vec<Pair> {
    // `pairs` is sorted by (a, b); pairs found here go in a set.
    let mut have: Set<(usize, usize)> = Set::default();
    let mut extra = Vec::new();
    for p in &pairs {
        let new = rep_a[p.a]
            .iter()
            .map(|&a| (a as usize, p.b))
            .chain(rep_b[p.b].iter().map(|&b| (p.a, b as usize)));
        for (a, b) in new {
            if pairs.binary_search_by(|q| (q.a, q.b).cmp(&(a, b))).is_err() && have.insert((a, b)) {
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
    if !extra.is_empty() {
        pairs.extend(extra);
        pairs.ssort_by_key(|p| (p.a, p.b));
    }
    pairs
}

/// The near-copies of unit `u` on its own side among the units its probe found (none when there
/// are more than [`REPEAT_GROUP_MAX`]).
#[allow(clippy::too_many_arguments)]
fn copies(
    u: usize,
    s: &[u32],
    found: &[u32],
    sets: &[Vec<u32>],
    idf: &[f32],
    stop: &[bool],
    w: &[f32],
    marks: &mut Marks,
) -> Vec<u32> {
    let mut copies = Vec::new();
    let mut marked = false;
    for &v in found {
        let vi = v as usize;
        if vi == u || w[vi] <= 0.0 {
            continue;
        }
        // The shared weight is at most the lighter unit's (a sum of some of the same positive terms,
        // in the same order, rounds no higher), so this bound rejects only what the test below would.
        if 2.0 * w[u].min(w[vi]) / (w[u] + w[vi]) < REPEAT_DICE {
            continue;
        }
        if !marked {
            marks.mark(s);
            marked = true;
        }
        let (shared, content) = marks.overlap(&sets[vi], idf, stop);
        if content >= 2 && 2.0 * shared / (w[u] + w[vi]) >= REPEAT_DICE {
            copies.push(v);
        }
    }
    if copies.len() >= REPEAT_GROUP_MAX {
        copies.clear();
    }
    copies
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
            sort_u32(&mut s);
            s.dedup();
            s.shrink_to_fit();
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

/// The terms of one unit, marked in a table over all terms, to meet many units in turn.
struct Marks {
    at: Vec<u32>,
    stamp: u32,
}

impl Marks {
    fn mark(&mut self, x: &[u32]) {
        self.stamp += 1;
        for &t in x {
            self.at[t as usize] = self.stamp;
        }
    }
    /// [`overlap`] of the marked set with `y`: the same shared terms, summed in the same (ascending) order.
    fn overlap(&self, y: &[u32], idf: &[f32], stop: &[bool]) -> (f32, usize) {
        let (mut w, mut c) = (0.0f32, 0usize);
        for &t in y {
            if self.at[t as usize] == self.stamp {
                w += idf[t as usize];
                c += usize::from(!stop[t as usize]);
            }
        }
        (w, c)
    }
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
fn learn_variants<'t>(
    toks_a: &'t [Vec<Token>],
    content_a: &[bool],
    toks_b: &'t [Vec<Token>],
    content_b: &[bool],
) -> Vec<Variant> {
    let vocab = |toks: &'t [Vec<Token>], content: &[bool]| -> Map<&'t str, &'t str> {
        let mut v = Map::default();
        for (ts, &c) in toks.iter().zip(content) {
            if c {
                for t in ts {
                    v.entry(t.key.as_ref()).or_insert(t.fold.as_ref());
                }
            }
        }
        v
    };
    let va = vocab(toks_a, content_a);
    let vb = vocab(toks_b, content_b);
    let eligible = |t: &Token, other: &Map<&str, &str>| {
        t.num.is_none()
            && !t.stop
            && t.fold.chars().count() >= 3
            && !other.contains_key(t.key.as_ref())
            && t.fold.chars().any(char::is_alphabetic)
    };
    // Eligible words of each side, by id, with their fold and (once needed) transliteration.
    struct Words<'t> {
        id: Map<&'t str, u32>,
        key: Vec<&'t str>,
        fold: Vec<&'t str>,
        latin: Vec<Option<Vec<char>>>,
    }
    impl<'t> Words<'t> {
        fn latin(&mut self, w: u32) -> &[char] {
            let (fold, slot) = (self.fold[w as usize], &mut self.latin[w as usize]);
            slot.get_or_insert_with(|| translit(fold).chars().take(40).collect())
        }
    }
    // slot (side of neighbour, neighbour key) → words of each side seen there (at most 24, first seen)
    type Slots<'t> = Map<(bool, &'t str), (Vec<u32>, Vec<u32>)>;
    let mut slots: Slots<'t> = Map::default();
    let mut collect = |toks: &'t [Vec<Token>],
                       content: &[bool],
                       other: &Map<&str, &str>,
                       side_b: bool|
     -> Words<'t> {
        let mut words = Words {
            id: Map::default(),
            key: Vec::new(),
            fold: Vec::new(),
            latin: Vec::new(),
        };
        for (ts, &c) in toks.iter().zip(content) {
            if !c {
                continue;
            }
            for (i, t) in ts.iter().enumerate() {
                if !eligible(t, other) {
                    continue;
                }
                let left = (i > 0).then(|| (false, ts[i - 1].key.as_ref()));
                let right = (i + 1 < ts.len()).then(|| (true, ts[i + 1].key.as_ref()));
                // A slot only pairs words when both sides fill it: b only joins the slots a opened.
                let open = |s: Option<(bool, &str)>| s.is_some_and(|s| slots.contains_key(&s));
                if side_b && !open(left) && !open(right) {
                    continue;
                }
                let next = words.key.len() as u32;
                let k = *words.id.entry(t.key.as_ref()).or_insert(next);
                if k == next {
                    words.key.push(t.key.as_ref());
                    // The fold of a key is the first one seen on this side, as in `vocab`.
                    words.fold.push(if side_b {
                        vb[t.key.as_ref()]
                    } else {
                        va[t.key.as_ref()]
                    });
                    words.latin.push(None);
                }
                for slot in [left, right].into_iter().flatten() {
                    let seen = match side_b {
                        false => &mut slots.entry(slot).or_default().0,
                        true => match slots.get_mut(&slot) {
                            Some(e) => &mut e.1,
                            None => continue,
                        },
                    };
                    if seen.len() < 24 && !seen.contains(&k) {
                        seen.push(k);
                    }
                }
            }
        }
        words
    };
    let mut wa = collect(toks_a, content_a, &vb, false);
    let mut wb = collect(toks_b, content_b, &va, true);
    let mut shared: Map<u64, u32> = Map::default();
    for (xs, ys) in slots.values() {
        for &x in xs {
            for &y in ys {
                *shared
                    .entry((u64::from(x) << 32) | u64::from(y))
                    .or_default() += 1;
            }
        }
    }
    drop(slots);
    let mut found: Vec<(u32, f32, &str, &str)> = Vec::new();
    for (xy, count) in shared {
        let (ix, iy) = ((xy >> 32) as u32, xy as u32);
        let (x, y) = (wa.key[ix as usize], wb.key[iy as usize]);
        let (fx, fy) = (wa.fold[ix as usize], wb.fold[iy as usize]);
        let prefix = {
            let (s, l) = if x.chars().count() <= y.chars().count() {
                (x, y)
            } else {
                (y, x)
            };
            s.chars().count() >= 4 && l.starts_with(s)
        };
        // translit_distance(fx, fy), from transliterations made once per word. The distance is at
        // least the difference in length, which rules most pairs out before the edit distance.
        let (tx, ty) = (wa.latin(ix), wb.latin(iy));
        let n = tx.len().max(ty.len());
        if !(count >= 2 && prefix) {
            let limit = if count >= 2 { 0.4 } else { 0.2 };
            if n == 0 || tx.len().abs_diff(ty.len()) as f32 / n as f32 > limit {
                continue;
            }
        }
        let d = if n == 0 {
            1.0
        } else {
            levenshtein(tx, ty) as f32 / n as f32
        };
        if !((count >= 2 && (d <= 0.4 || prefix)) || (count >= 1 && d <= 0.2)) {
            continue;
        }
        if never_variant(fx, fy) {
            continue;
        }
        found.push((count, d, x, y));
    }
    found.ssort_by(|p, q| {
        q.0.cmp(&p.0)
            .then(p.1.total_cmp(&q.1))
            .then(p.2.cmp(q.2))
            .then(p.3.cmp(q.3))
    });
    let mut used_a = Set::default();
    let mut used_b = Set::default();
    let mut out = Vec::new();
    for (_, _, x, y) in found {
        if used_a.insert(x) && used_b.insert(y) {
            out.push(Variant {
                key_a: x.to_string(),
                key_b: y.to_string(),
                fold_a: va[x].to_string(),
                fold_b: vb[y].to_string(),
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
        align(&ua, &ta, &ub, &tb, &crate::Options::default())
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
        let mut al = align(&u, &tk, &u, &tk, &crate::Options::default());
        link_identical(t, &u, t, &u, &mut al);
        assert_eq!(linked(&al), vec![(0, 0), (1, 1)]);
        // Without a copy on the other side, the near twin still links.
        let b = "The minister did nots resign.";
        let (ub, tb) = (segment(b), tokenize_units(b, &segment(b)));
        let mut al = align(&u, &tk, &ub, &tb, &crate::Options::default());
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
        let mut al = align(&ua, &ta, &ub, &tb, &crate::Options::default());
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
        let mut al = align(&ua, &ta, &ub, &tb, &crate::Options::default());
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

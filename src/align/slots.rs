//! Facts matched by slot across the two sides, whether or not their sentences were linked: the
//! death toll of one side against the death toll of the other, the injured against the injured.
//!
//! For each slot (dead, injured, missing, …) the values each side gives are grouped into claims
//! (one value, however often told). Claims that agree ("at least 800" and "820") are shared. What
//! is left is a conflict for sure only when each side is left with exactly one claim of the whole
//! count (no partitive, no place, no degree narrows it): "76 dead" against "66 dead". Anything
//! less clear (several claims to pair, a part against the whole, "at least 57" against "90") is a
//! *possible* conflict. Claims paired that cannot both hold link their sentences, sure or possible
//! (the link says which); agreeing claims of an uncommon number link theirs too ("51 injured" told
//! on both sides).

use super::Aligned;
use crate::facts::{Facts, Qualifier, Quantity, Slot};
use crate::links::{Pair, SlotClash};
use crate::normalize::Token;
use crate::Set;
use crate::SortExt;

/// How two claims of one slot compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Verdict {
    /// The same count.
    Agree,
    /// Compatible, but far apart: "at least 57" against "90".
    Loose,
    /// They cannot both be true: "76" against "66", "at least 14" against "11".
    Clash,
}

/// A lower bound is told as the same count as a value up to this far above it ("at least 800" /
/// "820"); farther, the two may be different moments of a rising count.
const LOWER_BOUND_STRETCH: f64 = 1.3;
/// A value this far above a lower bound ("at least 2 dead" / "5 dead", "at least 57" / "90") is
/// another count of the slot, not the same one rounded down.
const LOWER_BOUND_CLASH: f64 = 1.5;

/// How two claims compare, from their values and qualifiers.
pub(crate) fn verdict(x: &Quantity, y: &Quantity) -> Verdict {
    let ((lx, hx), (ly, hy)) = (x.range(), y.range());
    // Rounded figures: "about 120" covers 102..138. Integers compare exactly.
    if hx < ly || hy < lx {
        return Verdict::Clash;
    }
    use Qualifier::*;
    let above = |bound: f64, v: f64| {
        if v > bound * LOWER_BOUND_CLASH {
            Verdict::Clash
        } else if v > bound * LOWER_BOUND_STRETCH {
            Verdict::Loose
        } else {
            Verdict::Agree
        }
    };
    match (x.qualifier, y.qualifier) {
        (Exact, Exact) => {
            if x.value == y.value {
                Verdict::Agree
            } else {
                Verdict::Clash
            }
        }
        // "More than 20" is vague by design: far more is possible, never sure.
        (Over, Exact | About) => above(x.value, y.value).min(Verdict::Loose),
        (Exact | About, Over) => above(y.value, x.value).min(Verdict::Loose),
        (Min, Exact | About) => above(x.value, y.value),
        (Exact | About, Min) => above(y.value, x.value),
        (Min | Over, Min | Over) if x.value != y.value => Verdict::Loose,
        (Max, Max) if x.value != y.value => Verdict::Loose,
        _ => Verdict::Agree,
    }
}

/// The verdicts of every pair of claims of one slot, across sides, whose values pass `keep`.
pub(crate) fn claims_agree_on(
    qa: &[Quantity],
    qb: &[Quantity],
    keep: impl Fn(f64) -> bool,
) -> Vec<Verdict> {
    let (qa, qb) = &by_degree(qa, qb);
    let mut out = Vec::new();
    for slot in SLOTS.into_iter().filter(|&s| s != Slot::Money) {
        for x in claims(qa, slot)
            .iter()
            .filter(|c| c.main && keep(c.q.value))
        {
            for y in claims(qb, slot)
                .iter()
                .filter(|c| c.main && keep(c.q.value))
            {
                out.push(verdict(x.q, y.q));
            }
        }
    }
    out
}

/// Degree words a report may use for one state of the injured: "20 critically injured" and
/// "more than 20 seriously injured" are one count.
const GRAVE: [&str; 2] = ["critical", "serious"];

/// Both sides' quantities made comparable by degree:
/// - the critically and the seriously injured are told as one degree, unless one of the two sides
///   tells the two apart ("13 critical, 28 serious"): then they are two counts;
/// - a count of a degree that both sides give only in hospital ("of those in hospital, 15 are
///   critical") is the whole count of that degree, not a part of it. Where one side names a
///   hospital and the other does not ("nine of the 54 at the clinic are seriously hurt" against
///   "41 seriously injured"), the hospital's count stays a part.
fn by_degree(qa: &[Quantity], qb: &[Quantity]) -> (Vec<Quantity>, Vec<Quantity>) {
    let tells_both = |qs: &[Quantity]| {
        GRAVE
            .iter()
            .all(|&d| qs.iter().any(|q| q.degree == Some(d)))
    };
    let fine = tells_both(qa) || tells_both(qb);
    let merge = |qs: &[Quantity]| -> Vec<Quantity> {
        qs.iter()
            .map(|q| Quantity {
                degree: match q.degree {
                    Some(d) if !fine && GRAVE.contains(&d) => Some("grave"),
                    d => d,
                },
                ..q.clone()
            })
            .collect()
    };
    let (mut xa, mut xb) = (merge(qa), merge(qb));
    for d in ["grave", "critical", "serious", "minor"] {
        let of = |q: &Quantity| q.degree == Some(d);
        let only_in_hospital =
            |qs: &[Quantity]| qs.iter().any(of) && qs.iter().filter(|q| of(q)).all(|q| q.at_place);
        if only_in_hospital(&xa) && only_in_hospital(&xb) {
            for q in xa.iter_mut().chain(xb.iter_mut()).filter(|q| of(q)) {
                q.at_place = false;
            }
        }
    }
    (xa, xb)
}

/// One claim: a value of a slot as one side tells it, with every place it is told. Told once as
/// "23" and once as "at least 23", it is the exact 23.
struct Claim<'q> {
    q: &'q Quantity,
    /// Indices into the side's quantity list.
    mentions: Vec<usize>,
    /// The whole count, not a part of it.
    main: bool,
}

fn claims<'q>(qs: &'q [Quantity], slot: Slot) -> Vec<Claim<'q>> {
    let mut out: Vec<Claim> = Vec::new();
    // A partitive narrows a count to part of its own slot only when the side gives that slot a
    // larger whole ("44 dead, including 40 at the scene"); "of the 229 affected, 68 died" is the
    // toll itself.
    let whole = |q: &Quantity| {
        qs.iter()
            .any(|w| w.slot == slot && !w.scoped && w.degree == q.degree && w.value > q.value)
    };
    // A part that gives the same value as the side's whole count is that count told again, with
    // where it went ("9 injured" … "9 firefighters injured were taken to hospital").
    let told_whole = |q: &Quantity| {
        qs.iter()
            .any(|w| w.slot == slot && !w.scoped && w.degree == q.degree && w.value == q.value)
    };
    for (i, q) in qs.iter().enumerate().filter(|(_, q)| q.slot == slot) {
        let main = !q.scoped || (!q.at_place && !whole(q)) || told_whole(q);
        match out
            .iter_mut()
            .find(|c| c.q.value == q.value && c.q.degree == q.degree && c.main == main)
        {
            Some(c) => {
                c.mentions.push(i);
                let rank = |q: &Quantity| match q.qualifier {
                    Qualifier::Exact => 0,
                    Qualifier::About => 1,
                    _ => 2,
                };
                if rank(q) < rank(c.q) {
                    c.q = q;
                }
            }
            None => out.push(Claim {
                q,
                mentions: vec![i],
                main,
            }),
        }
    }
    out
}

/// The slots compared across sides (a bare head count of people is no slot of its own). Amounts
/// of money only agree: a story gives amounts of many different things.
const SLOTS: [Slot; 10] = [
    Slot::Dead,
    Slot::Injured,
    Slot::Missing,
    Slot::Rescued,
    Slot::Evacuated,
    Slot::Arrested,
    Slot::Aboard,
    Slot::Passengers,
    Slot::Crew,
    Slot::Money,
];

/// Slots whose count only grows as a story goes on: a side's largest count of one is its latest
/// ("107 rescued earlier, 155 by now"). The injured are not among them: their partial counts (one
/// ward, one hospital) are too often told without a word that says so.
const RUNNING_TOTALS: [Slot; 5] = [
    Slot::Dead,
    Slot::Missing,
    Slot::Rescued,
    Slot::Evacuated,
    Slot::Arrested,
];

/// A sentence is linked to at most this many others through one claim: a toll told on every line of
/// a live ticker is one claim, not a quadratic number of links.
const MAX_MENTIONS: usize = 4;
/// Claims of the same value link their sentences only from this value up: "2 dead" is told of
/// many things; "51 injured" of one.
const AGREE_MIN_VALUE: f64 = 10.0;
/// Claims paired as a possible conflict link their sentences only from this value up: "one" is
/// also the indefinite article in many languages ("एक यात्री विमान", a passenger plane).
const POSSIBLE_LINK_MIN_VALUE: f64 = 2.0;

/// Counts of a sentence looked at for one both sides agree on (a sentence gives a few).
const COMPANION_COUNTS: usize = 16;

/// Pairs the two sides' quantities slot by slot, records every clash in `aligned.slot_clashes`, and
/// links the sentences of sure conflicts and of agreeing uncommon claims.
pub fn pair(
    fa: &Facts,
    fb: &Facts,
    toks_a: &[Vec<Token>],
    toks_b: &[Vec<Token>],
    aligned: &mut Aligned,
) {
    let mut new_links: Vec<(usize, usize)> = Vec::new();
    let mut clashes: Vec<SlotClash> = Vec::new();
    let (mut qa, mut qb) = by_degree(&fa.quantities, &fb.quantities);
    // A count told in a sentence set in an earlier year than the story's ("In 2019, 26 died of
    // bootleg liquor in the next block") is that event's: a part, never the story's toll.
    let story_year = crate::facts::story_year(fa, fb);
    for (qs, f) in [(&mut qa, fa), (&mut qb, fb)] {
        for q in qs.iter_mut() {
            if crate::facts::set_earlier(&f.years[q.unit], story_year) {
                q.scoped = true;
                q.at_place = true;
            }
        }
    }
    let (qa, qb) = (&qa, &qb);
    // A unit's quantities: each side's list is in unit order (facts reads the units in order).
    debug_assert!(qa.is_sorted_by_key(|q| q.unit) && qb.is_sorted_by_key(|q| q.unit));
    let of_unit = |qs: &[Quantity], u: usize| {
        let lo = qs.partition_point(|q| q.unit < u);
        let hi = qs.partition_point(|q| q.unit <= u);
        lo..hi
    };
    // Two sentences that give one count alike in another slot ("1 firefighter died") tell one
    // group: their counts of this slot are one count told twice.
    // A few mentions and counts each are enough: a hostile paste repeats one count a million times.
    let companion = |x: &Claim, y: &Claim, slot: Slot| {
        x.mentions.iter().take(MAX_MENTIONS).any(|&ma| {
            y.mentions.iter().take(MAX_MENTIONS).any(|&mb| {
                let (oa, ob) = (of_unit(qa, qa[ma].unit), of_unit(qb, qb[mb].unit));
                qa[oa].iter().take(COMPANION_COUNTS).any(|o| {
                    o.slot != slot
                        && o.slot != Slot::Money
                        && qb[ob.clone()].iter().take(COMPANION_COUNTS).any(|p| {
                            p.slot == o.slot
                                && p.degree == o.degree
                                && p.qualifier == o.qualifier
                                && p.value == o.value
                        })
                })
            })
        })
    };
    for slot in SLOTS {
        let (ca, cb) = (claims(qa, slot), claims(qb, slot));
        if ca.is_empty() || cb.is_empty() {
            continue;
        }
        let mut used_a = vec![false; ca.len()];
        let mut used_b = vec![false; cb.len()];
        // Agreement first: the same count told on both sides.
        for (i, x) in ca.iter().enumerate() {
            for (j, y) in cb.iter().enumerate() {
                if x.main == y.main
                    && x.q.degree == y.q.degree
                    && verdict(x.q, y.q) == Verdict::Agree
                {
                    used_a[i] = true;
                    used_b[j] = true;
                    // Each the other's only agreeing claim: one count told on both sides.
                    let only = |cs: &[Claim], other: &Claim| {
                        cs.iter()
                            .filter(|c| c.main && verdict(c.q, other.q) == Verdict::Agree)
                            .count()
                            == 1
                    };
                    if x.main
                        && x.q.value.min(y.q.value) >= AGREE_MIN_VALUE
                        && only(&ca, y)
                        && only(&cb, x)
                    {
                        link_claims(qa, x, qb, y, &mut new_links);
                    }
                }
            }
        }
        if slot == Slot::Money {
            continue;
        }
        // What is left, by degree (all the injured; the critically, the seriously injured) and by whether a claim
        // counts the whole or a part ("of them", "at the hospital").
        let left = |cs: &[Claim], used: &[bool], main: bool, degree: Option<&str>| -> Vec<usize> {
            (0..cs.len())
                .filter(|&i| !used[i] && cs[i].main == main && cs[i].q.degree == degree)
                .collect()
        };
        let mut groups: Vec<(bool, Option<&'static str>)> = Vec::new();
        for c in ca.iter().chain(&cb) {
            if !groups.contains(&(c.main, c.q.degree)) {
                groups.push((c.main, c.q.degree));
            }
        }
        for (main, degree) in groups {
            let (xs, ys) = (
                left(&ca, &used_a, main, degree),
                left(&cb, &used_b, main, degree),
            );
            if xs.is_empty() || ys.is_empty() {
                continue;
            }
            let mut pairs = Vec::new();
            // A side's toll is its largest count of the dead (or of another running total): two
            // tolls that cannot both hold clash, whatever other counts each side gives ("127 at
            // first, now 129" against "130").
            if main && RUNNING_TOTALS.contains(&slot) && (xs.len() > 1 || ys.len() > 1) {
                let top = |cs: &[Claim], idx: &[usize], used: &[bool]| {
                    let best = *idx
                        .iter()
                        .max_by(|&&i, &&j| cs[i].q.value.total_cmp(&cs[j].q.value))?;
                    // Not when a larger count of this side agreed with the other side.
                    let larger_agreed = (0..cs.len())
                        .any(|i| used[i] && cs[i].main && cs[i].q.value > cs[best].q.value);
                    (!larger_agreed).then_some(best)
                };
                if let (Some(i), Some(j)) = (top(&ca, &xs, &used_a), top(&cb, &ys, &used_b)) {
                    pairs.push((i, j, true));
                }
            }
            if pairs.is_empty() {
                pairs = pairing(&ca, &xs, &cb, &ys, toks_a, toks_b, qa, qb, main);
            }
            for (i, j, sure) in pairs {
                let (x, y) = (&ca[i], &cb[j]);
                let v = verdict(x.q, y.q);
                if v == Verdict::Agree {
                    continue;
                }
                // Sure only for counts paired without doubt that cannot both hold: alone in their
                // slot, clearly alike in their words, or told beside a count both sides agree on.
                let sure = (sure || (main && companion(x, y, slot))) && v == Verdict::Clash;
                for &ma in x.mentions.iter().take(MAX_MENTIONS) {
                    for &mb in y.mentions.iter().take(MAX_MENTIONS) {
                        clashes.push(SlotClash { a: ma, b: mb, sure });
                    }
                }
                // Two counts of one slot that cannot both hold tell one fact, sure or possible:
                // their sentences link ("9 injured" / "7 firefighters injured").
                if sure
                    || (v == Verdict::Clash && x.q.value.min(y.q.value) >= POSSIBLE_LINK_MIN_VALUE)
                {
                    link_claims(qa, x, qb, y, &mut new_links);
                }
            }
        }
    }
    aligned.slot_clashes.extend(clashes);
    add_links(aligned, new_links);
}

/// Pairs claims left on the two sides: one each is a pair (sure as far as pairing goes); more are
/// paired by the words around them, and only a pair each one's clear best is sure.
#[allow(clippy::too_many_arguments)] // both sides' claims, tokens and quantities, passed as slices
fn pairing(
    ca: &[Claim],
    xs: &[usize],
    cb: &[Claim],
    ys: &[usize],
    toks_a: &[Vec<Token>],
    toks_b: &[Vec<Token>],
    qa: &[Quantity],
    qb: &[Quantity],
    main: bool,
) -> Vec<(usize, usize, bool)> {
    if xs.len() == 1 && ys.len() == 1 && main {
        return vec![(xs[0], ys[0], true)];
    }
    let words = |c: &Claim, qs: &[Quantity], toks: &[Vec<Token>]| -> Set<String> {
        let mut s = Set::default();
        for &m in &c.mentions {
            let q = &qs[m];
            let ts = &toks[q.unit];
            let lo = q.token.saturating_sub(6);
            let hi = (q.token + 7).min(ts.len());
            for t in &ts[lo..hi] {
                if !t.stop && t.num.is_none() {
                    s.insert(t.key.to_string());
                }
            }
        }
        s
    };
    let wx: Vec<Set<String>> = xs.iter().map(|&i| words(&ca[i], qa, toks_a)).collect();
    let wy: Vec<Set<String>> = ys.iter().map(|&j| words(&cb[j], qb, toks_b)).collect();
    let sim = |a: &Set<String>, b: &Set<String>| -> f32 {
        let inter = a.intersection(b).count() as f32;
        let union = (a.len() + b.len()) as f32 - inter;
        if union == 0.0 {
            0.0
        } else {
            inter / union
        }
    };
    let mut cands: Vec<(f32, usize, usize)> = Vec::new();
    for (p, x) in wx.iter().enumerate() {
        for (r, y) in wy.iter().enumerate() {
            cands.push((sim(x, y), p, r));
        }
    }
    cands.ssort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut ux, mut uy) = (vec![false; xs.len()], vec![false; ys.len()]);
    let mut out = Vec::new();
    for &(s, p, r) in &cands {
        if ux[p] || uy[r] || s <= 0.0 {
            continue;
        }
        ux[p] = true;
        uy[r] = true;
        // Clearly ahead of every other pairing of either claim.
        let second = cands
            .iter()
            .filter(|&&(_, q, t)| (q == p) != (t == r))
            .map(|c| c.0)
            .fold(0.0f32, f32::max);
        // Parts of the whole ("of them", "at the hospital") need more alike words to be one slot.
        let need = if main { 0.3 } else { 0.4 };
        let sure = s >= need && s >= 2.0 * second;
        out.push((xs[p], ys[r], sure));
    }
    out
}

/// Links every sentence telling claim `x` with every sentence telling claim `y` (a few each): a
/// toll told in the headline and again in the body, on both sides, is one fact told four times.
fn link_claims(
    qa: &[Quantity],
    x: &Claim,
    qb: &[Quantity],
    y: &Claim,
    out: &mut Vec<(usize, usize)>,
) {
    let units = |c: &Claim, qs: &[Quantity]| -> Vec<usize> {
        c.mentions
            .iter()
            .take(MAX_MENTIONS)
            .map(|&m| qs[m].unit)
            .collect()
    };
    let ys = units(y, qb);
    for a in units(x, qa) {
        out.extend(ys.iter().map(|&b| (a, b)));
    }
}

/// The weighted Dice of units `a` and `b`, as any pair is scored.
pub(super) fn score(aligned: &Aligned, a: usize, b: usize) -> f32 {
    let set = |ts: &[u32]| {
        let mut v = ts.to_vec();
        v.ssort();
        v.dedup();
        v
    };
    let (sa, sb) = (set(&aligned.terms_a[a]), set(&aligned.terms_b[b]));
    let w = |v: &[u32]| v.iter().map(|&t| aligned.idf[t as usize]).sum::<f32>();
    let shared: f32 = sa
        .iter()
        .filter(|t| sb.binary_search(t).is_ok())
        .map(|&t| aligned.idf[t as usize])
        .sum();
    2.0 * shared / (w(&sa) + w(&sb)).max(f32::MIN_POSITIVE)
}

/// Adds the links not already there, scored like any other pair.
pub(super) fn add_links(aligned: &mut Aligned, mut new: Vec<(usize, usize)>) {
    new.ssort();
    new.dedup();
    let have: Set<(usize, usize)> = aligned.pairs.iter().map(|p| (p.a, p.b)).collect();
    let weight = |ts: &[u32]| -> (Vec<u32>, f32) {
        let mut v = ts.to_vec();
        v.ssort();
        v.dedup();
        let w = v.iter().map(|&t| aligned.idf[t as usize]).sum();
        (v, w)
    };
    let mut cache_a: Vec<Option<(Vec<u32>, f32)>> = vec![None; aligned.terms_a.len()];
    let mut added = Vec::new();
    for (a, b) in new {
        if have.contains(&(a, b)) {
            continue;
        }
        let (sa, wa) = cache_a[a]
            .get_or_insert_with(|| weight(&aligned.terms_a[a]))
            .clone();
        let (sb, wb) = weight(&aligned.terms_b[b]);
        let shared: f32 = sa
            .iter()
            .filter(|t| sb.binary_search(t).is_ok())
            .map(|&t| aligned.idf[t as usize])
            .sum();
        added.push(Pair {
            a,
            b,
            score: 2.0 * shared / (wa + wb).max(f32::MIN_POSITIVE),
            cov_a: shared / wa.max(f32::MIN_POSITIVE),
            cov_b: shared / wb.max(f32::MIN_POSITIVE),
        });
    }
    if !added.is_empty() {
        aligned.pairs.extend(added);
        aligned.pairs.ssort_by_key(|p| (p.a, p.b));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: f64, qualifier: Qualifier) -> Quantity {
        Quantity {
            unit: 0,
            token: 0,
            start: 0,
            end: 0,
            value,
            qualifier,
            slot: Slot::Dead,
            degree: None,
            scoped: false,
            at_place: false,
        }
    }

    #[test]
    fn a_part_told_with_the_wholes_value_is_the_whole_told_again() {
        // (value, scoped at a place) of each mention; want: the claims, as (value, main, mentions).
        type Case = (&'static [(f64, bool)], &'static [(f64, bool, usize)]);
        let cases: &[Case] = &[
            // "9 injured" … "9 firefighters injured were taken to hospital": one count.
            (&[(9.0, false), (9.0, true)], &[(9.0, true, 2)]),
            // "80 injured" … "12 at the hospital": a part of it.
            (
                &[(80.0, false), (12.0, true)],
                &[(80.0, true, 1), (12.0, false, 1)],
            ),
            // A hospital's count alone, beside a larger whole: still a part.
            (
                &[(9.0, true), (30.0, false)],
                &[(9.0, false, 1), (30.0, true, 1)],
            ),
        ];
        for &(mentions, want) in cases {
            let qs: Vec<Quantity> = mentions
                .iter()
                .map(|&(v, part)| Quantity {
                    slot: Slot::Injured,
                    scoped: part,
                    at_place: part,
                    ..q(v, Qualifier::Exact)
                })
                .collect();
            let got: Vec<(f64, bool, usize)> = claims(&qs, Slot::Injured)
                .iter()
                .map(|c| (c.q.value, c.main, c.mentions.len()))
                .collect();
            assert_eq!(got, want, "{mentions:?}");
        }
    }

    #[test]
    fn verdicts() {
        use Qualifier::*;
        use Verdict::*;
        let cases = [
            ((76.0, Exact), (66.0, Exact), Clash),
            ((51.0, Exact), (51.0, Exact), Agree),
            ((800.0, Min), (820.0, Exact), Agree),
            ((57.0, Min), (80.0, Exact), Loose),
            ((57.0, Min), (90.0, Exact), Clash),
            ((20.0, Over), (20.0, Exact), Clash),
            ((20.0, Over), (28.0, Exact), Loose),
            ((20.0, Over), (24.0, Exact), Agree),
            ((14.0, Min), (11.0, Exact), Clash),
            ((20.0, Min), (17.0, Exact), Clash),
            ((120.0, About), (87.0, About), Clash),
            ((3000.0, About), (2500.0, Exact), Clash),
            ((300.0, About), (279.0, Min), Agree),
            ((40.0, About), (42.0, Exact), Agree),
            ((55.0, Min), (44.0, Min), Loose),
        ];
        for ((x, qx), (y, qy), want) in cases {
            assert_eq!(
                verdict(&q(x, qx), &q(y, qy)),
                want,
                "{x} {qx:?} / {y} {qy:?}"
            );
            assert_eq!(
                verdict(&q(y, qy), &q(x, qx)),
                want,
                "{y} {qy:?} / {x} {qx:?}"
            );
        }
    }
}

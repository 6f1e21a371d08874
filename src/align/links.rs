//! Links beyond the scored pairs: identical units, repeats on one side, and the pruning that keeps
//! only links that tell something.

use super::index::{overlap, sort_u32, Marks};
use super::Aligned;
use crate::links::Pair;
use crate::segment::Unit;
use crate::SortExt;
use crate::{Map, Set};

/// A unit keeps at most this many partners; more is a pattern, not a story told twice.
pub(super) const MAX_PARTNERS: usize = 8;

/// A further partner must tell at least this share of a unit's weight that the better ones did not.
pub(super) const MIN_GAIN: f32 = 0.15;

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

/// [`link_identical_folded`], folding the units itself (the tests' way in).
#[cfg(test)]
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

/// The content units of one side by folded text, each list in order.
fn folded_copies<'s>(folded: &'s [String], units: &[Unit]) -> Map<&'s str, Vec<usize>> {
    let mut m: Map<&str, Vec<usize>> = Map::default();
    for (i, u) in units.iter().enumerate() {
        if u.kind.is_content() {
            m.entry(folded[i].as_str()).or_default().push(i);
        }
    }
    m
}

/// Identical units (after folding) are the same statement, whatever their length: a line of
/// punctuation or a one-word sentence has too little weight to be scored, but is plainly the same.
/// The k-th copy on one side links to the k-th copy on the other (the last one when fewer), which keeps
/// a paragraph pasted 1,000 times linear. Takes the folded text of every unit (`clean::fold_units`;
/// only content units are read).
pub fn link_identical_folded(
    units_a: &[Unit],
    folded_a: &[String],
    units_b: &[Unit],
    folded_b: &[String],
    aligned: &mut Aligned,
) {
    let (in_a, in_b) = (
        folded_copies(folded_a, units_a),
        folded_copies(folded_b, units_b),
    );
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

/// For each side, the pattern each content unit is a copy of (`u32::MAX` for none): a pattern is a
/// folded text both sides tell, on one of them more than [`REPEAT_GROUP_MAX`] times.
pub fn pattern_copies(
    units_a: &[Unit],
    folded_a: &[String],
    units_b: &[Unit],
    folded_b: &[String],
) -> [Vec<u32>; 2] {
    let (in_a, in_b) = (
        folded_copies(folded_a, units_a),
        folded_copies(folded_b, units_b),
    );
    let mut out = [vec![u32::MAX; units_a.len()], vec![u32::MAX; units_b.len()]];
    let mut n = 0u32;
    for (k, xs) in &in_a {
        let Some(ys) = in_b.get(k) else { continue };
        if xs.len().max(ys.len()) > REPEAT_GROUP_MAX {
            xs.iter().for_each(|&i| out[0][i] = n);
            ys.iter().for_each(|&j| out[1][j] = n);
            n += 1;
        }
    }
    out
}

/// Units this alike on one side are one statement told twice (a lede repeated, a heading that
/// restates the sentence under it).
pub(super) const REPEAT_DICE: f32 = 0.8;

/// Beyond this many copies a unit is a pattern (a paragraph pasted 1,000 times), not a repeat;
/// sharing partners across it would be quadratic.
pub(super) const REPEAT_GROUP_MAX: usize = 8;

/// A side that repeats itself: each copy gets the partners of the others.
#[allow(clippy::too_many_arguments)] // the index's slices, passed as they are, not bundled
pub(super) fn share_with_repeats(
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
#[allow(clippy::too_many_arguments)] // the index's slices, passed as they are, not bundled
pub(super) fn copies(
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

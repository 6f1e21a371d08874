//! Links for sentences that tell one thing worded apart: two sentences anchored on the same uncommon
//! number.

use super::Aligned;
use crate::links::Pair;
use crate::normalize::Token;
use crate::segment::Unit;
use crate::Map;
use crate::SortExt;

/// Two sentences that give the same uncommon number (one sentence on each side has it) and share
/// another content word are one statement reworded: "El proyecto tendrá un coste de 145 millones de
/// euros" / "El plan costará 145 millones de euros".
pub(super) const ANCHOR_DICE: f32 = 0.15;

/// A unit and the units that repeat it on its side.
type Copies = (usize, Vec<usize>);

/// Uncommon numbers two units must share to be linked whatever their other links.
const TIED_NUMBERS: usize = 2;

/// Links sentences that found no partner but plainly tell one thing worded apart: two sentences
/// anchored on the same uncommon number. (Counts of the dead, the injured, … are matched by slot in
/// `slots`.)
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
    // A side may tell the sentence twice (a standfirst repeated as the first paragraph): units
    // that all repeat one another hold the number as one.
    let one_statement = |us: &[usize], terms: &[Vec<u32>]| -> bool {
        us.len() <= super::links::REPEAT_GROUP_MAX && {
            let first = weight(&terms[us[0]]);
            us[1..].iter().all(|&u| {
                let p = pair(0, &first, 0, &weight(&terms[u]));
                p.score >= super::links::REPEAT_DICE
            })
        }
    };
    // The other copies of each rescued unit, linked to its partner too.
    // (the rescued pair, the other copies on side A, on side B)
    let mut copies: Vec<(Copies, Copies)> = Vec::new();
    // Units that share an uncommon number told once on each side, one entry per number.
    let mut shared: Vec<(usize, usize)> = Vec::new();
    for (id, xs) in &in_a {
        let Some(ys) = in_b.get(id) else { continue };
        if let (&[x], &[y]) = (xs.as_slice(), ys.as_slice()) {
            shared.push((x, y));
        }
        if !one_statement(xs, &aligned.terms_a) || !one_statement(ys, &aligned.terms_b) {
            continue;
        }
        if !xs.iter().all(|&x| free_a[x]) || !ys.iter().all(|&y| free_b[y]) {
            continue;
        }
        let (x, y) = (xs[0], ys[0]);
        if xs.len() > 1 || ys.len() > 1 {
            copies.push(((x, xs[1..].to_vec()), (y, ys[1..].to_vec())));
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

    // Two uncommon numbers, each in one unit on each side and both in the same two, tie those
    // units however else they are worded, and whatever other link either has: "… mobilizaram 62
    // socorristas e 22 veículos" (a sentence that first tells the injured) / "suportados por 62
    // meios humanos e 22 viaturas".
    shared.ssort();
    let mut tied: Vec<(usize, usize)> = shared
        .windows(TIED_NUMBERS)
        .filter(|w| w.iter().all(|p| *p == w[0]))
        .map(|w| w[0])
        .collect();
    tied.dedup();

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
            if let Some(((_, more_a), (_, more_b))) = copies
                .iter()
                .find(|((x, _), (y, _))| (*x, *y) == (p.a, p.b))
            {
                let (wx, wy) = (weight(&aligned.terms_a[p.a]), weight(&aligned.terms_b[p.b]));
                for &x in more_a {
                    if std::mem::replace(&mut taken_a[x], true) {
                        continue;
                    }
                    let q = pair(x, &weight(&aligned.terms_a[x]), p.b, &wy);
                    aligned.pairs.push(q);
                }
                for &y in more_b {
                    if std::mem::replace(&mut taken_b[y], true) {
                        continue;
                    }
                    let q = pair(p.a, &wx, y, &weight(&aligned.terms_b[y]));
                    aligned.pairs.push(q);
                }
            }
            aligned.pairs.push(p);
        }
    }
    for (x, y) in tied {
        if !aligned.pairs.iter().any(|p| (p.a, p.b) == (x, y)) {
            let p = pair(
                x,
                &weight(&aligned.terms_a[x]),
                y,
                &weight(&aligned.terms_b[y]),
            );
            aligned.pairs.push(p);
        }
    }
    if aligned.pairs.len() > before {
        aligned.pairs.ssort_by_key(|p| (p.a, p.b));
    }
}

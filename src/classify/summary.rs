//! The summary bar's counts and shares, and the kind of comparison.

use super::*;

/// Two versions of one article: a large share of each side's story is told in nearly the same
/// words by the other (`near` are the links whose words mostly form one sequence).
pub(super) fn judge_comparison(
    sa: &SideView,
    sb: &SideView,
    near: &[(usize, usize)],
    share: f32,
) -> Comparison {
    let told = |side: &SideView, ids: &mut dyn Iterator<Item = usize>| {
        let mut hit = vec![false; side.units.len()];
        ids.for_each(|u| hit[u] = true);
        let (mut all, mut told) = (0usize, 0usize);
        for (u, h) in side.units.iter().zip(&hit) {
            if u.kind.is_content() {
                let n = side
                    .text
                    .get(u.start..u.end)
                    .map_or(0, |t| t.chars().count());
                all += n;
                told += if *h { n } else { 0 };
            }
        }
        if all == 0 {
            0.0
        } else {
            told as f32 / all as f32
        }
    };
    // A sentence or two tell too little to judge where a text came from.
    let story = |side: &SideView| side.units.iter().filter(|u| u.kind.is_content()).count();
    if story(sa).min(story(sb)) < 3 {
        return Comparison::Outlets;
    }
    let va = told(sa, &mut near.iter().map(|p| p.0));
    let vb = told(sb, &mut near.iter().map(|p| p.1));
    if va.max(vb) >= share && va.min(vb) >= share / 2.0 {
        Comparison::Versions
    } else {
        Comparison::Outlets
    }
}

pub(super) fn summarize(
    (ta, a): (&str, &[Unit]),
    (tb, b): (&str, &[Unit]),
    links: &[Link],
    facts: &[Fact],
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
    s
}

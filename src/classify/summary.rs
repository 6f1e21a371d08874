//! The summary bar's counts and shares, and the kind of comparison.

use super::*;

/// Two versions of one article: most story units on each side have a near-verbatim partner.
pub(super) fn judge_comparison(a: &[Unit], b: &[Unit], links: &[Link]) -> Comparison {
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

pub(super) fn summarize(
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

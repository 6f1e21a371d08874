//! How much of a unit its partners tell.

use super::*;

/// Share of a unit's weight that its partners tell, and which of its tokens they do not tell.
/// How much of a unit its partners tell.
pub(super) struct Cover {
    /// Share of its IDF weight.
    pub(super) share: f32,
    /// Per token: a content word no partner has (marked in the page).
    pub(super) untold: Vec<bool>,
    /// It gives a number no partner gives.
    pub(super) untold_number: bool,
}

pub(super) fn coverage(
    side: &SideView,
    u: usize,
    other: &SideView,
    partners: &[usize],
    idf: &[f32],
) -> Cover {
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

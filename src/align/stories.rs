//! Are the two texts reports of one event at all? Two stories from one site share its template and
//! its vocabulary (préfet, bilan, km/h) but not the event: no sentence pair alike, no name, no
//! uncommon count. Then nothing links and nothing conflicts: a "no conflicts" would mean nothing.

use super::slots::{claims_agree_on, Verdict};
use crate::facts::Facts;
use crate::links::Aligned;
use crate::report::FactKind;
use crate::tuning::Tuning;
use crate::Set;

/// A sentence pair this alike tells one event, whatever else the texts say.
const STRONG_LINK: f32 = 0.5;
/// A count this large told on both sides is one event's ("279 missing"); small ones recur.
const UNCOMMON_COUNT: f64 = 100.0;

/// Do the two texts look like reports of two different events?
pub fn different(aligned: &Aligned, fa: &Facts, fb: &Facts, tuning: &Tuning) -> bool {
    if aligned.doc_cover >= tuning.different_cover {
        return false;
    }
    if aligned.pairs.iter().any(|p| p.score >= STRONG_LINK) {
        return false;
    }
    // Names told on both sides, by their words: the event's place, or its people.
    // ("Kartalkaya’da" and "Kartalkaya Kayak Merkezi’nde" share "kartalkaya".)
    let names = |f: &Facts| -> Set<String> {
        f.found
            .iter()
            .filter(|x| x.kind == FactKind::Name)
            .flat_map(|x| x.value.split_whitespace())
            .map(|w| w.split(['\'', '’']).next().unwrap_or(w).to_string())
            .filter(|w| w.chars().count() >= 4)
            .collect()
    };
    // Two words at least: one shared word is often the town both stories of a local site name.
    if names(fa).intersection(&names(fb)).count() >= 2 {
        return false;
    }
    // An uncommon count of one slot told alike on both sides.
    !claims_agree_on(&fa.quantities, &fb.quantities, |v| v >= UNCOMMON_COUNT)
        .contains(&Verdict::Agree)
}

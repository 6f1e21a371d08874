//! The two headlines of one story. A headline tells the story's main fact, so two outlets'
//! headlines of one event tell the same thing in other words ("58 people now feared dead" / "58
//! people missing and presumed dead"), and often share too little to link on overlap alone.

use super::Aligned;
use crate::normalize::Token;
use crate::report::Kind;
use crate::segment::Unit;
use crate::Set;

/// The two titles link when they share this many content words, or a number.
const SHARED_WORDS: usize = 2;

/// Links the two sides' titles when both have one over a story, they are not linked yet, and they share
/// [`SHARED_WORDS`] content words or a number. Only for two texts of one story (the caller checks
/// that they are not different stories).
pub fn link_headlines(
    units_a: &[Unit],
    toks_a: &[Vec<Token>],
    units_b: &[Unit],
    toks_b: &[Vec<Token>],
    aligned: &mut Aligned,
) {
    // A title over a story told in sentences: a text of one line, or of lines only (a list of
    // sentences without their stops), has no headline.
    let title = |us: &[Unit]| {
        let body = us.iter().any(|u| u.kind == Kind::Text);
        us.iter()
            .position(|u| u.kind == Kind::Title)
            .filter(|_| body)
    };
    let (Some(ta), Some(tb)) = (title(units_a), title(units_b)) else {
        return;
    };
    if aligned.pairs.iter().any(|p| p.a == ta && p.b == tb) {
        return;
    }
    // Term ids see through the spellings learned between the two sides.
    let content = |ts: &[Token], terms: &[u32]| -> (Set<u32>, Set<u32>) {
        let mut words = Set::default();
        let mut numbers = Set::default();
        for (t, &id) in ts.iter().zip(terms) {
            if t.num.is_some() {
                numbers.insert(id);
            } else if !t.stop {
                words.insert(id);
            }
        }
        (words, numbers)
    };
    let (Some(terms_a), Some(terms_b)) = (aligned.terms_a.get(ta), aligned.terms_b.get(tb)) else {
        return;
    };
    let (wa, na) = content(&toks_a[ta], terms_a);
    let (wb, nb) = content(&toks_b[tb], terms_b);
    if wa.intersection(&wb).count() >= SHARED_WORDS || na.intersection(&nb).next().is_some() {
        super::slots::add_links(aligned, vec![(ta, tb)]);
    }
}

#[cfg(test)]
mod tests {
    use crate::{compare, Options};

    fn titles_linked(a: &str, b: &str) -> bool {
        let r = compare(a, b, &Options::default());
        let title = |us: &[crate::report::Unit]| {
            us.iter()
                .position(|u| u.kind == crate::report::Kind::Title)
                .expect("a title")
        };
        let (ta, tb) = (title(&r.a.units), title(&r.b.units));
        r.links
            .iter()
            .any(|l| l.a.contains(&ta) && l.b.contains(&tb))
    }

    #[test]
    fn two_headlines_of_one_story_link() {
        let body_a = "Heavy rains have lashed Kenya since March, and rivers burst their banks in several counties.\n\nThe government said the death toll from the floods had risen to 169, with thousands displaced.\n\nSchools will stay closed for another week.";
        let body_b = "Flooding across Kenya has killed at least 120 people, the interior ministry said on Monday.\n\nThousands of families have been moved to camps as rivers burst their banks.\n\nThe reopening of schools has been delayed by a week.";
        let cases = [
            // Two outlets' headlines of one event, worded apart: each shares more with a body
            // sentence of the other side than with the other headline.
            (
                "Death toll from Kenya floods climbs past 169 as rains continue",
                "120 people killed by floods across Kenya",
                true,
            ),
            (
                "Kenya floods: toll climbs as rains continue",
                "Floods sweep Kenya, killing dozens",
                true,
            ),
            // A single shared word is no link.
            ("Kenya: schools stay shut", "Families moved to camps", false),
        ];
        // Two one-line texts are two sentences, not two headlines: they link on overlap alone. So
        // are two lists of lines.
        let r = compare(
            "Kenya floods: toll climbs as rains continue",
            "Floods sweep Kenya, killing dozens",
            &Options::default(),
        );
        assert!(r.links.is_empty());
        let r = compare(
            "Kenya floods: toll climbs as rains continue\nSchools stay closed",
            "Floods sweep Kenya, killing dozens\nMarkets reopen",
            &Options::default(),
        );
        assert!(r.links.is_empty());
        for (ha, hb, want) in cases {
            let a = format!("{ha}\n\n{body_a}");
            let b = format!("{hb}\n\n{body_b}");
            assert_eq!(titles_linked(&a, &b), want, "{ha} / {hb}");
        }
    }
}

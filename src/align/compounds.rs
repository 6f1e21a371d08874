//! Words one side writes as one and the other as two: "بندرشهید" / "بندر شهید" (a space lost in
//! Persian or Urdu typing), "Weihnachtsmarkt" / "Markt … Weihnachts-", "kereta api" / "keretaapi".
//! Learned from the two texts themselves: a word of one side that the other never uses, and that
//! is two of the other side's words joined, counts as those two words too.

use crate::normalize::Token;
use crate::Map;

/// Each part of a compound has at least this many characters: a clitic ("و", "ال") or a letter
/// is never a part.
const MIN_PART: usize = 3;

/// Content words of one side: key → term id.
pub(super) fn content_keys<'t>(
    toks: &'t [Vec<Token>],
    terms: &[Vec<u32>],
    content: &[bool],
    rename: &dyn Fn(&'t str) -> &'t str,
) -> Map<&'t str, u32> {
    let mut m = Map::default();
    for ((ts, ids), &c) in toks.iter().zip(terms).zip(content) {
        if !c {
            continue;
        }
        for (t, &id) in ts.iter().zip(ids) {
            if !t.stop && t.num.is_none() {
                m.insert(rename(t.key.as_ref()), id);
            }
        }
    }
    m
}

/// For every unit, the term ids of the parts of its compounds: words the `other` side never uses
/// that are two of its words joined (the first may end in a linking "s").
pub(super) fn compound_parts(
    toks: &[Vec<Token>],
    terms: &[Vec<u32>],
    content: &[bool],
    other: &Map<&str, u32>,
    nterms: usize,
) -> Vec<Vec<u32>> {
    // By term id (every id is below `nterms`); a vector, not a map: one more map type is
    // kilobytes of the page's wasm.
    let mut memo: Vec<Option<Option<[u32; 2]>>> = vec![None; nterms];
    toks.iter()
        .zip(terms)
        .zip(content)
        .map(|((ts, ids), &c)| {
            let mut v = Vec::new();
            if !c {
                return v;
            }
            for (t, &id) in ts.iter().zip(ids) {
                if t.stop || t.num.is_some() {
                    continue;
                }
                if let Some(p) = *memo[id as usize].get_or_insert_with(|| split(&t.key, other)) {
                    v.extend(p);
                }
            }
            v
        })
        .collect()
}

/// The two words of `other` that `key` is made of, if it is not one of them itself.
fn split(key: &str, other: &Map<&str, u32>) -> Option<[u32; 2]> {
    if other.contains_key(key) {
        return None;
    }
    let bounds: Vec<usize> = key.char_indices().map(|(i, _)| i).collect();
    let n = bounds.len();
    if n < 2 * MIN_PART + 1 {
        return None;
    }
    let part = |s: &str| other.get(s).copied();
    for &at in &bounds[MIN_PART..=n - MIN_PART] {
        let (l, r) = key.split_at(at);
        let left = part(l).or_else(|| {
            l.strip_suffix('s')
                .filter(|l| l.chars().count() >= MIN_PART)
                .and_then(part)
        });
        if let (Some(x), Some(y)) = (left, part(r)) {
            return Some([x, y]);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_into_the_other_sides_words() {
        let other: Map<&str, u32> = [
            ("بندر", 1),
            ("شهید", 2),
            ("markt", 3),
            ("weihnacht", 4),
            ("ab", 5),
        ]
        .into_iter()
        .collect();
        let cases: &[(&str, Option<[u32; 2]>)] = &[
            ("بندرشهید", Some([1, 2])),
            // A linking "s" after the first part.
            ("weihnachtsmarkt", Some([4, 3])),
            // A word the other side uses is no compound.
            ("markt", None),
            // Parts shorter than three letters are never parts ("و" + a name, "ab" + "…"); nor
            // are function words, which are never among a side's content words.
            ("وبندر", None),
            ("abmarkt", None),
            ("danmarkt", None),
            ("marktplatz", None),
        ];
        for &(key, want) in cases {
            assert_eq!(split(key, &other), want, "{key}");
        }
    }
}

//! Word-level edits between two linked sentences that are mostly the same words: an article and its
//! edited version, a wire story republished. Every word that changed is marked, and a sentence
//! with one word changed ("Ramasamy" → "Ramaswamy") is `changed`, never `same`.

use crate::normalize::Token;

/// Sentences longer than this (in words) are not diffed word by word: the table is quadratic.
const MAX_WORDS: usize = 400;

/// The word-level difference of two units.
#[derive(Clone, Debug, PartialEq)]
pub struct Diff {
    /// Per token of each side: not in the longest common sequence of words.
    pub changed_a: Vec<bool>,
    pub changed_b: Vec<bool>,
    /// Runs of changed words, counted once where both sides change at one place (a substitution).
    pub hunks: usize,
    /// Share of each side's words in the common sequence.
    pub kept_a: f32,
    pub kept_b: f32,
}

impl Diff {
    /// The smaller of the two shares kept: how verbatim the pair is.
    pub fn verbatim(&self) -> f32 {
        self.kept_a.min(self.kept_b)
    }
}

/// The longest common sequence of words of two units, as a diff, words `i` of a and `j` of b
/// being equal when `eq(i, j)`; `None` when a side is empty or too long.
pub fn diff(ta: &[Token], tb: &[Token], eq: impl Fn(usize, usize) -> bool) -> Option<Diff> {
    let (n, m) = (ta.len(), tb.len());
    if n == 0 || m == 0 || n > MAX_WORDS || m > MAX_WORDS {
        return None;
    }
    // lcs[i][j]: the longest common sequence of ta[i..] and tb[j..].
    let w = m + 1;
    let mut lcs = vec![0u16; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i * w + j] = if eq(i, j) {
                lcs[(i + 1) * w + j + 1] + 1
            } else {
                lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
            };
        }
    }
    let (mut changed_a, mut changed_b) = (vec![true; n], vec![true; m]);
    let (mut i, mut j, mut hunks, mut in_gap) = (0, 0, 0, false);
    while i < n || j < m {
        if i < n && j < m && eq(i, j) {
            changed_a[i] = false;
            changed_b[j] = false;
            i += 1;
            j += 1;
            in_gap = false;
            continue;
        }
        if !in_gap {
            hunks += 1;
            in_gap = true;
        }
        if j >= m || (i < n && lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
            i += 1;
        } else {
            j += 1;
        }
    }
    let common = lcs[0] as f32;
    Some(Diff {
        changed_a,
        changed_b,
        hunks,
        kept_a: common / n as f32,
        kept_b: common / m as f32,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{tokenize, Lang};

    fn d(a: &str, b: &str) -> (Vec<String>, Vec<String>, usize) {
        let ta = tokenize(a, 0, a.len(), Lang::En);
        let tb = tokenize(b, 0, b.len(), Lang::En);
        let x = diff(&ta, &tb, |i, j| ta[i].fold == tb[j].fold).unwrap();
        let pick = |ts: &[Token], c: &[bool]| {
            ts.iter()
                .zip(c)
                .filter(|(_, &c)| c)
                .map(|(t, _)| t.fold.to_string())
                .collect()
        };
        (pick(&ta, &x.changed_a), pick(&tb, &x.changed_b), x.hunks)
    }

    #[test]
    fn table() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            d(
                "The minister, Mr Ramasamy, resigned.",
                "The minister, Mr Ramaswamy, resigned."
            ),
            (s(&["ramasamy"]), s(&["ramaswamy"]), 1)
        );
        assert_eq!(
            d(
                "The bridge was closed on Monday.",
                "The bridge was reopened on Monday."
            ),
            (s(&["closed"]), s(&["reopened"]), 1)
        );
        assert_eq!(
            d("Roads were closed.", "Roads were closed in the north."),
            (s(&[]), s(&["in", "the", "north"]), 1)
        );
        assert_eq!(
            d("Same words here.", "Same words here."),
            (s(&[]), s(&[]), 0)
        );
    }
}

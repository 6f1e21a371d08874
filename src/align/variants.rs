//! Spellings of one name learned from the two texts themselves (इस्राइल / इजरायल): two different words
//! that fill the same slot in both texts and sound alike after transliteration.

use crate::normalize::{levenshtein, translit, Token};
use crate::SortExt;
use crate::{Map, Set};

pub(super) struct Variant {
    pub(super) key_a: String,
    pub(super) key_b: String,
    pub(super) fold_a: String,
    pub(super) fold_b: String,
}

/// Words that look alike but mean the opposite, or name different days: never variants of each other.
pub(super) fn never_variant(x: &str, y: &str) -> bool {
    crate::lexicon::is_antonym(x, y)
        || crate::normalize::other_word(x, y)
        || crate::facts::weekday(x).is_some()
        || crate::facts::weekday(y).is_some()
        || crate::facts::month(x).is_some()
        || crate::facts::month(y).is_some()
        || [
            "un",
            "in",
            "il",
            "ir",
            "im",
            "dis",
            "non",
            "अ",
            "अन",
            "ना",
            "गैर",
            "bez",
            "des",
            "in",
        ]
        .iter()
        .any(|p| x.strip_prefix(p) == Some(y) || y.strip_prefix(p) == Some(x))
}

/// Learns pairs of spellings: a word only `a` uses and a word only `b` uses that fill the same slots
/// (the same neighbour on the left or right) and are close after transliteration, or one a prefix of
/// the other (कार्य / कार्यकारी).
pub(super) fn learn_variants<'t>(
    toks_a: &'t [Vec<Token>],
    content_a: &[bool],
    toks_b: &'t [Vec<Token>],
    content_b: &[bool],
) -> Vec<Variant> {
    let vocab = |toks: &'t [Vec<Token>], content: &[bool]| -> Map<&'t str, &'t str> {
        let mut v = Map::default();
        for (ts, &c) in toks.iter().zip(content) {
            if c {
                for t in ts {
                    v.entry(t.key.as_ref()).or_insert(t.fold.as_ref());
                }
            }
        }
        v
    };
    let va = vocab(toks_a, content_a);
    let vb = vocab(toks_b, content_b);
    let eligible = |t: &Token, other: &Map<&str, &str>| {
        t.num.is_none()
            && !t.stop
            && t.fold.chars().count() >= 3
            && !other.contains_key(t.key.as_ref())
            && t.fold.chars().any(char::is_alphabetic)
    };
    // Eligible words of each side, by id, with their fold and (once needed) transliteration.
    struct Words<'t> {
        id: Map<&'t str, u32>,
        key: Vec<&'t str>,
        fold: Vec<&'t str>,
        latin: Vec<Option<Vec<char>>>,
    }
    impl<'t> Words<'t> {
        fn latin(&mut self, w: u32) -> &[char] {
            let (fold, slot) = (self.fold[w as usize], &mut self.latin[w as usize]);
            slot.get_or_insert_with(|| translit(fold).chars().take(40).collect())
        }
    }
    // slot (side of neighbour, neighbour key) → words of each side seen there (at most 24, first seen)
    type Slots<'t> = Map<(bool, &'t str), (Vec<u32>, Vec<u32>)>;
    let mut slots: Slots<'t> = Map::default();
    let mut collect = |toks: &'t [Vec<Token>],
                       content: &[bool],
                       other: &Map<&str, &str>,
                       side_b: bool|
     -> Words<'t> {
        let mut words = Words {
            id: Map::default(),
            key: Vec::new(),
            fold: Vec::new(),
            latin: Vec::new(),
        };
        for (ts, &c) in toks.iter().zip(content) {
            if !c {
                continue;
            }
            for (i, t) in ts.iter().enumerate() {
                if !eligible(t, other) {
                    continue;
                }
                let left = (i > 0).then(|| (false, ts[i - 1].key.as_ref()));
                let right = (i + 1 < ts.len()).then(|| (true, ts[i + 1].key.as_ref()));
                // A slot only pairs words when both sides fill it: b only joins the slots a opened.
                let open = |s: Option<(bool, &str)>| s.is_some_and(|s| slots.contains_key(&s));
                if side_b && !open(left) && !open(right) {
                    continue;
                }
                let next = words.key.len() as u32;
                let k = *words.id.entry(t.key.as_ref()).or_insert(next);
                if k == next {
                    words.key.push(t.key.as_ref());
                    // The fold of a key is the first one seen on this side, as in `vocab`.
                    words.fold.push(if side_b {
                        vb[t.key.as_ref()]
                    } else {
                        va[t.key.as_ref()]
                    });
                    words.latin.push(None);
                }
                for slot in [left, right].into_iter().flatten() {
                    let seen = match side_b {
                        false => &mut slots.entry(slot).or_default().0,
                        true => match slots.get_mut(&slot) {
                            Some(e) => &mut e.1,
                            None => continue,
                        },
                    };
                    if seen.len() < 24 && !seen.contains(&k) {
                        seen.push(k);
                    }
                }
            }
        }
        words
    };
    let mut wa = collect(toks_a, content_a, &vb, false);
    let mut wb = collect(toks_b, content_b, &va, true);
    let mut shared: Map<u64, u32> = Map::default();
    for (xs, ys) in slots.values() {
        for &x in xs {
            for &y in ys {
                *shared
                    .entry((u64::from(x) << 32) | u64::from(y))
                    .or_default() += 1;
            }
        }
    }
    drop(slots);
    let mut found: Vec<(u32, f32, &str, &str)> = Vec::new();
    for (xy, count) in shared {
        let (ix, iy) = ((xy >> 32) as u32, xy as u32);
        let (x, y) = (wa.key[ix as usize], wb.key[iy as usize]);
        let (fx, fy) = (wa.fold[ix as usize], wb.fold[iy as usize]);
        let prefix = {
            let (s, l) = if x.chars().count() <= y.chars().count() {
                (x, y)
            } else {
                (y, x)
            };
            s.chars().count() >= 4 && l.starts_with(s)
        };
        // translit_distance(fx, fy), from transliterations made once per word. The distance is at
        // least the difference in length, which rules most pairs out before the edit distance.
        let (tx, ty) = (wa.latin(ix), wb.latin(iy));
        let n = tx.len().max(ty.len());
        if !(count >= 2 && prefix) {
            let limit = if count >= 2 { 0.4 } else { 0.2 };
            if n == 0 || tx.len().abs_diff(ty.len()) as f32 / n as f32 > limit {
                continue;
            }
        }
        let d = if n == 0 {
            1.0
        } else {
            levenshtein(tx, ty) as f32 / n as f32
        };
        if !((count >= 2 && (d <= 0.4 || prefix)) || (count >= 1 && d <= 0.2)) {
            continue;
        }
        if never_variant(fx, fy) {
            continue;
        }
        found.push((count, d, x, y));
    }
    found.ssort_by(|p, q| {
        q.0.cmp(&p.0)
            .then(p.1.total_cmp(&q.1))
            .then(p.2.cmp(q.2))
            .then(p.3.cmp(q.3))
    });
    let mut used_a = Set::default();
    let mut used_b = Set::default();
    let mut out = Vec::new();
    for (_, _, x, y) in found {
        if used_a.insert(x) && used_b.insert(y) {
            out.push(Variant {
                key_a: x.to_string(),
                key_b: y.to_string(),
                fold_a: va[x].to_string(),
                fold_b: vb[y].to_string(),
            });
        }
    }
    out.ssort_by(|p, q| p.fold_a.cmp(&q.fold_a));
    out
}

//! The inverted index and probe that keep alignment close to linear: each unit meets only the units
//! of the other side that share one of its rarer terms.

use crate::normalize::Token;
#[allow(unused_imports)]
use crate::SortExt;

/// A probe looks up at most this many of a unit's rarest terms, in postings no longer than this.
pub(super) const PROBE_TERMS: usize = 12;

pub(super) const POSTING_CAP: usize = 64;

/// Candidates scored per unit and direction, those sharing the most probed terms first.
pub(super) const MAX_CANDIDATES: usize = 24;

/// Sorts term ids. Native code uses the standard unstable sort (the order of distinct integers is
/// the same whatever the algorithm); the wasm build keeps the one shared sort instantiation.
#[inline]
pub(super) fn sort_u32(v: &mut [u32]) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable();
    #[cfg(target_arch = "wasm32")]
    v.ssort();
}

/// Postings of every term: the units whose set holds it, ascending, one flat array (`at[t]..at[t+1]`).
pub(super) struct Index {
    pub(super) at: Vec<u32>,
    units: Vec<u32>,
}

/// The probe of one unit into one side's index: the units there that share the most of its rarer
/// terms. Buffers are kept between probes, so a probe costs only the postings it reads.
pub(super) struct Prober {
    /// Probed terms shared so far, per unit of the indexed side (zero between probes).
    count: Vec<u8>,
    /// Units with a nonzero count, in first-seen order.
    touched: Vec<u32>,
    /// The (up to) PROBE_TERMS lowest `(df, term)` keys.
    rare: Vec<u64>,
    ties: Vec<u32>,
}

/// The terms of one unit, marked in a table over all terms, to meet many units in turn.
pub(super) struct Marks {
    pub(super) at: Vec<u32>,
    pub(super) stamp: u32,
}

/// Weighted overlap of two sorted term sets, and how many shared terms are content words.
pub(super) fn overlap(x: &[u32], y: &[u32], idf: &[f32], stop: &[bool]) -> (f32, usize) {
    let (mut i, mut j, mut w, mut c) = (0, 0, 0.0f32, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                w += idf[x[i] as usize];
                if !stop[x[i] as usize] {
                    c += 1;
                }
                i += 1;
                j += 1;
            }
        }
    }
    (w, c)
}

/// Sorted, deduplicated term ids of each content unit (empty for furniture).
pub(super) fn unit_sets(terms: &[Vec<u32>], content: &[bool]) -> Vec<Vec<u32>> {
    terms
        .iter()
        .zip(content)
        .map(|(ts, &c)| {
            if !c {
                return Vec::new();
            }
            let mut s = ts.clone();
            sort_u32(&mut s);
            s.dedup();
            s.shrink_to_fit();
            s
        })
        .collect()
}

pub(super) fn stop_terms(toks: &[Vec<Token>], terms: &[Vec<u32>], n: usize) -> Vec<bool> {
    let mut stop = vec![false; n];
    for (ts, ids) in toks.iter().zip(terms) {
        for (t, &id) in ts.iter().zip(ids) {
            if t.stop {
                stop[id as usize] = true;
            }
        }
    }
    stop
}

impl Index {
    pub(super) fn new(sets: &[Vec<u32>], n: usize) -> Index {
        let mut at = vec![0u32; n + 1];
        for s in sets {
            for &t in s {
                at[t as usize + 1] += 1;
            }
        }
        for t in 0..n {
            at[t + 1] += at[t];
        }
        let mut fill = at.clone();
        let mut units = vec![0u32; at[n] as usize];
        for (u, s) in sets.iter().enumerate() {
            for &t in s {
                let f = &mut fill[t as usize];
                units[*f as usize] = u as u32;
                *f += 1;
            }
        }
        Index { at, units }
    }
    #[inline]
    pub(super) fn get(&self, t: u32) -> &[u32] {
        &self.units[self.at[t as usize] as usize..self.at[t as usize + 1] as usize]
    }
}

impl Prober {
    pub(super) fn new(units: usize) -> Prober {
        Prober {
            count: vec![0; units],
            touched: Vec::new(),
            rare: Vec::with_capacity(PROBE_TERMS + 1),
            ties: Vec::new(),
        }
    }

    /// Units on the indexed side that share one of this unit's rarer terms: its [`PROBE_TERMS`] terms
    /// of lowest `(df, term)` that the index holds, each read up to [`POSTING_CAP`] postings, and of
    /// the units hit, the [`MAX_CANDIDATES`] that share the most probed terms (lower unit first on a
    /// tie). Written to `out` in no particular order: every caller uses it as a set.
    pub(super) fn probe(&mut self, set: &[u32], index: &Index, df: &[u32], out: &mut Vec<u32>) {
        out.clear();
        if set.is_empty() {
            return;
        }
        // The rarest terms, by insertion into a short sorted buffer (no sort of the whole set).
        let rare = &mut self.rare;
        rare.clear();
        for &t in set {
            if index.get(t).is_empty() {
                continue;
            }
            let key = (u64::from(df[t as usize]) << 32) | u64::from(t);
            if rare.len() == PROBE_TERMS {
                if key >= rare[PROBE_TERMS - 1] {
                    continue;
                }
                rare.pop();
            }
            let mut i = rare.len();
            while i > 0 && rare[i - 1] > key {
                i -= 1;
            }
            rare.insert(i, key);
        }
        // A term on every line (one paragraph pasted 1,000 times) would make this quadratic; a
        // capped sample of its postings still finds the duplicates, which are all alike.
        for &key in rare.iter() {
            let post = index.get(key as u32);
            for &u in &post[..post.len().min(POSTING_CAP)] {
                let c = &mut self.count[u as usize];
                if *c == 0 {
                    self.touched.push(u);
                }
                *c += 1;
            }
        }
        if self.touched.len() <= MAX_CANDIDATES {
            for &u in &self.touched {
                self.count[u as usize] = 0;
            }
            out.append(&mut self.touched);
            return;
        }
        // Only the units that share the most can be the best partner: the top MAX_CANDIDATES by count,
        // the lower unit first among equal counts.
        let mut hist = [0usize; PROBE_TERMS + 1];
        for &u in &self.touched {
            hist[self.count[u as usize] as usize] += 1;
        }
        let mut cut = PROBE_TERMS;
        let mut above = 0;
        while above + hist[cut] < MAX_CANDIDATES {
            above += hist[cut];
            cut -= 1;
        }
        let cut = cut as u8;
        self.ties.clear();
        for &u in &self.touched {
            let c = &mut self.count[u as usize];
            if *c > cut {
                out.push(u);
            } else if *c == cut {
                self.ties.push(u);
            }
            *c = 0;
        }
        self.touched.clear();
        sort_u32(&mut self.ties);
        out.extend_from_slice(&self.ties[..MAX_CANDIDATES - above]);
    }
}

impl Marks {
    pub(super) fn mark(&mut self, x: &[u32]) {
        self.stamp += 1;
        for &t in x {
            self.at[t as usize] = self.stamp;
        }
    }
    /// Is term `t` in the marked set?
    pub(super) fn has(&self, t: u32) -> bool {
        self.at[t as usize] == self.stamp
    }

    /// [`overlap`] of the marked set with `y`: the same shared terms, summed in the same (ascending) order.
    pub(super) fn overlap(&self, y: &[u32], idf: &[f32], stop: &[bool]) -> (f32, usize) {
        let (mut w, mut c) = (0.0f32, 0usize);
        for &t in y {
            if self.at[t as usize] == self.stamp {
                w += idf[t as usize];
                c += usize::from(!stop[t as usize]);
            }
        }
        (w, c)
    }
}

//! Counting helpers shared by the gold and benchmark scorers: ratios, F1, balanced accuracy,
//! Spearman correlation and the deterministic calibration/report split.

use serde::Serialize;
use std::fmt;

/// `hit` of `total` items came out right. A ratio over nothing is "not applicable", never 0 or 1,
/// so an empty gold list cannot pass or fail a gate by accident.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Ratio {
    pub hit: usize,
    pub total: usize,
}

impl Ratio {
    pub fn new(hit: usize, total: usize) -> Ratio {
        Ratio { hit, total }
    }
    /// Counts one item.
    pub fn push(&mut self, ok: bool) {
        self.total += 1;
        if ok {
            self.hit += 1;
        }
    }
    pub fn add(&mut self, other: Ratio) {
        self.hit += other.hit;
        self.total += other.total;
    }
    /// `None` when there is nothing to count.
    pub fn value(&self) -> Option<f64> {
        if self.total == 0 {
            None
        } else {
            Some(self.hit as f64 / self.total as f64)
        }
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self.value() {
            Some(v) => format!("{v:.3} ({}/{})", self.hit, self.total),
            None => "n/a".to_string(),
        };
        f.pad(&s)
    }
}

/// A two-class confusion matrix; "positive" is whatever the caller is detecting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Confusion {
    pub tp: usize,
    pub fp: usize,
    pub tn: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Confusion {
    pub fn push(&mut self, gold: bool, predicted: bool) {
        match (gold, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (false, false) => self.tn += 1,
            (true, false) => self.fn_ += 1,
        }
    }
    pub fn add(&mut self, o: Confusion) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.tn += o.tn;
        self.fn_ += o.fn_;
    }
    pub fn total(&self) -> usize {
        self.tp + self.fp + self.tn + self.fn_
    }
    pub fn accuracy(&self) -> Option<f64> {
        div(self.tp + self.tn, self.total())
    }
    pub fn precision(&self) -> Option<f64> {
        div(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> Option<f64> {
        div(self.tp, self.tp + self.fn_)
    }
    /// Recall of the negative class.
    pub fn specificity(&self) -> Option<f64> {
        div(self.tn, self.tn + self.fp)
    }
    /// F1 of the positive class; 0 when nothing was predicted or nothing is positive but some items exist.
    pub fn f1(&self) -> Option<f64> {
        if self.total() == 0 {
            return None;
        }
        let d = 2 * self.tp + self.fp + self.fn_;
        Some(if d == 0 {
            0.0
        } else {
            2.0 * self.tp as f64 / d as f64
        })
    }
    /// Mean of the two classes' recalls: the SummEdits headline, fair when classes are unbalanced.
    pub fn balanced_accuracy(&self) -> Option<f64> {
        match (self.recall(), self.specificity()) {
            (Some(r), Some(s)) => Some((r + s) / 2.0),
            _ => None,
        }
    }
}

fn div(n: usize, d: usize) -> Option<f64> {
    if d == 0 {
        None
    } else {
        Some(n as f64 / d as f64)
    }
}

/// Formats an optional figure to three decimals, `n/a` when absent.
pub fn fmt_opt(v: Option<f64>) -> String {
    match v {
        Some(v) => format!("{v:.3}"),
        None => "n/a".into(),
    }
}

/// Ranks from 1, ties sharing the mean of the ranks they span (the usual Spearman convention).
pub fn ranks(xs: &[f64]) -> Vec<f64> {
    let mut idx: Vec<usize> = (0..xs.len()).collect();
    idx.sort_by(|&i, &j| {
        xs[i]
            .partial_cmp(&xs[j])
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut out = vec![0.0; xs.len()];
    let mut i = 0;
    while i < idx.len() {
        let mut j = i + 1;
        while j < idx.len() && xs[idx[j]] == xs[idx[i]] {
            j += 1;
        }
        // Positions i..j (0-based) hold equal values: ranks i+1..=j, mean (i+1+j)/2.
        let r = (i + 1 + j) as f64 / 2.0;
        for &k in &idx[i..j] {
            out[k] = r;
        }
        i = j;
    }
    out
}

/// Pearson correlation; `None` when fewer than two points or either side is constant.
pub fn pearson(xs: &[f64], ys: &[f64]) -> Option<f64> {
    let n = xs.len().min(ys.len());
    if n < 2 {
        return None;
    }
    let mx = xs[..n].iter().sum::<f64>() / n as f64;
    let my = ys[..n].iter().sum::<f64>() / n as f64;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for i in 0..n {
        let dx = xs[i] - mx;
        let dy = ys[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if sxx == 0.0 || syy == 0.0 {
        return None;
    }
    Some(sxy / (sxx * syy).sqrt())
}

/// Spearman rank correlation: Pearson on tie-averaged ranks.
pub fn spearman(xs: &[f64], ys: &[f64]) -> Option<f64> {
    let n = xs.len().min(ys.len());
    pearson(&ranks(&xs[..n]), &ranks(&ys[..n]))
}

/// 64-bit FNV-1a. Chosen for the split because it is fixed by its definition: the same id lands in the
/// same half on every machine, toolchain and release, unlike `std`'s randomly keyed hasher.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Which half of a benchmark file a run looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Split {
    /// Records whose id hashes even: the only ones thresholds may be tuned on.
    Calib,
    /// Records whose id hashes odd: the ones figures are reported on.
    Report,
    All,
}

impl Split {
    pub fn parse(s: &str) -> Option<Split> {
        match s {
            "calib" => Some(Split::Calib),
            "report" => Some(Split::Report),
            "all" => Some(Split::All),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Split::Calib => "calib",
            Split::Report => "report",
            Split::All => "all",
        }
    }
    /// The half a record id belongs to (never `All`).
    pub fn of(id: &str) -> Split {
        if fnv1a64(id.as_bytes()) % 2 == 0 {
            Split::Calib
        } else {
            Split::Report
        }
    }
    pub fn selects(self, id: &str) -> bool {
        self == Split::All || Split::of(id) == self
    }
}
